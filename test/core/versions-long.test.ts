// Review of 2caf8c5: a sending's answers are kept "as received" — but all of them in one cell of 50,000 characters.
import { describe, expect, it } from 'vitest';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { Q, type FormAnswers } from '../../src/core/registration-form';
import { versionLine } from '../../src/core/versions';
import { SCHOOLS, answersToRow, config, directoryRows, form, headerRow, individualAnswers } from './helpers';

const cfg = config();
function evaluated(a: FormAnswers): EvaluatedRegistration {
  const f = form(cfg);
  const rows = [answersToRow(f, a, new Date(2023, 0, 2, 8, 0, 30), SCHOOLS[0].emails[0])];
  return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), ...rows] }).registrations[0];
}

describe('versions (review): long answers', () => {
  it('every answer of a sending is kept when together they pass one cell (each fits its own response cell)', () => {
    const a = individualAnswers('teacher', cfg);
    const evidence = Object.keys(a).find((k) => k.startsWith('Minh chứng thành tích'))!;
    // The school pastes its list of awards as evidence (49,300 characters: its response cell holds up to 50,000), then
    // writes its summary, the form's last question — the one a complaint is about.
    const summary = 'Tóm tắt: dạy học theo dự án, có minh chứng ở đường dẫn https://drive.example/abc.';
    const r = evaluated({ ...a, [evidence]: 'Giấy khen năm học 2021-2022, '.repeat(1_700), [Q.summary]: summary });
    expect(String(r.answers[evidence]).length).toBeLessThan(50_000);
    const line = versionLine(r, new Date(2023, 5, 1));
    // Somewhere in the line (its cells, or more cells of its own) is what she sent last.
    expect(line.map(String).join('\n')).toContain(summary);
  });
});
