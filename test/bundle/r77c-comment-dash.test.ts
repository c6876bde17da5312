// Review r77c F1: the council's comment typed as Vietnamese offices write lists — "- Bổ sung minh chứng …" — is read by
// Google Sheets as a formula (a text starting with "-" or "+" that is not a number: "#ERROR!", Formula parse error). The
// "Yêu cầu bổ sung" letter then quotes "#ERROR!" to the school as the council's comment.
// What should happen: no letter tells a school "#ERROR!"; either the comment the council typed reaches the school, or the
// letter waits and the row's "Ghi chú" tells the secretary what to retype.
import { describe, expect, it } from 'vitest';
import { councilOffice, decide } from './helpers';

const REVIEW = 'Thẩm định';

describe('a comment typed as a dashed list ("- Bổ sung …")', () => {
  it('is never mailed to the school as "#ERROR!"', () => {
    const o = councilOffice();
    const code = String(o.emu.spreadsheets.values(REVIEW)[1][0]);
    decide(o, code, 'Yêu cầu bổ sung', '- Bổ sung minh chứng sáng kiến cấp cơ sở');
    const header = o.emu.spreadsheets.values(REVIEW)[0].map(String);
    const rowOf = () => o.emu.spreadsheets.values(REVIEW).find((r) => r[0] === code)!;
    // As Sheets keeps what was typed: a formula that does not parse.
    expect(rowOf()[header.indexOf('Nhận xét')]).toBe('#ERROR!');
    const before = o.emu.mail.sent.length;
    o.rebuild();
    const letters = o.emu.mail.sent.slice(before).filter((m) => String(m.subject).includes(code));
    for (const m of letters) expect(String(m.body)).not.toContain('#ERROR!');
    const quoted = letters.some((m) => String(m.body).includes('Bổ sung minh chứng sáng kiến cấp cơ sở'));
    const note = String(rowOf()[header.indexOf('Ghi chú')]);
    // Either the school gets the comment as typed, or the secretary is told on the row what to put right.
    expect(quoted || (letters.length === 0 && note.includes('Nhận xét'))).toBe(true);
  });
});
