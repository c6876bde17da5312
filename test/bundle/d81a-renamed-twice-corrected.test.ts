// Review helper d81a F5 (adversarial reading of f81a: the old names recorded at the first sending). d80b F2's case, with
// one slip: after its first rename Hòa Bình sends its "Tổ Toán" again to replace the first, but picks "Trường Mầm non
// Hoa Sen" in the list by mistake; the morning's rebuild sees it so, and the clerk corrects the school to her own, new
// name through the edit link the next day. The registration now replaces the first one (DK-000002 «Đã thay thế»), as
// the school is told. The school is renamed a second time, both earlier names in "Tên cũ". The register's record of the
// school first named stays Hoa Sen (a correction to a renamed school's name is not followed: assignIds), so the old names
// of the school it was corrected to are never recorded ('Dấu tên cũ của đơn vị đã chọn (lúc gửi)' empty) and the
// replaced registration comes back, with the mail «… được xét trở lại».
import { describe, expect, it } from 'vitest';
import { HOA_BINH, HOA_SEN, reportOffice } from './r67r-lib';
import { HOA_BINH_SECOND_NAME, HOA_BINH_THIRD_NAME, mathsTeam, renameHoaBinh } from './renamed-school-lib';

type Office = ReturnType<typeof reportOffice>;
const SECOND_NAME = HOA_BINH_SECOND_NAME;
const THIRD_NAME = HOA_BINH_THIRD_NAME;

const team = (w: Office, school: string) => mathsTeam(school, w.cfg);
const verdicts = (w: Office) => new Map(w.emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => [String(r[0]), String(r[7])]));

/** Hòa Bình's row renamed `name`, `former` in "Tên cũ"; Thiết lập. */
const rename = (w: Office, name: string, former: string) => renameHoaBinh(w.emu, name, former, () => w.bundle.call('setup', undefined, { kind: 'menu' }));

describe('d81a F5: a school renamed twice, its replacing registration first sent under another school by mistake', () => {
  it('the registration it replaced stays replaced after the second rename', () => {
    const w = reportOffice(new Date(2027, 4, 20, 9));
    const { emu } = w;
    emu.clock.set(new Date(2027, 4, 21, 9));
    emu.forms.submitAsUser(w.o.formId, team(w, HOA_BINH.name) as never, { email: HOA_BINH.emails[0] });
    w.rebuild(new Date(2027, 4, 22, 7));
    emu.clock.set(new Date(2027, 4, 22, 10));
    rename(w, SECOND_NAME, HOA_BINH.name);
    // Sent again to replace the first, Hoa Sen picked by mistake; seen so; corrected the next day.
    emu.clock.set(new Date(2027, 4, 23, 9));
    const again = emu.forms.submitAsUser(w.o.formId, team(w, HOA_SEN.name) as never, { email: HOA_BINH.emails[0] });
    w.rebuild(new Date(2027, 4, 24, 7));
    emu.clock.set(new Date(2027, 4, 24, 9));
    emu.forms.submitAsUser(w.o.formId, team(w, SECOND_NAME) as never, { email: HOA_BINH.emails[0], editResponseId: again.responseId });
    w.rebuild(new Date(2027, 4, 25, 7));
    const before = verdicts(w);
    expect([...before.values()].filter((v) => v.startsWith('Đã thay thế'))).toHaveLength(1);
    expect([...before.values()].filter((v) => v === 'Đạt')).toHaveLength(1);
    // Second rename, both earlier names in "Tên cũ".
    emu.clock.set(new Date(2027, 5, 1, 10));
    const sentBefore = emu.mail.sent.length;
    rename(w, THIRD_NAME, `${HOA_BINH.name}; ${SECOND_NAME}`);
    w.rebuild(new Date(2027, 5, 2, 7));
    expect(w.failures()).toEqual([]);
    expect(verdicts(w)).toEqual(before);
    expect(emu.mail.sent.slice(sentBefore).map((m) => m.subject).filter((s) => s.includes('được xét trở lại'))).toEqual([]);
  });
});
