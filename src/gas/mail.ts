// Links for e-mails: the URL with which a respondent edits the response written at a given time.
import { openFormOnce, responseEmail, responseTime, responsesSince } from './form-cache';
import { periodEndRecord } from './properties';

/**
 * The ended period's name ("2021-2025") while a form is closed by the end ("Kết thúc giai đoạn…"), or null: the period
 * not ended, or the form opened again by the office's hand. An answer composed then gives no link to that form (review
 * d62 F4). `form` is asked only when the period ended.
 */
export function closedByEnd(form: () => GoogleAppsScript.Forms.Form | null): string | null {
  const ended = periodEndRecord();
  if (!ended) return null;
  const f = form();
  return f && f.isAcceptingResponses() ? null : ended.period;
}

/** Opens a form by id, or null when it is gone. */
export function openForm(formId: string | null): GoogleAppsScript.Forms.Form | null {
  if (!formId) return null;
  try {
    return openFormOnce(formId);
  } catch {
    return null;
  }
}

/** The published link of one of the office's forms (null when the form cannot be opened or asked). */
export function formUrl(formId: string | null): string | null {
  const form = openForm(formId);
  if (!form) return null;
  try {
    return form.getPublishedUrl();
  } catch {
    return null;
  }
}

/** How many responses an edit-link lookup examines: bounded, so an e-mail costs the same at any form size. */
const LOOKUP_LIMIT = 5;

/**
 * The edit link of the response `email` submitted (or last edited) at `timestamp`, or null. getResponses(t) gives
 * the responses from t on; at submit time that is this one (and any arriving at the same moment). For an old
 * response the list is long: only its first few are examined (ASSUMPTION: in time order), else no link.
 */
export function editUrlOf(form: GoogleAppsScript.Forms.Form | null, timestamp: Date | null, email: string): string | null {
  if (!form || !timestamp) return null;
  const at = timestamp.getTime();
  const candidates = responsesSince(form, at - 1000).slice(0, LOOKUP_LIMIT);
  for (const r of candidates) {
    if (Math.abs(responseTime(r) - at) < 1000 && responseEmail(r) === email) return r.getEditResponseUrl();
  }
  return null;
}
