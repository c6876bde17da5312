// Installable triggers, created idempotently: list this user's triggers, keep one per (handler, event type,
// source), delete the extras, create what is missing. Triggers cannot be edited, only deleted and recreated.

export type TriggerSpec =
  | { handler: string; kind: 'formSubmit' }
  | { handler: string; kind: 'daily'; hour: number }
  | { handler: string; kind: 'weekly'; weekDay: GoogleAppsScript.Base.Weekday; hour: number };

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

function eventTypeOf(spec: TriggerSpec): GoogleAppsScript.Script.EventType {
  return spec.kind === 'formSubmit' ? ScriptApp.EventType.ON_FORM_SUBMIT : ScriptApp.EventType.CLOCK;
}

/** Makes the project's triggers exactly `specs` (for handlers named in specs); returns how many were created. */
export function ensureTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, specs: TriggerSpec[]): number {
  const existing = ScriptApp.getProjectTriggers();
  const kept = new Set<string>();
  const managed = new Set(specs.map((s) => s.handler));
  for (const t of existing) {
    const key = `${t.getHandlerFunction()}|${t.getEventType()}`;
    const wanted = specs.some((s) => s.handler === t.getHandlerFunction() && eventTypeOf(s) === t.getEventType());
    if (!managed.has(t.getHandlerFunction())) continue;
    if (wanted && !kept.has(key)) kept.add(key);
    else ScriptApp.deleteTrigger(t);
  }
  let created = 0;
  for (const spec of specs) {
    if (kept.has(`${spec.handler}|${eventTypeOf(spec)}`)) continue;
    const builder = ScriptApp.newTrigger(spec.handler);
    if (spec.kind === 'formSubmit') builder.forSpreadsheet(ss).onFormSubmit().create();
    else if (spec.kind === 'daily') builder.timeBased().everyDays(1).atHour(spec.hour).inTimezone(TIME_ZONE).create();
    else builder.timeBased().onWeekDay(spec.weekDay).atHour(spec.hour).inTimezone(TIME_ZONE).create();
    created++;
  }
  return created;
}
