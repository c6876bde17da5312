// Review r67t: "A record is known by its code/identity, never by its row (tabs get sorted)". In "Tiêu chí", two rows of
// one criterion that disagree (the clerk copied the row to draft a change and set the copy to "Không") are settled by
// their order: the upper row counts, the lower is "bỏ qua". Sorting the tab — by "Bắt buộc", to see the priority-only
// criteria together — puts the copy on top, and the registrations' verdicts turn with no value typed. ("Thẩm định"
// holds both rows of a code that disagree instead: review.ts reviewNoteCopiesDisagree.)
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/criteria';
import { NO, Q } from '../../src/core/registration-form';
import { typeIntoTab } from '../../scripts/season';
import { sortTab } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const CN07 = CATALOGUE.find((c) => c.id === 'CN-07-GDVH')!;

describe('"Tiêu chí" with a criterion\'s row copied, then sorted (review r67t)', () => {
  it('sorting the tab does not change which of two disagreeing rows decides the verdicts', () => {
    const o = officeAfterSetup(SCHOOLS);
    const tab = () => o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String));
    const mand = tab()[0].indexOf('Bắt buộc');
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Lê Thị Hoa', [CN07.question!]: NO } as never, { email: SCHOOLS[0].emails[0] });
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const verdict = () => {
      const review = o.emu.spreadsheets.values('Thẩm định');
      return String(review.find((r) => r[0] === 'DK-000002')![review[0].map(String).indexOf('Kết luận tự động')]);
    };
    // The clerk copies the row of CN-07 below the others and writes "Không" in the copy, a draft for the council.
    const rows = tab();
    const copy = [...rows.find((r) => r[0] === CN07.id)!];
    copy[mand] = 'Không';
    typeIntoTab(o.emu, 'Tiêu chí', [...rows, copy]);
    rebuild();
    const before = verdict();
    expect(before).toBe('Chưa đạt');
    // Next day: sorted by "Bắt buộc", "Không" first. Nothing typed.
    o.emu.clock.advance(86_400_000);
    sortTab(o.emu, 'Tiêu chí', [{ column: mand + 1, ascending: false }]);
    expect(tab()[1][mand]).toBe('Không');
    rebuild();
    expect(verdict()).toBe(before);
  });
});
