// Review r73l (the award documents read by the office's records/legal officer before the leader signs them).
//
// A level with individuals only: the body says "cho 1 cá nhân", "Tổng số: 1 cá nhân" (docs/award-documents.md, "Mức
// khen chỉ có tập thể (hoặc chỉ có cá nhân): văn bản chỉ nêu đối tượng có trong danh sách … không bao giờ '0 cá nhân'"),
// but the trích yếu of the Tờ trình and of the draft Quyết định still reads "… cho các tập thể, cá nhân điển hình tiên
// tiến …", and the Danh sách's title "Tập thể, cá nhân điển hình tiên tiến … đề nghị tặng …" — the subject line names
// collectives the document does not propose. Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II (tên loại và trích yếu nội
// dung): "Trích yếu nội dung văn bản là một câu ngắn gọn hoặc một cụm từ phản ánh khái quát nội dung chủ yếu của văn
// bản" (quoted from the reviewer's copy of the decree). Seen in the Sở's Bằng khen Bộ set (one teacher) and any level
// the council gave only to people.
import { describe, expect, it } from 'vitest';
import { so, proposalOffice } from './r68d-lib';

describe('the subject lines of a level proposing individuals only', () => {
  it('do not name “tập thể” the documents do not propose', () => {
    const now = new Date(2028, 5, 20, 8);
    const o = proposalOffice(so(now), now, [
      { teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' },
      { teacher: 'Đặng Văn Long', school: 2, level: 'giayKhen' },
    ], true);
    o.generate();
    const docs = o.docs();
    const subject = (prefix: string, marker: RegExp) => {
      const d = docs.find((x) => x.name.startsWith(prefix))!;
      expect(d).toBeDefined();
      return d.text.split('\n').find((l) => marker.test(l)) ?? '';
    };
    const toTrinh = subject('Tờ trình đề nghị tặng Giấy khen', /^Về việc đề nghị tặng/);
    const quyetDinh = subject('Dự thảo Quyết định tặng Giấy khen', /^Về việc tặng/);
    const danhSach = subject('Danh sách đề nghị tặng Giấy khen', /đề nghị tặng Giấy khen/);
    // The bodies already say "cho 2 cá nhân".
    expect(docs.find((x) => x.name.startsWith('Tờ trình đề nghị tặng Giấy khen'))!.text).toContain('cho 2 cá nhân');
    const namesCollectives = (s: string) => /tập thể/i.test(s);
    // Today: "… cho các tập thể, cá nhân điển hình tiên tiến …" in all three.
    expect({ toTrinh: namesCollectives(toTrinh), quyetDinh: namesCollectives(quyetDinh), danhSach: namesCollectives(danhSach) })
      .toEqual({ toTrinh: false, quyetDinh: false, danhSach: false });
  });
});
