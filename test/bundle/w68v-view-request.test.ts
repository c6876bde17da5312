// w68v (fix of review r68v #4): the council's "Yêu cầu bổ sung", comments not published: the school's view says the
// registration is to be supplemented, counts it so, names the letter and the day it went — and not the comment.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup, setConfigValues } from './helpers';
import { rebuild, viewText } from './period-end-lib';
import { VIEW_TAB } from '../../src/core/messages';
import { viewLedger } from './period-end-lib';

const HOA_BINH = SCHOOLS[1];
const COMMENT = 'Bổ sung minh chứng sáng kiến (bản quyết định công nhận) trước ngày 15/12/2024.';

function office() {
  const o = officeAfterSetup(SCHOOLS);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: HOA_BINH.name }, { email: HOA_BINH.emails[0] });
  rebuild(o);
  return { o, id: viewText(o, HOA_BINH.code).match(/DK-\d+/)![0] };
}
type O = ReturnType<typeof officeAfterSetup>;
const grid = (o: O) => o.emu.spreadsheets.values(VIEW_TAB, viewLedger(o).get(`S:${HOA_BINH.code}`)!.id).map((r) => r.map(String));
/** The view's row of `id` by its header's columns. */
function row(o: O, id: string): Record<string, string> {
  const g = grid(o);
  const header = g[2];
  const r = g.find((x) => x[0] === id)!;
  return Object.fromEntries(header.map((h, i) => [h, r[i]]));
}

describe('w68v: a request to supplement in the school\'s view, comments not published', () => {
  it('"Cần bổ sung", counted so, the letter and its day named, the comment not shown; taken back, the view says "Đạt" again', () => {
    const { o, id } = office();
    expect(row(o, id)['Kết luận']).toBe('Đạt');
    const before = grid(o)[1][0];
    expect(before).toMatch(/1 đạt, 0 chưa đạt, 0 cần bổ sung\./);
    // Chosen without its comment yet: no letter, nothing said to the school.
    decide(o, id, 'Yêu cầu bổ sung', '');
    rebuild(o);
    expect(row(o, id)['Kết luận']).toBe('Đạt');
    decide(o, id, 'Yêu cầu bổ sung', COMMENT);
    rebuild(o);
    const letter = o.emu.mail.sent.find((m) => String(m.body).includes(COMMENT));
    // (The letter went in that run.)
    expect(letter).toBeDefined();
    const r = row(o, id);
    expect(r['Kết luận']).toBe('Cần bổ sung');
    const day = new Date(o.emu.clock.now());
    const dd = `${String(day.getDate()).padStart(2, '0')}/${String(day.getMonth() + 1).padStart(2, '0')}/${day.getFullYear()}`;
    expect(r['Cần bổ sung hoặc chưa đạt']).toContain(`Hội đồng yêu cầu bổ sung hồ sơ phiếu này: cần bổ sung gì, hạn nào xem thư “Đề nghị bổ sung hồ sơ phiếu ${id}” gửi trường ngày ${dd}.`);
    expect(r['Ý kiến của Hội đồng']).toBeUndefined();
    expect(grid(o).flat().join('\n')).not.toContain('quyết định công nhận');
    expect(grid(o)[1][0]).toMatch(/1 phiếu đăng ký \(0 tập thể, 1 cá nhân\): 0 đạt, 0 chưa đạt, 1 cần bổ sung\. Trong đó 1 phiếu Hội đồng yêu cầu bổ sung hồ sơ/);
    // The council takes it back ("Chờ thẩm định"): the view is as before.
    decide(o, id, 'Chờ thẩm định', '');
    rebuild(o);
    expect(row(o, id)['Kết luận']).toBe('Đạt');
    expect(grid(o)[1][0]).toBe(before);
  });
});
