// "Thẩm định" renamed by someone in the office (review "twohands" #5): the tool made a blank tab under the name, called
// every decision deleted and told the council to type them again, while what it typed in the renamed tab went unread.
// Now nothing is made, written or sent on either, the office is told which tab to name back, and named back, the tab
// is as it was.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/form-titles';
import { REVIEW_HEADERS } from '../../src/core/messages';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';

const REVIEW = 'Thẩm định';

describe('a renamed "Thẩm định"', () => {
  it('is not replaced by a blank tab: the office is told to name it back, no letter goes; named back, every decision stands', () => {
    const ctx = officeAfterSetup();
    const { emu, bundle, formId } = ctx;
    const team = (name: string) => ({ ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: name });
    emu.clock.advance(60_000);
    emu.forms.submitAsUser(formId, team('Tổ Toán'), { email: SCHOOLS[0].emails[0] });
    emu.forms.submitAsUser(formId, team('Tổ Ngữ văn'), { email: SCHOOLS[0].emails[0] });
    const header = emu.spreadsheets.values(REVIEW)[0].map(String);
    typeCell(emu, REVIEW, 2, header.indexOf(REVIEW_HEADERS.decision) + 1, 'Đề nghị khen');
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const before = emu.spreadsheets.values(REVIEW).map((r) => r.join('|'));
    const ss = () => emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    emu.runtime.execute(() => ss().getSheetByName(REVIEW)!.setName(`${REVIEW} 2024`), { kind: 'node' });
    // In the renamed tab, the council asks the other registration for more.
    typeCell(emu, `${REVIEW} 2024`, 3, header.indexOf(REVIEW_HEADERS.decision) + 1, 'Yêu cầu bổ sung');
    typeCell(emu, `${REVIEW} 2024`, 3, header.indexOf(REVIEW_HEADERS.comment) + 1, 'Bổ sung minh chứng trước 15/7.');
    const sent = emu.mail.sent.length;
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    emu.clock.advance(60_000);
    emu.forms.submitAsUser(formId, team('Tổ Tin học'), { email: SCHOOLS[0].emails[0] });
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    expect(emu.spreadsheets.sheetNames()).not.toContain(REVIEW);
    const log = emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.join(' ')).join('\n');
    expect(log).toContain(`không có trang “${REVIEW}”, nhưng trang “${REVIEW} 2024” có các cột của trang này`);
    expect(log).not.toContain('Hội đồng cần ghi lại quyết định');
    // The new registration is answered; no letter for the request typed in the renamed tab yet.
    expect(emu.mail.sent.slice(sent).map((m) => m.subject).filter((s) => s.includes('Đề nghị bổ sung'))).toEqual([]);
    expect(emu.mail.sent.slice(sent).some((m) => m.subject.includes('Tổ Tin học'))).toBe(true);
    // No documents meanwhile: read as no decision, a batch would propose nobody (review diff26 #2).
    const docs = emu.docs.list().length;
    bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(emu.docs.list()).toHaveLength(docs);
    expect(emu.spreadsheets.ui.filter((u) => u.kind === 'alert').pop()!.message).toContain(`nhưng trang “${REVIEW} 2024” có các cột của trang này`);
    // Named back: its rows as they were, with what the council typed meanwhile, and the new registration.
    emu.runtime.execute(() => ss().getSheetByName(`${REVIEW} 2024`)!.setName(REVIEW), { kind: 'node' });
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const after = emu.spreadsheets.values(REVIEW);
    expect(after[1].join('|')).toBe(before[1]);
    expect(after.map((r) => String(r[header.indexOf(REVIEW_HEADERS.decision)]))).toContain('Yêu cầu bổ sung');
    expect(after.some((r) => r.includes('Tổ Tin học'))).toBe(true);
    expect(emu.mail.sent.slice(sent).filter((m) => m.subject.includes('Đề nghị bổ sung'))).toHaveLength(1);
  });
});
