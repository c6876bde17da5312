// Review d69c F3, the notice of a day of the calendar (w69s): one in the outbox under a name no school bears now — the
// clerk corrected a typo in the school's name without "Tên cũ" — about one of the notice's registrations, sent to the
// school's address, is the school's: its key is kept (not told twice). Sent to another address (the code given to
// another school), it is not.
import { describe, expect, it } from 'vitest';
import { milestone } from '../../src/core/config';
import { evaluateAll } from '../../src/core/evaluate';
import { keptCalendarKeys, schoolNotices } from '../../src/core/notices';
import { type OutboxEntry } from '../../src/core/outbox';
import { schoolWho } from '../../src/core/reminders';
import { Q } from '../../src/core/form-titles';
import { answersToRow, config, directoryRows, form, headerRow, managerRatedGood, SCHOOLS } from './helpers';

const DAY = 86_400_000;
const [HOA_SEN, HOA_BINH] = SCHOOLS;
const review = milestone(config(), 'SO-KET').date;
const at = (days: number) => new Date(review.getTime() + days * DAY);
const day = `${review.getFullYear()}-${String(review.getMonth() + 1).padStart(2, '0')}-${String(review.getDate()).padStart(2, '0')}`;

function run(now: Date) {
  const cfg = config(now);
  const f = form(cfg);
  const values = [headerRow(f), ...[HOA_SEN, HOA_BINH].map((s) => answersToRow(f, { ...managerRatedGood(cfg), [Q.school]: s.name, [Q.individualName]: `Nguyễn Văn ${s.code}` }, new Date(2023, 5, 2, 8), s.emails[0]))];
  const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values });
  return { list: schoolNotices(out, cfg, now), directory: out.directory };
}

describe('w69s: the notice of a day of the calendar, the name typo corrected without "Tên cũ"', () => {
  it("the day's notice under the misspelt name, sent to the school's address, keeps its key; to another address, not", () => {
    const { list, directory } = run(at(2));
    const ofBinh = list.find((n) => n.schoolCode === HOA_BINH.code)!;
    const own = ofBinh.key;
    const typo = `LICH:${schoolWho('Trường Tiểu học Hòa Binh')}:${day}`;
    expect(own).not.toBe(typo);
    const entry = (to: string): OutboxEntry => ({ key: typo, kind: 'notice', ref: ofBinh.ref, to, subject: 's', status: 'sent', attempts: 1, createdAt: at(0), sentAt: at(0), note: '' });
    expect(keptCalendarKeys(run(at(2)).list, [entry(HOA_BINH.emails[0])], directory).find((n) => n.schoolCode === HOA_BINH.code)!.key).toBe(typo);
    expect(keptCalendarKeys(run(at(2)).list, [entry('saomai@example.edu.vn')], directory).find((n) => n.schoolCode === HOA_BINH.code)!.key).toBe(own);
  });
});
