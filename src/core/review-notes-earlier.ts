// The wording of the notes earlier versions of the tool wrote into "Ghi chú" of "Thẩm định" (taken from the history of
// src/core/messages), for src/core/review-notes.ts to recognise them in a tab such a version wrote. Keep NFC.

/**
 * The notes earlier versions of the tool wrote into "Ghi chú" of "Thẩm định", in their wording then, with stand-ins of
 * the kinds of what they named (src/core/review-notes.ts): recognised as the tool's, never taken for a person's, in a
 * tab an earlier version wrote. A note whose wording changes has its old wording added here (test/core/review-notes.test.ts
 * says so). Never shown again: recognition data, not messages (the catalogue's tests, such as the restore wording's,
 * hold for what the tool writes now).
 */
export const REVIEW_NOTES_EARLIER = ({ code, num, text, list }: { code: string; num: string; text: string; list: string }): string[] => [
  // reviewNoteAlike, as last written by 0bf6975
  `Có thể trùng người với phiếu ${list} (${list}) (cùng họ tên, không kể chức danh, dấu câu, dấu thanh, và năm sinh, hoặc một phiếu không ghi năm sinh): nếu là một người, chỉ đề nghị khen theo một phiếu.`,
  // reviewNoteAlike, as last written by 8b84c85
  `Có thể trùng người với phiếu ${list} (${list}) (cùng họ tên và năm sinh, hoặc một phiếu không ghi năm sinh): nếu là một người, chỉ đề nghị khen theo một phiếu.`,
  // reviewNoteDecisionMoved, as last written by 351394e
  `Quyết định ở dòng này đã đổi từ “${text}” thành “${text}” cùng lúc với ${num} dòng khác, mà các giá trị chỉ đổi chỗ cho nhau và nay xếp theo thứ tự — như khi chỉ cột quyết định (hoặc các cột của Hội đồng) được sắp xếp, không sắp xếp cả trang: quyết định có thể đã sang người khác. Quyết định đã đổi chưa có hiệu lực (giữ cho đến khi dòng được xử lý): phiếu chưa được đưa vào đề nghị khen thưởng và chưa gửi thư. Nếu đổi nhầm, hãy chọn lại quyết định cũ cho dòng này (“${text}”); nếu đúng là Hội đồng đổi, sửa ô “Người thẩm định” của dòng (ví dụ ghi thêm ngày xem lại) để xác nhận.`,
  // reviewNoteDecisionMoved, as last written by 351394e
  `Quyết định ở dòng này đã đổi cùng lúc với ${num} dòng khác, mà các giá trị chỉ đổi chỗ cho nhau và nay xếp theo thứ tự — như khi chỉ cột quyết định (hoặc các cột của Hội đồng) được sắp xếp, không sắp xếp cả trang: quyết định có thể đã sang người khác. Quyết định đã đổi chưa có hiệu lực (giữ cho đến khi dòng được xử lý): phiếu chưa được đưa vào đề nghị khen thưởng và chưa gửi thư. Nếu đổi nhầm, hãy chọn lại quyết định cũ cho dòng này (xem ở Tệp → Nhật ký phiên bản; đừng khôi phục cả phiên bản, sẽ mất các phiếu mới); nếu đúng là Hội đồng đổi, sửa ô “Người thẩm định” của dòng (ví dụ ghi thêm ngày xem lại) để xác nhận.`,
  // reviewNoteDecisionMoved, as last written by 0c580c1
  `Quyết định ở dòng này đã đổi từ “${text}” thành “${text}” cùng lúc với ${num} dòng khác, mà các giá trị chỉ đổi chỗ cho nhau — như khi chỉ cột quyết định được sắp xếp (không sắp xếp cả trang) hoặc ô được cắt dán sang dòng khác: quyết định có thể đã sang người khác. Quyết định đã đổi chưa có hiệu lực: phiếu chưa được đưa vào đề nghị khen thưởng và chưa gửi thư. Nếu đổi nhầm, hãy hoàn tác (Ctrl+Z, hoặc Tệp → Nhật ký phiên bản); nếu đúng là Hội đồng đổi, sửa ô “Nhận xét” hoặc “Người thẩm định” của dòng (ví dụ ghi ngày xem lại) để xác nhận.`,
  // reviewNoteDecisionMoved, as last written by 0c580c1
  `Quyết định ở dòng này đã đổi cùng lúc với ${num} dòng khác, mà các giá trị chỉ đổi chỗ cho nhau — như khi chỉ cột quyết định được sắp xếp (không sắp xếp cả trang) hoặc ô được cắt dán sang dòng khác: quyết định có thể đã sang người khác. Quyết định đã đổi chưa có hiệu lực: phiếu chưa được đưa vào đề nghị khen thưởng và chưa gửi thư. Nếu đổi nhầm, hãy hoàn tác (Ctrl+Z, hoặc Tệp → Nhật ký phiên bản); nếu đúng là Hội đồng đổi, sửa ô “Nhận xét” hoặc “Người thẩm định” của dòng (ví dụ ghi ngày xem lại) để xác nhận.`,
  // reviewNoteDecisionReset, as last written by ffbd043
  `Quyết định Hội đồng đã ghi cho phiếu này (“${text}”) nay trở về “Chờ thẩm định”, các ô “Nhận xét”, “Người thẩm định”, “Hình thức khen thưởng đề nghị” đều trống, cùng lúc với phiếu khác: như khi trang được thay bằng một bản cũ. Nếu Hội đồng không rút quyết định này, hãy ghi lại (quyết định cũ xem ở Tệp → Nhật ký phiên bản).`,
  // reviewNoteEditedAfterReview, as last written by 8eb0834
  `Phiếu đã khác với lúc Hội đồng quyết định (người, đơn vị hoặc kết luận tự động): trường đã sửa phiếu, hoặc đơn vị bị xóa hay đổi tên ở trang “Đơn vị” mà không ghi tên cũ ở cột “Tên cũ”, hoặc ô tự động của dòng này bị gõ đè (công cụ ghi lại ô đó theo phiếu; kết luận tự động chỉ đổi khi trường sửa phiếu bằng đường dẫn sửa). Quyết định được giữ nhưng chưa có hiệu lực: phiếu chưa được đưa vào đề nghị khen thưởng và chưa gửi thư. Hội đồng xem lại phiếu, rồi sửa ô “Nhận xét” hoặc “Người thẩm định” (ví dụ ghi ngày xem lại) để xác nhận quyết định.`,
  // reviewNoteEditedAfterReview, as last written by 4af7cff
  `Phiếu đã sửa sau khi thẩm định (đổi người, đơn vị hoặc kết luận tự động). Quyết định được giữ nhưng chưa có hiệu lực: phiếu chưa được đưa vào đề nghị khen thưởng và chưa gửi thư. Hội đồng xem lại phiếu, rồi sửa ô “Nhận xét” hoặc “Người thẩm định” (ví dụ ghi ngày xem lại) để xác nhận quyết định.`,
  // reviewNoteRequestNoComment, as last written by e1054d6
  `Chưa gửi thư đề nghị bổ sung: Hội đồng chưa ghi “Nhận xét” (cần bổ sung gì, hạn bổ sung). Thư được gửi ở lần cập nhật đầu tiên sau khi có nhận xét.`,
  // reviewNoteUnverified, as last written by c418cc7
  `Email người gửi chưa có trong danh sách email của đơn vị (chưa xác minh).`,
  // reviewNoteVanished, as last written by f452ac5
  `Dòng của phiếu ${code} không còn trong trang câu trả lời của biểu mẫu (đã bị xóa). Quyết định được giữ; công cụ không gửi thư, không lập hồ sơ cho phiếu này. Nếu xóa nhầm, dòng đó lấy lại từ bản sao của một phiên bản cũ (cách làm: trang “Hướng dẫn”, mục “Lấy lại trang hay dòng đã xóa”) là phiếu trở lại với đúng mã cũ.`,
  // reviewNoteVanished, as last written by cbbbae1
  `Dòng của phiếu ${code} không còn trong trang câu trả lời của biểu mẫu (đã bị xóa). Quyết định được giữ; công cụ không gửi thư, không lập hồ sơ cho phiếu này. Nếu xóa nhầm, khôi phục dòng đó (Tệp → Nhật ký phiên bản) là phiếu trở lại với đúng mã cũ.`,
  // reviewNoteVanished, as last written by 2c4024a
  `Phiếu ${code} không còn trong trang câu trả lời của biểu mẫu (phiếu đã bị xóa hoặc dòng bị di chuyển). Dòng thẩm định được giữ lại; Hội đồng kiểm tra và tự xóa nếu không cần.`,
  // COUNCIL_NOTE.failedYear, as last written by 3ebf097
  `Chưa đưa vào tờ trình: phiếu ghi xếp loại “Không hoàn thành nhiệm vụ” ở ${text}; kế hoạch yêu cầu điển hình tiên tiến là cá nhân tiêu biểu, xuất sắc trong công tác chuyên môn (mục II.2). Nếu phiếu ghi sai, trường sửa phiếu rồi chọn lại menu tạo văn bản.`,
  // COUNCIL_NOTE.noExcellentYear, as last written by 3ebf097
  `Chưa đưa vào tờ trình: cán bộ quản lý, đảng viên, người đứng đầu phải có ít nhất 01 năm trong giai đoạn được xếp loại “Hoàn thành xuất sắc nhiệm vụ” (kế hoạch, mục II.2.b); phiếu chưa có năm học nào được tính đạt mức này (tiêu chí chưa được xét hoặc chưa có năm để xét). Khi phiếu ghi kết quả xếp loại đó của một năm học đã được tính, chọn lại menu tạo văn bản.`,
  // reviewNoteAlike, as last written by 498b7a8
  `Có thể trùng người với phiếu ${list} (${list}) (cùng họ tên, không kể chức danh, dấu câu, dấu thanh hay tên gõ không dấu, và năm sinh, hoặc một phiếu không ghi năm sinh): nếu là một người, chỉ đề nghị khen theo một phiếu.`,
];

/**
 * The tool's line above the lines a person typed (reviewNoteKeptLines) in earlier wordings, `num` the count it holds:
 * still read for that count (src/core/review-notes.ts), so the lines it told of are not told again.
 */
export const KEPT_LINES_EARLIER = (num: string): string[] => [
  // reviewNoteKeptLines, as last written by 90cdef9 (vntext4 B: "tên khác" reads as "another name:")
  `${num} dòng dưới đây không phải do công cụ ghi (có người gõ vào ô này): công cụ giữ nguyên. Cột “Ghi chú” là của công cụ, được ghi lại ở mỗi lần cập nhật; ghi chú của Hội đồng nên ghi ở một cột riêng của cơ quan (đặt tên khác “Ghi chú”), hoặc ở “Nhận xét” nếu đó là nhận xét gửi trường.`,
];
