// What the per-school views (issue 18) say: the view itself, the office's notes and the "Tình trạng" line.
import { HANDOVER_WHERE, MENU, notProposedDecided } from './app';

/** The daily quota of spreadsheets created (250 consumer, 3,200 Workspace: src/core/create-quota.ts). */
const SHEETS_A_DAY = '250 bảng tính một ngày với tài khoản thường, 3.200 với Google Workspace';

/** What Google said, without its own full stop (the sentence around it ends with ours). */
const said = (message: string) => message.replace(/[.\s]+$/, '');

/** The job's name in "Tình trạng" (entry points rebuildSummaries and continueSchoolViews record under it). */
export const SCHOOL_VIEW_JOB_LABEL: Record<string, string> = {
  schoolViews: 'Trang theo dõi của các trường',
};
/** When it runs, in its "Tình trạng" line until it has run (JOB_WHEN in app.ts). */
export const SCHOOL_VIEW_JOB_WHEN: Record<string, string> = {
  // What a rebuild leaves (the daily quota of new spreadsheets, its time) goes on in continueSchoolViews (review r72g).
  schoolViews: 'Chạy cùng “Cập nhật tổng hợp” khi trang “Cấu hình” bật “Trang theo dõi riêng cho từng trường”; phần chưa xong (hết thời gian chạy, hết hạn mức tạo bảng tính trong ngày) tự chạy tiếp sau đó.',
};

/** The Drive folder holding the views: its name before the period was added (a folder made earlier keeps it). */
export const VIEW_FOLDER_NAME = 'Điển hình tiên tiến — Trang theo dõi của các trường';
/**
 * The name of a views' folder made now: with the period (`period`: "2026-2030"), the new period's copy making a second
 * folder beside the old one's (review r68v #5).
 */
export const viewFolderName = (period: string) => (period ? `${VIEW_FOLDER_NAME} — giai đoạn ${period}` : VIEW_FOLDER_NAME);
/**
 * A view's file name: unique per school (its code) or per group, and per period (`period`: "2026-2030"): the new
 * period's copy shares the school a second view, which its list of files shared with it must tell apart from the old
 * period's (review r68v #5). A view named before is renamed to it (its link stays the same).
 */
export const viewFileName = (label: string, code?: string, period = '') => `Trang theo dõi${period ? ` ${period}` : ''} — ${label}${code ? ` (${code})` : ''}`;
/** The one tab of a view. */
export const VIEW_TAB = 'Tình trạng của trường';
/**
 * When the view's data was read (`at`: "06:30 ngày 08/12/2026", the run that wrote it or found it unchanged that day), as
 * "Tổng hợp" says its own (summaryAsOf): a school reading it after its own edit knows what is not in it yet (review r83s F3).
 */
export const viewAsOf = (at: string) => `Số liệu tính đến ${at}; phiếu đăng ký, báo cáo gửi hoặc sửa sau giờ đó được tính ở lần cập nhật sau.`;
/** How a school edits a registration while the registration form takes responses (viewNotice). */
const VIEW_HOW_TO_EDIT_ONLY = 'Muốn sửa phiếu, dùng đường dẫn sửa phiếu trong thư báo kết quả kiểm tra (thư “Đã nhận phiếu DK-…”)';
const VIEW_HOW_TO_EDIT = `${VIEW_HOW_TO_EDIT_ONLY}; một phiếu mới cho cùng tập thể, cá nhân sẽ thay thế phiếu đã gửi.`;
/**
 * Replaces the office tab's "edited by hand is overwritten" notice. `ended`: the period ended ("Kết thúc giai đoạn…"),
 * with which forms are still closed by it (`registration`, `report`): the tool no longer runs each day, and a closed
 * registration form takes no edit (the edit links of the e-mails lead to Google's "form closed"; whom to ask is said once,
 * by viewFormsClosed, above the office's contact). A form the office opened again by hand takes answers, but the end
 * removed the trigger that checked each one as it came: what is sent through it is checked at the office's next update
 * (reviews d64 #3, d64b #5). `office`: its own word (officeWord).
 */
export const viewNotice = (office: string, ended?: { period: string; registration: boolean; report: boolean } | null, over: 'edits' | 'closed' | null = null) => {
  // Over by the calendar (viewAfterPeriod says what to do): no new registration replaces one any more; an edit still
  // counts except at a district office (review d75c F5, d75d F1).
  const edit = over === 'closed' ? '' : over === 'edits' ? ` ${VIEW_HOW_TO_EDIT_ONLY}.` : ` ${VIEW_HOW_TO_EDIT}`;
  if (!ended) return `Trang chỉ để xem, do ${office} tự động cập nhật mỗi ngày từ các phiếu đăng ký và báo cáo của trường.${edit}`;
  const open = !ended.registration && !ended.report ? 'Phiếu đăng ký, báo cáo sửa hoặc gửi' : !ended.registration ? 'Phiếu đăng ký sửa hoặc gửi' : !ended.report ? 'Báo cáo gửi' : '';
  return [
    `Trang chỉ để xem, do ${office} lập tự động từ các phiếu đăng ký và báo cáo của trường; giai đoạn ${ended.period} đã kết thúc nên trang không còn tự cập nhật mỗi ngày.`,
    ended.registration ? 'Phiếu đã gửi không sửa được nữa (đường dẫn sửa phiếu trong các thư trước không còn dùng được).' : VIEW_HOW_TO_EDIT,
    open ? `${open} từ nay chỉ được kiểm tra khi ${office} cập nhật lại trang này, không còn ngay khi gửi.` : '',
  ]
    .filter((x) => x !== '')
    .join(' ');
};
export const VIEW_REPORTS_TITLE = 'Báo cáo tiến độ của trường (phiếu báo cáo đã gửi)';
/**
 * The reports' table, in the registrations' columns (80, 170, 90, then 260 or 400 px: VIEW_COLUMNS in
 * src/core/school-views.ts): the summary, the longest text, in the fourth and widest; the evidence (a number and a
 * link) in the second; the date in the third, which it fits (review diff43 L4).
 */
/** After a listed report's evidence when it was sent too early to count (`from`: dd/MM/yyyy; review d62 F1). */
export const viewReportEarly = (from: string) => ` (chưa được tính: gửi trước ngày ${from}, có thể đã chọn nhầm kỳ)`;
export const VIEW_REPORTS_HEADER = ['Kỳ báo cáo', 'Minh chứng', 'Ngày gửi', 'Tóm tắt kết quả'];
/** After the counts at the top of a view, when a duty of the school is not done: its duties are below the table. */
export const viewDutiesOpen = (listed: boolean) => `Đơn vị còn nhiệm vụ chưa hoàn thành: xem “Nhiệm vụ của đơn vị” ${listed ? 'bên dưới danh sách phiếu' : 'bên dưới'}.`;
export const VIEW_NO_REPORTS = 'Chưa có phiếu báo cáo nào.';
export const VIEW_COMMENT_HEADER = 'Ý kiến của Hội đồng';
export const viewContact = (office: string, contact: string) => `Liên hệ: ${office}${contact ? ` — ${contact}` : ''}.`;
/** The forms the school acts through: a new registration (or a registration again), a progress report. */
export const viewFormLines = (registration: string | null, report: string | null): string[] => [
  ...(registration ? [`Đăng ký tập thể, cá nhân mới: ${registration} (sửa phiếu đã gửi bằng đường dẫn trong thư báo kết quả kiểm tra)`] : []),
  ...(report ? [`Gửi Kế hoạch, báo cáo 6 tháng, hằng năm (gửi thêm phiếu cho kỳ đã gửi để bổ sung; các phiếu trước vẫn được giữ): ${report}`] : []),
];
/**
 * In place of the lines of the forms the end of the period closed (viewFormLines gives those still open): said as the
 * closed forms say it (PERIOD_END.closedForm), with whom to ask instead. `office`: its own word (officeWord).
 */
/** The period over by the calendar, nobody having ended it (review d75b F4): no link to its forms. */
export const viewAfterPeriod = (period: string, lastYear: number, editsOpen = false) =>
  `Giai đoạn ${period} đã kết thúc (hết năm ${lastYear}): ${editsOpen ? 'đăng ký mới và báo cáo gửi qua biểu mẫu của giai đoạn này không còn được xét (phiếu đã gửi trong giai đoạn vẫn sửa, bổ sung được, như khi Hội đồng đề nghị bổ sung)' : 'phiếu đăng ký, báo cáo gửi qua biểu mẫu của giai đoạn này không còn được xét'}. Để đăng ký, báo cáo trong giai đoạn hiện nay, xin liên hệ cơ quan quản lý giáo dục hiện nay của đơn vị (Sở Giáo dục và Đào tạo, hoặc Ủy ban nhân dân xã, phường).`;
export const viewFormsClosed = (period: string, office: string, registration: boolean, report: boolean) =>
  `Giai đoạn ${period} đã kết thúc nên ${[...(registration ? ['biểu mẫu đăng ký'] : []), ...(report ? ['biểu mẫu báo cáo'] : [])].join(' và ')} không nhận phiếu nữa. ` +
  `Các phiếu đã gửi vẫn được ${office} lưu giữ làm hồ sơ. Nếu cần ${registration && report ? 'sửa, bổ sung phiếu đăng ký hay báo cáo' : registration ? 'sửa, bổ sung phiếu đăng ký' : 'bổ sung hoặc gửi lại báo cáo'}, xin liên hệ ${office}.`;
/** How many replaced registrations a view names (the rest are counted). */
export const VIEW_SUPERSEDED_MAX = 10;
/**
 * Registrations the school registered again, which no longer count, each with the one that replaced it (the office's
 * tab points to "Kết quả kiểm tra", a tab of the office the school cannot open).
 */
export const viewSuperseded = (items: readonly { id: string; name: string; by: string }[], more: number) =>
  `Phiếu cũ đã được đăng ký lại (thay thế), không còn được xét: ${items.map((i) => `${i.id} “${i.name}” (thay bằng ${i.by})`).join('; ')}${more > 0 ? `; và ${more} phiếu khác` : ''}.`;
/**
 * Registrations whose row was deleted from the office's response tab: no longer considered, and the school would
 * otherwise see them vanish from its view without a word.
 */
export const viewRemoved = (office: string, items: readonly { id: string; name: string }[], more: number) =>
  `Phiếu không còn được xét vì dòng phiếu trong bảng tính của ${office} đã bị xóa: ${items.map((i) => `${i.id} “${i.name}”`).join('; ')}${more > 0 ? `; và ${more} phiếu khác` : ''}. Nếu đơn vị chưa được báo lý do, đề nghị liên hệ ${office}.`;
/**
 * Registrations sent from the school's own address with another school chosen in "Đơn vị (trường)" (emails.ts
 * sentForAnotherSchool): counted for that school, not listed in this view's table, but this school's to complete
 * (its reminders name them: review d74c F3).
 */
export const viewSentForOther = (items: readonly { id: string; name: string; chosen: string }[], more: number, question: string) =>
  `Phiếu gửi từ địa chỉ của đơn vị nhưng chọn “${question}” là đơn vị khác (được tính cho đơn vị đó, ở trạng thái “chưa xác minh”): ${items.map((i) => `${i.id} “${i.name}” — chọn ${i.chosen}`).join('; ')}${more > 0 ? `; và ${more} phiếu khác` : ''}. Nếu chọn nhầm, hãy mở lại phiếu theo đường dẫn trong thư báo kết quả và chọn lại đơn vị.`;
export const viewComment = (decision: string, comment: string) => [decision, comment].filter((s) => s !== '').join(': ');
/**
 * In a registration's "Cần bổ sung hoặc chưa đạt", whether or not the council's comments are published: the council
 * asked the school to supplement it, and the letter that says what (SUPPLEMENT_EMAIL's subject), `sentOn` (dd/MM/yyyy)
 * when it is known to have gone; its comment is not repeated here (review r68v #4). `office`: its own word.
 */
export const viewRequested = (id: string, sentOn: string | null, office: string) =>
  sentOn
    ? `Hội đồng yêu cầu bổ sung hồ sơ phiếu này: cần bổ sung gì, hạn nào xem thư “Đề nghị bổ sung hồ sơ phiếu ${id}” gửi trường ngày ${sentOn}.`
    : `Hội đồng yêu cầu bổ sung hồ sơ phiếu này: cần bổ sung gì, hạn nào xem thư “Đề nghị bổ sung hồ sơ phiếu ${id}” gửi trường (chưa nhận được thư thì xin liên hệ ${office}).`;
/**
 * In the "Cần bổ sung hoặc chưa đạt" of a registration the council decided "Không đề nghị" (a withdrawal among them):
 * nothing more to send for it (review r76p F3). `office`: its own word.
 */
export const viewNotProposed = notProposedDecided;
/** After a view's counts: `n` registrations the council decided "Không đề nghị", counted apart from the verdicts. */
export const viewNotProposedCount = (n: number) => `Trong đó ${n} phiếu Hội đồng quyết định “Không đề nghị” (không tính vào số đạt, chưa đạt, cần bổ sung; không cần bổ sung gì thêm).`;
/** After a view's counts: `n` registrations the council asked to supplement (counted there as "cần bổ sung"). */
export const viewRequestedCount = (n: number) => `Trong đó ${n} phiếu Hội đồng yêu cầu bổ sung hồ sơ (xem cột “Cần bổ sung hoặc chưa đạt”).`;

/** Header of the column the tool fills at the end of "Đơn vị". */
export const VIEW_LINK_HEADER = 'Trang theo dõi (công cụ tự ghi)';
/** A line of the school's e-mails. */
export const viewLinkLine = (url: string) => `Trang theo dõi riêng của trường (chỉ để xem): ${url}`;
/** The view's link in an e-mail's HTML part, where it stands instead of its address (review mobile M1). */
export const VIEW_LINK_LABEL = 'mở trang theo dõi';

const q = (s: string) => `“${s}”`;

/** Notes to the office ("Nhật ký lỗi"). */
export const VIEW_NOTE = {
  /** `column`: the directory's e-mail column, as its header names it. */
  noAddress: (school: string, code: string, column: string) =>
    `${q(school)} (${code}) chưa có e-mail ở trang “Đơn vị”: trang theo dõi của trường chưa được chia sẻ với ai. Hãy ghi e-mail của trường vào cột ${q(column)} ở dòng của trường trong trang “Đơn vị”; lần cập nhật sau công cụ sẽ chia sẻ.`,
  /** Two or more rows of "Đơn vị" hold one school code (review privacy #2). */
  sharedCode: (code: string, schools: readonly string[]) =>
    `Mã đơn vị ${code} có ở nhiều dòng của trang “Đơn vị” (${schools.map(q).join('; ')}): công cụ không tạo, không chia sẻ trang theo dõi của các trường này (trang đã tạo sẽ ngừng chia sẻ) cho đến khi mỗi trường có mã riêng.`,
  /**
   * A run by an account that does not hold the tool's triggers (a colleague at the menu, review handover H2): the views
   * it cannot open are not made again nor counted as gone, and it makes none.
   */
  otherAccount: (n: number) =>
    `Lần chạy này bằng một tài khoản không giữ các tác vụ tự động của công cụ, nên ${n} trang theo dõi tài khoản này không mở được (hoặc chưa có) không được tạo hay cập nhật; các tác vụ tự động của tài khoản đã chạy Thiết lập sẽ cập nhật. Nếu cán bộ giữ tài khoản đó đã chuyển công tác, xem ${HANDOVER_WHERE}.`,
  /**
   * A view gone (in the trash, or not opened twice) and made again. `oldUnshared`: the old one was found in the trash and
   * its readers taken off (else nothing is said of it here: VIEW_NOTE.trashedNotUnshared tells a refusal).
   */
  recreated: (name: string, oldUnshared: boolean) =>
    `Trang theo dõi “${name}” đã bị xóa hoặc chuyển vào thùng rác: công cụ đã tạo trang mới thay thế và chia sẻ với trường (đường liên kết mới ở cột “${VIEW_LINK_HEADER}” của trang “Đơn vị” và trong các thư gửi trường từ nay).${oldUnshared ? ' Trang cũ trong thùng rác đã thôi chia sẻ với trường và không được cập nhật nữa: không cần khôi phục.' : ''}`,
  /**
   * A school's code corrected in "Đơn vị" (`oldCode` → `code`), the school the same (its name, its addresses): it keeps
   * its view (link, readers), renamed and written for the new code. Nothing for the office to pass on.
   */
  codeFollowed: (school: string, oldCode: string, code: string) =>
    `Mã của ${q(school)} ở trang “Đơn vị” đã đổi từ ${oldCode} thành ${code}: trường vẫn dùng trang theo dõi đã có (cùng đường liên kết, cùng người xem), trang được đổi tên và cập nhật theo mã mới. Không cần gửi lại đường liên kết cho trường.`,
  /**
   * A school given a new view while it had one before (`earlier`: their names) that the tool could not tell for sure was
   * the same school's (its code and its name or addresses changed together, or the old code is another school's now): the
   * link it saved no longer opens its page. `url`: the new view's link, for the office to pass on.
   */
  newLink: (school: string, code: string, url: string, earlier: readonly string[]) =>
    `${q(school)} (${code}) có trang theo dõi mới: ${url}. Trường đã có trang theo dõi trước đây (${earlier.map(q).join(', ')}), nhưng mã, tên hoặc e-mail của trường ở trang “Đơn vị” đã đổi nên công cụ không chắc trang đó là của cùng một trường; trang cũ không còn dành cho trường, đường liên kết cũ trường đã lưu không mở được trang của trường nữa. Hãy gửi đường liên kết mới cho trường; từ nay thư nhắc hạn, thư báo gửi trường cũng kèm đường liên kết này, và cột “${VIEW_LINK_HEADER}” của trang “Đơn vị” ghi đường liên kết của từng trường.`,
  missing: (name: string) => `Không mở được trang theo dõi “${name}”; công cụ sẽ thử lại ở lần chạy sau trước khi tạo lại.`,
  /** Drive refused to share the view with these addresses (`message`: what it said). */
  notShared: (name: string, emails: readonly string[], message: string) =>
    `Chưa chia sẻ được trang theo dõi “${name}” với ${emails.join(', ')}: ${said(message)}. Hãy kiểm tra địa chỉ ở trang “Đơn vị”. Nếu địa chỉ đúng mà ở ngoài tổ chức của cơ quan (Google Workspace chỉ cho chia sẻ với một số tên miền), hãy nhờ quản trị viên cho phép tên miền đó, hoặc ghi ở trang “Đơn vị” một địa chỉ được phép. Cho đến khi chia sẻ được, thư gửi trường không kèm đường liên kết trang này (trường không mở được). Công cụ thử lại ở mỗi lần cập nhật; các trang khác vẫn được cập nhật.`,
  /** An error of Drive or Sheets on these views (`message`: the first one's): the others were updated. */
  failed: (names: readonly string[], message: string) =>
    `Chưa cập nhật được ${names.length > 1 ? `${names.length} trang theo dõi: ` : 'trang theo dõi '}${names.slice(0, 5).map(q).join(', ')}${names.length > 5 ? ` và ${names.length - 5} trang khác` : ''}${names.length > 1 ? ', vì Google báo lỗi (ở trang đầu tiên)' : ' vì Google báo lỗi'}: “${said(message)}”. Các trang khác vẫn được cập nhật và chia sẻ theo trang “Đơn vị”; công cụ thử lại ở lần “${MENU.rebuild}” sau (tự chạy mỗi sáng). Nếu lỗi lặp lại nhiều ngày với cùng một trang, hãy mở trang đó xem tài khoản đã cài đặt công cụ còn quyền chỉnh sửa không, hoặc chuyển trang vào thùng rác: lần cập nhật sau công cụ tạo trang mới và thôi chia sẻ trang cũ.`,
  /** Views turned off: Drive failed on these while taking their readers off (tried again at the next rebuild). */
  offNotUnshared: (names: readonly string[], message: string) =>
    `Đã tắt trang theo dõi của các trường nhưng chưa thôi chia sẻ được ${names.length > 1 ? `${names.length} trang: ` : 'trang '}${names.slice(0, 5).map(q).join(', ')}${names.length > 5 ? ` và ${names.length - 5} trang khác` : ''}${names.length > 1 ? ', vì Google báo lỗi (ở trang đầu tiên)' : ' vì Google báo lỗi'}: “${said(message)}”. Các trường vẫn xem được ${names.length > 1 ? 'các trang này' : 'trang này'} cho đến khi công cụ thôi chia sẻ được; công cụ thử lại ở lần “${MENU.rebuild}” sau (tự chạy mỗi sáng). Nếu lỗi lặp lại nhiều ngày, hãy mở trang, bấm “Chia sẻ” và xóa người xem, hoặc chuyển trang vào thùng rác.`,
  /** Drive lists `n` viewers of the view without their address: the tool can neither check nor remove them. */
  undisclosed: (name: string, n: number) =>
    `Trang theo dõi “${name}” có ${n} người xem mà Google không cho biết địa chỉ (ví dụ tài khoản đã bị xóa, hoặc người dùng ngoài tổ chức ẩn địa chỉ): công cụ không kiểm tra hay bỏ quyền xem của họ được. Hãy mở trang, bấm “Chia sẻ” và xóa những người không phải của trường. Công cụ kiểm tra lại ở mỗi lần cập nhật.`,
  /**
   * Addresses of other schools in "Đơn vị" that are editors of the view, made so by hand (the tool shares with viewers
   * only): they read its school's registrations. The tool leaves editors alone (the office may mean it); told once.
   */
  otherSchoolsEdit: (name: string, editors: readonly { email: string; schools: readonly string[] }[]) =>
    `Trang theo dõi “${name}” có địa chỉ của trường khác ở trang “Đơn vị” với quyền chỉnh sửa: ${editors.map((e) => `${e.email} (${e.schools.join(', ')})`).join('; ')}. Các địa chỉ này đọc được phiếu của trường có trang này. Quyền chỉnh sửa được cấp trực tiếp, không do công cụ chia sẻ, nên công cụ không bỏ. Nếu không cố ý, hãy mở trang, bấm “Chia sẻ” và xóa họ.`,
  /**
   * Drive refused to take these addresses off the view: they can still read it. `held`: its content was to change (the
   * school it is for, its registrations), so it was left as it was, shared with no new address (review r68v #1).
   */
  notUnshared: (name: string, emails: readonly string[], message: string, held = false) =>
    `Chưa bỏ được quyền xem trang theo dõi “${name}” của ${emails.join(', ')}: ${said(message)}. Các địa chỉ này vẫn xem được trang; hãy mở trang, bấm “Chia sẻ” và xóa họ khỏi danh sách người xem.` +
    (held
      ? ' Để họ không đọc được những gì không còn dành cho họ (có thể là phiếu của trường khác), công cụ chưa cập nhật trang này: trang giữ nguyên nội dung cũ và chưa được chia sẻ với địa chỉ mới của trường. Công cụ thử lại ở mỗi lần cập nhật và cập nhật trang ngay khi bỏ được quyền xem của họ.'
      : ' Công cụ thử lại ở mỗi lần cập nhật.'),
  /** A view found in the trash, replaced or retired, whose readers Drive would not take off (it is not tried again). */
  trashedNotUnshared: (name: string, message: string) =>
    `Chưa thôi chia sẻ được trang theo dõi “${name}” (đang ở thùng rác) vì Google báo lỗi: “${said(message)}”. Các trường có thể vẫn mở được trang cũ này; công cụ không thử lại. Hãy xóa vĩnh viễn trang này trong Thùng rác của Google Drive (trang đã được thay thế hoặc không còn dùng).`,
  /** `was`: how the view could be opened by its link (linkAccessText). */
  madePrivate: (name: string, was: string) =>
    `Trang theo dõi “${name}” đang để ${was}: công cụ đã tắt chia sẻ bằng đường liên kết, chỉ các e-mail của trường được xem. Nếu tài khoản Google của cơ quan đặt sẵn chia sẻ bằng đường liên kết cho tệp mới, không cần làm gì thêm; nếu có người đã đổi, hãy nhắc không chia sẻ trang theo dõi bằng đường liên kết.`,
  /** `n` views made in this run were link-shared by the account's default for new files (`was`): turned off. */
  madePrivateNew: (n: number, was: string) =>
    `${n} trang theo dõi vừa tạo được tài khoản Google của cơ quan đặt sẵn ở ${was}: công cụ đã tắt chia sẻ bằng đường liên kết, chỉ các e-mail của từng trường được xem.`,
  notPrivate: (name: string, was: string, message: string) =>
    `Trang theo dõi “${name}” đang để ${was} và công cụ chưa tắt được: ${said(message)}. Ai có đường liên kết vẫn xem được trang; hãy mở trang, bấm “Chia sẻ” và tắt chia sẻ bằng đường liên kết (để chỉ những người được thêm mới mở được). Công cụ thử lại ở mỗi lần cập nhật.`,
  /** A view's creation failed well under the quota (or the new file could not be moved): tried again soon. */
  createRetry: (name: string, message: string, attempt: number, max: number) =>
    `Chưa tạo được trang theo dõi “${name}”: Google báo lỗi (lần ${attempt}/${max}): ${said(message)}. Công cụ tự thử lại sau khoảng 1 phút; các trang đã có vẫn được cập nhật.`,
  /**
   * It failed `attempts` times in a row. `made`: the spreadsheets the tool made in the quota's window, when the creation
   * itself was refused (null: a later step failed).
   */
  createGaveUp: (name: string, message: string, attempts: number, made: number | null) =>
    `Chưa tạo được trang theo dõi “${name}”: Google báo lỗi ${attempts} lần liền (${message})${made === null ? '' : `, dù trong 24 giờ qua công cụ mới tạo ${made} bảng tính, còn xa hạn mức (${SHEETS_A_DAY})`}. Có thể Google Drive đang gián đoạn${made === null ? '' : ', hoặc tài khoản này đã dùng hạn mức vào việc khác'}. Các trang đã có vẫn được cập nhật; công cụ thử lại ở lần “${MENU.rebuild}” tự chạy mỗi sáng, hoặc khoảng 1 giờ sau hãy chọn menu “${MENU.rebuild}”.`,
  /** The daily quota of spreadsheets created, as the tool's count shows it (`since`, `freesAt`: quotaTime). */
  createQuota: (made: number, since: string, freesAt: string) =>
    `Chưa tạo thêm được trang theo dõi: tài khoản đã dùng hết số bảng tính được tạo trong ngày (từ ${since}, công cụ đã tạo ${made} bảng tính; hạn mức ${SHEETS_A_DAY}). Hạn mức được cấp lại lúc khoảng ${freesAt}; công cụ tự tạo các trang còn lại ngay sau đó. Các trang đã có vẫn được cập nhật.`,
};

/**
 * The "Tình trạng" detail when "Đơn vị" cannot be read right (a required column's header renamed, no school left):
 * nothing is changed on the strength of that read (`problem`: the first thing wrong, as the rebuild logged it). The
 * problem last: it may be long (directoryErrorNoSchool), and the 500 characters of the line then cut its end, not ours.
 */
export const viewsDirectoryBroken = (problem: string) =>
  `Chưa cập nhật các trang theo dõi (nội dung và người xem giữ nguyên) vì trang “Đơn vị” chưa đọc được. ${said(problem)}.`;

/** How a file's link sharing (DriveApp.Access, by name) lets people open it. */
export const linkAccessText = (access: string): string =>
  ({
    ANYONE: 'công khai trên mạng',
    ANYONE_WITH_LINK: 'chế độ ai có đường liên kết cũng xem được',
    DOMAIN: 'chế độ mọi người trong tổ chức tìm và xem được',
    DOMAIN_WITH_LINK: 'chế độ mọi người trong tổ chức có đường liên kết xem được',
  })[access] ?? `chế độ chia sẻ “${access}”`;

/** The "Tình trạng" detail. */
/** `refused`: views Drive keeps refusing something on (an address, link sharing, a viewer without an address), or another school's editor reads: not "to do later". */
/** Turned off (`off`): `refused` is how many views made earlier are still shared (Drive failed or refused, or the run's time ran out). */
export const viewStatus = (current: number, total: number, waiting: number, off: boolean, unshared = 0, refused = 0) =>
  off
    ? `Đang tắt (mục “Trang theo dõi riêng cho từng trường” ở trang Cấu hình)${unshared > 0 ? `; ${unshared} trang theo dõi đã thôi chia sẻ với các trường` : ''}${refused > 0 ? `; ${refused} trang vẫn còn chia sẻ, công cụ thử lại ở lần chạy sau` : ''}.`
    : `${current}/${total} trang theo dõi đã cập nhật và chia sẻ đúng${refused > 0 ? `; ${refused} trang chưa chia sẻ đúng (lý do và cách làm ở trang “Nhật ký lỗi”)` : ''}${waiting > 0 ? `; ${waiting} trang chưa xong, sẽ làm tiếp ở lần chạy sau` : ''}.`;
