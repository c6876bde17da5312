// Review r73l (the award documents read by the office's records/legal officer before the leader signs them).
//
// The Báo cáo thành tích of a school (mục I, "Đặc điểm, tình hình") reads "Trường Mầm non Hoa Sen, cấp học Mầm non,
// đóng trên địa bàn …" (and "cấp học Liên cấp", "cấp học Tiểu học" for the other schools): the "Cấp học" column of
// "Đơn vị" is copied with its capital into the middle of a sentence. Nghị định 30/2020/NĐ-CP, Phụ lục II (viết hoa
// trong văn bản hành chính): viết hoa "vì đặt câu" (the first letter of a sentence) and proper names (tên người, tên
// địa lý, tên cơ quan, tổ chức…); "mầm non", "tiểu học", "liên cấp" as a school level are common nouns — a capital is
// right only inside the school's own name ("Trường Mầm non Hoa Sen"). The tool already lowers "Xã"/"Phường" in the same
// sentence for this reason (PROPOSAL_TEXT.collectiveBackground, review read-outputs M1). Low: style a văn thư corrects.
import { describe, expect, it } from 'vitest';
import { so, proposalOffice } from './r68d-lib';

describe('the school level in a report’s sentence', () => {
  it('is written in lower case (“cấp học mầm non”), as a common noun', () => {
    const now = new Date(2028, 5, 20, 8);
    const o = proposalOffice(so(now), now, [{ school: 0, level: 'giayKhen' }], true);
    o.generate();
    const report = o.docs().find((d) => d.name.startsWith('Báo cáo thành tích'))!;
    expect(report).toBeDefined();
    const line = report.text.split('\n').find((l) => l.includes('Đặc điểm, tình hình'))!;
    // Today: "- Đặc điểm, tình hình: Trường Mầm non Hoa Sen, cấp học Mầm non, đóng trên địa bàn phường Đồng Tâm, …".
    expect(line).toContain('cấp học mầm non');
  });
});
