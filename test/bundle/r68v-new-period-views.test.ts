// Review r68v: "Sang giai đoạn mới" with the schools' views on. The new period's copy (Tệp → Tạo bản sao, Thiết lập twice)
// makes every school a new view — rightly, the old one stays the record of the old period — but in a second folder of the
// same name, each view under the very name of the old period's ("Trang theo dõi — Trường Mầm non Hoa Sen (MN01)"),
// shared with the same addresses by the same account. Until the old file is ended (README step 6: both run, both update
// their views each morning, both mail reminders with their link) and after it, the school's "Được chia sẻ với tôi" lists
// two files of one name with different registrations, and nothing in the name tells which period is which.
import { describe, expect, it } from 'vitest';
import { COPIED_DATA_TABS, TAB } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup, setConfigValues, copyOfOfficeFile } from './helpers';
import { typeIntoTab } from '../../scripts/season';
import { configToRows, periodConfig } from '../../src/core/config';
import { planConfig } from '../../sample/profiles';

const HOA_SEN = SCHOOLS[0];

/** The names of the files shared with `email` that are schools' views (name starting "Trang theo dõi"). */
function viewsSharedWith(emu: ReturnType<typeof officeAfterSetup>['emu'], email: string): string[] {
  emu.drive.store.sync();
  return [...emu.drive.store.files.values()]
    .filter((f) => !f.trashed && f.name.startsWith('Trang theo dõi') && (emu.sharing.acl(f.id)?.viewers ?? new Set()).has(email))
    .map((f) => f.name);
}

describe('r68v: a new period\'s copy with the schools\' views on', () => {
  it('the school is shared two views of one name, the old period\'s and the new one\'s', async () => {
    const ctx = officeAfterSetup();
    const { emu, bundle } = ctx;
    setConfigValues(emu, { 'schoolViews.enabled': 'Có' });
    emu.forms.submitAsUser(ctx.formId, individualAnswers('teacher') as never, { email: HOA_SEN.emails[0], at: new Date(emu.clock.now() + 60_000) });
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(viewsSharedWith(emu, HOA_SEN.emails[0])).toHaveLength(1);
    // The new period's file: a copy, cleaned as Thiết lập says, set up with forms of its own.
    const copy = await copyOfOfficeFile(emu, 'Thi đua 2026-2030');
    bundle.call('setup', undefined, { kind: 'menu' });
    emu.runtime.execute(
      () => {
        const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
        for (const name of [...COPIED_DATA_TABS, TAB.mailRecord]) {
          const sheet = ss.getSheetByName(name);
          if (sheet) ss.deleteSheet(sheet);
        }
      },
      { kind: 'node', label: 'office staff' },
    );
    emu.triggers.triggers.splice(0);
    // README "Sang giai đoạn mới", step 4: the copy's "Cấu hình" names the new period (w68v: added to the review's
    // test, which left the old period in the copy).
    const cfg = planConfig(new Date(emu.clock.now()));
    cfg.period = periodConfig(2026, 2030);
    typeIntoTab(emu, 'Cấu hình', configToRows(cfg));
    setConfigValues(emu, { 'schoolViews.enabled': 'Có' });
    bundle.call('setup', undefined, { kind: 'menu' });
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(emu.runtime.executions.at(-1)!.error).toBeUndefined();
    const names = viewsSharedWith(emu, HOA_SEN.emails[0]);
    // (The copy made its own view: the school has two.)
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    // (w68v) Each names its period; the copy's view is in a folder of its period's name.
    expect(names.sort()).toEqual([`Trang theo dõi 2021-2025 — ${HOA_SEN.name} (${HOA_SEN.code})`, `Trang theo dõi 2026-2030 — ${HOA_SEN.name} (${HOA_SEN.code})`]);
    const copyView = emu.drive.filesByName(`Trang theo dõi 2026-2030 — ${HOA_SEN.name} (${HOA_SEN.code})`)[0];
    expect(emu.drive.path([...copyView.parents][0])).toBe('My Drive/Điển hình tiên tiến — Trang theo dõi của các trường — giai đoạn 2026-2030');
  });
});
