// r72g: what the "Hướng dẫn" tab Thiết lập writes promises the office, against what the tool does today.
// - Step 6 said a submission's result is at once "ở trang “Kết quả kiểm tra” và trang của từng trường": a submission's
//   run writes "Kết quả kiểm tra" and "Thẩm định" and answers its sender; the school's (or group's) tab and "Tổng hợp"
//   wait for the next "Cập nhật tổng hợp" (src/jobs/intake.ts) — on a first day there is no such tab at all.
// - Step 7 said the school receives the council's "Yêu cầu bổ sung" with its comment, not when: the letter goes with
//   the next "Cập nhật tổng hợp" (the morning's, or the menu's), not when the council types it.
// - Step 9's second line asked to number the pages "ở mỗi mẫu" without saying where the templates are.
import { describe, expect, it } from 'vitest';
import { PROPOSAL_TEMPLATE_FOLDER } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, decide, officeAfterSetup } from './helpers';

const school = SCHOOLS[0];
const guide = (o: ReturnType<typeof officeAfterSetup>) => o.emu.spreadsheets.values('Hướng dẫn').map((r) => String(r[0]));
/** A numbered step with its continuation lines (indented, no number of their own). */
function step(lines: readonly string[], n: number): string {
  const at = lines.findIndex((l) => l.startsWith(`${n}. `));
  const out = [lines[at]];
  for (let i = at + 1; i < lines.length && /^ {3}\S/.test(lines[i]); i++) out.push(lines[i]);
  return out.join('\n');
}

describe('r72g: the guide\'s step 6 — what a submission updates at once, what waits for "Cập nhật tổng hợp"', () => {
  const o = officeAfterSetup();
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: school.name } as never, { email: school.emails[0] });
  const code = String(o.emu.spreadsheets.values('Kết quả kiểm tra')[1][0]);
  const tabsAfterSubmit = o.emu.spreadsheets.sheetNames();
  const holdsCode = (tab: string) => o.emu.spreadsheets.values(tab).some((r) => r.some((v) => String(v) === code));
  const schoolTabs = () => o.emu.spreadsheets.sheetNames().filter((t) => t !== 'Tổng hợp' && t.includes('Hoa Sen'));

  it('the submission is checked at once: its result is in "Kết quả kiểm tra" and "Thẩm định" (fact)', () => {
    expect(code).toMatch(/^DK-\d+$/);
    expect(holdsCode('Thẩm định')).toBe(true);
  });

  it('the school\'s tab and "Tổng hợp" come with "Cập nhật tổng hợp", not with the submission (fact)', () => {
    expect(tabsAfterSubmit).not.toContain('Tổng hợp');
    expect(tabsAfterSubmit.filter((t) => t.includes('Hoa Sen'))).toEqual([]);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(schoolTabs().length).toBe(1);
    expect(holdsCode(schoolTabs()[0])).toBe(true);
  });

  it('step 6 says the school\'s tab and "Tổng hợp" follow at the next "Cập nhật tổng hợp"', () => {
    const six = step(guide(o), 6);
    expect(six).toContain('“Kết quả kiểm tra”');
    // The sentence that names the school's tab names when it is written.
    const sentence = six.split(/\.\s/).find((s) => s.includes('trang của từng trường'))!;
    expect(sentence).toContain('“Tổng hợp”');
    expect(sentence).toContain('lần “Cập nhật tổng hợp” sau');
    expect(six.split(/\.\s/).find((s) => s.includes('kiểm tra ngay'))).not.toContain('trang của từng trường');
  });
});

describe('r72g: the guide\'s step 7 — when the school receives the council\'s "Yêu cầu bổ sung"', () => {
  const o = officeAfterSetup();
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: school.name } as never, { email: school.emails[0] });
  const code = String(o.emu.spreadsheets.values('Kết quả kiểm tra')[1][0]);
  const requests = () => o.emu.spreadsheets.values('Hộp thư đi').filter((r) => r[1] === 'Thư yêu cầu bổ sung').length;

  it('the letter goes with the next "Cập nhật tổng hợp", not when the council types the decision (fact)', () => {
    decide(o, code, 'Yêu cầu bổ sung', 'Bổ sung minh chứng sáng kiến trước ngày 15/10.');
    expect(requests()).toBe(0);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(requests()).toBe(1);
  });

  it('step 7 says so', () => {
    const seven = step(guide(o), 7);
    const at = seven.indexOf('trường nhận thư kèm nhận xét');
    expect(at).toBeGreaterThan(0);
    expect(seven.slice(at, at + 160)).toContain('“Cập nhật tổng hợp”');
  });
});

describe('r72g: the guide\'s step 9 — where the templates to number are', () => {
  it('names the Drive folder of the templates (made by Thiết lập)', () => {
    const o = officeAfterSetup();
    const nine = step(guide(o), 9);
    expect(nine).toContain('mỗi mẫu');
    expect(nine).toContain(`“${PROPOSAL_TEMPLATE_FOLDER}”`);
  });
});
