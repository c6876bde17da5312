// Review d68: the council asks Hòa Bình to supplement a registration (comments not published); the letter goes; the
// school supplements the next day through its edit link, as the letter says. Its view must not go on telling it the
// council asks it to supplement and, as if the letter never came, to call the office: "Tổng hợp" says the
// registration waits for the council again (review r67s). Today the view keeps "Cần bổ sung" and "chưa nhận được thư
// thì xin liên hệ …" after the school did what it was asked (the request counted in force with no letter day).
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup, setConfigValues } from './helpers';
import { rebuild, viewText, viewLedger } from './period-end-lib';
import { VIEW_TAB } from '../../src/core/messages';

const HOA_BINH = SCHOOLS[1];
const COMMENT = 'Bổ sung số liệu cụ thể trong tóm tắt thành tích.';

it('a registration supplemented after the council\'s request no longer reads "Cần bổ sung … chưa nhận được thư thì xin liên hệ" in the school\'s view', () => {
  const o = officeAfterSetup(SCHOOLS);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  const a = { ...individualAnswers('teacher'), [Q.school]: HOA_BINH.name } as Record<string, string>;
  const first = o.emu.forms.submitAsUser(o.formId, a, { email: HOA_BINH.emails[0] });
  rebuild(o);
  const id = viewText(o, HOA_BINH.code).match(/DK-\d+/)![0];
  decide(o, id, 'Yêu cầu bổ sung', COMMENT);
  rebuild(o);
  expect(o.emu.mail.sent.some((m) => String(m.body).includes(COMMENT))).toBe(true);
  const grid = () => o.emu.spreadsheets.values(VIEW_TAB, viewLedger(o).get(`S:${HOA_BINH.code}`)!.id).map((r) => r.map(String));
  const rowOf = () => {
    const g = grid();
    const r = g.find((x) => x[0] === id)!;
    return Object.fromEntries(g[2].map((h, i) => [h, r[i]]));
  };
  expect(rowOf()['Kết luận']).toBe('Cần bổ sung');

  // The school supplements through its edit link the next day.
  o.emu.clock.advance(24 * 3600_000);
  o.emu.forms.submitAsUser(o.formId, { ...a, [Q.summary]: `${a[Q.summary]} Tỷ lệ học sinh giỏi tăng 15%.` }, { email: HOA_BINH.emails[0], editResponseId: first.responseId });
  o.emu.clock.advance(3600_000);
  rebuild(o);
  const r = rowOf();
  // What the school reads once it has supplemented: not asked again, not sent to the office for a letter it received.
  expect(r['Cần bổ sung hoặc chưa đạt'] ?? '').not.toContain('chưa nhận được thư');
  expect(r['Kết luận']).not.toBe('Cần bổ sung');
});
