// Review d74 F1 — Medium-High. Who is hurt: a teacher of Trường Mầm non Hoa Sen whose school's clerk picked the next
// school in "Đơn vị (trường)" (Trường Tiểu học Hòa Bình) and sent the registration from Hoa Sen's own listed address
// (review r74p F1), and Hoa Sen's clerk, who is the only one who can complete it.
// What happens now (after the r74p F1 fix): the confirmation no longer goes to Hòa Bình, but when the council writes
// "Yêu cầu bổ sung" the request still goes in ONE letter to Hoa Sen's address AND to Hòa Bình's addresses — with the
// teacher's name, the council's comment on her and the list of what she lacks. And since schoolEditUrls withholds the
// edit link of such a registration from every school letter, Hoa Sen's clerk (the sender, who owns the registration)
// now receives the request WITHOUT the edit link, while the neighbour still reads the council's assessment of another
// school's teacher. The fix moved the link away from the person who needs it and left the data where it must not go.
// What should happen: as for the confirmation, a registration sent from another listed school's address is not mailed
// to the chosen school (at most a short notice without name, comment or link); the sender gets the request with the
// registration's own edit link.
import { describe, expect, it } from 'vitest';
import { decide, officeAfterSetup, recipientsOf, sentForTheNeighbour } from './helpers';

describe('d74 F1: the council’s request for a registration sent from another listed school’s address', () => {
  it('goes to the sender with its edit link, and not to the school chosen by mistake', () => {
    const o = officeAfterSetup();
    const { mine, chosen, sent } = sentForTheNeighbour(o);
    const review = o.emu.spreadsheets.values('Thẩm định');
    const id = String(review.find((r) => String(r[0]).startsWith('DK-') && review[0].some((_, c) => String(r[c]) === 'Trần Thị Lan'))![0]);
    decide(o, id, 'Yêu cầu bổ sung', 'Bổ sung bản chụp Giấy chứng nhận sáng kiến năm học 2023-2024 của cô Lan.');
    const before = o.emu.mail.sent.length;
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const requests = o.emu.mail.sent.slice(before).filter((m) => m.subject.includes(id));
    expect(requests.length).toBeGreaterThan(0);
    // Hòa Bình (chosen by mistake) is not sent the council's assessment of Hoa Sen's teacher.
    const toChosen = requests.filter((m) => chosen.emails.some((e) => recipientsOf(m).includes(e.toLowerCase())));
    expect(toChosen.map((m) => m.subject)).toEqual([]);
    // Hoa Sen (the sender, who can complete it) gets the request with the registration's edit link.
    const toMine = requests.filter((m) => recipientsOf(m).includes(mine.emails[0].toLowerCase()));
    expect(toMine.length).toBeGreaterThan(0);
    expect(toMine.some((m) => m.body.includes(sent.editUrl))).toBe(true);
  });
});
