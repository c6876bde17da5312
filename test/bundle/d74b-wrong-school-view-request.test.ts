// Review d74b F2 — Medium-Low. Who is hurt: Trường Tiểu học Hòa Bình, chosen by mistake in "Đơn vị (trường)" for a
// registration Hoa Sen's clerk sent from Hoa Sen's own listed address (review r74p F1, d74 F1), and whoever at Hòa Bình
// reads the school's view ("Trang theo dõi").
// What happens now: after the d74 F1 fix the council's "Yêu cầu bổ sung" for it goes to its sender alone
// (review.ts requestsOf, senderOnly) — but Hòa Bình's view still lists Hoa Sen's teacher and tells Hòa Bình: "Hội đồng
// yêu cầu bổ sung hồ sơ phiếu này: cần bổ sung gì, hạn nào xem thư “Đề nghị bổ sung hồ sơ phiếu DK-…” gửi trường ngày
// …". No such letter reached Hòa Bình (by design now); the school is sent looking for a letter it never got, for a
// teacher it cannot act for, while the reminders (also by the fix) say nothing to it. The view contradicts the mail.
// What should happen: the chosen school's view follows the mail: it does not point to a request that was not sent to
// it (better: it does not list a registration the tool treats as sent for it by mistake, as the reminders now do).
import { describe, expect, it } from 'vitest';
import { decide, officeAfterSetup, recipientsOf, sentForTheNeighbour, setConfigValues } from './helpers';
import { VIEW_TAB } from '../../src/core/messages';

describe('d74b F2: the view of the school chosen by mistake, after the council’s request', () => {
  it('does not send the school to a request letter that went to the sender alone', () => {
    const o = officeAfterSetup();
    setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
    const { chosen } = sentForTheNeighbour(o);
    const review = o.emu.spreadsheets.values('Thẩm định');
    const id = String(review.find((r) => String(r[0]).startsWith('DK-') && review[0].some((_, c) => String(r[c]) === 'Trần Thị Lan'))![0]);
    decide(o, id, 'Yêu cầu bổ sung', 'Bổ sung bản chụp Giấy chứng nhận sáng kiến năm học 2023-2024 của cô Lan.');
    const before = o.emu.mail.sent.length;
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    // The request went, and not to Hòa Bình (the d74 F1 fix).
    const requests = o.emu.mail.sent.slice(before).filter((m) => m.subject.includes(id));
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((m) => chosen.emails.some((e) => recipientsOf(m).includes(e.toLowerCase())))).toEqual([]);
    // Hòa Bình's view.
    const dir = o.emu.spreadsheets.values('Đơn vị');
    const url = String(dir.find((r) => r[0] === chosen.code)!.at(-1));
    const view = o.emu.spreadsheets
      .values(VIEW_TAB, url.split('/d/')[1].split('/')[0])
      .map((r) => r.join(' | '))
      .join('\n');
    expect(view).toContain(chosen.name);
    // It does not tell Hòa Bình to read a letter "sent to the school" that it never received.
    expect(view).not.toContain(`Đề nghị bổ sung hồ sơ phiếu ${id}`);
  });
});
