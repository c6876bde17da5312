// The register of codes, pure: rows recognised by timestamp and e-mail, edits by their response id, codes never
// reused, a first run keeping the row-number codes the tool gave before the register existed.
import { describe, expect, it } from 'vitest';
import { assignIds, ledgerFromResults, listedSchools, mergedSchoolPrints, codeHoles, codeOf, editedLost, highestCodeIn, holesSince, lostFromResults, responsesNotInTab, rowNames, ledgerFromRows, ledgerToRows, ledgerWrites, lookupNeeded, recognise, rowKeys, sentAgainLaterIn, type LedgerEntry, type Lookup, type RowKey } from '../../src/core/ledger';
import { Q } from '../../src/core/form-titles';
import { fingerprint, schoolPrint } from '../../src/core/review';
import { matchKey } from '../../src/core/text';
import { directoryToRows } from '../../src/core/directory';
import { RESULTS_HEADER, RESULTS_KEY_HEADERS } from '../../src/core/messages';
import { SCHOOLS } from './helpers';

const T0 = Date.UTC(2024, 6, 1, 1, 0, 0);
const key = (row: number, at: number, email = 'a@x.vn', subject = 's' + at): RowKey => ({ row, at, email, subject });
const run = (keys: RowKey[], entries: LedgerEntry[], lookup: Lookup, next: number | null) => assignIds(keys, entries, recognise(keys, entries), lookup, next, T0 + 3600_000);

describe('register of codes', () => {
  it('a first run gives the row-number codes; later rows the next number whatever their row', () => {
    const keys = [key(3, T0 + 2000), key(2, T0 + 1000)];
    const a = run(keys, [], { kind: 'responses', responses: [{ id: 'R1', at: T0 + 1000, email: 'a@x.vn' }, { id: 'R2', at: T0 + 2000, email: 'a@x.vn' }] }, null);
    expect([...a.ids.entries()].sort()).toEqual([[2, 'DK-000002'], [3, 'DK-000003']]);
    expect(a.next).toBe(4);
    expect(a.entries.map((e) => e.responseId).sort()).toEqual(['R1', 'R2']);
    // The office deleted row 2 and sorted: the remaining row is now row 2; a new response lands on row 3.
    const later = [key(2, T0 + 2000), key(3, T0 + 5000)];
    const b = run(later, a.entries, { kind: 'responses', responses: [{ id: 'R3', at: T0 + 5000, email: 'a@x.vn' }] }, a.next);
    expect(b.ids.get(2)).toBe('DK-000003');
    expect(b.ids.get(3)).toBe('DK-000004');
    expect(b.gone).toEqual(['DK-000002']);
  });

  it('codes the file still shows are never given again: a first run or a lost counter starts above the highest shown', () => {
    expect(highestCodeIn([['Mã phiếu', 'Ghi chú'], ['DK-000007', 'Phiếu đã được thay thế bởi phiếu DK-000064 (…)'], [42, null, true]])).toBe(64);
    expect(highestCodeIn([['[Điển hình tiên tiến] Phiếu DK-000120 đã được thay bằng phiếu DK-000121 — Trường A']])).toBe(121);
    expect(highestCodeIn([['XDK-000999', 'DK-0000x', 'MDK-5']])).toBe(0);
    expect(highestCodeIn([])).toBe(0);
    const keys = [key(3, T0 + 2000), key(2, T0 + 1000)];
    const responses: Lookup = { kind: 'responses', responses: [{ id: 'R1', at: T0 + 1000, email: 'a@x.vn' }, { id: 'R2', at: T0 + 2000, email: 'a@x.vn' }] };
    // A first run in a file whose tabs show DK-000064: the rows in their order from DK-000065 (not their row numbers).
    const a = assignIds(keys, [], recognise(keys, []), responses, null, T0 + 3600_000, 64);
    expect([...a.ids.entries()].sort()).toEqual([[2, 'DK-000065'], [3, 'DK-000066']]);
    expect(a.next).toBe(67);
    // A counter lower than a code shown (a register rebuilt from the results) is raised above it.
    const b = assignIds([key(2, T0 + 1000)], [], recognise([key(2, T0 + 1000)], []), responses, 5, T0 + 3600_000, 9);
    expect(b.ids.get(2)).toBe('DK-000010');
    // Nothing shown: as before.
    expect(assignIds(keys, [], recognise(keys, []), responses, null, T0 + 3600_000, 0).ids.get(3)).toBe('DK-000003');
  });

  it('an edit (new timestamp, same response) keeps its code; two identical timestamps and e-mails stay apart', () => {
    const first = run([key(2, T0, 'a@x.vn', 'p'), key(3, T0, 'a@x.vn', 'q')], [], { kind: 'none' }, null);
    expect(first.ids.get(2)).toBe('DK-000002');
    expect(first.ids.get(3)).toBe('DK-000003');
    // Sorted: the rows swap; the identifying answers tell the twins apart.
    const swapped = run([key(2, T0, 'a@x.vn', 'q'), key(3, T0, 'a@x.vn', 'p')], first.entries, { kind: 'none' }, first.next);
    expect(swapped.ids.get(2)).toBe('DK-000003');
    expect(swapped.ids.get(3)).toBe('DK-000002');
    const withIds = first.entries.map((e, i) => ({ ...e, responseId: 'R' + i }));
    const edited = run([key(2, T0 + 60_000, 'a@x.vn', 'p2'), key(3, T0, 'a@x.vn', 'q')], withIds, { kind: 'responses', responses: [{ id: 'R0', at: T0 + 60_000, email: 'a@x.vn' }] }, first.next);
    expect(edited.ids.get(2)).toBe('DK-000002');
    expect(edited.created).toEqual([]);
    // The run is the first to see that sending (review clerk-day #2); none is new to the next one, nor is a time read
    // back a fraction of a second off, nor a sort.
    expect(edited.resent).toEqual(['DK-000002']);
    expect(swapped.resent).toEqual([]);
    expect(run([key(2, T0 + 60_000, 'a@x.vn', 'p2'), key(3, T0 + 400, 'a@x.vn', 'q')], edited.entries, { kind: 'none' }, edited.next).resent).toEqual([]);
  });

  it('two schools sending in the same second: each row takes its own sender\'s response, whatever order the form lists them in; an edit of either keeps its code (review "tests" #5)', () => {
    const rows = [key(2, T0, 'a@x.vn', 'p'), key(3, T0 + 300, 'b@x.vn', 'q')];
    const first = run(rows, [], { kind: 'responses', responses: [{ id: 'RB', at: T0 + 300, email: 'b@x.vn' }, { id: 'RA', at: T0, email: 'a@x.vn' }] }, null);
    expect(first.entries.map((e) => [e.id, e.email, e.responseId])).toEqual([
      ['DK-000002', 'a@x.vn', 'RA'],
      ['DK-000003', 'b@x.vn', 'RB'],
    ]);
    // A edits through its link: its row's time changes; the form tells which response it is.
    const edited = run([key(2, T0 + 60_000, 'a@x.vn', 'p2'), rows[1]], first.entries, { kind: 'responses', responses: [{ id: 'RA', at: T0 + 60_000, email: 'a@x.vn' }] }, first.next);
    expect(edited.ids.get(2)).toBe('DK-000002');
    expect(edited.created).toEqual([]);
    expect(edited.gone).toEqual([]);
  });

  it('a sender’s address corrected by hand keeps the code (same second, same answers); a same-address entry first', () => {
    const first = run([key(2, T0, 'a@x.vn', 'p'), key(3, T0 + 1000, 'b@x.vn', 'q')], [], { kind: 'none' }, null);
    const fixed = run([key(2, T0, 'hieutruong@x.vn', 'p'), key(3, T0 + 1000, 'b@x.vn', 'q')], first.entries, { kind: 'none' }, first.next);
    expect(fixed.ids.get(2)).toBe('DK-000002');
    expect(fixed.created).toEqual([]);
    expect(fixed.entries[0].email).toBe('hieutruong@x.vn');
    // Other answers, or another second: a new registration, as before.
    expect(run([key(2, T0, 'hieutruong@x.vn', 'p2')], first.entries, { kind: 'none' }, first.next).created).toEqual(['DK-000004']);
    expect(run([key(2, T0 + 1000, 'hieutruong@x.vn', 'p')], first.entries, { kind: 'none' }, first.next).created).toEqual(['DK-000004']);
    // Two entries fit (the same answers sent twice in one second, one row since deleted): neither is taken.
    const twins = run([key(2, T0, 'a@x.vn', 'p'), key(3, T0, 'a@x.vn', 'p')], [], { kind: 'none' }, null);
    const one = run([key(2, T0, 'hieutruong@x.vn', 'p')], twins.entries, { kind: 'none' }, twins.next);
    expect(one.created).toEqual(['DK-000004']);
    // A submission's own row (partial) never takes another address's entry.
    expect(recognise([key(2, T0, 'hieutruong@x.vn', 'p')], first.entries, true).byRow.size).toBe(0);
  });

  it('when the form cannot be asked, an unknown row waits (a day at most) instead of getting a code', () => {
    const entries: LedgerEntry[] = [{ id: codeOf(2), responseId: 'R0', firstAt: T0, lastAt: T0, email: 'a@x.vn', subject: 's', decision: '', decidedOn: '', sentAs: '', firstSchool: '', firstSender: 'a@x.vn', firstFormer: '' }];
    const keys = [key(2, T0, 'a@x.vn', 's'), key(3, T0 + 1000)];
    const rec = recognise(keys, entries);
    expect(lookupNeeded(entries, rec, false)).toEqual({ since: T0 });
    const a = run(keys, entries, { kind: 'failed' }, 3);
    expect(a.deferred).toEqual([3]);
    expect(a.ids.has(3)).toBe(false);
    const old = assignIds(keys, entries, rec, { kind: 'failed' }, 3, T0 + 2 * 86_400_000);
    expect(old.ids.get(3)).toBe('DK-000003');
  });

  it('round-trips through its tab and never reuses a number', () => {
    const a = run([key(2, T0), key(3, T0 + 1000)], [], { kind: 'none' }, null);
    const { header, rows } = ledgerToRows(a.entries);
    const back = ledgerFromRows([header, ...rows]);
    expect(back.map(({ tabRow, ...e }) => e)).toEqual(a.entries);
    expect(back.map((e) => e.tabRow)).toEqual([2, 3]);
    const b = run([key(2, T0 + 9000)], back, { kind: 'none' }, 10);
    expect(b.ids.get(2)).toBe('DK-000010');
  });

  it('a submission writes only what changed: an edit one row, a new code one appended row', () => {
    const a = run([key(2, T0), key(3, T0 + 1000)], [], { kind: 'none' }, null);
    const { header, rows } = ledgerToRows(a.entries);
    const read = ledgerFromRows([header, ...rows]);
    const withIds = read.map((e, i) => ({ ...e, responseId: 'R' + i }));
    const b = run([key(2, T0), key(3, T0 + 1000), key(4, T0 + 5000)], withIds, { kind: 'responses', responses: [{ id: 'R9', at: T0 + 5000, email: 'a@x.vn' }] }, a.next);
    const plan = ledgerWrites(withIds, b.entries);
    expect(plan).toEqual({ update: [], append: [expect.objectContaining({ id: 'DK-000004', responseId: 'R9' })] });
    const c = run([key(2, T0 + 60_000), key(3, T0 + 1000)], withIds, { kind: 'responses', responses: [{ id: 'R0', at: T0 + 60_000, email: 'a@x.vn' }] }, a.next);
    const edit = ledgerWrites(withIds, c.entries);
    expect('update' in edit && edit.update.map((e) => [e.id, e.tabRow])).toEqual([['DK-000002', 2]]);
    // A register rebuilt from elsewhere has no tab rows to trust: written whole.
    expect(ledgerWrites(a.entries, a.entries)).toEqual({ whole: true });
  });
});

describe('an edited registration whose subject was registered again later (sentAgainLaterIn)', () => {
  it('from the register\'s columns as a batch read gives them (first sendings as serial numbers, from row 2): the older one is replaced; the newer one, or one alone with its subject, is not', () => {
    const times = [[45000.5], [45001.25], [45002]];
    const subjects = [['S1'], ['S1'], ['S2']];
    expect(sentAgainLaterIn(times, subjects, 2, 'S1')).toBe(true);
    expect(sentAgainLaterIn(times, subjects, 3, 'S1')).toBe(false);
    expect(sentAgainLaterIn(times, subjects, 4, 'S2')).toBe(false);
    expect(sentAgainLaterIn(times, subjects, 2, '')).toBe(false);
    // A time that cannot be read: the whole run decides.
    expect(sentAgainLaterIn([[45000.5], ['']], subjects, 2, 'S1')).toBe(true);
    expect(sentAgainLaterIn([[''], [45001.25]], subjects, 2, 'S1')).toBe(true);
    expect(sentAgainLaterIn([[''], [45002]], [['S1'], ['S2']], 2, 'S1')).toBe(false);
  });
});

describe('codes the register lost (review "restore" #1)', () => {
  const e = (n: number, firstAt: number, responseId = `r${n}`) => ({ id: codeOf(n), firstAt, responseId });
  it('holes: codes below the counter in no entry, less those known skipped', () => {
    expect(codeHoles([e(2, 0), e(3, 0), e(6, 0)], 8, new Set([5]))).toEqual([4, 7]);
    // Below the lowest code held: none a response had (a first run numbers by row, DK-000002 first).
    expect(codeHoles([e(2, 0)], 3, new Set())).toEqual([]);
    expect(codeHoles([], 3, new Set())).toEqual([1, 2]);
    expect(codeHoles([e(1, 0), e(2, 0)], 3, new Set())).toEqual([]);
  });
  it('asks the form from two days before the last entry coded before the first hole, a time in the future left out', () => {
    const day = 24 * 3_600_000;
    const now = 100 * day;
    expect(holesSince([e(1, 10 * day), e(2, 20 * day), e(5, 30 * day)], [3, 4], now)).toBe(18 * day);
    // Entry 2 typed by hand with a date next year: not taken.
    expect(holesSince([e(1, 10 * day), e(2, 400 * day)], [3], now)).toBe(8 * day);
    expect(holesSince([e(5, 10 * day)], [3], now)).toBe(0);
  });
  it('responses not in the tab: the settled ones told, the recent ones only counted', () => {
    const got = responsesNotInTab([e(1, 0)], [{ id: 'r1', at: 1, email: '' }, { id: 'x', at: 5, email: '' }, { id: 'y', at: 50, email: '' }], 10);
    expect(got.missing.map((r) => r.id)).toEqual(['x']);
    expect(got.recent).toBe(1);
  });
});

// Review drift #1: the register's subjects are the rebuild's (src/core/duplicates.ts subjectKey), so that a submission
// answered alone sees the registration it shares a subject with and leaves it to the full run.
describe('rowKeys subjects as the rebuild sees subjects', () => {
  const header = ['Dấu thời gian', 'Địa chỉ email', Q.school, Q.kind, Q.collectiveName, Q.individualName, Q.birthYear];
  const at = new Date(2024, 0, 5, 8, 0, 0);
  const subjects = (rows: unknown[][]) => rowKeys([header, ...rows.map((r) => [at, 'a@x.vn', ...r])]).map((k) => k.subject);
  it('a collective under its school\'s name, however worded, is the school itself; a team keeps its name', () => {
    const [a, b, c, d] = subjects([
      ['Trường Mầm non Hoa Sen', 'Tập thể', 'Trường Mầm non Hoa Sen', '', ''],
      ['Trường Mầm non Hoa Sen', 'Tập thể', 'Tập thể Trường MN Hoa Sen.', '', ''],
      ['Trường Mầm non Hoa Sen', 'Tập thể', 'Tổ Toán', '', ''],
      ['Trường Mầm non Hoa Sen', 'Cá nhân', '', 'Trường Mầm non Hoa Sen', ''],
    ]);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(d).not.toBe(a);
    // A team keys as the register always keyed it: a register written by an earlier version still recognises its rows.
    expect(c).toBe(fingerprint(['trường mầm non hoa sen', 'tập thể', 'tổ toán', '', ''].map((s) => matchKey(s)).join('\u0001')));
  });
  it('a part named with its school\'s name is its own subject, as the rebuild sees it', () => {
    const [school, part, again] = subjects([
      ['Trường Mầm non Hoa Sen', 'Tập thể', 'Trường MN Hoa Sen', '', ''],
      ['Trường Mầm non Hoa Sen', 'Tập thể', 'Nhà trẻ Trường Mầm non Hoa Sen', '', ''],
      ['Trường Mầm non Hoa Sen', 'Tập thể', 'NHÀ TRẺ TRƯỜNG MẦM NON HOA SEN', '', ''],
    ]);
    expect(part).not.toBe(school);
    expect(again).toBe(part);
  });
  it('a birth year as a number: "1985." and 1985 are one person, 1986 another', () => {
    const [a, b, c, d] = subjects([
      ['Trường Mầm non Hoa Sen', 'Cá nhân', '', 'Trần Thị Lan', 1985],
      ['Trường Mầm non Hoa Sen', 'Cá nhân', '', 'Trần Thị Lan', '1985.'],
      ['Trường Mầm non Hoa Sen', 'Cá nhân', '', 'Trần Thị Lan', '1985.0'],
      ['Trường Mầm non Hoa Sen', 'Cá nhân', '', 'Trần Thị Lan', '1986'],
    ]);
    expect([b, c]).toEqual([a, a]);
    expect(d).not.toBe(a);
  });
});

// Register rows lost by hand, given back from "Kết quả kiểm tra" (src/gas/ledger.ts identifyRegistrations): only where
// which row is which cannot be doubted (review diff58 H2, H3).
describe('lost register rows: a code is given back only to the one row that can be it', () => {
  const HEADERS = { id: 'Mã phiếu', email: 'Email người gửi', at: 'Thời điểm gửi', name: 'Tên' };
  const results = (...rows: [string, string, number, string][]) => [[HEADERS.id, HEADERS.email, HEADERS.at, HEADERS.name], ...rows];

  it('one lost code, two rows waiting from its sender in its second: neither takes it, and it is counted as doubtful', () => {
    const values = results(['DK-000002', 'a@x.vn', T0 + 100, 'Tổ A']);
    // Alone in its second, the row takes the code back.
    const alone = lostFromResults(values, HEADERS, [], 3, [{ at: T0 + 400, email: 'a@x.vn' }]);
    expect(alone.restorable.map((e) => e.id)).toEqual(['DK-000002']);
    expect(alone.doubtful).toBe(0);
    expect(alone.names.get('DK-000002')).toBe(matchKey('Tổ A'));
    // A second row of that sender in that second (a registration coded by a submission since the results were written):
    // either could be the lost one — no code is given back, and the run says so.
    const twins = lostFromResults(values, HEADERS, [], 4, [
      { at: T0 + 400, email: 'a@x.vn' },
      { at: T0 + 700, email: 'a@x.vn' },
    ]);
    expect(twins.restorable).toEqual([]);
    expect(twins.doubtful).toBe(1);
  });

  it('an edited row takes a lost code by its sender and name only one to one', () => {
    const names: Record<number, string> = { 2: 'an', 3: 'an', 4: 'binh' };
    const nameOfRow = (row: number) => names[row] ?? '';
    const an = { index: 7, email: 'a@x.vn', name: 'an' };
    // One row, one lost entry of that sender and name: the row takes it; another sender's entry of that name does not.
    expect([...editedLost([{ row: 2, email: 'a@x.vn' }], [an], nameOfRow)]).toEqual([[2, 7]]);
    expect([...editedLost([{ row: 2, email: 'b@x.vn' }], [an], nameOfRow)]).toEqual([]);
    // Two rows of that sender and name (the edit and a namesake's new registration): which is the edit cannot be told —
    // neither takes the code and its decision.
    expect([...editedLost([{ row: 2, email: 'a@x.vn' }, { row: 3, email: 'a@x.vn' }, { row: 4, email: 'a@x.vn' }], [an], nameOfRow)]).toEqual([]);
    // Two lost entries of that sender and name, one row: it takes neither.
    expect([...editedLost([{ row: 2, email: 'a@x.vn' }], [an, { index: 8, email: 'a@x.vn', name: 'an' }], nameOfRow)]).toEqual([]);
  });
  it('a collective edited after its register row was lost is known by its name as a person is (the form’s collective name)', () => {
    const values = [
      [Q.collectiveName, Q.individualName],
      ['Tổ Toán - Tin', ''],
      ['', 'Nguyễn Văn An'],
    ];
    const lost = [
      { index: 5, email: 'a@x.vn', name: matchKey('Tổ Toán - Tin') },
      { index: 6, email: 'a@x.vn', name: matchKey('Nguyễn Văn An') },
    ];
    const taken = editedLost([{ row: 2, email: 'a@x.vn' }, { row: 3, email: 'a@x.vn' }], lost, rowNames(values));
    expect([...taken].sort()).toEqual([[2, 5], [3, 6]]);
  });
});

describe('who listed the sender when the register first saw it (LedgerEntry.sentAs, review r66g #1)', () => {
  const dir = (email: string) => directoryToRows([{ ...SCHOOLS[0], emails: [email] }, ...SCHOOLS.slice(1)]);
  const school = SCHOOLS[0];

  it('a new code is stamped with the schools that list its sender then, kept when the address is replaced later or the response edited from another address, judged again when its first sender is corrected', () => {
    const listed = listedSchools(dir(school.emails[0]));
    const a = assignIds([key(2, T0, school.emails[0]), key(3, T0 + 1000, 'ai.do@gmail.com')], [], recognise([key(2, T0, school.emails[0]), key(3, T0 + 1000, 'ai.do@gmail.com')], []), { kind: 'none' }, null, T0, 0, listed);
    expect(a.entries.map((e) => e.sentAs)).toEqual([school.name, '-']);
    // The office replaces the school's address: a later run keeps what the register saw.
    const now = listedSchools(dir('truongmoi@example.edu.vn'));
    const keys = [key(2, T0, school.emails[0]), key(3, T0 + 1000, 'ai.do@gmail.com')];
    const b = assignIds(keys, a.entries, recognise(keys, a.entries), { kind: 'none' }, a.next, T0, 0, now);
    expect(b.entries.map((e) => e.sentAs)).toEqual([school.name, '-']);
    expect(b.changed).toBe(false);
    // An entry from before the stamp (an earlier version's register) is stamped from the directory of now.
    const old = a.entries.map((e) => ({ ...e, sentAs: '' }));
    const c = assignIds(keys, old, recognise(keys, old), { kind: 'none' }, a.next, T0, 0, listed);
    expect(c.entries.map((e) => e.sentAs)).toEqual([school.name, '-']);
    expect(c.changed).toBe(true);
    // An edit from another address (same response: a colleague, the teacher, the office, another school helping): the
    // stamp is the first sender's, and stays — an edit does not change whose registration it is (review r82i F3–F6;
    // before, it was judged again for the editor's address).
    const retyped = [key(2, T0 + 5000, 'ai.do@gmail.com'), key(3, T0 + 6000, 'truongmoi@example.edu.vn')];
    const withIds = b.entries.map((e, i) => ({ ...e, responseId: 'R' + i }));
    const lookup: Lookup = { kind: 'responses', responses: [{ id: 'R0', at: T0 + 5000, email: 'ai.do@gmail.com' }, { id: 'R1', at: T0 + 6000, email: 'truongmoi@example.edu.vn' }] };
    const d = assignIds(retyped, withIds, recognise(retyped, withIds), lookup, b.next, T0, 0, now);
    expect(d.created).toEqual([]);
    expect(d.entries.map((e) => e.sentAs)).toEqual([school.name, '-']);
    // The first sending's address corrected by hand (the same second): a first sender the register had not seen, judged
    // by the directory of now — the address listed now is the school's, one removed since is nobody's.
    const corrected = [key(2, T0, 'ai.do@gmail.com'), key(3, T0 + 1000, 'truongmoi@example.edu.vn')];
    const e = assignIds(corrected, b.entries, recognise(corrected, b.entries), { kind: 'none' }, b.next, T0, 0, now);
    expect(e.created).toEqual([]);
    expect(e.entries.map((x) => x.firstSender)).toEqual(['ai.do@gmail.com', 'truongmoi@example.edu.vn']);
    expect(e.entries.map((x) => x.sentAs)).toEqual(['-', school.name]);
    // Without the directory (a run that did not read it), nothing is stamped.
    expect(assignIds(keys, old, recognise(keys, old), { kind: 'none' }, a.next, T0, 0).entries.map((e) => e.sentAs)).toEqual(['', '']);
  });

  it('an address two schools list names both; an unknown or empty sender none; case and spaces do not matter', () => {
    const shared = directoryToRows([{ ...SCHOOLS[0], emails: ['cum1@example.edu.vn'] }, { ...SCHOOLS[1], emails: ['cum1@example.edu.vn'] }]);
    const listed = listedSchools(shared);
    expect(listed(' CUM1@example.edu.vn ')).toBe(`${SCHOOLS[0].name}\n${SCHOOLS[1].name}`);
    expect(listed('khac@example.edu.vn')).toBe('-');
    expect(listed('')).toBe('-');
    // An address within another ("b.cum1@…" holds "cum1@…" as text): not that one.
    expect(listedSchools(directoryToRows([{ ...SCHOOLS[0], emails: ['b.cum1@example.edu.vn'] }]))('cum1@example.edu.vn')).toBe('-');
    // "Đơn vị" without its e-mail column, or without a row: not known (stamped by a later run).
    expect(listedSchools(directoryToRows(SCHOOLS).map((r) => r.slice(0, 6)))('cum1@example.edu.vn')).toBe('');
    expect(listedSchools(directoryToRows([]))(SCHOOLS[0].emails[0])).toBe('');
  });

  it('a register rebuilt from "Kết quả kiểm tra" takes its stamps from what the tab showed (review d67 #3)', () => {
    const header = [...RESULTS_HEADER];
    const row = (id: string, email: string, note: string) => header.map((h) => (h === 'Mã phiếu' ? id : h === 'Đơn vị' ? school.name : h === 'Ghi chú' ? note : h === RESULTS_KEY_HEADERS.email ? email : h === RESULTS_KEY_HEADERS.at ? '2024-07-01' : ''));
    const values = [header, row('DK-000002', school.emails[0], 'Phiếu gửi ngày …'), row('DK-000003', 'ai.do@gmail.com', 'Phiếu này đã được thay thế …\nChưa xác minh: e-mail người gửi …'), row('DK-000004', '', '')];
    const stamps = (h: Parameters<typeof ledgerFromResults>[1]) => ledgerFromResults(values, h).map((e) => e.sentAs);
    expect(stamps({ ...RESULTS_KEY_HEADERS, school: 'Đơn vị', note: 'Ghi chú' })).toEqual([school.name, '-', '']);
    // Without the school and notes columns: not known (stamped by the run from "Đơn vị").
    expect(stamps(RESULTS_KEY_HEADERS)).toEqual(['', '', '']);
  });

  it('round-trips through the tab; a register without the column reads as not stamped', () => {
    const a = assignIds([key(2, T0, school.emails[0])], [], recognise([key(2, T0, school.emails[0])], []), { kind: 'none' }, null, T0, 0, listedSchools(dir(school.emails[0])));
    const { header, rows } = ledgerToRows(a.entries);
    expect(ledgerFromRows([header, ...rows])[0].sentAs).toBe(school.name);
    expect(ledgerFromRows([header.slice(0, 8), ...rows.map((r) => r.slice(0, 8))])[0].sentAs).toBe('');
  });
});

describe('the school a response named when the register first saw it (LedgerEntry.firstSchool, f80b)', () => {
  const keyed = (row: number, at: number, email: string, school: string): RowKey => ({ row, at, email, subject: 's' + row, school: schoolPrint(school) });
  const [OLD, MERGED] = ['Trường THCS Quang Minh', 'Trường TH&THCS Hòa Bình'];

  it('is stamped when first seen and kept through edits, whoever sends them; a register without it learns it only before an edit', () => {
    const first = [keyed(2, T0, 'a@x.vn', OLD), keyed(3, T0 + 1000, 'b@x.vn', MERGED)];
    const a = assignIds(first, [], recognise(first, []), { kind: 'none' }, null, T0, 0);
    expect(a.entries.map((e) => e.firstSchool)).toEqual([schoolPrint(OLD), schoolPrint(MERGED)]);
    // Both edited under the merged name by the merged school's new clerk: the same responses, their first school kept.
    const edits = [keyed(2, T0 + 5000, 'van.thu@x.vn', MERGED), keyed(3, T0 + 6000, 'van.thu@x.vn', MERGED)];
    const withIds = a.entries.map((e, i) => ({ ...e, responseId: 'R' + i }));
    const lookup: Lookup = { kind: 'responses', responses: [{ id: 'R0', at: T0 + 5000, email: 'van.thu@x.vn' }, { id: 'R1', at: T0 + 6000, email: 'van.thu@x.vn' }] };
    const b = assignIds(edits, withIds, recognise(edits, withIds), lookup, a.next, T0, 0);
    expect(b.created).toEqual([]);
    expect(b.entries.map((e) => e.firstSchool)).toEqual([schoolPrint(OLD), schoolPrint(MERGED)]);
    // A register from before the column: an entry as first sent learns it; one edited since does not (not known).
    const old = withIds.map((e) => ({ ...e, firstSchool: '' }));
    const seen = [keyed(2, T0, 'a@x.vn', OLD), keyed(3, T0 + 6000, 'van.thu@x.vn', MERGED)];
    const c = assignIds(seen, old, recognise(seen, old), { kind: 'responses', responses: [{ id: 'R1', at: T0 + 6000, email: 'van.thu@x.vn' }] }, a.next, T0, 0);
    expect(c.entries.map((e) => e.firstSchool)).toEqual([schoolPrint(OLD), '']);
    // Round-trips through the tab; a register without the column reads as not known.
    const { header, rows } = ledgerToRows(b.entries);
    expect(ledgerFromRows([header, ...rows]).map((e) => e.firstSchool)).toEqual([schoolPrint(OLD), schoolPrint(MERGED)]);
    expect(ledgerFromRows([header.slice(0, 9), ...rows.map((r) => r.slice(0, 9))]).map((e) => e.firstSchool)).toEqual(['', '']);
  });

  it('follows a response that names a school neither merged nor renamed (a mistake corrected; a register without it learning it), never one that names a merged school', () => {
    const WRONG = 'Trường Mầm non Hoa Sen';
    const directory = [
      ['Tên đơn vị', 'Email', 'Tên cũ'],
      [MERGED, 'van.thu@x.vn', `${OLD}; Trường Tiểu học Hòa Bình`],
      [WRONG, 'hs@x.vn', ''],
    ];
    const merged = mergedSchoolPrints(directory);
    expect([...merged.keys()]).toEqual([schoolPrint(MERGED)]);
    const first = [keyed(2, T0, 'a@x.vn', WRONG), keyed(3, T0 + 1000, 'b@x.vn', OLD)];
    const a = assignIds(first, [], recognise(first, []), { kind: 'none' }, null, T0, 0, undefined, merged);
    const withIds = a.entries.map((e, i) => ({ ...e, responseId: 'R' + i }));
    const lookup: Lookup = { kind: 'responses', responses: [{ id: 'R0', at: T0 + 5000, email: 'a@x.vn' }, { id: 'R1', at: T0 + 6000, email: 'van.thu@x.vn' }] };
    // The first corrected to the school's own old name; the second edited by the merged school's clerk under its name.
    const edits = [keyed(2, T0 + 5000, 'a@x.vn', OLD), keyed(3, T0 + 6000, 'van.thu@x.vn', MERGED)];
    const b = assignIds(edits, withIds, recognise(edits, withIds), lookup, a.next, T0, 0, undefined, merged);
    expect(b.entries.map((e) => e.firstSchool)).toEqual([schoolPrint(OLD), schoolPrint(OLD)]);
    // Without the directory's merged names (a run that has not read it): recorded at the first sending only.
    const c = assignIds(edits, withIds, recognise(edits, withIds), lookup, a.next, T0, 0);
    expect(c.entries.map((e) => e.firstSchool)).toEqual([schoolPrint(WRONG), schoolPrint(OLD)]);
    // A register from before the column, its responses edited under a name of their own: learnt.
    const old = withIds.map((e) => ({ ...e, firstSchool: '' }));
    const d = assignIds([keyed(2, T0 + 5000, 'a@x.vn', OLD)], old, recognise([keyed(2, T0 + 5000, 'a@x.vn', OLD)], old), lookup, a.next, T0, 0, undefined, merged);
    expect(d.entries[0].firstSchool).toBe(schoolPrint(OLD));
  });
});
