// Review r76p (personal data) F4 — Low. Who is hurt: the teachers and managers whose yearly ratings, verdicts and what
// they lacked stay readable, with no end, by whoever holds the schools' addresses; and the office, which must keep
// personal data only as long as its purpose needs.
// Law: Luật Bảo vệ dữ liệu cá nhân 2025 (91/2025/QH15), Điều 3: personal data is kept "trong khoảng thời gian phù hợp với
// mục đích xử lý dữ liệu cá nhân, trừ trường hợp pháp luật có quy định khác"; Điều 14 khoản 1: it is deleted when the
// purpose of its processing is fulfilled ("Đã hoàn thành mục đích xử lý dữ liệu cá nhân").
// What happens now: "Kết thúc giai đoạn…" closes the forms, removes the triggers and writes each school's view once more
// ("giai đoạn đã kết thúc"). The views stay shared (as viewer) with every school address of "Đơn vị", for good: no
// trigger runs any more, so nothing will ever stop sharing them, and the end's message and "Tình trạng" say nothing of
// it — they say "mọi trang … giữ nguyên làm hồ sơ". The office's own file is its record; the copies in the schools' hands
// are not, and a school account passes from clerk to clerk. Only an office that remembers the README's line on the
// "Trang theo dõi riêng" setting ("Tắt lại thì các trang thôi được chia sẻ") and runs "Cập nhật tổng hợp" by hand after
// the end stops it.
// What should happen: the end tells the office that the schools' views are still shared with the schools and how to
// stop sharing them once the schools no longer need them (or stops sharing them itself after a stated date).
import { describe, expect, it } from 'vitest';
import { PERIOD_END, configLabel } from '../../src/core/messages';
import { setConfigValues } from './helpers';
import { DAY, endPeriod, officeWithViews, rebuild, viewLedger } from './period-end-lib';

describe('r76p F4: the schools’ views after "Kết thúc giai đoạn…"', () => {
  it('the end says the views stay shared with the schools, and how to stop sharing them', () => {
    const o = officeWithViews();
    const viewers = () => [...viewLedger(o).values()].flatMap((v) => [...o.emu.spreadsheets.byId(v.id)!.acl.viewers.keys()]);
    expect(viewers().length).toBeGreaterThan(0);
    const before = o.emu.spreadsheets.ui.length;
    endPeriod(o);
    const told = o.emu.spreadsheets.ui.slice(before).map((u) => String(u.message)).join('\n');
    expect(told).toContain('Đã kết thúc giai đoạn');
    // Months later, in the new period: the old period's views are still shared with every school address.
    o.emu.clock.advance(120 * DAY);
    expect(viewers().length).toBeGreaterThan(0);
    // The office was told so, and how to stop it ("thôi chia sẻ"), at the end or in "Tình trạng".
    const health = o.emu.spreadsheets.values('Tình trạng').map((r) => r.map(String).join(' ')).join('\n');
    expect(`${told}\n${health}`).toMatch(/thôi (được )?chia sẻ|ngừng chia sẻ|bỏ chia sẻ/);
  });

  // Added by the fix (f76b): what the end tells the office to do indeed stops the sharing after the end, and the end's
  // line in "Tình trạng" says how (not only its alert, which the office may close without reading).
  it('the way the end gives works after the end: "Không" in "Cấu hình", then "Cập nhật tổng hợp", and every view is unshared', () => {
    const o = officeWithViews();
    const viewers = () => [...viewLedger(o).values()].flatMap((v) => [...o.emu.spreadsheets.byId(v.id)!.acl.viewers.keys()]);
    endPeriod(o);
    const endLine = o.emu.spreadsheets.values('Tình trạng').map((r) => r.map(String).join(' ')).find((l) => l.includes(PERIOD_END.linePrefix))!;
    expect(endLine).toContain(configLabel('schoolViews.enabled'));
    expect(endLine).toContain('thôi chia sẻ');
    o.emu.clock.advance(120 * DAY);
    expect(viewers().length).toBeGreaterThan(0);
    setConfigValues(o.emu, { [configLabel('schoolViews.enabled')]: 'Không' });
    rebuild(o);
    expect(viewers()).toEqual([]);
    // The views themselves stay in the office's Drive.
    for (const v of viewLedger(o).values()) expect(o.emu.spreadsheets.byId(v.id)).toBeDefined();
  });
});
