// w69r: the notice that a day of the plan's calendar turned a school's registrations is known in the outbox by the school
// — its name — and the day, not by the code the clerk may correct in "Đơn vị" (as receipts, r67r F5; reminders, w69r).
// One an office updating holds under the version before's key ("LICH:<school code>:<day>") keeps that key: the entry of
// the same day about one of the notice's registrations is the same school's, whatever its code now.
import { describe, expect, it } from 'vitest';
import { milestone } from '../../src/core/config';
import { evaluateAll } from '../../src/core/evaluate';
import { keptCalendarKeys, schoolNotices } from '../../src/core/notices';
import { type OutboxEntry } from '../../src/core/outbox';
import { Q } from '../../src/core/form-titles';
import { answersToRow, config, directoryRows, form, headerRow, managerRatedGood, SCHOOLS } from './helpers';

const DAY = 86_400_000;
const [HOA_SEN, HOA_BINH] = SCHOOLS;
const review = milestone(config(), 'SO-KET').date;
const at = (days: number) => new Date(review.getTime() + days * DAY);
const sent = new Date(2023, 5, 2, 8, 0, 0);

/** Hoa Sen's and Hòa Bình's registrations, turned on the interim review's day, read with `rows` as "Đơn vị" at `now`. */
function notices(now: Date, rows = directoryRows()) {
  const cfg = config(now);
  const f = form(cfg);
  const values = [headerRow(f), ...[HOA_SEN, HOA_BINH].map((s) => answersToRow(f, { ...managerRatedGood(cfg), [Q.school]: s.name, [Q.individualName]: `Nguyễn Văn ${s.code}` }, sent, s.emails[0]))];
  return schoolNotices(evaluateAll({ config: cfg, directoryRows: rows, responseValues: values }), cfg, now);
}
const byName = (list: ReturnType<typeof notices>) => Object.fromEntries(list.map((n) => [n.email.subject.slice(n.email.subject.lastIndexOf(' — ') + 3), n.key]));
const recoded = (codes: Record<string, string>) => directoryRows().map((r, i) => (i === 0 || !codes[r[0]] ? r : [codes[r[0]], ...r.slice(1)]));
const day = `${review.getFullYear()}-${String(review.getMonth() + 1).padStart(2, '0')}-${String(review.getDate()).padStart(2, '0')}`;

describe('w69r: the key of the notice of a day of the calendar', () => {
  it('names the school by its name and the day: the same after its code is corrected or swapped with another school\'s', () => {
    const before = byName(notices(at(1)));
    expect(Object.keys(before).sort()).toEqual([HOA_SEN.name, HOA_BINH.name].sort());
    for (const [name, key] of Object.entries(before)) {
      expect(key).toMatch(new RegExp(`^LICH:@[0-9a-z]+:${day}$`));
      expect(key).not.toContain(SCHOOLS.find((s) => s.name === name)!.code);
    }
    expect(byName(notices(at(2), recoded({ MN01: 'MN1' })))).toEqual(before);
    expect(byName(notices(at(2), recoded({ MN01: 'TH01', TH01: 'MN01' })))).toEqual(before);
  });

  it("one in the outbox under the version before's key (the school's code) keeps it, the code corrected since or not; another school's is not taken", () => {
    const list = notices(at(1));
    const old = (code: string, ref: string): OutboxEntry => ({ key: `LICH:${code}:${day}`, kind: 'notice', ref, to: 'x@example.edu.vn', subject: 's', status: 'sent', attempts: 1, createdAt: at(0), sentAt: at(0), note: '' });
    const ofSen = list.find((n) => n.schoolCode === HOA_SEN.code)!;
    const ofBinh = list.find((n) => n.schoolCode === HOA_BINH.code)!;
    const entries = [old(HOA_SEN.code, ofSen.ref)];
    const kept = keptCalendarKeys(notices(at(2), recoded({ MN01: 'MN1' })), entries);
    expect(kept.find((n) => n.schoolCode === 'MN1')!.key).toBe(`LICH:${HOA_SEN.code}:${day}`);
    // Hòa Bình, given Hoa Sen's old code, is not taken for it.
    const swapped = keptCalendarKeys(notices(at(2), recoded({ MN01: 'TH01', TH01: 'MN01' })), entries);
    expect(swapped.find((n) => n.ref === ofBinh.ref)!.key).toBe(ofBinh.key);
    expect(swapped.find((n) => n.ref === ofSen.ref)!.key).toBe(`LICH:${HOA_SEN.code}:${day}`);
  });
});
