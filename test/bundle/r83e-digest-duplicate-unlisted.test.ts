// Review helper r83e F1 (every e-mail as its recipient reads it, December 2026). A commune's Ủy ban (UBND xã Suối Ngọc,
// 2026–2030). Trường Mầm non Hoa Sen registers its teacher Trần Thị Lan from the school's address. A week later the
// teacher, not knowing, registers herself from her personal Gmail. The tool answers her (copied to the school): «Không
// được xét (trùng với phiếu DK-000002)… Thư này được gửi đồng thời tới địa chỉ của đơn vị … để đơn vị biết phiếu đã được
// gửi nhân danh đơn vị. Nếu đơn vị không biết phiếu này, đề nghị báo ngay cho Ủy ban.» The Ủy ban's weekly digest, the
// office's one view of what arrived that week, then tells its specialist «Không có phiếu mới hay phiếu sửa nào từ thư
// tổng hợp trước» — a registration did arrive, in the school's name from an address the school does not list, and the
// school was told to report it to the very office the digest tells nothing. src/core/digest.ts skips every
// registration already replaced (`r.flags.supersededBy`) from its list of new and edited registrations, including one
// that arrived replaced.
import { describe, expect, it } from 'vitest';
import { sampleConfig, sampleProfile } from '../../sample/profiles';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const HOA_SEN = SCHOOLS[0];
const OFFICE = 'vanhoaxahoi@xasuoingoc.example.vn';
const TEACHER = 'tranthilan.1985@gmail.com';
const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h, 0, 0);

describe('r83e F1: a registration that arrives already not counted (sent again from a personal address)', () => {
  it('is named in the next weekly digest, not «Không có phiếu mới hay phiếu sửa nào»', () => {
    const start = at(2026, 11, 2, 8);
    const cfg = sampleConfig(sampleProfile('xa-2026-2030'), start);
    const o = officeAfterSetup(SCHOOLS, { now: start }, cfg);
    const { emu, bundle, formId } = o;
    const lan = (submitter: string, phone: string) =>
      ({ ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985', [Q.submitter]: submitter, [Q.phone]: phone }) as never;
    const digest = (day: Date) => {
      emu.clock.set(day);
      const before = emu.mail.sent.length;
      bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
      return emu.mail.sent.slice(before).filter((m) => String(m.to).includes(OFFICE)).map((m) => m.body).join('\n');
    };
    digest(at(2026, 11, 9, 7)); // the first digest: the baseline
    emu.forms.submitAsUser(formId, lan('Nguyễn Thị Thư, văn thư', '0987 654 321'), { email: HOA_SEN.emails[0], at: at(2026, 11, 10) });
    expect(digest(at(2026, 11, 16, 7))).toContain('Mới: DK-000002');
    // The teacher registers herself from her own address; she and the school are told it is not counted.
    emu.forms.submitAsUser(formId, lan('Trần Thị Lan, giáo viên', '0912 000 111'), { email: TEACHER, at: at(2026, 11, 17) });
    const told = emu.mail.sent.find((m) => m.subject.includes('DK-000003'))!;
    expect(told.subject).toContain('Không được xét (trùng với phiếu DK-000002)');
    expect(String(told.to)).toContain(HOA_SEN.emails[0]);
    expect(told.body).toContain('đề nghị báo ngay cho Ủy ban');
    emu.clock.set(at(2026, 11, 18, 1));
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const body = digest(at(2026, 11, 23, 7));
    expect(body).not.toContain('Không có phiếu mới hay phiếu sửa nào');
    expect(body).toContain('DK-000003');
  });
});
