// w68d (fixing review r68d): what the clerk reads on "Đề nghị khen thưởng" after the fixes — the council's deputy who
// could not be read is named, a miscased name marks its documents to correct, a 'Quyền Giám đốc' signs "Q.".
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { COUNCIL_TAB } from '../../src/core/messages/proposals';
import { proposalOffice, so } from './r68d-lib';

describe('the rows of “Đề nghị khen thưởng” after review r68d', () => {
  it('a council without a Phó Chủ tịch: the Tờ trình is signed by its chair, and the union’s vice-chair is named on the row', () => {
    const now = new Date(2027, 11, 20, 8);
    const o = proposalOffice(so(now), now, [{ teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' }], true);
    const tab = o.emu.spreadsheets.values(COUNCIL_TAB).map((r) => r.map(String));
    const row = tab.findIndex((r) => /Phó Chủ tịch Hội đồng/.test(r[1])) + 1;
    const member = tab[row - 1][0];
    typeCell(o.emu, COUNCIL_TAB, row, 2, 'Phó Chủ tịch Công đoàn ngành, Ủy viên');
    o.generate();
    const toTrinh = o.docs().find((d) => d.name.startsWith('Tờ trình đề nghị tặng Giấy khen'))!;
    expect(toTrinh.text).toMatch(/TM\. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\s*\n\s*CHỦ TỊCH/);
    const note = o.progress().find((r) => r['Văn bản'].startsWith('Tờ trình') && r['Liên kết'] !== '')!['Ghi chú'];
    expect(note).toContain(`Kiểm tra người ký trước khi ký`);
    expect(note).toContain(`“${member}” (“Phó Chủ tịch Công đoàn ngành, Ủy viên”)`);
  });

  it('a name in capitals: the Danh sách and the draft are marked to correct before signing, naming code and school', () => {
    const now = new Date(2027, 11, 20, 8);
    const o = proposalOffice(so(now), now, [{ teacher: 'NGUYỄN THỊ HẰNG', school: 1, level: 'giayKhen' }], true);
    o.generate();
    for (const prefix of ['Danh sách', 'Dự thảo']) {
      const row = o.progress().find((r) => r['Văn bản'].startsWith(prefix) && r['Liên kết'] !== '')!;
      expect(row['Ghi chú'], prefix).toMatch(/Kiểm tra họ tên trước khi ký: “NGUYỄN THỊ HẰNG” \(DK-\d{6}, [^;]+; có lẽ là “Nguyễn Thị Hằng”\)/);
      expect(row['Trạng thái'], prefix).toContain('cần sửa nội dung trước khi trình ký');
    }
  });

  it('a “Quyền Giám đốc”: the Giám đốc’s award, the draft signed “Q. GIÁM ĐỐC”', () => {
    const now = new Date(2027, 11, 20, 8);
    const cfg = so(now);
    cfg.organisation.signer = { ...cfg.organisation.signer, title: 'Quyền Giám đốc' };
    const o = proposalOffice(cfg, now, [{ teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' }], true);
    o.generate();
    const decision = o.docs().find((d) => d.name.startsWith('Dự thảo Quyết định'))!;
    expect(decision.text).toContain('Giấy khen của Giám đốc Sở Giáo dục và Đào tạo');
    expect(decision.text).toMatch(/Q\. GIÁM ĐỐC/);
    expect(decision.text).not.toMatch(/KT\. GIÁM ĐỐC|QUYỀN GIÁM ĐỐC/);
  });
});
