// The last week before the deadline (review r78c F2): a school's registration arrives while another job holds the
// script lock (a colleague's "Cập nhật tổng hợp" from the menu, a batch of documents), so its row waits in the queue
// and a continuation is left for it. The continuation fires a minute later while the lock is still held: it does
// nothing and leaves another continuation. Its line in "Tình trạng" then reads "Thành công" with an empty "Chi tiết" —
// the office reads that the waiting registrations were checked, when none was.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, councilOffice, individualAnswers } from './helpers';

const HEALTH = 'Tình trạng';
const LINE = 'Kiểm tra các phiếu còn chờ';

describe('a continuation of the queue that finds the lock held', () => {
  it('does not say "Thành công" for a run that checked nothing', () => {
    const o = councilOffice();
    const lock = o.emu.locks.state('script');
    // Another execution holds the lock all along (a long menu run).
    lock.holder = 0;
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Phạm Thị Dung' } as never, { email: SCHOOLS[0].emails[0] });
    expect([...o.emu.properties.script.keys()].filter((k) => k.startsWith('intake.queue.'))).toHaveLength(1);
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 61_000);
    lock.holder = null;
    expect(o.emu.triggers.runs.filter((r) => r.handler === 'continueIntake')).toHaveLength(1);
    // Nothing was checked: the row still waits, no answer went, another continuation is set.
    expect([...o.emu.properties.script.keys()].filter((k) => k.startsWith('intake.queue.'))).toHaveLength(1);
    expect(o.emu.mail.sent.filter((m) => m.subject.includes('Phạm Thị Dung'))).toHaveLength(0);
    expect(o.emu.triggers.find('continueIntake').filter((t) => !t.clock?.fired)).toHaveLength(1);
    const line = o.emu.spreadsheets.values(HEALTH).find((r) => r[0] === LINE)!.map(String);
    // Either left as it was ("Chưa chạy lần nào") or saying the run waits for the other job — never a bare success.
    expect(line.slice(2, 4), "the line of a run that found the lock held").not.toEqual(['Thành công', '']);
    // The next continuation, with the lock free, answers the registration and says so.
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 61_000);
    expect(o.emu.mail.sent.filter((m) => m.subject.includes('Phạm Thị Dung'))).toHaveLength(1);
    expect(o.emu.spreadsheets.values(HEALTH).find((r) => r[0] === LINE)![3]).toContain('DK-000005');
  });
});
