// Review "now" (05/12/2026): the tool as a commune office (UBND xã, two-level local government since 1/7/2025) and a
// Sở use it today, in the first school year (2026-2027) of the 2026–2030 period. Each "(fact)" test pins a scenario;
// each other test failed on 6ee8645 at the assertion that showed the defect (N1–N7), and passes since its fix.
import { describe, expect, it } from 'vitest';
import { officeAfterSetup, SCHOOLS, collectiveAnswers, individualAnswers, setConfigValues, haSonSo } from './helpers';
import { type OfficeConfig } from '../../src/core/config';
import { sampleConfig, sampleProfile } from '../../sample/profiles';
import { Q, initiativeTitles } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';

/** Today, as the brief has it: Saturday 5 December 2026, 8 o'clock, school year 2026-2027. */
const NOW = new Date(2026, 11, 5, 8, 0, 0);

/** The sample commune (UBND xã Suối Ngọc, 2026–2030) as its staff filled "Cấu hình", checked today. */
const commune = (now: Date = NOW): OfficeConfig => sampleConfig(sampleProfile('xa-2026-2030'), now);

/** The council proposes rows of "Thẩm định" (2 = first registration) and the office makes the documents. */
function proposeAndGenerate(o: ReturnType<typeof officeAfterSetup>, rows: readonly number[]) {
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
  const col = (h: string) => header.indexOf(h) + 1;
  for (const r of rows) {
    typeCell(o.emu, 'Thẩm định', r, col('Quyết định của Hội đồng'), 'Đề nghị khen');
    typeCell(o.emu, 'Thẩm định', r, col('Nhận xét'), 'Đủ tiêu chuẩn');
  }
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  for (let i = 0; i < 20 && o.emu.triggers.find('continueProposals').length > 0; i++) o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 61_000);
  return o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String));
}

/** The text of the generated documents whose name starts with `prefix` (templates excluded). */
function docsText(o: ReturnType<typeof officeAfterSetup>, prefix: string): string[] {
  return o.emu.docs
    .list()
    .filter((d) => !d.trashed && d.name.startsWith(prefix))
    .map((d) => o.emu.docs.text(d.id));
}

describe('N1 — a file copied from 2021–2025 for 2026–2030 as the README says: "Số/Ngày ban hành Kế hoạch" still hold the 2021 plan', () => {
  // README "Sang giai đoạn mới", step 4: the office edits the name, the period's years and the milestones of the copy.
  // The plan rows are not in that list; the copy keeps the 2021 plan (Kế hoạch 172/KH-SGDĐT ngày 14/9/2021).
  const cfg = haSonSo(NOW, { planNumber: '172/KH-SGDĐT', planDate: '14/09/2021' });
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[0].name } as never, { email: SCHOOLS[0].emails[0] });
  const tab = proposeAndGenerate(o, [2]);
  const toTrinh = docsText(o, 'Tờ trình')[0] ?? '';

  it('the Tờ trình for 2026–2030 cites, as its basis, a plan issued in 2021 (the documents are made)', () => {
    // The facts of the scenario (these pass): the signed documents name the 2021 plan as the basis of a 2026–2030 award.
    // (Its trích yếu, not in "Cấu hình", a gap to complete: review r73l #1.)
    expect(toTrinh).toMatch(/Căn cứ Kế hoạch số 172\/KH-SGDĐT ngày 14 tháng 9 năm 2021 của Sở Giáo dục và Đào tạo tỉnh Hà Sơn về \[trích yếu của Kế hoạch — cơ quan bổ sung\];/);
  });

  it('the office is told that its plan is dated before the period it is the plan of', () => {
    const log = o.emu.spreadsheets.sheet('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi') : [];
    const said = [...tab.map((r) => r.join(' ')), ...log.map((r) => r.map(String).join(' '))];
    expect(said.some((s) => s.includes('Ngày ban hành Kế hoạch') && /2021|trước giai đoạn|trước năm 2026/.test(s))).toBe(true);
  });
});

describe('N1 — the office has no 2026–2030 plan yet: "Số Kế hoạch", "Ngày ban hành Kế hoạch" left empty', () => {
  const cfg = haSonSo(NOW, { planNumber: '', planDate: '' });
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[0].name } as never, { email: SCHOOLS[0].emails[0] });
  const tab = proposeAndGenerate(o, [2]);
  const toTrinh = docsText(o, 'Tờ trình')[0] ?? '';

  it('the Tờ trình does not cite a plan the office never gave (no number, no date), or the office is told to fill it', () => {
    const cites = /Căn cứ Kế hoạch của /.test(toTrinh);
    const told = tab.some((r) => r.join(' ').includes('Số Kế hoạch của cơ quan'));
    // Before the fix: "Căn cứ Kế hoạch của Sở Giáo dục và Đào tạo tỉnh Hà Sơn về việc … giai đoạn 2026-2030;" and no note.
    expect(!cites || told).toBe(true);
  });
});

describe('N2 — first year of the period: a collective whose recognised initiative dates from 2025 (the previous period)', () => {
  const cfg = commune();
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
  const t = initiativeTitles(1);
  const form = o.emu.forms.forms.get(o.formId)! as unknown as { items: { title: string; helpText?: string; choices?: { value: string }[] }[] };
  const item = (title: string) => form.items.find((i) => i.title === title)!;
  // Trường Tiểu học Hòa Bình: its initiative was recognised by the commune in May 2025 (45/QĐ-UBND). The year list
  // offers 2026–2030 only, so the school leaves the year blank, as the form allows.
  o.emu.forms.submitAsUser(
    o.formId,
    { ...collectiveAnswers(cfg), [Q.school]: SCHOOLS[1].name, [Q.collectiveName]: SCHOOLS[1].name, [t.decision]: '45/QĐ-UBND', [t.year]: '' } as never,
    { email: SCHOOLS[1].emails[0] },
  );
  const mail = o.emu.mail.sent.find((m) => m.subject.includes('Đã nhận phiếu'))!;

  it('the form offers only the years of the period for “năm công nhận” (fact)', () => {
    expect(item(t.year).choices!.map((c) => c.value)).toEqual(['2026', '2027', '2028', '2029', '2030']);
  });

  it('the collective is held at “Cần bổ sung” for a year the form does not let it write (fact)', () => {
    expect(mail.subject).toContain('Cần bổ sung');
    expect(mail.body).toContain('cần bổ sung mục “Sáng kiến, giải pháp 1: năm công nhận”');
  });

  it('the school is told how to give a recognition year before 2026 — a year it can choose, or the decision date in the decision field', () => {
    const choices = item(t.year).choices!.map((c) => c.value);
    const helps = [item(t.name).helpText ?? '', item(t.decision).helpText ?? '', item(t.year).helpText ?? '', mail.body].join(' ');
    // Either 2025 (and earlier) can be chosen, or a sentence says to write the decision's date ("45/QĐ-UBND ngày …"),
    // which the tool already reads as the year (registration.ts decisionYear).
    expect(choices.includes('2025') || /ghi (cả |thêm )?ngày (ban hành|ký|quyết định)|trước năm 2026|trước giai đoạn/.test(helps)).toBe(true);
  });
});

describe('N3 — a deadline of "Cấu hình" the tool cannot read: its stand-in reaches the schools as an overdue deadline', () => {
  // The commune gave its schools until the end of the year for their 2026–2030 plan and typed it as its own plan words
  // such a deadline ("Trong quý III năm 2021" in the 2021–2025 plan): "Quý IV/2026" — not a date the tool reads. Thiết lập says the stand-in (30/09/2026) is used for the checks and "không gửi thư nhắc hạn này
  // cho các trường" (configErrorBadDate). Today the daily reminder of the annual report (due 15/12/2026) goes.
  const cfg = commune();
  const o = officeAfterSetup(SCHOOLS, { now: new Date(2026, 10, 25, 8, 0, 0) }, cfg);
  setConfigValues(o.emu, { 'milestone.KE-HOACH': 'Quý IV/2026' });
  o.bundle.call('setup', undefined, { kind: 'menu' });
  const alert = o.emu.spreadsheets.ui[o.emu.spreadsheets.ui.length - 1].message;
  o.emu.triggers.runDueTimeTriggers(new Date(2026, 11, 5, 9, 0, 0));
  const toSchools = o.emu.mail.sent.filter((m) => SCHOOLS.some((s) => s.emails.some((e) => m.to.includes(e))));

  it('Thiết lập promises that the stand-in is not sent to schools as their deadline (fact)', () => {
    expect(alert).toContain('“Quý IV/2026”');
    expect(alert).toContain('không gửi thư nhắc hạn này cho các trường');
  });

  it('no e-mail to a school names the stand-in 30/09/2026 as its plan deadline, nor calls the plan overdue', () => {
    expect(toSchools.length).toBeGreaterThan(0);
    const said = toSchools.filter((m) => m.body.includes('(hạn 30/09/2026)'));
    // Today each reminder of the annual report says: "Các kỳ báo cáo còn thiếu (đã quá hạn): “Kế hoạch giai đoạn
    // 2026-2030 của đơn vị” (hạn 30/09/2026)".
    expect(said.map((m) => m.subject)).toEqual([]);
  });
});

describe('N4 — first year: the progress tab says the (required) ratings question was "không bắt buộc, chưa trả lời"', () => {
  // A teacher registered today; the form made the school answer every row of the ratings grid (required): "Chưa đánh
  // giá" for 2026-2027 (under way) and the years to come. No school year of the period counts yet, so the Báo cáo
  // thành tích leaves out its "Kết quả đánh giá, xếp loại" line — rightly. The note on "Đề nghị khen thưởng" says why.
  const cfg = commune();
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[0].name } as never, { email: SCHOOLS[0].emails[0] });
  const tab = proposeAndGenerate(o, [2]);
  const row = tab.find((r) => r[1] === 'DK-000002' && r[6].startsWith('Báo cáo thành tích'))!;

  it('the ratings grid is a required question of the form (fact)', () => {
    const form = o.emu.forms.forms.get(o.formId)! as unknown as { items: { title: string; required?: boolean; isRequired?: boolean }[] };
    const grid = form.items.find((i) => i.title === Q.individualRatings) as Record<string, unknown>;
    expect(grid.required ?? grid.isRequired).toBe(true);
  });

  it('the note does not call the answered, required ratings question "không bắt buộc, chưa trả lời"', () => {
    expect(row).toBeDefined();
    expect(row[10]).not.toMatch(/“Kết quả đánh giá, xếp loại cá nhân từng năm học”[^.]*\(không bắt buộc, chưa trả lời\)/);
  });
});

describe('N5 — first-year round: a school principal is told "Đạt, CN-10 xét từ ngày 11/06/2028", then cannot be proposed now', () => {
  // Today the commune's council holds its first round of the period. A principal (Cán bộ quản lý) registered today:
  // no school year of 2026–2030 has been rated yet (2026-2027 counts from 01/06/2027).
  const cfg = commune();
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('manager', cfg), [Q.school]: SCHOOLS[2].name, [Q.individualName]: 'Trần Văn Bình' } as never, { email: SCHOOLS[2].emails[0] });
  const mail = o.emu.mail.sent.find((m) => m.subject.includes('Đã nhận phiếu DK-000002'))!;
  const tab = proposeAndGenerate(o, [2]);
  const row = tab.find((r) => r[1] === 'DK-000002')!;

  it('the proposal refuses the principal now: no "Hoàn thành xuất sắc" year of the period counts yet (fact)', () => {
    expect(row[9]).toContain('Chưa đề nghị');
    expect(row[10]).toContain('phải có ít nhất 01 năm trong giai đoạn được xếp loại “Hoàn thành xuất sắc nhiệm vụ”');
  });

  it('the school was told "Đạt" with CN-10 judged only from the interim review (11/06/2028) (fact)', () => {
    expect(mail.subject).toContain('Đạt');
    expect(mail.body).toContain('được xét từ ngày 11/06/2028');
  });

  it('the e-mail also says that, until a school year rated “Hoàn thành xuất sắc nhiệm vụ” counts (01/06/2027 at the earliest), the person cannot be proposed for commendation', () => {
    expect(mail.body).toMatch(/(chưa|không) (được|thể) (đưa vào|đề nghị)[^.]*(khen|tờ trình)|đề nghị khen[^.]*(từ ngày|sau ngày|khi) 01\/06\/2027/);
  });
});

describe('N6 — the criteria of the 2021–2025 plan applied to 2026–2030: the Sheet does not say whose "mục II.2.b" it is', () => {
  // The commune's own plan is 52/KH-UBND ngày 25/09/2026 ("Cấu hình"), cited by its Tờ trình. Its criteria, as the
  // tool applies them, are the 2021–2025 plan's (Phòng GD&ĐT thành phố Yên Bái) minus TT-15; every section the tool
  // names ("mục II.2.b của kế hoạch" in the form, "mục III.1 của Kế hoạch" in the digest, "Mục kế hoạch" in
  // "Tiêu chí") is that plan's numbering.
  const cfg = commune();
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
  const criteria = o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String).join(' '));
  const guide = o.emu.spreadsheets.values('Hướng dẫn').map((r) => r.map(String).join(' '));
  const form = o.emu.forms.forms.get(o.formId)! as unknown as { items: { title: string; helpText?: string }[] };

  it('the form cites "mục II.2.b của kế hoạch" to the schools of a commune whose plan is 52/KH-UBND (fact)', () => {
    expect(form.items.find((i) => i.title === Q.partyMember)!.helpText).toContain('(mục II.2.b của kế hoạch)');
    expect(criteria[0]).toContain('Mục kế hoạch');
  });

  it('"Tiêu chí" (or "Hướng dẫn") says the criteria and their sections are those of the 2021–2025 plan', () => {
    expect([...criteria, ...guide].some((s) => /2021\s*[-–]\s*2025/.test(s))).toBe(true);
  });
});

describe('N7 — "Ngày kiểm tra" still holds last year\'s date (20/11/2025): the weekly digest says every school met its minimum', () => {
  // The commune tried the tool last November with "Ngày kiểm tra" = 20/11/2025 and left it. Thiết lập and each
  // rebuild note it (todayFixedNote); the weekly digest — what the chairman reads — does not, and mixes the two days:
  // reports are judged due by today (the plan of 30/09/2026 is listed missing), the minimum registrations of III.1 by
  // 20/11/2025 (no school year of the period had begun: nobody is short).
  const cfg = commune();
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
  setConfigValues(o.emu, { 'today': '20/11/2025' });
  o.bundle.call('setup', undefined, { kind: 'menu' });
  // Hoa Sen registers a collective and an individual; Hòa Bình an individual; Quang Minh nothing.
  o.emu.forms.submitAsUser(o.formId, collectiveAnswers(cfg) as never, { email: SCHOOLS[0].emails[0] });
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[0].name } as never, { email: SCHOOLS[0].emails[0] });
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Lê Văn Cường' } as never, { email: SCHOOLS[1].emails[0] });
  o.emu.triggers.runDueTimeTriggers(new Date(2026, 11, 7, 12, 0, 0));
  const digest = o.emu.mail.sent.find((m) => m.subject.includes('Tổng hợp hằng tuần'))!;

  it('the digest of 07/12/2026 lists the plan of 30/09/2026 as missing — judged by today (fact)', () => {
    expect(digest.body).toContain('Trường THCS Quang Minh: thiếu “Kế hoạch giai đoạn 2026-2030 của đơn vị”');
  });

  it('the digest does not tell the chairman that every school has its collective and individual while Quang Minh registered nothing, unless it says the checks are as of 20/11/2025', () => {
    const claimsAll = digest.body.includes('Tất cả các đơn vị đã có ít nhất một tập thể và một cá nhân đăng ký');
    const saysFixed = /20\/11\/2025/.test(digest.body);
    expect(!claimsAll || saysFixed).toBe(true);
  });
});
