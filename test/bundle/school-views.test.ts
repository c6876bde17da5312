// Issue 18 through the bundle: read-only views for schools, made by the rebuild over several executions within a
// small daily quota of spreadsheets, each holding only its school's rows and shared only with its addresses.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { deleteTabRow } from '../../scripts/user';
import { VIEW_LINK_HEADER, VIEW_NOTE, VIEW_TAB, directoryErrorSharedEmail } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { SHARING_MSG } from '../../emulator/sharing';
import { collectiveAnswers, directoryRows, individualAnswers, asLegacyRecords, madeEarlierToday, numberedSchools, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

const OFFICE = 'thuongtruc@phonggd.example.vn';
const SCHOOLS40 = numberedSchools(40);

type Ctx = ReturnType<typeof officeAfterSetup>;

const setConfig = (ctx: Ctx, settings: Record<string, string>) => setConfigValues(ctx.emu, settings);

function ledger(ctx: Ctx): Map<string, { id?: string; url?: string; st: string; name: string }> {
  const out = new Map();
  for (const [k, v] of recordsOf(ctx.emu, 'views.v.')) out.set(k.slice('views.v.'.length), JSON.parse(v));
  return out;
}

function rebuild(ctx: Ctx) {
  ctx.emu.runtime.resetCalls();
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
}

/** As the given account: can it open this spreadsheet with SpreadsheetApp.openById? */
function opens(ctx: Ctx, user: string, id: string): boolean | string {
  ctx.emu.identity.activeUser = user;
  try {
    return ctx.emu.runtime.execute(() => {
      try {
        return ctx.emu.globals.SpreadsheetApp.openById(id).getSheets().length > 0;
      } catch (e) {
        return (e as Error).message;
      }
    }, { kind: 'node' });
  } finally {
    ctx.emu.identity.activeUser = OFFICE;
  }
}

const viewText = (ctx: Ctx, id: string) => ctx.emu.spreadsheets.values(VIEW_TAB, id).flat().map(String).join('\n');

describe('per-school views (issue 18)', () => {
  it('are off by default: a rebuild makes no spreadsheet and adds no column', () => {
    const ctx = officeAfterSetup(SCHOOLS40.slice(0, 3));
    rebuild(ctx);
    expect(ctx.emu.runtime.count('SpreadsheetApp.create')).toBe(0);
    expect(ledger(ctx).size).toBe(0);
    expect(ctx.emu.spreadsheets.values('Đơn vị')[0]).not.toContain(VIEW_LINK_HEADER);
  });

  it('40 views over several executions at the end of the daily quota: own rows only, shared only with own addresses; sharing follows "Đơn vị"', () => {
    // A consumer account (250 spreadsheets a day) whose tool made 235 earlier today: 15 are left.
    const ctx = officeAfterSetup(SCHOOLS40, { mailQuota: 100 });
    const { emu } = ctx;
    madeEarlierToday(emu, 'sheet', 235);
    const since = JSON.parse(emu.properties.script.get('quota.sheets.created')!).s as number;
    // Registrations of a few schools (their ids must appear in their view only).
    const registered = [0, 1, 7, 39];
    registered.forEach((n, i) => {
      emu.clock.advance(60_000);
      const base = i % 2 === 0 ? { ...collectiveAnswers(), [Q.collectiveName]: `Tập thể của ${SCHOOLS40[n].code}` } : { ...individualAnswers('teacher'), [Q.individualName]: `Cá nhân của ${SCHOOLS40[n].code}` };
      emu.forms.submitAsUser(ctx.formId, { ...base, [Q.school]: SCHOOLS40[n].name }, { email: SCHOOLS40[n].emails[0] });
    });
    setConfig(ctx, { 'schoolViews.enabled': 'Có', 'schoolViews.contact': 'Bà Nguyễn Thị Lan, 0912 000 111' });

    // Day 1: 15 spreadsheets (the quota), the rest waits.
    rebuild(ctx);
    expect(emu.runtime.count('SpreadsheetApp.create')).toBe(16); // the 16th is refused and stops creating
    let made = [...ledger(ctx).values()].filter((e) => e.st === 'made');
    expect(made).toHaveLength(15);
    const health = () => emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Trang theo dõi của các trường');
    expect(String(health()![3])).toMatch(/^15\/40 .*25 trang chưa xong/);
    // Said as the quota, by the tool's count; the rest is made by a continuation 5 minutes after the window ends.
    const quotaLog = emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
    expect(quotaLog.filter((m) => m.startsWith('Chưa tạo thêm được trang theo dõi: tài khoản đã dùng hết số bảng tính được tạo trong ngày (từ '))).toHaveLength(1);
    expect(quotaLog.some((m) => m.includes('công cụ đã tạo 250 bảng tính; hạn mức 250 bảng tính một ngày với tài khoản thường, 3.200 với Google Workspace). Hạn mức được cấp lại lúc khoảng '))).toBe(true);
    const cont = emu.triggers.triggers.filter((t) => t.handler === 'continueSchoolViews');
    expect(cont).toHaveLength(1);
    expect(cont[0].clock!.nextAt - (since + 24 * 3600_000 + 5 * 60_000)).toBeGreaterThanOrEqual(0);
    expect(cont[0].clock!.nextAt - (since + 24 * 3600_000 + 5 * 60_000)).toBeLessThan(60_000);

    // Days 2 and 3: the quota resets 24 h after its first use.
    emu.clock.advance(24 * 3600_000 + 60_000);
    rebuild(ctx);
    emu.clock.advance(24 * 3600_000 + 60_000);
    rebuild(ctx);
    made = [...ledger(ctx).values()].filter((e) => e.st === 'made');
    expect(made).toHaveLength(40);
    expect(String(health()![3])).toMatch(/^40\/40 /);
    // Never two for one school: 40 distinct files, one per name, all in the views' folder.
    const names = SCHOOLS40.map((s) => `Trang theo dõi 2021-2025 — ${s.name} (${s.code})`);
    for (const n of names) expect(emu.drive.filesByName(n).filter((f) => !f.trashed)).toHaveLength(1);

    const byCode = new Map(SCHOOLS40.map((s) => [s.code, ledger(ctx).get(`S:${s.code}`)!]));
    const regIds = emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => [String(r[0]), String(r[1])]);
    expect(regIds.length).toBe(4);
    for (const s of SCHOOLS40) {
      const e = byCode.get(s.code)!;
      const acl = emu.sharing.acl(e.id!)!;
      expect([...acl.viewers]).toEqual(s.emails);
      expect([...acl.editors]).toEqual([]);
      expect(acl.owner).toBe(OFFICE);
      const text = viewText(ctx, e.id!);
      expect(text).toContain(s.name);
      expect(text).toContain('Bà Nguyễn Thị Lan, 0912 000 111');
      for (const other of SCHOOLS40) if (other !== s) expect(text).not.toContain(other.name);
      for (const [id, school] of regIds) expect(text.includes(id)).toBe(school === s.name);
    }
    // The school's account opens its view, not another's, not the office Sheet.
    const [a, b] = [SCHOOLS40[0], SCHOOLS40[1]];
    expect(opens(ctx, a.emails[0], byCode.get(a.code)!.id!)).toBe(true);
    expect(opens(ctx, a.emails[0], byCode.get(b.code)!.id!)).toBe(SHARING_MSG.noAccess);
    expect(opens(ctx, a.emails[0], emu.spreadsheets.active.id)).toBe(SHARING_MSG.noAccess);

    // The links: a column at the end of "Đơn vị", the office's cells untouched.
    const dir = emu.spreadsheets.values('Đơn vị');
    const linkCol = dir[0].indexOf(VIEW_LINK_HEADER);
    const width = directoryRows(SCHOOLS40)[0].length;
    expect(linkCol).toBe(width);
    for (let i = 1; i < dir.length; i++) expect(dir[i][linkCol]).toBe(byCode.get(String(dir[i][0]))!.url);
    expect(dir.map((r) => r.slice(0, width))).toEqual(directoryRows(SCHOOLS40));

    // Steady state: nothing created, no view content rewritten, the directory column not rewritten.
    rebuild(ctx);
    expect(emu.runtime.count('SpreadsheetApp.create')).toBe(0);
    const steady = emu.runtime.count('Range.setValues');
    // …one write more than a rebuild with the views turned off (their line in "Tình trạng"): the views and the
    // link column, unchanged, cost none. Turned off, the views are shared with no one any more: their 40 records
    // say so in one write to the tab of records, and their line says so (review "settings" #7: it kept saying shared).
    setConfig(ctx, { 'schoolViews.enabled': 'Không' });
    const rows = () => emu.spreadsheets.values('Sổ hồ sơ (hệ thống)').length;
    const before = rows();
    rebuild(ctx);
    expect(emu.runtime.count('Range.setValues')).toBe(steady + 1);
    const viewsLine = () => String(emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Trang theo dõi của các trường')![3]);
    expect(viewsLine()).toBe('Đang tắt (mục “Trang theo dõi riêng cho từng trường” ở trang Cấu hình); 40 trang theo dõi đã thôi chia sẻ với các trường.');
    expect(rows()).toBe(before + 40);
    expect([...recordsOf(emu, 'views.v.').values()].map((v) => JSON.parse(v).st)).toEqual(new Array(40).fill('retired'));
    expect(opens(ctx, a.emails[0], byCode.get(a.code)!.id!)).toBe(SHARING_MSG.noAccess);
    rebuild(ctx);
    expect(emu.runtime.count('Spreadsheet.getViewers')).toBe(0); // nothing left to unshare: no call
    // Turned on again: the same views, shared again, not rewritten.
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    expect(emu.runtime.count('SpreadsheetApp.create')).toBe(0);
    expect(emu.runtime.count('Range.setValues')).toBe(steady + 1); // their records, shared again, in one write
    expect(opens(ctx, a.emails[0], byCode.get(a.code)!.id!)).toBe(true);

    // An address changed in "Đơn vị" moves access; two schools listing one address: shared with neither.
    const edited = dir.map((r) => [...r]);
    edited[3][6] = 'moi.th03@example.edu.vn';
    edited[5][6] = 'chung@example.edu.vn';
    edited[6][6] = 'chung@example.edu.vn; th06@example.edu.vn';
    typeIntoTab(emu, 'Đơn vị', edited);
    rebuild(ctx);
    const v3 = byCode.get('TH03')!.id!;
    expect(opens(ctx, 'th03@example.edu.vn', v3)).toBe(SHARING_MSG.noAccess);
    expect(opens(ctx, 'moi.th03@example.edu.vn', v3)).toBe(true);
    expect([...emu.sharing.acl(byCode.get('TH05')!.id!)!.viewers]).toEqual([]);
    expect([...emu.sharing.acl(byCode.get('TH06')!.id!)!.viewers]).toEqual(['th06@example.edu.vn']);
    const log = emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
    expect(log).toContain(directoryErrorSharedEmail('chung@example.edu.vn', ['Trường Tiểu học Số 05', 'Trường Tiểu học Số 06'], ['Trường Tiểu học Số 05']));
    expect(emu.runtime.count('Range.setValues')).toBe(steady + 2); // content unchanged: only sharing moved (and its records, and the log's line)
    // The office's edit of its own cells survived; the link column was left as it was.
    expect(emu.spreadsheets.values('Đơn vị')[3][6]).toBe('moi.th03@example.edu.vn');

    // A view deleted by hand (to the trash) is recreated once, noted, shared again.
    const old = byCode.get('TH10')!.id!;
    emu.drive.file(old)!.trashed = true;
    rebuild(ctx);
    expect(emu.runtime.count('SpreadsheetApp.create')).toBe(1);
    const renewed = ledger(ctx).get('S:TH10')!;
    expect(renewed.id).not.toBe(old);
    expect(opens(ctx, 'th10@example.edu.vn', renewed.id!)).toBe(true);
    expect(emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]))).toContain(VIEW_NOTE.recreated('Trang theo dõi 2021-2025 — Trường Tiểu học Số 10 (TH10)', true));
    expect(emu.spreadsheets.values('Đơn vị')[10][linkCol]).toBe(renewed.url);
    rebuild(ctx);
    expect(emu.runtime.count('SpreadsheetApp.create')).toBe(0);

    // A view moved by hand to another folder is the same view: kept, still refreshed and shared, not duplicated.
    const moved = byCode.get('TH11')!.id!;
    emu.drive.file(moved)!.parents.clear();
    emu.drive.file(moved)!.parents.add(emu.drive.root.id);
    const now = emu.spreadsheets.values('Đơn vị').map((r) => [...r]);
    now[11][6] = 'th11@example.edu.vn; pho.th11@example.edu.vn';
    typeIntoTab(emu, 'Đơn vị', now);
    rebuild(ctx);
    expect(emu.runtime.count('SpreadsheetApp.create')).toBe(0);
    expect(ledger(ctx).get('S:TH11')!.id).toBe(moved);
    expect(opens(ctx, 'pho.th11@example.edu.vn', moved)).toBe(true);
  });

  it("each school's reminder carries its own view's link, not another's", () => {
    const ctx = officeAfterSetup(SCHOOLS40.slice(0, 2));
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const [one, two] = ['S:TH01', 'S:TH02'].map((k) => ledger(ctx).get(k)!.url!);
    // 14 days before the 2024 annual report (15/12): both schools have it outstanding.
    ctx.emu.clock.set(new Date(2024, 11, 1, 7, 0, 0));
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const mail1 = ctx.emu.mail.to('th01@example.edu.vn');
    const mail2 = ctx.emu.mail.to('th02@example.edu.vn');
    expect(mail1.length).toBeGreaterThan(0);
    expect(mail2.length).toBeGreaterThan(0);
    for (const m of mail1) expect([m.body.includes(one), m.body.includes(two)]).toEqual([true, false]);
    for (const m of mail2) expect([m.body.includes(two), m.body.includes(one)]).toEqual([true, false]);
  });

  it("a notice copied to a teacher's own address carries no view link; one to the school's addresses only does (review inbox #4)", () => {
    const ctx = officeAfterSetup(SCHOOLS40.slice(0, 2));
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const url = ledger(ctx).get('S:TH01')!.url!;
    const school = SCHOOLS40[0];
    const lan = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Trần Thị Lan' };
    const own = (name: string) => ({ ...collectiveAnswers(), [Q.school]: school.name, [Q.collectiveName]: name });
    // A teacher's own (from her address), then the school's of the same person: hers is replaced (a notice to both).
    ctx.emu.forms.submitAsUser(ctx.formId, lan as never, { email: 'teacher.lan@gmail.example' });
    ctx.emu.forms.submitAsUser(ctx.formId, own('Tổ Toán') as never, { email: school.emails[0] });
    rebuild(ctx);
    ctx.emu.clock.advance(3_600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, lan as never, { email: school.emails[0] });
    ctx.emu.forms.submitAsUser(ctx.formId, own('Tổ Toán') as never, { email: school.emails[0] });
    const n = ctx.emu.mail.sent.length;
    rebuild(ctx);
    const notices = ctx.emu.mail.sent.slice(n).filter((m) => m.subject.includes('đã được thay bằng phiếu'));
    const toTeacher = notices.filter((m) => m.to.includes('teacher.lan@gmail.example'));
    const toSchool = notices.filter((m) => !m.to.includes('teacher.lan@gmail.example'));
    expect(toTeacher).toHaveLength(1);
    expect(toSchool).toHaveLength(1);
    expect(toTeacher[0].body.includes(url)).toBe(false);
    expect(toSchool[0].body.includes(url)).toBe(true);
  });

  it('a view rewritten at the same size gets its formats again: only the tables wrap, the lines below them run on, the headers bold', () => {
    const ctx = officeAfterSetup(SCHOOLS40.slice(0, 2));
    ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS40[0].name }, { email: SCHOOLS40[0].emails[0] });
    setConfig(ctx, { 'schoolViews.enabled': 'Có', 'schoolViews.contact': 'Cô Lan, 0912 000 111' });
    rebuild(ctx);
    const id = ledger(ctx).get('S:TH01')!.id!;
    const sheet = ctx.emu.spreadsheets.byId(id)!.sheets[0];
    const values = ctx.emu.spreadsheets.values(VIEW_TAB, id);
    // The school, its counts and the registrations' header stay in sight; the one registration below them.
    expect(sheet.frozenRows).toBe(3);
    expect(values[2][0]).toBe('Mã phiếu');
    const width = values[0].length;
    // The formats of an earlier layout (every row wrapped, another row bold), as a view written before keeps them.
    for (let r = 2; r <= values.length; r++) for (let c = 1; c <= width; c++) sheet.formatCell(r, c).wrap = true;
    sheet.formatCell(3, 1).fontWeight = undefined;
    sheet.formatCell(2, 1).fontWeight = 'bold';
    // The content changes, its size does not.
    setConfig(ctx, { 'schoolViews.contact': 'Cô Lan, 0912 000 222' });
    rebuild(ctx);
    const again = ctx.emu.spreadsheets.values(VIEW_TAB, id);
    expect(again.length).toBe(values.length);
    // The view gives the office's two forms, as the forms publish them.
    const published = (formId: string) => ctx.emu.runtime.execute(() => ctx.emu.globals.FormApp.openById(formId).getPublishedUrl(), { kind: 'node' });
    for (const formId of [ctx.formId, ctx.reportFormId]) expect(again.flat().some((v) => String(v).includes(published(formId))), formId).toBe(true);
    expect(again.flat().some((v) => String(v).includes('0912 000 222'))).toBe(true);
    // The registration's row and the reports' table wrap (its header, then a row per report: none here); nothing else.
    const reportsHeader = again.findIndex((r) => String(r[0]).startsWith('Báo cáo tiến độ')) + 2;
    expect(again[reportsHeader - 1][0]).toBe('Kỳ báo cáo');
    expect(again[reportsHeader][0]).toBe('Chưa có phiếu báo cáo nào.');
    for (let r = 2; r <= again.length; r++) expect(sheet.cell(r, 1)?.wrap ?? false, `row ${r}`).toBe(r === 4 || r === reportsHeader);
    expect(sheet.cell(3, 1)?.fontWeight).toBe('bold');
    expect(sheet.cell(2, 1)?.fontWeight ?? 'normal').not.toBe('bold');
  });

  it("a view written under the earlier layout has its columns sized again once, when it is next written (review mobile H2)", () => {
    const ctx = officeAfterSetup(SCHOOLS40.slice(0, 2));
    ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS40[0].name }, { email: SCHOOLS40[0].emails[0] });
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const id = ledger(ctx).get('S:TH01')!.id!;
    const sheet = ctx.emu.spreadsheets.byId(id)!.sheets[0];
    const widths = () => [1, 2, 3].map((c) => sheet.columnWidths.get(c));
    expect(widths()).toEqual([80, 170, 90]);
    // As the earlier version left it: the office tab's widths, a record without its layout.
    [90, 80, 200].forEach((px, i) => sheet.columnWidths.set(i + 1, px));
    asLegacyRecords(ctx.emu, (key, value) => (key.startsWith('views.v.') ? JSON.stringify({ ...JSON.parse(value), wd: undefined, h: 'earlier' }) : value));
    rebuild(ctx);
    expect(widths()).toEqual([80, 170, 90]);
    // Written again under this layout: sized as its reader left them (none resizes a view, but no call is spent on it).
    [90, 80, 200].forEach((px, i) => sheet.columnWidths.set(i + 1, px));
    setConfig(ctx, { 'schoolViews.contact': 'Cô Lan, 0912 000 333' });
    rebuild(ctx);
    expect(ctx.emu.spreadsheets.values(VIEW_TAB, id).flat().some((v) => String(v).includes('0912 000 333'))).toBe(true);
    expect(ctx.emu.runtime.count('Sheet.setColumnWidth')).toBe(0);
  });

  it("a view whose columns change with the settings (the council's comments published) has each column sized for what it holds (review diff43 M1)", () => {
    const ctx = officeAfterSetup(SCHOOLS40.slice(0, 2));
    ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS40[0].name }, { email: SCHOOLS40[0].emails[0] });
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const id = ledger(ctx).get('S:TH01')!.id!;
    const sheet = ctx.emu.spreadsheets.byId(id)!.sheets[0];
    const header = () => ctx.emu.spreadsheets.values(VIEW_TAB, id)[2].map(String);
    const widthOf = (h: string) => sheet.columnWidths.get(header().indexOf(h) + 1);
    expect(widthOf('Cần bổ sung hoặc chưa đạt')).toBe(400);
    setConfig(ctx, { 'schoolViews.publishComments': 'Có' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(header()[3]).toBe('Ý kiến của Hội đồng');
    // What to fix, the widest text, must not land in the 80 px column "Đối tượng" had.
    expect(widthOf('Cần bổ sung hoặc chưa đạt')).toBe(400);
    expect(widthOf('Đối tượng')).toBe(80);
  });
  it("a registration whose response row was deleted is named in its school's view, not left to vanish", () => {
    const ctx = officeAfterSetup(SCHOOLS40.slice(0, 2));
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers(), [Q.school]: SCHOOLS40[0].name, [Q.individualName]: 'Phạm Thu Oanh' }, { email: SCHOOLS40[0].emails[0] });
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const id = ledger(ctx).get('S:TH01')!.id!;
    expect(viewText(ctx, id)).toContain('Phạm Thu Oanh');
    deleteTabRow(ctx.emu, 'Phiếu đăng ký', 2);
    rebuild(ctx);
    expect(viewText(ctx, id)).toMatch(/Phiếu không còn được xét vì dòng phiếu trong bảng tính của \S+ đã bị xóa: DK-\d{6} “Phạm Thu Oanh”/);
    expect(viewText(ctx, ledger(ctx).get('S:TH02')!.id!)).not.toContain('Phạm Thu Oanh');
  });

  it('a refused creation far under the quota is a passing failure: tried again a minute later, three runs in a row at most, then the office is told', () => {
    const ctx = officeAfterSetup(SCHOOLS40.slice(0, 4), { mailQuota: 100 });
    const { emu } = ctx;
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    const DOWN = 'Dịch vụ không khả dụng: Drive';
    const cont = () => emu.triggers.triggers.filter((t) => t.handler === 'continueSchoolViews');
    const logged = () => emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
    const made = () => [...ledger(ctx).values()].filter((e) => e.st === 'made').length;
    const runContinuation = () => {
      expect(cont()).toHaveLength(1);
      emu.triggers.runDueTimeTriggers(cont()[0].clock!.nextAt);
    };
    // The 2nd view's creation fails once: the 1st is made, the rest a minute later.
    emu.runtime.failOn('SpreadsheetApp.create', 2, DOWN);
    rebuild(ctx);
    expect(made()).toBe(1);
    expect(logged()).toContain(`Chưa tạo được trang theo dõi “Trang theo dõi 2021-2025 — Trường Tiểu học Số 02 (TH02)”: Google báo lỗi (lần 1/3): ${DOWN}. Công cụ tự thử lại sau khoảng 1 phút; các trang đã có vẫn được cập nhật.`);
    expect(logged().some((m) => m.includes('hạn mức'))).toBe(false);
    expect(cont()).toHaveLength(1);
    expect(cont()[0].clock!.nextAt - emu.clock.now()).toBeLessThanOrEqual(60_000);
    runContinuation();
    expect(made()).toBe(4);
    expect(cont()).toHaveLength(0);
    expect(emu.properties.script.get('views.retry')).toBe('0');

    // A fifth school; its view fails at the rebuild and at two continuations: the quick retries stop, the office is told.
    const five = SCHOOLS40.slice(0, 5);
    typeIntoTab(emu, 'Đơn vị', directoryRows(five));
    emu.runtime.failOn('SpreadsheetApp.create', 1, DOWN);
    rebuild(ctx);
    emu.runtime.failOn('SpreadsheetApp.create', 1, DOWN);
    runContinuation();
    emu.runtime.failOn('SpreadsheetApp.create', 1, DOWN);
    runContinuation();
    expect(cont()).toHaveLength(0);
    expect(made()).toBe(4);
    expect(logged()).toContain(
      `Chưa tạo được trang theo dõi “Trang theo dõi 2021-2025 — Trường Tiểu học Số 05 (TH05)”: Google báo lỗi 3 lần liền (${DOWN}), dù trong 24 giờ qua công cụ mới tạo 4 bảng tính, còn xa hạn mức (250 bảng tính một ngày với tài khoản thường, 3.200 với Google Workspace). Có thể Google Drive đang gián đoạn, hoặc tài khoản này đã dùng hạn mức vào việc khác. Các trang đã có vẫn được cập nhật; công cụ thử lại ở lần “Cập nhật tổng hợp” tự chạy mỗi sáng, hoặc khoảng 1 giờ sau hãy chọn menu “Cập nhật tổng hợp”.`,
    );
    // The next rebuild makes it.
    rebuild(ctx);
    expect(made()).toBe(5);
    expect(emu.drive.filesByName('Trang theo dõi 2021-2025 — Trường Tiểu học Số 05 (TH05)').filter((f) => !f.trashed)).toHaveLength(1);
  });

  describe('their records in the tab of records (review "growth" #1)', () => {
    const RECORDS = 'Sổ hồ sơ (hệ thống)';
    const inProps = (ctx: Ctx) => [...ctx.emu.properties.script.keys()].filter((k) => k.startsWith('views.v.'));
    const ids = (ctx: Ctx) => new Map([...ledger(ctx)].map(([k, v]) => [k, v.id]));

    it('an older version\'s records in script properties are moved into the tab by the rebuild: no view made again, the store freed', () => {
      const ctx = officeAfterSetup(SCHOOLS40.slice(0, 6));
      setConfig(ctx, { 'schoolViews.enabled': 'Có' });
      rebuild(ctx);
      const made = ids(ctx);
      expect(made.size).toBe(6);
      expect(inProps(ctx)).toEqual([]);
      asLegacyRecords(ctx.emu);
      expect(inProps(ctx)).toHaveLength(6);
      rebuild(ctx);
      expect(ctx.emu.runtime.count('SpreadsheetApp.create')).toBe(0);
      expect(inProps(ctx)).toEqual([]);
      expect(ids(ctx)).toEqual(made);
      rebuild(ctx);
      expect(ctx.emu.runtime.count('SpreadsheetApp.create')).toBe(0);
    });

    it('old rows are dropped by the rebuild once many: one row a view left, the same records', () => {
      const ctx = officeAfterSetup(SCHOOLS40);
      setConfig(ctx, { 'schoolViews.enabled': 'Có' });
      rebuild(ctx);
      const made = ids(ctx);
      const rows = () => ctx.emu.spreadsheets.values(RECORDS).length - 1;
      expect(rows()).toBe(80); // each view's intent, then its record
      // Turned off and on again, four times: 40 rows each time (retired, then shared again).
      const seen: number[] = [];
      for (let i = 0; i < 4; i++) {
        for (const on of ['Không', 'Có']) {
          setConfig(ctx, { 'schoolViews.enabled': on });
          rebuild(ctx);
          seen.push(rows());
        }
      }
      // Past 200 rows more than the 40 views, the rebuild wrote one row a view (then 40 more at each change).
      expect(seen).toEqual([120, 160, 200, 240, 40, 80, 120, 160]);
      expect(ids(ctx)).toEqual(made);
      expect([...ledger(ctx).values()].every((v) => v.st === 'made')).toBe(true);
      expect(ctx.emu.properties.script.get('records.rows')).toBe('160');
      rebuild(ctx);
      expect(ctx.emu.runtime.count('SpreadsheetApp.create')).toBe(0);
    });

    it('a tab carried by a copy of the file (another spreadsheet\'s records) is not read: the copy makes its own views, the original\'s are left alone', () => {
      const ctx = officeAfterSetup(SCHOOLS40.slice(0, 3));
      const { emu } = ctx;
      setConfig(ctx, { 'schoolViews.enabled': 'Có' });
      rebuild(ctx);
      const original = ids(ctx);
      // What a copy holds after its Thiết lập (its properties forgotten): the original's tab, naming the original.
      const tab = emu.spreadsheets.sheet(RECORDS)!;
      const header = emu.spreadsheets.values(RECORDS)[0].map(String);
      expect(header[2]).toBe(`Bảng tính ${emu.spreadsheets.active.id}`);
      emu.runtime.execute(() => emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(RECORDS)!.getRange(1, 3).setValue('Bảng tính 1SpReAdShEeTgốc'), { kind: 'node' });
      emu.properties.script.delete('records.rows');
      rebuild(ctx);
      expect(emu.runtime.count('SpreadsheetApp.create')).toBe(3);
      const own = ids(ctx);
      for (const [k, id] of own) expect(id).not.toBe(original.get(k));
      expect(emu.spreadsheets.values(RECORDS)[0][2]).toBe(`Bảng tính ${emu.spreadsheets.active.id}`);
      expect(emu.spreadsheets.sheet(RECORDS)).toBe(tab);
      expect([...emu.sharing.acl(original.get('S:TH01')!)!.viewers]).toEqual(['th01@example.edu.vn']);
      rebuild(ctx);
      expect(emu.runtime.count('SpreadsheetApp.create')).toBe(0);
    });

    it('a copy of the file whose tab had lost its header row: still the original\'s records, never read as the copy\'s', () => {
      const ctx = officeAfterSetup(SCHOOLS40.slice(0, 3));
      const { emu } = ctx;
      setConfig(ctx, { 'schoolViews.enabled': 'Có' });
      rebuild(ctx);
      const original = ids(ctx);
      deleteTabRow(emu, RECORDS, 1);
      // The copy after its Thiết lập: the original's tab (without its header), none of the original's properties.
      for (const k of ['records.rows', 'records.epoch']) emu.properties.script.delete(k);
      rebuild(ctx);
      expect(emu.runtime.count('SpreadsheetApp.create')).toBe(3);
      for (const [k, id] of ids(ctx)) expect(id).not.toBe(original.get(k));
      expect(emu.spreadsheets.values(RECORDS)[0][2]).toBe(`Bảng tính ${emu.spreadsheets.active.id}`);
    });

    it('rows deleted while the rebuild makes a view: it stops making them there, the office told, the rest of the rebuild done', () => {
      const start = () => {
        const ctx = officeAfterSetup(SCHOOLS40.slice(0, 3));
        setConfig(ctx, { 'schoolViews.enabled': 'Có' });
        rebuild(ctx);
        // A fourth school joins: its view is to be made.
        typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(SCHOOLS40.slice(0, 4)));
        return ctx;
      };
      const dry = start();
      dry.emu.runtime.trace = [];
      rebuild(dry);
      const trace = dry.emu.runtime.trace!;
      const creating = trace.indexOf('SpreadsheetApp.create');
      const intent = trace.lastIndexOf('Sheet.getLastRow', creating);
      expect(intent).toBeGreaterThan(0);
      const ctx = start();
      const { emu } = ctx;
      emu.runtime.interleave(() => {
        const rows = emu.spreadsheets.values(RECORDS).length;
        deleteTabRow(emu, RECORDS, rows);
        deleteTabRow(emu, RECORDS, rows - 1);
      }, { afterCalls: intent - 1 });
      rebuild(ctx);
      expect(emu.runtime.pendingInterleaves).toBe(0);
      expect(emu.runtime.count('SpreadsheetApp.create')).toBe(0);
      const health = emu.spreadsheets.values('Tình trạng').map((r) => r.join(' ')).join('\n');
      expect(health).toContain('Tạm dừng: sổ hồ sơ bị mất dòng');
      expect(health).not.toMatch(/Cập nhật tổng hợp[^\n]*Lỗi/);
      expect(emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])).some((m) => m.startsWith('Không tạo trang theo dõi'))).toBe(true);
    });

    it('the tab deleted: no view made or shared, the office told; after "Có" in Thiết lập each view is found by its name, none made twice', () => {
      const ctx = officeAfterSetup(SCHOOLS40.slice(0, 4));
      const { emu } = ctx;
      setConfig(ctx, { 'schoolViews.enabled': 'Có' });
      rebuild(ctx);
      const made = ids(ctx);
      const file = emu.spreadsheets.active;
      file.sheets.splice(file.sheets.indexOf(emu.spreadsheets.sheet(RECORDS)!), 1);
      // A school added meanwhile would have had its view made.
      rebuild(ctx);
      expect(emu.runtime.count('SpreadsheetApp.create')).toBe(0);
      const log = () => emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.join(' ')).join('\n');
      expect(log()).toContain(`sổ hồ sơ (trang ẩn “${RECORDS}”) chỉ còn 0 trong số`);
      expect(emu.spreadsheets.values('Tình trạng').flat().join(' ')).toContain('Tạm dừng: sổ hồ sơ bị mất dòng');
      // The views keep their viewers meanwhile (nothing unshared from records that are gone).
      expect([...emu.sharing.acl(made.get('S:TH01')!)!.viewers]).toEqual(['th01@example.edu.vn']);
      emu.spreadsheets.active.answers.push('YES');
      ctx.bundle.call('setup', undefined, { kind: 'menu' });
      rebuild(ctx);
      expect(emu.runtime.count('SpreadsheetApp.create')).toBe(0);
      expect(ids(ctx)).toEqual(made);
      expect([...emu.sharing.acl(made.get('S:TH01')!)!.viewers]).toEqual(['th01@example.edu.vn']);
    });
  });

  it('an execution that died between creating a view and recording it: the next adopts that view, no second one', () => {
    const ctx = officeAfterSetup(SCHOOLS40.slice(0, 2));
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    const { emu } = ctx;
    // The first create succeeds but its execution never records it (it ends right there, before the move into
    // the views' folder).
    let creates = 0;
    const orig = emu.globals.SpreadsheetApp.create.bind(emu.globals.SpreadsheetApp);
    (emu.globals.SpreadsheetApp as unknown as { create: typeof orig }).create = (name: string) => {
      const ss = orig(name);
      creates++;
      if (creates === 1) throw new Error('Exceeded maximum execution time');
      return ss;
    };
    rebuild(ctx);
    expect(ledger(ctx).get('S:TH01')!.st).toBe('pending');
    (emu.globals.SpreadsheetApp as unknown as { create: typeof orig }).create = orig;
    rebuild(ctx);
    expect(emu.runtime.count('SpreadsheetApp.create')).toBe(1); // TH02 only: TH01's was adopted
    const name = 'Trang theo dõi 2021-2025 — Trường Tiểu học Số 01 (TH01)';
    expect(emu.drive.filesByName(name)).toHaveLength(1);
    expect(ledger(ctx).get('S:TH01')!.id).toBe(emu.drive.filesByName(name)[0].id);
    expect(emu.drive.path([...emu.drive.filesByName(name)[0].parents][0])).toBe('My Drive/Điển hình tiên tiến — Trang theo dõi của các trường — giai đoạn 2021-2025');
    expect([...emu.sharing.acl(ledger(ctx).get('S:TH01')!.id!)!.viewers]).toEqual(['th01@example.edu.vn']);
  });
  it("above the threshold the office's tabs are grouped by commune, but each school still sees only its own view; a commune's view of an earlier version is unshared", () => {
    const schools = SCHOOLS40.slice(0, 6);
    const ctx = officeAfterSetup(schools);
    const { emu } = ctx;
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const before = new Map([...ledger(ctx)].map(([k, v]) => [k, v.id]));
    expect([...before.keys()].sort()).toEqual(schools.map((s) => `S:${s.code}`));
    // An earlier version made one view per commune above the threshold, shared with every school of it.
    const old = emu.runtime.execute(() => {
      const ss = emu.globals.SpreadsheetApp.create('Trang theo dõi — Phường 01');
      ss.addViewers(['th01@example.edu.vn', 'th06@example.edu.vn']);
      return { id: ss.getId(), url: ss.getUrl() };
    }, { kind: 'node' });
    emu.properties.script.set('views.v.G:phuong 01', JSON.stringify({ st: 'made', name: 'Trang theo dõi — Phường 01', id: old.id, url: old.url }));
    // …and shared by its link (which every school of the commune had).
    emu.sharing.acl(old.id)!.link = 'ANYONE_WITH_LINK';
    emu.sharing.acl(old.id)!.linkPermission = 'VIEW';
    setConfig(ctx, { perSchoolTabThreshold: '2' });
    rebuild(ctx);
    // The office's own tabs are now one per commune...
    expect(emu.spreadsheets.sheetNames()).toContain('Phường 01');
    expect(emu.spreadsheets.sheetNames()).not.toContain(schools[0].name);
    // ...its schools' views are the same files, each shared with its own school only, none made.
    expect(emu.runtime.count('SpreadsheetApp.create')).toBe(0);
    for (const s of schools) {
      const id = before.get(`S:${s.code}`)!;
      expect(ledger(ctx).get(`S:${s.code}`)!.id).toBe(id);
      expect([...emu.sharing.acl(id)!.viewers]).toEqual(s.emails);
      expect(viewText(ctx, id)).not.toMatch(schools.filter((o) => o !== s).map((o) => o.name).join('|'));
    }
    expect(ledger(ctx).get('G:phuong 01')!.st).toBe('retired');
    expect([...emu.sharing.acl(old.id)!.viewers]).toEqual([]);
    expect(emu.sharing.acl(old.id)!.link).toBe('PRIVATE');
    expect(opens(ctx, 'th06@example.edu.vn', old.id)).toBe(SHARING_MSG.noAccess);
  });
  it('an address Drive refuses leaves the other views and addresses shared or unshared, the office told once while it lasts', () => {
    const schools = SCHOOLS40.slice(0, 3).map((s, i) => (i === 0 ? { ...s, emails: ['a.th01@example.edu.vn', 'b.th01@example.edu.vn'] } : s));
    const ctx = officeAfterSetup(schools);
    const { emu } = ctx;
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    const logLines = () => emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2])).filter((t) => t.includes('trang theo dõi'));
    const viewers = (code: string) => [...emu.sharing.acl(ledger(ctx).get(`S:${code}`)!.id!)!.viewers].sort();
    const status = () => emu.spreadsheets.values('Tình trạng').flat().map(String).find((t) => t.includes('trang theo dõi'));
    // TH01's view comes first: Drive refuses its two addresses together, then the first of them alone (a domain that
    // may not share outside, say).
    emu.runtime.failOn('Spreadsheet.addViewers', 1, 'Không thể chia sẻ với a.th01@example.edu.vn');
    emu.runtime.failOn('Spreadsheet.addViewer', 1, 'Không thể chia sẻ với a.th01@example.edu.vn');
    rebuild(ctx);
    expect(emu.runtime.executions.at(-1)!.error).toBeUndefined();
    expect(viewers('TH01')).toEqual(['b.th01@example.edu.vn']);
    expect(viewers('TH02')).toEqual(['th02@example.edu.vn']);
    expect(viewers('TH03')).toEqual(['th03@example.edu.vn']);
    expect(logLines()).toEqual([VIEW_NOTE.notShared('Trang theo dõi 2021-2025 — Trường Tiểu học Số 01 (TH01)', ['a.th01@example.edu.vn'], 'Không thể chia sẻ với a.th01@example.edu.vn')]);
    expect(status()).toContain('2/3 trang theo dõi');
    // Tried again at the next run, which shares it: nothing more logged.
    rebuild(ctx);
    expect(viewers('TH01')).toEqual(['a.th01@example.edu.vn', 'b.th01@example.edu.vn']);
    expect(logLines()).toHaveLength(1);
    expect(status()).toContain('3/3 trang theo dõi');

    // TH02 changes its address; Drive will not take the old one off, twice: logged once, the new address shared.
    typeIntoTab(emu, 'Đơn vị', directoryRows(schools.map((s) => (s.code === 'TH02' ? { ...s, emails: ['moi.th02@example.edu.vn'] } : s))));
    for (let k = 0; k < 2; k++) {
      emu.runtime.failOn('Spreadsheet.removeViewer', 1, 'Lỗi máy chủ');
      rebuild(ctx);
      expect(viewers('TH02')).toEqual(['moi.th02@example.edu.vn', 'th02@example.edu.vn']);
    }
    expect(logLines().slice(1)).toEqual([VIEW_NOTE.notUnshared('Trang theo dõi 2021-2025 — Trường Tiểu học Số 02 (TH02)', ['th02@example.edu.vn'], 'Lỗi máy chủ')]);
    rebuild(ctx);
    expect(viewers('TH02')).toEqual(['moi.th02@example.edu.vn']);
    expect(logLines()).toHaveLength(2);

    // A view no longer wanted (the views turned off) whose viewer Drive will not take off stays on the list to unshare.
    setConfig(ctx, { 'schoolViews.enabled': 'Không' });
    for (let k = 0; k < 2; k++) {
      emu.runtime.failOn('Spreadsheet.removeViewer', 1, 'Lỗi máy chủ');
      rebuild(ctx);
      expect(ledger(ctx).get('S:TH01')!.st).toBe('made');
      expect(viewers('TH01')).toEqual(['a.th01@example.edu.vn']);
    }
    expect(logLines()).toHaveLength(3);
    rebuild(ctx);
    expect([...ledger(ctx).values()].map((e) => e.st)).toEqual(['retired', 'retired', 'retired']);
    for (const code of ['TH01', 'TH02', 'TH03']) expect(viewers(code)).toEqual([]);
  });
  it('a view shared by its link (a domain default, someone who changed it) is made private again and the office told; one Drive will not change is not counted as shared right', () => {
    const ctx = officeAfterSetup(SCHOOLS40.slice(0, 2));
    const { emu } = ctx;
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const [one, two] = ['S:TH01', 'S:TH02'].map((k) => ledger(ctx).get(k)!.id!);
    const logLines = () => emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2])).filter((t) => t.includes('đường liên kết'));
    const status = () => emu.spreadsheets.values('Tình trạng').flat().map(String).find((t) => t.includes('trang theo dõi'));
    expect(emu.sharing.acl(one)!.link).toBe('PRIVATE');
    // Someone sets TH01's view to "anyone with the link": TH02's principal, handed the link, opens it.
    emu.sharing.acl(one)!.link = 'ANYONE_WITH_LINK';
    emu.sharing.acl(one)!.linkPermission = 'VIEW';
    expect(opens(ctx, 'th02@example.edu.vn', one)).toBe(true);
    rebuild(ctx);
    expect(emu.sharing.acl(one)!.link).toBe('PRIVATE');
    expect(opens(ctx, 'th02@example.edu.vn', one)).toBe(SHARING_MSG.noAccess);
    expect(opens(ctx, 'th01@example.edu.vn', one)).toBe(true);
    expect(logLines()).toEqual([VIEW_NOTE.madePrivate('Trang theo dõi 2021-2025 — Trường Tiểu học Số 01 (TH01)', 'chế độ ai có đường liên kết cũng xem được')]);
    rebuild(ctx);
    expect(logLines()).toHaveLength(1);
    // Drive refuses to change TH02's: the office is told what to do, the view is not counted as shared right.
    emu.sharing.acl(two)!.link = 'DOMAIN_WITH_LINK';
    for (let k = 0; k < 2; k++) {
      emu.runtime.failOn('File.setSharing', 1, 'Lỗi máy chủ');
      rebuild(ctx);
      expect(emu.sharing.acl(two)!.link).toBe('DOMAIN_WITH_LINK');
      expect(status()).toContain('1/2 trang theo dõi');
    }
    // Told once while it lasts.
    expect(logLines().slice(1)).toEqual([VIEW_NOTE.notPrivate('Trang theo dõi 2021-2025 — Trường Tiểu học Số 02 (TH02)', 'chế độ mọi người trong tổ chức có đường liên kết xem được', 'Lỗi máy chủ')]);
    rebuild(ctx);
    expect(emu.sharing.acl(two)!.link).toBe('PRIVATE');
    expect(status()).toContain('2/2 trang theo dõi');
  });
  it("views made under an account that link-shares new files are made private, the office told in one line", () => {
    const ctx = officeAfterSetup(SCHOOLS40.slice(0, 3));
    const { emu } = ctx;
    emu.spreadsheets.store.newFileLink = { access: 'DOMAIN_WITH_LINK', permission: 'VIEW' };
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    for (const [, e] of ledger(ctx)) expect(emu.sharing.acl(e.id!)!.link).toBe('PRIVATE');
    const lines = emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2])).filter((t) => t.includes('đường liên kết'));
    expect(lines).toEqual([VIEW_NOTE.madePrivateNew(3, 'chế độ mọi người trong tổ chức có đường liên kết xem được')]);
  });
  it("recovering a view an execution made but did not record never takes over a file of that name in another folder", () => {
    const ctx = officeAfterSetup(SCHOOLS40.slice(0, 1));
    const { emu } = ctx;
    const name = 'Trang theo dõi 2021-2025 — Trường Tiểu học Số 01 (TH01)';
    // The office keeps a file of that very name in a folder of its own (or someone shared one with it).
    const other = emu.runtime.execute(() => {
      const ss = emu.globals.SpreadsheetApp.create(name);
      emu.globals.DriveApp.getFileById(ss.getId()).moveTo(emu.globals.DriveApp.createFolder('Lưu trữ'));
      return ss.getId();
    }, { kind: 'node' });
    emu.properties.script.set('views.v.S:TH01', JSON.stringify({ st: 'pending', name }));
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    expect(emu.runtime.count('SpreadsheetApp.create')).toBe(1);
    expect(ledger(ctx).get('S:TH01')!.id).not.toBe(other);
    expect(emu.drive.path([...emu.drive.filesByName(name).find((f) => f.id === other)!.parents][0])).toBe('My Drive/Lưu trữ');
    expect([...emu.sharing.acl(other)!.viewers]).toEqual([]);
  });
});
