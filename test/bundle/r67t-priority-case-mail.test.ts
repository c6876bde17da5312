// Review r67t: the office makes "Không có học sinh bỏ học" (TT-14, II.2.a) priority-only in "Tiêu chí". A school whose
// unit truthfully declares a pupil who dropped out is "Đạt" — and its confirmation lists the case under "Tiêu chí ưu
// tiên … có thể bổ sung thêm", as something to add for the score: the one sentence the school acts on invites it to turn
// a true "Có" into "Không" (a mandatory case is never asked to be fixed: emails.ts onlyDeclaredCases).
import { describe, expect, it } from 'vitest';
import { CONDITION_COLUMNS, CONDITIONS } from '../../src/core/form-titles';
import { Q } from '../../src/core/registration-form';
import { CONFIRMATION } from '../../src/core/messages';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';

describe('a declared case of a criterion the office made priority-only (review r67t)', () => {
  it('is not listed among what the school "có thể bổ sung thêm"', () => {
    const o = officeAfterSetup(SCHOOLS);
    const tab = () => o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String));
    const mand = tab()[0].indexOf('Bắt buộc') + 1;
    typeCell(o.emu, 'Tiêu chí', tab().findIndex((r) => r[0] === 'TT-14-BO-HOC') + 1, mand, 'Không');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const a = collectiveAnswers();
    a[Q.unitConditions] = { ...(a[Q.unitConditions] as Record<string, string>), [CONDITIONS.dropout]: CONDITION_COLUMNS.some };
    o.emu.forms.submitAsUser(o.formId, { ...a, [Q.school]: SCHOOLS[0].name } as never, { email: SCHOOLS[0].emails[0] });
    const mail = o.emu.mail.sent.find((m) => m.subject.includes('DK-000002'))!;
    expect(mail.subject).toContain('Đạt');
    const body = mail.body;
    const at = body.indexOf(CONFIRMATION.priorityTitle);
    const toAdd = at < 0 ? '' : body.slice(at).split('\n').slice(1).filter((l) => l.startsWith('- ')).join('\n');
    expect(toAdd).not.toContain(CONDITIONS.dropout);
  });
});
