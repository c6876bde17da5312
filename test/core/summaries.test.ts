import { responseTabs } from '../../sample/response-tabs';
import { describe, expect, it } from 'vitest';
import { makeSampleOffice, SampleOffice } from '../../sample/office';
import { evaluateAll, EvaluateOutput } from '../../src/core/evaluate';
import { directoryToRows } from '../../src/core/directory';
import { KIND_CHOICES, Q, RATING_CHOICES, SELF_DECLARED, buildRegistrationForm, schoolYearRow } from '../../src/core/registration-form';
import {
  SPREADSHEET_CELL_LIMIT,
  NEW_TAB_CELLS,
  a1,
  cellCount,
  columnLetter,
  districtSummary,
  lookupTab,
  schoolTabs,
  schoolSummaries,
  tabNameFrom,
  shortTabName,
  isGeneratedTab,
  TAB_NAME_MAX,
  uniqueTabNames,
  DistrictSummaryTab,
  SchoolTab,
} from '../../src/core/summaries';
import { mergeReview } from '../../src/core/review';
import { resultCounts, resultRow } from '../../src/core/results-table';
import {
  GROUP_DUTIES_HEADER,
  GROUP_TAB_HEADER,
  schoolTabCounts,
  LOOKUP_TAB,
  OUTBOX_HEADER,
  RESULTS_HEADER,
  SCHOOL_TAB_HEADER,
  SUMMARY_BELOW_HEADER,
  SUMMARY_COUNT_HEADER,
  SUMMARY_CHART_HEADER,
  SUMMARY_GENERATED_NOTICE,
  SUMMARY_FIELD_HEADER,
  SUMMARY_LEVEL_HEADER,
  SUMMARY_MODEL_HEADER,
  SUMMARY_SCHOOL_HEADER,
  SUMMARY_TAB,
  SUMMARY_TOTAL,
  TAB,
} from '../../src/core/messages';
import { OfficeConfig } from '../../src/core/config';
import { answersToRow, collectiveAnswers, config, directoryRows, form, headerRow, individualAnswers, SCHOOLS as PLAN_SCHOOLS } from './helpers';


function evaluateOffice(office: SampleOffice) {
  const tabs = responseTabs(office);
  return { tabs, out: evaluateAll({ config: office.config, directoryRows: office.directoryRows, ...tabs }) };
}

/** The tab as the sheet shows it: header row first. */
const grid = (t: { header: unknown[]; rows: unknown[][] }) => [t.header, ...t.rows];
/** The cells of a 1-based sheet row. */
const sheetRow = (t: { header: unknown[]; rows: unknown[][] }, row: number) => grid(t)[row - 1];
const cellsText = (t: { header: unknown[]; rows: unknown[][] }) => grid(t).flat().map(String).join('\u0001');

// ---- a small office built by hand, with names that clash once made tab names ----------------------

const SCHOOLS = [
  { code: 'TH01', name: 'Trường Tiểu học Hoa/Sen', level: 'Tiểu học', ward: 'Phường Đồng Tâm', cluster: 'Cụm 1', principal: 'A', emails: ['th01@truong.example'] },
  { code: 'TH02', name: 'Trường Tiểu học Hoa Sen', level: 'Tiểu học', ward: 'phường  Đồng Tâm', cluster: 'Cụm 2', principal: 'B', emails: ['th02@truong.example'] },
  { code: 'MN01', name: "Trường Mầm non [Hoa Sen]: cơ sở 'Bến Đò'?", level: 'Mầm non', ward: 'Phường Nam Cường', cluster: 'Cụm 1', principal: 'C', emails: ['mn01@truong.example'] },
  { code: 'CS01', name: 'Tổng hợp', level: 'THCS', ward: '', cluster: 'Cụm 2', principal: 'D', emails: ['cs01@truong.example'] },
  { code: 'CS02', name: 'Trường THCS Không Phiếu', level: 'THCS', ward: 'Phường Nam Cường', cluster: '', principal: 'E', emails: ['cs02@truong.example'] },
];

function smallOffice(cfg: OfficeConfig = config()): EvaluateOutput {
  const names = SCHOOLS.map((s) => s.name);
  const f = buildRegistrationForm(cfg, names);
  const rows: unknown[][] = [headerRow(f)];
  let day = 1;
  for (const s of SCHOOLS.slice(0, 4)) {
    const c = { ...collectiveAnswers(cfg), [Q.school]: s.name, [Q.collectiveName]: `Tổ chuyên môn của ${s.code}` };
    rows.push(answersToRow(f, c, new Date(2023, 0, day++, 8), s.emails[0]));
    if (s.code !== 'TH02') {
      const i = { ...individualAnswers('teacher', cfg), [Q.school]: s.name, [Q.individualName]: `Giáo viên ${s.code}` };
      rows.push(answersToRow(f, i, new Date(2023, 0, day++, 8), s.emails[0]));
    }
  }
  // Same teacher name in two schools of the same ward.
  for (const s of SCHOOLS.slice(0, 2)) {
    const i = { ...individualAnswers('teacher', cfg), [Q.school]: s.name, [Q.individualName]: 'Nguyễn Thị Hòa' };
    rows.push(answersToRow(f, i, new Date(2023, 1, day++, 8), s.emails[0]));
  }
  // A school not in the directory.
  rows.push(answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: 'Trường Lạ', [Q.kind]: KIND_CHOICES.collective }, new Date(2023, 2, 1), 'x@y.example'));
  return evaluateAll({ config: cfg, directoryRows: directoryToRows(SCHOOLS), responseValues: rows });
}

describe('tab names', () => {
  it('strips the characters that break A1 references, keeps ≤ 31 characters (an .xlsx keeps no more), de-duplicates deterministically', () => {
    expect(TAB_NAME_MAX).toBe(31);
    expect(tabNameFrom("Trường Mầm non [Hoa Sen]: cơ sở 'Bến Đò'?")).toBe('Trường MN Hoa Sen cơ sở Bến Đò');
    expect(tabNameFrom('Trường Mầm non Hoa Sen')).toBe('Trường Mầm non Hoa Sen'); // short enough: as written
    expect(tabNameFrom('a/b\\c*d')).toBe('a b c d');
    expect(tabNameFrom("'''")).toBe('Đơn vị');
    const long = 'Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở xã Nậm Khắt huyện Mù Cang Chải tỉnh Yên Bái';
    expect(tabNameFrom(long)).toBe('PTDTBT TH&THCS xã Nậm Khắt');
    const names = uniqueTabNames([long, long, 'Tổng hợp', 'tổng HỢP', 'Kết quả kiểm tra', 'Hoa/Sen', 'Hoa Sen', 'Hòa Sen', 'Hoà Sen']);
    expect(names.every((n) => Array.from(n).length <= 31 && !/['[\]:*?/\\]/.test(n))).toBe(true);
    expect(names[1]).toBe('PTDTBT TH&THCS xã Nậm Khắt (2)');
    expect(names.slice(2)).toEqual(['Tổng hợp (2)', 'tổng HỢP (3)', 'Kết quả kiểm tra (2)', 'Hoa Sen', 'Hoa Sen (2)', 'Hòa Sen', 'Hoà Sen (2)']);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(uniqueTabNames([long, long, 'Tổng hợp'])).toEqual(names.slice(0, 3));
  });

  it('shortens a long school name to a stable short form, cut only between words', () => {
    expect(shortTabName('Trường Tiểu học và THCS Đồi Thông')).toBe('Trường TH&THCS Đồi Thông');
    expect(shortTabName('Trường Trung học cơ sở Nguyễn Văn Trỗi')).toBe('Trường THCS Nguyễn Văn Trỗi');
    // Every abbreviation tried and still too long: whole words up to the limit, never a cut word.
    const name = 'Trường Mầm non Sao Mai cơ sở Phường Đồng Tâm';
    const short = shortTabName(name);
    expect(short).toBe('MN Sao Mai cơ sở Phường Đồng');
    expect(name.split(' ')).toEqual(expect.arrayContaining(short.split(' ').slice(1)));
    expect(shortTabName('X'.repeat(40))).toBe('X'.repeat(31));
    // Generated tabs carry a notice in their first rows: the marker a tab is known by once its name was cut.
    expect(isGeneratedTab(['Trường A', 'Mã đơn vị: A', '', SUMMARY_GENERATED_NOTICE])).toBe(true);
    expect(isGeneratedTab(['Ghi chú của Phòng', 'Trang do công cụ tự tạo'])).toBe(false);
  });

  it('builds A1 references', () => {
    expect([columnLetter(1), columnLetter(14), columnLetter(26), columnLetter(27), columnLetter(703)]).toEqual(['A', 'N', 'Z', 'AA', 'AAA']);
    expect(a1(3, 2)).toBe('B3');
    expect(a1(3, 1, 10, 14)).toBe('A3:N10');
  });
});

describe('schoolTabs, one tab per school', () => {
  const out = smallOffice();
  const tabs = schoolTabs(out, config());

  it('names a tab after each school, uniquely, avoiding the tool’s own tabs', () => {
    expect(tabs.mode).toBe('perSchool');
    expect(tabs.tabs.map((t) => t.name)).toEqual([
      'Trường Tiểu học Hoa Sen',
      'Trường Tiểu học Hoa Sen (2)',
      'Trường MN Hoa Sen cơ sở Bến Đò',
      'Tổng hợp (2)',
      'Trường THCS Không Phiếu',
    ]);
    expect(tabs.tabs.map((t) => t.schoolCodes)).toEqual(SCHOOLS.map((s) => [s.code]));
  });

  it('holds that school’s data and nothing of another school', () => {
    const regsOf = (code: string) => out.registrations.filter((r) => r.school && r.school.code === code);
    for (const [i, tab] of tabs.tabs.entries()) {
      const code = SCHOOLS[i].code;
      const mine = regsOf(code);
      // Its table: exactly its registrations, in id order.
      expect(sheetRow(tab, tab.tableHeaderRow + 1)).toEqual(SCHOOL_TAB_HEADER);
      const data = grid(tab).slice(tab.tableHeaderRow + 1);
      expect(data.map((r) => r[0])).toEqual(mine.map((r) => r.id));
      expect(tab.registrationCount).toBe(mine.length);
      // No cell mentions another school's code, registration id or subject name.
      const text = cellsText(tab);
      for (const other of SCHOOLS) {
        if (other.code === code) continue;
        expect(text).not.toContain(other.code);
        for (const r of regsOf(other.code)) {
          expect(text).not.toContain(r.id);
          if (r.name !== 'Nguyễn Thị Hòa') expect(text).not.toContain(r.name);
        }
      }
      expect(text).not.toContain('Trường Lạ');
      expect(tab.header[0]).toBe(out.directory.schools[i].name);
      // One rectangle.
      expect(new Set(grid(tab).map((r) => r.length))).toEqual(new Set([SCHOOL_TAB_HEADER.length]));
      expect(tab.frozenRows).toBe(tab.tableHeaderRow + 1);
    }
    // The two "Nguyễn Thị Hòa" of the same ward stay on their own school's tab.
    const hoa = out.registrations.filter((r) => r.name === 'Nguyễn Thị Hòa');
    expect(hoa).toHaveLength(2);
    expect(cellsText(tabs.tabs[0])).toContain(hoa[0].id);
    expect(cellsText(tabs.tabs[0])).not.toContain(hoa[1].id);
    expect(cellsText(tabs.tabs[1])).toContain(hoa[1].id);
    expect(cellsText(tabs.tabs[1])).not.toContain(hoa[0].id);
  });

  it('says in its title block what the school still has to do', () => {
    const th02 = tabs.tabs[1];
    const title = grid(th02).slice(0, th02.tableHeaderRow).map((r) => r[0]).join('\n');
    expect(title).toContain('Mã đơn vị: TH02');
    // The minimum is yearly: these registrations are all of 2022-2023, none of 2021-2022 (over: told as history).
    expect(title).toContain('mỗi năm học (mục III.1): Chưa đạt — năm học 2021-2022 (đã qua) không có tập thể và cá nhân (cả giai đoạn đã có 1 tập thể, 1 cá nhân).');
    const none = tabs.tabs[4];
    const noneTitle = grid(none).slice(0, none.tableHeaderRow).map((r) => r[0]).join('\n');
    expect(noneTitle).toContain('Đơn vị chưa có phiếu đăng ký nào.');
    expect(noneTitle).toContain('(mục III.1): Chưa đạt — năm học 2021-2022 và 2022-2023 (đã qua) không có tập thể và cá nhân.');
    // Nothing at all in the period: no "(cả giai đoạn đã có 0 tập thể, 0 cá nhân)" after what the years lack (review mail L10).
    expect(noneTitle).not.toContain('cả giai đoạn đã có');
    expect(noneTitle).toContain('Kế hoạch của đơn vị (mục III.4): Chưa đạt — chưa gửi Kế hoạch giai đoạn 2021-2025 của đơn vị (hạn 30/09/2021)');
    expect(noneTitle).toContain('Báo cáo 6 tháng và hằng năm (mục IV.2): Chưa đạt — chưa gửi: ');
    expect(none.rows.length).toBe(none.tableHeaderRow);
    // What the school has not done, for "Tổng hợp" and the lookup tab: the year short of the minimum is named even
    // when the period as a whole holds both kinds.
    const th02Summary = schoolSummaries(out, config()).find((x) => x.school.code === 'TH02')!;
    expect(th02Summary.minimumMissing).toBe('năm học 2021-2022 (đã qua) không có tập thể và cá nhân');
    expect(th02Summary.missing).toContain('năm học 2021-2022 (đã qua) không có tập thể và cá nhân');
  });
});

describe('schoolTabs above the threshold: one tab per group', () => {
  const cfg = { ...config(), perSchoolTabThreshold: 2 };
  const out = smallOffice(cfg);

  it('groups by commune/ward, each school’s rows only in its group', () => {
    const tabs = schoolTabs(out, cfg);
    expect(tabs.mode).toBe('grouped');
    expect(tabs.groupBy).toBe('ward');
    expect(tabs.tabs.map((t) => [t.name, t.schoolCodes])).toEqual([
      ['Phường Đồng Tâm', ['TH01', 'TH02']],
      ['Phường Nam Cường', ['MN01', 'CS02']],
      ['Chưa ghi xã, phường', ['CS01']],
    ]);
    for (const tab of tabs.tabs) {
      expect(sheetRow(tab, tab.dutiesHeaderRow! + 1).slice(0, GROUP_DUTIES_HEADER.length)).toEqual(GROUP_DUTIES_HEADER);
      expect(sheetRow(tab, tab.tableHeaderRow + 1)).toEqual(GROUP_TAB_HEADER);
      const data = grid(tab).slice(tab.tableHeaderRow + 1);
      const expected = out.registrations.filter((r) => r.school && tab.schoolCodes.includes(r.school.code) && !r.flags.supersededBy);
      expect(data.map((r) => r[1]).sort()).toEqual(expected.map((r) => r.id).sort());
      // The group's counts are those of the registrations it lists.
      const count = (f: (r: (typeof expected)[number]) => boolean) => expected.filter(f).length;
      expect(sheetRow(tab, 2)[0]).toBe(
        schoolTabCounts(expected.length, count((r) => r.kind === 'collective'), count((r) => r.kind === 'individual'), count((r) => r.verdict === 'dat'), count((r) => r.verdict === 'chuaDat'), count((r) => r.verdict === 'canBoSung')),
      );
      for (const row of data) {
        const reg = out.registrations.find((r) => r.id === row[1])!;
        expect(row[0]).toBe(reg.school!.name);
      }
      const text = cellsText(tab);
      for (const s of SCHOOLS) if (!tab.schoolCodes.includes(s.code)) expect(text).not.toContain(s.code);
    }
  });

  it('groups by emulation cluster when asked', () => {
    const tabs = schoolTabs(out, cfg, { groupBy: 'cluster' });
    expect(tabs.tabs.map((t) => [t.name, t.schoolCodes])).toEqual([
      ['Cụm 1', ['TH01', 'MN01']],
      ['Cụm 2', ['TH02', 'CS01']],
      ['Chưa ghi cụm thi đua', ['CS02']],
    ]);
  });
});

describe('districtSummary', () => {
  const office = makeSampleOffice();
  const { out } = evaluateOffice(office);
  const tab = districtSummary(out, office.config);
  const inForce = out.registrations.filter((r) => !r.flags.supersededBy);

  const rowsOf = (key: keyof DistrictSummaryTab['blocks']) => {
    const b = tab.blocks[key];
    const data = [];
    for (let r = b.firstDataRow; r <= b.lastDataRow; r++) data.push(sheetRow(tab, r));
    return { b, data, total: b.totalRow ? sheetRow(tab, b.totalRow) : null };
  };
  const sumColumn = (rows: unknown[][], j: number) => rows.reduce((s, r) => s + (r[j] as number), 0);

  it('is one rectangle, its blocks where it says, headers in place', () => {
    expect(tab.name).toBe(SUMMARY_TAB);
    expect(new Set(grid(tab).map((r) => r.length))).toEqual(new Set([SUMMARY_SCHOOL_HEADER.length]));
    const headers = { byLevel: SUMMARY_LEVEL_HEADER, chart: SUMMARY_CHART_HEADER, byField: SUMMARY_FIELD_HEADER, byModel: SUMMARY_MODEL_HEADER, belowMinimum: SUMMARY_BELOW_HEADER, schools: SUMMARY_SCHOOL_HEADER };
    let previous = 0;
    for (const [k, h] of Object.entries(headers)) {
      const b = tab.blocks[k as keyof typeof headers];
      expect(b.titleRow).toBeGreaterThan(previous + 1); // a blank row between blocks
      expect(sheetRow(tab, b.titleRow)[0]).toBe(b.title);
      expect(sheetRow(tab, b.headerRow).slice(0, h.length)).toEqual(h);
      expect(sheetRow(tab, b.titleRow - 1).every((c) => c === '')).toBe(true);
      previous = b.totalRow ?? b.lastDataRow;
    }
    expect(previous).toBe(grid(tab).length);
    expect(tab.chart.range).toBe(`A${tab.blocks.chart.headerRow}:D${tab.blocks.chart.lastDataRow}`);
    expect(tab.chart.anchorColumn).toBeGreaterThan(SUMMARY_LEVEL_HEADER.length);
  });

  it('reads as a table: the counts in the same columns in every block, every number centred with its heading', () => {
    for (const key of ['byLevel', 'byField', 'byModel', 'schools'] as const) {
      expect(sheetRow(tab, tab.blocks[key].headerRow).slice(2, 8), key).toEqual(SUMMARY_COUNT_HEADER);
    }
    const ranges = (tab.centred ?? []).map((r) => {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(r)!;
      const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return { top: +m[2], left: col(m[1]), bottom: +m[4], right: col(m[3]) };
    });
    const centred = (row: number, col: number) => ranges.some((g) => row >= g.top && row <= g.bottom && col >= g.left && col <= g.right);
    let numbers = 0;
    grid(tab).forEach((cells, i) =>
      cells.forEach((v, j) => {
        if (typeof v !== 'number') return;
        numbers++;
        expect(centred(i + 1, j + 1), `${columnLetter(j + 1)}${i + 1}`).toBe(true);
      }),
    );
    expect(numbers).toBeGreaterThan(100);
    // Each centred range starts at its block's heading row: the heading is aligned as its values are.
    const headerRows = Object.values(tab.blocks).map((b) => b.headerRow);
    for (const g of ranges) expect(headerRows).toContain(g.top);
    // Text the office reads left to right (names, what is missing, wards) is never centred.
    for (const key of ['belowMinimum', 'schools'] as const) {
      const b = tab.blocks[key];
      for (let r = b.firstDataRow; r <= b.lastDataRow; r++) {
        expect(centred(r, 1)).toBe(false);
        if (key === 'belowMinimum') expect(centred(r, 3)).toBe(false);
      }
    }
    // One width per column; the count columns narrow, so no number sits far from its heading.
    expect(tab.widths).toHaveLength(SUMMARY_SCHOOL_HEADER.length);
    for (let j = 2; j < 8; j++) expect(tab.widths![j]).toBeLessThanOrEqual(80);
  });

  it('counts registrations once: those in force, the replaced ones apart, as the results tab read back gives them', () => {
    const c = resultCounts([RESULTS_HEADER, ...out.registrations.map(resultRow)]);
    expect(c.inForce).toBe(inForce.length);
    expect(c.superseded).toBe(out.registrations.length - inForce.length);
    expect(c.superseded).toBeGreaterThan(0);
    const overall = String(sheetRow(tab, 4)[0]);
    // "chưa đạt" may say how many of them fail only the year rated "xuất sắc" (a part of the count, in brackets).
    expect(overall.replace(/ \(trong đó [^)]*\)/, '')).toContain(`${c.inForce} phiếu đăng ký: ${c.byVerdict.get('Đạt')} đạt, ${c.byVerdict.get('Chưa đạt')} chưa đạt, ${c.byVerdict.get('Cần bổ sung')} cần bổ sung`);
    expect(overall).toContain(`không tính ${c.superseded} phiếu cũ đã được đăng ký lại`);
    // Said once: the line above does not say it again (review read-outputs L5).
    expect(String(sheetRow(tab, 3)[0])).not.toContain('đăng ký lại');
  });

  it('has a row per school in directory order, and totals equal to the sum of the rows', () => {
    const { data, total } = rowsOf('schools');
    expect(data.map((r) => r[1])).toEqual(out.directory.schools.map((s) => s.code));
    expect(total![0]).toBe(SUMMARY_TOTAL);
    for (let j = 2; j <= 7; j++) expect(total![j]).toBe(sumColumn(data, j));
    expect(total![2]).toBe(inForce.length);
    expect(total![3]).toBe(inForce.filter((r) => r.kind === 'collective').length);
    expect(total![5]).toBe(inForce.filter((r) => r.verdict === "dat").length);
    const meeting = data.filter((r) => r[8] === 'Có').length;
    // The duties' totals say what they count: the schools that did it, out of all.
    const planSent = data.filter((r) => r[9] === 'Đã gửi').length;
    const reportsSent = data.filter((r) => /^Đủ \d+\/\d+ kỳ$/.test(String(r[10]))).length;
    expect(reportsSent).toBeGreaterThan(0);
    expect(reportsSent).toBeLessThan(data.length);
    expect(total!.slice(8, 11)).toEqual([`${meeting}/${data.length} đã đủ`, `${planSent}/${data.length} đã gửi`, `${reportsSent}/${data.length} đã gửi đủ`]);
    // The schools below the minimum are exactly the "Chưa" rows.
    expect(rowsOf('belowMinimum').data.map((r) => r[1])).toEqual(data.filter((r) => r[8] === 'Chưa').map((r) => r[1]));
    expect(meeting).toBe(out.schoolDuties.filter((d) => d.results.filter((x) => x.criterionId.startsWith('TR-01') || x.criterionId.startsWith('TR-02')).every((x) => x.status === 'met')).length);
  });

  it('before any plan or report is due, the duties totals say so, as the schools\' cells do (not "0/5 đã gửi")', () => {
    const early = config(new Date(2021, 6, 1));
    const small = districtSummary(smallOffice(early), early);
    const b = small.blocks.schools;
    const data = grid(small).slice(b.firstDataRow - 1, b.lastDataRow).filter((r) => r[1] !== '');
    expect(data.map((r) => [r[9], r[10]])).toEqual(data.map(() => ['Chưa đến hạn', 'Chưa đến hạn']));
    expect(sheetRow(small, b.totalRow!).slice(8, 11)).toEqual([`${data.filter((r) => r[8] === 'Có').length}/5 đã đủ`, 'Chưa đến hạn', 'Chưa đến hạn']);
  });

  it('totals by level, field and model type add up (the happy-school subtotal aside)', () => {
    for (const key of ['byLevel', 'byField', 'byModel'] as const) {
      const { b, data, total } = rowsOf(key);
      const counted = data.filter((_, i) => !b.subtotalRows.includes(b.firstDataRow + i));
      // The six counts sit in the same columns (C–H) in every block.
      for (let j = 2; j < 8; j++) expect(total![j]).toBe(sumColumn(counted, j));
      expect(total![2]).toBe(inForce.length);
    }
    const { b, data } = rowsOf('byModel');
    const sub = sheetRow(tab, b.subtotalRows[0]);
    const happy = data.filter((r) => String(r[0]).startsWith('Trường học hạnh phúc: '));
    expect(happy.map((r) => r[0])).toContain('Trường học hạnh phúc: Trường học nông trại');
    for (let j = 2; j <= 7; j++) expect(sub[j]).toBe(sumColumn(happy, j));
    // Column B of the field and model blocks: schools with a registration in force there (a school counts once).
    const withAny = new Set(inForce.filter((r) => r.school && out.directory.byKey.has(r.school.key)).map((r) => r.school!.key)).size;
    expect(rowsOf('byField').total![1]).toBe(withAny);
    expect(rowsOf('byModel').total![1]).toBe(withAny);
    for (const r of [...rowsOf('byField').data, ...data]) expect(r[1] as number).toBeLessThanOrEqual(withAny);
    expect(sub[1] as number).toBeLessThanOrEqual(sumColumn(happy, 1));
    expect(sub[1] as number).toBeGreaterThanOrEqual(Math.max(...happy.map((r) => r[1] as number)));
    // Chart data = the level block's verdict columns.
    const levels = rowsOf('byLevel').data;
    expect(rowsOf('chart').data).toEqual(levels.map((r) => [r[0], r[5], r[6], r[7], ...new Array(10).fill('')]));
    expect(sumColumn(levels, 1)).toBe(out.directory.schools.length);
  });

  it('is deterministic', () => {
    const again = evaluateOffice(makeSampleOffice()).out;
    expect(districtSummary(again, office.config)).toEqual(tab);
    expect(schoolTabs(again, office.config)).toEqual(schoolTabs(out, office.config));
    expect(lookupTab(again, office.config, { summary: tab })).toEqual(lookupTab(out, office.config, { summary: tab }));
  });
});

describe('lookupTab', () => {
  const office = makeSampleOffice();
  const { out } = evaluateOffice(office);
  const summary = districtSummary(out, office.config);

  it('gives a dropdown cell, the school list it takes its values from, and two FILTER formulas with room to spill', () => {
    const tab = lookupTab(out, office.config, { summary, selected: '  trường mầm non TUỔI THƠ ' });
    expect(tab.name).toBe(LOOKUP_TAB);
    expect(tab.header[1]).toBe('Trường Mầm non Tuổi Thơ');
    const names = out.directory.schools.map((s) => s.name);
    expect(tab.selector.choices).toEqual(names);
    const listCol = tab.header.length;
    expect(tab.selector.choicesRange).toBe(`'${LOOKUP_TAB}'!${columnLetter(listCol)}2:${columnLetter(listCol)}${names.length + 1}`);
    expect(grid(tab).slice(1, names.length + 1).map((r) => r[listCol - 1])).toEqual(names);
    const b = summary.blocks.schools;
    expect(tab.formulas.map((f) => f.formula)).toEqual([
      `=IFERROR(FILTER('Tổng hợp'!A${b.firstDataRow}:N${b.lastDataRow}, 'Tổng hợp'!A${b.firstDataRow}:A${b.lastDataRow} = $B$1), "Chưa chọn đơn vị hoặc tên đơn vị không có trong danh mục.")`,
      `=IFERROR(FILTER('${TAB.results}'!A2:N, '${TAB.results}'!B2:B = $B$1), "Đơn vị chưa có phiếu đăng ký nào.")`,
    ]);
    // The formula cells are empty in the literal rows; the results header sits just above the second formula.
    for (const f of tab.formulas) expect(sheetRow(tab, f.row)[f.column - 1]).toBe('');
    expect(sheetRow(tab, tab.formulas[1].row - 1).slice(0, RESULTS_HEADER.length)).toEqual(RESULTS_HEADER);
    expect(sheetRow(tab, tab.formulas[0].row - 1).slice(0, SUMMARY_SCHOOL_HEADER.length)).toEqual(SUMMARY_SCHOOL_HEADER);
    const most = Math.max(...names.map((n) => out.registrations.filter((r) => r.school && r.school.name === n).length));
    expect(grid(tab).length).toBe(tab.gridRows);
    expect(tab.gridRows! - tab.formulas[1].row + 1).toBeGreaterThanOrEqual(most);
    expect(tab.frozenRows).toBe(tab.formulas[1].row - 1);
    expect(lookupTab(out, office.config, { selected: 'Trường không có' }).header[1]).toBe(names[0]);
  });

  it('reads the tool\'s columns of "Kết quả kiểm tra" where they stand when the office put columns of its own among them', () => {
    // A clerk's "STT" at A and a "Theo dõi" after "Kết luận": the tool's columns are B…I and K…P; the school's is C.
    const at = RESULTS_HEADER.map((_, j) => (j <= 7 ? j + 1 : j + 2));
    const formula = lookupTab(out, office.config, { summary, resultsColumns: at }).formulas[1].formula;
    // Each by a range of its own where it stands (a reference Sheets moves with a column inserted later), never by its
    // header (the office may have a column of the same name) nor by a number.
    const t = `'${TAB.results}'`;
    const letters = ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'K', 'L', 'M', 'N', 'O', 'P'];
    expect(formula).toBe(`=IFERROR(FILTER(HSTACK(${letters.map((l) => `${t}!${l}2:${l}`).join(', ')}), ${t}!C2:C = $B$1), "Đơn vị chưa có phiếu đăng ký nào.")`);
    // Side by side from A, as the tool writes them: the plain range.
    expect(lookupTab(out, office.config, { summary, resultsColumns: RESULTS_HEADER.map((_, j) => j) }).formulas[1].formula).toContain(`FILTER('${TAB.results}'!A2:N, '${TAB.results}'!B2:B`);
  });
});

describe('1,000 schools and 20,000 registrations', () => {
  const office = makeSampleOffice({ schools: 1000, registrations: 20000 });
  const { out, tabs } = evaluateOffice(office);

  it('builds every summary tab within the spreadsheet cell limit; merging over a full review tab keeps it', () => {
    // How long this takes is a figure of `npm run bench`, not an assertion: a test never compares elapsed time
    // with a limit (the machine running the suite may be busy).
    const school = schoolTabs(out, office.config);
    const summary = districtSummary(out, office.config);
    const lookup = lookupTab(out, office.config, { summary });
    const review = mergeReview([], out.registrations);
    const reviewAgain = mergeReview(grid(review), out.registrations);
    expect(reviewAgain.rows).toEqual(review.rows);

    expect(school.mode).toBe('grouped');
    expect(school.tabs.reduce((n, t: SchoolTab) => n + t.registrationCount, 0)).toBe(out.registrations.filter((r) => r.school && !r.flags.supersededBy).length);
    const results = { header: RESULTS_HEADER, rows: out.registrations.map(resultRow) };
    const generated = cellCount([results, review, summary, lookup, ...school.tabs]);
    // Tabs the tool does not size: the two response tabs as Forms fills them, the outbox (one confirmation per
    // registration), and the small office tabs at their default 1000 × 26 grid.
    const responses = cellCount([{ header: tabs.responseValues[0], rows: tabs.responseValues.slice(1) }]);
    const reports = cellCount([{ header: tabs.reportValues[0], rows: tabs.reportValues.slice(1) }]);
    const outbox = (out.registrations.length + 1) * OUTBOX_HEADER.length;
    const small = 7 * NEW_TAB_CELLS; // Hướng dẫn, Cấu hình, Đơn vị, Tiêu chí, Tình trạng, Nhật ký lỗi, one spare
    const total = generated + responses + reports + outbox + small;
    console.log(`cells: generated ${generated}, responses ${responses}, reports ${reports}, outbox ${outbox}, total ${total} of ${SPREADSHEET_CELL_LIMIT}`);
    expect(total).toBeLessThan(SPREADSHEET_CELL_LIMIT);
  });
});

describe('Tổng hợp: the "chưa đạt" that fail only the year rated xuất sắc', () => {
  it('are counted apart in the overall line, as their results say', () => {
    // After the interim review (11/06/2023): a manager without a year rated "xuất sắc" fails CN-10 alone.
    const cfg = config(new Date(2023, 6, 1));
    const f = form(cfg);
    const noExcellent = { ...individualAnswers('manager', cfg) } as Record<string, unknown>;
    noExcellent[Q.individualRatings] = { ...(noExcellent[Q.individualRatings] as Record<string, string>), [schoolYearRow(2021)]: RATING_CHOICES.good };
    // Another also leaves a mandatory question blank: not counted (it has something to add).
    const alsoNoName = { ...noExcellent, [Q.individualName]: 'Lê Văn B', [SELF_DECLARED['CN-08-NEU-GUONG'].question]: '' };
    const rows = [noExcellent, { ...noExcellent, [Q.individualName]: 'Trần Thị C' }, alsoNoName, { ...individualAnswers('teacher', cfg), [Q.individualName]: 'Phạm Thị D' }].map((a, i) =>
      // Sent on 02/05/2023 and edited once 2022-2023 counted (01/06/2023) to write its result.
      answersToRow(f, a as never, new Date(2023, 5, 2 + i), PLAN_SCHOOLS[0].emails[0]),
    );
    const firstSent = new Map(rows.map((_, i) => [`DK-${String(i + 2).padStart(6, '0')}`, new Date(2023, 4, 2 + i).getTime()]));
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), ...rows], firstSent });
    expect(out.registrations.map((r) => r.verdict)).toEqual(['chuaDat', 'chuaDat', 'chuaDat', 'dat']);
    const line = (o: EvaluateOutput) => String(districtSummary(o, cfg).rows.find((r) => String(r[0]).includes('phiếu đăng ký:'))![0]);
    expect(line(out)).toContain('3 chưa đạt (trong đó 2 phiếu chỉ vì chưa có năm được xếp loại “Hoàn thành xuất sắc nhiệm vụ”)');
    // What the codes say is what the results say: the two counted fail CN-10 alone, the third lacks an answer too.
    const alone = out.registrations.filter((r) => r.verdict === 'chuaDat' && r.results.filter((x) => x.mandatory && x.status !== 'met' && x.status !== 'notApplicable').every((x) => x.criterionId === 'CN-10-XUAT-SAC') && r.problems.length === 0);
    expect(alone.map((r) => r.name)).toEqual([String(noExcellent[Q.individualName]), 'Trần Thị C']);
  });
});
