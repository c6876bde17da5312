// Fix w67r of reviews r67r F1, F7, F9: what "Số, ngày văn bản" must give for a progress report to count — beyond the
// reviewer's cases, the other ways a school says the report is not issued yet, and the real documents the new rules
// must not refuse (published on the portal, a replaced draft, a path given beside the number).
import { describe, expect, it } from 'vitest';
import { reportHasEvidence } from '../../src/core/reports';

const counts = (docRef: string, link = '') => reportHasEvidence({ docRef, link });

describe('w67r: a report not issued yet does not count, whatever day or year it names', () => {
  it.each([
    'Chưa làm báo cáo năm 2027',
    'Chưa hoàn thành, nộp ngày 20/6',
    'Chua co, se gui truoc ngay 20/6/2027',
    'Hiện đang trình ký, dự kiến ngày 20/6/2027',
    'Đang hoàn thiện báo cáo 6 tháng 2027',
    'Sẽ gửi trước 20/6/2027',
    'Chờ ký, ngày 18/6/2027',
    'Không có báo cáo 6 tháng năm 2027',
    '(Chưa có) 6 tháng 2027',
    'D:\\Bao cao\\2027\\BC6T\nChưa có số',
  ])('%j', (docRef) => expect(counts(docRef)).toBe(false));
});

describe('w67r: real documents still count', () => {
  it.each([
    'Đăng trên cổng thông tin ngày 10/6/2027',
    'Đã ban hành ngày 10/6/2027',
    'Số 12/BC-THCS, bản chính thức (không phải dự thảo)',
    'Số 12/BC-THCS ngày 10/6/2027 thay thế dự thảo',
    'Số 12/BC-THCS, file C:\\Users\\Admin\\BC 6 thang.docx',
    'Số 31 ngày 10/06/2027 (bản lưu D:\\Bao cao\\BC6T.docx)',
    'Chưa đóng dấu, số 12/BC-THCS ngày 10/6/2027',
    'https://drive.google.com/file/d/1AbC2/view',
  ])('%j', (docRef) => expect(counts(docRef)).toBe(true));

  it('a path on the school\'s computer with a web link in its own question counts through the link', () => {
    expect(counts('D:\\Bao cao\\2027\\BC6T.docx', 'https://drive.google.com/file/d/1AbC/view')).toBe(true);
  });
});
