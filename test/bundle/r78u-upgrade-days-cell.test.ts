// Review r78u F3 — Low. An office that typed "Nhắc hạn trước (số ngày)" as "7,3" under 73480be8 (stop 77), then updates.
// Who is hurt: the office's clerk, who reads "Tình trạng" every morning, and whoever must find what the "data problem" is.
// Steps: under 73480be8 the clerk typed "7,3" (seven and three days); the Vietnamese-locale Sheet stored the number 7.3.
// The office updates the script and runs Thiết lập, as the README says after an update. The README now promises:
// «Thiết lập định dạng ô “Nhắc hạn trước (số ngày)” là văn bản thuần, nên “7,3” gõ vào được giữ nguyên và đọc là nhắc
// trước 7 và 3 ngày». The clerk types "7,3" into the cell again.
// What happens now: Thiết lập leaves the cell as it was (core/config.ts plainTextRows formats it only while it holds
// text): the cell keeps the number format "0.###############", "7,3" typed again is the number 7.3 again, and every run
// from then on — Thiết lập, the nightly "Cập nhật tổng hợp", the reminders — ends "Xong, có vấn đề dữ liệu … 1 vấn đề dữ
// liệu (xem trang “Nhật ký lỗi”)" for a value the tool reads exactly as she meant (7 and 3 days), for the rest of the
// season, unless she thinks of typing "7; 3".
// Should: Thiết lập makes the cell plain text as the README says (e.g. writing the text the cell shows, "7,3", which the
// tool already reads, formatted as plain text), so that what she types is kept and a value read right is not a data
// problem every day.
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { configLabel } from '../../src/core/messages';
import { manifestScopes, setConfigValues } from './helpers';
import { oldOffice } from './upgrade-lib';
import { DAY, oldBundle73480be8 } from './r78u-lib';

describe('r78u F3: "7,3" typed under the old version, then the update and Thiết lập', () => {
  it('the cell becomes plain text, "7,3" typed again is kept, and the next runs report no data problem', () => {
    const o = oldOffice('', { code: oldBundle73480be8(), scopes: manifestScopes(), now: new Date(2024, 11, 2, 8, 0, 0) });
    setConfigValues(o.emu, { 'mail.reminderDaysBefore': '7,3' });
    o.menu('rebuildSummaries');
    const row = o.tab('Cấu hình').findIndex((r) => String(r[0]) === configLabel('mail.reminderDaysBefore')) + 1;
    // Control: the old version's Sheet holds the number.
    expect(o.tab('Cấu hình')[row - 1][1]).toBe(7.3);

    o.update();
    o.emu.clock.advance(DAY);
    o.menu('setup');
    typeCell(o.emu, 'Cấu hình', row, 2, '7,3');
    o.emu.clock.advance(DAY);
    o.menu('rebuildSummaries');

    const status = o.tab('Tình trạng').find((r) => String(r[0]) === 'Cập nhật tổng hợp')!.map(String);
    expect({ cell: o.tab('Cấu hình')[row - 1][1], status: status[2] }).toEqual({ cell: '7,3', status: 'Thành công' });
  });
});
