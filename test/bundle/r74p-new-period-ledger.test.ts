// Review r74p (personal data) F4 — Low. Who is hurt: a teacher who registered from her own address in the 2021–2025
// period; the office's pháp chế (retention and minimisation: Luật 91/2025/QH15 — data kept only as long as its purpose
// needs, and only what the purpose needs). "Sang giai đoạn mới": the new period runs in a copy of the old file, which the
// new period's staff and council are given. The copy's first Thiết lập lists what to delete and says to KEEP the hidden
// "Sổ mã phiếu" (so that new codes follow the old ones).
// What happens now: following those instructions to the letter, the new period's file still holds, in "Sổ mã phiếu",
// every old registration's sender address (her personal Gmail) and the Forms response id from which its edit link is
// rebuilt (README, "Ai được mở bảng tính") — the old period's people carried into a file shared for another purpose.
// What should happen: the copy keeps what numbering needs (the codes), not the old senders' addresses or response ids;
// the old file stays the record.
import { describe, expect, it } from 'vitest';
import { COPIED_DATA_TABS, COPIED_FILE, LEDGER_TAB, TAB } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { deleteTab } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup, copyOfOfficeFile } from './helpers';

const PERSONAL = 'lan.tran@gmail.example';

describe('r74p F4: the new period’s copy keeps the old period’s senders in "Sổ mã phiếu"', () => {
  it('after the copy’s own instructions are followed, no tab of the new file holds an old sender’s address or response id', async () => {
    const o = officeAfterSetup();
    const { emu, bundle } = o;
    const sent = emu.forms.submitAsUser(
      o.formId,
      { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985' } as never,
      { email: PERSONAL },
    );
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const responseId = emu.spreadsheets.values(LEDGER_TAB).flat().map(String).find((v) => sent.editUrl.includes(v) && v.length > 8)!;
    expect(responseId).toBeTruthy();
    // Tệp → Tạo bản sao (the .xlsx round trip stands for Drive's copy), then Thiết lập in the copy.
    const copy = await copyOfOfficeFile(emu, 'Bản sao — giai đoạn 2026-2030');
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.spreadsheets.ui.at(-1)!.message).toBe(COPIED_FILE.forgotten);
    // The office deletes exactly what it is told to, keeps what it is told to keep.
    for (const tab of [...COPIED_DATA_TABS, TAB.mailRecord, ...SCHOOLS.map((s) => s.name)]) {
      if (emu.spreadsheets.sheetNames().includes(tab)) deleteTab(emu, tab);
    }
    expect(emu.spreadsheets.sheetNames()).toContain(LEDGER_TAB);
    bundle.call('setup', undefined, { kind: 'menu' });
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const everything = emu.spreadsheets.sheetNames().map((t) => emu.spreadsheets.values(t).flat().map(String).join('\n')).join('\n');
    expect(everything).not.toContain(PERSONAL);
    expect(everything).not.toContain(responseId);
  });
});
