// Review d74 F3 — Medium. Who is hurt: a school with several registrations, one of them withdrawn by the teacher (the
// council wrote "Không đề nghị", as the guide now tells for a withdrawal), the other teachers of that school, and the
// teacher who withdrew.
// What happens now: the r74p F3 fix (review.ts notProposedIds, reminders.ts withoutNotProposed) takes "Không đề nghị"
// from the cells of "Thẩm định" as they stand. A clerk selects the registration's columns (A:F) and sorts them by
// "Đơn vị" — the mistake the guide warns of ("quyết định sẽ sang người khác"). The tool sees the decisions moved and
// holds them ("Quyết định ở dòng này đã đổi…"; the register keeps what the council decided), but the reminders read the
// moved cells: the withdrawal now beside another teacher's code (Vũ Thị Mai) stops HER registration being chased — the
// school is not told before the conference what she lacks — and the teacher who withdrew is chased again for evidence.
// So the fix moves one registration's decision onto another for the reminders, where the tool itself refuses to.
// What should happen: the reminders follow the decisions the tool holds in force (a moved, held cell is not one):
// Mai's missing evidence is still asked for; the withdrawn registration is not.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup, recipientsOf } from './helpers';

describe('d74 F3: a withdrawal ("Không đề nghị") after the registration columns of "Thẩm định" were sorted alone', () => {
  it('the reminder still asks for the other teacher’s evidence, and not for the withdrawn one’s', () => {
    const o = officeAfterSetup();
    const [hoaSen, hoaBinh, quangMinh] = [SCHOOLS[0], SCHOOLS[1], SCHOOLS[2]];
    const send = (school: (typeof SCHOOLS)[number], name: string, year: string, lacking: boolean) => {
      const a: Record<string, unknown> = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name, [Q.birthYear]: year };
      if (lacking) a[Object.keys(a).find((k) => typeof a[k] === 'string' && /\(CN-05-CAM-KET\)/.test(a[k] as string))!] = '';
      o.emu.forms.submitAsUser(o.formId, a as never, { email: school.emails[0] });
    };
    send(quangMinh, 'Phạm Văn Nam', '1980', false);
    send(hoaSen, 'Đỗ Thị Hoa', '1990', true);
    send(hoaSen, 'Trần Thị Lan', '1985', true);
    send(hoaBinh, 'Lê Văn Bình', '1982', false);
    send(hoaSen, 'Vũ Thị Mai', '1992', true);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const review = () => o.emu.spreadsheets.values('Thẩm định');
    const code = (name: string) => String(review().find((r) => r[3] === name)![0]);
    decide(o, code('Phạm Văn Nam'), 'Đề nghị khen', 'Tiêu biểu.');
    decide(o, code('Trần Thị Lan'), 'Không đề nghị', 'Cá nhân xin rút đăng ký (đơn ngày 20/11/2024).');
    decide(o, code('Lê Văn Bình'), 'Không đề nghị', 'Trùng.');
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

    // The clerk selects A:F and sorts it by "Đơn vị" (Dữ liệu → Sắp xếp dải ô): the council's columns stay.
    o.emu.runtime.execute(
      () => {
        const range = o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Thẩm định')!.getRange(2, 1, 5, 6);
        range.setValues(range.getValues().sort((a, b) => String(a[1]).localeCompare(String(b[1]), 'vi')));
      },
      { kind: 'node', label: 'user typing' },
    );
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    // The tool sees the move: Mai's row now shows the withdrawal, held, not in force.
    const header = review()[0].map(String);
    const mai = review().find((r) => r[3] === 'Vũ Thị Mai')!;
    expect(String(mai[header.indexOf('Quyết định của Hội đồng')])).toBe('Không đề nghị');
    expect(String(mai[header.indexOf('Ghi chú')])).toMatch(/^Quyết định ở dòng này đã đổi/);

    const n = o.emu.mail.sent.length;
    o.emu.clock.set(new Date(2024, 11, 18, 7, 0, 0));
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const bodies = o.emu.mail.sent.slice(n).filter((m) => recipientsOf(m).includes(hoaSen.emails[0])).map((m) => m.body).join('\n');
    // Mai's registration, never withdrawn, is still asked for what it lacks.
    expect(bodies).toContain('Vũ Thị Mai');
    // The withdrawn one is not chased.
    expect(bodies).not.toContain('Trần Thị Lan');
  });
});
