// What a progress report gives as its document (plan IV.2; review reports M3): a number or a date, or a web link the
// office can open — not words saying there is none yet, nor a path on the sender's own computer.
import { describe, expect, it } from 'vitest';
import { reportHasEvidence } from '../../src/core/reports';

describe('reportHasEvidence', () => {
  it('counts a number, a date without a number, or a web link', () => {
    for (const docRef of ['31/BC-MNHS', '31/BC-MNHS ngày 10/6/2027', 'Không số, ngày 15/6/2027', 'Số 31 ngày 10/06/2027']) expect(reportHasEvidence({ docRef, link: '' }), docRef).toBe(true);
    for (const link of ['https://drive.google.com/file/d/abc/view', 'docs.google.com/document/d/abc/', 'www.mnhoasen.edu.vn/bao-cao']) expect(reportHasEvidence({ docRef: '', link }), link).toBe(true);
  });

  it('does not count words alone, a draft, or a link no one else can open', () => {
    for (const docRef of ['Chưa có số', 'Đã gửi bản giấy', 'gửi qua Zalo', 'abc', 'Chưa có kế hoạch, sẽ gửi sau', 'Chưa ban hành (dự thảo 12/KH-MNHS)', 'Dự thảo 12/BC-MNHS']) expect(reportHasEvidence({ docRef, link: '' }), docRef).toBe(false);
    for (const link of ['C:\\Users\\Admin\\Desktop\\BC 6 thang.docx', 'BC 6 thang.docx', 'Đã gửi qua Zalo', 'https://']) expect(reportHasEvidence({ docRef: 'Chưa có số', link }), link).toBe(false);
  });
});
