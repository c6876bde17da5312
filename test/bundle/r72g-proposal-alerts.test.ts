// r72g: the alerts of the menu items "Xem trước danh sách đề nghị khen thưởng" and "Tạo văn bản đề nghị khen thưởng"
// counted only the documents made ("sẽ tạo 1 văn bản", "Đã tạo xong 1 văn bản đề nghị khen thưởng") when the Tờ trình and
// the Danh sách could not be made for want of "Người ký tờ trình": the clerk read the batch as done, without its Tờ
// trình; only the progress tab said "2 văn bản chưa tạo được vì còn thiếu thông tin".
import { describe, expect, it } from 'vitest';
import { alertsShown, councilOffice } from './helpers';

describe('r72g: the proposals\' alerts say what could not be made', () => {
  const o = councilOffice();
  o.decide([2]);
  o.bundle.call('previewProposals', undefined, { kind: 'menu' });
  const preview = alertsShown(o.emu).at(-1)!;
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  const done = alertsShown(o.emu).at(-1)!;
  const tab = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => String(r[0]));

  it('no "Người ký tờ trình": the Tờ trình and the Danh sách are not made, the report is (fact)', () => {
    const names = o.emu.docs.list().filter((d) => !d.trashed).map((d) => d.name);
    expect(names.filter((n) => n.startsWith('Tờ trình đề nghị tặng'))).toEqual([]);
    expect(names.filter((n) => n.startsWith('Báo cáo thành tích - '))).toHaveLength(1);
    expect(tab).toContain('2 văn bản chưa tạo được vì còn thiếu thông tin (công cụ không in ô trống vào văn bản): xem cột “Ghi chú” của từng dòng.');
  });

  it('the preview\'s alert says 2 documents cannot be made yet', () => {
    expect(preview).toContain('sẽ tạo 1 văn bản');
    expect(preview).toContain('2 văn bản chưa tạo được vì còn thiếu thông tin');
  });

  it('the alert after making the documents says so too', () => {
    expect(done).toContain('Đã tạo xong 1 văn bản');
    expect(done).toContain('2 văn bản chưa tạo được vì còn thiếu thông tin');
  });
});
