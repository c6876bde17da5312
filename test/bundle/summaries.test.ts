// "Cập nhật tổng hợp" through the bundle: the review survives, school tabs hold only their school, rebuilds are
// idempotent, a failed write leaves no tab half-written, generated tabs are protected and literal.
import { describe, expect, it } from 'vitest';
import { Q, R, SELF_DECLARED, initiativeTitles } from '../../src/core/registration-form';
import { typeIntoTab } from '../../scripts/season';
import { makeSampleOffice } from '../../sample/office';
import { SCHOOLS, alertsShown, collectiveAnswers, directoryRows, individualAnswers, officeAfterSetup } from './helpers';
import { AWARD_LEVEL_HEADER, REVIEW_DECISIONS, SUMMARY_BLOCK_TITLES, SUMMARY_TOTAL, summaryReviewProgress } from '../../src/core/messages';

const GENERATED = ['Kết quả kiểm tra', 'Tổng hợp', ...SCHOOLS.map((s) => s.name)];

function snapshot(emu: ReturnType<typeof officeAfterSetup>['emu'], tabs: string[]) {
  return Object.fromEntries(tabs.map((t) => [t, emu.spreadsheets.values(t)]));
}

function submitMany(ctx: ReturnType<typeof officeAfterSetup>, n: number, offset = 0) {
  for (let i = 0; i < n; i++) {
    const s = SCHOOLS[(i + offset) % SCHOOLS.length];
    const base = (i + offset) % 2 === 0 ? collectiveAnswers() : individualAnswers('teacher');
    const name = (i + offset) % 2 === 0 ? Q.collectiveName : Q.individualName;
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...base, [Q.school]: s.name, [name]: `Đối tượng ${i + offset}` }, { email: s.emails[0] });
  }
}

/** Types a council decision into the review tab, as a person would. */
function decide(ctx: ReturnType<typeof officeAfterSetup>, id: string, decision: string, comment: string) {
  const values = ctx.emu.spreadsheets.values('Thẩm định');
  const header = values[0] as string[];
  const row = values.findIndex((r) => r[0] === id);
  expect(row).toBeGreaterThan(0);
  const next = values.map((r) => [...r]);
  next[row][header.indexOf('Quyết định của Hội đồng')] = decision;
  next[row][header.indexOf('Nhận xét')] = comment;
  next[row][header.indexOf('Người thẩm định')] = 'Đ/c Phó trưởng phòng';
  typeIntoTab(ctx.emu, 'Thẩm định', next);
}

describe('rebuildSummaries', () => {
  it('two rebuilds in a row give identical tabs', () => {
    const ctx = officeAfterSetup();
    submitMany(ctx, 6);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const first = snapshot(ctx.emu, [...GENERATED, 'Thẩm định']);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(snapshot(ctx.emu, [...GENERATED, 'Thẩm định'])).toEqual(first);
  });

  it('review decisions typed by hand survive ten rebuilds and new submissions between them', () => {
    const ctx = officeAfterSetup();
    submitMany(ctx, 4);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    decide(ctx, 'DK-000002', 'Đề nghị khen', 'Mô hình tiêu biểu, đề nghị khen.');
    decide(ctx, 'DK-000003', 'Không đề nghị', 'Chưa đủ thành tích.');
    for (let i = 0; i < 10; i++) {
      submitMany(ctx, 1, 10 + i);
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    }
    const review = ctx.emu.spreadsheets.values('Thẩm định');
    expect(review).toHaveLength(1 + 14);
    const byId = new Map(review.slice(1).map((r) => [r[0], r]));
    expect(byId.get('DK-000002')!.slice(6, 9)).toEqual(['Đề nghị khen', 'Mô hình tiêu biểu, đề nghị khen.', 'Đ/c Phó trưởng phòng']);
    expect(byId.get('DK-000003')![6]).toBe('Không đề nghị');
    expect(byId.get('DK-000015')![6]).toBe('Chờ thẩm định');
  });

  it('"Yêu cầu bổ sung" e-mails the school what to add, once', () => {
    const ctx = officeAfterSetup();
    const email = SCHOOLS[1].emails[0];
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [initiativeTitles(2).name]: '' }, { email });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    decide(ctx, 'DK-000002', 'Yêu cầu bổ sung', 'Bổ sung số quyết định công nhận sáng kiến.');
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const requests = ctx.emu.mail.sent.filter((m) => m.to.includes(email) && /bổ sung/i.test(m.subject) && !m.subject.includes('Đã nhận'));
    expect(requests).toHaveLength(1);
    expect(requests[0].body).toContain('Bổ sung số quyết định công nhận sáng kiến.');
    expect(requests[0].body).toContain(initiativeTitles(2).name);
  });

  it("a school's tab holds that school's data and nothing of another school", () => {
    const ctx = officeAfterSetup();
    submitMany(ctx, 9);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const results = ctx.emu.spreadsheets.values('Kết quả kiểm tra');
    for (const school of SCHOOLS) {
      const tab = ctx.emu.spreadsheets.values(school.name);
      const text = JSON.stringify(tab);
      for (const other of SCHOOLS) if (other !== school) expect(text).not.toContain(other.name);
      const mine = results.slice(1).filter((r) => r[1] === school.name).map((r) => r[0]);
      const ids = tab.flat().filter((v) => typeof v === 'string' && /^DK-\d{6}$/.test(v));
      expect(ids.sort()).toEqual(mine.sort());
    }
  });

  it('generated tabs are protected with a warning, say they are generated, and hold answers as text', () => {
    const ctx = officeAfterSetup();
    ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.collectiveName]: '=HYPERLINK("http://x.example","bấm")' }, { email: SCHOOLS[0].emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const file = ctx.emu.spreadsheets.active;
    for (const name of GENERATED) {
      const sheet = ctx.emu.spreadsheets.sheet(name)!;
      const protection = file.protections.find((p) => p.sheetId === sheet.id && p.type === 'SHEET' && !p.removed);
      expect(protection, name).toMatchObject({ warningOnly: true });
      for (let r = 1; r <= sheet.lastRow(); r++) for (let c = 1; c <= sheet.lastColumn(); c++) expect(sheet.cell(r, c)?.formula ?? '').toBe('');
    }
    expect(JSON.stringify(ctx.emu.spreadsheets.values('Tổng hợp'))).toContain('do công cụ tự tạo');
    expect(JSON.stringify(ctx.emu.spreadsheets.values(SCHOOLS[0].name))).toContain('=HYPERLINK');
    expect(ctx.emu.spreadsheets.sheet('Tổng hợp')!.charts).toHaveLength(1);
    // The review tab is the council's own: not protected.
    const review = ctx.emu.spreadsheets.sheet('Thẩm định')!;
    expect(file.protections.some((p) => p.sheetId === review.id && !p.removed)).toBe(false);
  });

  it('Tổng hợp as written: every number and its heading centred, names left as typed, the title row not wrapped', () => {
    const ctx = officeAfterSetup();
    submitMany(ctx, 6);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const sheet = ctx.emu.spreadsheets.sheet('Tổng hợp')!;
    const values = ctx.emu.spreadsheets.values('Tổng hợp');
    let numbers = 0;
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v !== 'number') return;
        numbers++;
        expect(sheet.cell(i + 1, j + 1)?.horizontalAlignment, `row ${i + 1} column ${j + 1}`).toBe('center');
        // The heading above the number (the block's header row) is centred alike.
        let h = i;
        while (h > 0 && typeof values[h - 1][j] === 'number') h--;
        if (h > 0 && values[h - 1][j] !== '') expect(sheet.cell(h, j + 1)?.horizontalAlignment).toBe('center');
      }),
    );
    expect(numbers).toBeGreaterThan(50);
    for (let r = 2; r <= values.length; r++) expect(sheet.cell(r, 1)?.horizontalAlignment).toBeUndefined();
    expect(sheet.cell(1, 1)?.wrap ?? false).toBe(false);
  });

  it('Tổng hợp after its blocks moved: bold only where this layout has titles, headers and totals, set in one call', () => {
    const ctx = officeAfterSetup();
    submitMany(ctx, 6);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const blockRow = (title: string) => ctx.emu.spreadsheets.values('Tổng hợp').findIndex((r) => r[0] === title) + 1;
    const before = blockRow(SUMMARY_BLOCK_TITLES.schools);
    // Two schools join the directory, with nothing registered yet: the shortfall list grows by two rows and the
    // blocks below it move down, over rows that were the last layout's title, header and total.
    const joined = [
      { ...SCHOOLS[0], code: 'MN02', name: 'Trường Mầm non Sen Hồng', emails: ['mnsenhong@example.edu.vn'] },
      { ...SCHOOLS[2], code: 'CS02', name: 'Trường THCS Ngọc Lan', emails: ['thcsngoclan@example.edu.vn'] },
    ];
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows([...SCHOOLS, ...joined]));
    ctx.emu.runtime.resetCalls();
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const calls = new Map(ctx.emu.runtime.callTable());
    expect(blockRow(SUMMARY_BLOCK_TITLES.schools)).toBe(before + 2);
    const sheet = ctx.emu.spreadsheets.sheet('Tổng hợp')!;
    const values = ctx.emu.spreadsheets.values('Tổng hợp');
    const titles = new Set<string>(Object.values(SUMMARY_BLOCK_TITLES));
    const boldRows = new Set<number>([1]);
    values.forEach((row, i) => {
      if (titles.has(String(row[0]))) boldRows.add(i + 1).add(i + 2); // a block's title and its header below
      if (row[0] === SUMMARY_TOTAL) boldRows.add(i + 1);
    });
    expect(boldRows.size).toBe(1 + 6 * 2 + 4);
    for (let r = 1; r <= values.length; r++) {
      for (let c = 1; c <= values[0].length; c++) {
        expect(sheet.cell(r, c)?.fontWeight === 'bold', `row ${r} (${values[r - 1][0]}) column ${c}`).toBe(boldRows.has(r));
      }
    }
    // Bold in one call a tab formatted (Tổng hợp, and school tabs whose layout changed), never one per row.
    expect((calls.get('Range.setFontWeight') ?? 0) + (calls.get('Range.setFontWeights') ?? 0)).toBeLessThanOrEqual(1 + joined.length + SCHOOLS.length);
  });

  it.each([
    ['the Sheets advanced service', {}],
    ['SpreadsheetApp alone', { advancedServices: [] }],
  ] as const)('a school tab whose blocks moved at the same size is formatted for its new layout, and only then (%s)', (_, opts) => {
    const ctx = officeAfterSetup(SCHOOLS, opts);
    const school = SCHOOLS[0];
    const submit = (answers: Record<string, unknown>, editResponseId?: string) => {
      ctx.emu.clock.advance(60_000);
      return ctx.emu.forms.submitAsUser(ctx.formId, { ...answers, [Q.school]: school.name }, { email: school.emails[0], editResponseId });
    };
    const teacher = (name: string) => ({ ...individualAnswers('teacher'), [Q.individualName]: name });
    submit(teacher('Lê Thị Hoa'));
    submit({ ...collectiveAnswers(), [Q.collectiveName]: 'Tổ Toán' });
    // The school registers the same teacher again: the first registration is replaced, a line above the list says so.
    const again = submit(teacher('Lê Thị Hoa'));
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const before = ctx.emu.spreadsheets.values(school.name);
    const headerAt = (values: unknown[][]) => values.findIndex((r) => r[0] === 'Mã phiếu') + 1;
    // It meant another teacher: the line goes, the list gains a row; the tab keeps its height, its table moves up.
    submit(teacher('Trần Văn Nam'), again.responseId);
    ctx.emu.runtime.resetCalls();
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const values = ctx.emu.spreadsheets.values(school.name);
    expect(values.length).toBe(before.length);
    const header = headerAt(values);
    expect(header).toBe(headerAt(before) - 1);
    const sheet = ctx.emu.spreadsheets.sheet(school.name)!;
    for (let r = 1; r <= values.length; r++) expect(sheet.cell(r, 1)?.fontWeight === 'bold', `row ${r}`).toBe(r === 1 || r === header);
    for (let r = 2; r <= header; r++) expect(sheet.cell(r, 1)?.wrap ?? false, `row ${r}`).toBe(false);
    for (let r = header + 1; r <= values.length; r++) expect(sheet.cell(r, 1)?.wrap, `row ${r}`).toBe(true);
    // That tab alone was formatted again (Tổng hợp's blocks did not move: no school joined or left its lists).
    expect(ctx.emu.runtime.count('Range.setFontWeights')).toBe(1);
    // A steady rebuild formats nothing.
    ctx.emu.runtime.resetCalls();
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(ctx.emu.runtime.count('Range.setFontWeights') + ctx.emu.runtime.count('Range.setWrap')).toBe(0);
  });

  it("Tổng hợp gives the council's progress: Đạt registrations waiting, and each decision taken", () => {
    const ctx = officeAfterSetup();
    submitMany(ctx, 6);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const verdicts = new Map(ctx.emu.spreadsheets.values('Thẩm định').slice(1).map((r) => [String(r[0]), String(r[4])]));
    const dat = [...verdicts].filter(([, v]) => v === 'Đạt').map(([id]) => id);
    expect(dat.length).toBeGreaterThanOrEqual(3);
    decide(ctx, dat[0], REVIEW_DECISIONS.propose, 'Tốt');
    decide(ctx, dat[1], REVIEW_DECISIONS.request, 'Bổ sung minh chứng');
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const line = ctx.emu.spreadsheets.values('Tổng hợp').find((r) => String(r[0]).startsWith('Thẩm định của Hội đồng'));
    expect(line?.[0]).toBe(summaryReviewProgress({ awaiting: dat.length - 2, proposed: 1, requested: 1, rejected: 0 }));
  });

  it('a new Thẩm định gives every column a width, the award level about 30 characters', () => {
    const ctx = officeAfterSetup();
    submitMany(ctx, 2);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const sheet = ctx.emu.spreadsheets.sheet('Thẩm định')!;
    const header = ctx.emu.spreadsheets.values('Thẩm định')[0];
    const level = header.indexOf(AWARD_LEVEL_HEADER) + 1;
    expect(level).toBe(header.length);
    for (let c = 1; c <= header.length; c++) expect(sheet.columnWidths.has(c), String(header[c - 1])).toBe(true);
    // "Bằng khen của Chủ tịch UBND tỉnh" (32 characters) on one line, not five.
    expect(sheet.columnWidths.get(level)).toBeGreaterThanOrEqual(210);
    expect(sheet.columnWidths.get(level)).toBeLessThanOrEqual(260);
  });

  it('data the rebuild cannot use as written goes to Nhật ký lỗi once, and Tình trạng says so on each run', () => {
    const ctx = officeAfterSetup();
    submitMany(ctx, 3);
    const config = ctx.emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
    const row = config.findIndex((r) => r[0] === 'Ngày kiểm tra');
    config[row][1] = 'ngày 5 tháng 6'; // text, not a date
    typeIntoTab(ctx.emu, 'Cấu hình', config);
    const health = () => ctx.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Cập nhật tổng hợp')!;
    const logged = () => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1).filter((r) => String(r[2]).includes('ngày 5 tháng 6')) : []);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(logged()).toHaveLength(1);
    expect(logged()[0][1]).toBe('Cập nhật tổng hợp');
    expect(health()[2]).toBe('Xong, có vấn đề dữ liệu');
    expect(String(health()[3])).toContain('1 vấn đề dữ liệu (xem trang “Nhật ký lỗi”)');
    // The next run finds the same problem: Tình trạng says it again, the log does not grow.
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(logged()).toHaveLength(1);
    expect(health()[2]).toBe('Xong, có vấn đề dữ liệu');
    // Fixed: the run succeeds plainly.
    config[row][1] = '';
    typeIntoTab(ctx.emu, 'Cấu hình', config);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(health()[2]).toBe('Thành công');
    expect(logged()).toHaveLength(1);
  });

  it('a date left in "Ngày kiểm tra" is said at every rebuild and at Thiết lập, and no calendar notice goes while it is there (review "settings" #1)', () => {
    const ctx = officeAfterSetup();
    submitMany(ctx, 3);
    const config = ctx.emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
    const row = config.findIndex((r) => r[0] === 'Ngày kiểm tra');
    config[row][1] = '15/05/2024';
    typeIntoTab(ctx.emu, 'Cấu hình', config);
    const said = (m: string) => m.includes(`dòng ${row + 1}, mục “Ngày kiểm tra” đang ghi ngày 15/05/2024`);
    const logged = () => ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1).filter((r) => said(String(r[2])));
    const health = () => ctx.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Cập nhật tổng hợp')!;
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(logged()).toHaveLength(1);
    expect(String(health()[3])).toContain('1 vấn đề dữ liệu (xem trang “Nhật ký lỗi”)');
    const alerts = alertsShown(ctx.emu).length;
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    expect(alertsShown(ctx.emu).slice(alerts).some(said)).toBe(true);
    expect(ctx.emu.mail.sent.filter((m) => /” từ ngày \d|thay đổi từ ngày/.test(m.subject))).toEqual([]);
    // Cleared: checked as of the day of the run again, and the rebuild says nothing more of it.
    config[row][1] = '';
    typeIntoTab(ctx.emu, 'Cấu hình', config);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(health()[2]).toBe('Thành công');
  });

  it('verdicts a rebuild changes (a setting edited in Cấu hình) are named once to the office; those the schools\' edits changed are not (review "settings" #3)', () => {
    const ctx = officeAfterSetup();
    submitMany(ctx, 6);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const verdicts = () => new Map(ctx.emu.spreadsheets.values('Thẩm định').slice(1).map((r) => [String(r[0]), String(r[4])]));
    const before = verdicts();
    const changedLines = () => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2])).filter((m) => m.startsWith('Lần cập nhật này đổi kết luận tự động')) : []);
    // A school edits a registration through its edit link, turning its verdict (answered by its own confirmation):
    // nothing to say of it.
    const mine = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Đối tượng sửa' };
    const sent = ctx.emu.forms.submitAsUser(ctx.formId, mine, { email: SCHOOLS[1].emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...mine, [SELF_DECLARED['CN-03-THANH-TICH'].evidence!]: '' }, { email: SCHOOLS[1].emails[0], editResponseId: sent.responseId });
    expect(verdicts().get('DK-000008')).not.toBe('Đạt');
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(changedLines()).toEqual([]);
    // "Cấu hình" edited (the checks as of 15/02/2025: the year 2024's Party and union ratings are due by then): some verdicts turn.
    const config = ctx.emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
    config[config.findIndex((r) => r[0] === 'Ngày kiểm tra')][1] = '15/02/2025';
    typeIntoTab(ctx.emu, 'Cấu hình', config as string[][]);
    const mid = verdicts();
    // The first run to write "Thẩm định" whole says it: here a progress report's submission (a full run).
    const period = ctx.emu.forms.forms.get(ctx.reportFormId)!.itemByTitle(R.period)!.choices[0].value;
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.reportFormId, { [R.school]: SCHOOLS[0].name, [R.period]: period, [R.docRef]: 'Số 12/KH-MNHS ngày 02/07/2024', [R.summary]: 'Đã ban hành kế hoạch.', [R.link]: '' }, { email: SCHOOLS[0].emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const after = verdicts();
    const changed = [...after].filter(([id, v]) => mid.has(id) && mid.get(id) !== v).map(([id]) => id);
    expect(changed.length).toBeGreaterThan(0);
    expect(changedLines()).toHaveLength(1);
    expect(ctx.emu.spreadsheets.values('Nhật ký lỗi').find((r) => String(r[2]).startsWith('Lần cập nhật này'))![1]).toBe('Kiểm tra khi có phiếu mới');
    expect(changedLines()[0]).toContain(`đổi kết luận tự động của ${changed.length} phiếu`);
    // A cell typed over is among the causes it names (review clerkday #11): nothing changed then, no school to tell.
    expect(changedLines()[0]).toContain('hoặc do ô “Kết luận tự động” của phiếu đã bị gõ đè ở trang “Thẩm định”');
    for (const id of changed) expect(changedLines()[0]).toContain(id);
    // Said once: the next rebuild changes nothing.
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(changedLines()).toHaveLength(1);
    expect(before.size).toBeGreaterThan(0);
  });

  it('the decision and award-level columns of Thẩm định keep one dropdown rule each however many rebuilds add rows', () => {
    const ctx = officeAfterSetup();
    for (let i = 0; i < 4; i++) {
      submitMany(ctx, 2, 2 * i);
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    }
    const review = ctx.emu.spreadsheets.sheet('Thẩm định')!;
    expect(ctx.emu.spreadsheets.values('Thẩm định').length).toBeGreaterThan(8);
    // One rule for the decision column and one for the award level's (issue 15), however many rebuilds.
    expect(review.validations).toHaveLength(2);
  });

  const nonBlank = (rows: unknown[][]) => rows.filter((r) => r.some((v) => v !== ''));

  // SpreadsheetApp writes the results and the review; the Sheets advanced service the generated tabs (batch-write.ts).
  const sheetsApi = ['Sheets.Spreadsheets.get', 'Sheets.Spreadsheets.batchUpdate', 'Sheets.Spreadsheets.Values.batchUpdate'];
  for (const method of ['Range.setValues', 'Sheet.insertRowsAfter', 'Range.setWrap', 'Range.getValues', ...sheetsApi]) {
    it(`a failure injected into any ${method} of a rebuild leaves each tab as before or as after, and the next converges`, () => {
      /** An office after one rebuild, 30 rows more arrived (no trigger rebuilds yet), and the tabs as the rebuild left them. */
      const arrange = () => {
        const ctx = officeAfterSetup();
        submitMany(ctx, 6);
        ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
        const before = snapshot(ctx.emu, GENERATED);
        ctx.emu.triggers.triggers.splice(0);
        submitMany(ctx, 30, 6);
        return { ctx, before };
      };
      // Every call of the method the rebuild makes is faulted in turn, as counted in a rebuild without a fault (a
      // failure the rebuild handles itself is one outcome too, checked like the others: review tests #2).
      const clean = arrange().ctx;
      const calls0 = clean.emu.runtime.count(method);
      clean.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      const total = clean.emu.runtime.count(method) - calls0;
      expect(total).toBeGreaterThan(0);
      let failures = 0;
      for (let nth = 1; nth <= total; nth++) {
        const { ctx, before } = arrange();
        ctx.emu.runtime.failOn(method, nth);
        try {
          ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
        } catch {
          failures++;
        }
        ctx.emu.runtime.clearFaults();
        const partial = snapshot(ctx.emu, GENERATED);
        ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
        const after = snapshot(ctx.emu, GENERATED);
        for (const tab of GENERATED) {
          const seen = JSON.stringify(nonBlank(partial[tab]));
          expect([JSON.stringify(nonBlank(before[tab])), JSON.stringify(nonBlank(after[tab]))], `${tab} after failure #${nth}`).toContain(seen);
        }
        ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
        expect(snapshot(ctx.emu, GENERATED)).toEqual(after);
        expect(after['Kết quả kiểm tra']).toHaveLength(37);
      }
      expect(failures).toBeGreaterThan(0);
    });
  }

  it('above the configured number of schools, groups the school tabs and offers a lookup tab', () => {
    const office = makeSampleOffice({ schools: 12, registrations: 60, seed: 5 });
    const ctx = officeAfterSetup(SCHOOLS);
    typeIntoTab(ctx.emu, 'Đơn vị', office.directoryRows);
    const config = ctx.emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
    const row = config.findIndex((r) => r[0] === 'Số đơn vị tối đa có trang riêng');
    config[row][1] = 5;
    typeIntoTab(ctx.emu, 'Cấu hình', config);
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    for (const s of office.submissions.filter((x) => x.editOf === undefined).slice(0, 30)) {
      ctx.emu.forms.submitAsUser(ctx.formId, s.answers, { email: s.email, at: s.at });
    }
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const names = ctx.emu.spreadsheets.sheetNames();
    expect(names).toContain('Tra cứu đơn vị');
    const schoolNames = office.directoryRows.slice(1).map((r) => r[1]);
    expect(names.filter((n) => schoolNames.includes(n))).toEqual([]); // no per-school tab any more
    const lookup = ctx.emu.spreadsheets.sheet('Tra cứu đơn vị')!;
    const formulas: string[] = [];
    for (let r = 1; r <= lookup.lastRow(); r++) for (let c = 1; c <= lookup.lastColumn(); c++) if (lookup.cell(r, c)?.formula) formulas.push(lookup.cell(r, c)!.formula!);
    expect(formulas.some((f) => f.includes('FILTER') && f.includes('Kết quả kiểm tra'))).toBe(true);
    expect(lookup.validations.length).toBeGreaterThan(0);
  });
});

// Review clerkday #8: a school tab renamed by a clerk kept its old figures forever, and the rebuild made a second one.
describe('a school tab renamed by hand', () => {
  it.each([true, false])('is left as it is, the school\'s tab made again, said once to the office (Sheets service: %s)', (services) => {
    const ctx = officeAfterSetup(SCHOOLS, services ? {} : { advancedServices: [] });
    const [school] = SCHOOLS;
    const send = (name: string) => ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name }, { email: school.emails[0] });
    send('Lê Thị Hoa');
    const rebuild = () => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    rebuild();
    ctx.emu.runtime.execute(() => {
      const file = ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet();
      file.getSheetByName(school.name)!.setName('Hoa Sen - theo dõi');
    }, { label: 'user typing' });
    send('Trần Văn Nam');
    rebuild();
    const names = ctx.emu.spreadsheets.sheetNames();
    // The renamed tab keeps what it showed (a copy kept on purpose loses nothing: review diff30 #4); the school's is made
    // again with today's figures.
    expect(names).toContain(school.name);
    expect(names).toContain('Hoa Sen - theo dõi');
    expect(ctx.emu.spreadsheets.values(school.name).flat().map(String)).toContain('Trần Văn Nam');
    expect(ctx.emu.spreadsheets.values('Hoa Sen - theo dõi').flat().map(String)).not.toContain('Trần Văn Nam');
    // With the Sheets service the tool knows the tab by its id and says so, once; without it the ids are not recorded.
    const said = () => (ctx.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []).filter((m) => m.includes('“Hoa Sen - theo dõi” là trang tự tạo'));
    expect(said()).toHaveLength(services ? 1 : 0);
    rebuild();
    expect(said()).toHaveLength(services ? 1 : 0);
  });
  it('"Tổng hợp" renamed (to keep a printed copy): kept as it is, made again with today\'s figures, said once (review office #5)', () => {
    const ctx = officeAfterSetup();
    const [school] = SCHOOLS;
    const send = (name: string) => ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name }, { email: school.emails[0] });
    const rebuild = () => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    send('Lê Thị Hoa');
    rebuild();
    const before = ctx.emu.spreadsheets.values('Tổng hợp');
    ctx.emu.spreadsheets.sheet('Tổng hợp')!.name = 'Tổng hợp bản in';
    send('Trần Văn Nam');
    rebuild();
    rebuild();
    expect(ctx.emu.spreadsheets.sheetNames()).toContain('Tổng hợp');
    expect(ctx.emu.spreadsheets.values('Tổng hợp bản in')).toEqual(before);
    const said = ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])).filter((m) => m.includes('“Tổng hợp bản in” là trang tự tạo “Tổng hợp”'));
    expect(said).toHaveLength(1);
  });
});
