// dropEmptyLists (src/gas/docs.ts) on documents an office may have rearranged: a list with nobody in it goes with its
// heading, never a table that also holds the other list's rows.
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/index';
import { dropEmptyLists } from '../../src/gas/docs';
import { LIST_HEADING_PLACEHOLDER, isRowPlaceholder } from '../../src/core/proposals';
import { withGlobals } from './helpers';

type Kind = 'collective' | 'individual';

/** Runs gas-layer code imported here with the emulated DocumentApp, as one execution. */
const withDocs = <T>(emu: Emulator, fn: () => T): T => withGlobals(emu, ['DocumentApp'], fn, 'dropEmptyLists');

const kindOf = (name: string): Kind | null => {
  const k = isRowPlaceholder(name);
  return k === 'collective' || k === 'individual' ? k : null;
};

/** A Danh sách body: a heading and a table per list, or (`oneTable`) both lists' rows in one table. */
function danhSach(emu: Emulator, oneTable: boolean) {
  return withDocs(emu, () => {
    const doc = emu.globals.DocumentApp.create('Danh sách');
    const body = doc.getBody();
    const tt = `{{${LIST_HEADING_PLACEHOLDER.collective}}}`;
    const cn = `{{${LIST_HEADING_PLACEHOLDER.individual}}}`;
    body.appendParagraph(`I. TẬP THỂ (${tt})`);
    if (oneTable) body.appendTable([['STT', 'Tên'], ['{{tt_stt}}', '{{tt_ten}}'], ['{{cn_stt}}', '{{cn_ten}}']]);
    else {
      body.appendTable([['STT', 'Tên tập thể'], ['{{tt_stt}}', '{{tt_ten}}']]);
      body.appendParagraph(`II. CÁ NHÂN (${cn})`);
      body.appendTable([['STT', 'Họ và tên'], ['{{cn_stt}}', '{{cn_ten}}']]);
    }
    return doc.getId();
  });
}

describe('dropEmptyLists', () => {
  it('a list with nobody in it goes with its heading; the next one is numbered I.', () => {
    const emu = createEmulator({});
    const id = danhSach(emu, false);
    const dropped = withDocs(emu, () => dropEmptyLists<Kind>(emu.globals.DocumentApp.openById(id).getBody(), kindOf, ['collective'], LIST_HEADING_PLACEHOLDER));
    expect(dropped).toEqual(['collective']);
    const body = emu.docs.byId(id)!.body.children;
    expect(body.filter((n) => n.type === 'TABLE')).toHaveLength(1);
  });

  it('an office template with both lists in one table: the table stays, and the kind kept is not lost', () => {
    const emu = createEmulator({});
    const id = danhSach(emu, true);
    const dropped = withDocs(emu, () => dropEmptyLists<Kind>(emu.globals.DocumentApp.openById(id).getBody(), kindOf, ['collective'], LIST_HEADING_PLACEHOLDER));
    expect(dropped).toEqual([]);
    const text = withDocs(emu, () => emu.globals.DocumentApp.openById(id).getBody().getText());
    expect(text).toContain('{{cn_ten}}');
    expect(text).toContain('{{tt_ten}}');
  });
});
