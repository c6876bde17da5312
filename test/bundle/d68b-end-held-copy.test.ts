// Review d68b: 01c281f tells the end's question a council request held for the council's confirmation by reading the
// row's note "Phiếu đã khác với lúc Hội đồng quyết định…". The tool holds a request (no letter goes: review.ts stale) for
// other reasons too, each with its own note: two rows of the code that disagree (a copy the clerk drafted a change on),
// decisions moved by a sort, a row deleted and added back. Such a request is still told as one "Cập nhật tổng hợp" would
// send ("Muốn gửi thư trước: chọn “Không”, chọn … Cập nhật tổng hợp, rồi chọn lại mục này"): the clerk goes round the
// loop d68 #2 described, the rebuild sending nothing.
import { expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, alertsShown, decide } from './helpers';
import { endPeriod, lateOffice, rebuild } from './period-end-lib';

const HOA_BINH = SCHOOLS[1];

it('a request held because the clerk copied its row to draft a change is not told as one a rebuild would send', () => {
  const o = lateOffice();
  const review = o.emu.spreadsheets.values('Thẩm định');
  const id = String(review.find((r) => String(r[1]) === HOA_BINH.name)![0]);
  decide(o, id, 'Yêu cầu bổ sung', 'Bổ sung minh chứng.');
  // The clerk copies the row below the tab to draft a longer comment, and has not deleted either yet.
  const values = o.emu.spreadsheets.values('Thẩm định');
  const header = values[0].map(String);
  const copy = values.find((r) => String(r[0]) === id)!.slice();
  copy[header.indexOf('Nhận xét')] = 'Bổ sung minh chứng và biên bản họp tổ.';
  copy.forEach((v, c) => typeCell(o.emu, 'Thẩm định', values.length + 1, c + 1, v));
  rebuild(o);
  const letter = o.emu.mail.sent.some((m) => m.subject.includes(id) && m.subject.includes('bổ sung'));
  expect(letter).toBe(false);
  expect(o.emu.spreadsheets.values('Thẩm định').filter((r) => String(r[0]) === id).map((r) => r.map(String).join(' ')).join(' ')).toContain('tạm giữ phiếu (chưa gửi thư');
  endPeriod(o, 'NO');
  const question = alertsShown(o.emu).filter((a) => a.startsWith('Kết thúc giai đoạn') || a.startsWith('Lưu ý')).at(-1) ?? '';
  expect(question).toContain(id);
  // Held: no rebuild sends it, so the question does not send the clerk to one for it.
  const toSendPart = question.split('Muốn gửi thư trước')[0];
  expect({ toldRebuildSends: question.includes('Muốn gửi thư trước') && toSendPart.includes(id) }).toEqual({ toldRebuildSends: false });
});
