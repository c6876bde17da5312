// Review r80n F3 (fix f80d): the office's school and group tabs keep the automatic verdicts' counts and name, under
// them, the registrations the council decided "Không đề nghị" or asked to supplement; nothing when there are none. The
// school's view, built from the same tab, leaves that line out (it counts them itself).
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { directoryToRows } from '../../src/core/directory';
import { Q, buildRegistrationForm } from '../../src/core/registration-form';
import { schoolTabs } from '../../src/core/summaries';
import { SCHOOL_TAB_COUNCIL_HEAD, schoolTabCouncil } from '../../src/core/messages';
import { answersToRow, config, headerRow, individualAnswers, SCHOOLS } from './helpers';

function office(threshold: number) {
  const cfg = { ...config(), perSchoolTabThreshold: threshold };
  const f = buildRegistrationForm(cfg, SCHOOLS.map((s) => s.name));
  const rows: unknown[][] = [headerRow(f)];
  let day = 1;
  for (const s of SCHOOLS.slice(0, 2)) {
    for (const name of ['Trần Thị Bình', 'Phạm Văn Dũng', 'Đỗ Thị Mai']) {
      rows.push(answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.school]: s.name, [Q.individualName]: name }, new Date(2023, 0, day++, 8), s.emails[0]));
    }
  }
  return { cfg, out: evaluateAll({ config: cfg, directoryRows: directoryToRows(SCHOOLS), responseValues: rows }) };
}

const firstColumn = (t: { header: unknown[]; rows: unknown[][] }) => [t.header, ...t.rows].map((r) => String(r[0]));

describe("the council's decisions named on the office's tabs", () => {
  it('a school tab says how many of its registrations were decided "Không đề nghị" or asked to supplement, under its counts', () => {
    const { cfg, out } = office(100);
    const of = (i: number) => out.registrations.filter((r) => r.school?.code === SCHOOLS[i].code).map((r) => r.id);
    const [a, b] = [of(0), of(1)];
    const tabs = schoolTabs(out, cfg, { council: { notProposed: new Set([a[1]]), requested: new Set([a[2], b[0]]) } });
    const first = firstColumn(tabs.tabs.find((t) => t.schoolCodes[0] === SCHOOLS[0].code)!);
    const counts = first.findIndex((l) => /^\d+ phiếu đăng ký/.test(l));
    expect(first[counts + 1]).toBe(schoolTabCouncil(1, 1, cfg.schoolViews.enabled));
    expect(first[counts + 1]).toContain('1 phiếu Hội đồng quyết định “Không đề nghị”, 1 phiếu Hội đồng yêu cầu bổ sung hồ sơ');
    const second = firstColumn(tabs.tabs.find((t) => t.schoolCodes[0] === SCHOOLS[1].code)!);
    expect(second.filter((l) => l.startsWith(SCHOOL_TAB_COUNCIL_HEAD))).toEqual([schoolTabCouncil(0, 1, cfg.schoolViews.enabled)]);
    // A tab with none, or no codes given: no line.
    const third = firstColumn(tabs.tabs.find((t) => t.schoolCodes[0] === SCHOOLS[2].code)!);
    expect(third.some((l) => l.startsWith(SCHOOL_TAB_COUNCIL_HEAD))).toBe(false);
    expect(schoolTabs(out, cfg).tabs.every((t) => !firstColumn(t).some((l) => l.startsWith(SCHOOL_TAB_COUNCIL_HEAD)))).toBe(true);
  });

  it('a group tab sums them over its schools', () => {
    const { cfg, out } = office(1);
    const ids = out.registrations.map((r) => r.id);
    const tabs = schoolTabs(out, cfg, { council: { notProposed: new Set(ids), requested: new Set() } });
    expect(tabs.mode).toBe('grouped');
    const lines = tabs.tabs.flatMap(firstColumn).filter((l) => l.startsWith(SCHOOL_TAB_COUNCIL_HEAD));
    const decided = lines.map((l) => Number(/(\d+) phiếu Hội đồng quyết định/.exec(l)?.[1])).reduce((x, y) => x + y, 0);
    expect(decided).toBe(ids.length);
  });
});
