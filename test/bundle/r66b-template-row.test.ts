// Review r66b: the clerk "tidies" the Danh sách template — deletes the table row that shows "{{cn_stt}} {{cn_ten}} …"
// (it looks like junk to her) — then makes the documents; told something is wrong, she puts the row back (Ctrl+Z) and
// chooses "Tạo văn bản đề nghị khen thưởng" again.
import { describe, expect, it } from 'vitest';
import { alertsShown } from './helpers';
import { live as made, meetingOffice, text, type Office } from './r66b-lib';

/** The documents in use (not in the trash, not "[KHÔNG DÙNG]"). */
const live = (o: Office) => made(o, false);

const meeting = () => meetingOffice();

/** Takes the row holding `{{cn_ten}}` out of the Danh sách template; returns a function putting it back. */
function deleteIndividualRow(o: Office): () => void {
  return deleteRow(o, 'danhSach', '{{cn_ten}}');
}

/** Takes the table row holding `placeholder` out of the template `key`; returns a function putting it back. */
function deleteRow(o: Office, key: string, placeholder: string): () => void {
  const id = o.emu.properties.script.get(`proposals.template.${key}`)!;
  const at = o.emu.runtime.execute(
    () => {
      const tables = o.emu.globals.DocumentApp.openById(id).getBody().getTables();
      for (let t = 0; t < tables.length; t++) {
        for (let i = 0; i < tables[t].getNumRows(); i++) {
          const row = tables[t].getRow(i);
          if (row.getText().indexOf(placeholder) < 0) continue;
          const cells: string[] = [];
          for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
          tables[t].removeRow(i);
          return { t, i, cells };
        }
      }
      throw new Error(`no ${placeholder} row in the template`);
    },
    { kind: 'node', label: 'office staff' },
  );
  return () =>
    o.emu.runtime.execute(
      () => {
        const row = o.emu.globals.DocumentApp.openById(id).getBody().getTables()[at.t].insertTableRow(at.i);
        for (const c of at.cells) row.appendTableCell(c);
      },
      { kind: 'node', label: 'office staff' },
    );
}

describe('r66b: the row of the list table deleted from the Danh sách template', () => {
  it('control: the row put back before any document is made, the Danh sách lists the three teachers (the putting back works)', () => {
    const o = meeting();
    deleteIndividualRow(o)();
    expect(o.emu.docs.text(o.emu.properties.script.get('proposals.template.danhSach')!)).toContain('{{cn_ten}}');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const list = live(o).find((d) => d.name.startsWith('Danh sách'))!;
    for (const name of o.reviewed.values()) expect(text(o, list.id), name).toContain(name);
  });

  it('the row missing: nothing is made — the Danh sách would list nobody and be taken as made — and the office is told which template lacks which row and how to get it back; once the row is back, the next click gives a Danh sách with the three teachers', () => {
    const o = meeting();
    const putBack = deleteIndividualRow(o);
    const alerts = alertsShown(o.emu).length;
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(live(o)).toEqual([]);
    const said = alertsShown(o.emu).slice(alerts).join('\n');
    expect(said).toMatch(/^Chưa tạo văn bản đề nghị khen thưởng nào/);
    expect(said).toContain('tệp mẫu “Mẫu - Danh sách đề nghị khen thưởng” (thư mục “');
    expect(said).toContain('không còn dòng mẫu của bảng cá nhân (dòng có {{cn_ten}}), nên văn bản tạo từ mẫu này sẽ có bảng trống. Hãy đưa dòng đó trở lại mẫu: trong tệp mẫu chọn Chỉnh sửa → Hoàn tác');
    expect(said).toMatch(/Sửa xong, chọn lại menu\.$/);
    o.emu.clock.advance(10 * 60_000);
    putBack();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const list = live(o).filter((d) => d.name.startsWith('Danh sách')).at(-1)!;
    for (const name of o.reviewed.values()) expect(text(o, list.id), name).toContain(name);
  });

  it('"Xem trước" (what the office is told to run first) already says the template lacks the list row', () => {
    const o = meeting();
    deleteIndividualRow(o);
    const alerts = alertsShown(o.emu).length;
    o.bundle.call('previewProposals', undefined, { kind: 'menu' });
    expect(alertsShown(o.emu).slice(alerts).join('\n')).toContain('không còn dòng mẫu của bảng cá nhân (dòng có {{cn_ten}})');
  });

  it('the vote row taken out of the Biên bản template: no Biên bản recording no vote — the office is told, as for the Danh sách', () => {
    const o = meeting();
    deleteRow(o, 'bienBan', '{{bq_ten}}');
    const alerts = alertsShown(o.emu).length;
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(live(o).filter((d) => d.name.startsWith('Biên bản'))).toEqual([]);
    expect(alertsShown(o.emu).slice(alerts).join('\n')).toMatch(/tệp mẫu “Mẫu - Biên bản họp Hội đồng Thi đua - Khen thưởng” \(thư mục “[^”]+”\) không còn dòng mẫu của bảng kết quả biểu quyết \(dòng có \{\{bq_ten\}\}\)/);
  });
});
