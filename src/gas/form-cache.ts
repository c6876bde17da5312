// What one execution learns from a form, kept for the rest of that execution: the register of codes and the
// confirmation e-mail of a submission both ask for the responses since the same moment, and each FormApp call is a
// round trip. Module state lives for one execution only (Apps Script gives every execution a fresh global scope).

const forms = new Map<string, GoogleAppsScript.Forms.Form>();
const responses = new Map<string, GoogleAppsScript.Forms.FormResponse[]>();

/** FormApp.openById, once per execution and id. Throws as openById throws. */
export function openFormOnce(formId: string): GoogleAppsScript.Forms.Form {
  let form = forms.get(formId);
  if (!form) {
    form = FormApp.openById(formId);
    forms.set(formId, form);
  }
  return form;
}

/** form.getResponses(since) (all when `since` is null), once per execution, form and time. */
export function responsesSince(form: GoogleAppsScript.Forms.Form, since: number | null): GoogleAppsScript.Forms.FormResponse[] {
  const key = form.getId() + '@' + (since ?? 'all');
  let list = responses.get(key);
  if (!list) {
    list = since === null ? form.getResponses() : form.getResponses(new Date(since));
    responses.set(key, list);
  }
  return list;
}
