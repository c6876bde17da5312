// Review r80n F2: after "Tổng hợp" counted 30 "Đề nghị khen" while the Tờ trình proposed 29, "Tổng hợp" learned to say
// «(trong đó 1 phiếu không đưa vào tờ trình ở lần tạo văn bản gần nhất, vì kết quả biểu quyết …)». It says so only from
// the rebuild after the documents: on the day the office makes the Tờ trình (the meeting typed, "Cập nhật tổng hợp",
// then "Tạo văn bản đề nghị khen thưởng" — the order of the sample season), the head reads «3 phiếu “Đề nghị khen”» in
// "Tổng hợp" beside a Tờ trình of «Tổng số: 2 cá nhân», with nothing saying why, until the next morning.
import { expect, it } from 'vitest';
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';
import { proposalOffice, so } from './r68d-lib';

it('right after the documents are made, "Tổng hợp" says that one "Đề nghị khen" was left out of the Tờ trình by the vote', () => {
  const now = new Date(2027, 11, 20, 8);
  const cfg = so(now);
  const o = proposalOffice(cfg, now, [
    { teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' },
    { teacher: 'Đặng Văn Long', school: 2, level: 'giayKhen' },
    { teacher: 'Phạm Minh Khoa', school: 2, level: 'giayKhen' },
  ]);
  // The council meets: the last of the three is voted down (3 of 9 in favour).
  const reviewed = reviewNames(o.emu);
  holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, 1, cfg.organisation.signer.name, 'so');
  o.emu.clock.advance(600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
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
