// The "Hướng dẫn" tab walks the office through the whole season, to the award documents: the council's award level in
// "Thẩm định", the meeting tab the biên bản is made from, and the menu that makes the tờ trình.
import { describe, expect, it } from 'vitest';
import { AWARD_LEVEL_HEADER, COUNCIL_TAB, DIRECTORY_EMPTY, GUIDE_LINES, MENU, PROPOSAL_MENU, PROPOSAL_TAB } from '../../src/core/messages';

const lines = GUIDE_LINES('https://forms.example/dk', 'https://forms.example/bc', 'Sở');
const steps = lines.filter((l) => /^\d+\. /.test(l));
const step = (text: string) => steps.findIndex((l) => l.includes(text));

describe('the guide', () => {
  it('before the forms exist (no school listed), step 5 says where the links will come from, not an empty colon', () => {
    const first = GUIDE_LINES('', '', 'Ủy ban');
    const five = first.findIndex((l) => l.startsWith('5. '));
    expect(first[five]).toBe('5. Gửi cho các trường đường dẫn biểu mẫu đăng ký: (có sau khi điền trang “Đơn vị” và chạy lại Thiết lập)');
    expect(first[five + 1]).toBe('   và biểu mẫu báo cáo 6 tháng / năm: (có sau khi điền trang “Đơn vị” và chạy lại Thiết lập)');
    expect(lines.find((l) => l.startsWith('5. '))).toBe('5. Gửi cho các trường đường dẫn biểu mẫu đăng ký: https://forms.example/dk');
  });

  it('the first alert of a new office (no school yet) sends it to "Cấu hình" as well as "Đơn vị"', () => {
    expect(DIRECTORY_EMPTY).toContain('“Cấu hình”');
    expect(DIRECTORY_EMPTY).toContain('“Đơn vị”');
    expect(DIRECTORY_EMPTY.indexOf('“Cấu hình”')).toBeLessThan(DIRECTORY_EMPTY.indexOf('chạy lại Thiết lập'));
  });

  it('numbers its steps 1, 2, 3… without a gap', () => {
    expect(steps.map((l) => Number(l.split('.')[0]))).toEqual(steps.map((_, i) => i + 1));
  });

  it('goes on past the council’s decisions: the award level, the meeting tab, then the menu that makes the tờ trình', () => {
    const decisions = step('Quyết định của Hội đồng');
    expect(decisions).toBeGreaterThanOrEqual(0);
    // The award level is chosen with the decision, in its column of "Thẩm định".
    expect(steps[decisions]).toContain(`“${AWARD_LEVEL_HEADER}”`);
    const meeting = step(`“${COUNCIL_TAB}”`);
    expect(meeting).toBeGreaterThan(decisions);
    expect(steps[meeting]).toMatch(/Biên bản/);
    const generate = step(`${MENU.title} → ${PROPOSAL_MENU.preview}`);
    expect(generate).toBeGreaterThan(meeting);
    expect(steps[generate]).toContain(PROPOSAL_MENU.generate);
    expect(steps[generate]).toContain(`“${PROPOSAL_TAB}”`);
  });

  it('tells, at the step of Thiết lập, how a new period starts (a copy, not the years changed) and what the tool does not do yet; at the meeting\'s step, how a later round starts', () => {
    const setup = steps[step(`→ ${MENU.setup}`)];
    expect(setup).toContain('Tệp → Tạo bản sao');
    expect(setup).toContain('đừng sửa năm của giai đoạn');
    expect(setup).toContain('thay phiếu cũ');
    const meeting = steps[step(`điền trang “${COUNCIL_TAB}”`)];
    expect(meeting).toContain('Đợt sau: ghi đè cuộc họp mới (ngày mới, chỉ biểu quyết của cuộc họp này)');
  });

  it('stays short and in NFC, with curly quotes only', () => {
    // 20 since the steps of handing the tool over came here from the README, which the clerk never sees (r70x, r70u).
    expect(lines.length).toBeLessThanOrEqual(20);
    for (const l of lines) {
      expect(l).toBe(l.normalize('NFC'));
      expect(l).not.toContain('"');
      expect(l.length).toBeLessThanOrEqual(400);
    }
  });
});

describe('step 1 of the guide names "Tên cũ" (review r72g Low)', () => {
  it('says a renamed school (a typo corrected too) or two merged keep their former names there, separated by ";"', () => {
    const step1 = GUIDE_LINES('u', 'v', 'Sở').find((l) => l.startsWith('1. '))!;
    expect(step1).toContain('“Tên cũ”');
    expect(step1).toContain('sửa lỗi gõ');
    expect(step1).toContain('“;”');
  });
});
