// Review r75f (the Google Forms as the person filling them meets them) F3.
//
// Who is hurt: the clerk of every school sending its plan for the period (“Kế hoạch giai đoạn 2026-2030 của đơn vị”,
// plan III.4.a / milestone KE-HOACH) through the report form — the first thing each school sends, in the autumn of
// the first year, before anything has been carried out. The form has one page; its required paragraph question is
// “Tóm tắt kết quả thực hiện”, with no help text. For a plan there is no “kết quả thực hiện” to summarise: the question
// cannot be answered truthfully, the form will not send without it, and nothing says what the office wants there
// (the plan's aims? its number again? “chưa có”?). The clerk guesses, or stops and phones the office. The tool itself
// reads nothing of that answer for a plan (reports.ts: the plan's criterion TR-03 reads the school, the period, the
// document number and the link).
// What happens now: the same required “Tóm tắt kết quả thực hiện”, without help, whatever “Kỳ báo cáo” is chosen.
// What should happen: the question says what to write when the period chosen is the plan (e.g. title “Tóm tắt nội
// dung kế hoạch hoặc kết quả thực hiện”, or a help “Gửi kế hoạch: tóm tắt mục tiêu, nội dung chính của kế hoạch”), or
// is not required of a plan.
// Severity: Low (friction on every school's first submission; no wrong verdict).
import { describe, expect, it } from 'vitest';
import { SCHOOLS, haSonSo, officeAfterSetup } from './helpers';
import { R } from '../../src/core/registration-form';

describe('the report form, for a school sending its plan', () => {
  it('says what the required summary question wants of a plan', () => {
    const now = new Date(2026, 9, 5, 9);
    const o = officeAfterSetup(SCHOOLS, { now }, haSonSo(now, {}));
    const items = o.emu.forms.forms.get(o.reportFormId)!.items;
    const period = items.find((i) => i.title === R.period)!;
    const plan = period.choices.map((c) => c.value).find((v) => v.startsWith('Kế hoạch'))!;
    expect(plan).toBe('Kế hoạch giai đoạn 2026-2030 của đơn vị');
    // The form's one paragraph question (today “Tóm tắt kết quả thực hiện”, required).
    const summary = items.find((i) => i.type === 'PARAGRAPH_TEXT')!;
    const said = `${summary.title} ${summary.helpText ?? ''}`;
    const answerable = !summary.required || /kế hoạch/i.test(said);
    expect({ title: summary.title, help: summary.helpText, required: summary.required, answerable }).toMatchObject({ answerable: true });
  });
});
