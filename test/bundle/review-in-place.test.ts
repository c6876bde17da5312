// "Thẩm định" is never written whole once it has content (src/gas/rows.ts writeInPlace, src/jobs/summaries.ts
// updateReview): a rebuild that changes many blocks (the office's own rows break the coded ones into stretches), that
// adds many rows (a burst of registrations no submission added) or that adds a column the tab lacks writes only the
// tool's cells, so that a decision the council types while it works — between the run's read and its write — stays.
// With the Sheets service every block and new row goes in one call; without it, one setValues a block, one appendRow a
// new row.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { insertTabRows, typeCell } from '../../scripts/user';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const REVIEW = 'Thẩm định';
const DECISION = 'Quyết định của Hội đồng';
const COMMENT = 'Nhận xét';

function submit(ctx: Ctx, n: number, offset = 0): void {
  for (let i = 0; i < n; i++) {
    const s = SCHOOLS[(i + offset) % SCHOOLS.length];
    const collective = (i + offset) % 2 === 0;
    ctx.emu.clock.advance(60_000);
    const base = collective ? collectiveAnswers() : individualAnswers('teacher');
    ctx.emu.forms.submitAsUser(ctx.formId, { ...base, [Q.school]: s.name, [collective ? Q.collectiveName : Q.individualName]: `Đối tượng ${i + offset}` }, { email: s.emails[0] });
  }
}

function rebuild(ctx: Ctx): void {
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
}

const header = (ctx: Ctx) => ctx.emu.spreadsheets.values(REVIEW)[0] as string[];
const rowOf = (ctx: Ctx, code: string) => ctx.emu.spreadsheets.values(REVIEW).findIndex((r) => r[header(ctx).indexOf('Mã phiếu')] === code) + 1;

/** Types the council's decision and comment for `code`, as a person would. */
function decide(ctx: Ctx, code: string, decision: string, comment: string): void {
  const row = rowOf(ctx, code);
  expect(row, code).toBeGreaterThan(1);
  typeCell(ctx.emu, REVIEW, row, header(ctx).indexOf(DECISION) + 1, decision);
  typeCell(ctx.emu, REVIEW, row, header(ctx).indexOf(COMMENT) + 1, comment);
}

/** The council's decision and comment on `code`'s row. */
function councilCells(ctx: Ctx, code: string): [unknown, unknown] {
  const values = ctx.emu.spreadsheets.values(REVIEW);
  const h = values[0] as string[];
  const row = values.find((r) => r[h.indexOf('Mã phiếu')] === code);
  return [row?.[h.indexOf(DECISION)], row?.[h.indexOf(COMMENT)]];
}

/**
 * What the office did before the rebuild, making its write large:
 * - blocks: the office's own row (no code) under every coded row, every row's name typed over (given back by the
 *   rebuild) and a note typed into its "Ghi chú" (kept, under the tool's line saying so: review office L1): two blocks a
 *   stretch, 18 in all (past the former limit of 12, when the tab was written whole);
 * - rows: 55 registrations arrived while no trigger ran (none has its row yet: 55 rows to add, past the former 50);
 * - column: the "Điểm ưu tiên" column (the tool's) deleted by a person (the rebuild adds it again, at the tab's end).
 */
type Kind = 'blocks' | 'rows' | 'column';
function setUp(kind: Kind, services: boolean) {
  const ctx = officeAfterSetup(SCHOOLS, services ? {} : { advancedServices: [] });
  submit(ctx, 9);
  rebuild(ctx);
  decide(ctx, 'DK-000003', 'Đề nghị khen', 'Mô hình tiêu biểu.');
  if (kind === 'blocks') {
    for (let i = 10; i >= 2; i--) {
      const code = `DK-${String(i).padStart(6, '0')}`;
      const row = rowOf(ctx, code);
      typeCell(ctx.emu, REVIEW, row, header(ctx).indexOf('Tên') + 1, 'gõ nhầm');
      typeCell(ctx.emu, REVIEW, row, header(ctx).indexOf('Ghi chú') + 1, 'ghi nhầm');
      insertTabRows(ctx.emu, REVIEW, row, 1);
      typeCell(ctx.emu, REVIEW, row + 1, header(ctx).indexOf('Tên') + 1, `Dòng riêng của phòng ${i - 1}`);
    }
  } else if (kind === 'rows') {
    ctx.emu.triggers.triggers.splice(0); // the registrations arrive; none is handled before the rebuild
    submit(ctx, 55, 9);
  } else {
    const at = header(ctx).indexOf('Điểm ưu tiên') + 1;
    ctx.emu.runtime.execute(() => ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW)!.deleteColumns(at, 1), { kind: 'node', label: 'user typing' });
  }
  return ctx;
}

/**
 * The rebuild, traced; with `act` done just before its call number `at` (null: not at all). `changes`: the calls after
 * which "Thẩm định" held other values than before them (the rebuild's writes to it), by their place in the trace.
 */
function run(ctx: Ctx, act: (() => void) | null, at: number | null) {
  const changes: number[] = [];
  let calls = 0;
  let last = JSON.stringify(ctx.emu.spreadsheets.values(REVIEW));
  const stop = ctx.emu.runtime.onCall(() => {
    const now = JSON.stringify(ctx.emu.spreadsheets.values(REVIEW));
    if (now !== last) changes.push(calls - 1);
    last = now;
    calls++;
  });
  ctx.emu.runtime.trace = [];
  if (act && at !== null) ctx.emu.runtime.interleave(act, { afterCalls: at });
  rebuild(ctx);
  stop();
  const trace = ctx.emu.runtime.trace;
  ctx.emu.runtime.trace = null;
  expect(ctx.emu.runtime.interleaveErrors).toEqual([]);
  return { trace, changes };
}

describe('"Thẩm định" written in place whatever the size of the change: a decision typed meanwhile stays', () => {
  const cases: Array<[Kind, boolean]> = [
    ['blocks', true],
    ['blocks', false],
    ['rows', true],
    ['rows', false],
    ['column', true],
    ['column', false],
  ];
  it.each(cases)('%s (Sheets service: %s)', (kind, services) => {
    // The dry run: where the rebuild writes the tab, and with which calls.
    const dry = setUp(kind, services);
    const { trace, changes } = run(dry, null, null);
    expect(changes.length).toBeGreaterThan(0);
    // The council types two decisions just before the rebuild's first write to the tab (after it read and merged it).
    const ctx = setUp(kind, services);
    const type = () => {
      decide(ctx, 'DK-000005', 'Đề nghị khen', 'Gõ trong lúc tổng hợp.');
      decide(ctx, 'DK-000003', 'Không đề nghị', 'Đổi ý trong lúc tổng hợp.');
    };
    run(ctx, type, changes[0]);
    expect(councilCells(ctx, 'DK-000005')).toEqual(['Đề nghị khen', 'Gõ trong lúc tổng hợp.']);
    expect(councilCells(ctx, 'DK-000003')).toEqual(['Không đề nghị', 'Đổi ý trong lúc tổng hợp.']);
    // And the next rebuild keeps them.
    rebuild(ctx);
    expect(councilCells(ctx, 'DK-000005')).toEqual(['Đề nghị khen', 'Gõ trong lúc tổng hợp.']);
    expect(councilCells(ctx, 'DK-000003')).toEqual(['Không đề nghị', 'Đổi ý trong lúc tổng hợp.']);

    // The calls that wrote the tab in the dry run.
    const writes = changes.map((i) => trace[i]);
    if (services) {
      // One call of the Sheets service for every block and every new row.
      expect(writes).toEqual(['Sheets.Spreadsheets.batchUpdate']);
    } else {
      // One setValues a block (18 for `blocks`); a new row one appendRow each (placed where the tab ends when it runs).
      expect(new Set(writes)).toEqual(new Set([kind === 'rows' ? 'Sheet.appendRow' : 'Range.setValues']));
      expect(writes.length).toBe(kind === 'blocks' ? 18 : kind === 'rows' ? 55 : 1);
    }
    // The tab as the office expects it: every registration once, its cells given back, the office's rows kept.
    const values = dry.emu.spreadsheets.values(REVIEW);
    const h = values[0] as string[];
    const codes = values.slice(1).map((r) => String(r[h.indexOf('Mã phiếu')])).filter((c) => c !== '');
    expect(codes.length).toBe(kind === 'rows' ? 64 : 9);
    expect(new Set(codes).size).toBe(codes.length);
    expect(values.some((r) => r.includes('gõ nhầm'))).toBe(false);
    if (kind === 'blocks') expect(values.filter((r) => String(r[h.indexOf('Ghi chú')]).endsWith('\nghi nhầm')).length).toBe(9);
    if (kind === 'blocks') expect(values.filter((r) => String(r[h.indexOf('Tên')]).startsWith('Dòng riêng của phòng')).length).toBe(9);
    if (kind === 'column') expect(h[h.length - 1]).toBe('Điểm ưu tiên');
    expect(councilCells(dry, 'DK-000003')).toEqual(['Đề nghị khen', 'Mô hình tiêu biểu.']);
  });
});

describe('a row inserted above in the instant the new rows are written', () => {
  // The new rows are placed by Sheets where the tab ends when the write runs (appendCells; appendRow each), not by the
  // row number the check saw: written by number, they would land on the last row read, pushed down by the insert.
  it.each([true, false])('the last row read keeps its decision (Sheets service: %s)', (services) => {
    const prepare = () => {
      const ctx = setUp('rows', services);
      decide(ctx, 'DK-000010', 'Đề nghị khen', 'Dòng cuối.');
      return ctx;
    };
    const dry = prepare();
    const { changes } = run(dry, null, null);
    const ctx = prepare();
    run(ctx, () => insertTabRows(ctx.emu, REVIEW, 3, 1), changes[0]);
    expect(councilCells(ctx, 'DK-000010')).toEqual(['Đề nghị khen', 'Dòng cuối.']);
    rebuild(ctx);
    expect(councilCells(ctx, 'DK-000010')).toEqual(['Đề nghị khen', 'Dòng cuối.']);
  });
});

describe('many new rows without the Sheets service', () => {
  it('one appendRow each up to 100, the rest in one write below them: every registration once, no decision lost', () => {
    const ctx = officeAfterSetup(SCHOOLS, { advancedServices: [] });
    submit(ctx, 3);
    rebuild(ctx);
    decide(ctx, 'DK-000003', 'Đề nghị khen', 'Mô hình tiêu biểu.');
    ctx.emu.triggers.triggers.splice(0); // a backlog: no trigger runs until the rebuild
    submit(ctx, 130, 3);
    const appends = ctx.emu.calls.get('Sheet.appendRow') ?? 0;
    rebuild(ctx);
    expect((ctx.emu.calls.get('Sheet.appendRow') ?? 0) - appends).toBe(100);
    const codes = ctx.emu.spreadsheets.values(REVIEW).slice(1).map((r) => r[0]);
    expect(codes).toEqual(Array.from({ length: 133 }, (_, i) => `DK-${String(i + 2).padStart(6, '0')}`));
    expect(councilCells(ctx, 'DK-000003')).toEqual(['Đề nghị khen', 'Mô hình tiêu biểu.']);
  });

  it("written below every row read: a council column of formulas that show nothing keeps its formulas", () => {
    const ctx = officeAfterSetup(SCHOOLS, { advancedServices: [] });
    submit(ctx, 6);
    rebuild(ctx);
    const width = header(ctx).length;
    ctx.emu.runtime.execute(
      () => {
        const sheet = ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW)!;
        sheet.getRange(1, width + 1).setValue('Tra cứu của Hội đồng');
        sheet.getRange(2, 1, 7, width).clearContent();
      },
      { kind: 'node', label: 'user typing' },
    );
    // Formulas that show nothing (the emulation does not evaluate formulas: each cell set as Sheets would hold it).
    const model = ctx.emu.spreadsheets.sheet(REVIEW)!;
    for (let r = 2; r <= 40; r++) model.setCell(r, width + 1, { value: '', formula: `=IF(A${r}="";"";1)` });
    rebuild(ctx);
    const sheet = ctx.emu.spreadsheets.sheet(REVIEW)!;
    for (let r = 2; r <= 40; r++) expect(sheet.cell(r, width + 1)?.formula, `row ${r}`).toBe(`=IF(A${r}="";"";1)`);
    expect(rowOf(ctx, 'DK-000002')).toBe(41);
  });

  it('a tab emptied but for its header gets its rows in one write', () => {
    const ctx = officeAfterSetup(SCHOOLS, { advancedServices: [] });
    submit(ctx, 120);
    rebuild(ctx);
    const rows = ctx.emu.spreadsheets.values(REVIEW).length;
    ctx.emu.runtime.execute(() => ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW)!.getRange(2, 1, rows - 1, 8).clearContent(), { kind: 'node', label: 'user typing' });
    const appends = ctx.emu.calls.get('Sheet.appendRow') ?? 0;
    rebuild(ctx);
    expect((ctx.emu.calls.get('Sheet.appendRow') ?? 0) - appends).toBe(0);
    expect(ctx.emu.spreadsheets.values(REVIEW).slice(1).filter((r) => String(r[0]).startsWith('DK-'))).toHaveLength(120);
  });
});

describe('a tab whose first row is blank above its content', () => {
  it('is not taken for a blank tab: nothing written over the council, the office told what to put right', () => {
    for (const services of [true, false]) {
      const ctx = officeAfterSetup(SCHOOLS, services ? {} : { advancedServices: [] });
      submit(ctx, 3);
      rebuild(ctx);
      decide(ctx, 'DK-000003', 'Đề nghị khen', 'Mô hình tiêu biểu.');
      // A row inserted above the header (to put a title there later).
      insertTabRows(ctx.emu, REVIEW, 0, 1);
      const before = ctx.emu.spreadsheets.values(REVIEW);
      submit(ctx, 2, 3);
      rebuild(ctx);
      // Every row as it was (a submission without the service may append its own row below: nothing written over).
      expect(ctx.emu.spreadsheets.values(REVIEW).slice(0, before.length), `services ${services}`).toEqual(before);
      const log = ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
      expect(log.some((l) => l.includes('dòng 1 đang trống'))).toBe(true);
      // The blank row deleted, the next rebuild goes on from the decisions as typed.
      ctx.emu.runtime.execute(() => ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW)!.deleteRow(1), { kind: 'node', label: 'user typing' });
      rebuild(ctx);
      expect(councilCells(ctx, 'DK-000003')).toEqual(['Đề nghị khen', 'Mô hình tiêu biểu.']);
      expect(rowOf(ctx, 'DK-000005')).toBeGreaterThan(1);
    }
  });
});

describe('a title typed in a row above the header (review clerkday #4)', () => {
  it('stops the tab with what to put right, said once, counted in "Tình trạng"; the row deleted, the tab goes on', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    submit(ctx, 3);
    rebuild(ctx);
    decide(ctx, 'DK-000003', 'Đề nghị khen', 'Mô hình tiêu biểu.');
    insertTabRows(ctx.emu, REVIEW, 0, 1);
    typeCell(ctx.emu, REVIEW, 1, 1, 'DANH SÁCH THẨM ĐỊNH ĐỢT 1 NĂM 2024');
    const before = ctx.emu.spreadsheets.values(REVIEW);
    submit(ctx, 2, 3);
    rebuild(ctx);
    rebuild(ctx);
    expect(ctx.emu.spreadsheets.values(REVIEW).slice(0, before.length)).toEqual(before);
    const log = ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
    const told = log.filter((l) => l.includes('đang ở dòng 2, trong khi phải ở dòng 1'));
    // Once, over two submissions and two rebuilds; not taken for a renamed column.
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('hãy xóa dòng 1 phía trên dòng tiêu đề');
    expect(log.some((l) => l.includes('hãy khôi phục tên cột'))).toBe(false);
    const health = ctx.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Cập nhật tổng hợp')!.map(String);
    expect(health[2]).not.toBe('Thành công');
    expect(health.join(' ')).toContain('1 vấn đề dữ liệu');
    expect(health.join(' ')).toContain('đang ở dòng 2, trong khi phải ở dòng 1');
    // The title deleted: the next rebuild adds the new registrations and keeps the decision.
    ctx.emu.runtime.execute(() => ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW)!.deleteRow(1), { kind: 'node', label: 'user typing' });
    rebuild(ctx);
    expect(councilCells(ctx, 'DK-000003')).toEqual(['Đề nghị khen', 'Mô hình tiêu biểu.']);
    expect(rowOf(ctx, 'DK-000005')).toBeGreaterThan(1);
    expect(ctx.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Cập nhật tổng hợp')![2]).toBe('Thành công');
  });
});

describe('the registration’s columns sorted without the council’s (review clerkday #1, diff27 #1)', () => {
  it('a Sort range over A:F by “Đơn vị” holds every decision it moved: no letter, each row told, the office told', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    submit(ctx, 9);
    rebuild(ctx);
    decide(ctx, 'DK-000003', 'Đề nghị khen', 'Tiêu biểu.');
    decide(ctx, 'DK-000004', 'Yêu cầu bổ sung', 'Bổ sung minh chứng.');
    decide(ctx, 'DK-000006', 'Đề nghị khen', 'Xuất sắc.');
    decide(ctx, 'DK-000008', 'Không đề nghị', 'Trùng.');
    rebuild(ctx);
    const h = header(ctx);
    const cells = () => new Map(ctx.emu.spreadsheets.values(REVIEW).slice(1).map((r) => [String(r[0]), String(r[h.indexOf(DECISION)])]));
    const decided = cells();
    const mails = ctx.emu.mail.sent.length;
    // The clerk selects A:F and sorts it by "Đơn vị" (Dữ liệu → Sắp xếp dải ô): the council's columns stay.
    ctx.emu.runtime.execute(
      () => {
        const range = ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW)!.getRange(2, 1, 9, 6);
        const block = range.getValues().sort((a, b) => String(a[1]).localeCompare(String(b[1]), 'vi'));
        range.setValues(block);
      },
      { kind: 'node', label: 'user typing' },
    );
    rebuild(ctx);
    const now = cells();
    const moved = [...now].filter(([code, d]) => decided.get(code) !== d).map(([code]) => code);
    expect(moved.length).toBeGreaterThanOrEqual(3);
    const notes = ctx.emu.spreadsheets.values(REVIEW).slice(1).filter((r) => moved.includes(String(r[0]))).map((r) => String(r[h.indexOf('Ghi chú')]));
    for (const n of notes) expect(n).toMatch(/^Quyết định ở dòng này đã đổi/);
    expect(ctx.emu.mail.sent.slice(mails).filter((m) => m.subject.includes('bổ sung hồ sơ'))).toEqual([]);
    const log = ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
    expect(log.some((l) => l.includes('đã đổi chỗ cho nhau kể từ lần cập nhật trước'))).toBe(true);
  });
});

describe('a second header line of the office’s own (review clerkday #5)', () => {
  it('is kept as typed, and so are the two rows the office froze', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    submit(ctx, 3);
    rebuild(ctx);
    insertTabRows(ctx.emu, REVIEW, 1, 1);
    const width = header(ctx).length;
    for (let c = 1; c <= width; c++) typeCell(ctx.emu, REVIEW, 2, c, `(${c})`);
    ctx.emu.runtime.execute(() => ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW)!.setFrozenRows(2), { kind: 'node', label: 'user typing' });
    submit(ctx, 2, 3);
    rebuild(ctx);
    expect(ctx.emu.spreadsheets.values(REVIEW)[1].slice(0, width)).toEqual(Array.from({ length: width }, (_, i) => `(${i + 1})`));
    expect(ctx.emu.spreadsheets.sheet(REVIEW)!.frozenRows).toBe(2);
    expect(rowOf(ctx, 'DK-000006')).toBeGreaterThan(2);
  });
});

describe('the emulation of appendCells (Spreadsheets.batchUpdate)', () => {
  it('writes the rows below the last row with data, growing the grid, text as given', () => {
    const ctx = officeAfterSetup();
    submit(ctx, 3);
    const emu = ctx.emu;
    const api = emu.globals.Sheets!;
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    const values = emu.spreadsheets.values(REVIEW);
    const sheet = emu.spreadsheets.sheet(REVIEW)!;
    const maxRows = sheet.maxRows;
    const rows = Array.from({ length: maxRows + 2 }, (_, i) => ({ values: [{ userEnteredValue: { stringValue: i === 0 ? '=1+1' : `X${i}` } }, { userEnteredValue: { numberValue: i } }] }));
    emu.runtime.execute(() => api.Spreadsheets.batchUpdate({ requests: [{ appendCells: { sheetId: sheet.id, rows, fields: 'userEnteredValue' } }] }, ss.getId()), { kind: 'node', label: 'appendCells' });
    const now = emu.spreadsheets.values(REVIEW);
    expect(now.slice(0, values.length)).toEqual(values);
    expect(now[values.length].slice(0, 2)).toEqual(['=1+1', 0]);
    expect(sheet.cell(values.length + 1, 1)?.formula).toBeUndefined();
    expect(now.length).toBe(values.length + maxRows + 2);
    expect(sheet.maxRows).toBe(values.length + maxRows + 2);
  });
});
