// Review r68v: the new period typed into "Cấu hình" of the file that holds the old one's registrations — the very mistake
// README's "Sang giai đoạn mới" step 1 warns of (and a start year moved on at a new school year, review rollover R1) —
// while the forms still take answers. The rebuild stops with the plain message (PERIOD_CHANGED: what happened, what to
// do). A school's submission meanwhile crashes: its run reads only part of the response tab, and the period check
// (core/period-change.ts formsPeriodChange, the "built earlier" branch) walks every row, a row not read being undefined
// (TypeError in isBlankRow). "Tình trạng" and "Nhật ký lỗi" then say Google failed — "Google báo: “Cannot read properties
// of undefined (reading 'length')”", send this line to the technical person — for every submission and its queued retry,
// instead of the period message that says what the clerk did and how to undo it. (Nothing is lost: put back, the
// submission is answered.)
import { describe, expect, it } from 'vitest';
import { configToRows, periodConfig } from '../../src/core/config';
import { TAB } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { planConfig } from '../../sample/profiles';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

type Office = ReturnType<typeof officeAfterSetup>;

function typePeriod(o: Office, start: number, end: number): void {
  const cfg = planConfig(new Date(o.emu.clock.now()));
  cfg.period = periodConfig(start, end);
  typeIntoTab(o.emu, TAB.config, configToRows(cfg));
}

const intakeLine = (o: Office) => (o.emu.spreadsheets.values(TAB.health) as unknown[][]).find((r) => r[0] === 'Kiểm tra khi có phiếu mới')!.map(String).join(' | ');

describe('r68v: a school submits while "Cấu hình" names another period', () => {
  for (const [start, end] of [[2026, 2030], [2022, 2025]] as const) it(`${start}-${end} typed over 2021-2025: its run says what the clerk changed, as the rebuild does, not that Google failed with a TypeError`, () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.forms.submitAsUser(o.formId, individualAnswers('teacher') as never, { email: SCHOOLS[0].emails[0], at: new Date(o.emu.clock.now() + 60_000) });
    typePeriod(o, start, end);
    o.emu.clock.advance(3600_000);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Trần Văn Bốn' } as never, { email: SCHOOLS[1].emails[0] });
    const error = o.emu.runtime.executions.at(-1)!.error ?? '';
    // (The submission's run stopped: nothing can be checked while the period differs.)
    expect(error).not.toBe('');
    expect(error).not.toContain('Cannot read properties');
    expect(intakeLine(o)).toContain(`${start}-${end}`);
    // Control: the rebuild's own stop names the change.
    // (From the menu the stop reaches the person as the run's error.)
    let stopped = '';
    try {
      o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    } catch (err) {
      stopped = String(err);
    }
    expect(stopped).toContain(`${start}-${end}`);
    expect(o.emu.runtime.executions.at(-1)!.error).toContain(`${start}-${end}`);
  });
});
