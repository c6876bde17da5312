// Review r68d: a nominee's name typed by the school in lower case ("nguyễn thị hằng") goes into the Danh sách and the
// list of the draft Quyết định the head signs, as typed, and nobody is told. A name in a signed decision is written
// with its capitals (Nghị định 30/2020/NĐ-CP, Phụ lục II: tên người viết hoa chữ cái đầu mỗi âm tiết).
import { describe, expect, it } from 'vitest';
import { giayKhenMeeting } from './r68d-lib';

describe('a name typed in lower case', () => {
  it('is printed with its capitals in the Danh sách and the draft Quyết định, or the clerk is told on their rows', () => {
    const o = giayKhenMeeting('nguyễn thị hằng');
    o.generate();
    const docs = o.docs();
    const rows = o.progress();
    for (const prefix of ['Danh sách', 'Dự thảo Quyết định']) {
      const doc = docs.find((d) => d.name.startsWith(prefix))!;
      expect(doc, prefix).toBeDefined();
      const row = rows.find((r) => r['Liên kết'] !== '' && r['Văn bản'].startsWith(prefix === 'Danh sách' ? 'Danh sách' : 'Dự thảo'))!;
      const printedRight = doc.text.includes('Nguyễn Thị Hằng');
      const told = /nguyễn thị hằng/i.test(row['Ghi chú']);
      // Today: printed "nguyễn thị hằng" and the row's note says nothing of it.
      expect(doc.text.toLocaleLowerCase('vi')).toContain('nguyễn thị hằng');
      expect({ doc: prefix, capitalisedOrTold: printedRight || told }).toEqual({ doc: prefix, capitalisedOrTold: true });
    }
  });
});
