// Review d75d F2 (Low). Who is hurt: a Sở's council (and its Thường trực) reading "Kết quả kiểm tra" in June 2026, and a
// school asked about it.
// Scenario: a Sở's 2021–2025 file nobody ended. A school first sends a registration on 05/05/2026 (after the period: it
// is answered "Không được xét"); on 10/06/2026 it corrects a line through the edit link.
// What happens now: since b612f0b6 the registration is afterPeriod 'sent' (first sent after the period), and the note
// is written with edited = false but with the *edit's* date: "Phiếu gửi ngày 10/06/2026, sau khi giai đoạn 2021-2025 đã
// kết thúc …". The registration was sent on 05/05/2026; nothing in the row says it was edited on 10/06. Before b612f0b6
// the same row read "Phiếu sửa ngày 10/06/2026 …" (true); the split by kind of answer now pairs the word "gửi" with the
// date of the edit.
// What should happen: the note gives the day it was sent (05/05/2026) — or says "sửa ngày 10/06/2026" of the edit — never
// "gửi ngày" with the edit's date.
// Severity: Low (a wrong date in the council's record).
import { describe, expect, it } from 'vitest';
import { so2021 } from './r68d-lib';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

describe('a Sở’s 2021–2025 file: a registration first sent on 05/05/2026, edited on 10/06/2026', () => {
  it('does not say it was sent on the day of the edit', () => {
    const set = new Date(2025, 3, 1, 8);
    const cfg = so2021(set);
    const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
    o.emu.clock.advance(new Date(2026, 4, 5, 8).getTime() - Number(o.emu.clock.now()));
    const answers: Record<string, unknown> = { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Nguyễn Thị Hòa' };
    const first = o.emu.forms.submitAsUser(o.formId, answers as never, { email: SCHOOLS[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const noteOf = () => {
      const results = o.emu.spreadsheets.values('Kết quả kiểm tra').map((r) => r.map(String));
      return results[1][results[0].indexOf('Ghi chú')];
    };
    expect(noteOf()).toContain('Phiếu gửi ngày 05/05/2026, sau khi giai đoạn 2021-2025 đã kết thúc');
    o.emu.clock.advance(new Date(2026, 5, 10, 8).getTime() - Number(o.emu.clock.now()));
    o.emu.forms.submitAsUser(o.formId, { ...answers, [Q.summary]: `${String(answers[Q.summary] ?? '')} Sửa lỗi chính tả.` } as never, { email: SCHOOLS[1].emails[0], editResponseId: first.responseId });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    // Today: "Phiếu gửi ngày 10/06/2026, sau khi giai đoạn 2021-2025 đã kết thúc (hết năm 2025): …"
    expect(noteOf()).not.toContain('Phiếu gửi ngày 10/06/2026');
  });
});
