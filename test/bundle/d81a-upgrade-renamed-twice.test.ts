// Review helper d81a F1 (adversarial reading of f81a: an office updating mid-season). On the version just before f81a
// (168f01d3, whose register has "Dấu đơn vị khi gửi lần đầu" but not the two new columns) Hòa Bình sends its "Tổ Toán",
// is renamed (old name in "Tên cũ") and sends its "Tổ Toán" again under the new name, from the same address, to replace
// the first: DK-000002 is «Đã thay thế», as the school was told. The office updates the script; the nightly rebuild runs
// and rewrites the register in the new layout. Later the school is renamed a second time, both earlier names in "Tên cũ"
// as the guide asks. This is d80b F2's case, which f81a fixes by recording the school's old names at the first sending
// ('Dấu tên cũ của đơn vị đã chọn (lúc gửi)'); an entry of the old register never learns them — not even while the
// school still has the name the response gives, when the directory's "Tên cũ" of that name is exactly the record a fresh
// install would have made (f81a's report: "Learning it later for an old register is safe") — so after the second rename
// the replaced registration is «Đạt» again and the school is told it is «được xét trở lại».
import { describe, expect, it } from 'vitest';
import { manifestScopes } from './helpers';
import { HOA_BINH } from './r67r-lib';
import { oldOffice, type OldOffice } from './upgrade-lib';
import { HOA_BINH_SECOND_NAME, HOA_BINH_THIRD_NAME, bundleBeforeFirstRecords, mathsTeam, renameHoaBinh } from './renamed-school-lib';

const DAY = 86_400_000;
const SECOND_NAME = HOA_BINH_SECOND_NAME;
const THIRD_NAME = HOA_BINH_THIRD_NAME;
const oldBundle = bundleBeforeFirstRecords;
const team = (school: string) => mathsTeam(school);
const verdicts = (o: OldOffice) => o.tab('Kết quả kiểm tra').slice(1).map((r) => `${String(r[0])}: ${String(r[7])}`);

/** Hòa Bình's row renamed `name`, `former` in "Tên cũ"; Thiết lập. */
const rename = (o: OldOffice, name: string, former: string) => renameHoaBinh(o.emu, name, former, () => o.menu('setup'));

describe('d81a F1: a school renamed, its registration replaced, the script updated, the school renamed again', () => {
  it('the registration the school replaced before the update stays replaced after the second rename', () => {
    const o = oldOffice('', { code: oldBundle(), scopes: manifestScopes() });
    const { emu } = o;
    emu.forms.submitAsUser(o.formId, team(HOA_BINH.name) as never, { email: HOA_BINH.emails[0] });
    emu.clock.advance(DAY);
    o.menu('rebuildSummaries');
    rename(o, SECOND_NAME, HOA_BINH.name);
    emu.clock.advance(DAY);
    emu.forms.submitAsUser(o.formId, team(SECOND_NAME) as never, { email: HOA_BINH.emails[0] });
    emu.clock.advance(DAY);
    o.menu('rebuildSummaries');
    const before = verdicts(o);
    expect(before).toEqual(['DK-000002: Đã thay thế (Đạt)', 'DK-000003: Đạt']);
    // The update, and the nightly rebuilds.
    o.update();
    emu.clock.advance(DAY);
    o.menu('rebuildSummaries');
    expect(verdicts(o)).toEqual(before);
    emu.clock.advance(DAY);
    o.menu('rebuildSummaries');
    // The second rename, both earlier names in "Tên cũ".
    emu.clock.advance(DAY);
    const sentBefore = emu.mail.sent.length;
    rename(o, THIRD_NAME, `${HOA_BINH.name}; ${SECOND_NAME}`);
    emu.clock.advance(DAY);
    o.menu('rebuildSummaries');
    expect(verdicts(o)).toEqual(before);
    expect(emu.mail.sent.slice(sentBefore).map((m) => m.subject).filter((s) => s.includes('được xét trở lại'))).toEqual([]);
  });
});
