import { responseTabs } from '../../sample/response-tabs';
import { describe, expect, it } from 'vitest';
import { makeSampleOffice, SampleOffice } from '../../sample/office';
import { evaluateAll } from '../../src/core/evaluate';
import { buildRegistrationForm, formDefinitionProblems, initiativeTitles, Q } from '../../src/core/registration-form';
import { parseDirectory } from '../../src/core/directory';
import { earlyRatingsNote } from '../../src/core/registration';
import { reportingPeriods } from '../../src/core/config';


function evaluateOffice(office: SampleOffice) {
  const tabs = responseTabs(office);
  return evaluateAll({ config: office.config, directoryRows: office.directoryRows, ...tabs });
}

describe('sample office', () => {
  const office = makeSampleOffice();
  const out = evaluateOffice(office);

  it('is deterministic per seed', () => {
    const again = makeSampleOffice();
    expect(JSON.stringify(again)).toBe(JSON.stringify(office));
    expect(JSON.stringify(makeSampleOffice({ seed: 2 }))).not.toBe(JSON.stringify(office));
  });

  it('sends its progress reports in office hours, never after its own day, even when that day is a deadline (review read-outputs L3, diff34 #7)', () => {
    const hours = office.reports.map((r) => r.at.getHours() * 60 + r.at.getMinutes());
    expect(hours.length).toBeGreaterThan(0);
    expect(hours.every((m) => m >= 7 * 60 + 30 && m <= 16 * 60 + 30)).toBe(true);
    const deadline = reportingPeriods(office.config.period).find((p) => p.kind !== 'plan')!.deadline;
    const onDeadline = makeSampleOffice({ today: deadline });
    expect(onDeadline.reports.length).toBeGreaterThan(0);
    expect(onDeadline.reports.filter((r) => r.at.getTime() > deadline.getTime())).toEqual([]);
  });

  it('has 40 schools, a clean directory and valid forms', () => {
    expect(office.directoryRows).toHaveLength(41);
    expect(parseDirectory(office.directoryRows).errors).toEqual([]);
    const p = formDefinitionProblems(buildRegistrationForm(office.config, office.directoryRows.slice(1).map((r) => r[1])));
    expect(p.duplicateTitles).toEqual([]);
    expect(out.errors).toEqual([]);
  });

  it('carries the defects real data has', () => {
    const all = Object.values(office.defects).flat().join(' | ');
    for (const d of [
      'thiếu minh chứng',
      'THHP không nêu loại cụ thể',
      'xếp loại dưới mức tốt',
      'email không có trong danh mục',
      'khoảng trắng thừa',
      'chuỗi NFD',
      'dấu thanh kiểu cũ',
      'công thức',
      'HTML',
      'emoji',
      'ký tự RTL',
      'đoạn văn 10.000 ký tự',
      'trùng với phiếu',
      'sửa phiếu',
    ])
      expect(all).toContain(d);
    expect(office.submissions.some((s) => s.answers[Q.summary] && (s.answers[Q.summary] as string).length === 10000)).toBe(true);
    expect(office.submissions.filter((s) => s.editOf !== undefined).every((s) => office.submissions[s.editOf!].at.getTime() <= s.at.getTime())).toBe(true);
  });

  it('reads as real Vietnamese data: no doubled middle name, no name in capitals, decision numbers that match their level', () => {
    const names = office.submissions.map((x) => x.answers[Q.individualName] ?? x.answers[Q.collectiveName]).filter((n): n is string => typeof n === 'string');
    expect(names.length).toBeGreaterThan(100);
    for (const n of names) {
      const words = n.trim().split(/\s+/);
      expect(words.some((w, i) => i > 0 && w === words[i - 1]), n).toBe(false);
      expect(n === n.toUpperCase() && /\p{L}/u.test(n), n).toBe(false);
    }
    const issuer: Record<string, RegExp> = {
      'Cấp cơ sở': /\/QĐ-(HT|HĐTĐKT|PGDĐT|UBND)$/,
      'Cấp bộ, ngành, tỉnh': /\/QĐ-(SGDĐT|UBND)$/,
      'Toàn quốc': /\/QĐ-BGDĐT$/,
    };
    let checked = 0;
    for (const x of office.submissions)
      for (let k = 1; k <= office.config.initiativeSlots; k++) {
        const t = initiativeTitles(k);
        const level = x.answers[t.level];
        const decision = x.answers[t.decision];
        if (typeof level !== 'string' || typeof decision !== 'string' || decision === '' || !issuer[level]) continue;
        expect(decision, level).toMatch(issuer[level]);
        checked++;
      }
    expect(checked).toBeGreaterThan(50);
  });

  it('evaluates to every verdict, with duplicates, unverified e-mails and unmet school duties', () => {
    const verdicts = new Set(out.registrations.map((r) => r.verdict));
    expect(verdicts).toEqual(new Set(['dat', 'chuaDat', 'canBoSung']));
    expect(out.registrations.some((r) => r.flags.supersededBy)).toBe(true);
    expect(out.registrations.some((r) => r.flags.unverified)).toBe(true);
    const edits = office.submissions.filter((s) => s.editOf !== undefined).length;
    expect(out.registrations).toHaveLength(office.submissions.length - edits);
    const noCollective = out.schoolDuties.filter((d) => d.results.some((r) => r.criterionId === 'TR-01-TAP-THE' && r.status === 'notMet'));
    const noIndividual = out.schoolDuties.filter((d) => d.results.some((r) => r.criterionId === 'TR-02-CA-NHAN' && r.status === 'notMet'));
    expect(noCollective.length).toBeGreaterThan(noIndividual.length);
    expect(noIndividual.length).toBeGreaterThan(0);
    expect(out.schoolDuties.some((d) => d.verdict === 'dat' || d.verdict === 'canBoSung')).toBe(true);
    // The defects are recognised: the school is found despite NFD, odd spaces and old tones.
    expect(out.registrations.every((r) => r.school !== null)).toBe(true);
  });

  it('rates only the years that count when each response is sent, but for the few marked careless; schools edit to write a result', () => {
    // The latest submission of each response row (an edit rewrites its original's row), as responseTabs lays them out.
    const latest: number[] = [];
    const rowOf = new Map<number, number>();
    office.submissions.forEach((s, i) => {
      const row = s.editOf !== undefined ? rowOf.get(s.editOf)! : latest.length;
      rowOf.set(i, row);
      latest[row] = i;
    });
    const marked = (i: number, d: string) => (office.defects[i] || []).some((x) => x.includes(d));
    const early = out.registrations.filter((r) => earlyRatingsNote(r) !== null);
    expect(early.length).toBeGreaterThan(0);
    for (const r of early) expect(marked(latest[r.row - 2], 'xếp loại ghi trước khi năm được tính'), r.id).toBe(true);
    const future = out.registrations.filter((r) => r.problems.some((p) => p.message.includes('sau ngày gửi phiếu')));
    expect(future.length).toBeGreaterThan(0);
    for (const r of future) expect(marked(latest[r.row - 2], 'năm công nhận sau ngày gửi'), r.id).toBe(true);
    expect(Object.values(office.defects).flat().filter((d) => d.endsWith('ghi xếp loại')).length).toBeGreaterThan(20);
  });

  it('scales to 1000 schools and 20,000 registrations: every school has its duties, no registration is lost', () => {
    // The time this takes is reported by `npm run bench`; no test compares elapsed time with a limit.
    const big = makeSampleOffice({ schools: 1000, registrations: 20000, seed: 7 });
    const tabs = responseTabs(big);
    const res = evaluateAll({ config: big.config, directoryRows: big.directoryRows, ...tabs });
    const edits = big.submissions.filter((s) => s.editOf !== undefined).length;
    expect(res.registrations).toHaveLength(big.submissions.length - edits);
    expect(res.registrations.length).toBeGreaterThanOrEqual(20000);
    expect(res.schoolDuties).toHaveLength(1000);
  });
});
