// Review r75s (the award dossier as the thi đua – khen thưởng officer of the receiving level reads it).
//
// Who is hurt: a school principal proposed for an award, and the office whose Danh sách goes to the province. The
// form's optional question “Chức vụ” is often left blank; the documents then print the answer to “Vị trí việc làm”.
// For a principal — who answered “Là người đứng đầu cơ quan, đơn vị: Có” and whose name is the one the office keeps in
// the “Hiệu trưởng” column of “Đơn vị” (the tool itself recognises him as the head: his report is left for the
// commune's chair to confirm) — that answer is the category “Cán bộ quản lý”, and it is printed as his chức vụ:
// Danh sách đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh, column “Chức vụ, vị trí việc làm”: “Cán bộ quản lý”;
// Báo cáo thành tích: “Trần Văn An, cán bộ quản lý, Trường Tiểu học Hòa Bình” and “- Chức vụ: Cán bộ quản lý”.
// The decision and the Bằng khen print the chức vụ and unit of each person from the Danh sách; “cán bộ quản lý” is
// not a chức vụ (the form's own help gives the chức vụ as “Hiệu trưởng; Phó Hiệu trưởng; …”), so the receiving
// officer sends the list back to be completed. Nothing in “Đề nghị khen thưởng” says the chức vụ is missing.
// Should: print the head's chức vụ the tool knows (“Hiệu trưởng”, as the school's head is titled elsewhere in the
// documents), or at least say in the row's Ghi chú that “Chức vụ” is missing.
// Severity: Medium (a wrong fact about a person, printed on the list the province decides from).
import { describe, expect, it } from 'vitest';
import { so, SUMMARY } from './r68d-lib';
import { officeAfterSetup, SCHOOLS, individualAnswers } from './helpers';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { AWARD_LEVEL_CHOICES } from '../../src/core/messages/proposals';
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';
import type { AwardLevel } from '../../src/core/proposals';

/**
 * A Sở on 20/12/2027: each nominee registered by its school (`answers` over the complete answers of its role), "Đề
 * nghị khen" with its level typed in "Thẩm định", the council met (everyone passes), the documents made from the menu.
 */
function nominate(list: { answers: Record<string, unknown>; school: number; level: AwardLevel }[]) {
  const now = new Date(2027, 11, 20, 8);
  const cfg = so(now);
  const o = officeAfterSetup(SCHOOLS, { now }, cfg);
  for (const e of list) {
    o.emu.forms.submitAsUser(o.formId, { ...e.answers, [Q.school]: SCHOOLS[e.school].name, [Q.summary]: SUMMARY } as never, { email: SCHOOLS[e.school].emails[0] });
    o.emu.clock.advance(60_000);
  }
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
  const col = (h: string) => header.indexOf(h) + 1;
  list.forEach((e, i) => {
    typeCell(o.emu, 'Thẩm định', i + 2, col('Quyết định của Hội đồng'), 'Đề nghị khen');
    typeCell(o.emu, 'Thẩm định', i + 2, col('Hình thức khen thưởng đề nghị'), AWARD_LEVEL_CHOICES[e.level]);
  });
  const reviewed = reviewNames(o.emu);
  holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, 0, cfg.organisation.signer.name, 'so');
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  const docs = o.emu.docs
    .list()
    .filter((d) => !d.trashed && !d.name.startsWith('Mẫu - ') && !d.name.startsWith('[KHÔNG DÙNG]'))
    .map((d) => ({ name: d.name, text: o.emu.docs.text(d.id).replace(/\r/g, '\n').replace(/\u00a0/g, ' ') }));
  const v = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String));
  const h = v.findIndex((r) => r[0] === 'STT');
  const progress = v.slice(h + 1).map((r) => Object.fromEntries(v[h].map((k, i) => [k, r[i]])));
  return { cfg, docs, progress };
}

describe('a principal proposed with the form’s “Chức vụ” left blank', () => {
  it('is listed and reported with his chức vụ (Hiệu trưởng), not the category “Cán bộ quản lý”', () => {
    const cfg = so(new Date(2027, 11, 20, 8));
    const head = { ...individualAnswers('manager', cfg), [Q.individualName]: SCHOOLS[1].principal, [Q.head]: 'Có' };
    const { docs } = nominate([{ answers: head, school: 1, level: 'bangKhenTinh' }]);
    const list = docs.find((d) => d.name.startsWith('Danh sách đề nghị tặng Bằng khen UBND tỉnh'))!;
    const report = docs.find((d) => d.name.startsWith('Báo cáo thành tích') && d.name.endsWith(SCHOOLS[1].principal))!;
    expect(list && report).toBeTruthy();
    const row = list.text.split('\n').find((l) => l.split('\t')[1] === SCHOOLS[1].principal)!;
    const position = report.text.split('\n').find((l) => l.startsWith('- Chức vụ:'));
    // Today: "Cán bộ quản lý" in both.
    expect({ list: row.split('\t')[3], report: position }).toEqual({ list: 'Hiệu trưởng', report: '- Chức vụ: Hiệu trưởng' });
  });
});
