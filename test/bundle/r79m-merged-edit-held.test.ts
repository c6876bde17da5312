// Review r79m F1: a school absorbed in the 2025 reorganisation edits, through its edit link, a registration the council
// had already decided. Once "Đơn vị" lists the merged school (the old name in "Tên cũ") and Thiết lập has refreshed the
// form, the dropdown no longer offers the old name: the school has to pick the merged school's name — the same school.
// The council's "Đề nghị khen" was then held ("Phiếu đã khác với lúc Hội đồng quyết định (người, đơn vị hoặc kết luận tự
// động): trường đã sửa phiếu …") and the nominee left out of the proposals, though neither the person, the school nor the
// verdict changed. The same edit with the old name still offered holds nothing (control). A request for more answered
// the same way reads "Phiếu đã khác …" instead of "Trường đã gửi lại phiếu sau khi Hội đồng yêu cầu bổ sung …".
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { decide, individualAnswers } from './helpers';
import { previewNominees } from './r66g-lib';
import { QUANG_MINH, reportOffice } from './r67r-lib';
import { MERGED, mergeQuangMinhIntoHoaBinh } from './r79m-lib';

const REVIEW = 'Thẩm định';

/** Quang Minh's teacher registered and proposed; then Quang Minh merged into Hòa Bình (Thiết lập run or not). */
function mergedAfterDecision(setupAfterMerge: boolean, decision: [string, string] = ['Đề nghị khen', 'Tiêu biểu của trường.']) {
  const w = reportOffice(new Date(2027, 4, 20, 9));
  const { emu, bundle } = w;
  const teacher: Record<string, unknown> = { ...individualAnswers('teacher', w.cfg), [Q.school]: QUANG_MINH.name, [Q.individualName]: 'Đỗ Thị Mai' };
  emu.clock.set(new Date(2027, 4, 21, 9));
  const sent = emu.forms.submitAsUser(w.o.formId, teacher as never, { email: QUANG_MINH.emails[0] });
  w.rebuild(new Date(2027, 4, 22, 7));
  const code = String(emu.spreadsheets.values(REVIEW)[1][0]);
  decide(w.o, code, ...decision);
  w.rebuild(new Date(2027, 4, 23, 7));
  if (decision[0] === 'Đề nghị khen') expect(previewNominees(w.o)).toEqual([code]);
  // The clerk merges the rows as the guide asks: Hòa Bình's row renamed, both old names in "Tên cũ", Quang Minh's
  // address added to it, Quang Minh's row deleted.
  emu.clock.set(new Date(2027, 5, 1, 10));
  mergeQuangMinhIntoHoaBinh(emu);
  if (setupAfterMerge) bundle.call('setup', undefined, { kind: 'menu' });
  w.rebuild(new Date(2027, 5, 2, 7));
  const offered = emu.forms.byId(w.o.formId)!.itemByTitle(Q.school)!.choices.map((c) => c.value);
  // The school corrects a word of its summary through its edit link, choosing its school as the dropdown offers it.
  const school = offered.includes(QUANG_MINH.name) ? QUANG_MINH.name : MERGED;
  emu.clock.set(new Date(2027, 5, 2, 10));
  emu.forms.submitAsUser(w.o.formId, { ...teacher, [Q.school]: school, [Q.summary]: `${String(teacher[Q.summary])} Đã nhân rộng.` } as never, { email: QUANG_MINH.emails[0], editResponseId: sent.responseId });
  w.rebuild(new Date(2027, 5, 3, 7));
  const values = emu.spreadsheets.values(REVIEW);
  const note = String(values[1][values[0].map(String).indexOf('Ghi chú')]);
  return { w, code, offered, school, note, nominees: previewNominees(w.o) };
}

describe('review r79m F1: an absorbed school edits a decided registration after the merge', () => {
  it('the form offering only the merged school\'s name: the council\'s decision stands and the nominee is still proposed', () => {
    const { w, code, offered, school, note, nominees } = mergedAfterDecision(true);
    expect(w.failures()).toEqual([]);
    expect(offered).not.toContain(QUANG_MINH.name);
    expect(school).toBe(MERGED);
    expect(note).not.toContain('Phiếu đã khác với lúc Hội đồng quyết định');
    expect(nominees).toEqual([code]);
  });

  it('a request for more answered after the merge reads as the school sending again, not as a changed registration', () => {
    const { w, note } = mergedAfterDecision(true, ['Yêu cầu bổ sung', 'Bổ sung minh chứng sáng kiến trước 20/6.']);
    expect(w.failures()).toEqual([]);
    expect(note).not.toContain('Phiếu đã khác với lúc Hội đồng quyết định');
    expect(note).toContain('Trường đã gửi lại phiếu sau khi Hội đồng yêu cầu bổ sung');
  });

  it('control: the old name still offered (Thiết lập not run yet): nothing held (holds today)', () => {
    const { w, code, school, note, nominees } = mergedAfterDecision(false);
    expect(w.failures()).toEqual([]);
    expect(school).toBe(QUANG_MINH.name);
    expect(note).not.toContain('Phiếu đã khác với lúc Hội đồng quyết định');
    expect(nominees).toEqual([code]);
  });
});
