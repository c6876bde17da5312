// Review r77c F5: "Không đề nghị" pasted into "Thẩm định" as typed elsewhere — lower case, a trailing space ("không đề
// nghị ") — is read as the decision everywhere (the tool accepts any case and spacing of the list's values), except by the
// line "Nhật ký lỗi" writes when a day of the plan's calendar turns a verdict: that line reads the cell as it stands, so
// it tells the office "Các trường được công cụ gửi thư báo thay đổi" for a withdrawn manager whose school was, rightly,
// sent nothing. The office believes the school was told; the school never hears of it.
// What should happen: the log says what was done — "Hội đồng đã quyết định “Không đề nghị” phiếu này: công cụ không gửi
// thư báo thay đổi cho trường." — whatever case or spacing the decision was pasted in.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/form-titles';
import { planConfig } from '../../sample/profiles';
import { managerRatedGood } from '../core/helpers';
import { SCHOOLS, decide, officeAfterSetup } from './helpers';

describe('"không đề nghị " pasted, then a day of the plan turns the verdict', () => {
  it('the log does not say the school was sent a notice', () => {
    const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 5, 2, 8, 0, 0) });
    const cfg = planConfig(new Date(o.emu.clock.now()));
    o.emu.forms.submitAsUser(o.formId, { ...managerRatedGood(cfg), [Q.individualName]: 'Hoàng Văn Đức' }, { email: SCHOOLS[0].emails[0] });
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    rebuild();
    const id = String(o.emu.spreadsheets.values('Thẩm định').find((r) => r[3] === 'Hoàng Văn Đức')![0]);
    decide(o, id, 'không đề nghị ', 'Cá nhân xin rút đăng ký (đơn ngày 03/06/2023).');
    const n = o.emu.mail.sent.length;
    for (let d = 0; d < 12; d++) {
      o.emu.clock.advance(86_400_000);
      rebuild();
    }
    // The decision is read as "Không đề nghị": no notice goes to the school.
    const aboutHim = o.emu.mail.sent.slice(n).filter((m) => String(m.body).includes('Hoàng Văn Đức”') && String(m.body).includes(id));
    expect(aboutHim.map((m) => m.subject)).toEqual([]);
    const log = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.map(String).join(' | ')).filter((l) => l.includes('Từ ngày 11/06/2023') && l.includes(id));
    expect(log.length).toBeGreaterThan(0);
    for (const l of log) {
      expect(l).not.toContain('Các trường được công cụ gửi thư báo thay đổi');
      expect(l).toContain('Hội đồng đã quyết định “Không đề nghị” phiếu này: công cụ không gửi thư báo thay đổi cho trường.');
    }
  });
});
