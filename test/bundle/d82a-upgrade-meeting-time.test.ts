// Review d82a F4: an office on 4f72d939 (main before this stop's fixes; fixtures/Code-4f72d939.js.gz) whose council's
// secretary typed "Thời gian họp" as "14:00" — a time to Sheets (f82c). That version made the Biên bản with
// «- Thời gian: 30/12/1899.»; the secretary corrected that line by hand, the Biên bản was signed. The office updates.
// This version reads the same cell otherwise («14:00 ngày 01/07/2024»), and the council's text is part of every
// document's inputs (src/core/proposals.ts inputsOf): the tabs say what they said, only the tool changed — the case
// adoptReprinted keeps a document for (src/jobs/proposals.ts: «It is kept as it is, perhaps completed by hand and
// signed»), as it does a nominee's row read otherwise (PlannedDoc.inputsRead). Here the signed Biên bản is replaced
// unasked: renamed "[KHÔNG DÙNG] …", its row «Đã thay thế (danh sách hoặc nội dung đề nghị đã thay đổi)».
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COUNCIL_FIELDS, COUNCIL_TAB } from '../../src/core/messages/proposals';
import { typeCell } from '../../scripts/user';
import { manifestScopes } from './helpers';
import { oldOffice, oldSeason } from './upgrade-lib';

const oldBundle = () => gunzipSync(readFileSync(new URL('./fixtures/Code-4f72d939.js.gz', import.meta.url))).toString('utf8');

describe('d82a F4: the Biên bản made before the update, "Thời gian họp" typed "14:00"', () => {
  it('is kept after the update (only the tool reads the cell otherwise), not replaced unasked', () => {
    const o = oldOffice('', { code: oldBundle(), scopes: manifestScopes() });
    oldSeason(o);
    const at = o.tab(COUNCIL_TAB).findIndex((r) => r[0] === COUNCIL_FIELDS.time) + 1;
    typeCell(o.emu, COUNCIL_TAB, at, 2, '14:00');
    o.menu('generateProposals');
    for (let i = 0; i < 20 && o.emu.triggers.find('continueProposals').length > 0; i++) o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 61_000);
    const live = () => o.emu.docs.list().filter((d) => !d.trashed && d.name.startsWith('Biên bản'));
    const made = live();
    expect(made.length).toBe(1);
    // Control: the old version printed the day zero.
    expect(o.emu.docs.text(made[0].id)).toContain('Thời gian: 30/12/1899.');
    // The secretary corrects the line by hand before the Biên bản is signed.
    o.emu.runtime.execute(() => void o.emu.globals.DocumentApp.openById(made[0].id).getBody().replaceText('30/12/1899', '14:00 ngày 01/07/2024'), { kind: 'node', label: 'user typing' });

    o.update();
    o.emu.clock.advance(3_600_000);
    o.menu('generateProposals');
    for (let i = 0; i < 20 && o.emu.triggers.find('continueProposals').length > 0; i++) o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 61_000);
    const rows = o.tab('Đề nghị khen thưởng').map((r) => r.map(String));
    const replaced = rows.filter((r) => r.some((c) => c.includes(made[0].id)) && r.some((c) => c.startsWith('Đã thay thế'))).length;
    const signed = o.emu.docs.list().find((d) => d.id === made[0].id)!;
    expect({ name: signed.name, trashed: !!signed.trashed, replaced, others: live().filter((d) => d.id !== made[0].id).length }).toEqual({ name: made[0].name, trashed: false, replaced: 0, others: 0 });
  });
});
