// Review r67t: the classic slip of a spreadsheet — the clerk selects the "Bắt buộc" column alone and sorts it (Data →
// Sort range, "Không" first, to see the priority-only criteria together). The values leave their criteria: the codes
// stay where they were, the "Có"/"Không" are reshuffled among them. The tool reads the result as the office's switches
// — criteria the plan makes mandatory turn priority-only and the reverse — and the verdicts turn; the next Thiết lập
// writes the shuffle in as the office's own. ("Thẩm định" tells a decision column sorted on its own from the council's
// work and holds it: review diff27 #1, review.ts movedDecisions.)
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/criteria';
import { NO, Q } from '../../src/core/registration-form';
import { typeIntoTab } from '../../scripts/season';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const CN07 = CATALOGUE.find((c) => c.id === 'CN-07-GDVH')!;

describe('"Tiêu chí" with its "Bắt buộc" column sorted on its own (review r67t)', () => {
  it('does not reassign the office\'s switches to other criteria', () => {
    const o = officeAfterSetup(SCHOOLS);
    const tab = () => o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String));
    const mand = tab()[0].indexOf('Bắt buộc');
    typeCell(o.emu, 'Tiêu chí', tab().findIndex((r) => r[0] === CN07.id) + 1, mand + 1, 'Không');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Lê Thị Hoa', [CN07.question!]: NO } as never, { email: SCHOOLS[0].emails[0] });
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const verdict = () => {
      const review = o.emu.spreadsheets.values('Thẩm định');
      return String(review.find((r) => r[0] === 'DK-000002')![review[0].map(String).indexOf('Kết luận tự động')]);
    };
    rebuild();
    expect(verdict()).toBe('Đạt');
    // The column sorted alone, "Không" first: the other cells stay in their rows.
    o.emu.clock.advance(86_400_000);
    const rows = tab();
    const column = rows.slice(1).map((r) => r[mand]).sort((a, b) => b.localeCompare(a, 'vi'));
    typeIntoTab(o.emu, 'Tiêu chí', [rows[0], ...rows.slice(1).map((r, i) => r.map((v, j) => (j === mand ? column[i] : v)))]);
    expect(tab().find((r) => r[0] === 'TT-01-DANG-KY')![mand]).toBe('Không');
    expect(tab().find((r) => r[0] === CN07.id)![mand]).toBe('Có');
    rebuild();
    // Her registration is judged as the office decided, not by the reshuffle.
    expect(verdict()).toBe('Đạt');
  });
});
