// Review r80u F2 — an office that updates mid-season from b8a4b91c to this version, then merges two schools.
// Who is hurt: the two former schools whose "Tổ Toán" the council proposed, and the council, whose proposal of one of
// them silently stops counting.
// Steps: on b8a4b91c Hòa Bình and Quang Minh each register their own "Tổ Toán" and each corrects its phone number once
// through its edit link (an ordinary edit, from its own address, under its own name); the council proposes both. The
// office updates the script (clasp push); the nightly rebuild runs. Later the schools merge as the guide asks (Hòa Bình's
// row renamed "Trường TH&THCS Hòa Bình", both old names in "Tên cũ", Quang Minh's row deleted), the merged school's new
// clerk is added to its row, and she corrects both teams through the edit links the schools handed her, picking the
// merged name, the only choice the form offers.
// Now: Hòa Bình's team becomes «Đã thay thế»: the two teams are made one subject. This is f80b F1's bug, which this
// version fixes by recording the school a response named when first sent ("Dấu đơn vị khi gửi lần đầu"); but for an
// entry of the old register it learns that only while the response was never edited, so every registration a school had
// corrected even once before the update keeps the old rule. Nothing about the merger happened before the update.
// Should: as on a fresh install (f80b-merged-edit-identity) and as for registrations not edited before the update, both
// teams stay «Đạt» — e.g. the first full run after the update can learn the school of an edited entry whose response
// still names a school of the register's own stamp (“Đơn vị có e-mail người gửi (lúc nhận phiếu)”), before any merger
// makes it ambiguous.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { collectiveAnswers } from '../core/helpers';
import { manifestScopes } from './helpers';
import { HOA_BINH, QUANG_MINH } from './r67r-lib';
import { MERGED, mergeQuangMinhIntoHoaBinh } from './r79m-lib';
import { oldOffice, type OldOffice } from './upgrade-lib';
import { NEW_CLERK, editAs } from './merged-teams-lib';

const DAY = 86_400_000;
const oldBundle = () => gunzipSync(readFileSync(new URL('./fixtures/Code-b8a4b91c.js.gz', import.meta.url))).toString('utf8');
const team = (school: string) => ({ ...collectiveAnswers(), [Q.school]: school, [Q.collectiveName]: 'Tổ Toán' });
const verdicts = (o: OldOffice) => o.tab('Kết quả kiểm tra').slice(1).map((r) => `${String(r[0])}: ${String(r[7])}`);


function run(editedBeforeUpdate: boolean): { o: OldOffice; before: string[] } {
  const o = oldOffice('', { code: oldBundle(), scopes: manifestScopes() });
  const { emu } = o;
  const a = emu.forms.submitAsUser(o.formId, team(HOA_BINH.name) as never, { email: HOA_BINH.emails[0] });
  emu.clock.advance(60_000);
  const b = emu.forms.submitAsUser(o.formId, team(QUANG_MINH.name) as never, { email: QUANG_MINH.emails[0] });
  if (editedBeforeUpdate) {
    // Each school corrects its own team once, from its own address, under its own name.
    emu.clock.advance(3_600_000);
    emu.forms.submitAsUser(o.formId, { ...team(HOA_BINH.name), [Q.phone]: '0912 000 111' } as never, { email: HOA_BINH.emails[0], editResponseId: a.responseId });
    emu.clock.advance(60_000);
    emu.forms.submitAsUser(o.formId, { ...team(QUANG_MINH.name), [Q.phone]: '0912 000 222' } as never, { email: QUANG_MINH.emails[0], editResponseId: b.responseId });
  }
  emu.clock.advance(DAY);
  o.menu('rebuildSummaries');
  const dec = o.col('Quyết định của Hội đồng');
  const rows = o.tab('Thẩm định');
  for (let r = 1; r < rows.length; r++) typeCell(emu, 'Thẩm định', r + 1, dec, 'Đề nghị khen');
  emu.clock.advance(DAY);
  o.menu('rebuildSummaries');
  const before = verdicts(o);
  // The update, and the nightly rebuild.
  o.update();
  emu.clock.advance(DAY);
  o.menu('rebuildSummaries');
  // The merger as the guide asks; the merged school's new clerk added to its row; Thiết lập.
  emu.clock.advance(DAY);
  mergeQuangMinhIntoHoaBinh(emu);
  const head = o.tab('Đơn vị')[0].map(String);
  const row = o.tab('Đơn vị').findIndex((r) => String(r[1]) === MERGED) + 1;
  typeCell(emu, 'Đơn vị', row, head.indexOf('Email') + 1, [...HOA_BINH.emails, ...QUANG_MINH.emails, NEW_CLERK].join('; '));
  o.menu('setup');
  emu.clock.advance(DAY);
  o.menu('rebuildSummaries');
  // The new clerk corrects both teams through the links the schools handed her.
  emu.clock.advance(3_600_000);
  editAs(o.emu, o.formId, b.responseId, NEW_CLERK, { ...team(MERGED), [Q.phone]: '0912 345 679' });
  emu.clock.advance(3_600_000);
  editAs(o.emu, o.formId, a.responseId, NEW_CLERK, { ...team(MERGED), [Q.phone]: '0912 345 680' });
  emu.clock.advance(DAY);
  o.menu('rebuildSummaries');
  return { o, before };
}

describe('r80u F2: registrations corrected before the update, schools merged after it', () => {
  it('the control: teams never edited before the update stay two subjects', () => {
    const { o, before } = run(false);
    expect(before).toEqual(['DK-000002: Đạt', 'DK-000003: Đạt']);
    expect(verdicts(o)).toEqual(['DK-000002: Đạt', 'DK-000003: Đạt']);
  });

  it('teams each corrected once by their own school before the update: the new clerk\'s edits do not make them one', () => {
    const { o, before } = run(true);
    expect(before).toEqual(['DK-000002: Đạt', 'DK-000003: Đạt']);
    expect(verdicts(o)).toEqual(['DK-000002: Đạt', 'DK-000003: Đạt']);
  });
});
