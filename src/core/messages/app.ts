// Every Vietnamese word the application (menus, tabs, headers, e-mails, alerts) shows a user, in one place.
// Validation findings live beside it in ./validation.ts. Keep the text NFC with correct diacritics.

import { LOOKUP_TAB, REVIEW_TAB, SUMMARY_TAB } from './summaries';
import { CRITERIA_TAB, DIRECTORY_TAB } from './validation';

export const APP_NAME = 'Điển hình tiên tiến';

/** Names of the tabs the script creates. Raw form-response tabs are named by Forms and never written. */
export const TAB = {
  guide: 'Hướng dẫn',
  config: 'Cấu hình',
  directory: DIRECTORY_TAB,
  criteria: CRITERIA_TAB,
  registrations: 'Phiếu đăng ký',
  reports: 'Phiếu báo cáo',
  results: 'Kết quả kiểm tra',
  health: 'Tình trạng',
  log: 'Nhật ký lỗi',
  outbox: 'Hộp thư đi',
  /** The durable record of every e-mail (hidden, protected); "Hộp thư đi" is a view of it. */
  mailRecord: 'Sổ thư (hệ thống)',
  review: REVIEW_TAB,
  summary: SUMMARY_TAB,
  lookup: LOOKUP_TAB,
} as const;

export const MENU = {
  title: APP_NAME,
  setup: 'Thiết lập',
  rebuild: 'Cập nhật tổng hợp',
} as const;

export const JOB_LABEL: Record<string, string> = {
  setup: 'Thiết lập',
  onFormSubmit: 'Kiểm tra khi có phiếu mới',
  rebuildSummaries: 'Cập nhật tổng hợp',
};

export const HEALTH_HEADER = ['Công việc', 'Lần chạy gần nhất', 'Kết quả', 'Chi tiết'];
export const HEALTH_OK = 'Thành công';
export const HEALTH_FAILED = 'Lỗi';
export const HEALTH_NEVER = 'Chưa chạy lần nào';
export const LOG_HEADER = ['Thời điểm', 'Công việc', 'Lỗi', 'Dòng phiếu liên quan'];

export const PROTECTION_DESCRIPTION = 'Trang tự tạo — sửa tay sẽ bị ghi đè';

export const ALERT = {
  setupDone: (formUrl: string, reportUrl: string) =>
    `Đã thiết lập xong.\n\nBiểu mẫu đăng ký: ${formUrl}\nBiểu mẫu báo cáo: ${reportUrl}\n\nGửi các đường dẫn này cho các đơn vị.`,
  jobFailed: (job: string, message: string) =>
    `Việc "${job}" chưa chạy được: ${message}\nChi tiết đã được ghi vào trang "${TAB.log}".`,
  busy: 'Công cụ đang bận xử lý một việc khác. Vui lòng thử lại sau ít phút.',
} as const;

/** The "Hướng dẫn" tab, one paragraph a row. */
export const GUIDE_HEADER = ['Hướng dẫn sử dụng công cụ Điển hình tiên tiến'];
export const GUIDE_LINES = (registrationUrl: string, reportUrl: string): string[] => [
  'Công cụ giúp Phòng tiếp nhận, kiểm tra và tổng hợp đăng ký mô hình, điển hình tiên tiến theo Kế hoạch của ngành.',
  '1. Điền danh sách các trường vào trang "Đơn vị" (mã, tên, cấp học, xã/phường, cụm thi đua, hiệu trưởng, e-mail).',
  '2. Xem trang "Cấu hình": tên đơn vị, cấp trên, người ký, giai đoạn và các mốc thời gian. Sửa ở cột "Giá trị".',
  '3. Xem trang "Tiêu chí": đổi cột "Bắt buộc" thành "Không" nếu Hội đồng chỉ dùng tiêu chí đó để tính điểm ưu tiên.',
  '4. Chọn menu Điển hình tiên tiến → Thiết lập sau mỗi lần sửa các trang trên, để cập nhật biểu mẫu.',
  `5. Gửi cho các trường đường dẫn biểu mẫu đăng ký: ${registrationUrl}`,
  `   và biểu mẫu báo cáo 6 tháng / năm: ${reportUrl}`,
  '6. Mỗi phiếu gửi đến được kiểm tra ngay; kết quả ở trang "Kết quả kiểm tra" và trang của từng trường, người gửi nhận thư báo kết quả.',
  '7. Hội đồng ghi quyết định ở trang "Thẩm định" (cột "Quyết định của Hội đồng", "Nhận xét", "Người thẩm định"). Các cột này không bao giờ bị công cụ ghi đè. Chọn "Yêu cầu bổ sung" thì trường nhận thư nêu những gì cần bổ sung.',
  '8. Trang "Tổng hợp" có số liệu toàn Phòng, biểu đồ và danh sách các trường chưa đăng ký đủ 01 tập thể và 01 cá nhân. Menu → Cập nhật tổng hợp để làm mới ngay (công cụ cũng tự làm mới mỗi sáng).',
  '9. Mọi thư công cụ gửi đều ghi ở trang "Hộp thư đi"; thư chưa gửi được do hết hạn mức trong ngày sẽ tự gửi vào ngày sau.',
  '10. Trang "Tình trạng" cho biết các tác vụ tự động chạy lần cuối lúc nào. Nếu lâu không chạy, hãy chạy lại Thiết lập.',
  'Không sửa, không xóa dòng trong các trang "Phiếu đăng ký" và "Phiếu báo cáo": đó là câu trả lời gốc của các trường, và mã phiếu (DK-…) là số dòng của phiếu. Muốn loại một phiếu, ghi "Không đề nghị" ở trang "Thẩm định".',
];
export const DIRECTORY_EMPTY =
  'Trang "Đơn vị" chưa có trường nào. Hãy điền danh sách các trường rồi chạy lại Thiết lập để đưa chúng vào biểu mẫu.';
export const DATA_PROBLEMS = (errors: string[]) =>
  `Dữ liệu cần sửa:\n- ${errors.join('\n- ')}`;

export const RESULTS_HEADER = [
  'Mã phiếu',
  'Đơn vị',
  'Đối tượng',
  'Tên tập thể / cá nhân',
  'Lĩnh vực',
  'Loại mô hình',
  'Tên mô hình',
  'Kết luận',
  'Cần khắc phục',
  'Điểm ưu tiên',
  'Cách tính điểm',
  'Ghi chú',
  'Email người gửi',
  'Thời điểm gửi',
];
export const RESULTS_NOTHING_TO_FIX = 'Không có';
export const RESULTS_SUMMARY = (total: number, dat: number, chuaDat: number, canBoSung: number) =>
  `${total} phiếu: ${dat} đạt, ${chuaDat} chưa đạt, ${canBoSung} cần bổ sung`;

/** The confirmation e-mail a submitter receives for each registration (new or edited). */
export const CONFIRMATION = {
  subject: (id: string, verdict: string, name: string) => `[${APP_NAME}] Đã nhận phiếu ${id} (${name}): ${verdict}`,
  greeting: (submitter: string, school: string) =>
    submitter ? `Kính gửi ${submitter} (${school}),` : `Kính gửi ${school},`,
  received: (org: string, kind: string, name: string, school: string, when: string) =>
    `${org} đã nhận phiếu đăng ký ${kind.toLowerCase()} “${name}” của ${school} lúc ${when}.`,
  verdict: (verdict: string) => `Kết quả kiểm tra tự động: ${verdict}.`,
  toFixTitle: 'Những điểm cần bổ sung hoặc chưa đạt:',
  nothingToFix: 'Phiếu đã đáp ứng đủ các tiêu chí bắt buộc. Hội đồng Thi đua - Khen thưởng sẽ thẩm định.',
  scoreLine: (score: number) => `Điểm ưu tiên tạm tính: ${score}.`,
  edit: (url: string) => `Để sửa hoặc bổ sung, mở lại phiếu tại: ${url}`,
  editNoLink: 'Để sửa hoặc bổ sung, mở lại biểu mẫu bằng đường dẫn trong thư xác nhận của Google Biểu mẫu.',
  unverified: (email: string, school: string) =>
    `Lưu ý: địa chỉ ${email} chưa có trong danh sách e-mail của ${school} tại Phòng, nên phiếu được ghi nhận ở trạng thái "chưa xác minh". Nếu đây là địa chỉ của đơn vị, đề nghị báo Phòng cập nhật.`,
  footer: (org: string) => `Thư này được gửi tự động từ công cụ ${APP_NAME} của ${org}. Vui lòng không trả lời thư này.`,
  unknownName: '(chưa ghi tên)',
  unknownKind: 'Phiếu',
} as const;

/** The "Hộp thư đi" tab: every e-mail the tool sends, with its status. */
export const OUTBOX_HEADER = ['Mã thư', 'Loại thư', 'Liên quan', 'Người nhận', 'Tiêu đề', 'Trạng thái', 'Tạo lúc', 'Gửi lúc', 'Số lần thử', 'Ghi chú'];
export const OUTBOX_KIND = {
  confirmation: 'Thư báo kết quả kiểm tra',
  supplementRequest: 'Thư yêu cầu bổ sung',
  digest: 'Thư tổng hợp hằng tuần',
  reminder: 'Thư nhắc hạn',
} as const;
export const OUTBOX_STATUS = {
  pending: 'Chờ gửi',
  sent: 'Đã gửi',
  failed: 'Lỗi',
  skipped: 'Bỏ qua',
} as const;
export const OUTBOX_NOTE = {
  quota: 'Hết hạn mức gửi thư hôm nay; sẽ gửi vào ngày sau.',
  superseded: 'Phiếu đã được sửa; thư cho bản mới hơn sẽ được gửi thay.',
  noAddress: 'Phiếu không có địa chỉ email người gửi.',
  gaveUp: (attempts: number) => `Đã thử ${attempts} lần không được; hãy kiểm tra địa chỉ rồi liên hệ trực tiếp.`,
  error: (message: string) => `Lỗi khi gửi: ${message}`,
  composeError: (message: string) => `Lỗi khi soạn thư (sẽ thử lại): ${message}`,
  interrupted: 'Lần chạy trước bị dừng đúng lúc gửi thư này, không rõ thư đã đi chưa; công cụ gửi lại một lần (người nhận có thể nhận hai lần).',
  maybeTwice: 'Đã gửi lại sau một lần chạy bị dừng giữa chừng; người nhận có thể đã nhận thư này hai lần.',
} as const;
/** The outbox view and the hidden record. */
export const OUTBOX_PROTECTION = 'Công cụ ghi trang này; sửa hoặc xóa ở đây không thay đổi việc gửi thư.';
export const MAIL_RECORD_PROTECTION = 'Sổ ghi mọi thư công cụ đã gửi, để không gửi trùng. Đừng sửa hay xóa trang này.';
export const MAIL_RECORD_LOST = (held: number, expected: number) =>
  `Không gửi thư: sổ thư (trang ẩn “Sổ thư (hệ thống)” và trang “Hộp thư đi”) chỉ còn ${held} trong số ${expected} thư đã ghi, nên công cụ không biết thư nào đã gửi. Hãy khôi phục trang đó từ Tệp → Nhật ký phiên bản; công cụ sẽ gửi tiếp ở lần chạy sau.`;
/** Something the office relied on was really gone (Drive confirmed it) and was made again. */
export const RECREATED = {
  form: (title: string) =>
    `Biểu mẫu “${title}” không còn trong Google Drive (đã bị xóa hoặc chuyển vào thùng rác), nên công cụ đã tạo biểu mẫu mới: hãy gửi lại đường dẫn mới cho các đơn vị.`,
  template: (name: string) =>
    `Mẫu văn bản “${name}” không còn trong Google Drive (đã bị xóa hoặc chuyển vào thùng rác), nên công cụ đã tạo lại mẫu mặc định; nếu Phòng đã sửa mẫu cũ, hãy khôi phục nó từ thùng rác và sửa lại mẫu mới.`,
} as const;
export const REVIEW_ERROR_NOT_WRITTEN = (error: string) =>
  `Chưa cập nhật trang "Thẩm định" để không ghi đè quyết định của Hội đồng: ${error}`;
