// Review r74p (personal data) F2 — Medium. Who is hurt: the office's pháp chế, and every teacher whose registration a
// clerk fills in. Luật Bảo vệ dữ liệu cá nhân 2025 (91/2025/QH15, in force 01/01/2026), Điều 9: the person must know the
// kinds of personal data processed, the purpose, who controls it, and her rights (Điều 4: to know, to have it corrected,
// to withdraw, to ask for deletion); Nghị định 356/2025/NĐ-CP (replacing NĐ 13/2023) lists data revealing political
// opinions among the sensitive data.
// What happens now: the registration form's notice lists "họ tên, năm sinh, quê quán, nơi ở, chức vụ, kết quả xếp loại…".
// The form asks neither quê quán nor nơi ở, but asks every individual "Là đảng viên" (Party membership), which the notice
// does not name; the sender's e-mail and the contact's phone are collected too. It says nothing of the person's rights or
// where to ask to correct or withdraw a registration. An inspection compares the notice with the questions: it names
// data that is not collected and leaves out the one sensitive item that is.
// What should happen: the notice names the kinds of data the form actually asks (Party membership among them), not
// others, and says the person may ask the office to see, correct or withdraw her registration (and whom to ask).
import { describe, expect, it } from 'vitest';
import { officeAfterSetup } from './helpers';

describe('r74p F2: the registration form’s notice about personal data', () => {
  it('names the data the form asks (Party membership), no data it does not ask, and the person’s right to correct or withdraw', () => {
    const o = officeAfterSetup();
    const form = o.emu.forms.byId(o.formId)!;
    const titles = form.items.map((i) => `${i.title}\n${i.helpText ?? ''}`).join('\n').toLowerCase();
    const notice = form.description;
    expect(notice).toContain('Thông tin cá nhân');
    // The form asks it of every individual: the notice says so.
    expect(titles).toContain('là đảng viên');
    expect(notice.toLowerCase()).toContain('đảng viên');
    // Data the form does not ask is not announced as collected.
    for (const word of ['quê quán', 'nơi ở']) if (!titles.includes(word)) expect(notice.toLowerCase()).not.toContain(word);
    // The person's rights: to ask for her registration to be corrected or withdrawn.
    expect(notice).toMatch(/rút|xóa/);
  });
});
