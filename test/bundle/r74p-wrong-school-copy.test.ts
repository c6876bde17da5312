// Review r74p (personal data) F1 — High. Who is hurt: a teacher of Trường Mầm non Hoa Sen, whose school's clerk, on her
// phone, picks the school next to hers in "Đơn vị (trường)" (Trường Tiểu học Hòa Bình). The registration is sent from
// Hoa Sen's own address, listed for Hoa Sen in "Đơn vị": the tool knows it is Hoa Sen's (the confirmation says so).
// What happens now: the confirmation goes to Hoa Sen AND to Hòa Bình's two addresses, with the teacher's name and the
// edit link of her response — which opens every answer she gave (year-by-year ratings, "Là đảng viên", "Gia đình văn
// hóa", the evidence) to another school, and lets it change them. The design's rule (issue 18, README "Ai được mở bảng
// tính") is that a school never sees another school's people; Luật Bảo vệ dữ liệu cá nhân 2025 (91/2025/QH15) requires
// processing only within the stated purpose and recipients, and the form tells her "đơn vị xem được phiếu của đơn vị mình".
// What should happen: while the sender's address is another listed school's, the chosen school is at most told that a
// registration was sent in its name from that school's address (so it can object) — never sent the edit link; the sender
// (Hoa Sen) gets the link and the warning, as now.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup, recipientsOf, sentForTheNeighbour } from './helpers';

describe('r74p F1: a school picking its neighbour in the list sends its teacher’s edit link to the neighbour', () => {
  it('the chosen school’s addresses never receive the edit link of a registration sent from another listed school’s address', () => {
    const o = officeAfterSetup();
    const { mine, chosen, sent } = sentForTheNeighbour(o);
    // The sender (Hoa Sen's own address) gets its link, as always.
    expect(o.emu.mail.sent.some((m) => recipientsOf(m).includes(mine.emails[0]) && m.body.includes(sent.editUrl))).toBe(true);
    // Hòa Bình's addresses: no mail carries the link to Hoa Sen's teacher's answers.
    const toChosen = o.emu.mail.sent.filter((m) => chosen.emails.some((e) => recipientsOf(m).includes(e)));
    for (const m of toChosen) {
      expect(m.body).not.toContain(sent.editUrl);
      expect(m.htmlBody ?? '').not.toContain(sent.editUrl);
    }
  });
});

describe('r74p F1: the e-mails to the chosen school give no edit link of that registration', () => {
  it('schoolEditUrls withholds the link of a registration sent from another listed school’s address, and only it', async () => {
    const { schoolEditUrls } = await import('../../src/core/emails');
    const { parseDirectory } = await import('../../src/core/directory');
    const { directoryRows } = await import('./helpers');
    const directory = parseDirectory(directoryRows(SCHOOLS));
    const [mine, chosen] = [directory.schools[0], directory.schools[1]];
    const reg = (id: string, email: string, unverified: boolean) => ({ id, email, school: chosen, flags: { unverified } });
    const registrations = [reg('DK-000002', mine.emails[0], true), reg('DK-000003', 'gv@gmail.example', true), reg('DK-000004', chosen.emails[0], false)];
    const url = schoolEditUrls({ registrations: registrations as never, directory }, (code) => `https://edit/${code}`);
    expect(['DK-000002', 'DK-000003', 'DK-000004'].map(url)).toEqual([null, 'https://edit/DK-000003', 'https://edit/DK-000004']);
  });
});
