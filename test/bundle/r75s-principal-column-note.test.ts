// Review r75s (the award dossier as the thi đua – khen thưởng officer of the receiving level reads it).
//
// Who is hurt: the office's clerk preparing the dossier of a principal of a school a commune runs (from 1/7/2025),
// proposed by a Sở. The tool recognises the nominee as the school's head (the name in the “Hiệu trưởng” column of
// “Đơn vị”) and rightly leaves the report's “Thủ trưởng đơn vị xác nhận, đề nghị” block unnamed for the commune's
// chair. But the Ghi chú of that report in “Đề nghị khen thưởng” opens by listing, among the lines “left out because
// the information is missing”, «cột “Hiệu trưởng” ở trang “Đơn vị” (để trống)» — the column is not empty: it holds
// the nominee's own name, which is how the tool knew. The clerk is sent to fill a column that is filled (and may type
// someone else's name there to silence the note, which would then put that name on the school's collective report).
// Should: say only why the block is left unnamed (the rest of the same note already does), not that the column is
// empty. Severity: Low (a false instruction in the note the clerk follows before signing).
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

describe('the report of a principal of a school run by a commune', () => {
  it('does not tell the clerk that the filled “Hiệu trưởng” column of “Đơn vị” is empty', () => {
    const cfg = so(new Date(2027, 11, 20, 8));
    const head = { ...individualAnswers('manager', cfg), [Q.individualName]: SCHOOLS[1].principal, [Q.head]: 'Có' };
    const { progress } = nominate([{ answers: head, school: 1, level: 'bangKhenTinh' }]);
    const row = progress.find((r) => r['Tên tập thể, cá nhân'] === SCHOOLS[1].principal && /^Báo cáo thành tích/.test(r['Văn bản']))!;
    expect(row).toBeDefined();
    // The note does explain the unnamed block (the tool knows the column holds the nominee).
    expect(row['Ghi chú']).toMatch(/là hiệu trưởng/);
    // Today: «…; cột “Hiệu trưởng” ở trang “Đơn vị” (để trống). Người được đề nghị là hiệu trưởng …».
    expect(row['Ghi chú']).not.toMatch(/cột “Hiệu trưởng” ở trang “Đơn vị” \(để trống\)/);
  });
});
