import { describe, expect, it } from 'vitest';
import { makeSampleOffice } from '../../sample/office';
import { responseTabs } from '../../sample/response-tabs';
import { configFromRows, configToRows, defaultConfig, officeWord } from '../../src/core/config';
import { evaluateAll } from '../../src/core/evaluate';
import { VERDICT_LABELS, VIEW_COMMENT_HEADER, viewDutiesOpen, VIEW_LINK_HEADER, VIEW_NOTE, configLabel, directoryErrorSharedEmail, schoolMailFooter, viewFormLines, viewLinkLine, viewNotProposed, viewNotProposedCount } from '../../src/core/messages';
import { render } from '../../src/core/emails';
import { directoryLinkColumn, planSchoolViews, viewKeys, withViewLink } from '../../src/core/school-views';
import { schoolTabs } from '../../src/core/summaries';
import { Q, R } from '../../src/core/registration-form';

function office(opts: { emails?: (codeIndex: number, emails: string[]) => string[]; threshold?: number; publish?: boolean } = {}) {
  const o = makeSampleOffice({ schools: 12, registrations: 60, seed: 3 });
  const rows = o.directoryRows.map((r) => [...r]);
  if (opts.emails) for (let i = 1; i < rows.length; i++) rows[i][6] = opts.emails(i - 1, String(rows[i][6]).split('; ')).join('; ');
  const config = { ...o.config, schoolViews: { enabled: true, publishComments: !!opts.publish, contact: 'Cô Lan, 0912 000 111' } };
  if (opts.threshold !== undefined) config.perSchoolTabThreshold = opts.threshold;
  const out = evaluateAll({ config, directoryRows: rows, ...responseTabs(o) });
  return { o, out, config };
}

describe('planSchoolViews', () => {
  it('off by default: no view', () => {
    const { out, config } = office();
    expect(defaultConfig(new Date()).schoolViews.enabled).toBe(false);
    expect(planSchoolViews(out, { ...config, schoolViews: { ...config.schoolViews, enabled: false } }).views).toEqual([]);
  });

  it('one view per school: only its registrations and reports, shared with its own addresses, no council comment', () => {
    const { out, config } = office();
    const plan = planSchoolViews(out, config, new Map(out.registrations.map((r) => [r.id, { decision: 'Không đề nghị', comment: 'BÍ MẬT' }])));
    expect(plan.views).toHaveLength(12);
    expect(plan.notes).toEqual([]);
    for (const v of plan.views) {
      const school = out.directory.schools.find((s) => s.code === v.schoolCodes[0])!;
      expect(v.key).toBe(`S:${school.code}`);
      expect(v.share).toEqual([...school.emails].sort());
      const text = [v.header, ...v.rows].flat().map(String).join('\n');
      expect(text).not.toContain('BÍ MẬT');
      expect(text).not.toContain(VIEW_COMMENT_HEADER);
      expect(text).toContain('Cô Lan, 0912 000 111');
      for (const r of out.registrations) expect(text.includes(`${r.id}\n`)).toBe(r.school?.code === school.code && !r.flags.supersededBy);
      for (const s of out.directory.schools) if (s !== school) expect(text).not.toContain(s.name);
      expect(v.hash).toMatch(/^[0-9a-f]{16}/);
    }
    // The content fingerprint follows the content.
    const again = planSchoolViews(out, config);
    expect(again.views.map((v) => v.hash)).toEqual(plan.views.map((v) => v.hash));
    expect(new Set(plan.views.map((v) => v.hash)).size).toBe(plan.views.length);
    const otherContact = planSchoolViews(out, { ...config, schoolViews: { ...config.schoolViews, contact: 'Cô Lan, 0912 000 112' } });
    otherContact.views.forEach((v, i) => expect(v.hash).not.toBe(plan.views[i].hash));
  });

  it('says what to fix without the row of the office\'s response tab, which the office\'s own tab keeps', () => {
    const { o, config } = office();
    // A person registered under a name that is no name ("TRUE"): a data problem, told with its row.
    const tabs = responseTabs(o);
    const col = tabs.responseValues[0].map(String).indexOf(Q.individualName);
    const row = tabs.responseValues.findIndex((r, i) => i > 0 && String(r[col]) !== '');
    tabs.responseValues[row][col] = 'TRUE';
    const out = evaluateAll({ config, directoryRows: o.directoryRows, ...tabs });
    const withRow = out.registrations.filter((r) => r.school && !r.flags.supersededBy && r.findings.some((f) => /^Dòng \d+: /.test(f.message)));
    expect(withRow.length, 'the sample has registrations with a data problem').toBeGreaterThan(0);
    const officeText = schoolTabs(out, config).tabs.flatMap((t) => [t.header, ...t.rows]).flat().map(String).join('\n');
    expect(officeText).toMatch(/• Dòng \d+: /);
    const viewText = planSchoolViews(out, config).views.flatMap((v) => [v.header, ...v.rows]).flat().map(String).join('\n');
    expect(viewText).not.toMatch(/Dòng \d+: /);
    for (const r of withRow) expect(viewText).toContain(`${r.id}\n`);
  });

  it('names the registrations the school registered again, with what replaced them, and gives the forms to act through', () => {
    const { out, config } = office();
    const forms = { registration: 'https://forms.example/dang-ky', report: 'https://forms.example/bao-cao' };
    const plan = planSchoolViews(out, config, new Map(), forms);
    const replaced = out.registrations.filter((r) => r.flags.supersededBy && r.school);
    expect(replaced.length).toBeGreaterThan(0);
    for (const v of plan.views) {
      const text = [v.header, ...v.rows].flat().map(String).join('\n');
      expect(text).toContain(viewFormLines(forms.registration, forms.report)[0]);
      expect(text).toContain(viewFormLines(forms.registration, forms.report)[1]);
      // The office's line points to "Kết quả kiểm tra", a tab of the office's the school cannot open.
      expect(text).not.toContain('Kết quả kiểm tra');
      for (const r of replaced) expect(text.includes(`${r.id} “${r.name}” (thay bằng ${r.flags.supersededBy})`), r.id).toBe(v.schoolCodes.includes(r.school!.code));
    }
    // Without the links (the forms cannot be asked), no line about them.
    const bare = planSchoolViews(out, config).views.map((v) => [v.header, ...v.rows].flat().join('\n')).join('\n');
    expect(bare).not.toContain('https://forms.example');
    expect(viewFormLines(null, null)).toEqual([]);
  });

  it('names the replaced registrations by code, the lowest first, whatever the order of the response tab (review mail L14)', () => {
    const { out, config } = office();
    const lineOf = (o: typeof out) =>
      new Map(planSchoolViews(o, config).views.map((v) => [v.key, [v.header, ...v.rows].flat().map(String).find((c) => c.startsWith('Phiếu cũ đã được đăng ký lại')) ?? '']));
    // The response tab's order mixed: a later code above an earlier one.
    const mixed = { ...out, registrations: [...out.registrations].reverse() };
    const lines = lineOf(mixed);
    let checked = 0;
    for (const [key, line] of lineOf(out)) {
      expect(lines.get(key)).toBe(line);
      const ids = [...line.matchAll(/(DK-\d+) “/g)].map((m) => m[1]);
      expect(ids).toEqual([...ids].sort());
      if (ids.length > 1) checked++;
    }
    expect(checked, 'a view with two replaced registrations or more').toBeGreaterThan(0);
  });

  it("opens on the school's counts and its registrations, the header kept in sight and the verdict within a phone's width (review mobile H2)", () => {
    const { out, config } = office({ publish: true });
    const comments = new Map(out.registrations.map((r) => [r.id, { decision: 'Đề nghị', comment: '' }]));
    let open = 0;
    for (const v of planSchoolViews(out, config, comments).views) {
      const lines = [v.header, ...v.rows];
      const school = out.directory.schools.find((s) => s.code === v.schoolCodes[0])!;
      const regs = out.registrations.filter((r) => r.school?.code === school.code && !r.flags.supersededBy);
      // Row 1 the school, row 2 its counts, row 3 the registrations' header: the three kept in sight.
      expect(lines[0][0]).toBe(school.name);
      expect(String(lines[1][0])).toMatch(/^(\d+ phiếu đăng ký|Đơn vị chưa có phiếu)/);
      expect(v.frozenRows).toBe(3);
      expect(lines[2].slice(0, 5)).toEqual(['Mã phiếu', 'Tên', 'Kết luận', VIEW_COMMENT_HEADER, 'Cần bổ sung hoặc chưa đạt']);
      expect(v.boldRows).toContain(3);
      // The verdict starts within 250 px of the left: a phone shows it beside the name.
      expect(v.widths[0] + v.widths[1]).toBeLessThanOrEqual(250);
      expect(v.widths).toHaveLength(lines[2].filter((c) => c !== '').length);
      regs.forEach((r, i) => {
        expect(lines[3 + i].slice(0, 4)).toEqual([r.id, r.name, VERDICT_LABELS[r.verdict], 'Đề nghị']);
        expect(v.wrapRows).toContain(4 + i);
      });
      // Below the table, the lines run on across the columns (no wrapping from a row on); the school's duties are
      // there, and the counts say so when one is not done.
      expect(v.wrapFromRow).toBeGreaterThan(lines.length);
      const text = (i: number) => lines[i].map(String).join(' ');
      const below = (needle: string) => lines.findIndex((l, i) => text(i).includes(needle));
      for (const needle of ['Mã đơn vị: ', 'Nhiệm vụ của đơn vị:', 'Báo cáo tiến độ', 'Cô Lan, 0912 000 111']) {
        expect(below(needle), needle).toBeGreaterThan(2 + regs.length);
        expect(v.wrapRows).not.toContain(below(needle) + 1);
      }
      const duties = lines.filter((l) => /^• .*: Chưa đạt/.test(String(l[0])));
      expect(String(lines[1][0]).includes(viewDutiesOpen(regs.length > 0))).toBe(duties.length > 0);
      if (duties.length > 0) open++;
    }
    expect(open).toBeGreaterThan(0);
  });

  it("a school's reports table: no school column, the period first, the summary in the widest of its columns, wrapped in them (the lines around it run on)", () => {
    const { out, config } = office();
    let withReports = 0;
    const views = planSchoolViews(out, config).views;
    for (const v of views) {
      const lines = [v.header, ...v.rows];
      const title = lines.findIndex((l) => String(l[0]).startsWith('Báo cáo tiến độ'));
      expect(lines[title + 1].slice(0, 4)).toEqual(['Kỳ báo cáo', 'Minh chứng', 'Ngày gửi', 'Tóm tắt kết quả']);
      // The summary, the longest text, has the widest of the table's columns; the evidence (a number and a link) the
      // next; the date the narrowest but the period's (review diff43 L4: the summary had 170 px, the evidence 400).
      const [period, evidence, date, summary] = v.widths.slice(0, 4);
      expect(summary).toBe(Math.max(period, evidence, date, summary));
      expect(evidence).toBeGreaterThan(date);
      expect(date).toBeGreaterThanOrEqual(90);
      const reports = out.reports.filter((r) => r.school?.code === v.schoolCodes[0]);
      // 1-based rows: the table's header, then one row per report (its period first), and nothing else below the table.
      expect(v.wrapRows.filter((r) => r > title)).toEqual(Array.from({ length: reports.length + 1 }, (_, i) => title + 2 + i));
      reports.forEach((r, i) => {
        expect(lines[title + 2 + i][0]).toBe(r.period ? r.period.label : r.periodLabel);
        expect(lines[title + 2 + i][3]).toBe(r.summary);
      });
      if (reports.length > 0) withReports++;
    }
    expect(withReports).toBeGreaterThan(0);
  });

  it("names a registration whose response row was deleted in its school's view only, as the council's tab holds it", () => {
    const { out, config } = office();
    const school = out.directory.schools[2];
    const removed = [{ id: 'DK-000999', school: school.name.toUpperCase(), name: 'Phạm Thu Oanh' }];
    const plan = planSchoolViews(out, config, new Map(), undefined, removed);
    const word = officeWord(config.organisation);
    const line = `Phiếu không còn được xét vì dòng phiếu trong bảng tính của ${word} đã bị xóa: DK-000999 “Phạm Thu Oanh”. Nếu đơn vị chưa được báo lý do, đề nghị liên hệ ${word}.`;
    for (const v of plan.views) {
      const lines = [v.header, ...v.rows];
      const at = lines.findIndex((l) => String(l[0]).startsWith(line));
      if (v.schoolCodes.includes(school.code)) {
        // Above the reports, where the lines run on across the columns.
        expect(at, v.label).toBeGreaterThan(0);
        expect(at).toBeLessThan(lines.findIndex((l) => String(l[0]).startsWith('Báo cáo tiến độ')));
      } else expect(at, v.label).toBe(-1);
    }
    const before = planSchoolViews(out, config).views.find((x) => x.schoolCodes.includes(school.code))!;
    expect(plan.views.find((x) => x.key === before.key)!.hash).not.toBe(before.hash);
  });

  it('publishes the council column only when the office chooses to', () => {
    const { out, config } = office({ publish: true });
    const first = out.registrations.find((r) => r.school && !r.flags.supersededBy)!;
    const plan = planSchoolViews(out, config, new Map([[first.id, { decision: 'Đề nghị khen', comment: 'Tốt' }]]));
    const v = plan.views.find((x) => x.schoolCodes[0] === first.school!.code)!;
    const lines = [v.header, ...v.rows];
    const head = lines.find((l) => l.indexOf(VIEW_COMMENT_HEADER) >= 0)!;
    const row = lines.find((l) => l[0] === first.id)!;
    expect(row[head.indexOf(VIEW_COMMENT_HEADER)]).toBe('Đề nghị khen: Tốt');
  });

  it('shows a registration the council decided "Không đề nghị" with nothing to complete, counted apart, its reason unpublished (review r76p F3)', () => {
    const { out, config } = office();
    // A school with a registration not "Đạt" (one the view would ask to complete) and another one.
    const school = out.directory.schools.find((s) => {
      const regs = out.registrations.filter((r) => r.school?.code === s.code && !r.flags.supersededBy);
      return regs.length > 1 && regs.some((r) => r.verdict !== 'dat');
    })!;
    const regs = out.registrations.filter((r) => r.school?.code === school.code && !r.flags.supersededBy);
    const gone = regs.find((r) => r.verdict !== 'dat')!;
    const comments = new Map([[gone.id, { decision: 'Không đề nghị', comment: 'Cá nhân xin rút đăng ký.' }]]);
    const view = (ids: Set<string>) => planSchoolViews(out, config, comments, undefined, [], new Map(), ids).views.find((v) => v.schoolCodes[0] === school.code)!;
    const before = view(new Set());
    const after = view(new Set([gone.id]));
    const row = after.rows.find((l) => l[0] === gone.id)!;
    expect(row[1]).toBe(gone.name);
    expect(row[2]).toBe('Không đề nghị');
    expect(String(row[3])).toBe(viewNotProposed(officeWord(config.organisation)));
    expect([after.header, ...after.rows].flat().map(String).join('\n')).not.toContain('Cá nhân xin rút');
    // Counted apart: out of its verdict's number, said after the counts.
    const n = (v: typeof after, label: string) => Number(new RegExp(`(\\d+) ${label}`).exec(String(v.rows[0][0]))![1]);
    const was = gone.verdict === 'chuaDat' ? 'chưa đạt' : 'cần bổ sung';
    expect(n(after, was)).toBe(n(before, was) - 1);
    expect(String(after.rows[0][0])).toContain(viewNotProposedCount(1));
    expect(after.hash).not.toBe(before.hash);
    // The other registrations as before.
    for (const r of regs.filter((x) => x !== gone)) expect(after.rows.find((l) => l[0] === r.id)).toEqual(before.rows.find((l) => l[0] === r.id));
  });

  it('an address of two schools is shared with neither; a school without address is shared with no one; both noted', () => {
    const { out, config } = office({ emails: (i, e) => (i === 1 || i === 2 ? ['chung@example.edu.vn', ...(i === 2 ? e : [])] : i === 3 ? [] : e) });
    const plan = planSchoolViews(out, config);
    const s = out.directory.schools;
    const view = (i: number) => plan.views.find((v) => v.schoolCodes[0] === s[i].code)!;
    expect(view(1).share).toEqual([]);
    expect(view(2).share).toEqual([...s[2].emails.filter((e) => e !== 'chung@example.edu.vn')].sort());
    expect(view(3).share).toEqual([]);
    expect(plan.withheld).toEqual(['chung@example.edu.vn']);
    // Said once, by the directory (for the mail too), not again by the views.
    expect(out.directory.errors).toContain(directoryErrorSharedEmail('chung@example.edu.vn', [s[1].name, s[2].name], [s[1].name]));
    expect(plan.notes.filter((n) => n.includes('chung@example.edu.vn'))).toEqual([]);
    expect(plan.notes).toContain(VIEW_NOTE.noAddress(s[3].name, s[3].code, 'Email'));
    // Named once (no “Trường Trường …”), with the column to fill in.
    expect(plan.notes.find((n) => n.includes(s[3].code))).toMatch(/^“Trường [^”]+” \(\w+\) chưa có e-mail.*cột “Email” ở dòng của trường/);
    for (const v of plan.views) for (const e of v.share) expect(s.filter((x) => x.emails.includes(e))).toHaveLength(1);
  });

  it('above the threshold: the office\'s tabs are grouped by commune, its views are still one per school', () => {
    // A view shared with a whole commune would show each school the others' people, verdicts and reasons.
    const grouped = office({ threshold: 3, publish: true });
    expect(schoolTabs(grouped.out, grouped.config).mode).toBe('grouped');
    const plan = planSchoolViews(grouped.out, grouped.config);
    expect(plan.views).toHaveLength(12);
    for (const v of plan.views) {
      expect(v.schoolCodes).toHaveLength(1);
      expect(v.key).toBe(`S:${v.schoolCodes[0]}`);
      const school = grouped.out.directory.schools.find((s) => s.code === v.schoolCodes[0])!;
      expect(v.share).toEqual([...school.emails].sort());
    }
    // The same views, word for word, as an office under the threshold gets.
    const ungrouped = office({ publish: true });
    expect(plan.views).toEqual(planSchoolViews(ungrouped.out, ungrouped.config).views);
    expect(viewKeys(grouped.out, grouped.config)).toEqual(plan.views.map((v) => ({ key: v.key, schoolCodes: v.schoolCodes })));
  });
});

describe('settings, links, e-mails', () => {
  it('the Cấu hình rows: off by default, "Có" turns it on, a bad value is reported', () => {
    const cfg = defaultConfig(new Date(2024, 0, 1));
    const rows = configToRows(cfg) as unknown[][];
    const row = rows.find((r) => r[0] === configLabel('schoolViews.enabled'))!;
    expect(row[1]).toBe('Không');
    row[1] = 'Có';
    expect(configFromRows(rows, new Date()).config.schoolViews.enabled).toBe(true);
    row[1] = 'hmm';
    const bad = configFromRows(rows, new Date());
    expect(bad.config.schoolViews.enabled).toBe(false);
    expect(bad.errors.join(' ')).toContain('chỉ ghi “Có” hoặc “Không”');
  });

  it('the link column goes after the office columns, by the code each row holds now', () => {
    const values = [
      ['Mã đơn vị', 'Tên đơn vị', 'Email'],
      ['B', 'Trường B', 'b@x.vn'],
      ['A', 'Trường A', 'a@x.vn'],
      ['C', 'Trường C', 'c@x.vn'],
    ];
    const col = directoryLinkColumn(values, new Map([['A', 'https://a'], ['B', 'https://b']]))!;
    expect(col.column).toBe(3);
    expect(col.cells).toEqual([[VIEW_LINK_HEADER], ['https://b'], ['https://a'], ['']]);
    const again = directoryLinkColumn(values.map((r, i) => [...r, i === 0 ? VIEW_LINK_HEADER : 'old', 'office note']), new Map([['A', 'https://a']]))!;
    expect(again.column).toBe(3);
    expect(directoryLinkColumn([['Tên']], new Map())).toBeNull();
  });

  it('a school e-mail gets its link in both parts, escaped; the HTML part as a link under words (review mobile M1)', () => {
    const e = withViewLink({ to: 'a@x.vn', subject: 's', body: 'Xin chào\n', htmlBody: '<div><p>Xin chào</p></div>' }, 'https://docs.google.com/spreadsheets/d/x/edit?a=1&b=2');
    expect(e.body).toBe(`Xin chào\n\n${viewLinkLine('https://docs.google.com/spreadsheets/d/x/edit?a=1&b=2')}\n`);
    expect(e.htmlBody).toContain('<a href="https://docs.google.com/spreadsheets/d/x/edit?a=1&amp;b=2">mở trang theo dõi</a></p></div>');
    expect(withViewLink(e, undefined)).toBe(e);
  });

  it('comes before the footer, where the reader stops, in both parts (review mail L7)', () => {
    const url = 'https://docs.google.com/spreadsheets/d/x/edit';
    const footer = schoolMailFooter('Sở Giáo dục và Đào tạo tỉnh Hà Sơn', 'Thường trực thi đua: td@x.vn');
    const mail = { to: 'a@x.vn', subject: 's', ...render([{ text: 'Kính gửi: Trường A' }, { title: 'Việc cần làm:', items: ['Một', 'Hai'] }, { text: footer }], 'Trước') };
    const e = withViewLink(mail, url);
    expect(e.body).toBe(`Kính gửi: Trường A\n\nViệc cần làm:\n- Một\n- Hai\n\n${viewLinkLine(url)}\n\n${footer}\n`);
    const link = `<p>${viewLinkLine(url).replace(url, `<a href="${url}">mở trang theo dõi</a>`)}</p>`;
    expect(e.htmlBody).toBe(mail.htmlBody.replace(`<p>${footer}</p>`, `${link}<p>${footer}</p>`));
    expect(e.htmlBody.endsWith(`<p>${footer}</p></div>`)).toBe(true);
  });
});

describe("a report's evidence in the school's view", () => {
  it('shows the document number that made it count, not a link answered "không có" (review school #4)', () => {
    const o = makeSampleOffice({ schools: 6, registrations: 20, seed: 3 });
    const config = { ...o.config, schoolViews: { enabled: true, publishComments: false, contact: '' } };
    const tabs = responseTabs(o);
    const h = tabs.reportValues[0].map(String);
    const doc = h.indexOf(R.docRef);
    const link = h.indexOf(R.link);
    const rows = tabs.reportValues.map((x, i) => i).filter((i) => i > 0 && /\/(KH|BC)-/.test(String(tabs.reportValues[i][doc])));
    expect(rows.length).toBeGreaterThan(1);
    const [denied, both] = rows;
    tabs.reportValues[denied][link] = 'không có';
    tabs.reportValues[both][link] = 'https://drive.example/bao-cao';
    const out = evaluateAll({ config, directoryRows: o.directoryRows, ...tabs });
    // The evidence is the reports table's second column (VIEW_REPORTS_HEADER).
    const cells = planSchoolViews(out, config).views.flatMap((v) => v.rows.map((r) => String(r[1] ?? '')));
    expect(cells).toContain(String(tabs.reportValues[denied][doc]));
    expect(cells).toContain(`${String(tabs.reportValues[both][doc])} · https://drive.example/bao-cao`);
    expect(cells).not.toContain('không có');
  });
});
