// The office of the erasure tests (review r76p F2 and its reviews d76, d76b): registrations of one school by name, a
// rebuild a day later, and what the tests read; and a version of the file to restore (Tệp → Nhật ký phiên bản).
import type { Emulator } from '../../emulator/index';
import { deleteTabRow } from '../../scripts/user';
import { Q } from '../../src/core/form-titles';
import { REPORT_QUESTIONS } from '../../src/core/messages';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup } from './helpers';

const DAY = 86_400_000;

/** Tệp → Nhật ký phiên bản: every tab of the file as it is now, to restore later . */
export function fileVersion(emu: Emulator) {
  const file = emu.spreadsheets.active;
  const tabs = new Map(file.sheets.map((s) => [s, { rows: structuredClone(s.rows), maxRows: s.maxRows, maxCols: s.maxCols }]));
  const rows = new Map<string, number | undefined>();
  for (const f of emu.forms.forms.values()) for (const r of f.responses) rows.set(r.id, r.row);
  return () => {
    for (const s of [...file.sheets]) {
      const was = tabs.get(s);
      if (!was) file.sheets.splice(file.sheets.indexOf(s), 1);
      else Object.assign(s, { rows: structuredClone(was.rows), maxRows: was.maxRows, maxCols: was.maxCols });
    }
    for (const f of emu.forms.forms.values()) for (const r of f.responses) r.row = rows.has(r.id) ? rows.get(r.id) : undefined;
  };
}

/** Teachers of the first school named `names` (born 1980, 1981…), each with a residence of her own, and a rebuild. */
export function officeOf(names: readonly string[] = ['Trần Thị Lan', 'Lê Văn Bình', 'Phạm Thu Hà']) {
  const o = officeAfterSetup();
  names.forEach((name, i) => {
    const a = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: name, [Q.birthYear]: String(1980 + i), [REPORT_QUESTIONS.residence]: `Nơi ở của ${name}` };
    o.emu.forms.submitAsUser(o.formId, a as never, { email: SCHOOLS[0].emails[0] });
  });
  const rebuild = () => {
    o.emu.clock.advance(DAY);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  };
  rebuild();
  const idOf = (name: string) => String(o.emu.spreadsheets.values('Thẩm định').find((r) => r[3] === name)![0]);
  const deleteResponse = (name: string) => deleteTabRow(o.emu, 'Phiếu đăng ký', o.emu.spreadsheets.values('Phiếu đăng ký').findIndex((r) => r.includes(name)) + 1);
  const log = () => o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.map(String).join(' | '));
  const reviewRow = (id: string) => {
    const v = o.emu.spreadsheets.values('Thẩm định');
    const h = v[0].map(String);
    const row = v.find((r) => r[0] === id)!;
    return { decision: String(row[h.indexOf('Quyết định của Hội đồng')]), comment: String(row[h.indexOf('Nhận xét')]), note: String(row[h.indexOf('Ghi chú')]) };
  };
  const versionsOf = (id: string) => o.emu.spreadsheets.values('Các lần gửi phiếu').filter((r) => r[1] === id);
  return { o, names, rebuild, idOf, deleteResponse, log, reviewRow, versionsOf };
}


/**
 * Lan's registration decided "Không đề nghị" with `comment`, then her response row deleted and two rebuilds: the lines
 * "Các lần gửi phiếu" keeps of her, and her row's note in "Thẩm định" (reviews d76b F4, d76c F4).
 */
export function erasedWith(comment: string) {
  const t = officeOf(['Trần Thị Lan', 'Lê Văn Bình']);
  const lan = t.idOf(t.names[0]);
  decide(t.o, lan, 'Không đề nghị', comment);
  t.rebuild();
  t.deleteResponse(t.names[0]);
  t.rebuild();
  t.rebuild();
  return { lines: t.versionsOf(lan).length, note: t.reviewRow(lan).note };
}
