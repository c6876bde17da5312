// Review r75f (the Google Forms as the person filling them meets them) F2.
//
// Who is hurt: a teacher (or any cán bộ, công chức, viên chức) who was in service during a school year of the period
// but worked less than six months of it — long sick leave, unpaid leave, full-time study — and so was, by law, not
// rated that year: “Cán bộ, công chức, viên chức có thời gian công tác trong năm chưa đủ 06 tháng thì không thực hiện
// việc đánh giá, xếp loại chất lượng … trừ trường hợp nghỉ chế độ thai sản” (Nghị định 90/2020/NĐ-CP, Điều 2 khoản 3;
// quoted at https://thuvienphapluat.vn/hoi-dap-phap-luat/4FE39-hd-co-tien-hanh-danh-gia-xep-loai-chat-luong-doi-voi-can-bo-cong-chuc-vua-moi-trung-tuyen-hay-khong.html).
// The required grid “Kết quả đánh giá, xếp loại cá nhân từng năm học” must be answered in every row, and its columns
// are the four ratings, “Chưa đánh giá” (not rated YET: once the year's due day passes the registration is “Cần bổ
// sung”, asking for a result that will never exist), “Chưa công tác” (had not yet joined the sector — false for her)
// and “Mới tuyển dụng” (newly recruited — false). The help lists exactly those three cases. She must either answer
// something untrue (which the Báo cáo thành tích then prints in its “Xếp loại” line), or keep a registration that is
// “Cần bổ sung” for ever.
// What happens now: no column and no sentence of the help covers a year in service without a rating.
// What should happen: the grid offers that case (e.g. a column “Không đánh giá, xếp loại (công tác dưới 06 tháng)”,
// read like “Chưa công tác” by the rating criteria, printed as such), or at least its help says which column to choose.
// Severity: Medium (a required question some people cannot answer truthfully).
import { describe, expect, it } from 'vitest';
import { SCHOOLS, haSonSo, officeAfterSetup } from './helpers';
import { Q } from '../../src/core/registration-form';

describe('the individual ratings grid: a school year in service but not rated', () => {
  // Kept as an it.fails known limit at stop 75; the column "Không xếp loại (công tác chưa đủ 06 tháng)" answers it
  // (its reading and printing: test/core/r76-unrated-year.test.ts; an office updating: r76-unrated-year-upgrade).
  it('has an answer that is true', () => {
    const now = new Date(2027, 2, 10, 9);
    const o = officeAfterSetup(SCHOOLS, { now }, haSonSo(now, {}));
    const grid = o.emu.forms.forms.get(o.formId)!.items.find((i) => i.title === Q.individualRatings)!;
    const columns = (grid as unknown as { columns: string[] }).columns;
    const notRated = /không (được )?(thực hiện )?(đánh giá|xếp loại)|chưa đủ 0?6 tháng|dưới 0?6 tháng/i;
    expect({ columns, help: grid.helpText, covered: columns.some((c) => notRated.test(c)) || notRated.test(grid.helpText ?? '') }).toMatchObject({ covered: true });
  });
});
