// Every Vietnamese word the application (menus, tabs, headers, e-mails, alerts) shows a user, in one place.
// Validation findings live beside it in ./validation.ts. Keep the text NFC with correct diacritics.

import { formatClock, formatDate, formatTime } from '../text';
import { AWARD_LEVEL_HEADER, COUNCIL_TAB, PROPOSAL_MENU, PROPOSAL_TAB, PROPOSAL_TEMPLATE_FOLDER, quotaTime } from './proposals';
import { ERASURE_REQUESTED, HISTORY_TAB, LEDGER_TAB, LOOKUP_TAB, REVIEW_DECISIONS, REVIEW_HEADERS, REVIEW_TAB, SUMMARY_TAB, VERSIONS_TAB, minimumDuty, schoolMailFooter, type MinimumParts } from './summaries';
import { CRITERIA_TAB, DIRECTORY_HEADERS, DIRECTORY_TAB, OFFICE_LEVEL, configLabel } from './validation';
import { ROLE_CHOICES } from '../form-titles';
import { RESTORE_STEPS, RESTORE_TITLE, fromOldVersion } from './restore';

export const APP_NAME = 'Điển hình tiên tiến';

/**
 * The office's council, named with its office in what a school reads: a school has a council of its own, which "Hội
 * đồng Thi đua - Khen thưởng sẽ thẩm định" could be taken for (review "proofread" #4). `office`: officeWord.
 */
const councilOf = (office: string) => `Hội đồng Thi đua - Khen thưởng của ${office}`;

/**
 * The council decided "Không đề nghị" (a withdrawal among them): nothing more to send for the registration (review r76p
 * F3). Said by the school's view (viewNotProposed) and by a confirmation composed after the decision (review r79s F2).
 */
const NOT_PROPOSED_DECIDED =
  'Hội đồng đã quyết định không đề nghị khen thưởng phiếu này (kể cả khi cá nhân, tập thể xin rút đăng ký): đơn vị không cần bổ sung gì thêm cho phiếu này.';
/** NOT_PROPOSED_DECIDED and whom to ask if it is a mistake (`office`: its own word): the view's and a confirmation's. */
export const notProposedDecided = (office: string) => `${NOT_PROPOSED_DECIDED} Nếu có nhầm lẫn, xin liên hệ ${office}.`;

/**
 * A moment in a sentence, as Vietnamese writes it, the time first: "12:25:20 ngày 02/10/2026" (review "proofread" #6).
 * The seconds stay: they match the response tab's "Dấu thời gian", and tell apart two sendings of one minute.
 */
export const timeOnDay = (d: Date): string => quotaTime(formatClock(d), formatDate(d));
/** "HH:mm ngày dd/MM/yyyy": when a scheduled run's e-mail was made (the seconds say nothing to the office there). */
export const minuteOnDay = (d: Date): string => quotaTime(formatTime(d), formatDate(d));

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
  /** The record of every school view and award document the tool made (hidden, protected; src/gas/records.ts). */
  records: 'Sổ hồ sơ (hệ thống)',
  review: REVIEW_TAB,
  /** Every change of a decision or an automatic verdict a run found, appended (src/core/history.ts). */
  history: HISTORY_TAB,
  /** Each sending of a registration as received, appended (src/core/versions.ts). */
  versions: VERSIONS_TAB,
  summary: SUMMARY_TAB,
  lookup: LOOKUP_TAB,
} as const;

/**
 * The office's own tabs found under the tool's names at the first Thiết lập in its file (an emulation file already in
 * use: review r74d F1), renamed so that the tool never writes over them: `[before, after]`.
 */
export const OFFICE_TABS_SET_ASIDE = (renamed: readonly (readonly [string, string])[]) =>
  `Tệp đã có ${renamed.length > 1 ? 'các trang' : 'trang'} ${renamed.map(([was, now]) => `“${was}” (nay đổi tên thành “${now}”, giữ nguyên nội dung)`).join(', ')}: công cụ dùng ${renamed.length > 1 ? 'các tên này' : 'tên này'} cho trang của mình, nên đã đổi tên trang của cơ quan để không ghi đè lên. Có thể đổi lại tên khác, miễn là không trùng tên các trang của công cụ.`;
/** The name an office's tab set aside takes: "<name> (của cơ quan)", numbered when taken. */
export const OFFICE_TAB_ASIDE_NAME = (name: string, n: number) => `${name} (của cơ quan${n > 1 ? ` ${n}` : ''})`;

export const MENU = {
  title: APP_NAME,
  setup: 'Thiết lập',
  rebuild: 'Cập nhật tổng hợp',
  /** Last in the menu: it asks before it does anything (the ellipsis says so, as menus do). */
  endPeriod: 'Kết thúc giai đoạn…',
} as const;

/** The line of "Tình trạng" of "Kết thúc giai đoạn…" (its label: the menu item's words without the ellipsis). */
export const PERIOD_END_LABEL = 'Kết thúc giai đoạn';

export const JOB_LABEL: Record<string, string> = {
  setup: 'Thiết lập',
  onFormSubmit: 'Kiểm tra khi có phiếu mới',
  rebuildSummaries: 'Cập nhật tổng hợp',
  continueIntake: 'Kiểm tra các phiếu còn chờ',
};

export const HEALTH_HEADER = ['Công việc', 'Lần chạy gần nhất', 'Kết quả', 'Chi tiết', 'Lịch chạy'];
/**
 * When a scheduled job runs, as its trigger was made (src/gas/triggers.ts): Apps Script runs an hourly slot at some
 * minute within it (review handoff #1: "Tình trạng" did not say when each job runs next, for whoever takes over).
 */
export const HEALTH_SCHEDULE = {
  daily: (hour: number) => `mỗi ngày, trong khoảng ${clockHour(hour)}–${clockHour(hour + 1)}`,
  weekly: (day: string, hour: number) => `${day} hằng tuần, trong khoảng ${clockHour(hour)}–${clockHour(hour + 1)}`,
};
const clockHour = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
export const HEALTH_OK = 'Thành công';
export const HEALTH_FAILED = 'Lỗi';
/**
 * The line of a submission's run that failed, once a later run checked its submission again (the continuation, a
 * rebuild: src/gas/health.ts): the time of the failed run kept, nothing left to do (review vntext3: "Lỗi" stayed until the
 * next submission).
 */
export const HEALTH_RECHECKED = 'Xong, đã tự kiểm tra lại';
export const HEALTH_RECHECKED_DETAIL = `Lần chạy này bị dừng giữa chừng (lý do ở trang “${TAB.log}”), nhưng công cụ đã tự kiểm tra lại phiếu sau đó; không cần làm gì thêm.`;
/**
 * A run that started at `at` and never recorded its end: Apps Script stopped it (src/gas/health.ts markRunStarted). Its
 * line in "Tình trạng" stands beside the job's "Lịch chạy", which says how it runs next (by itself, or from the menu).
 */
export const HEALTH_RUN_DIED = (at: Date) =>
  `Lần chạy bắt đầu lúc ${timeOnDay(at)} bị Google dừng giữa chừng nên không ghi được kết quả (thường vì chạy quá 6 phút, giới hạn của Google cho một lần chạy). Phần việc đã xong được giữ nguyên; lần chạy sau (theo “Lịch chạy” ở trang “${TAB.health}”) làm tiếp phần còn lại. Nếu dòng này lặp lại nhiều ngày, hãy báo người phụ trách kỹ thuật (kèm thời điểm trên).`;
export const HEALTH_NEVER = 'Chưa chạy lần nào';
/**
 * When each job runs, in the "Lịch chạy" column of its "Tình trạng" line (review handoff #2: a column of "Chưa chạy
 * lần nào" looked like something broken; #1: whoever takes over asks when each runs next). The other jobs' are beside
 * their labels (mail.ts, proposals.ts, school-views.ts). A scheduled job's, once its trigger is made: JOB_SCHEDULED.
 */
export const JOB_WHEN: Record<string, string> = {
  setup: `Chạy khi chọn menu ${APP_NAME} → ${MENU.setup}.`,
  onFormSubmit: 'Tự chạy mỗi khi có phiếu đăng ký hoặc phiếu báo cáo gửi đến, kể cả khi trường sửa phiếu.',
  rebuildSummaries: `Tự chạy mỗi sáng; cũng chạy khi chọn menu ${APP_NAME} → ${MENU.rebuild}.`,
  // Also after a run stopped short of its work (src/jobs/on-submit.ts settleMailLeft; review r72g).
  continueIntake: 'Tự chạy khi có phiếu phải chờ vì công cụ đang bận việc khác, khi lần chạy trước chưa kịp kiểm tra hết phiếu, gửi hết thư trả lời, hoặc khi đến lúc gửi lại thư Google đã báo lỗi (cột “Thử lại từ” ở trang “Hộp thư đi”).',
};
/** A scheduled job's "Lịch chạy" with its trigger's schedule (`when`: HEALTH_SCHEDULE). */
export const JOB_SCHEDULED: Record<string, (when: string) => string> = {
  rebuildSummaries: (when) => `Tự chạy ${when}; cũng chạy khi chọn menu ${APP_NAME} → ${MENU.rebuild}.`,
};
/**
 * The tabs of a copy that hold the original's data, deleted when the copy serves another period (COPIED_FILE), with
 * the hidden outbox record; the register of codes is kept (codes go on), the generated tabs are written again.
 */
export const COPIED_DATA_TABS = [TAB.registrations, TAB.reports, TAB.results, REVIEW_TAB, HISTORY_TAB, VERSIONS_TAB, COUNCIL_TAB, TAB.outbox];

/** What each of the office's own tabs holds, as its loss is told (OFFICE_TAB_GONE). */
const OFFICE_TAB_HOLDS: Record<string, string> = {
  [TAB.config]: 'các thiết lập của cơ quan (tên cơ quan, giai đoạn, các mốc thời gian, người ký)',
  [TAB.directory]: 'danh sách đơn vị của cơ quan',
  [TAB.criteria]: 'các tiêu chí cơ quan đã chọn (cột “Bắt buộc”)',
};

/**
 * An office tab not found by its name once the office has set up (src/gas/office.ts officeTabMissing): the run stops
 * rather than go on with defaults. `renamed`: the tab whose first row is the tool's header for it.
 */
export const OFFICE_TAB_GONE = (name: string, renamed: string | null) =>
  (renamed
    ? `Không thấy trang “${name}”: trang “${renamed}” có vẻ là trang “${name}” đã được đổi tên. Hãy đổi tên trang “${renamed}” lại thành “${name}”. `
    : `Không thấy trang “${name}” (trang đã bị xóa hoặc đổi tên). Hãy lấy lại trang: đặt lại đúng tên “${name}” nếu trang đã bị đổi tên, hoặc ${fromOldVersion('trang')} nếu trang đã bị xóa. `) +
  `Trong lúc chờ, công cụ tạm dừng (chưa kiểm tra phiếu, chưa gửi thư, chưa cập nhật các trang) để không dùng giá trị mặc định thay cho ${OFFICE_TAB_HOLDS[name] ?? 'nội dung của trang'}; phiếu gửi trong lúc này không mất: công cụ kiểm tra và trả lời ở lần chạy đầu tiên sau khi trang có lại (chậm nhất là lần “${MENU.rebuild}” sáng hôm sau).` +
  (renamed ? '' : ` Nếu muốn làm lại trang từ đầu, chọn Thiết lập: công cụ tạo lại trang với giá trị mặc định để cơ quan điền lại.`);

/** Runs after Thiết lập remade office tabs, until the office has filled them in and run Thiết lập again (src/gas/office.ts). */
export const OFFICE_TABS_AWAITED = (names: readonly string[]) =>
  `Trang ${names.map((n) => `“${n}”`).join(', ')} vừa được Thiết lập tạo lại với giá trị mặc định và đang chờ cơ quan điền lại ${names.map((n) => OFFICE_TAB_HOLDS[n] ?? `trang “${n}”`).join('; ')}. Trong lúc chờ, công cụ tạm dừng (chưa kiểm tra phiếu, chưa gửi thư, chưa cập nhật các trang) để không dùng giá trị mặc định; phiếu gửi trong lúc này không mất. Điền xong, chọn Thiết lập: công cụ chạy lại bình thường, các phiếu đang chờ được kiểm tra và trả lời ở lần chạy sau (chậm nhất là lần “${MENU.rebuild}” sáng hôm sau).`;

/** Thiết lập made again, with their defaults, office tabs deleted after the office set up; it stops there. */
export const OFFICE_TABS_REMADE = (names: readonly string[]) =>
  `Trang ${names.map((n) => `“${n}”`).join(', ')} không còn nên Thiết lập đã tạo lại với giá trị mặc định. Thiết lập dừng ở đây (chưa sửa biểu mẫu, chưa gửi thư) để biểu mẫu và thư không mang giá trị mặc định: hãy điền lại ${names.map((n) => OFFICE_TAB_HOLDS[n] ?? `trang “${n}”`).join('; ')} (có thể chép từ bản sao của một phiên bản cũ, cách làm ở trang “${TAB.guide}”, mục “${RESTORE_TITLE}”), rồi chọn Thiết lập lần nữa.`;

/** A copy of the office's file ("Tạo bản sao"), which carries the original's state (src/jobs/run.ts). */
export const COPIED_FILE = {
  refused:
    'Bảng tính này là bản sao của một bảng tính khác đang dùng công cụ (biểu mẫu, trang theo dõi, thư của công cụ vẫn là của bảng tính gốc). Để dùng công cụ ở bảng tính này, hãy chọn menu Điển hình tiên tiến → Thiết lập trước; bảng tính gốc không bị ảnh hưởng.',
  forgotten:
    `Bảng tính này là bản sao của một bảng tính khác đang dùng công cụ. Công cụ đã bỏ các thiết lập của bảng tính gốc (biểu mẫu, trang theo dõi của các trường, thư, văn bản) khỏi bản sao; bảng tính gốc không bị ảnh hưởng. Chưa có biểu mẫu, tác vụ tự động hay thư nào cho bản sao này. Khi thiết lập xong, bản sao sẽ nhận phiếu qua biểu mẫu mới, gửi thư nhắc hạn cho các trường ở trang “Đơn vị” và thư tổng hợp hằng tuần cho người nhận ở mục “${configLabel('mail.digestRecipients')}” (trang “Cấu hình”) của bản sao.\n` +
    `Nếu bản sao dùng cho giai đoạn, đợt hoặc cơ quan khác, trước khi chọn Thiết lập lần nữa:\n` +
    `1. Xóa các trang dữ liệu sao chép từ bảng tính gốc (bảng tính gốc vẫn giữ nguyên các trang này làm hồ sơ): ${COPIED_DATA_TABS.map((t) => `“${t}”`).join(', ')}, trang ẩn “${TAB.mailRecord}” (Xem → Trang tính bị ẩn), và các trang riêng của từng trường, từng xã/phường hoặc cụm (công cụ tạo lại; trang “${SUMMARY_TAB}”, “${LOOKUP_TAB}” được viết lại). Trang phiếu còn liên kết với biểu mẫu sao chép kèm thì trước hết chọn Biểu mẫu → Hủy liên kết biểu mẫu, rồi xóa biểu mẫu đó trong Google Drive.\n` +
    `2. Giữ trang ẩn “${LEDGER_TAB}”: mã phiếu mới tiếp nối mã cũ, không trùng (khi các trang phiếu đã xóa, công cụ chỉ giữ lại mã phiếu và thời điểm, bỏ địa chỉ người gửi và các dấu nhận dạng của giai đoạn cũ). Giữ “${TAB.guide}”, “${TAB.health}”, “${TAB.log}”.\n` +
    `3. Sửa trang “${TAB.config}” (giai đoạn, cơ quan, các mốc thời gian, “${configLabel('plan.number')}” và “${configLabel('plan.date')}” của Kế hoạch giai đoạn mới — chưa có Kế hoạch thì xóa hai ô này, để tờ trình không dẫn Kế hoạch của giai đoạn cũ), “${TAB.directory}” và, nếu kế hoạch mới đổi tiêu chí, “${TAB.criteria}”.`,
};

/** The copy's register kept its codes only (src/gas/ledger.ts scrubCopiedRegister; review r74p F4). */
export const COPIED_REGISTER_SCRUBBED = `Trang ẩn “${LEDGER_TAB}” của bản sao nay chỉ giữ mã phiếu và thời điểm gửi của giai đoạn trước (để mã mới không trùng): địa chỉ người gửi, mã câu trả lời và các dấu nhận dạng đã được xóa khỏi bản sao; bảng tính gốc vẫn giữ đủ làm hồ sơ.`;

/** Thiết lập in a spreadsheet whose time zone is not Việt Nam's (src/gas/time-zone.ts). */
export const FILE_TIME_ZONE = {
  set: (from: string) =>
    `Múi giờ của bảng tính là “${from}”, không phải giờ Việt Nam. Bảng tính chưa có phiếu nào nên công cụ đã đặt múi giờ thành “Asia/Ho_Chi_Minh” (GMT+07:00): ngày giờ trong các trang (thời điểm gửi phiếu, thời hạn) theo giờ Việt Nam.`,
  kept: (from: string) =>
    `Múi giờ của bảng tính là “${from}”, không phải giờ Việt Nam (GMT+07:00). Công cụ vẫn tính thời hạn và đọc các ngày ở trang “${TAB.config}” theo giờ Việt Nam, nhưng thời điểm gửi phiếu trong các trang hiện theo múi giờ “${from}”. Bảng tính đã có phiếu nên công cụ không đổi múi giờ: đổi ở Tệp → Cài đặt → Múi giờ lúc này thì Google Trang tính giữ nguyên giờ đang hiện của các ô, nên thời điểm gửi của các phiếu đã có sẽ bị lệch.`,
};

/**
 * Thiết lập in a spreadsheet whose locale is not Việt Nam's (src/gas/time-zone.ts alignFileLocale). Where to change it:
 * File → Settings → Locale in English; the Vietnamese interface's label of that field could not be checked (Tệp → Cài
 * đặt, "Ngôn ngữ" or "Khu vực"), so both words and the English one are given, with the choice "Việt Nam".
 */
export const FILE_LOCALE_NOTE = {
  set: (from: string) =>
    `Khu vực (ngôn ngữ) của bảng tính là “${from}”, không phải Việt Nam: Google Trang tính đọc ngày và số gõ vào ô theo khu vực này (với “en_US”, 05/10/2026 là ngày 10 tháng 5). Bảng tính chưa có phiếu nào nên công cụ đã đặt khu vực thành Việt Nam (vi_VN): từ nay ngày gõ vào được đọc theo ngày/tháng/năm. Nếu đã gõ ngày ở trang “${TAB.config}” trước lúc này, hãy xem lại các ngày đó.`,
  kept: (from: string) =>
    `Khu vực (ngôn ngữ) của bảng tính là “${from}”, không phải Việt Nam: Google Trang tính đọc ngày và số gõ vào ô theo khu vực này (với “en_US”, 05/10/2026 là ngày 10 tháng 5, còn 25/10/2026 không thành ngày), nên các thời hạn ở trang “${TAB.config}” có thể bị đọc sai. Bảng tính đã có phiếu nên công cụ không tự đổi: hãy đổi ở Tệp → Cài đặt → Ngôn ngữ/Khu vực (tiếng Anh: Locale), chọn “Việt Nam”, rồi xem lại các ngày đã gõ ở trang “${TAB.config}” và chọn Thiết lập lần nữa.`,
};

/** Thiết lập run by an account that did not install the tool (src/jobs/setup.ts). */
/** The guide's line on handing the tool over to another clerk (review handover H4), which messages name. */
export const HANDOVER_SECTION = 'Bàn giao cho cán bộ khác';
/** Where a message sends the clerk for it: the guide, which the clerk has in the spreadsheet (not the README: r70x, r70u). */
export const HANDOVER_WHERE = `trang “${TAB.guide}”, mục “${HANDOVER_SECTION}”`;
/** The guide's line: the README's steps, short (README, "Bàn giao cho cán bộ khác"). */
export const handoverSteps = () =>
  `${HANDOVER_SECTION}: tài khoản cũ chuyển quyền sở hữu (hoặc chia sẻ quyền sửa) bảng tính, hai biểu mẫu, các thư mục “Điển hình tiên tiến — …” cho tài khoản mới; tài khoản mới chọn ${MENU.title} → ${MENU.setup}, chọn “Có”: tác vụ cũ tự gỡ, không thư nào gửi hai lần. Hôm sau xem “${TAB.health}”; ở “${TAB.config}”, đổi “${configLabel('schoolViews.contact')}” và “${configLabel('mail.digestRecipients')}” nếu là của cán bộ cũ.`;

export const OTHER_ACCOUNT = {
  /**
   * Thiết lập by an account that does not hold the tool's triggers (`at`: when the holder ran Thiết lập, '' unknown):
   * another account's, or deleted by hand. Nobody can see another account's triggers, nor is its address known without
   * a further permission: the question says when it was set up and what "Có" does (review handover H1).
   */
  question: (at: string) =>
    `Các tác vụ tự động của công cụ ở bảng tính này thuộc một tài khoản Google khác — tài khoản đã chạy Thiết lập${at ? ` lúc ${at}` : ''} (mỗi tài khoản chỉ thấy tác vụ của chính mình) — hoặc đã bị xóa. Nếu tài khoản này nhận bàn giao công cụ, chọn “Có”: công cụ tạo các tác vụ tự động của tài khoản này, còn các tác vụ của tài khoản cũ tự gỡ ở lần chạy kế tiếp. Trước đó, tài khoản cũ cần chuyển quyền sở hữu (hoặc chia sẻ quyền chỉnh sửa) hai biểu mẫu và các thư mục “Điển hình tiên tiến — …” trong Google Drive cho tài khoản này (${HANDOVER_WHERE}); công cụ kiểm tra việc đó trước khi thay đổi gì. Nếu chỉ cần chạy giúp một lần, chọn “Không” và nhờ người giữ tài khoản kia. Tiếp tục?`,
  /**
   * Thiết lập by another account than the one that ran it first, before any trigger was made (the first one stopped at
   * an empty "Đơn vị": review r74d F2): what is made now — forms, templates, triggers — would be this account's.
   */
  questionFirst: `Thiết lập đã được chạy lần đầu bằng một tài khoản Google khác (tài khoản cài đặt công cụ). Các biểu mẫu, mẫu văn bản và tác vụ tự động được tạo dưới tên tài khoản chạy Thiết lập, và mọi thư của công cụ gửi từ địa chỉ của tài khoản đó; nên dùng một tài khoản của cơ quan, không dùng tài khoản cá nhân. Nếu tài khoản này là tài khoản sẽ giữ công cụ, chọn “Có”; nếu không, chọn “Không” và nhờ người giữ tài khoản kia chạy Thiết lập. Tiếp tục bằng tài khoản này?`,
  stopped: `Đã dừng Thiết lập, không thay đổi gì: hãy chạy Thiết lập bằng tài khoản Google đã cài đặt công cụ (tài khoản sở hữu các tác vụ tự động). Nếu tài khoản này nhận bàn giao công cụ, xem ${HANDOVER_WHERE}.`,
  /** "Có", but this account cannot open `what` (the forms, folders by name) of the former account: nothing changed. */
  unreachable: (what: readonly string[]) =>
    `Đã dừng Thiết lập, không thay đổi gì: tài khoản này chưa mở được ${what.join('; ')} (tài khoản cũ chưa chuyển hoặc chia sẻ, hoặc đã bị xóa). Hãy nhờ tài khoản đã cài đặt công cụ (hoặc quản trị viên Google Workspace của cơ quan) chuyển quyền sở hữu hoặc chia sẻ quyền chỉnh sửa cho tài khoản này (${HANDOVER_WHERE}), rồi chạy lại Thiết lập.`,
  /** A menu item that makes files in the holder's Drive (the proposals), chosen by another account: nothing made. */
  menu: (at: string) =>
    `Chưa làm gì: văn bản đề nghị khen thưởng được tạo bằng tài khoản giữ các tác vụ tự động của công cụ (tài khoản đã chạy Thiết lập${at ? ` lúc ${at}` : ''}), nơi có các mẫu văn bản; tài khoản này không phải tài khoản đó. Hãy chọn mục này bằng tài khoản đó. Nếu tài khoản đó không còn dùng được (cán bộ đã chuyển công tác), hãy làm theo ${HANDOVER_WHERE}, rồi chạy Thiết lập bằng tài khoản này.`,
  /**
   * A run of an account that does not hold the tool's triggers (a colleague's menu run): its e-mails wait for the holder's
   * next run, so that every letter a school receives comes from the office's account (review r74d F6).
   */
  mailHeld: (n: number, at: string, ended = false) =>
    `${n} thư chưa gửi: thư của công cụ được gửi từ tài khoản giữ các tác vụ tự động (tài khoản đã chạy Thiết lập${at ? ` lúc ${at}` : ''}), không gửi từ tài khoản này, để các trường chỉ nhận thư từ địa chỉ của cơ quan. Thư sẽ được gửi ${ended ? `khi tài khoản đó chọn “${MENU.rebuild}” (giai đoạn đã kết thúc: không còn lần chạy tự động)` : `ở lần “${MENU.rebuild}” tự động kế tiếp (sáng sớm hằng ngày) hoặc khi tài khoản đó chọn “${MENU.rebuild}”`}.`,
  registrationForm: 'biểu mẫu đăng ký',
  reportForm: 'biểu mẫu báo cáo',
  templates: `các mẫu văn bản trong thư mục “${PROPOSAL_TEMPLATE_FOLDER}”`,
  /** `folder`: VIEW_FOLDER_NAME, which a folder made since the period was added to it continues (viewFolderName). */
  views: (folder: string) => `các trang theo dõi của các trường (thư mục “${folder}”, tên có thể kèm giai đoạn)`,
};

/**
 * Said when an account takes the tool over (src/jobs/setup.ts): the weekly digest's recipients, as "Cấu hình" has them —
 * likely the former clerk's address, which nothing else would tell the new one (review r79h F4). `recipients`: the
 * addresses of the item (none: the digest is not sent).
 */
export const HANDOVER_MAIL_NOTE = (recipients: readonly string[]) =>
  recipients.length
    ? `Nhận bàn giao: thư tổng hợp hằng tuần vẫn gửi đến ${recipients.join(', ')} (mục “${configLabel('mail.digestRecipients')}” ở trang “${TAB.config}”). Nếu đó là địa chỉ của cán bộ cũ, sửa thành địa chỉ của cán bộ mới; xem cả mục “${configLabel('schoolViews.contact')}” (địa chỉ liên hệ in cuối thư gửi trường).`
    : `Nhận bàn giao: chưa có địa chỉ nhận thư tổng hợp hằng tuần (mục “${configLabel('mail.digestRecipients')}” ở trang “${TAB.config}”); ghi địa chỉ của cán bộ mới vào mục đó để nhận. Xem cả mục “${configLabel('schoolViews.contact')}” (địa chỉ liên hệ in cuối thư gửi trường).`;

/** The former installer's triggers removed themselves (src/gas/triggers.ts retireIfSuperseded). */
export const TRIGGERS_RETIRED =
  'Các tác vụ tự động của công cụ thuộc tài khoản này đã tự gỡ: một tài khoản khác đã chạy Thiết lập và nhận bàn giao công cụ; từ nay chỉ các tác vụ của tài khoản đó chạy.';

export const HEALTH_RETRY = (time: string) => `Một công việc khác đang chạy nên chưa làm được; sẽ tự chạy lại lúc ${time}.`;
/**
 * How a stopped run goes on, by who or what started it (src/jobs/run.ts): `menu`, a person at a menu item (told to
 * choose it again); `schedule`, a trigger of a job that runs again by itself (its "Lịch chạy" in "Tình trạng"); `intake`,
 * a submission's run or its continuation, whose rows a continuation or, at the latest, the next rebuild answers — not
 * the next submission its "Lịch chạy" names (review vntext3).
 */
export type RunStarter = 'menu' | 'schedule' | 'intake';
const RUN_GOES_ON: Record<RunStarter, string> = {
  menu: 'Hãy chờ vài phút rồi chọn lại mục này trong menu để làm tiếp.',
  schedule: `Công việc tự chạy lại theo “Lịch chạy” ở trang “${TAB.health}” và làm tiếp phần còn lại.`,
  intake: `Phiếu chưa kiểm tra xong được công cụ tự kiểm tra lại, chậm nhất ở lần “${MENU.rebuild}” sáng hôm sau; đơn vị không cần gửi lại.`,
};
/** The same when nothing was done (the lock held): nothing to go on with. */
const RUN_AGAIN: Record<RunStarter, string> = {
  menu: 'Hãy chờ vài phút rồi chọn lại mục này trong menu.',
  schedule: `Công việc tự chạy lại theo “Lịch chạy” ở trang “${TAB.health}”.`,
  intake: RUN_GOES_ON.intake,
};
/** Google's words in a sentence of ours: without their own closing full stop (ours follows). */
const googleSaid = (message: string) => message.trim().replace(/[.\s]+$/, '');
/**
 * A run that ended on something other than a stop the tool words itself (src/jobs/run.ts): `job` is its label, `how`
 * who started it (RunStarter). Short enough that Google's words, last, keep their first 120 characters or more in the 500
 * of a line in "Tình trạng" (a long one loses its end there, not what to do; "Nhật ký lỗi" keeps it whole).
 */
export const RUN_STOPPED = {
  /** Another run of the tool held the script lock for the whole wait: nothing was done. */
  busy: (job: string, how: RunStarter) =>
    `“${job}” chưa chạy được vì một công việc khác của công cụ (ví dụ “${MENU.rebuild}” hoặc việc kiểm tra một phiếu vừa gửi đến) đang chạy; chưa có gì thay đổi. ${RUN_AGAIN[how]}`,
  /** A service failed, or the run ran out of time: Google's own words (in the account's language) quoted, never read. */
  failed: (job: string, google: string, how: RunStarter) =>
    `“${job}” không chạy xong vì Google báo lỗi; phần việc đã xong được giữ nguyên. ${RUN_GOES_ON[how]} Nếu Google báo thiếu quyền, chọn menu ${APP_NAME} → ${MENU.setup}. Lỗi lặp lại thì gửi dòng này ở trang “${TAB.log}” cho người phụ trách kỹ thuật. Google báo: “${googleSaid(google)}”.`,
  /**
   * Google failed to open the spreadsheet itself (the run's first call): nothing was done, and neither "Tình trạng" nor
   * "Nhật ký lỗi" could be written, so this text is all there is of it — in the execution log, the trigger's failure
   * e-mail to its owner, or the error a person at a menu item sees. Not sent to a line of "Nhật ký lỗi", then.
   */
  unopened: (job: string, google: string, how: RunStarter) =>
    `“${job}” chưa chạy được vì Google báo lỗi khi mở bảng tính; chưa có gì thay đổi, và lỗi này không ghi được vào trang “${TAB.health}” hay “${TAB.log}”. ${RUN_AGAIN[how]} Nếu Google báo thiếu quyền, chọn menu ${APP_NAME} → ${MENU.setup}. Lỗi lặp lại thì gửi nguyên văn thông báo này cho người phụ trách kỹ thuật. Google báo: “${googleSaid(google)}”.`,
};
/** A run that finished but met data it could not use as written (a bad date in Cấu hình, a duplicate column…). */
export const HEALTH_OK_WITH_PROBLEMS = 'Xong, có vấn đề dữ liệu';
export const healthProblems = (n: number) => `${n} vấn đề dữ liệu (xem trang “Nhật ký lỗi”).`;
/** More data problems than "Nhật ký lỗi" lists one by one in a run (src/gas/health.ts logProblems). */
export const PROBLEMS_MORE = (n: number) =>
  `Còn ${n} vấn đề dữ liệu khác không ghi riêng từng dòng ở đây vì quá nhiều (thường cùng loại với các dòng ngay trên). Sửa các vấn đề đã ghi rồi chọn ${APP_NAME} → ${MENU.rebuild}: các vấn đề còn lại sẽ được ghi ra.`;
export const LOG_HEADER = ['Thời điểm', 'Công việc', 'Lỗi', 'Dòng phiếu liên quan'];
/** The log's last column: the office's, to mark a line it has dealt with (review handoff #3); the tool never writes it. */
export const LOG_HANDLED = 'Đã xử lý (cơ quan đánh dấu)';
export const LOG_PROTECTION = `Nhật ký do công cụ ghi thêm dòng — sửa hay xóa dòng sẽ làm mất dấu vết: trang “${HISTORY_TAB}” dẫn về đây để biết vì sao một kết luận đổi. Dòng đã giải quyết thì đánh dấu ở cột “Đã xử lý” (sửa tự do), không xóa.`;
/**
 * The log's protection as earlier versions described it, found by it to keep the office's column outside the warning:
 * it invited deleting the whole tab, which loses the causes the history points to (review complaint L1).
 */
export const LOG_PROTECTIONS_EARLIER: readonly string[] = ['Nhật ký do công cụ ghi thêm dòng — sửa hay xóa dòng sẽ làm mất dấu vết (muốn bắt đầu lại thì xóa cả trang). Cột “Đã xử lý” để cơ quan đánh dấu, sửa tự do.'];

/** The health line of a submission handled on its own. */
export const INTAKE_DETAIL = (code: string, verdict: string) =>
  // True however long the line stays: a later rebuild does not rewrite it (review handoff #4: "at the next rebuild" read
  // as still to come, beside the rebuild's line of the morning after).
  `Phiếu ${code}: ${verdict}, đã ghi vào “Kết quả kiểm tra” và “Thẩm định”. Trang của trường và trang Tổng hợp tính theo kết quả này từ lần “Cập nhật tổng hợp” đầu tiên sau thời điểm ở cột “Lần chạy gần nhất”.`;

/** A submission whose trigger could not get the lock in time: its row waits in the queue for the running job. */
export const INTAKE_QUEUED = (row: number) =>
  `Phiếu ở dòng ${row} đã vào hàng chờ; công cụ đang bận một việc khác và sẽ kiểm tra phiếu này ngay sau đó.`;

/** A progress report whose trigger could not get the lock: the report is kept and counted by the next rebuild. */
export const REPORT_LATER = (row: number) =>
  `Phiếu báo cáo ở dòng ${row} đã được lưu; công cụ đang bận một việc khác, nên nhiệm vụ báo cáo của trường được tính từ lần “Cập nhật tổng hợp” đầu tiên sau lúc đó.`;

/** A run that stops on broken inputs: what it says in "Tình trạng", "Nhật ký lỗi", and over the summary tab. */
export const INPUT_PROBLEM = {
  stopped: (problems: readonly string[]) =>
    `Dữ liệu đầu vào có lỗi nên công cụ dừng lại: không cập nhật các trang kết quả, không gửi thư. ${problems.join(' ')} Sửa xong, chạy lại “Cập nhật tổng hợp”.`,
  banner: (problems: readonly string[]) =>
    `⚠ SỐ LIỆU CHƯA ĐƯỢC CẬP NHẬT: lần chạy gần nhất dừng vì dữ liệu đầu vào có lỗi (${problems.join(' ')}). Trang này giữ số liệu của lần cập nhật trước; xem trang “Nhật ký lỗi”.`,
} as const;

/**
 * "Cấu hình" names another period than the forms were built for, in a file that holds registrations
 * (src/core/period-change.ts): Thiết lập leaves the forms and tabs as they are, every run stops on it.
 */
export const PERIOD_CHANGED = (from: string, to: string, responses: number, tab: string) =>
  `Trang “${TAB.config}” ghi giai đoạn ${to}, nhưng biểu mẫu đăng ký và trang “${tab}” là của giai đoạn ${from} và đã có ${responses} phiếu. ` +
  `(Sang năm học mới không cần sửa giai đoạn: biểu mẫu đã có một hàng cho từng năm, từng năm học của cả giai đoạn.) ` +
  `Công cụ không đổi năm trên biểu mẫu khi đã có phiếu (các phiếu đã gửi sẽ không còn đọc đúng), nên giữ nguyên biểu mẫu và các trang, và tạm dừng kiểm tra phiếu, tổng hợp, gửi thư cho đến khi giai đoạn ở trang “${TAB.config}” khớp với biểu mẫu. ` +
  `Nếu sửa nhầm: ghi lại “${configLabel('period.startYear')}”, “${configLabel('period.endYear')}” (và “${configLabel('period.name')}”) của giai đoạn ${from}, rồi chọn Thiết lập. ` +
  `Nếu muốn sang giai đoạn mới: ở bảng tính này cũng ghi lại giai đoạn ${from} (bảng tính này giữ làm hồ sơ của giai đoạn ${from}); chọn Tệp → Tạo bản sao; mở bản sao, chọn Thiết lập và làm theo hướng dẫn hiện ra (xóa các trang phiếu, kết quả, “${REVIEW_TAB}”, “${COUNCIL_TAB}”, thư của giai đoạn cũ; giữ trang ẩn “${LEDGER_TAB}”); sửa giai đoạn ${to}, các mốc thời gian, “${configLabel('plan.number')}” và “${configLabel('plan.date')}” (Kế hoạch giai đoạn ${to}; chưa có thì xóa hai ô này) ở trang “${TAB.config}” của bản sao, rồi chọn Thiết lập lần nữa: bản sao có biểu mẫu mới, gửi đường dẫn mới cho các trường.`;

/** Thiết lập's line of "Tình trạng" when it kept the forms' period (PERIOD_CHANGED). */
export const PERIOD_KEPT = (from: string) => `Biểu mẫu giữ nguyên giai đoạn ${from}: trang “${TAB.config}” ghi giai đoạn khác mà đã có phiếu.`;

/**
 * Thiết lập's note while "Đơn vị" lists schools but not the office itself: the form does not offer the office's own
 * role, whose staff would have no unit to choose (review r78f F2).
 */
export const OFFICE_ROW_MISSING =
  `Trang “${DIRECTORY_TAB}” chưa có dòng của chính cơ quan (cột “${DIRECTORY_HEADERS.level}” ghi “${OFFICE_LEVEL}”): biểu mẫu đăng ký chưa có lựa chọn “${ROLE_CHOICES.official}”, nên công chức, viên chức của cơ quan chưa đăng ký cá nhân được. Muốn họ đăng ký: thêm một dòng cho cơ quan (tên cơ quan, cấp học “${OFFICE_LEVEL}”, e-mail của cơ quan) rồi chọn lại Thiết lập.`;

export const PROTECTION_DESCRIPTION = 'Trang tự tạo — sửa tay sẽ bị ghi đè';

export const ALERT = {
  /** `ready`: false while "Cấu hình" is not ready to publish (CONFIG_NOT_READY opens the alert): the links are not to be sent yet. */
  setupDone: (formUrl: string, reportUrl: string, ready = true) =>
    `Đã thiết lập xong.\n\nBiểu mẫu đăng ký: ${formUrl}\nBiểu mẫu báo cáo: ${reportUrl}\n\n${ready ? 'Gửi các đường dẫn này cho các đơn vị.' : 'Gửi các đường dẫn này cho các đơn vị sau khi đã sửa trang “Cấu hình” và chạy lại Thiết lập.'}`,
  busy: 'Công cụ đang bận xử lý một việc khác. Vui lòng thử lại sau ít phút.',
} as const;

/** Step 5 of the guide before the forms exist (no school listed yet): where the links will come from. */
export const GUIDE_NO_LINK = '(có sau khi điền trang “Đơn vị” và chạy lại Thiết lập)';
/**
 * The "Hướng dẫn" tab, one paragraph a row. `office` is how the office names itself (officeWord: "Sở", "Ủy ban"…);
 * `parts`: the parts of the school's minimum (III.1) the office requires (minimumParts: only those are named, none when
 * neither is — review d67 #8); both when not given. `ready`: "Cấu hình" is fit to publish (setup.ts notReady).
 */
export const GUIDE_HEADER = ['Hướng dẫn sử dụng công cụ Điển hình tiên tiến'];
export const GUIDE_LINES = (registrationUrl: string, reportUrl: string, office: string, parts?: MinimumParts, ready = true): string[] => [
  `Công cụ giúp ${office} tiếp nhận, kiểm tra và tổng hợp đăng ký mô hình, điển hình tiên tiến theo Kế hoạch của cơ quan.`,
  // "Tên cũ" keeps a school renamed (a typo corrected too) the same school for its registrations, reports and e-mails (review r72g).
  `1. Điền danh sách các trường vào trang “${DIRECTORY_TAB}” (mã, tên, cấp học, xã/phường, cụm thi đua, hiệu trưởng, e-mail). Sửa tên một trường (kể cả sửa lỗi gõ) hay gộp hai trường sáp nhập: ghi tên trước đây vào cột “${DIRECTORY_HEADERS.former}” (nhiều tên cách nhau bằng dấu “;”) để phiếu, báo cáo và thư đã gửi theo tên đó vẫn là của trường.`,
  '2. Xem trang “Cấu hình”: loại cơ quan, tên cơ quan, cấp trên, người ký, giai đoạn và các mốc thời gian. Sửa ở cột “Giá trị”.',
  '3. Xem trang “Tiêu chí”: đổi cột “Bắt buộc” thành “Không” nếu Hội đồng chỉ dùng tiêu chí đó để tính điểm ưu tiên. Tiêu chí và số mục (cột “Mục kế hoạch”, “mục … của kế hoạch” ở biểu mẫu, thư) lấy theo Kế hoạch mẫu giai đoạn 2021-2025 mà công cụ dựa vào; giai đoạn sau công cụ dùng tiếp (trừ tiêu chí đã hết hiệu lực), nhưng số mục có thể khác Kế hoạch của cơ quan.',
  '4. Chọn menu Điển hình tiên tiến → Thiết lập sau mỗi lần sửa các trang trên, để cập nhật biểu mẫu. Sang giai đoạn mới khi đã có phiếu: đừng sửa năm của giai đoạn ở trang “Cấu hình”, mà chọn Tệp → Tạo bản sao rồi Thiết lập trong bản sao (bảng tính này giữ làm hồ sơ). Phiếu đăng ký lại ở năm học sau thay phiếu cũ.',
  // While Thiết lập's alert says not to send the links yet (CONFIG_NOT_READY), the step says so too (review r72g).
  ready
    ? `5. Gửi cho các trường đường dẫn biểu mẫu đăng ký: ${registrationUrl || GUIDE_NO_LINK}`
    : `5. Chưa gửi đường dẫn cho các trường: trang “Cấu hình” chưa xong (tên cơ quan còn là tên chung, hoặc còn mục cần sửa ghi ở trang “${TAB.log}”); sửa xong, chạy lại Thiết lập rồi gửi đường dẫn biểu mẫu đăng ký: ${registrationUrl || GUIDE_NO_LINK}`,
  `   và biểu mẫu báo cáo 6 tháng / năm: ${reportUrl || GUIDE_NO_LINK}`,
  // What a submission's run writes, and what waits for the rebuild (src/jobs/intake.ts; review r72g).
  `6. Mỗi phiếu gửi đến được kiểm tra ngay: kết quả ở trang “Kết quả kiểm tra”, “${REVIEW_TAB}”, người gửi nhận thư báo kết quả; mỗi lần gửi, sửa phiếu còn ở trang “${VERSIONS_TAB}”. Trang “${SUMMARY_TAB}” và trang của từng trường (nhiều trường hơn mục “${configLabel('perSchoolTabThreshold')}”: trang từng xã/phường hoặc cụm thi đua, tra một trường ở trang “${LOOKUP_TAB}”) cập nhật ở lần “${MENU.rebuild}” sau.`,
  `7. Hội đồng ghi quyết định ở trang “Thẩm định” (cột “Quyết định của Hội đồng”, “Nhận xét”, “Người thẩm định”); công cụ không ghi đè các cột này. Chọn “Yêu cầu bổ sung” và ghi vào “Nhận xét” cần bổ sung gì, hạn nào: trường nhận thư kèm nhận xét đó ở lần “${MENU.rebuild}” sau (chưa có nhận xét thì chưa gửi). Phiếu “Đề nghị khen”: chọn ở cột “${AWARD_LEVEL_HEADER}” (để trống là Giấy khen).`,
  `   Cột “Ghi chú” là của công cụ: ghi chú nội bộ ghi ở cột riêng cơ quan thêm (tên khác với “Ghi chú”); nội dung gõ vào ô này được giữ ở cuối ô, báo ở trang “${TAB.log}”. Quyết định ghi, sửa hay bỏ có thêm một dòng ở trang “${HISTORY_TAB}” khi công cụ thấy (lần cập nhật sau, hoặc khi trường gửi lại phiếu): sửa nhiều lần giữa hai lần chỉ ghi lần cuối; ai đã sửa ô thì xem lịch sử chỉnh sửa của ô.`,
  `8. Sau khi Hội đồng họp xét khen thưởng, điền trang “${COUNCIL_TAB}”: thời gian, địa điểm, ngày họp, chủ trì, thư ký, các thành viên và kết quả biểu quyết từng phiếu. Biên bản họp được lập từ trang này; chưa điền thì chưa tạo Biên bản và Quyết định. Đợt sau: ghi đè cuộc họp mới (ngày mới, chỉ biểu quyết của cuộc họp này); ai đã đề nghị ở đợt trước mà không được biểu quyết lại thì không đưa lại.`,
  `9. Chọn menu ${MENU.title} → ${PROPOSAL_MENU.preview} để kiểm tra, rồi → ${PROPOSAL_MENU.generate}: công cụ tạo Tờ trình, Danh sách đề nghị, Báo cáo thành tích, Biên bản họp và dự thảo Quyết định vào một thư mục mới trong thư mục “${PROPOSAL_TEMPLATE_FOLDER}” ở Google Drive; đường dẫn và những thông tin còn thiếu ghi ở trang “${PROPOSAL_TAB}”.`,
  '   Công cụ không tự đánh số trang được: làm một lần ở mỗi mẫu (Chèn → Số trang, không đánh số trang đầu), văn bản tạo từ mẫu sẽ giữ. Dòng tiêu đề bảng danh sách lặp lại ở mỗi trang, dòng bảng không bị tách qua hai trang: Thiết lập đã đặt trong các mẫu; mẫu đã thêm, bớt bảng thì tự đặt ở Thuộc tính bảng → Hàng (“Ghim hàng tiêu đề”, bỏ “Cho phép hàng tràn qua các trang”).',
  `10. Trang “Tổng hợp” có số liệu của tất cả các trường${parts && !parts.collective && !parts.individual ? ' và biểu đồ' : `, biểu đồ và danh sách các trường chưa đăng ký đủ ${minimumDuty(parts)}`}. Chọn menu ${APP_NAME} → ${MENU.rebuild} để làm mới ngay (công cụ cũng tự làm mới mỗi sáng).`,
  '11. Mọi thư công cụ gửi đều ghi ở trang “Hộp thư đi”; thư chưa gửi được do hết hạn mức gửi thư (số người nhận trong 24 giờ) sẽ tự gửi khi hạn mức được cấp lại — cột “Ghi chú” ghi khoảng mấy giờ, trang “Tình trạng” ghi số thư đang chờ.',
  `12. Trang “Tình trạng” cho biết tác vụ tự động chạy lần cuối lúc nào; lâu không chạy (mà giai đoạn chưa kết thúc) thì chạy lại Thiết lập bằng tài khoản đã cài đặt công cụ (người đó chuyển công tác: mục 14). Hết giai đoạn, đã sang bảng tính mới: chọn ${MENU.title} → ${MENU.endPeriod} (biểu mẫu ngừng nhận phiếu, công cụ thôi tự chạy; mở lại bằng Thiết lập).`,
  `13. ${RESTORE_STEPS}`,
  `14. ${handoverSteps()}`,
  // Erasing a person's data at her request (reviews r76p F2, d76 F2: the request recorded in "Nhận xét", not "Không đề
  // nghị" alone): src/gas/versions.ts eraseWithdrawn.
  `“Phiếu đăng ký”, “Phiếu báo cáo” là câu trả lời gốc: sắp xếp, lọc, chèn dòng thoải mái (mỗi phiếu giữ mã). Loại một phiếu (cả phiếu xin rút): ghi “${REVIEW_DECISIONS.reject}” ở “Thẩm định”, không xóa dòng. Người đăng ký đề nghị xóa dữ liệu cá nhân: ghi “${ERASURE_REQUESTED}” ở đầu “${REVIEW_HEADERS.comment}”, rồi xóa dòng ở “Phiếu đăng ký”: lần cập nhật sau, công cụ xóa các dòng của phiếu ở “${VERSIONS_TAB}”.`,
  // Google Forms' own words for the setting, as its Vietnamese interface writes them.
  'Ở trang “Thẩm định”, chỉ sắp xếp cả trang (Dữ liệu → Sắp xếp trang tính), không sắp xếp riêng một số cột: quyết định sẽ sang người khác. Trong Cài đặt của hai biểu mẫu, mục “Thu thập địa chỉ email” nên là “Đã xác minh”: khi đó chỉ người đăng nhập bằng địa chỉ của trường mới gửi được phiếu “đã xác minh”.',];
export const DIRECTORY_EMPTY =
  'Trang “Đơn vị” chưa có trường nào. Hãy xem và sửa trang “Cấu hình” (loại cơ quan, tên cơ quan, giai đoạn, các mốc thời gian: biểu mẫu và thư gửi trường ghi các giá trị này), điền danh sách các trường vào trang “Đơn vị”, rồi chạy lại Thiết lập để tạo biểu mẫu.';
/**
 * Thiết lập's first line when "Đơn vị" has rows below its header but none was read as a school (review d81b F3: rows of a
 * name alone, read as group headings, were told «chưa có trường nào … điền danh sách»). `rows`: how many.
 */
export const DIRECTORY_NONE_READ = (rows: number) =>
  `Trang “Đơn vị” có ${rows} dòng nhưng chưa dòng nào được đọc là một trường, nên Thiết lập chưa tạo biểu mẫu (xem từng dòng ở “Dữ liệu cần sửa” bên dưới). Mỗi trường cần có mã đơn vị và e-mail bên cạnh tên: dòng chỉ ghi tên đơn vị được coi là dòng tiêu đề nhóm. Hãy điền mã và e-mail của các trường, xem lại trang “Cấu hình” (tên cơ quan, giai đoạn, các mốc thời gian: biểu mẫu và thư gửi trường ghi các giá trị này), rồi chạy lại Thiết lập để tạo biểu mẫu.`;
/** Thiết lập's first line when "Đơn vị" cannot be read as a list (its header not at row 1, a column missing): `why`. */
export const DIRECTORY_UNREAD = (why: string) =>
  `Thiết lập chưa tạo biểu mẫu vì chưa đọc được danh sách ở trang “Đơn vị”. ${why} Sửa xong, chạy lại Thiết lập để tạo biểu mẫu.`;
/**
 * Thiết lập's first line when no column of "Cấu hình" names a setting (configErrorNoSettings): the forms, their
 * confirmations and the triggers are left as they were, never rewritten from values not read (review d81b F1).
 */
export const CONFIG_UNREAD_SETUP =
  'Thiết lập chưa cập nhật gì ở hai biểu mẫu (nội dung, lời xác nhận) và chưa đổi lịch chạy tự động: trang “Cấu hình” không đọc được mục cài đặt nào (xem “Dữ liệu cần sửa” bên dưới). Biểu mẫu các đơn vị đang dùng giữ nguyên như trước. Hãy khôi phục cột “Mục” của trang “Cấu hình” (hoàn tác bằng Ctrl+Z), rồi chạy lại Thiết lập.';
/**
 * First lines of Thiết lập's alert when "Cấu hình" is not ready to publish: the forms print the office's name, the
 * period and the registration deadline from it, and the schools receive them once the links are sent.
 */
export const CONFIG_NOT_READY = {
  problems: 'Chưa nên gửi đường dẫn cho các đơn vị: trang “Cấu hình” còn mục cần sửa (xem “Dữ liệu cần sửa” bên dưới). Biểu mẫu ghi tên cơ quan, giai đoạn và hạn đăng ký lấy từ trang này; sửa xong hãy chạy lại Thiết lập.',
  genericName: (name: string) =>
    `Chưa nên gửi đường dẫn cho các đơn vị: mục “Tên cơ quan” ở trang “Cấu hình” vẫn là tên chung “${name}”. Hãy ghi loại cơ quan, tên đầy đủ của cơ quan, giai đoạn và các mốc, rồi chạy lại Thiết lập: biểu mẫu ghi các thông tin này.`,
};
export const DATA_PROBLEMS = (errors: string[]) =>
  `Dữ liệu cần sửa:\n- ${errors.join('\n- ')}`;

/** The results columns the register of codes is rebuilt from, if it is ever deleted. */
export const RESULTS_KEY_HEADERS = { id: 'Mã phiếu', email: 'Email người gửi', at: 'Thời điểm gửi' } as const;
export const RESULTS_HEADER = [
  RESULTS_KEY_HEADERS.id,
  'Đơn vị',
  'Đối tượng',
  'Tên tập thể / cá nhân',
  'Lĩnh vực',
  'Loại mô hình',
  'Tên mô hình',
  'Kết luận',
  'Cần bổ sung hoặc chưa đạt',
  'Điểm ưu tiên',
  'Cách tính điểm',
  'Ghi chú',
  RESULTS_KEY_HEADERS.email,
  RESULTS_KEY_HEADERS.at,
];
export const RESULTS_NOTHING_TO_FIX = 'Không có';
/**
 * One count everywhere (Tình trạng, the console, Tổng hợp, the digest): the registrations in force; the ones a
 * school replaced by registering again are counted apart and named as such.
 */
export const RESULTS_SUMMARY = (total: number, dat: number, chuaDat: number, canBoSung: number, superseded = 0) =>
  `${total} phiếu: ${dat} đạt, ${chuaDat} chưa đạt, ${canBoSung} cần bổ sung${superseded ? `; ${supersededApart(superseded)}` : ''}`;
export const supersededApart = (n: number) => `không tính ${n} phiếu cũ đã được đăng ký lại (thay thế)`;

/** The confirmation e-mail a submitter receives for each registration (new or edited). */
export const CONFIRMATION = {
  /**
   * The verdict first, right after the tool's tag: a phone's inbox shows some 40 characters of a subject (review mobile
   * H1). "Đã nhận phiếu DK-…" stays in it, as the views and the guide name these e-mails.
   */
  subject: (id: string, verdict: string, name: string) => `[${APP_NAME}] ${verdict} — Đã nhận phiếu ${id} (${name})`,
  /** A registration first sent after its period's last year (review r75c F4): not a verdict, what it is. */
  /**
   * The council decided "Không đề nghị" before this confirmation was composed (an edit after the decision): the decision
   * first, as the body says it, not the automatic verdict it no longer acts on.
   */
  subjectNotProposed: (id: string, name: string) => `[${APP_NAME}] Hội đồng không đề nghị — Đã nhận phiếu ${id} (${name})`,
  subjectAfterPeriod: (id: string, name: string, period: string) => `[${APP_NAME}] Không được xét (giai đoạn ${period} đã kết thúc) — Đã nhận phiếu ${id} (${name})`,
  greeting: (submitter: string, school: string) => (submitter ? `Kính gửi: ${submitter} (${school})` : `Kính gửi: ${school}`),
  /** The school is named once, in the greeting. */
  received: (org: string, kind: string, name: string, when: string) =>
    `${org} đã nhận phiếu đăng ký ${kind.toLowerCase()} “${name}”${when ? ` lúc ${when}` : ''}.`,
  verdict: (verdict: string) => `Kết quả kiểm tra tự động: ${verdict}.`,
  /** A replaced registration's verdict: said, but as nothing anyone will review (review "proofread" #5). */
  verdictSuperseded: (verdict: string) => `Kết quả kiểm tra tự động (chỉ để tham khảo, phiếu này không được xét): ${verdict}.`,
  /** An edited response, after a confirmation of an earlier version was sent. */
  revised: (id: string) => `Thư này trả lời bản sửa mới nhất của phiếu ${id} và thay cho thư báo kết quả trước về phiếu này.`,
  /** When an edited registration was first sent (dd/MM/yyyy HH:mm:ss): what its lateness and school year are judged by. */
  firstSent: (when: string) => `Phiếu được gửi lần đầu lúc ${when}; thời hạn đăng ký tính theo lần gửi đầu này.`,
  /** First sent after the registration window closed (`deadline`: its last day, dd/MM/yyyy, when known): evaluated all the same. */
  late: (office: string, deadline: string | null = null) =>
    `Phiếu được gửi sau thời hạn đăng ký${deadline ? ` (hết ngày ${deadline})` : ''}: phiếu vẫn được kiểm tra và xét; ${councilOf(office)} cân nhắc khi thẩm định.`,
  toFixTitle: 'Những điểm cần bổ sung hoặc chưa đạt:',
  /** The same list in a replaced registration's e-mail: of this registration, which is not the one to edit (review diff24 #5). */
  toFixTitleSuperseded: (by: string) => `Những điểm cần bổ sung hoặc chưa đạt của phiếu này (chỉ để tham khảo: phiếu này không được xét; nếu phiếu ${by} cũng thiếu, sửa ở phiếu ${by}):`,
  /**
   * The list's title after the end of the period (the form takes no edit; PERIOD_END.registrationClosed closes the
   * e-mail): its items, shared with the office's tabs, may say "sửa phiếu"; the title says first that they tell what the
   * registration lacks and that any change goes through the office. `by`: the registration that replaces this one.
   */
  toFixTitleClosed: (office: string, by?: string) =>
    `Những điểm cần bổ sung hoặc chưa đạt${by ? ' của phiếu này (chỉ để tham khảo: phiếu này không được xét; ' : ' ('}các mục dưới đây cho biết phiếu còn thiếu gì; giai đoạn đã kết thúc nên đơn vị không sửa được phiếu nữa, cần sửa, bổ sung điều gì xin liên hệ ${office}):`,
  /**
   * Something to fix, sent before the window closes (`deadline`, dd/MM/yyyy): by when, and that an edit after it is
   * still checked and does not make the registration late (lateness is judged by when it was first sent).
   */
  fixBy: (deadline: string, office: string) =>
    `Hạn đăng ký: hết ngày ${deadline}. Nên sửa, bổ sung trước hạn để ${councilOf(office)} kịp thẩm định; phiếu sửa sau hạn vẫn được kiểm tra lại, thời hạn tính theo lần gửi đầu.`,
  /**
   * Something to fix, the registration sent within the window (`deadline`, dd/MM/yyyy) but this e-mail composed after it
   * closed (it waited for the office's daily mail quota): no date to fix by; an edit is still checked, and lateness is
   * judged by when it was first sent.
   */
  fixAfterClose: (deadline: string, office: string) =>
    `Hạn đăng ký đã hết (ngày ${deadline}) trước khi thư này được gửi. Phiếu đã được gửi trong hạn nên không bị tính là muộn; đơn vị vẫn sửa, bổ sung được và phiếu sửa được kiểm tra lại (thời hạn tính theo lần gửi đầu). Nên sửa, bổ sung càng sớm càng tốt để ${councilOf(office)} kịp thẩm định.`,
  /** Ratings declared for years that do not count yet and will fail a criterion when they do (pendingRatingBreaches). */
  pendingTitle:
    'Lưu ý: phiếu đã ghi kết quả xếp loại cho năm học (hoặc năm) chưa đến lúc được tính; kết quả ghi trước ngày đó không được tính. Nếu chưa có kết quả chính thức, hãy sửa phiếu và chọn “Chưa đánh giá”; nếu đó là kết quả chính thức, khi trường ghi lại kết quả này từ ngày năm đó được tính, phiếu sẽ chưa đạt:',
  /** pendingTitle after the end of the period (the form takes no edit): the office to contact. */
  pendingTitleClosed: (office: string) =>
    `Lưu ý: phiếu đã ghi kết quả xếp loại cho năm học (hoặc năm) chưa đến lúc được tính; kết quả ghi trước ngày đó không được tính. Nếu đó là kết quả chính thức và được ghi lại từ ngày năm đó được tính, phiếu sẽ chưa đạt; giai đoạn đã kết thúc nên việc ghi lại xin liên hệ ${office}:`,
  /** One item of pendingTitle: the criterion's sentence as of `from` (dd/MM/yyyy), the day it turns. */
  pendingItem: (message: string, from: string) => `${message.replace(/\.$/, '')}; kết quả của năm đó được tính từ ngày ${from}.`,
  /** Criteria the council uses only to rank Đạt registrations (not required). */
  priorityTitle: 'Tiêu chí ưu tiên (không bắt buộc, chỉ để tính điểm ưu tiên) có thể bổ sung thêm:',
  nothingToFix: (office: string) => `Phiếu đã đáp ứng đủ các tiêu chí bắt buộc. ${councilOf(office)} sẽ thẩm định.`,
  /**
   * Instead of what to fix, for a registration the council decided "Không đề nghị" (review r79s F2): the decision, as the
   * school's view says it, and whom to ask. `edited`: this confirmation answers an edit, which leaves the decision as it is.
   */
  notProposed: (office: string, edited: boolean) =>
    edited ? `${NOT_PROPOSED_DECIDED} Việc sửa phiếu không làm thay đổi quyết định này; nếu đơn vị sửa phiếu để Hội đồng xem xét lại, xin liên hệ ${office}.` : notProposedDecided(office),
  preheaderNotProposed: 'Hội đồng đã quyết định “Không đề nghị” phiếu này; đơn vị không cần bổ sung gì thêm.',
  /** Nothing to fix today, but a criterion is judged only from a later day (CN-10 before the interim review): see excellentNote. */
  nothingToFixYet: (office: string) =>
    `Phiếu đã đáp ứng các tiêu chí bắt buộc được xét đến nay; riêng một tiêu chí chưa đến lúc xét (xem lưu ý dưới đây). ${councilOf(office)} sẽ thẩm định.`,
  /** The sentence of pendingExcellentYear (src/core/validate.ts): what the calendar will do to the registration, and when. */
  excellentNote: (message: string) => `Lưu ý: ${message}`,
  /**
   * An award answer the Báo cáo thành tích would print that holds a web link (src/core/proposals.ts declaredAwards: not
   * printed): told when the school can still write it in words (review diff22 #6).
   */
  /**
   * An award answer the Báo cáo thành tích would print that gives a decision's number or date but names no award
   * (src/core/text.ts awardUnnamed; review read-outputs M3).
   */
  /**
   * `closedTo`: the period ended and the registration form takes no edit (PERIOD_END.registrationClosed closes the
   * e-mail): the office (its own word) to contact instead of "đơn vị sửa phiếu" (here and in the notes below).
   */
  awardUnnamedNote: (question: string, closedTo?: string) =>
    `Lưu ý: câu trả lời “${question}” mới ghi số, ngày quyết định, chưa ghi danh hiệu hoặc hình thức khen thưởng. Câu trả lời này được in vào báo cáo thành tích khi phiếu được đề nghị khen, nên cần ghi đủ danh hiệu, hình thức khen thưởng, cơ quan, số và ngày quyết định, ví dụ “Giấy khen của Chủ tịch UBND xã, Quyết định số 45/QĐ-UBND ngày 12/5/2024”; ${closedTo ? `muốn ghi lại, xin liên hệ ${closedTo}.` : 'đơn vị sửa phiếu để ghi lại.'}`,
  /**
   * An individual's name as the documents would print it, told when sent (review r73r F3): in capitals or lower case
   * (person-names.ts nameCaseWrong; `suggested` the usual writing, when it can be worked out), or with a form of address
   * before it (addressedAs: `words` "Cô", `rest` the name).
   */
  nameCaseNote: (question: string, typed: string, suggested: string | null, closedTo?: string) =>
    `Lưu ý: họ tên ở câu “${question}” được in đúng như đã gõ vào văn bản khen thưởng; hiện ghi “${typed}”, chưa viết hoa chữ cái đầu mỗi tiếng như họ tên người${suggested ? ` (thường viết “${suggested}”)` : ''}; ${closedTo ? `muốn ghi lại, xin liên hệ ${closedTo}.` : 'đơn vị sửa phiếu để ghi lại.'}`,
  nameAddressedNote: (question: string, words: string, rest: string, closedTo?: string) =>
    `Lưu ý: họ tên ở câu “${question}” được in đúng như đã gõ vào văn bản khen thưởng; hiện có “${words}” trước tên, văn bản chỉ ghi đủ họ và tên, không có cách xưng hô${rest.includes(' ') ? ` (“${rest}”)` : ''}; ${closedTo ? `muốn ghi lại, xin liên hệ ${closedTo}.` : 'đơn vị sửa phiếu để ghi lại.'}`,
  /** A name typed without its diacritics ("Nguyen Thi Hoa": person-names.ts nameUnaccented). */
  nameUnaccentedNote: (question: string, typed: string, closedTo?: string) =>
    `Lưu ý: họ tên ở câu “${question}” được in đúng như đã gõ vào văn bản khen thưởng; hiện ghi “${typed}”, chưa có dấu tiếng Việt. Văn bản cần họ tên có dấu, đúng như giấy tờ tùy thân; ${closedTo ? `muốn ghi lại, xin liên hệ ${closedTo}.` : 'đơn vị sửa phiếu để ghi lại.'}`,
  /** A position or a note typed after the name ("(TPT Đội)", ", GV Toán": person-names.ts besideName); `name` the name before it. */
  nameBesideNote: (question: string, words: string, name: string, closedTo?: string) =>
    `Lưu ý: họ tên ở câu “${question}” được in đúng như đã gõ vào văn bản khen thưởng; hiện có “${words}” sau tên, văn bản chỉ ghi họ và tên (“${name}”), không ghi chức vụ hay ghi chú; ${closedTo ? `muốn ghi lại, xin liên hệ ${closedTo}.` : 'đơn vị sửa phiếu để ghi lại.'}`,
  /** A summary of fewer words than the report needs (text.ts SUMMARY_MIN_WORDS), told when sent (review r73r F4). */
  summaryShortNote: (question: string, words: number, closedTo?: string) =>
    `Lưu ý: câu trả lời “${question}” chỉ có ${words} từ. Câu trả lời này được in nguyên văn vào phần thành tích của báo cáo thành tích khi phiếu được đề nghị khen, nên cần một, hai đoạn cụ thể: đã làm gì, làm thế nào, đạt kết quả gì (số liệu, danh hiệu, giải thưởng); ${closedTo ? `muốn ghi lại, xin liên hệ ${closedTo}.` : 'đơn vị sửa phiếu để ghi lại.'}`,
  awardLinkNote: (question: string, closedTo?: string) =>
    `Lưu ý: câu trả lời “${question}” có đường liên kết. Câu trả lời này được in vào báo cáo thành tích khi phiếu được đề nghị khen, nên cần ghi bằng lời (danh hiệu, hình thức khen thưởng, cơ quan, số và ngày quyết định), không dán đường liên kết; ${closedTo ? `muốn ghi lại, xin liên hệ ${closedTo}.` : 'đơn vị sửa phiếu để ghi lại.'}`,
  /**
   * An individual whose answers rate a year that counts "Không hoàn thành nhiệm vụ": checked "Đạt" (the plan writes no
   * rating rule for staff), but held out of the Tờ trình (src/core/proposals.ts heldBy, COUNCIL_NOTE.failedYear).
   * `years`: "2022-2023, 2023-2024", or "năm 2022" for the office's own staff (`schoolYears` false).
   */
  failedYearNote: (years: string, schoolYears: boolean, closedTo?: string) =>
    `Lưu ý: phiếu ghi xếp loại “Không hoàn thành nhiệm vụ” ở ${schoolYears ? 'năm học ' : ''}${years}. Kế hoạch yêu cầu điển hình tiên tiến là cá nhân tiêu biểu, xuất sắc trong công tác chuyên môn (mục II.2), nên Hội đồng Thi đua - Khen thưởng sẽ không đưa phiếu này vào tờ trình đề nghị khen. ${closedTo ? `Nếu phiếu ghi sai, xin liên hệ ${closedTo}.` : 'Nếu phiếu ghi sai, đơn vị sửa lại phiếu.'}`,
  /**
   * The registration is replaced, as it is confirmed, by `by` of the same subject (src/core/duplicates.ts: the school's
   * own registration beats one from an address it does not list; otherwise the later one): the office reviews `by`.
   * `closed` (here and in replaces): the period ended and the form takes no edit; PERIOD_END.registrationClosed follows
   * (review d62 F4).
   */
  superseded: (by: string, office: string, closed = false) =>
    `Phiếu này trùng đối tượng với phiếu ${by} đã đăng ký cho đơn vị; ${office} xét phiếu ${by}, không xét phiếu này.` +
    (closed ? '' : ` Nếu cần thay đổi nội dung đăng ký, đơn vị sửa phiếu ${by} bằng đường dẫn trong thư báo kết quả của phiếu ${by} (chưa có thư đó thì liên hệ ${office}).`),
  /**
   * The registration replaces `ids` of the same subject (sent before it, or from an address the school does not list):
   * only this one is reviewed (review "incremental" #2: an edit that gave a registration the subject of one the council
   * had decided on replaced it, the school told only "Đạt").
   */
  replaces: (ids: readonly string[], office: string, closed = false) =>
    `Phiếu này trùng đối tượng với ${ids.length > 1 ? 'các phiếu' : 'phiếu'} ${ids.join(', ')} đã đăng ký cho đơn vị và thay cho ${ids.length > 1 ? 'các phiếu' : 'phiếu'} đó: ${office} chỉ xét phiếu này. ${ids.length > 1 ? 'Nếu phiếu này và các phiếu đó không cùng một đối tượng (là những người, những tập thể khác nhau)' : 'Nếu hai phiếu là hai đối tượng khác nhau (hai người, hai tập thể)'}, ${closed ? `xin liên hệ ${office}.` : 'đơn vị sửa lại tên hoặc năm sinh cho đúng bằng đường dẫn sửa của phiếu này.'}`,
  /**
   * A replaced registration's own link, for the one case where editing it is right: it is not the same subject (a name
   * or birth year typed so that two people or teams read as one: review diff20 #3).
   */
  editSuperseded: (url: string, by: string, office: string) =>
    `Nếu phiếu này không cùng tập thể, cá nhân với phiếu ${by}: ghi nhầm tên, năm sinh hay chọn nhầm đơn vị thì sửa lại cho đúng tại: ${url} (phiếu được kiểm tra lại); còn nếu đúng là hai người, hai tập thể trùng tên, xin liên hệ ${office}.`,
  /**
   * The subject of a replaced registration's confirmation (an edit of it, or one replaced as it arrived): what it is,
   * not a verdict for a registration nobody considers (review "mailbox" #4).
   */
  subjectSuperseded: (id: string, by: string, name: string) => `[${APP_NAME}] Không được xét (trùng với phiếu ${by}) — Đã nhận phiếu ${id} (${name})`,
  /**
   * After an Đạt verdict. `closed`: the period ended (no daily run, no edit): the score as it stands, without the
   * recalculation each day nor the edit that would change it.
   */
  scoreLine: (score: number, office: string, closed = false) =>
    closed
      ? `Điểm ưu tiên tạm tính: ${score} (tính lúc nhận phiếu, chỉ để xếp thứ tự các phiếu Đạt).`
      : `Điểm ưu tiên tạm tính: ${score} (tính lúc nhận phiếu, chỉ để xếp thứ tự các phiếu Đạt; điểm được tính lại mỗi ngày, nên có thể thay đổi khi phiếu được sửa, khi thêm năm học được xếp loại hoặc khi ${office} đổi cách tính điểm).`,
  edit: (url: string) => `Để sửa hoặc bổ sung, mở lại phiếu tại: ${url} (không gửi phiếu mới cho cùng tập thể, cá nhân: phiếu mới sẽ thay phiếu này, hoặc bị tính thành hai phiếu của cùng một người).`,
  /** The edit link's words in the HTML part, where the link stands instead of its address (review mobile M1). */
  editLabel: (id: string) => `đường dẫn sửa phiếu ${id}`,
  /**
   * What the inbox shows under the subject (which says the verdict): how many points are open and, before the window
   * closes, by when to fix them (review mobile H1).
   */
  preheader: (open: number, fixBy: string | null, lateAfter: string | null = null) => {
    const points = open === 0 ? 'Không có điểm nào cần bổ sung hoặc chưa đạt' : `${open} điểm cần bổ sung hoặc chưa đạt${fixBy ? `; hạn đăng ký: hết ngày ${fixBy}` : ''}`;
    // Sent after the window (its last day `lateAfter`): said first, as the body says it (review fix-notices, left).
    return lateAfter ? `Gửi sau hạn đăng ký (hết ngày ${lateAfter}); ${points.charAt(0).toLocaleLowerCase('vi')}${points.slice(1)}.` : `${points}.`;
  },
  preheaderSuperseded: (by: string) => `Phiếu này không được xét; phiếu ${by} được xét thay.`,
  editNoLink: 'Thư này chưa kèm được đường dẫn sửa phiếu. Để sửa hoặc bổ sung, đơn vị gửi lại phiếu cho cùng tập thể, cá nhân (phiếu mới thay thế phiếu này), hoặc liên hệ cơ quan để được gửi đường dẫn sửa phiếu.',
  /**
   * `email`: the address the registration was first sent from; `edited`: this version was sent from another one (an
   * edit through the link), which does not change that (review d82b F2).
   */
  unverified: (email: string, office: string, edited = false) =>
    edited
      ? `Lưu ý: phiếu này được gửi lần đầu từ địa chỉ ${email}. Địa chỉ này chưa có trong danh sách e-mail của đơn vị tại ${office}, nên phiếu được ghi nhận ở trạng thái “chưa xác minh”; sửa phiếu từ một địa chỉ khác không thay đổi trạng thái này. Nếu ${email} là địa chỉ của đơn vị, đề nghị báo ${office} cập nhật.`
      : `Lưu ý: địa chỉ ${email} chưa có trong danh sách e-mail của đơn vị tại ${office}, nên phiếu được ghi nhận ở trạng thái “chưa xác minh”. Nếu đây là địa chỉ của đơn vị, đề nghị báo ${office} cập nhật.`,
  /**
   * Sent from an address "Đơn vị" lists for other schools (`senders`) than the one chosen (`chosen`): most likely the
   * wrong school picked in the list (review r73r F8). Not "báo cơ quan cập nhật": adding the address to the chosen school
   * would send that school's mail to the sender's.
   */
  otherSchoolAddress: (email: string, senders: readonly string[], chosen: string, question: string, edited = false) =>
    `Lưu ý: ${edited ? `phiếu này được gửi lần đầu từ địa chỉ ${email}, là` : `địa chỉ ${email} là`} địa chỉ của ${senders.length > 1 ? `${senders.slice(0, -1).join(', ')} và ${senders[senders.length - 1]}` : senders[0]} trong danh sách đơn vị, nhưng phiếu chọn “${question}” là ${chosen}, nên phiếu được tính cho ${chosen} ở trạng thái “chưa xác minh”. Nếu chọn nhầm, hãy mở lại phiếu theo đường dẫn ở trên và chọn lại đơn vị; nếu đúng là phiếu của ${chosen}, không cần làm gì thêm.`,
  /** A confirmation from an address the school does not list, copied to the school's own addresses. */
  copiedToSchool: (addresses: string, office: string) =>
    `Thư này được gửi đồng thời tới địa chỉ của đơn vị (${addresses}) để đơn vị biết phiếu đã được gửi nhân danh đơn vị. Nếu đơn vị không biết phiếu này, đề nghị báo ngay cho ${office}.`,
  /**
   * A registration of the school's (verified) edited from an address the school does not list (`editor`: the teacher's
   * own account, the office, a neighbouring school), copied to the school's own addresses: told who edited it, not
   * alarmed (review d82b F1, r82i F5). `closed`: no edit link in the mail (the form closed, or the link not found).
   */
  editedForSchool: (addresses: string, editor: string, office: string, closed: boolean) =>
    `Thư này được gửi đồng thời tới địa chỉ của đơn vị (${addresses}) để đơn vị biết phiếu vừa được sửa từ địa chỉ ${editor}, không phải địa chỉ của đơn vị trong danh sách tại ${office}. Phiếu vẫn là phiếu của đơn vị. Nếu đơn vị không biết việc sửa này, đề nghị ${closed ? `liên hệ ${office} để kiểm tra lại nội dung phiếu` : 'mở lại phiếu theo đường dẫn ở trên để kiểm tra nội dung'}.`,
  footer: (org: string, contact?: string) => schoolMailFooter(org, contact),
  unknownName: '(chưa ghi tên)',
  unknownKind: 'Phiếu',
} as const;

/** The "Hộp thư đi" tab: every e-mail the tool sends, with its status. */
export const OUTBOX_HEADER = ['Mã thư', 'Loại thư', 'Liên quan', 'Người nhận', 'Tiêu đề', 'Trạng thái', 'Tạo lúc', 'Gửi lúc', 'Số lần thử', 'Ghi chú', 'Thử lại từ', 'Có thể đã đến'];
/** The value of "Có thể đã đến" for an e-mail a stopped run may have sent (core/outbox.ts OutboxEntry.maybeSent). */
export const OUTBOX_MAYBE_SENT = 'Có';
/**
 * The value of "Thử lại từ" for an e-mail an earlier version gave up after its fewer tries (core/outbox.ts
 * OutboxEntry.givenUpEarlier): the tool does not send it again.
 */
export const OUTBOX_NO_RETRY = 'Không gửi lại';
export const OUTBOX_KIND = {
  confirmation: 'Thư báo kết quả kiểm tra',
  supplementRequest: 'Thư yêu cầu bổ sung',
  digest: 'Thư tổng hợp hằng tuần',
  reminder: 'Thư nhắc hạn',
  notice: 'Thư báo thay đổi',
  reportReceipt: 'Thư báo đã nhận kế hoạch, báo cáo',
} as const;
/**
 * The code a confirmation's subject says replaced its registration (CONFIRMATION.subjectSuperseded), or null: what the
 * school was told, read back from the outbox (src/core/notices.ts toldFrom).
 */
export function supersededByInSubject(subject: string): string | null {
  let by: string;
  if (subject.startsWith(SUPERSEDED_SUBJECT.head)) {
    // The code comes before the registration's name, which is the form's text: read up to the first close.
    const end = subject.indexOf(SUPERSEDED_SUBJECT.close, SUPERSEDED_SUBJECT.head.length);
    if (end < 0) return null;
    by = subject.slice(SUPERSEDED_SUBJECT.head.length, end);
  } else {
    // A subject written before the verdict came first ("[…] Đã nhận phiếu DK-… (name): …", ending with the code).
    if (!subject.startsWith(LEGACY_SUBJECT_HEAD)) return null;
    const i = subject.lastIndexOf(SUPERSEDED_MARK_BEFORE);
    if (i < 0) return null;
    by = subject.slice(i + SUPERSEDED_MARK_BEFORE.length);
  }
  by = by.trim();
  // A code, or nothing: a name (the form's text) holding the words is no code (review diff43 L8).
  return /^DK-\d+$/.test(by) ? by : null;
}
/** subjectSuperseded around the code that replaced the registration: what comes before it, and what closes it. */
const SUPERSEDED_SUBJECT = (() => {
  const s = CONFIRMATION.subjectSuperseded('\u0000', '\u0001', '\u0002');
  const at = s.indexOf('\u0001');
  return { head: s.slice(0, at), close: s.slice(at + 1, s.indexOf('\u0000')).slice(0, 1) };
})();
/** The words of the subject earlier versions wrote, "… (name): không được xét, trùng với phiếu DK-…", before the code. */
const SUPERSEDED_MARK_BEFORE = ': không được xét, trùng với phiếu ';
const LEGACY_SUBJECT_HEAD = `[${APP_NAME}] Đã nhận phiếu `;
export const OUTBOX_STATUS = {
  pending: 'Chờ gửi',
  sent: 'Đã gửi',
  failed: 'Lỗi',
  skipped: 'Bỏ qua',
} as const;
export const OUTBOX_NOTE = {
  /**
   * Waiting for the account's daily quota (recipients in 24 h from the window's first e-mail: 100 on a consumer
   * account): when it comes back (`when`: "HH:mm ngày dd/MM"), a run of the tool sends it. Starts with `quotaStart`.
   */
  quota: (when: string) => `Hết hạn mức gửi thư của tài khoản (số người nhận trong 24 giờ); công cụ tự gửi khi hạn mức được cấp lại, khoảng ${when}.`,
  /** How every quota note begins (also the note of earlier versions: "Hết hạn mức gửi thư hôm nay; …"). */
  quotaStart: 'Hết hạn mức gửi thư',
  superseded: 'Phiếu đã được sửa; thư cho bản mới hơn sẽ được gửi thay.',
  /** Left when a run's time ran short (a run lasts 6 minutes at most): sent by the next run of the tool. */
  nextRun: 'Chưa đến lượt: lần chạy trước đã hết thời gian (mỗi lần chạy tối đa 6 phút); công cụ gửi tiếp ở các lần chạy tự động sau.',
  /** A "Yêu cầu bổ sung" not yet sent whose comment the council changed since: the newer one goes instead. */
  requestReplaced: 'Hội đồng đã sửa nhận xét trước khi thư này được gửi; thư theo nhận xét mới được gửi thay.',
  noAddress: 'Phiếu không có địa chỉ e-mail người gửi.',
  /** Queued with recipients, composed without any (an address changed in "Đơn vị", or found shared with another school). */
  noRecipientNow: 'Đến lúc gửi thì thư không còn địa chỉ nhận nào (e-mail ở trang “Đơn vị” đã đổi, hoặc là e-mail chung của nhiều trường): không gửi.',
  /**
   * Given up after `attempts` tries (core/outbox.ts retryAt: about a day, or longer when no run came at the retry time,
   * so no span is claimed: review d81c F3). Google's last words quoted, never read: a refusal may be an outage as well
   * as an address, so the address is not blamed.
   */
  gaveUp: (attempts: number, message: string) =>
    `Đã thử ${attempts} lần mà chưa gửi được; lần cuối Google báo: ${googleSaid(message)}. Công cụ không tự gửi lại nữa: hãy xem lại địa chỉ người nhận và liên hệ trực tiếp (gọi điện hoặc tự gửi thư) để báo nội dung này.`,
  /**
   * A refusal of the mail service that is not the quota (Google's words quoted, never read): retried by the first run
   * that sends mail from `when` ("HH:mm ngày dd/MM", core/outbox.ts retryAt), up to `attempts` tries spread over about a
   * day; said so, or the office might send it by hand as well.
   */
  error: (message: string, when: string, attempt: number, attempts: number) =>
    `Lỗi khi gửi: ${googleSaid(message)} (lần thử ${attempt}/${attempts}). Công cụ sẽ tự gửi lại ở lần chạy tự động đầu tiên từ ${when} (các lần thử được giãn ra trong khoảng một ngày, vì lỗi thường chỉ do dịch vụ thư của Google tạm gián đoạn); cơ quan không cần làm gì và không cần tự gửi thư này.`,
  composeError: (message: string, when: string) => `Lỗi khi soạn thư: ${message}. Công cụ sẽ tự thử lại ở lần chạy tự động đầu tiên từ ${when}.`,
  interrupted: 'Lần chạy trước bị dừng đúng lúc gửi thư này, không rõ thư đã đi chưa; công cụ gửi lại một lần (người nhận có thể nhận hai lần).',
  /** After the note of an entry retired (not sent) that a stopped run may have sent all the same (core/outbox.ts retire). */
  notResent: 'Lưu ý: một lần chạy trước bị dừng đúng lúc gửi thư này nên thư có thể đã đến người nhận; công cụ không gửi lại.',
  maybeTwice: 'Đã gửi lại sau một lần chạy bị dừng giữa chừng; người nhận có thể đã nhận thư này hai lần.',
  /**
   * One part of an e-mail with more recipients than one message may hold (`max`, MailApp's limit): each part is a row of
   * its own, sent once, to its share of the recipients.
   */
  part: (n: number, of: number, max: number) =>
    `Phần ${n}/${of}: thư có hơn ${max} người nhận (mỗi thư chỉ gửi được tối đa ${max} người) nên được gửi thành ${of} thư, mỗi thư một nhóm người nhận.`,
  noticeStale: 'Không gửi nữa: phiếu đã được sửa (trường đã nhận thư báo mới) hoặc tin đã cũ.',
  /**
   * A notice waiting (the quota) whose school is no longer listed in "Đơn vị" (its row deleted): closed, and waiting again
   * if the same school is listed again while the notice is kept (src/core/notices.ts waitingNotices: review r70f F2).
   */
  noticeSchoolGone: 'Chưa gửi: đơn vị nhận thư này không còn trong trang “Đơn vị”. Nếu đơn vị được nhập lại trong lúc tin còn được giữ, công cụ sẽ gửi thư này.',
} as const;
/** The outbox view and the hidden record. */
export const OUTBOX_PROTECTION = 'Công cụ ghi trang này; sửa hoặc xóa ở đây không thay đổi việc gửi thư.';
export const MAIL_RECORD_PROTECTION = 'Sổ ghi mọi thư công cụ đã gửi, để không gửi trùng. Đừng sửa hay xóa trang này.';
export const MAIL_RECORD_LOST = (held: number, expected: number, sent?: { held: number; expected: number }) =>
  `Không gửi thư: sổ thư (trang ẩn “Sổ thư (hệ thống)” và trang “Hộp thư đi”) ${recordShort(held, expected, sent)}, nên công cụ không biết thư nào đã gửi. Hãy ${fromOldVersion('trang đó')}; công cụ sẽ gửi tiếp ở lần chạy sau. Nếu cả bảng tính đã được khôi phục về một phiên bản cũ (sổ thư không lấy lại được nữa), hãy chọn menu ${APP_NAME} → ${MENU.setup} và trả lời “Có” khi được hỏi.`;
export const RECORDS_PROTECTION = 'Sổ ghi mọi trang theo dõi và văn bản đề nghị khen thưởng công cụ đã tạo, để không tạo trùng. Đừng sửa hay xóa trang này.';
/**
 * What the tab of records lost (src/gas/records.ts): it holds fewer rows than were written (`held` of `expected`), or
 * (`stale`) it is an older copy than the one last written (the whole file restored to a version before the tab was last
 * rewritten), whatever its rows.
 */
export interface RecordsLoss {
  held: number;
  expected: number;
  stale?: boolean;
}
const recordsLossText = (l: RecordsLoss) =>
  l.stale
    ? `sổ hồ sơ (trang ẩn “${TAB.records}”) là một bản cũ hơn bản công cụ ghi lần cuối (cả bảng tính đã được khôi phục về một phiên bản trước)`
    : `sổ hồ sơ (trang ẩn “${TAB.records}”) chỉ còn ${l.held} trong số ${l.expected} dòng đã ghi`;
/** The record of views and documents lost rows, or is an older copy (RecordsLoss). */
export const RECORDS_LOST = {
  log: (l: RecordsLoss) =>
    `Không tạo trang theo dõi hay văn bản đề nghị khen thưởng nào: ${recordsLossText(l)}, nên công cụ không biết đã tạo những gì (tạo tiếp sẽ tạo trùng). ` +
    (l.stale ? '' : 'Nếu vừa xóa nhầm các dòng đó, chọn Chỉnh sửa → Hoàn tác (Ctrl+Z); ') +
    `${l.stale ? 'Nếu' : 'nếu'} cả bảng tính vừa được khôi phục về một phiên bản cũ, có thể khôi phục lại phiên bản mới nhất ở Tệp → Nhật ký phiên bản. ` +
    `Nếu không lấy lại được, hãy chọn menu ${APP_NAME} → ${MENU.setup} và trả lời “Có” khi được hỏi. Sau đó trang theo dõi được cập nhật ở lần “${MENU.rebuild}” tới; văn bản đề nghị khen thưởng được tạo tiếp khi chọn lại mục “${PROPOSAL_MENU.generate}”.`,
  status: 'Tạm dừng: sổ hồ sơ bị mất dòng hoặc là bản cũ (xem “Nhật ký lỗi”).',
  question: (l: RecordsLoss) =>
    `Công cụ đang ngừng tạo trang theo dõi và văn bản đề nghị khen thưởng: ${recordsLossText(l)}${l.stale ? '' : ' (cả bảng tính đã được khôi phục về một phiên bản cũ, hoặc các dòng của trang đó đã bị xóa)'}.\n\nChọn “Có” để làm tiếp theo sổ hiện tại: trang theo dõi của trường nào sổ không còn ghi sẽ được tìm lại theo tên trong thư mục trang theo dõi (không có thì tạo mới); văn bản đề nghị khen thưởng sổ không còn ghi sẽ được tạo lại ở lần tạo tới (bản cũ vẫn còn trong Google Drive).\nChọn “Không” nếu còn lấy lại được sổ từ bản sao của một phiên bản cũ (trang “${TAB.guide}”, mục “${RESTORE_TITLE}”); công cụ vẫn ngừng tạo cho đến khi đó.`,
  resumed: (l: RecordsLoss) =>
    l.stale ? `Đã làm tiếp theo sổ hồ sơ hiện tại (${l.held} dòng, bản cũ).` : `Đã làm tiếp theo sổ hồ sơ hiện tại (${l.held} dòng); ${l.expected - l.held} dòng không còn trong sổ.`,
  kept: `Công cụ vẫn ngừng tạo trang theo dõi và văn bản đề nghị khen thưởng cho đến khi sổ hồ sơ được khôi phục (xem trang “${TAB.log}”).`,
} as const;
/**
 * Registrations the form holds that the response tab lost, with their codes (the whole file restored to an earlier
 * version: src/gas/ledger.ts missingResponses). `from`/`to`: when the first and last were sent; `senders`: their
 * addresses.
 */
export const RESPONSES_MISSING = (n: number, from: string, to: string, senders: readonly string[]) =>
  `${n} phiếu đăng ký gửi qua biểu mẫu từ ${from} đến ${to} không còn trong trang “${TAB.registrations}”: biểu mẫu vẫn giữ các phiếu này nhưng trang câu trả lời thì không — thường vì cả bảng tính đã được khôi phục về một phiên bản cũ, hoặc các dòng đó đã bị xóa. ` +
  `Các phiếu này không được kiểm tra, không có trong các trang tổng hợp và Hội đồng không thấy chúng. Người gửi: ${senders.slice(0, 10).join(', ')}${senders.length > 10 ? ', …' : ''}. ` +
  `Nếu việc khôi phục hay xóa là nhầm, hãy khôi phục lại phiên bản mới nhất của bảng tính (Tệp → Nhật ký phiên bản) rồi chọn ${APP_NAME} → ${MENU.rebuild}. Nếu không, đề nghị các đơn vị có e-mail trên gửi lại phiếu (phiếu gửi lại được cấp mã mới). Công cụ ghi việc này vào đây một lần và nêu trong trang “${TAB.health}” trong một tuần.`;
/** The nightly upkeep of the tab of records failed (src/gas/records.ts tidyRecords): tried again the next night. */
export const RECORDS_TIDY_FAILED = (error: string) =>
  `Chưa sắp xếp lại được sổ hồ sơ (trang ẩn “${TAB.records}”): ${error}. Công cụ vẫn chạy bình thường và sẽ thử lại ở lần “${MENU.rebuild}” sau; nếu dòng này lặp lại nhiều ngày, hãy báo người phụ trách kỹ thuật.`;
/** The line of a run in "Tình trạng" while no e-mail goes (MAIL_RECORD_LOST): not only the log says so (review "restore" #6). */
export const MAIL_STOPPED = `Không gửi thư nào: sổ thư bị mất dòng hoặc là bản cũ (xem “${TAB.log}”; chọn ${APP_NAME} → ${MENU.setup} để làm tiếp).`;
/** "Thiết lập" offers to go on from a record of e-mails shorter than the count kept (the whole file restored). */
/**
 * What is wrong with the record of e-mails: rows lost (`held` of `expected`), or every row there but fewer sent
 * (`sent`: an older copy, the file restored to a version in which some still waited: review restore #1).
 */
const recordShort = (held: number, expected: number, sent?: { held: number; expected: number }) =>
  sent
    ? `ghi ${sent.held} thư đã gửi, trong khi công cụ đã gửi ${sent.expected} thư: sổ là bản cũ, có thư sổ còn ghi là chưa gửi (“Chờ gửi” hoặc “Lỗi”) mà thật ra đã gửi`
    : `chỉ còn ${held} trong số ${expected} thư đã ghi`;

export const MAIL_RECORD_RESUME = {
  question: (held: number, expected: number, resend: number, sent?: { held: number; expected: number }) =>
    `Công cụ đang ngừng gửi thư: sổ thư ${recordShort(held, expected, sent)} (${sent ? 'cả bảng tính hoặc trang ẩn “Sổ thư (hệ thống)” đã được khôi phục về một phiên bản cũ' : 'cả bảng tính đã được khôi phục về một phiên bản cũ, hoặc các dòng của trang ẩn “Sổ thư (hệ thống)” đã bị xóa'}).\n\nChọn “Có” để gửi thư tiếp theo sổ thư hiện tại: ở lần chạy tới, công cụ sẽ gửi ${sent ? `lại những thư sổ còn ghi là chưa gửi (trong đó có đến ${sent.expected - sent.held} thư thật ra đã gửi: người nhận sẽ nhận lại), ` : ''}${resend} thư báo đã nhận phiếu mà sổ không còn ghi là đã gửi (có thể có người nhận lại thư đã nhận), cùng các thư khác đến hạn: thư yêu cầu bổ sung, thư nhắc hạn, thư báo thay đổi đã gửi sau phiên bản được khôi phục cũng có thể được gửi lại một lần.\nChọn “Không” nếu còn lấy lại được trang “Sổ thư (hệ thống)” từ bản sao của một phiên bản cũ (trang “${TAB.guide}”, mục “${RESTORE_TITLE}”); công cụ vẫn ngừng gửi thư cho đến khi đó.`,
  resumed: (held: number, expected: number, sent?: { held: number; expected: number }) =>
    sent
      ? `Đã gửi thư tiếp theo sổ thư hiện tại (${held} thư); ${sent.expected - sent.held} thư sổ không còn ghi là đã gửi có thể được gửi lại một lần.`
      : `Đã gửi thư tiếp theo sổ thư hiện tại (${held} thư); ${expected - held} thư không còn trong sổ có thể được gửi lại một lần.`,
  kept: 'Công cụ vẫn ngừng gửi thư cho đến khi sổ thư được khôi phục (xem trang “Nhật ký lỗi”).',
  /**
   * The line in "Tình trạng" of a job whose last run sent nothing for that reason (reminders, digest), once the person
   * answered "Có": `at` dd/MM/yyyy HH:mm.
   */
  line: (at: string) => `Lần chạy này không gửi thư nào (sổ thư bị mất dòng hoặc là bản cũ). Đã gửi thư tiếp từ ${at} (Thiết lập → “Có”): các lần chạy sau gửi thư như thường, kể cả những thư còn đến hạn.`,
} as const;
/** Something the office relied on was really gone (Drive confirmed it) and was made again. */
export const RECREATED = {
  form: (title: string) =>
    `Biểu mẫu “${title}” không còn trong Google Drive của tài khoản này (đã bị xóa vĩnh viễn, hoặc không còn được chia sẻ với tài khoản), nên công cụ đã tạo biểu mẫu mới: hãy gửi lại đường dẫn mới cho các đơn vị.`,
  /** A form found in Drive's trash at Thiết lập, put back (src/gas/response-sheets.ts openOrCreateForm). */
  formUntrashed: (title: string) =>
    `Biểu mẫu “${title}” đang nằm trong thùng rác của Google Drive nên các đơn vị không gửi được phiếu; công cụ đã khôi phục biểu mẫu: đường dẫn cũ dùng lại được, không cần báo lại các đơn vị. Nếu thật sự muốn thay bằng biểu mẫu mới, hãy chuyển biểu mẫu này vào thùng rác rồi xóa vĩnh viễn khỏi thùng rác, sau đó chọn lại ${MENU.setup}.`,
  template: (name: string) =>
    `Mẫu văn bản “${name}” không còn trong Google Drive (đã bị xóa hoặc chuyển vào thùng rác), nên công cụ đã tạo lại mẫu mặc định; nếu mẫu cũ đã được sửa, hãy khôi phục nó từ thùng rác và sửa lại mẫu mới.`,
} as const;
/** How a person sets, in Google Docs, what the tool sets in its templates' tables (src/gas/docs.ts keepTableRows). */
const TABLE_ROWS_BY_HAND =
  'trong Google Tài liệu, chọn dòng tiêu đề mỗi bảng danh sách → Thuộc tính bảng → Hàng → tích “Ghim hàng tiêu đề”; chọn cả bảng danh sách và bảng chữ ký → bỏ tích “Cho phép hàng tràn qua các trang”';

/** A template whose table rows the tool did not set at Thiết lập (review diff36 L1). */
export const TEMPLATE_ROWS_NOT_SET = {
  reshaped: (name: string) =>
    `Mẫu văn bản “${name}” có các bảng khác mẫu của công cụ nên công cụ không tự đặt cách in bảng (dòng tiêu đề lặp lại ở mỗi trang, dòng bảng không bị tách qua hai trang): hãy tự đặt ${TABLE_ROWS_BY_HAND}.`,
  failed: (name: string) =>
    `Chưa đặt được cách in bảng của mẫu văn bản “${name}” (dòng tiêu đề lặp lại ở mỗi trang, dòng bảng không bị tách qua hai trang): Thiết lập sẽ thử lại ở lần chạy sau; cần ngay thì tự đặt ${TABLE_ROWS_BY_HAND}.`,
} as const;

export const REVIEW_ERROR_NOT_WRITTEN = (error: string) =>
  `Chưa cập nhật trang “Thẩm định” để không ghi đè quyết định của Hội đồng: ${error}`;
/** Rows of "Thẩm định" with a decision recorded were deleted: added again, waiting for the council to decide again. */
export const REVIEW_DECISIONS_LOST = (codes: readonly string[]) =>
  `Trang “Thẩm định” không còn dòng của ${codes.length} phiếu đã có quyết định của Hội đồng (${codes.slice(0, 10).join(', ')}${codes.length > 10 ? ', …' : ''}): công cụ đã thêm lại các dòng này ở cuối trang với “Chờ thẩm định”. Hội đồng cần ghi lại quyết định; quyết định cũ xem ở Tệp → Nhật ký phiên bản.`;
/** A school or group tab a person renamed, left as it is (src/jobs/summaries.ts renamedByHand). */
export const generatedTabRenamed = (from: string, to: string) =>
  `Trang “${from}” là trang tự tạo “${to}” đã được đổi tên: công cụ để nguyên trang này, không cập nhật nữa (số liệu của nó dừng ở lần cập nhật trước), và tạo lại trang “${to}” với số liệu mới. Nếu không cần giữ trang “${from}”, có thể xóa trang đó.`;
/** Recorded decisions of "Thẩm định" back to "Chờ thẩm định", council cells blank, several in one run (review.ts decisionsReset). */
export const REVIEW_DECISIONS_RESET = (codes: readonly string[]) =>
  `Trang “Thẩm định”: ${codes.length} phiếu đã có quyết định của Hội đồng (${codes.slice(0, 10).join(', ')}${codes.length > 10 ? ', …' : ''}) nay cùng trở về “Chờ thẩm định”, nhận xét cũng trống, như khi trang được thay bằng một bản cũ. Công cụ coi như Hội đồng đã rút các quyết định này: không gửi thư, không lập hồ sơ theo các quyết định cũ. Nếu Hội đồng không rút các quyết định này, hãy ghi lại (quyết định cũ xem ở Tệp → Nhật ký phiên bản).`;
/**
 * The register of codes holds fewer council decisions than when it was last written, and no run saw them withdrawn:
 * the whole file restored to an earlier version ("Thẩm định", the register and "Lịch sử thẩm định" went back together:
 * review restore #2).
 */
export const REVIEW_DECISIONS_GONE_BACK = (gone: number, kept: number) =>
  `Sổ mã phiếu (trang ẩn) nay ghi thiếu ${gone} quyết định của Hội đồng so với lần cập nhật trước (trước đó ghi ${kept} phiếu có quyết định), mà không lần chạy nào thấy Hội đồng rút các quyết định này: có thể cả bảng tính đã được khôi phục về một phiên bản cũ, và các quyết định Hội đồng ghi sau phiên bản đó đã mất cùng với lịch sử của chúng. Công cụ làm theo trang “Thẩm định” như hiện nay. Nếu cần, mở Tệp → Nhật ký phiên bản, xem phiên bản mới hơn (không khôi phục cả phiên bản) và ghi lại các quyết định vào trang “Thẩm định”.`;
/** Decisions of "Thẩm định" that changed places with one another since the register recorded them (review.ts movedDecisions). */
export const REVIEW_DECISIONS_MOVED = (codes: readonly string[]) =>
  `Trang “Thẩm định”: quyết định của ${codes.length} phiếu (${codes.slice(0, 10).join(', ')}${codes.length > 10 ? ', …' : ''}) đã đổi chỗ cho nhau kể từ lần cập nhật trước, như khi chỉ một số cột được sắp xếp: quyết định có thể đã sang người khác. Công cụ tạm giữ các quyết định này (chưa gửi thư, chưa lập hồ sơ); xem cột “Ghi chú” của các dòng đó.`;
/** "Kết quả kiểm tra", then "Thẩm định", kept being sorted or reshaped while a rebuild tried to write it (the next one writes it). */
export const RESULTS_BUSY =
  'Chưa cập nhật xong trang “Kết quả kiểm tra”: trong lúc công cụ ghi, trang liên tục được sắp xếp lại hoặc thêm, bớt dòng, cột. Các cột cơ quan tự thêm không bị ghi đè; kết quả sẽ được cập nhật ở lần “Cập nhật tổng hợp” sau.';
/**
 * "Kết quả kiểm tra" not written, since no row of it could be told by its code and written whole it would erase what the
 * office typed there (review d83a F1): logged once while it lasts, named in "Tình trạng" at every run.
 */
export const RESULTS_NOT_WRITTEN = (() => {
  const held = `Chưa cập nhật trang “${TAB.results}” (phiếu mới và kết quả kiểm tra mới chưa hiện ở trang này) để không xóa mất nội dung cơ quan tự ghi ở trang`;
  const rerun = 'rồi chạy lại “Cập nhật tổng hợp”.';
  const header = `dòng tiêu đề (“${RESULTS_HEADER[0]}”, “${RESULTS_HEADER[7]}”…)`;
  return {
    headerBelow: (row: number) =>
      `${held}: ${header} đang ở dòng ${row}, trong khi phải ở dòng 1. Hãy xóa ${row === 2 ? 'dòng 1' : `các dòng 1–${row - 1}`} phía trên dòng tiêu đề (muốn có tiêu đề khi in, dùng Tệp → In → Đầu trang và chân trang) ${rerun}`,
    headerSorted: (row: number) =>
      `${held}: ${header} đang ở dòng ${row}, lẫn giữa các dòng phiếu (có lẽ trang đã được sắp xếp khi dòng tiêu đề chưa được cố định), trong khi phải ở dòng 1. Đừng xóa các dòng phía trên: đó là các phiếu cùng nội dung cơ quan ghi. Hãy đưa dòng tiêu đề về dòng 1: hoàn tác lần sắp xếp (Ctrl+Z), hoặc nhấp vào số dòng ${row} rồi kéo dòng đó lên trên cùng; sau đó cố định dòng tiêu đề (Xem → Cố định → 1 hàng), ${rerun}`,
    noCode: `${held}: không tìm thấy cột “${RESULTS_HEADER[0]}” (mã phiếu dạng DK-…) nên không biết dòng nào là của phiếu nào. Hãy đặt lại tên “${RESULTS_HEADER[0]}” cho cột chứa mã phiếu ở dòng 1; nếu cột đã bị xóa, hãy ${fromOldVersion('cột đó')}; nếu trang không có gì cơ quan cần giữ, có thể xóa cả trang để công cụ tạo lại; ${rerun}`,
  };
})();
/** Columns of the office's in "Kết quả kiểm tra" headed as the tool's ("Ghi chú"): which is which only the cells tell. */
export const RESULTS_HEADER_TWICE = (headers: readonly string[]) =>
  `Trang “Kết quả kiểm tra” có cột cơ quan tự thêm trùng tên với cột của công cụ (${headers.map((h) => `“${h}”`).join(', ')}). Công cụ nhận ra cột của mình theo nội dung và không ghi vào cột của cơ quan, nhưng để chắc chắn, hãy đổi tên cột của cơ quan (ví dụ “${headers[0]} của cơ quan”). Khi chưa đổi, mỗi phiếu gửi đến được kiểm tra cùng toàn bộ các phiếu nên chậm hơn.`;
/** A row of "Kết quả kiểm tra" the office wrote in, whose code no registration holds now (its response deleted). */
export const RESULTS_ROW_GONE = `Dòng của phiếu này ở trang “${TAB.registrations}” đã bị xóa nên phiếu không còn được kiểm tra. Công cụ giữ lại dòng này vì các cột của cơ quan ở dòng này có nội dung; xóa dòng khi không cần nữa.`;
/**
 * A row of "Kết quả kiểm tra" whose code no registration holds now, kept because a row the office typed (without a code)
 * stands right beside it: deleted, her line would stand beside another registration's (review d83a F2).
 */
export const RESULTS_ROW_GONE_BESIDE = `Dòng của phiếu này ở trang “${TAB.registrations}” đã bị xóa nên phiếu không còn được kiểm tra. Công cụ giữ lại dòng này vì ngay trên hoặc ngay dưới nó có dòng cơ quan tự ghi (có thể ghi về phiếu này): xóa dòng này thì dòng đó sẽ đứng cạnh phiếu khác. Khi không cần nữa, xóa dòng này cùng dòng cơ quan ghi về nó.`;
/**
 * A second row of one code in "Kết quả kiểm tra" (copied by hand) that the office wrote in: its code taken off. Which of
 * the two rows was the copy cannot be told once a sort has put the copy above (review office #3), so the note does not
 * say this row is the copy: it says where the result went and what to do if the office's cells here were the original's.
 */
export const RESULTS_ROW_COPY = (code: string) =>
  `Mã phiếu ${code} có ở hai dòng: công cụ ghi kết quả kiểm tra vào dòng còn mang mã ${code} và bỏ mã ở dòng này; nội dung cơ quan ghi ở dòng này được giữ nguyên. Nếu nội dung đó là của phiếu ${code}, hãy chép sang dòng mang mã ${code}; xóa dòng này khi không cần nữa.`;
export const REVIEW_BUSY =
  'Chưa cập nhật xong trang “Thẩm định”: trong lúc công cụ ghi, trang liên tục được sắp xếp lại hoặc thêm, bớt dòng, cột. Quyết định của Hội đồng không bị ghi đè; các cột tự động sẽ được cập nhật ở lần “Cập nhật tổng hợp” sau.';

/** "Trạng thái" of an e-mail an offline run (npm start -- --workbook) drafted as an .eml file and did not send. */
export const OUTBOX_STATUS_DRY_RUN = 'Đã soạn (chưa gửi — chạy thử)';
/** Appended to the "Chi tiết" of a job an offline run ran on a downloaded workbook. */
export const HEALTH_DRY_RUN_NOTE = 'chạy thử trên máy với tệp Excel tải về, không gửi thư thật';

/** "Thiết lập" bringing a form back to the tool's questions (src/gas/forms.ts): what the office must know or do. */
export const FORM_SYNC = {
  /** The Forms editor's Vietnamese names of the question types the tool uses. */
  kind: {
    list: 'Menu thả xuống',
    multipleChoice: 'Trắc nghiệm',
    checkbox: 'Hộp kiểm',
    text: 'Câu trả lời ngắn',
    paragraph: 'Đoạn',
    grid: 'Lưới trắc nghiệm',
    date: 'Ngày',
    other: 'loại khác',
  } as Record<string, string>,
  typeChanged: (form: string, title: string, found: string, expected: string) =>
    `Biểu mẫu “${form}”: câu hỏi “${title}” đã bị đổi loại trong Google Forms (đang là “${found}”, công cụ cần “${expected}”). ` +
    `Công cụ không tự đổi lại vì sẽ làm mất các câu trả lời đã nhận; câu hỏi và câu trả lời được giữ nguyên. ` +
    `Hãy mở biểu mẫu, đổi câu hỏi này về loại “${expected}” rồi chạy lại “Thiết lập”.`,
  retiredKept: (form: string, title: string) =>
    `Biểu mẫu “${form}”: câu hỏi “${title}” không còn được công cụ dùng. Vì biểu mẫu đã có phiếu trả lời, câu hỏi có thể đang giữ câu trả lời của các phiếu đó, ` +
    `nên được giữ lại ở cuối biểu mẫu (không bắt buộc trả lời); công cụ chỉ báo một lần. ` +
    `Nếu không cần, có thể xóa câu hỏi này trong Google Forms (cột của nó trong trang câu trả lời vẫn giữ các câu trả lời đã nhận).`,
  addedBesideOwn: (form: string, title: string, own: readonly string[]) =>
    `Biểu mẫu “${form}” không có câu hỏi “${title}” nên công cụ đã thêm câu hỏi này vào. ` +
    `Nếu câu hỏi ${own.map((t) => `“${t}”`).join(', ')} chính là nó (đã bị đổi tên trong Google Forms), hãy xóa câu hỏi vừa thêm, ` +
    `đặt lại đúng tên “${title}” cho câu hỏi cũ, xóa cột trống “${title}” mới xuất hiện ở trang câu trả lời (nếu có) rồi chạy lại “Thiết lập”: ` +
    `các câu trả lời đã nhận vẫn nằm ở câu hỏi cũ.`,
  recreated: (form: string, title: string) =>
    `Biểu mẫu “${form}”: câu hỏi “${title}” đã bị xóa trong Google Forms nên công cụ đã tạo lại câu hỏi này. ` +
    `Câu trả lời của các phiếu đã gửi trước đó vẫn nằm ở cột cũ cùng tên trong trang câu trả lời và vẫn được công cụ đọc; câu trả lời mới vào cột mới ở cuối trang. ` +
    `Lưu ý: khi trường mở đường liên kết để sửa một phiếu đã gửi trước đó, câu hỏi này hiện trống (không còn câu trả lời cũ); nếu trường trả lời lại, công cụ dùng câu trả lời mới (nếu ô cũ còn một câu trả lời khác, công cụ báo dòng đó để xóa ô cũ).`,
  ownSameTitle: (form: string, title: string) =>
    `Biểu mẫu “${form}” có một câu hỏi tự thêm (không do công cụ tạo) trùng tên “${title}” với câu hỏi của công cụ, ` +
    `nên trang câu trả lời có hai cột cùng tiêu đề này. Hãy đổi tên câu hỏi tự thêm đó (hoặc xóa nếu thêm nhầm) rồi chạy lại “Thiết lập”.`,
} as const;

/**
 * A form "Thiết lập" could not publish (src/gas/forms.ts ensurePublished): forms created after 30/06/2026 start
 * unpublished and take no response until published (Google's "API changes to Google Forms" guide). The step is
 * described, not quoted: the Forms editor's Vietnamese label for the button could not be confirmed (Google's Vietnamese
 * pages say "xuất bản" for publish).
 */
/**
 * The script's properties near Apps Script's 500 KB (src/gas/properties.ts storeBytes; review "growth" #1): when full,
 * every task that records anything stops. Said on the rebuild's line of "Tình trạng" and in "Nhật ký lỗi".
 */
export const STORE_FILLING = (kb: number, percent: number) =>
  `Bộ nhớ lưu trạng thái của công cụ (thuộc tính của tập lệnh: các đợt đề nghị khen thưởng, các tác vụ…) đã dùng ${kb} KB trong giới hạn 500 KB của Google (${percent}%). ` +
  `Khi đầy, các tác vụ tự động sẽ dừng. Hãy báo người phụ trách kỹ thuật của công cụ ngay, trước khi tạo thêm văn bản đề nghị khen thưởng.`;
/** The spreadsheet's grids past 70 % of Google Sheets' 10 million cells (src/jobs/rebuild.ts). */
export const CELLS_FILLING = (millions: string, percent: number) =>
  `Bảng tính đã có ${millions} triệu ô trong giới hạn 10 triệu ô của Google Trang tính (${percent}%). Khi đầy, biểu mẫu không ghi được câu trả lời mới vào bảng tính và công cụ không ghi được kết quả. ` +
  `Hãy báo người phụ trách kỹ thuật của công cụ; trong khi chờ, xóa bớt các trang không còn dùng (trang tự tạo thêm, trang sao chép) và các cột, dòng trống thừa ở cuối các trang của cơ quan.`;
/** A batch of documents stopped because the store is full: its continuation is not scheduled again (no loop). */
/** The batch's own record of whom its round proposed would not fit in the store (src/jobs/proposals.ts roundWontFit). */
export const STORE_FULL_ROUND = {
  before: (kb: number, nominees: number) =>
    `Chưa tạo văn bản: bộ nhớ lưu trạng thái của công cụ (thuộc tính của tập lệnh) đã dùng ${kb} KB trong giới hạn 500 KB của Google, không đủ chỗ ghi ${nominees} người được đề nghị ở đợt này (để các đợt sau không đề nghị lại họ). Hãy báo người phụ trách kỹ thuật của công cụ.`,
  after: (kb: number) =>
    `Đã tạo đủ văn bản nhưng không ghi được những người được đề nghị ở đợt này: bộ nhớ lưu trạng thái của công cụ (thuộc tính của tập lệnh) đã dùng ${kb} KB trong giới hạn 500 KB của Google. Đợt đề nghị sau có thể đề nghị lại họ; hãy báo người phụ trách kỹ thuật của công cụ. Công cụ không tự chạy tiếp.`,
};

export const STORE_FULL_STOP = (kb: number) =>
  `Dừng tạo văn bản: bộ nhớ lưu trạng thái của công cụ (thuộc tính của tập lệnh) đã đầy (${kb} KB, giới hạn 500 KB của Google), không ghi được văn bản đã tạo. Công cụ không tự chạy tiếp (để không tạo văn bản lặp lại); hãy báo người phụ trách kỹ thuật của công cụ.`;

export const FORM_PUBLISH = {
  notPublished: (title: string, editUrl: string) =>
    `Biểu mẫu “${title}” chưa được xuất bản và công cụ không tự xuất bản được: các đơn vị mở đường dẫn sẽ không gửi được phiếu, công cụ không nhận được phiếu nào. ` +
    `Hãy mở biểu mẫu (${editUrl}) bằng tài khoản sở hữu biểu mẫu, xuất bản biểu mẫu để các đơn vị trả lời được, rồi chạy lại “Thiết lập”.`,
  /** A form the tool had published, unpublished since (the Forms editor's way to close a form): left as it is. */
  closed: (title: string, editUrl: string) =>
    `Biểu mẫu “${title}” đang ở trạng thái chưa xuất bản (đã được tắt trong trình chỉnh sửa biểu mẫu): các đơn vị không gửi được phiếu. Công cụ để nguyên như vậy. Muốn nhận phiếu trở lại, hãy mở biểu mẫu (${editUrl}) và xuất bản.`,
  /**
   * A form of the tool in Drive's trash (`what`: which form, FORM_PUBLISH.kind): the schools' link no longer takes
   * answers. Thiết lập puts it back (RECREATED.formUntrashed), which keeps the link; it makes a new one only once the old
   * one is deleted for good (review vntext3: Thiết lập had opened the trashed form as it was, "Đã thiết lập xong").
   */
  trashed: (what: string, title: string) =>
    `${what} “${title}” đang nằm trong thùng rác của Google Drive: các đơn vị không mở được biểu mẫu, công cụ không nhận được phiếu. Hãy chọn menu ${APP_NAME} → ${MENU.setup}: công cụ khôi phục biểu mẫu (hoặc tự khôi phục: Google Drive → Thùng rác → nhấp chuột phải vào biểu mẫu → Khôi phục); đường dẫn cũ dùng lại được, không cần báo lại các đơn vị. Chỉ khi muốn thay bằng biểu mẫu mới: xóa vĩnh viễn biểu mẫu này trong Thùng rác rồi chọn ${MENU.setup}; công cụ tạo biểu mẫu mới, khi đó cần gửi đường dẫn mới cho các đơn vị.`,
  /** A form Drive would not open on two days' checks in a row (deleted for good, or access taken away): cannot tell which. */
  unopened: (what: string) =>
    `Đã hai ngày liền công cụ không mở được ${what.toLowerCase()} trong Google Drive: có thể biểu mẫu đã bị xóa vĩnh viễn (khỏi cả thùng rác) hoặc tài khoản chạy công cụ không còn quyền mở biểu mẫu. Nếu vậy, các đơn vị không gửi được phiếu. Hãy chọn menu ${APP_NAME} → ${MENU.setup} bằng tài khoản đã cài đặt công cụ: công cụ kiểm tra lại và tạo biểu mẫu mới nếu biểu mẫu cũ không còn (khi đó cần gửi đường dẫn mới cho các đơn vị).`,
  /** Which form, as the two messages above name it. */
  kind: { registrationForm: 'Biểu mẫu đăng ký', reportForm: 'Biểu mẫu báo cáo' } as Record<'registrationForm' | 'reportForm', string>,
  /** On the setup line of "Tình trạng". */
  health: (titles: readonly string[]) =>
    `Biểu mẫu chưa xuất bản, các đơn vị chưa gửi được phiếu: ${titles.map((t) => `“${t}”`).join(', ')} (xem trang “Nhật ký lỗi”).`,
} as const;
