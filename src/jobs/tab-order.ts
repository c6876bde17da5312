import { TAB } from '../core/messages';

/** The order an office reads its tabs in: guidance and results first, its own lists, raw answers, machinery. */
export const TAB_ORDER = [
  TAB.guide,
  TAB.summary,
  TAB.results,
  TAB.review,
  TAB.history,
  TAB.versions,
  TAB.lookup,
  TAB.directory,
  TAB.config,
  TAB.criteria,
  TAB.registrations,
  TAB.reports,
  TAB.outbox,
  TAB.health,
  TAB.log,
];
