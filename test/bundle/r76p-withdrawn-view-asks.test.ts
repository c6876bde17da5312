// Review r76p (personal data) F3 — Medium. Who is hurt: a teacher who withdrew her registration, and her school, which is
// asked to collect more of her data.
// Law: Luật Bảo vệ dữ liệu cá nhân 2025 (91/2025/QH15), Điều 4 khoản 1: the data subject may "đồng ý hoặc không đồng ý,
// yêu cầu rút lại sự đồng ý cho phép xử lý dữ liệu cá nhân"; Điều 3: data is collected only "đúng phạm vi, mục đích cụ
// thể, rõ ràng". Once she has withdrawn, nothing more of hers is to be collected for a registration that is not reviewed.
// What happens now: as the guide says, the council records her withdrawal as "Không đề nghị" with the reason. The
// reminders no longer chase her missing evidence (review r74p F3), but the school's own view — the page the school is
// sent to follow its registrations — still lists her registration as "Cần bổ sung" with "• Tiêu chí … chưa ghi minh
// chứng …", counts it among the "cần bổ sung", and says to complete it through the edit link. The school is asked, every
// day, to gather and send more of her personal data (evidence of her yearly quality commitment) after she withdrew.
// The same with the notice of a calendar day: a manager withdrew before the interim review (11/06/2023); on that day his
// automatic verdict turns "Chưa đạt" and the school gets "“Chưa đạt” từ ngày 11/06/2023 … phiếu DK-… (cá nhân “…”)",
// naming his yearly ratings, asking to write next year's rating into his registration when it comes, with the edit link.
// Only the reminders skip "Không đề nghị" (reminders.ts withoutNotProposed); the views and the notices do not.
// What should happen: a registration the council decided "Không đề nghị" is not shown to the school as something to
// complete: no list of what to supplement for it, not counted as "cần bổ sung" (e.g. shown as no longer reviewed,
// without the council's comment unless the office publishes comments), and no notice asks for more of her data.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/form-titles';
import { configLabel } from '../../src/core/messages';
import { planConfig } from '../../sample/profiles';
import { managerRatedGood } from '../core/helpers';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup, setConfigValues } from './helpers';

const NAME = 'Trần Thị Lan';

describe('r76p F3: a withdrawn registration ("Không đề nghị") in the school’s view', () => {
  it('is not listed as "Cần bổ sung" with the evidence still to send', () => {
    const o = officeAfterSetup();
    setConfigValues(o.emu, { [configLabel('schoolViews.enabled')]: 'Có' });
    const school = SCHOOLS[0];
    const lan: Record<string, unknown> = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: NAME, [Q.birthYear]: '1985' };
    const evidence = Object.keys(lan).find((k) => typeof lan[k] === 'string' && /\(CN-05-CAM-KET\)/.test(lan[k] as string))!;
    lan[evidence] = '';
    o.emu.forms.submitAsUser(o.formId, lan as never, { email: school.emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const id = String(o.emu.spreadsheets.values('Thẩm định').find((r) => r[3] === NAME)![0]);
    decide(o, id, 'Không đề nghị', 'Cá nhân xin rút đăng ký (đơn ngày 20/11/2024).');
    o.emu.clock.advance(86_400_000);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

    const view = [...o.emu.spreadsheets.store.files.values()].find((f) => f.name.startsWith('Trang theo dõi') && f.name.includes(school.name));
    expect(view, 'the school has its view').toBeDefined();
    const lines = view!.sheets.flatMap((s) => s.values().map((r) => r.map(String).join(' | ')));
    const row = lines.find((l) => l.includes(NAME));
    expect(row, 'her registration is still in the view').toBeDefined();
    // The school is not asked to supplement her evidence any more.
    expect(row).not.toMatch(/chưa ghi minh chứng/);
    expect(row).not.toMatch(/Cần bổ sung/);
    expect(lines.join('\n')).not.toMatch(/1 cần bổ sung/);
  });

  // The decision as the list writes it, and pasted as typed elsewhere — lower case, a trailing space (review r77c F5: the
  // log's line read the cell as it stood and said the school was told).
  for (const typed of ['Không đề nghị', 'không đề nghị ']) it(`gets no notice of a calendar day turning his verdict, asking for his next rating (the decision typed “${typed}”)`, () => {
    // 02/06/2023: the interim review (11/06/2023) is nine days ahead; a manager rated "tốt" every year registers.
    const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 5, 2, 8, 0, 0) });
    const cfg = planConfig(new Date(o.emu.clock.now()));
    o.emu.forms.submitAsUser(o.formId, { ...managerRatedGood(cfg), [Q.individualName]: 'Hoàng Văn Đức' }, { email: SCHOOLS[0].emails[0] });
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    rebuild();
    const id = String(o.emu.spreadsheets.values('Thẩm định').find((r) => r[3] === 'Hoàng Văn Đức')![0]);
    decide(o, id, typed, 'Cá nhân xin rút đăng ký (đơn ngày 03/06/2023).');
    const n = o.emu.mail.sent.length;
    for (let d = 0; d < 12; d++) {
      o.emu.clock.advance(86_400_000);
      rebuild();
    }
    const aboutHim = o.emu.mail.sent.slice(n).filter((m) => String(m.body).includes('Hoàng Văn Đức”') && String(m.body).includes(id));
    expect(aboutHim.map((m) => m.subject)).toEqual([]);
    // Nor does the office's log say his school was told of it (f76b's note: "Các trường được công cụ gửi thư báo…").
    const log = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.map(String).join(' | ')).filter((l) => l.includes('Từ ngày 11/06/2023') && l.includes(id));
    expect(log.length).toBeGreaterThan(0);
    for (const l of log) {
      expect(l).not.toContain('Các trường được công cụ gửi thư báo thay đổi');
      expect(l).toContain('Hội đồng đã quyết định “Không đề nghị” phiếu này: công cụ không gửi thư báo thay đổi cho trường.');
    }
  });
});
