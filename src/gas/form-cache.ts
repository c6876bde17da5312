// What one execution learns from a form, kept for the rest of that execution: the register of codes and the
// confirmation e-mail of a submission both ask for the responses since the same moment, and read the same response's
// id, time and sender; each FormApp call is a round trip. Module state lives for one execution only (Apps Script
// gives every execution a fresh global scope).
import { normaliseEmail } from '../core/directory';

type Form = GoogleAppsScript.Forms.Form;
type FormResponse = GoogleAppsScript.Forms.FormResponse;

const forms = new Map<string, Form>();
const formIds = new WeakMap<Form, string>();
const responses = new Map<string, FormResponse[]>();

/** FormApp.openById, once per execution and id. Throws as openById throws. */
export function openFormOnce(formId: string): Form {
  let form = forms.get(formId);
  if (!form) {
    form = FormApp.openById(formId);
    forms.set(formId, form);
    formIds.set(form, formId);
  }
  return form;
}

/** form.getResponses(since) (all when `since` is null), once per execution, form and time. */
export function responsesSince(form: Form, since: number | null): FormResponse[] {
  const key = (formIds.get(form) ?? form.getId()) + '@' + (since ?? 'all');
  let list = responses.get(key);
  if (!list) {
    list = since === null ? form.getResponses() : form.getResponses(new Date(since));
    responses.set(key, list);
  }
  return list;
}

interface Facts {
  id?: string;
  at?: number;
  email?: string;
}
const facts = new WeakMap<FormResponse, Facts>();
function factsOf(r: FormResponse): Facts {
  let f = facts.get(r);
  if (!f) facts.set(r, (f = {}));
  return f;
}

/** The response's id, asked once per execution. */
export function responseId(r: FormResponse): string {
  const f = factsOf(r);
  return (f.id ??= r.getId());
}

/** The response's time (epoch ms), asked once per execution. */
export function responseTime(r: FormResponse): number {
  const f = factsOf(r);
  return (f.at ??= r.getTimestamp().getTime());
}

/**
 * The respondent's address as the response tab's row is read (normaliseEmail: cleaned of invisible characters, trimmed,
 * lower-cased; '' when not collected), asked once per execution: a row and its response compare equal (review "input" #4).
 */
export function responseEmail(r: FormResponse): string {
  const f = factsOf(r);
  return (f.email ??= normaliseEmail(r.getRespondentEmail() || ''));
}
