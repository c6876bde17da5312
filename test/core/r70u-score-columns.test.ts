// Review r70u (looking at out/van-phong.xlsx as a clerk would): in "Kết quả kiểm tra" a registration not "Đạt" has an
// empty "Điểm ưu tiên" but a filled "Cách tính điểm" ("Số năm hoàn thành xuất sắc nhiệm vụ: 1 → 10; Cấp công nhận
// sáng kiến cao nhất: 1 → 5…"): the clerk reads a breakdown that adds up to 15 next to no score at all (DK-000172,
// DK-000132 of the sample). The two columns must agree: a breakdown only beside the score it adds up to.
import { describe, expect, it } from 'vitest';
import { initiativeTitles } from '../../src/core/registration-form';
import { evaluateAll } from '../../src/core/evaluate';
import { RESULTS_HEADER } from '../../src/core/messages';
import { resultRow } from '../../src/core/results-table';
import { answersToRow, config, directoryRows, form, headerRow, individualAnswers } from './helpers';

const cfg = config();
const f = form(cfg);

describe('r70u: "Điểm ưu tiên" and "Cách tính điểm" of one row agree', () => {
  it('a registration not "Đạt" with an excellent year: no breakdown beside an empty score', () => {
    const a = individualAnswers('teacher', cfg);
    // The same person with one initiative fewer (one left where the plan asks for several): "Cần bổ sung", the
    // excellent year still scored.
    const values = [headerRow(f), answersToRow(f, { ...a, [initiativeTitles(1).name]: '' }, new Date(2023, 0, 3, 8), 'x@y.vn')];
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values });
    const r = out.registrations[0];
    expect(r.verdict).not.toBe('dat');
    const row = resultRow(r);
    const score = row[RESULTS_HEADER.indexOf('Điểm ưu tiên')];
    const how = String(row[RESULTS_HEADER.indexOf('Cách tính điểm')]);
    const parts = [...how.matchAll(/→ (\d+)/g)].reduce((s, m) => s + Number(m[1]), 0);
    // Either both say nothing, or the score shown is what the breakdown adds up to.
    if (how !== '' || score !== '') expect({ score, how }).toEqual({ score: parts, how });
  });
});
