// Review r83s F3 — Medium. Freshness: the view never says when it was last updated.
// A commune (UBND xã Suối Ngọc), 08/12/2026. The 06:30 nightly rebuild writes Trường Mầm non Hoa Sen's view: its teacher's
// registration "Cần bổ sung" (no evidence of her yearly quality commitment). At 09:00 the school's clerk adds the evidence
// through the edit link; the reply she gets at once says «Kết quả kiểm tra tự động: Đạt». The principal opens the view
// to check: it still says "Cần bổ sung … chưa ghi minh chứng" and "0 đạt … 1 cần bổ sung", under «Trang chỉ để xem, do
// Ủy ban tự động cập nhật mỗi ngày …» — with no day or time anywhere. She cannot tell that the page predates the edit
// (and would not tell either if the nightly runs stopped for days: records lost, a broken "Đơn vị", a handover, the end
// of the period on an older bundle): she edits again, or calls the commune. The office's own "Tổng hợp" says «Số liệu
// tính đến <giờ> ngày <ngày> (lần “Cập nhật tổng hợp” …; phiếu gửi và quyết định của Hội đồng sau giờ đó được tính ở
// lần cập nhật sau)» for exactly this reason (review r80n F1, d80 F3); the school's page does not.
// What should happen: the view says when its data was read (the time and day of the run that wrote it), so that a
// principal knows what is not in it yet.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { VIEW_TAB } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { ledger, nightly } from './view-code-lib';
import { xa } from './r68d-lib';

const NOW = new Date(2026, 11, 8, 6, 30, 0);
const HOA_SEN = SCHOOLS[0];
const NAME = 'Nguyễn Thị Hoa';

describe('r83s F3: the school’s view read after the school’s own edit', () => {
  it('says the time and day of the data it shows', () => {
    const cfg = xa(NOW);
    cfg.schoolViews = { enabled: true, publishComments: false, contact: 'Chị Lan, 0912 345 678' } as never;
    const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
    const answers: Record<string, unknown> = { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name, [Q.individualName]: NAME };
    const evidence = Object.keys(answers).find((k) => typeof answers[k] === 'string' && /\(CN-05-CAM-KET\)/.test(answers[k] as string))!;
    const full = answers[evidence];
    const sent = o.emu.forms.submitAsUser(o.formId, { ...answers, [evidence]: '' } as never, { email: HOA_SEN.emails[0] });
    // The nightly rebuild at 06:30 writes the view.
    nightly(o);
    // 09:00: the clerk completes the evidence; the reply says "Đạt".
    o.emu.clock.advance(2.5 * 3600_000);
    const before = o.emu.mail.sent.length;
    o.emu.forms.submitAsUser(o.formId, { ...answers, [evidence]: full } as never, { email: HOA_SEN.emails[0], editResponseId: sent.responseId });
    expect(o.emu.mail.sent.slice(before).map((m) => m.subject).join('\n')).toContain('Đạt — Đã nhận phiếu');

    // The principal opens the view: it still shows the morning's verdict.
    const id = ledger(o).get(`S:${HOA_SEN.code}`)!.id;
    const lines = o.emu.spreadsheets.values(VIEW_TAB, id).map((r) => r.map(String).join(' ').trim()).filter((l) => l !== '');
    expect(lines.find((l) => l.includes(NAME))).toContain('Cần bổ sung');
    // …and must say when it was written: the run's time and day.
    expect(lines.filter((l) => l.includes('06:30') && l.includes('08/12/2026')), 'a line of the view giving the time and day of its data').not.toEqual([]);
  });
});
