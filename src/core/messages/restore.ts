// Getting back a tab or some rows deleted by mistake. Google Sheets restores only whole versions ("Khôi phục phiên
// bản này"): that also takes back every response, decision and mail record written since, which the tool then has to
// stop for (the registers behind it are older too). One tab or some rows come back from a copy of the old version
// instead. The guide ("Hướng dẫn") gives the steps once; a message that asks for a tab or rows back points to them.

/** The title of the guide's line with the steps, which messages name. */
export const RESTORE_TITLE = 'Lấy lại trang hay dòng đã xóa';

/** The guide's line: the steps, in the words of the Vietnamese interface of Google Sheets. */
export const RESTORE_STEPS =
  `${RESTORE_TITLE}: Tệp → Nhật ký phiên bản → Xem nhật ký phiên bản, ở phiên bản trước lúc xóa bấm ⋮ → “Tạo bản sao”. ` +
  'Từ bản sao, chép dòng rồi dán vào cuối trang ở bảng tính này, hoặc chuột phải vào tên trang (trang ẩn: cho hiện trước) → “Sao chép vào” → “Bảng tính hiện có”, rồi đặt lại tên cũ. ' +
  'Đừng chọn “Khôi phục phiên bản này”: cả bảng tính về bản cũ, mất mọi thứ ghi sau đó.';

/** What a message says to get `what` (one tab, some rows) back: from a copy of an old version, as the guide says. */
export const fromOldVersion = (what: string) => `lấy lại ${what} từ bản sao của một phiên bản cũ (cách làm: trang “Hướng dẫn”, mục “${RESTORE_TITLE}”)`;
