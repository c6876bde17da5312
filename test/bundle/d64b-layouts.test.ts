// Review d64b: 49404bf changed which tabs have their widths set again when the record of layouts ("tabs.layouts") is
// gone — school and group tabs only, no longer "Tổng hợp" the office may have sized by hand — with no test of its own.
// This one fails on 49404bf^ ("Tổng hợp" widths set again) and passes on 49404bf.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { makeSampleOffice } from '../../sample/office';
import { SCHOOLS, officeAfterSetup } from './helpers';
import type { EmulatorOptions } from '../../emulator/index';

function office(schools: number, n: number, opts: EmulatorOptions = {}) {
  const sample = makeSampleOffice({ schools, registrations: n, seed: 11 });
  const ctx = officeAfterSetup(SCHOOLS, opts);
  typeIntoTab(ctx.emu, 'Đơn vị', sample.directoryRows);
  ctx.bundle.call('setup', undefined, { kind: 'menu' });
  ctx.emu.triggers.triggers.splice(0);
  for (const s of sample.submissions.filter((x) => x.editOf === undefined)) ctx.emu.forms.submitAsUser(ctx.formId, s.answers, { email: s.email, at: s.at });
  return { ...ctx, sample };
}

describe('d64b: the record of layouts lost', () => {
  it('"Tổng hợp" keeps the widths the office set by hand; a school tab whose widths were shifted has the tool\'s again', () => {
    for (const opts of [{}, { advancedServices: [] }] as EmulatorOptions[]) {
      const ctx = office(4, 8, opts);
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      const school = ctx.sample.directoryRows[1][1] as string;
      const widths = (name: string) =>
        ctx.emu.runtime.execute(() => {
          const sh = ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
          return Array.from({ length: sh.getLastColumn() }, (_, i) => sh.getColumnWidth(i + 1));
        }, { kind: 'node', label: 'office looking' }) as number[];
      const tool = widths(school);
      ctx.emu.runtime.execute(() => {
        const ss = ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet();
        ss.getSheetByName('Tổng hợp')!.setColumnWidth(1, 333);
        const sh = ss.getSheetByName(school)!;
        tool.forEach((_, i) => sh.setColumnWidth(i + 1, tool[Math.max(0, i - 1)]));
      }, { kind: 'node', label: 'office sizing' });
      ctx.emu.properties.script.delete('tabs.layouts');
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      expect(ctx.emu.runtime.executions.at(-1)!.error).toBeUndefined();
      expect(widths('Tổng hợp')[0]).toBe(333);
      expect(widths(school)).toEqual(tool);
    }
  });
});
