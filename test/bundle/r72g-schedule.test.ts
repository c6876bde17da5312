// r72g: the "Lịch chạy" of "Kiểm tra các phiếu còn chờ" in "Tình trạng" said it runs only "khi có phiếu phải chờ vì
// công cụ đang bận việc khác". It also runs when a run stopped short of its work: a submission's run or a "Cập nhật
// tổng hợp" whose time ran out before every e-mail went (src/jobs/on-submit.ts settleMailLeft), or an e-mail failed —
// the line an office sees run after a long "Cập nhật tổng hợp" with no submission waiting.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, decide, officeAfterSetup, rebuildOutOfTime } from './helpers';

const school = SCHOOLS[0];
const LABEL = 'Kiểm tra các phiếu còn chờ';
const row = (o: ReturnType<typeof officeAfterSetup>) => o.emu.spreadsheets.values('Tình trạng').map((r) => r.map(String)).find((r) => r[0] === LABEL)!;

describe('r72g: when "Kiểm tra các phiếu còn chờ" runs', () => {
  const o = officeAfterSetup();
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: school.name } as never, { email: school.emails[0] });
  const code = String(o.emu.spreadsheets.values('Kết quả kiểm tra')[1][0]);
  decide(o, code, 'Yêu cầu bổ sung', 'Bổ sung minh chứng sáng kiến.');
  const sent = o.emu.mail.sent.length;
  // A large office: the rebuild runs past its work budget before its e-mails (as with many schools or views).
  rebuildOutOfTime(o);
  const queued = o.emu.triggers.find('continueIntake').length;
  o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 10 * 60_000);

  it('runs after a "Cập nhật tổng hợp" that ran out of time, with no submission waiting, and sends what was left (fact)', () => {
    expect(o.emu.mail.sent.length).toBe(sent + 1);
    expect(queued).toBe(1);
    expect(row(o)[1]).not.toBe('Chưa chạy lần nào');
    expect(o.emu.spreadsheets.values('Hộp thư đi').filter((r) => r[1] === 'Thư yêu cầu bổ sung').map((r) => String(r[5]))).toEqual(['Đã gửi']);
  });

  it('its "Lịch chạy" names that case too', () => {
    expect(row(o)[4]).toContain('chưa kịp');
  });
});
