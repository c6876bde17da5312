// Review r67r F9: README — a report counts with its document's number or date or a web link; "đường dẫn trên máy tính
// của trường thì không". A path on the school's computer pasted into "Số, ngày văn bản" is refused only while its file
// name has no digit (src/core/reports.ts docRefGiven: any digit names the document): "C:\Users\…\BC.docx" does not
// count, "C:\Users\Hieu truong\BC 6 thang.docx" or "D:\Bao cao\2027\BC6T.docx" does — the school is told "Đã nhận",
// its duty is met, its reminders stop, and the office has nothing it can open.
import { describe, expect, it } from 'vitest';
import { reportHasEvidence } from '../../src/core/reports';

const counts = (docRef: string, link = '') => reportHasEvidence({ docRef, link });

describe('review r67r F9: a path on the school\'s computer in "Số, ngày văn bản"', () => {
  it('holds today: without a digit in it, it does not count; in the link question it never counts', () => {
    expect(counts('C:\\Users\\Hieu truong\\BC.docx')).toBe(false);
    expect(counts('Chưa có số', 'C:\\Users\\Hieu truong\\BC 6 thang.docx')).toBe(false);
  });

  it.each(['C:\\Users\\Hieu truong\\BC 6 thang.docx', 'D:\\Bao cao\\2027\\BC6T.docx', 'C:\\Users\\Admin\\Desktop\\bao cao 6 thang nam 2027.pdf'])('%j does not count either', (docRef) => {
    expect(counts(docRef)).toBe(false);
  });
});
