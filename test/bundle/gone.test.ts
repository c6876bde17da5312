// Transient is not gone: a form, a template or a folder is made again only when Drive confirms the old one is gone,
// and then the office is told; a transient error stops the run and replaces nothing.
import { describe, expect, it } from 'vitest';
import { officeAfterSetup, SCHOOLS } from './helpers';

const lastAlert = (o: ReturnType<typeof officeAfterSetup>) => o.emu.spreadsheets.ui.filter((u) => u.kind === 'alert').at(-1)?.message ?? '';
const log = (o: ReturnType<typeof officeAfterSetup>) => o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.join(' ')).join('\n');

describe('transient or gone', () => {
  it('a transient FormApp.openById failure stops setup: no second form, and the next setup goes on with the same form', () => {
    const o = officeAfterSetup(SCHOOLS);
    const forms = o.emu.forms.forms.size;
    o.emu.runtime.failOn('FormApp.openById', 1, 'Service error: Forms');
    expect(() => o.bundle.call('setup', undefined, { kind: 'menu' })).toThrow('Service error: Forms');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(o.emu.forms.forms.size).toBe(forms);
    expect(o.emu.properties.script.get('form.registration.id')).toBe(o.formId);
    expect(log(o)).toContain('Service error: Forms');
  });

  it('a form deleted in Drive is made again, linked, and the office told to send the new link', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.forms.forms.delete(o.formId);
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const id = o.emu.properties.script.get('form.registration.id')!;
    expect(id).not.toBe(o.formId);
    expect(o.emu.forms.byId(id)?.destination).toBeTruthy();
    expect(lastAlert(o)).toMatch(/không còn trong Google Drive .* gửi lại đường dẫn mới/);
  });

  it('a form that lost its link to the sheet is linked again, not replaced', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.runtime.execute(() => o.emu.globals.FormApp.openById(o.formId).removeDestination(), { kind: 'node', label: 'office' });
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(o.emu.properties.script.get('form.registration.id')).toBe(o.formId);
    expect(o.emu.forms.byId(o.formId)?.destination).toBeTruthy();
  });

  it('a transient Drive failure while checking a template replaces nothing; a template put in the trash is made again and reported', () => {
    const o = officeAfterSetup(SCHOOLS);
    const key = 'proposals.template.toTrinh';
    const before = o.emu.properties.script.get(key)!;
    o.emu.runtime.failOn('DriveApp.getFileById', 1, 'Service error: Drive');
    expect(() => o.bundle.call('setup', undefined, { kind: 'menu' })).toThrow();
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(o.emu.properties.script.get(key)).toBe(before);
    expect(o.emu.docs.list().filter((d) => !d.trashed && d.name.startsWith('Mẫu - '))).toHaveLength(8); // issue 15: eight templates
    o.emu.runtime.execute(() => o.emu.globals.DriveApp.getFileById(before).setTrashed(true), { kind: 'node', label: 'office' });
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(o.emu.properties.script.get(key)).not.toBe(before);
    expect(log(o)).toMatch(/Mẫu văn bản “Mẫu - Tờ trình đề nghị khen thưởng” không còn trong Google Drive/);
  });

  for (const killAt of ['DriveApp.getFileById', 'Properties.setProperties'] as const) {
    it(`a template left half-made (the run died at ${killAt}) goes to the trash; the office's own Doc of that name elsewhere is never touched`, () => {
      const NAME = 'Mẫu - Tờ trình đề nghị khen thưởng';
      const key = 'proposals.template.toTrinh';
      const prepare = () => {
        const o = officeAfterSetup(SCHOOLS.slice(0, 2));
        const own = o.emu.runtime.execute(
          () => {
            const { DocumentApp, DriveApp } = o.emu.globals;
            const inRoot = DocumentApp.create(NAME).getId();
            const inFolder = DocumentApp.create(NAME).getId();
            DriveApp.getFileById(inFolder).moveTo(DriveApp.createFolder('Lưu trữ'));
            DriveApp.getFileById(o.emu.properties.script.get(key)!).setTrashed(true);
            return [inRoot, inFolder];
          },
          { kind: 'node', label: 'office' },
        );
        o.emu.clock.advance(3600_000);
        return { o, own };
      };
      // Where the run dies: the first `killAt` after the template's DocumentApp.create.
      const traced = prepare();
      const trace: string[] = [];
      traced.o.emu.runtime.trace = trace;
      traced.o.bundle.call('setup', undefined, { kind: 'menu' });
      const create = trace.indexOf('DocumentApp.create');
      const at = trace.indexOf(killAt, create);
      expect(create).toBeGreaterThan(-1);
      expect(at).toBeGreaterThan(create);

      const { o, own } = prepare();
      o.emu.runtime.killAtCall(at + 1);
      expect(() => o.bundle.call('setup', undefined, { kind: 'menu' })).toThrow();
      o.emu.runtime.clearFaults();
      const named = () => o.emu.docs.list().filter((d) => d.name === NAME && !d.trashed);
      expect(named()).toHaveLength(3); // the office's two and the half-made one (the old template is in the trash)
      o.bundle.call('setup', undefined, { kind: 'menu' });
      const id = o.emu.properties.script.get(key)!;
      expect(named().map((d) => d.id).sort()).toEqual([...own, id].sort());
      expect(o.emu.docs.list().filter((d) => !d.trashed && d.name.startsWith('Mẫu - '))).toHaveLength(10);
    });
  }
});
