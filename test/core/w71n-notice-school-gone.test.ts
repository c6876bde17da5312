// Fix w71n (the rest of review r70f F2): a notice about registrations waiting for the quota — here one that a
// registration counts again ("HL:"), the bundle test w71n-registration-notice-school-gone has "TT:" and "HN:" — is
// closed saying its school is no longer listed when the registrations its ref names are of no school listed now, and
// waits again once its key is due again (the school's row typed back). Not due for another reason: old news.
import { describe, expect, it } from 'vitest';
import { directoryToRows } from '../../src/core/directory';
import { evaluateAll } from '../../src/core/evaluate';
import { OUTBOX_NOTE } from '../../src/core/messages';
import { NOTICE_KEEP_DAYS, noticeSchoolGone, schoolNotices, toldFrom, waitingNotices } from '../../src/core/notices';
import { confirmationKey, type OutboxEntry } from '../../src/core/outbox';
import { CONFIRMATION } from '../../src/core/messages';
import { answersToRow, config, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

const DAY = 86_400_000;
const cfg = config();
const at = new Date(2024, 5, 28, 9, 0, 0);
const now = new Date(at.getTime() + DAY);
const a = individualAnswers('manager', cfg);
/** A stranger's registration for the first school, evaluated with `schools` in "Đơn vị". */
const office = (schools: typeof SCHOOLS) => {
  const f = form(cfg);
  return evaluateAll({ config: cfg, directoryRows: directoryToRows(schools), responseValues: [headerRow(f), answersToRow(f, a, at, 'nguoila@mail.example')] });
};
const listed = office(SCHOOLS);
const gone = office(SCHOOLS.slice(1));
const [revived] = listed.registrations;
// Its confirmation said another registration replaced it; that one is gone: it counts again (the "HL:" notice).
const told = toldFrom([{ key: confirmationKey(revived), kind: 'confirmation', ref: revived.id, to: '', subject: CONFIRMATION.subjectSuperseded(revived.id, 'DK-999999', revived.name), status: 'sent', createdAt: at, sentAt: at, attempts: 1, note: '' }]);
const due = (out: ReturnType<typeof office>) => new Map(schoolNotices(out, cfg, now, NOTICE_KEEP_DAYS, new Map(), () => null, undefined, told).map((n) => [n.key, n]));

describe('w71n: a waiting "HL:" notice whose school left "Đơn vị"', () => {
  const [notice] = due(listed).values();
  const waiting: OutboxEntry = { key: notice.key, kind: 'notice', ref: notice.ref, to: notice.to, subject: notice.subject, status: 'pending', createdAt: now, sentAt: null, attempts: 0, note: '' };

  it('closed saying the school is no longer listed, waiting again once the school is listed again', () => {
    expect(notice.key).toMatch(/^HL:/);
    expect(gone.registrations[0].school).toBeNull();
    expect(due(gone).has(notice.key)).toBe(false);
    const [closed] = waitingNotices([waiting], 'notice', due(gone), gone);
    expect([closed.status, closed.note]).toEqual(['skipped', OUTBOX_NOTE.noticeSchoolGone]);
    // Still out the next day: left as it is.
    expect(waitingNotices([closed], 'notice', due(gone), gone)[0]).toBe(closed);
    const [back] = waitingNotices([closed], 'notice', due(listed), listed);
    expect([back.status, back.note]).toEqual(['pending', '']);
  });

  it('not due with its school listed (or its registrations gone): old news, and not reopened', () => {
    expect(noticeSchoolGone(waiting, listed)).toBe(false);
    expect(noticeSchoolGone(waiting, { ...gone, registrations: [] })).toBe(false);
    const [stale] = waitingNotices([waiting], 'notice', new Map(), listed);
    expect([stale.status, stale.note]).toEqual(['skipped', OUTBOX_NOTE.noticeStale]);
    expect(waitingNotices([stale], 'notice', due(listed), listed)[0]).toBe(stale);
    // A receipt's key names no registration: never "gone" by this rule.
    expect(noticeSchoolGone({ key: 'NBC:x:1:y', ref: revived.id, to: '' }, gone)).toBe(false);
  });
});
