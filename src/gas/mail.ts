// Links for e-mails: the URL with which a respondent edits the response written at a given time.

/** Opens a form by id, or null when it is gone. */
export function openForm(formId: string | null): GoogleAppsScript.Forms.Form | null {
  if (!formId) return null;
  try {
    return FormApp.openById(formId);
  } catch {
    return null;
  }
}

/** The edit link of the response `email` submitted at `timestamp`, or null. */
export function editUrlOf(form: GoogleAppsScript.Forms.Form | null, timestamp: Date | null, email: string): string | null {
  if (!form || !timestamp) return null;
  const at = timestamp.getTime();
  const candidates = form.getResponses(new Date(at - 1000));
  const mine = candidates.filter((r) => r.getRespondentEmail().toLowerCase() === email);
  const match = mine.find((r) => Math.abs(r.getTimestamp().getTime() - at) < 1000) ?? mine[mine.length - 1];
  return match ? match.getEditResponseUrl() : null;
}
