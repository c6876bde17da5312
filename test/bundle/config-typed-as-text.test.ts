// A setting typed with a leading "-" or "+" ("- Ủy ban nhân dân tỉnh …" as a "Nơi nhận" line, "+84 …"): Sheets takes
// it for a formula and the office's own cell shows "#ERROR!" (facts file, "Sheets": writes and typing are interpreted).
// The tool reads the words from the formula (src/gas/typed-words.ts configAsTyped), and Thiết lập writes them back as
// text, says so, and later runs read them without the formulas (left alone at stop 78).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { configLabel } from '../../src/core/messages';
import { alertsShown, individualAnswers, officeAfterSetup, setConfigValues, SCHOOLS } from './helpers';

const CONTACT = '- Chị Lan, văn thư, 0912 345 678';

describe('a setting Sheets showed as "#ERROR!"', () => {
  it('Thiết lập writes the words typed back as text and says which item; a submission then reads no formula', () => {
    const o = officeAfterSetup(SCHOOLS);
    setConfigValues(o.emu, { 'schoolViews.contact': CONTACT });
    const cell = () => o.emu.spreadsheets.values('Cấu hình').find((r) => r[0] === configLabel('schoolViews.contact'))![1];
    expect(cell()).toBe('#ERROR!');
    const before = alertsShown(o.emu).length;
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(cell()).toBe(CONTACT);
    const told = alertsShown(o.emu).slice(before).join('\n');
    expect(told).toContain(`“${configLabel('schoolViews.contact')}”`);
    expect(told).toContain('#ERROR!');
    // Once written back, nothing more to say, and no formula to read.
    const again = alertsShown(o.emu).length;
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(alertsShown(o.emu).slice(again).join('\n')).not.toContain('#ERROR!');
    const submit = (x: typeof o) => {
      const n = x.emu.mail.sent.length;
      x.emu.forms.submitAsUser(x.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Phạm Thị Dung' } as never, { email: SCHOOLS[0].emails[0] });
      const run = x.emu.runtime.executions.filter((e) => e.label === 'onFormSubmit').pop()!;
      return { sent: x.emu.mail.sent.slice(n), calls: run.calls };
    };
    const { sent, calls } = submit(o);
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toContain(CONTACT.slice(2));
    expect(sent[0].body).not.toContain('#ERROR!');
    // The control: the same contact typed as text from the start (an apostrophe first) — a submission makes as many calls.
    const plain = officeAfterSetup(SCHOOLS);
    setConfigValues(plain.emu, { 'schoolViews.contact': `'${CONTACT}` });
    plain.bundle.call('setup', undefined, { kind: 'menu' });
    expect(submit(plain).calls).toBe(calls);
  });
});
