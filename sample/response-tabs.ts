// The response tabs Forms would hold for given submissions, built without the emulation: for core tests and the
// bench, which need thousands of rows fast. (Bundle tests go through the emulated Forms instead.)
import { parseDirectory } from '../src/core/directory';
import {
  EMAIL_HEADERS,
  TIMESTAMP_HEADERS,
  buildRegistrationForm,
  buildReportForm,
  formItems,
  gridHeader,
  type FormAnswers,
  type FormDefinition,
} from '../src/core/registration-form';
import { FORMS_CHECKBOX_SEPARATOR } from '../src/core/text';
import { registrationId } from '../src/core/registration';
import type { SampleOffice } from './office';

/** What Forms writes to the response sheet for one submission. */
export function answersToRow(f: FormDefinition, answers: FormAnswers, at: Date | string, email: string): unknown[] {
  const row: unknown[] = [at, email];
  for (const item of formItems(f)) {
    const a = answers[item.title];
    if (item.kind === 'grid') {
      for (const r of item.rows || []) row.push(a && typeof a === 'object' && !Array.isArray(a) ? (a as Record<string, string>)[r] || '' : '');
    } else if (Array.isArray(a)) row.push(a.join(FORMS_CHECKBOX_SEPARATOR));
    else row.push(typeof a === 'string' ? a : '');
  }
  return row;
}

/** The header row of a form's response tab (Google's own first two headers, Vietnamese or English). */
export function headerRow(f: FormDefinition, vietnamese = true): string[] {
  const h: string[] = vietnamese ? [TIMESTAMP_HEADERS[0], EMAIL_HEADERS[0]] : [TIMESTAMP_HEADERS[1], EMAIL_HEADERS[1]];
  for (const item of formItems(f)) {
    if (item.kind === 'grid') for (const r of item.rows || []) h.push(gridHeader(item.title, r));
    else h.push(item.title);
  }
  return h;
}

/**
 * Both response tabs of a sample office (an edit rewrites its original's row, as Forms does), and when each row's
 * registration was first sent (code → epoch ms: what the register of codes keeps, so that an edit does not move it).
 */
export function responseTabs(office: SampleOffice): { responseValues: unknown[][]; reportValues: unknown[][]; firstSent: Map<string, number> } {
  const names = parseDirectory(office.directoryRows).schools.map((s) => s.name);
  const f = buildRegistrationForm(office.config, names);
  const rf = buildReportForm(office.config, names);
  const rows: unknown[][] = [];
  const rowOf = new Map<number, number>();
  const firstSent = new Map<string, number>();
  office.submissions.forEach((s, i) => {
    const row = answersToRow(f, s.answers, s.at, s.email);
    if (s.editOf !== undefined) {
      const r = rowOf.get(s.editOf)!;
      rows[r] = row;
      rowOf.set(i, r);
    } else {
      rowOf.set(i, rows.length);
      firstSent.set(registrationId(rows.length + 2), s.at.getTime());
      rows.push(row);
    }
  });
  return {
    firstSent,
    responseValues: [headerRow(f), ...rows],
    reportValues: [headerRow(rf), ...office.reports.map((r) => answersToRow(rf, r.answers, r.at, r.email))],
  };
}
