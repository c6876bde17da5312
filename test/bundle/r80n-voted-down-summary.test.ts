// Review r80n F2: after "Tổng hợp" counted 30 "Đề nghị khen" while the Tờ trình proposed 29, "Tổng hợp" learned to say
// «(trong đó 1 phiếu không đưa vào tờ trình ở lần tạo văn bản gần nhất, vì kết quả biểu quyết …)». It says so only from
// the rebuild after the documents: on the day the office makes the Tờ trình (the meeting typed, "Cập nhật tổng hợp",
// then "Tạo văn bản đề nghị khen thưởng" — the order of the sample season), the head reads «3 phiếu “Đề nghị khen”» in
// "Tổng hợp" beside a Tờ trình of «Tổng số: 2 cá nhân», with nothing saying why, until the next morning.
import { expect, it } from 'vitest';
import { votedDownOffice } from './r80n-lib';

it('right after the documents are made, "Tổng hợp" says that one "Đề nghị khen" was left out of the Tờ trình by the vote', () => {
  // The council has met (the last of three voted down) and the summaries were brought up to date.
  const o = votedDownOffice();
  o.emu.clock.advance(600_000);
  o.generate();
  const toTrinh = o.docs().find((d) => d.name.startsWith('Tờ trình'))!;
  expect(toTrinh.text).toContain('(Tổng số: 2 cá nhân;');
  const council = o.emu.spreadsheets.values('Tổng hợp').map((r) => String(r[0])).find((l) => l.startsWith('Thẩm định của Hội đồng'))!;
  expect(council).toContain('3 phiếu “Đề nghị khen”');
  // Today, until the next rebuild: «… 0 phiếu đạt chờ thẩm định; 3 phiếu “Đề nghị khen”, 0 phiếu “Yêu cầu bổ sung”, 0
  // phiếu “Không đề nghị”.» — the next morning it reads «3 phiếu “Đề nghị khen” (trong đó 1 phiếu không đưa vào tờ trình …)».
  expect(council).toContain('trong đó 1 phiếu không đưa vào tờ trình');
});
