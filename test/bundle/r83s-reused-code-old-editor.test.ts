// Review r83s F2 — High (privacy; the precondition is narrow). A school never reads another school's people.
// A commune after the 2025 reorganisation. Trường Tiểu học Số 02's principal asked for edit access to the school's view
// from her own Gmail; the commune's clerk granted it in Drive ("Chia sẻ" → Người chỉnh sửa), then typed that Gmail into
// the school's row of "Đơn vị" so that the reminders reach her too (the tool records it as an editor made by hand,
// `he`). In the summer the school is merged into Số 01: the clerk deletes its row. Its view is unshared (its clerk's
// address taken off) but the principal's Gmail stays an editor — the tool never takes off editors it did not share with.
// Months later a new kindergarten of the commune is given the freed code TH02. The tool takes the retired view of
// "S:TH02" for the new school: renames it, writes the new school's registrations into it and shares it with the new
// school. The old principal, no longer in "Đơn vị" at all, still edits the file and now reads the new school's teachers
// (names, verdicts, what is missing from their files). The view is held for such an editor only when the address is
// listed for another school (review d71b); an address listed nowhere counts for nothing, and the record forgets her.
// "Nhật ký lỗi" says nothing; "Tình trạng" says every view is "chia sẻ đúng".
// What should happen: a view handed to another school is not read by the former school's people — the editor the
// record knows as the former school's (`he`) is taken off first, or the view is held (or a new file made) and the office
// told.
import { describe, expect, it } from 'vitest';
import { deleteTabRow, typeIntoTab } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { VIEW_TAB } from '../../src/core/messages';
import { directoryRows, individualAnswers, numberedSchools, officeAfterSetup, setConfigValues } from './helpers';
import { ledger, nightly } from './view-code-lib';
import { xa } from './r68d-lib';

type Ctx = ReturnType<typeof officeAfterSetup>;
const asOffice = (ctx: Ctx, fn: () => void) => ctx.emu.runtime.execute(fn, { kind: 'node', label: 'office staff' });
const PRINCIPAL = 'hieutruong.so02@gmail.com';
const TEACHER = 'Vũ Thị Ngọc Ánh';
const DAY = 86_400_000;
const NOW = new Date(2026, 11, 8, 6, 30, 0);

describe('r83s F2: a school removed from "Đơn vị", its code later given to another school', () => {
  it('the removed school\'s principal (an editor by hand) cannot read the new school\'s teachers', () => {
    const list = numberedSchools(2);
    const cfg = xa(NOW);
    const ctx = officeAfterSetup(list, { now: NOW }, cfg);
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    nightly(ctx);
    const view = ledger(ctx).get('S:TH02')!.id;
    // Edit access granted by hand, then her Gmail listed for the school.
    asOffice(ctx, () => ctx.emu.globals.SpreadsheetApp.openById(view).addEditor(PRINCIPAL));
    const withPrincipal = list.map((s, i) => (i === 1 ? { ...s, emails: [...s.emails, PRINCIPAL] } : s));
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(withPrincipal));
    ctx.emu.clock.advance(DAY);
    nightly(ctx);
    // Merged into Số 01: its row deleted.
    deleteTabRow(ctx.emu, 'Đơn vị', 3);
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    ctx.emu.clock.advance(DAY);
    nightly(ctx);
    // A new kindergarten is given the freed code.
    const NEW = { code: 'TH02', name: 'Trường Mầm non Sơn Ca', level: 'Mầm non', ward: 'Phường 01', cluster: 'Cụm 1', principal: 'Đỗ Thị Hạnh', emails: ['mnsonca@example.edu.vn'] };
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows([withPrincipal[0], NEW]));
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher', cfg), [Q.school]: NEW.name, [Q.individualName]: TEACHER } as never, { email: NEW.emails[0] });
    ctx.emu.clock.advance(DAY);
    nightly(ctx);

    const showingHer = [...ctx.emu.spreadsheets.store.files.values()].filter(
      (f) => f.name.startsWith('Trang theo dõi') && ctx.emu.spreadsheets.values(VIEW_TAB, f.id).flat().map(String).join('\n').includes(TEACHER),
    );
    expect(showingHer.length, 'the new school has its view').toBeGreaterThan(0);
    expect(showingHer.filter((f) => ctx.emu.sharing.canOpen(PRINCIPAL, f.id)).map((f) => f.name), 'views showing the new school\'s teacher that the former principal can open').toEqual([]);
  });
});
