import { responseTabs } from '../../sample/response-tabs';
import { describe, expect, it } from 'vitest';
import { withoutSheetRow } from '../../src/core/text';
import { makeSampleOffice } from '../../sample/office';
import { evaluateAll, EvaluatedRegistration } from '../../src/core/evaluate';
import {
  REVIEW_COLUMNS,
  REVIEW_DECISIONS,
  REVIEW_DECISION_LIST,
  REVIEW_HEADERS,
  REVIEW_TAB,
  mergeReview,
  pendingRequests,
  reviewProgress,
  supplementKey,
  ReviewTab,
  REVIEW_LEVEL_LIST,
  verdictChanges,
  type DecisionSnapshot,
} from '../../src/core/review';
import { COUNCIL_NOTE, PROPOSAL_EARLIER, reviewNoteDecisionReset, VERDICT_LABELS, reviewNoteProposeNotDat, reviewNoteRequestNoComment, reviewErrorCouncilColumnGone, reviewErrorMissingHeader, reviewNoteDecisionRowLost, reviewNoteSuperseded, reviewNoteVanished, REVIEW_VERDICT_SUPERSEDED, REVIEW_VERDICT_VANISHED, reviewNoteUnknownDecision, reviewNoteEditedAfterReview, summaryReviewProgress, reviewNoteCopiesDisagree } from '../../src/core/messages';
import { gridFor } from '../../src/core/table';


const office = makeSampleOffice({ schools: 10, registrations: 150 });
const tabs = responseTabs(office);
/** The registrations when the response tab holds its first n rows. */
const registrationsAt = (n: number): EvaluatedRegistration[] =>
  evaluateAll({ config: office.config, directoryRows: office.directoryRows, responseValues: tabs.responseValues.slice(0, n + 1), reportValues: tabs.reportValues, firstSent: tabs.firstSent })
    .registrations;
const all = registrationsAt(tabs.responseValues.length - 1);

/** What getValues returns after the writer wrote the tab (strings made literal are read back without the apostrophe). */
function writeThenRead(tab: ReviewTab): unknown[][] {
  const grid = gridFor(tab.header, tab.rows, { rows: 0, cols: 0 });
  return grid.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
}

/** Deterministic shuffle (the office sorting the tab). */
function shuffle<T>(xs: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = () => ((a = (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296);
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const col = (tab: ReviewTab, row: unknown[], k: keyof typeof REVIEW_HEADERS) => row[tab.columns[k]];
const rowOf = (tab: ReviewTab, id: string) => tab.rows.filter((r) => r[tab.columns.id] === id);

describe('mergeReview', () => {
  it('starts a new tab: the standard header, every registration in id order, "Chờ thẩm định"', () => {
    const tab = mergeReview([], all);
    expect(tab.name).toBe(REVIEW_TAB);
    expect(tab.error).toBeNull();
    expect(tab.header).toEqual(Object.values(REVIEW_HEADERS));
    expect(tab.decisionColumn).toBe(6);
    expect(tab.decisions).toEqual(REVIEW_DECISION_LIST);
    expect(tab.rows.map((r) => r[0])).toEqual(all.map((r) => r.id).sort());
    expect(tab.rows.every((r) => r[6] === REVIEW_DECISIONS.pending && r.length === 11)).toBe(true);
    expect(tab.stats).toMatchObject({ rows: all.length, added: all.length, vanished: 0 });
    expect(tab.header[10]).toBe(REVIEW_HEADERS.level); // the award level (issue 15): last, so the others keep their places
    const dat = all.find((r) => r.verdict === 'dat')!;
    const row = rowOf(tab, dat.id)[0];
    expect(row.slice(1, 6)).toEqual([dat.school!.name, dat.kind === 'collective' ? 'Tập thể' : 'Cá nhân', dat.name, 'Đạt', dat.score.total]);
    const notDat = all.find((r) => r.verdict !== 'dat')!;
    expect(rowOf(tab, notDat.id)[0][5]).toBe('');
  });

  it('keeps decisions, comments, reviewers and an extra column through ten merges, new registrations and re-sorting', () => {
    const expected = new Map<string, { decision: string; comment: string; reviewer: string; extra: unknown }>();
    let sheet: unknown[][] = [];
    let n = 40;
    let extraAt = -1;
    for (let round = 0; round < 10; round++) {
      const regs = registrationsAt(n);
      const tab = mergeReview(sheet, regs);
      expect(tab.error).toBeNull();
      // Every registration has exactly one row; every expectation holds.
      const ids = tab.rows.map((r) => r[tab.columns.id]);
      expect(new Set(ids).size).toBe(ids.length);
      for (const r of regs) expect(ids).toContain(r.id);
      for (const [id, e] of expected) {
        const [row] = rowOf(tab, id);
        expect(col(tab, row, 'decision')).toBe(e.decision);
        expect(col(tab, row, 'comment')).toBe(e.comment);
        expect(col(tab, row, 'reviewer')).toBe(e.reviewer);
        if (extraAt >= 0) expect(row[extraAt]).toEqual(e.extra);
      }
      // The office works on the tab: sorts it, decides on a few rows, adds a column of its own (round 2).
      const read = writeThenRead(tab);
      let header = read[0];
      let body = shuffle(read.slice(1), round + 1);
      if (round === 2) {
        header = [...header, 'Ghi chú của Phòng'];
        extraAt = header.length - 1;
        body = body.map((r, i) => [...r, i % 3 === 0 ? `Đã gọi điện ${i}` : '']);
      }
      for (let i = round % 3; i < body.length; i += 7) {
        const r = body[i];
        const id = r[tab.columns.id] as string;
        r[tab.columns.decision] = REVIEW_DECISION_LIST[(i + round) % 4];
        r[tab.columns.comment] = `Nhận xét vòng ${round} — ${id}`;
        r[tab.columns.reviewer] = i % 2 ? 'Nguyễn Văn Bình' : 'Lê Thị Thu';
        expected.set(id, { decision: '', comment: '', reviewer: '', extra: '' });
      }
      for (const r of body) {
        const e = expected.get(r[tab.columns.id] as string);
        if (!e) continue;
        e.decision = r[tab.columns.decision] as string;
        e.comment = r[tab.columns.comment] as string;
        e.reviewer = r[tab.columns.reviewer] as string;
        e.extra = extraAt >= 0 ? r[extraAt] : '';
      }
      sheet = [header, ...body];
      n += 11; // new submissions between rebuilds
    }
    expect(expected.size).toBeGreaterThan(30);
    const final = mergeReview(sheet, all);
    expect(final.header[final.header.length - 1]).toBe('Ghi chú của Phòng');
    for (const [id, e] of expected) {
      const [row] = rowOf(final, id);
      expect([col(final, row, 'decision'), col(final, row, 'comment'), col(final, row, 'reviewer'), row[extraAt]]).toEqual([e.decision, e.comment, e.reviewer, e.extra]);
    }
  });

  it('keeps a row whose registration vanished, with its decision, and flags it', () => {
    const first = mergeReview([], all);
    const read = writeThenRead(first);
    // One with a verdict and a score to lose (review "tests" #4: a replaced one has neither).
    const gone = all.find((r) => !r.flags.supersededBy && r.verdict === 'dat')!;
    const i = read.findIndex((r) => r[0] === gone.id);
    expect(read[i][4]).toBe('Đạt');
    expect(read[i][5]).not.toBe('');
    read[i][6] = REVIEW_DECISIONS.propose;
    read[i][7] = 'Mô hình tốt';
    const tab = mergeReview(read, all.filter((r) => r.id !== gone.id));
    const rows = rowOf(tab, gone.id);
    expect(rows).toHaveLength(1);
    // Who it was stays; where its verdict and score stood, that it is gone: a filter on "Đạt" leaves it out.
    expect(rows[0].slice(0, 8)).toEqual([gone.id, ...read[i].slice(1, 4), REVIEW_VERDICT_VANISHED, '', REVIEW_DECISIONS.propose, 'Mô hình tốt']);
    expect(rows[0][9]).toContain(reviewNoteVanished(gone.id));
    expect(tab.stats.vanished).toBe(1);
    expect(tab.rows).toHaveLength(all.length);
    // It comes back when the registration does: the flag goes, the decision stays.
    const back = mergeReview(writeThenRead(tab), all);
    expect(rowOf(back, gone.id)[0][6]).toBe(REVIEW_DECISIONS.propose);
    expect(rowOf(back, gone.id)[0][9]).not.toContain(reviewNoteVanished(gone.id));
  });

  it('a registration proposed by the council while its verdict is not Đạt: its row says why nothing follows; a Đạt one has no such note (review "tests" #2)', () => {
    const read = writeThenRead(mergeReview([], all));
    const notDat = all.find((r) => !r.flags.supersededBy && r.verdict !== 'dat')!;
    const dat = all.find((r) => !r.flags.supersededBy && r.verdict === 'dat')!;
    for (const r of [notDat, dat]) read[read.findIndex((x) => x[0] === r.id)][6] = REVIEW_DECISIONS.propose;
    const tab = mergeReview(read, all);
    expect(String(rowOf(tab, notDat.id)[0][9])).toContain(reviewNoteProposeNotDat(VERDICT_LABELS[notDat.verdict]));
    expect(String(rowOf(tab, dat.id)[0][9])).not.toContain(reviewNoteProposeNotDat(VERDICT_LABELS[notDat.verdict]).slice(0, 30));
  });

  it('an award level typed that is not in the list is kept as typed and its row says it is left out; a list value in another case is normalised, without a note (review "tests" #3)', () => {
    const read = writeThenRead(mergeReview([], all));
    const level = REVIEW_COLUMNS.indexOf('level');
    const note = REVIEW_COLUMNS.indexOf('note');
    const [bad, cased] = all.filter((r) => !r.flags.supersededBy && r.verdict === 'dat');
    const rowAt = (id: string) => read[read.findIndex((x) => x[0] === id)];
    for (const r of [bad, cased]) rowAt(r.id)[REVIEW_COLUMNS.indexOf('decision')] = REVIEW_DECISIONS.propose;
    rowAt(bad.id)[level] = 'Bằng khen tỉnh';
    const typed = REVIEW_LEVEL_LIST[1].toUpperCase();
    rowAt(cased.id)[level] = typed;
    const tab = mergeReview(read, all);
    const badRow = rowOf(tab, bad.id)[0];
    expect(badRow[level]).toBe('Bằng khen tỉnh');
    expect(String(badRow[note])).toContain(COUNCIL_NOTE.badLevel('Bằng khen tỉnh'));
    const casedRow = rowOf(tab, cased.id)[0];
    expect(casedRow[level]).toBe(REVIEW_LEVEL_LIST[1]);
    expect(String(casedRow[note])).not.toContain(COUNCIL_NOTE.badLevel(typed));
  });

  it('flags superseded registrations, unknown decisions and repeated ids; normalises typed decisions', () => {
    const superseded = all.find((r) => r.flags.supersededBy)!;
    expect(superseded).toBeDefined();
    const read = writeThenRead(mergeReview([], all));
    read[1][6] = 'Đề nghị khen thưởng cấp tỉnh';
    read[2][6] = '  đề NGHỊ   khen ';
    read[3][6] = '';
    read.push([...read[4]]);
    const tab = mergeReview(read, all);
    expect(tab.rows[0][6]).toBe('Đề nghị khen thưởng cấp tỉnh');
    expect(tab.rows[0][9]).toContain(reviewNoteUnknownDecision('Đề nghị khen thưởng cấp tỉnh'));
    expect(tab.rows[1][6]).toBe(REVIEW_DECISIONS.propose);
    expect(tab.rows[2][6]).toBe(REVIEW_DECISIONS.pending);
    expect(tab.rows[tab.rows.length - 1][9]).toContain('đã có ở dòng 5');
    expect(tab.stats).toMatchObject({ unknownDecisions: 1, duplicates: 1, added: 0 });
    expect(rowOf(tab, superseded.id)[0][9]).toContain(reviewNoteSuperseded(superseded.flags.supersededBy!));
    // A replaced registration shows, where its verdict stood, what replaced it, and no score.
    expect(rowOf(tab, superseded.id)[0].slice(4, 6)).toEqual([REVIEW_VERDICT_SUPERSEDED, '']);
    expect(superseded.verdict).toBe('dat');
  });

  it('finds its columns by name in any order, keeps extra columns, re-adds a deleted standard column', () => {
    const base = writeThenRead(mergeReview([], all.slice(0, 20)));
    // The office moves "Quyết định" first, deletes "Nhận xét", inserts a column of its own in the middle.
    const order = [6, 0, 1, 2, 3, 4, 5, 8, 9];
    const header = [...order.map((j) => base[0][j]), 'Xếp hạng của Phòng'];
    const body = base.slice(1).map((r, i) => [...order.map((j) => r[j]), i + 1]);
    body[0][0] = REVIEW_DECISIONS.reject;
    header.splice(3, 0, 'Cột riêng');
    body.forEach((r, i) => r.splice(3, 0, i === 0 ? new Date(2024, 5, 1) : ''));
    const tab = mergeReview([header, ...body], all.slice(0, 25));
    expect(tab.error).toBeNull();
    expect(tab.header.slice(0, 11)).toEqual(header);
    expect(tab.header[11]).toBe(REVIEW_HEADERS.comment);
    expect(tab.decisionColumn).toBe(0);
    expect(tab.rows[0][0]).toBe(REVIEW_DECISIONS.reject);
    expect(tab.rows[0][3]).toEqual(new Date(2024, 5, 1));
    expect(tab.rows.slice(0, 20).map((r) => r[10])).toEqual(body.map((r) => r[10]));
    expect(tab.rows).toHaveLength(25);
    expect(tab.rows.slice(20).every((r) => r[0] === REVIEW_DECISIONS.pending && r[3] === '' && r.length === 13)).toBe(true);
  });

  it('a line of the office’s own under the header (column numbers “(1)” … “(11)”) is kept as typed, never read as a registration (review clerkday #5)', () => {
    const read = writeThenRead(mergeReview([], all.slice(0, 5)));
    const numbers = read[0].map((_, j) => `(${j + 1})`);
    const withLine = [read[0], numbers, ...read.slice(1)];
    const tab = mergeReview(withLine, all.slice(0, 5));
    expect(tab.error).toBeNull();
    expect(tab.rows[0]).toEqual(numbers);
    expect(tab.stats.duplicates).toBe(0);
    expect(tab.rows.slice(1).map((r) => r[tab.columns.id])).toEqual(all.slice(0, 5).map((r) => r.id));
    // A code typed over however ("dk 3"), still a registration's row: told it matches none, not kept silently.
    const typedOver = writeThenRead(mergeReview([], all.slice(0, 5)));
    typedOver[1][0] = 'dk 999';
    const t2 = mergeReview(typedOver, all.slice(0, 5));
    expect(String(t2.rows[0][t2.columns.note])).not.toBe('');
  });

  it('a code typed over with a slip ("DK-000003.", "\'DK-3 (sửa)") is read as the code it names: its decision stands, the row is told (review diff28 #2)', () => {
    const regs5 = all.slice(0, 5);
    const first = writeThenRead(mergeReview([], regs5));
    const dec = REVIEW_COLUMNS.indexOf('decision');
    first[2][dec] = REVIEW_DECISIONS.propose;
    const recorded = new Map(mergeReview(first, regs5).snapshots);
    const code = String(first[2][0]);
    const n = Number(code.slice(3));
    for (const typed of [`${code}.`, `'DK-${n} (sửa)`, `DK/${code.slice(3)}`]) {
      const tab = first.map((r) => r.slice());
      tab[2][0] = typed;
      const merged = mergeReview(tab, regs5, recorded);
      expect(merged.decisionsLost, typed).toEqual([]);
      expect(merged.rows.filter((r) => r[merged.columns.id] === code), typed).toHaveLength(1);
      const row = merged.rows[1];
      expect(row[merged.columns.decision], typed).toBe(REVIEW_DECISIONS.propose);
      expect(String(row[merged.columns.note]), typed).toContain(`Ô “Mã phiếu” của dòng này ghi “${typed}”: công cụ đọc là phiếu ${code}.`);
    }
  });

  it('overwrites nothing when "Mã phiếu" or "Quyết định" is missing: same values and a Vietnamese error', () => {
    const read = writeThenRead(mergeReview([], all.slice(0, 5)));
    for (const [k, j] of [
      ['id', 0],
      ['decision', 6],
    ] as const) {
      const broken = read.map((r) => r.slice());
      broken[0][j] = 'Cột đã đổi tên';
      broken[2][7] = 'Nhận xét giữ nguyên';
      const copy = JSON.parse(JSON.stringify(broken));
      const tab = mergeReview(broken, all);
      expect(tab.error).toBe(reviewErrorMissingHeader(REVIEW_TAB, REVIEW_HEADERS[k]));
      expect(tab.values).toBe(broken);
      expect([tab.header, ...tab.rows]).toEqual(copy);
      expect(JSON.parse(JSON.stringify(broken))).toEqual(copy);
      expect(pendingRequests(tab, all, office.config.organisation)).toEqual([]);
    }
  });

  it("a column of the council's the tab had at its last write, gone (renamed or deleted): nothing written, sent or proposed", () => {
    const first = writeThenRead(mergeReview([], all.slice(0, 5)));
    const header = first[0] as string[];
    const expected = ['comment', 'reviewer', 'level'] as const;
    for (const k of expected) {
      const renamed = first.map((r, i) => (i === 0 ? r.map((h) => (h === REVIEW_HEADERS[k] ? `${h} của Hội đồng` : h)) : r.slice()));
      const tab = mergeReview(renamed, all.slice(0, 5), new Map(), expected);
      expect(tab.error).toBe(reviewErrorCouncilColumnGone(REVIEW_TAB, REVIEW_HEADERS[k], [`${REVIEW_HEADERS[k]} của Hội đồng`]));
      expect(tab.values).toBe(renamed);
      expect(pendingRequests(tab, all, office.config.organisation)).toEqual([]);
      // Deleted: refused too (the message says to add an empty column of that name if that was meant).
      const c = header.indexOf(REVIEW_HEADERS[k]);
      const deleted = first.map((r) => r.filter((_, i) => i !== c));
      expect(mergeReview(deleted, all.slice(0, 5), new Map(), expected).error).toBe(reviewErrorCouncilColumnGone(REVIEW_TAB, REVIEW_HEADERS[k], []));
      // A tab that never had it (from before the column existed): added, whatever the office's own columns are called.
      for (const own of ['Hình thức', 'Khen thưởng', 'Đề nghị', 'Thẩm định', 'Nhận xét của Hội đồng']) {
        const older = mergeReview(deleted.map((r, i) => [...r, i === 0 ? own : '']), all.slice(0, 5), new Map(), expected.filter((x) => x !== k));
        expect(older.error, own).toBeNull();
        expect(older.header.at(-1)).toBe(REVIEW_HEADERS[k]);
      }
    }
    // Every column there, and the office's own beside them: nothing to refuse.
    expect(mergeReview(first.map((r, i) => [...r, i === 0 ? 'Nhận xét riêng' : '']), all.slice(0, 5), new Map(), expected).error).toBeNull();
  });

  it('a registration whose row was deleted after the council decided comes back waiting, with a note, and is listed', () => {
    const values = writeThenRead(mergeReview([], all.slice(0, 4)));
    const header = values[0] as string[];
    const id = String(values[2][0]);
    values[2][header.indexOf(REVIEW_HEADERS.decision)] = REVIEW_DECISIONS.propose;
    const decided = mergeReview(values, all.slice(0, 4));
    expect(decided.snapshots.get(id)!.decision).not.toBe('');
    // The row deleted; the register still holds the decision's snapshot.
    const again = mergeReview(values.filter((_, i) => i !== 2), all.slice(0, 4), decided.snapshots);
    const row = again.rows.find((r) => r[0] === id)!;
    expect(row[header.indexOf(REVIEW_HEADERS.decision)]).toBe(REVIEW_DECISIONS.pending);
    expect(row[header.indexOf(REVIEW_HEADERS.note)]).toBe(reviewNoteDecisionRowLost);
    expect(again.decisionsLost).toEqual([id]);
    // Of the registrations added, only the one with a decision recorded.
    const added = mergeReview(values.slice(0, 2), all.slice(0, 4), decided.snapshots);
    expect(added.stats.added).toBe(3);
    expect(added.decisionsLost).toEqual([id]);
    expect(added.rows.filter((r) => r[header.indexOf(REVIEW_HEADERS.note)] === reviewNoteDecisionRowLost)).toHaveLength(1);
  });

  it('recorded decisions back to "Chờ thẩm định" with their council cells blank, several at once (an older copy), are told', () => {
    const values = writeThenRead(mergeReview([], all.slice(0, 5)));
    const header = values[0] as string[];
    const [dec, comment, note] = [REVIEW_HEADERS.decision, REVIEW_HEADERS.comment, REVIEW_HEADERS.note].map((h) => header.indexOf(h));
    const older = values.map((r) => r.slice());
    for (const i of [1, 2, 3]) {
      values[i][dec] = i === 1 ? REVIEW_DECISIONS.request : REVIEW_DECISIONS.propose;
      values[i][comment] = `Nhận xét ${i}`;
    }
    const decided = mergeReview(values, all.slice(0, 5));
    const ids = [1, 2, 3].map((i) => String(values[i][0]));
    // The tab replaced by the copy made before the council decided: every decision gone at once.
    const reset = mergeReview(older, all.slice(0, 5), decided.snapshots);
    expect(reset.decisionsReset).toEqual(ids);
    for (const id of ids) expect(String(reset.rows.find((r) => r[0] === id)![note])).toContain('trở về “Chờ thẩm định”');
    // Recorded as withdrawn, as the tab says: the next merge says nothing more.
    expect(mergeReview(older, all.slice(0, 5), new Map([...decided.snapshots, ...reset.snapshots])).decisionsReset).toEqual([]);
    // One withdrawn (the council's own act), or several with a comment left: no alarm.
    const one = values.map((r, i) => (i === 2 ? older[2].slice() : r.slice()));
    expect(mergeReview(one, all.slice(0, 5), decided.snapshots).decisionsReset).toEqual([]);
    const commented = values.map((r) => r.slice());
    for (const i of [1, 2, 3]) commented[i][dec] = REVIEW_DECISIONS.pending;
    expect(mergeReview(commented, all.slice(0, 5), decided.snapshots).decisionsReset).toEqual([]);
  });

  it("a note put on top of a row's notes (a decision reset, moved, or copied) keeps the others on their own lines", () => {
    const values = writeThenRead(mergeReview([], all.slice(0, 5)));
    const header = values[0] as string[];
    const [dec, comment, note] = [REVIEW_HEADERS.decision, REVIEW_HEADERS.comment, REVIEW_HEADERS.note].map((h) => header.indexOf(h));
    const older = values.map((r) => r.slice());
    for (const i of [1, 2]) {
      values[i][dec] = REVIEW_DECISIONS.propose;
      values[i][comment] = `Nhận xét ${i}`;
    }
    // Two rounds proposed each (two lines of the tool's own), then the tab replaced by an older copy.
    const rounds = () => `${PROPOSAL_EARLIER.reviewNote('Giấy khen', '01/07/2024', '01/07/2024')}\n${PROPOSAL_EARLIER.reviewNote('Bằng khen UBND tỉnh', '15/10/2024', '15/10/2024')}`;
    const decided = mergeReview(values, all.slice(0, 5), new Map(), [], rounds);
    const reset = mergeReview(older, all.slice(0, 5), decided.snapshots, [], rounds);
    expect(reset.decisionsReset).toHaveLength(2);
    for (const i of [1, 2]) expect(String(reset.rows[i - 1][note]).split('\n')).toEqual([reviewNoteDecisionReset, ...rounds().split('\n')]);
  });

  it('a decision first seen on a row that shows an earlier version (who, school, verdict) is held; touched again on the current one, it is not', () => {
    const first = mergeReview([], all.slice(0, 3));
    const values = writeThenRead(first);
    const header = values[0] as string[];
    const dec = header.indexOf(REVIEW_HEADERS.decision);
    const name = header.indexOf(REVIEW_HEADERS.name);
    const id = String(values[1][0]);
    values[1][dec] = REVIEW_DECISIONS.propose;
    // The registration was renamed since its row was written: the council decided on the old name.
    const renamed = all.slice(0, 3).map((r) => (r.id === id ? ({ ...r, name: `${r.name} (đổi tên)` } as EvaluatedRegistration) : r));
    const held = mergeReview(values, renamed);
    expect(held.stale.has(id)).toBe(true);
    expect(held.snapshots.get(id)!.decidedOn.startsWith('truoc:')).toBe(true);
    // The same decision first seen on a row that shows the registration as it is: recorded, not held.
    const seen = writeThenRead(mergeReview(values, all.slice(0, 3)));
    seen[1][dec] = REVIEW_DECISIONS.propose;
    expect(seen[1][name]).toBe(all.find((r) => r.id === id)!.name);
    const kept = mergeReview(seen, all.slice(0, 3));
    expect(kept.stale.has(id)).toBe(false);
    expect(kept.snapshots.get(id)!.decidedOn.startsWith('truoc:')).toBe(false);
  });

  it("a registration moved to another of its school's names (renamed or merged, the old name in \"Tên cũ\") holds no decision; to another school, it does (review r79m F1)", () => {
    const values = writeThenRead(mergeReview([], all.slice(0, 3)));
    const dec = REVIEW_COLUMNS.indexOf('decision');
    const id = String(values[1][0]);
    values[1][dec] = REVIEW_DECISIONS.propose;
    const decided = mergeReview(values, all.slice(0, 3));
    expect(decided.stale.has(id)).toBe(false);
    const r = all.find((x) => x.id === id)!;
    const old = r.schoolName;
    const merged = { ...r.school!, name: 'Trường Liên cấp Mới', key: 'trường liên cấp mới', former: ['Trường Khác Cũ', old] };
    /** The registration as its school now names it (the edit through its link picking the merged name). */
    const as = (schoolName: string, school: typeof merged | null) => all.slice(0, 3).map((x) => (x.id === id ? ({ ...x, schoolName, school } as EvaluatedRegistration) : x));
    const after = writeThenRead(decided);
    expect(mergeReview(after, as('Trường Liên cấp Mới', merged), decided.snapshots).stale.has(id)).toBe(false);
    // The same, back: recorded under the merged name, edited to the old one.
    expect(mergeReview(after, as('Trường Khác Cũ', merged), decided.snapshots).stale.has(id)).toBe(false);
    // Another school's name (not one of its school's): held, as before.
    const other = { ...merged, former: ['Trường Khác Cũ'] };
    expect(mergeReview(after, as('Trường Liên cấp Mới', other), decided.snapshots).stale.has(id)).toBe(true);
    // A request for more answered under the merged name reads as supplied.
    const asked = writeThenRead(decided);
    asked[1][dec] = REVIEW_DECISIONS.request;
    asked[1][REVIEW_COLUMNS.indexOf('comment')] = 'Bổ sung minh chứng.';
    const requested = mergeReview(asked, all.slice(0, 3), decided.snapshots);
    const resent = as('Trường Liên cấp Mới', merged).map((x) => (x.id === id ? ({ ...x, submittedAt: new Date(2030, 0, 1) } as EvaluatedRegistration) : x));
    const supplied = mergeReview(writeThenRead(requested), resent, requested.snapshots);
    expect(supplied.stale.has(id)).toBe(true);
    expect(String(rowOf(supplied, id)[0][REVIEW_COLUMNS.indexOf('note')])).not.toContain(reviewNoteEditedAfterReview);
  });

  it('a decision taken on a row shown replaced is held once the registration counts again; one taken on its verdict is not held when it is replaced', () => {
    const s = all.find((r) => r.flags.supersededBy && r.verdict === 'dat')!;
    const replacedFlags = s.flags;
    /** The registrations with `s` counting again (its flags only: the record keeps its getters). */
    const unreplacedDo = <T>(fn: () => T): T => {
      s.flags = { unverified: false };
      try {
        return fn();
      } finally {
        s.flags = replacedFlags;
      }
    };
    const unreplaced = all;
    const dec = REVIEW_COLUMNS.indexOf('decision');
    // Shown replaced, decided, then no longer replaced (the registration that replaced it was edited into another).
    const shownReplaced = writeThenRead(mergeReview([], all));
    const i = shownReplaced.findIndex((r) => r[0] === s.id);
    expect(shownReplaced[i][REVIEW_COLUMNS.indexOf('verdict')]).toBe(REVIEW_VERDICT_SUPERSEDED);
    shownReplaced[i][dec] = REVIEW_DECISIONS.propose;
    const held = unreplacedDo(() => mergeReview(shownReplaced, unreplaced));
    expect(held.stale.has(s.id)).toBe(true);
    expect(String(rowOf(held, s.id)[0][REVIEW_COLUMNS.indexOf('note')])).toContain(reviewNoteEditedAfterReview);
    // Shown with its verdict, decided, then replaced: nothing of it is proposed, nothing held.
    const shownDat = unreplacedDo(() => writeThenRead(mergeReview([], unreplaced)));
    const j = shownDat.findIndex((r) => r[0] === s.id);
    expect(shownDat[j][REVIEW_COLUMNS.indexOf('verdict')]).toBe('Đạt');
    shownDat[j][dec] = REVIEW_DECISIONS.propose;
    expect(mergeReview(shownDat, all).stale.has(s.id)).toBe(false);
  });

  it("the council's progress counts a held decision as waiting, and a proposal only of a registration the proposal takes (Đạt)", () => {
    const dat = all.filter((r) => r.verdict === 'dat' && !r.flags.supersededBy);
    const notDat = all.find((r) => r.verdict !== 'dat' && !r.flags.supersededBy)!;
    const values = writeThenRead(mergeReview([], all));
    const dec = REVIEW_COLUMNS.indexOf('decision');
    const at = (id: string) => values.findIndex((r) => r[0] === id);
    values[at(dat[0].id)][dec] = REVIEW_DECISIONS.propose;
    values[at(dat[1].id)][dec] = REVIEW_DECISIONS.propose;
    values[at(dat[2].id)][dec] = REVIEW_DECISIONS.reject;
    values[at(notDat.id)][dec] = REVIEW_DECISIONS.propose;
    const merged = mergeReview(values, all);
    // dat[1]'s decision was taken on an earlier version: held.
    merged.stale.add(dat[1].id);
    expect(reviewProgress(merged, all)).toEqual({ awaiting: dat.length - 2, proposed: 1, requested: 0, rejected: 1, leftOut: 0 });
    // The last documents left a proposed one out (the council's vote): counted among the proposed, and said.
    const left = reviewProgress(merged, all, new Set([dat[0].id, dat[1].id, notDat.id]));
    expect(left).toMatchObject({ proposed: 1, leftOut: 1 });
    expect(summaryReviewProgress(left)).toContain('1 phiếu “Đề nghị khen” (trong đó 1 phiếu không đưa vào tờ trình ở lần tạo văn bản gần nhất');
  });

  it('says when the tab can be rewritten in place: rows (and blank rows among them) kept where they were read, no column added', () => {
    const first = mergeReview([], all.slice(0, 20));
    expect(first.inPlace).toBe(false); // a new tab is written whole
    const read = writeThenRead(first);
    const again = mergeReview(read, all.slice(0, 25));
    expect(again.inPlace).toBe(true);
    // The kept rows stand where they were read; the new ones follow.
    expect(again.rows.slice(0, 20).map((r) => r[0])).toEqual(read.slice(1).map((r) => r[0]));
    expect(again.stats.added).toBe(5);
    // Blank rows below the content change nothing.
    const blank = read[0].map(() => '');
    expect(mergeReview([...read, blank, blank], all.slice(0, 20)).inPlace).toBe(true);
    // A blank row among the rows stays where it is, blank: no row below it moves, still in place.
    const gap = mergeReview([read[0], read[1], blank, ...read.slice(2), blank], all.slice(0, 22));
    expect(gap.inPlace).toBe(true);
    expect(gap.rows.map((r) => r[0])).toEqual([read[1][0], '', ...read.slice(2).map((r) => r[0]), all[20].id, all[21].id]);
    expect(gap.rows[1]).toEqual(blank);
    // A standard column added (the office deleted "Ghi chú"): rewritten whole.
    const note = read[0].indexOf(REVIEW_HEADERS.note);
    const withoutNote = read.map((r) => r.filter((_, i) => i !== note));
    expect(mergeReview(withoutNote, all.slice(0, 20)).inPlace).toBe(false);
    // The office's extra column is part of the read: still in place.
    const extra = read.map((r, i) => [...r, i === 0 ? 'Ghi chú riêng' : '']);
    expect(mergeReview(extra, all.slice(0, 20)).inPlace).toBe(true);
    // A missing key column: nothing is written at all.
    expect(mergeReview(read.map((r) => r.slice(1)), all.slice(0, 20)).inPlace).toBe(false);
  });

  it('is deterministic', () => {
    const read = shuffle(writeThenRead(mergeReview([], all.slice(0, 60))).slice(1), 7);
    const header = Object.values(REVIEW_HEADERS);
    expect(mergeReview([header, ...read], all)).toEqual(mergeReview([header, ...read], registrationsAt(tabs.responseValues.length - 1)));
  });
});

describe('decisions moved onto other rows (one column sorted on its own)', () => {
  const regs = all.filter((r) => !r.flags.supersededBy).slice(0, 12);
  const dec = REVIEW_COLUMNS.indexOf('decision');
  const comment = REVIEW_COLUMNS.indexOf('comment');
  const reviewer = REVIEW_COLUMNS.indexOf('reviewer');
  const note = REVIEW_COLUMNS.indexOf('note');
  /** The tab after the council decided six of twelve rows (two of them with a comment) and a rebuild recorded it. */
  function decided() {
    const values = writeThenRead(mergeReview([], regs));
    const typed: [number, string, string][] = [
      [1, REVIEW_DECISIONS.propose, 'Tiêu biểu.'],
      [3, REVIEW_DECISIONS.reject, ''],
      [4, REVIEW_DECISIONS.request, 'Thiếu minh chứng.'],
      [6, REVIEW_DECISIONS.propose, ''],
      [9, REVIEW_DECISIONS.propose, ''],
      [11, REVIEW_DECISIONS.reject, ''],
    ];
    for (const [row, d, c] of typed) {
      values[row][dec] = d;
      values[row][comment] = c;
      values[row][reviewer] = 'Đ/c Lan';
    }
    const first = mergeReview(values, regs);
    expect(first.moved).toEqual([]);
    const recorded = new Map(first.snapshots);
    return { values: writeThenRead(first), recorded, order: first.order };
  }
  /** The rows' cells of `columns` sorted by the first one's text, the other columns left where they are (Sort range). */
  function sortColumns(values: unknown[][], columns: number[], from = 1, to = values.length): unknown[][] {
    const out = values.map((r) => r.slice());
    const block = values.slice(from, to).map((r) => columns.map((c) => r[c]));
    // As Sheets sorts: blank cells last, whichever the direction.
    block.sort((a, b) => (String(a[0]) === '' ? 1 : 0) - (String(b[0]) === '' ? 1 : 0) || String(a[0]).localeCompare(String(b[0]), 'vi'));
    block.forEach((cells, i) => columns.forEach((c, j) => (out[from + i][c] = cells[j])));
    return out;
  }
  const idAt = (values: unknown[][], row: number) => String(values[row][0]);

  it('the decision column sorted alone: every decision that changed rows is held, its register entry kept, its row told', () => {
    const { values, recorded } = decided();
    const sorted = sortColumns(values, [dec]);
    const changed = values.slice(1).filter((r, i) => sorted[i + 1][dec] !== r[dec]).map((r) => String(r[0]));
    expect(changed.length).toBeGreaterThanOrEqual(3);
    const merged = mergeReview(sorted, regs, recorded);
    expect(merged.moved).toEqual([...changed].sort());
    for (const id of changed) {
      expect(merged.stale.has(id), id).toBe(true);
      // The register keeps its decision, marked held (until the row is put back or confirmed).
      expect(merged.snapshots.get(id)!.decision, id).toBe(recorded.get(id)?.decision ?? '');
      expect(merged.snapshots.get(id)!.decidedOn.startsWith('doi-cho:'), id).toBe(true);
      const row = rowOf(merged, id)[0];
      const was = values.find((r) => r[0] === id)![dec] as string;
      expect(String(row[note])).toMatch(new RegExp(`^Quyết định ở dòng này đã đổi từ “${was}” thành “${String(row[dec])}” cùng lúc với ${changed.length - 1} dòng khác`));
    }
    // Rows that kept their decision are untouched.
    for (const r of merged.rows) if (!changed.includes(String(r[0]))) expect(String(r[note])).not.toMatch(/^Quyết định ở dòng này đã đổi/);
    // Nothing held is e-mailed: the "Yêu cầu bổ sung" moved onto another row asks no school for anything.
    expect(pendingRequests(merged, regs, office.config.organisation)).toEqual([]);
    // Put back (undone): nothing moved, nothing held, no note.
    const back = mergeReview(values, regs, recorded);
    expect(back.moved).toEqual([]);
    expect(back.stale.size).toBe(0);
    expect(back.rows.every((r) => !String(r[note]).startsWith('Quyết định ở dòng này đã đổi'))).toBe(true);
  });

  it('the council’s cells sorted together by the decision (decision, comment, reviewer) without the codes: held as well', () => {
    const { values, recorded } = decided();
    const sorted = sortColumns(values, [dec, comment, reviewer]);
    const merged = mergeReview(sorted, regs, recorded);
    expect(merged.moved.length).toBeGreaterThanOrEqual(3);
    const notes = merged.moved.map((id) => String(rowOf(merged, id)[0][note]));
    for (const n of notes) expect(n).toMatch(/^Quyết định ở dòng này đã đổi/);
    // A decided row now holding another row's comment: its former decision cannot be told from its cells (not named).
    expect(notes.some((n) => n.startsWith('Quyết định ở dòng này đã đổi cùng lúc với'))).toBe(true);
    expect(merged.stale.size).toBe(merged.moved.length);
  });

  it('the council’s own work is not a move: many decided at once, a withdrawal, a supplement cycle, two swapped', () => {
    const { values, recorded } = decided();
    // Every waiting row decided, one decision withdrawn.
    const many = values.map((r) => r.slice());
    for (let i = 1; i < many.length; i++) if (many[i][dec] === REVIEW_DECISIONS.pending) many[i][dec] = REVIEW_DECISIONS.propose;
    many[6][dec] = REVIEW_DECISIONS.pending;
    expect(mergeReview(many, regs, recorded).moved).toEqual([]);
    // The requested row supplemented and proposed, three waiting rows sent a request, two rejected ones proposed.
    const cycle = values.map((r) => r.slice());
    cycle[4][dec] = REVIEW_DECISIONS.propose;
    for (const i of [2, 5, 7]) cycle[i][dec] = REVIEW_DECISIONS.request;
    for (const i of [3, 11]) cycle[i][dec] = REVIEW_DECISIONS.propose;
    const c = mergeReview(cycle, regs, recorded);
    expect(c.moved).toEqual([]);
    expect(c.stale.size).toBe(0);
    // Two decisions swapped (the council's fix of a mix-up): taken as typed.
    const swap = values.map((r) => r.slice());
    [swap[1][dec], swap[3][dec]] = [swap[3][dec], swap[1][dec]];
    const s2 = mergeReview(swap, regs, recorded);
    expect(s2.moved).toEqual([]);
    expect(s2.snapshots.has(idAt(values, 1))).toBe(true);
  });

  /** The register after a merge: `recorded` with the merge's snapshots written over it (what recordDecisions keeps). */
  const after = (recorded: Map<string, DecisionSnapshot>, merged: ReviewTab) => {
    const out = new Map(recorded);
    for (const [id, snap] of merged.snapshots) {
      if (snap.decision === '' && snap.decidedOn === '') out.delete(id);
      else out.set(id, snap);
    }
    return out;
  };

  it('a held move stays held, row by row, whatever else changes: another decision, one row confirmed, a school’s edit', () => {
    const { values, recorded } = decided();
    const sorted = sortColumns(values, [dec]);
    const first = mergeReview(sorted, regs, recorded);
    const moved = first.moved;
    expect(moved.length).toBeGreaterThanOrEqual(4);
    let register = after(recorded, first);
    const rowIndex = (id: string) => sorted.findIndex((r) => r[0] === id);
    // The council decides one more row, not moved: still every moved row held (the new decision counts).
    const other = sorted.findIndex((r, i) => i > 0 && !moved.includes(String(r[0])) && r[dec] === REVIEW_DECISIONS.pending);
    expect(other).toBeGreaterThan(0);
    sorted[other][dec] = REVIEW_DECISIONS.reject;
    const more = mergeReview(sorted, regs, register);
    expect(more.moved).toEqual(moved);
    expect(more.snapshots.get(String(sorted[other][0]))!.decision).not.toBe('');
    register = after(register, more);
    // One row confirmed (its comment changed): that row counts; the others stay held.
    sorted[rowIndex(moved[0])][comment] = 'Xem lại ngày 02/12.';
    const one = mergeReview(sorted, regs, register);
    expect(one.moved).toEqual(moved.slice(1));
    expect(one.stale.has(moved[0])).toBe(false);
    expect(one.snapshots.get(moved[0])!.decidedOn.startsWith('doi-cho:')).toBe(false);
    register = after(register, one);
    // A school's edit merges its one row (the submission path): still held, nothing recorded for it.
    const lone = moved[1];
    const reg = regs.find((r) => r.id === lone)!;
    const single = mergeReview([sorted[0], sorted[rowIndex(lone)]], [reg], register);
    expect(single.stale.has(lone)).toBe(true);
    expect(single.snapshots.has(lone)).toBe(false);
    expect(String(single.rows[0][note])).toMatch(/^Quyết định ở dòng này đã đổi/);
    // A held row whose registration is then replaced by a new one: its hold ends (nothing proposes it any more).
    const replacedReg = regs.find((r) => r.id === moved[2])!;
    const flags = replacedReg.flags;
    replacedReg.flags = { ...flags, supersededBy: 'DK-999999' };
    try {
      const gone = mergeReview(sorted, regs, register);
      expect(gone.moved).not.toContain(moved[2]);
      expect(gone.snapshots.get(moved[2])!.decidedOn.startsWith('doi-cho:')).toBe(false);
    } finally {
      replacedReg.flags = flags;
    }
    // Put back, row by row: each counts as it was, the mark gone.
    const back = sortColumns(sorted, []);
    for (const id of moved.slice(1)) back[rowIndex(id)][dec] = values.find((r) => r[0] === id)![dec];
    const restored = mergeReview(back, regs, register);
    expect(restored.moved).toEqual([]);
    for (const id of moved.slice(1)) expect(restored.snapshots.get(id)?.decidedOn.startsWith('doi-cho:') ?? false, id).toBe(false);
    const settled = mergeReview(back, regs, after(register, restored));
    expect(settled.stale.size).toBe(0);
    expect(settled.moved).toEqual([]);
  });

  it('a decision-only sort is held with award levels chosen, and after the tab was once sorted whole by the decision', () => {
    const { values, recorded } = decided();
    const level = REVIEW_COLUMNS.indexOf('level');
    // Levels chosen on two proposed rows, recorded; then the decision column alone sorted (the levels stay).
    const leveled = values.map((r) => r.slice());
    leveled[1][level] = REVIEW_LEVEL_LIST[1];
    leveled[9][level] = REVIEW_LEVEL_LIST[0];
    const withLevels = mergeReview(leveled, regs, recorded);
    const rec2 = after(recorded, withLevels);
    const m = mergeReview(sortColumns(writeThenRead(withLevels), [dec]), regs, rec2);
    expect(m.moved.length).toBeGreaterThanOrEqual(3);
    // The whole tab sorted by the decision (rows move together: nothing moves between people), recorded; then the
    // decision column alone sorted the other way: held (a sort the other way, not a swap of a few rows).
    const whole = [values[0], ...values.slice(1).sort((a, b) => String(a[dec]).localeCompare(String(b[dec]), 'vi'))];
    const wm = mergeReview(whole, regs, recorded);
    expect(wm.moved).toEqual([]);
    const rec3 = after(recorded, wm);
    const other = writeThenRead(wm);
    const cells = other.slice(1).map((r) => r[dec]).reverse();
    cells.forEach((d, k) => (other[k + 1][dec] = d));
    const back = mergeReview(other, regs, rec3);
    expect(back.moved.length).toBeGreaterThanOrEqual(5);
  });

  it('a sort followed by one decision typed (or one row recorded by a school’s edit) before the next merge is still held', () => {
    const { values, recorded } = decided();
    const sorted = sortColumns(values, [dec]);
    const first = mergeReview(sorted, regs, recorded).moved;
    expect(first.length).toBeGreaterThanOrEqual(6);
    // One moved row recorded as it reads now (a school's edit merged it alone): the rest are still held.
    const one = first[0];
    const reg = regs.find((r) => r.id === one)!;
    const single = mergeReview([sorted[0], sorted.find((r) => r[0] === one)!], [reg], recorded);
    const register = new Map(recorded);
    for (const [id, snap] of single.snapshots) register.set(id, snap);
    const rest = mergeReview(sorted, regs, register);
    expect(rest.moved.length).toBeGreaterThanOrEqual(first.length - 1);
  });

  it('the registration’s columns sorted without the council’s (A:F by “Đơn vị”): every decision that changed people is held (review clerkday #1)', () => {
    const { values, recorded, order } = decided();
    const school = REVIEW_COLUMNS.indexOf('school');
    // Sort range over "Mã phiếu" … "Điểm ưu tiên", keyed by "Đơn vị": the council's cells stay where they were.
    const sorted = sortColumns(values, [school, 0, 2, 3, 4, 5]);
    const changed = sorted.slice(1).filter((r) => values.find((v) => v[0] === r[0])![dec] !== r[dec]).map((r) => String(r[0]));
    expect(changed.length).toBeGreaterThanOrEqual(3);
    // Without the order the last merge left, a move of the rows is not seen: nothing is held (the tool as before).
    expect(mergeReview(sorted, regs, recorded).moved).toEqual([]);
    const merged = mergeReview(sorted, regs, recorded, [], undefined, order);
    expect(merged.moved).toEqual([...changed].sort());
    for (const id of changed) expect(String(rowOf(merged, id)[0][note]), id).toMatch(/^Quyết định ở dòng này đã đổi .*hoặc các cột của phiếu mà không kèm các cột của Hội đồng/);
    expect(pendingRequests(merged, regs, office.config.organisation)).toEqual([]);
    // Keyed by the verdict, the kind or the score (highest first) instead: held likewise (review diff27 #2).
    for (const key of ['verdict', 'kind', 'score'] as const) {
      const k = REVIEW_COLUMNS.indexOf(key);
      // Sheets sorts numbers by value: the score's block highest first, by hand.
      const block = values.slice(1).map((r) => r.slice(0, 6));
      block.sort(key === 'score' ? (a, b) => Number(b[k]) - Number(a[k]) : (a, b) => String(a[k]).localeCompare(String(b[k]), 'vi'));
      const by = values.map((r, i) => (i === 0 ? r.slice() : [...block[i - 1], ...r.slice(6)]));
      const moves = by.slice(1).filter((r) => values.find((v) => v[0] === r[0])![dec] !== r[dec]).map((r) => String(r[0]));
      if (moves.length < 3) continue;
      expect(mergeReview(by, regs, recorded, [], undefined, order).moved, key).toEqual(expect.arrayContaining(moves));
    }
    // Sorted back (undone): nothing held.
    const back = mergeReview(values, regs, recorded, [], undefined, order);
    expect(back.moved).toEqual([]);
    expect(back.stale.size).toBe(0);
  });

  it('every column but the award level sorted by “Đơn vị”: the levels that changed people are held, the note naming them', () => {
    const { values, recorded, order } = decided();
    const level = REVIEW_COLUMNS.indexOf('level');
    const school = REVIEW_COLUMNS.indexOf('school');
    // Every row proposed, levels chosen on every other one, recorded.
    const leveled = values.map((r) => r.slice());
    for (let i = 1; i < leveled.length; i++) {
      leveled[i][dec] = REVIEW_DECISIONS.propose;
      if (i % 2 === 1) leveled[i][level] = REVIEW_LEVEL_LIST[(i >> 1) % 3];
    }
    const withLevels = mergeReview(leveled, regs, recorded, [], undefined, order);
    expect(withLevels.moved).toEqual([]);
    const rec2 = after(recorded, withLevels);
    const before = writeThenRead(withLevels);
    const others = REVIEW_COLUMNS.map((_, i) => i).filter((i) => i !== level && i !== school);
    const sorted = sortColumns(before, [school, ...others]);
    const changed = sorted.slice(1).filter((r) => before.find((v) => v[0] === r[0])![level] !== r[level]).map((r) => String(r[0]));
    expect(changed.length).toBeGreaterThanOrEqual(3);
    const merged = mergeReview(sorted, regs, rec2, [], undefined, withLevels.order);
    expect(merged.moved).toEqual([...changed].sort());
    // At this merge and at the next, while they stay held (review diff27 #3).
    const again = mergeReview(writeThenRead(merged), regs, after(rec2, merged), [], undefined, merged.order);
    expect(again.moved).toEqual(merged.moved);
    for (const tab of [merged, again]) {
      for (const id of changed) {
        const was = String(before.find((v) => v[0] === id)![level]);
        expect(String(rowOf(tab, id)[0][note]), id).toMatch(new RegExp(`^Hình thức khen thưởng ở dòng này đã đổi từ ${was === '' ? '\\(để trống\\)' : `“${was}”`} thành`));
      }
    }
  });

  it('one Bằng khen among Giấy khen, every column but the award level sorted: the two rows it passed between are held; the council moving it by hand is not (review office M1)', () => {
    const { values, recorded, order } = decided();
    const level = REVIEW_COLUMNS.indexOf('level');
    const school = REVIEW_COLUMNS.indexOf('school');
    // Every row proposed, one level chosen, on a row the sort below moves, recorded.
    const leveled = values.map((r) => r.slice());
    for (let i = 1; i < leveled.length; i++) leveled[i][dec] = REVIEW_DECISIONS.propose;
    const others0 = REVIEW_COLUMNS.map((_, i) => i).filter((i) => i !== level && i !== school);
    const moves = sortColumns(values, [school, ...others0]);
    const row = values.findIndex((r, i) => i > 0 && moves[i][0] !== r[0]);
    expect(row).toBeGreaterThan(0);
    leveled[row][level] = REVIEW_LEVEL_LIST[1];
    const withLevel = mergeReview(leveled, regs, recorded, [], undefined, order);
    expect(withLevel.moved).toEqual([]);
    const rec2 = after(recorded, withLevel);
    const before = writeThenRead(withLevel);
    const sorted = sortColumns(before, [school, ...others0]);
    const changed = sorted.slice(1).filter((r) => before.find((v) => v[0] === r[0])![level] !== r[level]).map((r) => String(r[0]));
    expect(changed).toHaveLength(2);
    expect(mergeReview(sorted, regs, rec2, [], undefined, withLevel.order).moved).toEqual([...changed].sort());
    // The council gives the Bằng khen to another row instead, the rows where they were: its own change, not held.
    const byHand = before.map((r) => r.slice());
    const from = byHand.findIndex((r, i) => i > 0 && r[level] === REVIEW_LEVEL_LIST[1]);
    byHand[from][level] = '';
    byHand[from === 1 ? 2 : 1][level] = REVIEW_LEVEL_LIST[1];
    expect(mergeReview(byHand, regs, rec2, [], undefined, withLevel.order).moved).toEqual([]);
  });

  it('the tab sorted whole by “Đơn vị”, then the council gives two rows the same award level before the next merge: its own change, not held as moved', () => {
    const { values, recorded, order } = decided();
    const level = REVIEW_COLUMNS.indexOf('level');
    const school = REVIEW_COLUMNS.indexOf('school');
    const proposed = values.map((r) => r.slice());
    for (let i = 1; i < proposed.length; i++) proposed[i][dec] = REVIEW_DECISIONS.propose;
    const first = mergeReview(proposed, regs, recorded, [], undefined, order);
    expect(first.moved).toEqual([]);
    const rec = after(recorded, first);
    const tab = writeThenRead(first);
    // The clerk sorts the whole tab by school (every column: no decision changes people), then the council, before
    // any merge, raises two neighbouring rows to the same level.
    const whole = [tab[0], ...tab.slice(1).sort((a, b) => String(a[school]).localeCompare(String(b[school]), 'vi'))];
    expect(whole.map((r) => r[0])).not.toEqual(tab.map((r) => r[0]));
    whole[1][level] = REVIEW_LEVEL_LIST[1];
    whole[2][level] = REVIEW_LEVEL_LIST[1];
    const merged = mergeReview(whole, regs, rec, [], undefined, first.order);
    expect(merged.moved).toEqual([]);
    // Taken as decided: recorded with their level.
    for (const id of [whole[1][0], whole[2][0]]) expect(String(rowOf(merged, String(id))[0][level])).toBe(REVIEW_LEVEL_LIST[1]);
  });

  it('the council’s own work on a tab sorted whole by “Đơn vị” is not a move: many decided at once, levels chosen, two swapped', () => {
    const { values, recorded, order } = decided();
    const school = REVIEW_COLUMNS.indexOf('school');
    const level = REVIEW_COLUMNS.indexOf('level');
    const whole = [values[0], ...values.slice(1).sort((a, b) => String(a[school]).localeCompare(String(b[school]), 'vi'))];
    const wm = mergeReview(whole, regs, recorded, [], undefined, order);
    expect(wm.moved).toEqual([]);
    const rec = after(recorded, wm);
    const tab = writeThenRead(wm);
    const merge = (t: unknown[][]) => mergeReview(t, regs, rec, [], undefined, wm.order);
    const many = tab.map((r) => r.slice());
    for (let i = 1; i < many.length; i++) if (many[i][dec] === REVIEW_DECISIONS.pending) many[i][dec] = REVIEW_DECISIONS.propose;
    expect(merge(many).moved).toEqual([]);
    // A mix-up put right (one proposed and one rejected swapped) while one is withdrawn and another proposed: balanced,
    // on a tab that reads sorted by school, but no row moved (review diff27 #1).
    const fix = tab.map((r) => r.slice());
    const at = (d: string) => fix.findIndex((r, i) => i > 0 && r[dec] === d);
    const [p1, r1] = [at(REVIEW_DECISIONS.propose), at(REVIEW_DECISIONS.reject)];
    [fix[p1][dec], fix[r1][dec]] = [fix[r1][dec], fix[p1][dec]];
    fix[fix.findIndex((r, i) => i > 0 && i !== p1 && r[dec] === REVIEW_DECISIONS.propose)][dec] = REVIEW_DECISIONS.pending;
    fix[at(REVIEW_DECISIONS.pending)][dec] = REVIEW_DECISIONS.propose;
    expect(merge(fix).moved).toEqual([]);
    const levels = tab.map((r) => r.slice());
    let k = 0;
    for (let i = 1; i < levels.length; i++) if (levels[i][dec] === REVIEW_DECISIONS.propose) levels[i][level] = REVIEW_LEVEL_LIST[k++ % 3];
    expect(k).toBeGreaterThanOrEqual(3);
    expect(merge(levels).moved).toEqual([]);
    const swap = tab.map((r) => r.slice());
    const p = swap.findIndex((r, i) => i > 0 && r[dec] === REVIEW_DECISIONS.propose);
    const j = swap.findIndex((r, i) => i > 0 && r[dec] === REVIEW_DECISIONS.reject);
    [swap[p][dec], swap[j][dec]] = [swap[j][dec], swap[p][dec]];
    expect(merge(swap).moved).toEqual([]);
  });

  it('changes by hand that balance out are the council’s: two proposed and two rejected swapped, not in sorted order', () => {
    const { values, recorded } = decided();
    // Rows 1, 6 proposed; 3, 11 rejected: swapped by hand (a quota), the column not left sorted.
    const swapped = values.map((r) => r.slice());
    for (const [a, b] of [[1, 3], [6, 11]] as const) [swapped[a][dec], swapped[b][dec]] = [swapped[b][dec], swapped[a][dec]];
    const m = mergeReview(swapped, regs, recorded);
    expect(m.moved).toEqual([]);
    expect(m.stale.size).toBe(0);
    // Neighbouring rows: two proposed above two rejected, turned round by hand (the run reads sorted before and after).
    const four = writeThenRead(mergeReview([], regs));
    [REVIEW_DECISIONS.propose, REVIEW_DECISIONS.propose, REVIEW_DECISIONS.reject, REVIEW_DECISIONS.reject].forEach((d, k) => (four[k + 1][dec] = d));
    const rec4 = new Map(mergeReview(four, regs).snapshots);
    const turned = four.map((r) => r.slice());
    [REVIEW_DECISIONS.reject, REVIEW_DECISIONS.reject, REVIEW_DECISIONS.propose, REVIEW_DECISIONS.propose].forEach((d, k) => (turned[k + 1][dec] = d));
    const t = mergeReview(turned, regs, rec4);
    expect(t.moved).toEqual([]);
    expect(t.stale.size).toBe(0);
  });

});

describe('pendingRequests', () => {
  const target = all.find((r) => r.verdict === 'canBoSung' && !r.flags.supersededBy) || all.find((r) => r.verdict === 'chuaDat' && !r.flags.supersededBy)!;
  const superseded = all.find((r) => r.flags.supersededBy)!;
  const decide = (comment: string) => {
    const read = writeThenRead(mergeReview([], all));
    for (const r of read) {
      if (r[0] === target.id || r[0] === superseded.id) {
        r[6] = REVIEW_DECISIONS.request;
        r[7] = comment;
        r[8] = 'Trần Văn An';
      }
    }
    return mergeReview(read, all);
  };

  it('returns what to e-mail the school for each "Yêu cầu bổ sung", keyed by registration and comment', () => {
    const merged = decide('Đề nghị bổ sung <minh chứng> của Chỉ thị 05');
    const reqs = pendingRequests(merged, all, office.config.organisation);
    expect(reqs.map((r) => r.registrationId)).toEqual([target.id]); // the superseded one is left out
    const req = reqs[0];
    // What stands between it and Đạt: data problems and mandatory criteria (not the priority-only ones).
    // (As the school reads them: without the row of the office's response tab.)
    const toFix = [...target.problems, ...target.results.filter((x) => x.mandatory)].filter((f) => f.status === 'notMet' || f.status === 'missing').map((f) => withoutSheetRow(f.message));
    expect(toFix.length).toBeGreaterThan(0);
    expect(req.items).toEqual(toFix);
    expect(req.schoolName).toBe(target.school!.name);
    expect(req.recipients[0]).toBe(target.email);
    expect(req.recipients).toEqual(expect.arrayContaining(target.school!.emails));
    expect(req.email.to).toBe(req.recipients.join(','));
    expect(req.email.subject).toContain(target.id);
    expect(req.email.body).toContain('Đề nghị bổ sung <minh chứng> của Chỉ thị 05');
    expect(req.email.htmlBody).toContain('&lt;minh chứng&gt;');
    expect(req.email.htmlBody).not.toContain('<minh');
    for (const m of toFix) expect(req.email.body).toContain(m);
    expect(req.key).toBe(supplementKey(target.id, 'Đề nghị bổ sung <minh chứng> của Chỉ thị 05'));
    // Under the subject, a phone's inbox shows the council's comment, not "Kính gửi: …" (review mail M4).
    expect(req.email.htmlBody).toMatch(/^<div style="display:none;[^"]*">Hội đồng đề nghị: Đề nghị bổ sung &lt;minh chứng&gt; của Chỉ thị 05<\/div>/);
    // Its first line only: the council writes what to supply and by when there.
    const twoLines = pendingRequests(decide('Bổ sung ảnh hoạt động trước ngày 15/12/2026\nGửi kèm biên bản'), all, office.config.organisation)[0];
    expect(twoLines.email.htmlBody).toMatch(/^<div style="display:none;[^"]*">Hội đồng đề nghị: Bổ sung ảnh hoạt động trước ngày 15\/12\/2026<\/div>/);
    // Its edit link: the address in the plain part, a link under words in the HTML part (review mobile M1).
    const edit = 'https://docs.google.com/forms/d/e/x/viewform?edit2=2_abc';
    expect(req.withLink(edit).body).toContain(edit);
    expect(req.withLink(edit).htmlBody).toContain(`<a href="${edit}">đường dẫn sửa phiếu ${target.id}</a>`);
    // Same decision after another rebuild: same key (sent once); a new comment: a new key.
    expect(pendingRequests(mergeReview(writeThenRead(merged), all), all, office.config.organisation)[0].key).toBe(req.key);
    expect(pendingRequests(decide('Bổ sung thêm ảnh'), all, office.config.organisation)[0].key).not.toBe(req.key);
    // Other decisions send nothing.
    expect(pendingRequests(mergeReview([], all), all, office.config.organisation)).toEqual([]);
  });
  it('leaves out of the request an address the school shares with another school (review privacy #3; tests2 M1)', () => {
    // The school as the directory gives it when another row lists its first address (parseDirectory's sharedEmails).
    const school = target.school as { emails: string[]; sharedEmails?: string[] };
    const shared = 'cum1@example.edu.vn';
    school.emails.push(shared);
    school.sharedEmails = [shared];
    try {
      const read = writeThenRead(mergeReview([], all));
      for (const r of read) if (r[0] === target.id) [r[6], r[7], r[8]] = [REVIEW_DECISIONS.request, 'Bổ sung minh chứng.', 'Trần Văn An'];
      const [req] = pendingRequests(mergeReview(read, all), all, office.config.organisation);
      expect(req.registrationId).toBe(target.id);
      expect(req.recipients).not.toContain(shared);
      expect(req.recipients).toContain(target.email.trim().toLowerCase());
    } finally {
      school.emails.pop();
      delete school.sharedEmails;
    }
  });
  it('"Yêu cầu bổ sung" without its comment yet: no letter, and its row says it waits for the comment (review "twohands" #3)', () => {
    const merged = decide('');
    expect(pendingRequests(merged, all, office.config.organisation)).toEqual([]);
    expect(String(rowOf(merged, target.id)[0][merged.columns.note])).toContain(reviewNoteRequestNoComment);
    // The superseded one says nothing of a letter (none would go).
    expect(String(rowOf(merged, superseded.id)[0][merged.columns.note])).not.toContain(reviewNoteRequestNoComment);
    // Blank lines are no comment either; once written, the letter goes, and the note is gone.
    expect(pendingRequests(decide(' \n '), all, office.config.organisation)).toEqual([]);
    const written = decide('Bổ sung minh chứng trước ngày 15/7/2024.');
    expect(pendingRequests(written, all, office.config.organisation).map((r) => r.registrationId)).toEqual([target.id]);
    expect(String(rowOf(written, target.id)[0][written.columns.note])).not.toContain(reviewNoteRequestNoComment);
  });

  it('two "Yêu cầu bổ sung" rows for one code with different comments: no letter until one row is left, both rows told (review "tests" #6, office #2)', () => {
    const read = writeThenRead(mergeReview([], all));
    const i = read.findIndex((r) => r[0] === target.id);
    read[i][6] = REVIEW_DECISIONS.request;
    read[i][7] = 'Bổ sung minh chứng của Chỉ thị 05';
    read[i][8] = 'Trần Văn An';
    // The row pasted again below, with another list of what to fix.
    const copy = [...read[i]];
    copy[7] = 'Bổ sung ảnh hoạt động';
    read.push(copy);
    const merged = mergeReview(read, all);
    expect(rowOf(merged, target.id)).toHaveLength(2);
    // Which list the council meant cannot be told: held, each row naming the other.
    expect(pendingRequests(merged, all, office.config.organisation)).toEqual([]);
    expect(merged.stale.has(target.id)).toBe(true);
    const [first, second] = rowOf(merged, target.id).map((r) => String(r[merged.columns.note]));
    expect(first).toContain(reviewNoteCopiesDisagree(target.id, read.length));
    expect(second).toContain(reviewNoteCopiesDisagree(target.id, i + 1));
    // A copy that says the same is only told as a second row: the letter goes.
    const same = mergeReview([...read.slice(0, -1), [...read[i]]], all);
    expect(same.stale.has(target.id)).toBe(false);
    expect(pendingRequests(same, all, office.config.organisation).map((r) => r.comment)).toEqual(['Bổ sung minh chứng của Chỉ thị 05']);
    // The copy deleted: the letter goes, with the first row's list.
    const reqs = pendingRequests(mergeReview(read.slice(0, -1), all), all, office.config.organisation);
    expect(reqs.map((r) => r.registrationId)).toEqual([target.id]);
    expect(reqs[0].key).toBe(supplementKey(target.id, 'Bổ sung minh chứng của Chỉ thị 05'));
  });
});

describe('verdictChanges', () => {
  const regs = all.filter((r) => !r.flags.supersededBy);
  const verdict = REVIEW_COLUMNS.indexOf('verdict');

  it('a verdict cell typed over or emptied is not a change of the verdict; a cell showing another verdict is (review "tests" #8)', () => {
    const values = writeThenRead(mergeReview([], regs));
    expect(verdictChanges(values, regs)).toEqual([]);
    const [a, b, c] = regs.filter((r) => r.verdict === 'dat');
    const at = (id: string) => values.findIndex((r) => r[0] === id);
    // Typed over and emptied by hand, nothing else changed: no change to log.
    values[at(a.id)][verdict] = 'Đạt (đã gọi điện)';
    values[at(b.id)][verdict] = '';
    expect(verdictChanges(values, regs)).toEqual([]);
    // A cell showing another verdict: the run changed it.
    values[at(c.id)][verdict] = VERDICT_LABELS.chuaDat;
    expect(verdictChanges(values, regs)).toEqual([{ id: c.id, was: VERDICT_LABELS.chuaDat, now: VERDICT_LABELS.dat }]);
  });

  it('a registration whose response row is gone is a change to "Dòng phiếu đã bị xóa", once (review audit #7)', () => {
    const values = writeThenRead(mergeReview([], regs));
    const [gone] = regs.filter((r) => r.verdict === 'dat');
    const left = regs.filter((r) => r !== gone);
    const row = values.find((r) => r[0] === gone.id)!;
    expect(verdictChanges(values, left)).toEqual([{ id: gone.id, was: VERDICT_LABELS.dat, now: REVIEW_VERDICT_VANISHED, shown: { school: String(row[1]), name: gone.name } }]);
    // As the merge then shows it: no change again.
    expect(verdictChanges(writeThenRead(mergeReview(values, left)), left)).toEqual([]);
  });

  it('a code typed over ("DK-3") is the registration it names, as the merge reads it: no false "row deleted", its real change found (review history L3)', () => {
    const values = writeThenRead(mergeReview([], regs));
    const [a] = regs.filter((r) => r.verdict === 'dat');
    const row = values.find((r) => r[0] === a.id)!;
    row[0] = `DK-${Number(a.id.slice(3))}`;
    expect(row[0]).not.toBe(a.id);
    expect(verdictChanges(values, regs)).toEqual([]);
    row[verdict] = VERDICT_LABELS.chuaDat;
    expect(verdictChanges(values, regs)).toEqual([{ id: a.id, was: VERDICT_LABELS.chuaDat, now: VERDICT_LABELS.dat }]);
  });
});
