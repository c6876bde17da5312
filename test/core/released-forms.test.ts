// The titles and choice labels of the two forms are a contract with the answers already collected: the response tab's
// headers are the titles, its cells the labels, and a reader finds both by their words. A new version that rewords a
// title (Forms may keep the old header) or a label (collected answers keep the old one) would turn registrations the
// office already has into "Cần bổ sung", or stop the runs. This test holds the words as released
// (test/core/released-forms.json) so that such a change is made on purpose: with the readers taught the former words
// (an alias), then the file updated in the same commit.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRegistrationForm, buildReportForm, formItems, type FormDefinition } from '../../src/core/registration-form';
import { Q } from '../../src/core/registration-form';
import { config, SCHOOLS } from './helpers';

const RELEASED = new URL('./released-forms.json', import.meta.url);

/** What answers are filed under: each question's kind, title, and choices (rows and columns of a grid). */
function words(form: FormDefinition): string[] {
  return formItems(form).map((item) => {
    // The schools come from the office's directory, not from the tool.
    const choices = item.title === Q.school ? ['<Đơn vị>'] : (item.choices ?? []);
    const grid = item.kind === 'grid' ? ` rows: ${(item.rows ?? []).join(' | ')} columns: ${(item.columns ?? []).join(' | ')}` : '';
    return `${item.kind}: ${item.title}${choices.length ? ` choices: ${choices.join(' | ')}` : ''}${grid}`;
  });
}

describe('the words of the released forms', () => {
  it('are unchanged: a reworded title or choice needs the readers to know the former words first', () => {
    const cfg = config();
    const names = SCHOOLS.map((s) => s.name);
    const now = { registration: words(buildRegistrationForm(cfg, names)), report: words(buildReportForm(cfg, names)) };
    if (process.env.UPDATE_RELEASED_FORMS === '1') writeFileSync(RELEASED, `${JSON.stringify(now, null, 1)}\n`);
    const released = JSON.parse(readFileSync(RELEASED, 'utf8')) as typeof now;
    // Words may be added (a new question or choice); none released may go or change.
    for (const form of ['registration', 'report'] as const) {
      const gone = released[form].filter((w) => !now[form].includes(w));
      expect(gone, `${form}: released words changed or removed — teach the readers the former words, then run UPDATE_RELEASED_FORMS=1`).toEqual([]);
    }
  });
});
