// Every Vietnamese word of the award proposals (issue 6): the template documents (Tờ trình, Danh sách, Báo cáo
// thành tích) laid out per Nghị định 30/2020/NĐ-CP, the values the generator writes into them, the menu items and
// the "Đề nghị khen thưởng" progress tab. Keep the text NFC with correct diacritics.
// Export names are prefixed PROPOSAL_ / proposal… to stay clear of the other catalogues re-exported beside this one.

import { fromOldVersion } from './restore';

const q = (s: string) => `“${s}”`;
/** Placeholders as the office types them: "{{ngay}}, {{thang}}". */
const placeholderList = (names: string[]) => names.map((n) => `{{${n}}}`).join(', ');
/** The council, as the documents name it (Nghị định 30/2020/NĐ-CP layout); upper case in headings. */
const COUNCIL = 'Hội đồng Thi đua - Khen thưởng';
const COUNCIL_UPPER = COUNCIL.toLocaleUpperCase('vi');
/** Whom the Tờ trình and the Quyết định are for: the subject line's common part. */
// Whom the level proposes ({{de_nghi_cho}}: "các tập thể, cá nhân", "các cá nhân", "cá nhân" for one — never a kind it
// has none of, nor a plural for one: review r73l, d73), in the subjects of the Tờ trình and the Quyết định; the Danh
// sách's title by {{de_nghi_cho_hoa}} ("Cá nhân điển hình tiên tiến…").
const FOR_MODELS = 'cho {{de_nghi_cho}} điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn {{giai_doan}}';
/** The kinds a level of `collectives` and `individuals` proposes: "tập thể, cá nhân", "tập thể" or "cá nhân". */
export const proposedKinds = (collectives: number, individuals: number): string =>
  collectives > 0 && individuals > 0 ? 'tập thể, cá nhân' : individuals > 0 ? 'cá nhân' : 'tập thể';
/** {{de_nghi_cho}}: the kinds proposed, "các …" for more than one. */
export const proposedFor = (collectives: number, individuals: number): string =>
  (collectives + individuals > 1 ? 'các ' : '') + proposedKinds(collectives, individuals);
/** Whom the Tờ trình and Điều 1 of the Quyết định name: "5 tập thể và 3 cá nhân", "5 tập thể" (never "0 cá nhân"). */
const NOMINEES_DID = 'cho {{so_tap_the_ca_nhan}}';
const ACHIEVED = 'đã có thành tích tiêu biểu trong việc xây dựng và nhân rộng các mô hình, điển hình tiên tiến';

// ---- menu, tab, folders, document names -----------------------------------------------------------

export const PROPOSAL_MENU = {
  preview: 'Xem trước danh sách đề nghị khen thưởng',
  // It makes every document of the batch, not only the Tờ trình (review "proofread" #8).
  generate: 'Tạo văn bản đề nghị khen thưởng',
  generatePdf: 'Tạo văn bản đề nghị khen thưởng (kèm bản PDF)',
  regenerate: 'Tạo lại toàn bộ văn bản đề nghị khen thưởng',
} as const;

/**
 * How a document already made is made again with what was corrected (a template, Cấu hình): the ordinary menu item
 * skips the documents it made, so the one that remakes them is named.
 */
/** Where a nominee's position is printed: the column of a list (Danh sách, the draft Quyết định's), or the report's lines. */
const positionPrintedAt = (list: boolean) => (list ? 'văn bản in ở cột “Chức vụ, vị trí việc làm”' : 'báo cáo in ở dòng “Chức vụ” và ở câu giới thiệu đầu báo cáo');
const REMAKE = `rồi chọn menu “${PROPOSAL_MENU.regenerate}” (công cụ tạo lại mọi văn bản trong một thư mục mới; văn bản đã tạo giữ nguyên)`;

/**
 * How a batch that stopped is resumed: the ordinary menu item goes on with it, its date and folder kept (only
 * “Tạo lại toàn bộ …” starts a new batch).
 */
const RESUME = `chọn lại menu “${PROPOSAL_MENU.generate}” để tạo tiếp: các văn bản còn lại vẫn mang ngày và nằm trong thư mục của đợt này, văn bản đã tạo không bị tạo lại`;

/** Google's words closed as a sentence (no second full stop). */
const sentenceEnd = (message: string) => `${message.replace(/[\s.]+$/u, '')}.`;

/** RESUME for a line of "Tình trạng" (proposalSummary.stopLine). */
const RESUME_SHORT = `chọn lại menu “${PROPOSAL_MENU.generate}” để tạo tiếp (văn bản đã tạo không bị tạo lại)`;

/** The daily quota of documents created (apps-script-facts.md). */
const DOCS_A_DAY = '250 văn bản một ngày với tài khoản thường, 1.500 với Google Workspace';

/** A time of day and its date: “08:15 ngày 02/07/2024” (`time` HH:mm, `date` dd/MM/yyyy). */
export const quotaTime = (time: string, date: string) => `${time} ngày ${date}`;

export const PROPOSAL_JOB_LABEL: Record<string, string> = {
  generateProposals: PROPOSAL_MENU.generate,
  generateProposalsWithPdf: PROPOSAL_MENU.generatePdf,
  regenerateProposals: PROPOSAL_MENU.regenerate,
  continueProposals: 'Tiếp tục tạo văn bản đề nghị khen thưởng',
  previewProposals: 'Xem trước danh sách đề nghị khen thưởng',
};
/** When each of them runs, in its "Tình trạng" line until it has run (JOB_WHEN in app.ts). */
export const PROPOSAL_JOB_WHEN: Record<string, string> = {
  generateProposals: `Chạy khi chọn “${PROPOSAL_MENU.generate}” ở menu của công cụ.`,
  generateProposalsWithPdf: `Chạy khi chọn “${PROPOSAL_MENU.generatePdf}” ở menu của công cụ.`,
  regenerateProposals: `Chạy khi chọn “${PROPOSAL_MENU.regenerate}” ở menu của công cụ.`,
  // Also after the daily quota of documents or a passing failure of Google (src/jobs/proposals.ts; review r72g).
  continueProposals: 'Tự chạy khi một lần tạo văn bản chưa làm xong: hết thời gian chạy, Google báo lỗi tạm thời, hoặc hết hạn mức tạo văn bản trong ngày (khi đó chạy lại lúc hạn mức được cấp lại).',
  previewProposals: `Chạy khi chọn “${PROPOSAL_MENU.preview}” ở menu của công cụ.`,
};

export const PROPOSAL_TAB = 'Đề nghị khen thưởng';
export const PROPOSAL_TEMPLATE_FOLDER = 'Điển hình tiên tiến — Mẫu văn bản';
/** What the batch was doing when Google failed (the tab's “Google vừa báo lỗi khi …”). */
export const PROPOSAL_STEP = {
  document: (name: string) => `tạo văn bản ${q(name)}`,
  template: (name: string) => `tạo mẫu ${q(name)}`,
  templates: `kiểm tra các mẫu văn bản trong thư mục ${q(PROPOSAL_TEMPLATE_FOLDER)}`,
};
/** The dated folder of one batch of documents ("Đề nghị khen thưởng 05-09-2024"); `n` > 1 for a second batch that day. */
export const proposalRunFolder = (ddMMyyyy: string, n: number) => `Đề nghị khen thưởng ${ddMMyyyy}${n > 1 ? ` (lần ${n})` : ''}`;

export const PROPOSAL_TEMPLATE_NAMES = {
  toTrinh: 'Mẫu - Tờ trình đề nghị khen thưởng',
  danhSach: 'Mẫu - Danh sách đề nghị khen thưởng',
  baoCaoTapThe: 'Mẫu - Báo cáo thành tích tập thể',
  baoCaoCaNhan: 'Mẫu - Báo cáo thành tích cá nhân',
  bienBan: `Mẫu - Biên bản họp ${COUNCIL}`,
  quyetDinh: 'Mẫu - Quyết định khen thưởng',
} as const;

export const PROPOSAL_DOC_LABELS = {
  toTrinh: 'Tờ trình đề nghị khen thưởng',
  danhSach: 'Danh sách đề nghị khen thưởng',
  baoCaoTapThe: 'Báo cáo thành tích tập thể',
  baoCaoCaNhan: 'Báo cáo thành tích cá nhân',
  bienBan: `Biên bản họp ${COUNCIL}`,
  quyetDinh: 'Dự thảo Quyết định khen thưởng',
} as const;

export const proposalDocName = {
  toTrinh: (award: string, ddMMyyyy: string) => `Tờ trình đề nghị tặng ${award} - ${ddMMyyyy}`,
  danhSach: (award: string, ddMMyyyy: string) => `Danh sách đề nghị tặng ${award} - ${ddMMyyyy}`,
  baoCao: (id: string, name: string) => `Báo cáo thành tích - ${id} - ${name}`,
  bienBan: (ddMMyyyy: string) => `Biên bản họp ${COUNCIL} - ${ddMMyyyy}`,
  quyetDinh: (award: string, ddMMyyyy: string) => `Dự thảo Quyết định tặng ${award} - ${ddMMyyyy}`,
};

// ---- the progress tab ----------------------------------------------------------------------------

export const PROPOSAL_TAB_TITLE = 'ĐỀ NGHỊ KHEN THƯỞNG — văn bản do công cụ tạo (trang tự tạo, sửa tay sẽ bị ghi đè)';
export const PROPOSAL_HEADER = ['STT', 'Mã phiếu', 'Tên tập thể, cá nhân', 'Đối tượng', 'Đơn vị', 'Điểm ưu tiên', 'Văn bản', 'Liên kết', 'Bản PDF', 'Trạng thái', 'Ghi chú'];

export const PROPOSAL_STATUS = {
  preview: 'Xem trước: sẽ tạo',
  previewExists: 'Xem trước: đã có, không tạo lại',
  waiting: 'Chờ tạo',
  done: 'Đã tạo',
  superseded: 'Đã thay thế (danh sách hoặc nội dung đề nghị đã thay đổi)',
  notNominated: 'Không còn trong danh sách đề nghị',
  /** After either of the two above, when the file's name was marked (a document of the same day as its replacement). */
  marked: '; tên tệp có thêm “[KHÔNG DÙNG]”',
  failed: 'Lỗi',
  refused: 'Chưa tạo: còn thiếu thông tin',
  /** After a status of a document whose printed content is to be corrected (its note says what). */
  needsFix: ' — cần sửa nội dung trước khi trình ký (xem Ghi chú)',
  previewRefused: 'Xem trước: sẽ không tạo (còn thiếu thông tin)',
} as const;

/**
 * Put before the name of a document made earlier that is no longer current (replaced by one that prints what the tabs
 * say now, or of a nominee no longer proposed), in Drive: a signer opening the folder, or an old link, sees it at once.
 */
export const PROPOSAL_UNUSED_PREFIX = '[KHÔNG DÙNG] ';

/**
 * The documents a preview would replace (`preview`) or a run replaced that had been edited after the tool made them
 * (review r79h F1): what was typed in them is not in their replacements. `inTab`: written at the top of the tab itself,
 * where a batch finished in the background is followed (fix f80a F1).
 */
function editedParagraph(names: readonly string[], preview: boolean, inTab = false): string {
  const where = inTab ? `liên kết ở dòng của nó bên dưới, cột “Ghi chú” ghi rõ` : `liên kết ở trang “${PROPOSAL_TAB}”, cột “Ghi chú” của dòng đó ghi rõ`;
  return `Lưu ý: ${names.length} văn bản ${preview ? 'sẽ được thay thế' : 'vừa được thay thế'} đã được sửa sau khi công cụ tạo (có thể đã điền tay, ví dụ căn cứ hay tiền thưởng): ${names.slice(0, 5).map(q).join(', ')}${names.length > 5 ? ` và ${names.length - 5} văn bản khác` : ''}. Bản mới do công cụ tạo không có những phần sửa tay đó: ${preview ? 'sau khi tạo, ' : ''}mở bản cũ (${where}) và chép các phần đã sửa sang bản mới trước khi trình ký.`;
}

export const proposalSummary = {
  /**
   * Under the line of a batch done, when it replaced documents edited after the tool made them: the run's alert says it
   * too, but a batch finished by a continuation shows no alert (fix f80a F1).
   */
  edited: (names: readonly string[]) => editedParagraph(names, false, true),
  /** The same, first in the batch's line of "Tình trạng" (its detail is cut at 500 characters). */
  editedHealth: (n: number) => `Lưu ý: ${n} văn bản vừa được thay thế đã được sửa sau khi công cụ tạo (có thể đã điền tay); xem cột “Ghi chú” ở trang “${PROPOSAL_TAB}”.`,
  previewHead: `XEM TRƯỚC — lần xem trước này không tạo văn bản nào. Chọn menu “${PROPOSAL_MENU.generate}” để tạo.`,
  /**
   * Under the line of a batch not finished (made in part, its continuation set: review r78c F3), which stays on top: the
   * preview made nothing, what exists is listed as such, and the batch makes the rest by itself.
   */
  previewGoingOn: `XEM TRƯỚC — lần xem trước này không tạo văn bản nào. Đợt tạo văn bản ở dòng trên chưa xong: dòng “${PROPOSAL_STATUS.previewExists}” là văn bản đã tạo, các văn bản còn lại công cụ tự tạo tiếp; không cần bấm lại.`,
  /** Every document of the plan made, but the tabs changed meanwhile: the batch goes on with them (review "twohands" #1). */
  changed: (done: number) =>
    `Đã tạo ${done} văn bản, nhưng trong lúc tạo, trang “Thẩm định”, “${COUNCIL_TAB}”, “Cấu hình” hoặc phiếu của đơn vị đã thay đổi: công cụ tự chạy tiếp sau khoảng 1 phút để tạo các văn bản theo dữ liệu mới (bản đã tạo cùng ngày không còn đúng được đổi tên “[KHÔNG DÙNG] …”); không cần bấm lại. Chưa trình ký các văn bản này khi trang này chưa ghi “Đã tạo xong”.`,
  running: (done: number, total: number) =>
    `Đang tạo: đã xong ${done}/${total} văn bản. Công cụ tự chạy tiếp sau khoảng 1 phút (mỗi lần chạy tối đa 6 phút); không cần bấm lại. Tiến độ mới nhất: dòng đầu trang “${PROPOSAL_TAB}”.`,
  /**
   * The documents-created quota, as the tool's own count shows it: `made` documents since `since` (a time, quotaTime),
   * the quota whole again at `freesAt`.
   */
  quota: (done: number, total: number, made: number, since: string, freesAt: string) =>
    `Tạm dừng: đã xong ${done}/${total} văn bản; tài khoản đã dùng hết số văn bản được tạo trong ngày: từ ${since}, công cụ đã tạo ${made} văn bản (hạn mức ${DOCS_A_DAY}). Hạn mức được cấp lại lúc khoảng ${freesAt}; công cụ tự tạo tiếp ngay sau đó, không cần bấm lại. Các văn bản đã tạo không bị tạo lại. Tiến độ mới nhất: dòng đầu trang “${PROPOSAL_TAB}”.`,
  /**
   * After the line of the menu item that started a batch, once the batch's continuation ended it (`when`: "HH:mm ngày
   * dd/MM"): the line no longer says the tool goes on by itself (review r81x F4).
   */
  endedLater: (when: string) => `(Cập nhật lúc ${when}: lần tạo này đã kết thúc ở lần chạy “Tiếp tục tạo văn bản đề nghị khen thưởng”.)`,
  /** A step (`what`, PROPOSAL_STEP) failed: tried again by a continuation in about a minute. */
  retrying: (done: number, total: number, what: string, message: string, attempt: number, max: number) =>
    `Đang tạo: đã xong ${done}/${total} văn bản. Google vừa báo lỗi khi ${what} (lần ${attempt}/${max}): ${message}. Công cụ tự thử lại sau khoảng 1 phút; không cần bấm lại. Các văn bản đã tạo không bị tạo lại.`,
  /**
   * A step failed `attempts` times in a row: the batch stops until the office asks again. `template`: the template the
   * document is copied from (a fault that comes back at the same document may lie in it).
   */
  gaveUp: (done: number, total: number, what: string, message: string, attempts: number, template: string) =>
    `Dừng lại: đã xong ${done}/${total} văn bản; Google báo lỗi ${attempts} lần liền khi ${what}: ${message}. Các văn bản đã tạo được giữ nguyên. Nếu là lỗi tạm thời của Google, khoảng 30 phút sau hãy ${RESUME}.${template ? ` Nếu lần sau vẫn lỗi ở đúng văn bản này, hãy xem lại mẫu ${q(template)} trong thư mục ${q(PROPOSAL_TEMPLATE_FOLDER)} (lỗi có thể do nội dung của mẫu).` : ''}`,
  /** The creation of a document was refused `attempts` times in a row while the tool had made `made`: not its quota. */
  refusedUnderQuota: (done: number, total: number, what: string, message: string, attempts: number, made: number) =>
    `Dừng lại: đã xong ${done}/${total} văn bản; Google từ chối ${what} ${attempts} lần liền (${message}), dù trong 24 giờ qua công cụ mới tạo ${made} văn bản, còn xa hạn mức (${DOCS_A_DAY}). Có thể Google Drive đang gián đoạn, hoặc tài khoản này đã dùng hạn mức vào việc khác (một công cụ, tiện ích khác chạy bằng cùng tài khoản). Các văn bản đã tạo được giữ nguyên; khoảng 1 giờ sau, hãy ${RESUME}.`,
  /**
   * The line in "Tình trạng" of a stop after repeated failures (refusedUnderQuota, gaveUp: the tab's first line and
   * "Nhật ký lỗi" keep them whole): what to do first, then why — whole within the line's 500 characters with the note
   * endedLater after it, Google's words last, where a cut falls (review d81c F4).
   */
  stopLine: (done: number, total: number, what: string, message: string, attempts: number, underQuota: boolean) =>
    underQuota
      ? `Dừng lại: đã xong ${done}/${total} văn bản. Khoảng 1 giờ sau, hãy ${RESUME_SHORT}. Google từ chối ${what} ${attempts} lần liền dù công cụ còn xa hạn mức tạo văn bản trong ngày (xem dòng đầu trang ${q(PROPOSAL_TAB)}): ${sentenceEnd(message)}`
      : `Dừng lại: đã xong ${done}/${total} văn bản. Nếu là lỗi tạm thời của Google, khoảng 30 phút sau hãy ${RESUME_SHORT}. Google báo lỗi ${attempts} lần liền khi ${what} (xem dòng đầu trang ${q(PROPOSAL_TAB)}): ${sentenceEnd(message)}`,
  done: (total: number) =>
    `Đã tạo xong: ${total} văn bản. Chạy lại menu này tạo những văn bản còn thiếu và làm lại những văn bản có nội dung đã thay đổi (Hội đồng đổi quyết định, hình thức khen thưởng hay biểu quyết; phiếu hoặc “Cấu hình” được sửa): văn bản cũ được ghi là đã thay thế hoặc không còn trong danh sách đề nghị ở trang này; văn bản không đổi được giữ nguyên. Muốn tạo mới toàn bộ, chọn “${PROPOSAL_MENU.regenerate}”.`,
  nothingNew: (total: number) => `Không có văn bản mới cần tạo: đủ ${total} văn bản của danh sách hiện tại đã có.`,
  failed: (message: string) => `Lỗi khi tạo văn bản: ${message}. Các văn bản đã tạo được giữ nguyên; hãy ${RESUME}.`,
  /** `counts`: how many documents of each kind the batch holds (a kind without any is not named). */
  plan: (counts: { toTrinh: number; danhSach: number; bienBan: number; quyetDinh: number; baoCao: number }, totals: string) => {
    const parts = [
      counts.toTrinh ? `${counts.toTrinh} tờ trình` : '',
      counts.danhSach ? `${counts.danhSach} danh sách` : '',
      counts.bienBan ? `${counts.bienBan} biên bản họp Hội đồng` : '',
      counts.quyetDinh ? `${counts.quyetDinh} dự thảo quyết định` : '',
      counts.baoCao ? `${counts.baoCao} báo cáo thành tích` : '',
    ].filter((x) => x !== '');
    const total = counts.toTrinh + counts.danhSach + counts.bienBan + counts.quyetDinh + counts.baoCao;
    return `Danh sách đề nghị: ${totals}. Văn bản: ${parts.join(', ')} (tổng ${total}).`;
  },
  toCreate: (n: number) => `Còn phải tạo: ${n} văn bản.`,
  refused: (n: number) => `${n} văn bản chưa tạo được vì còn thiếu thông tin (công cụ không in ô trống vào văn bản): xem cột “Ghi chú” của từng dòng.`,
  /** Documents kept though the tool prints them otherwise now, their data unchanged (review "upgrade2" #1). */
  reprinted: (n: number) =>
    `${n} văn bản đã tạo được giữ nguyên, không tạo lại: dữ liệu đề nghị không đổi, chỉ cách in của công cụ đã khác từ khi công cụ được cập nhật. Xem cột “Ghi chú” của từng dòng.`,
  noNominees: `Chưa có tập thể, cá nhân nào được đề nghị: ở trang “Thẩm định”, chọn “Đề nghị khen” trong cột “Quyết định của Hội đồng” cho các phiếu Đạt, rồi chạy lại.`,
  reviewMissing: `Chưa có trang “Thẩm định”: chọn menu “Cập nhật tổng hợp” để tạo, rồi chọn “Đề nghị khen” cho các phiếu Đạt.`,
  skipped: (n: number) => `${n} phiếu được chọn “Đề nghị khen” nhưng không đủ điều kiện (chưa Đạt, đã được đăng ký lại hoặc không còn trong danh sách phiếu) nên không đưa vào tờ trình — xem cột “Ghi chú” ở trang “Thẩm định”.`,
  /** Đạt, chosen, but the decision held until the council confirms it (NomineeSelection.held; review messages M1). */
  held: (n: number) =>
    `${n} phiếu được chọn “Đề nghị khen” đang tạm giữ, chờ Hội đồng xác nhận lại (phiếu đã sửa sau khi Hội đồng quyết định, hoặc quyết định bị dời sang dòng khác) nên chưa đưa vào tờ trình — cột “Ghi chú” ở trang “Thẩm định” nói cách xác nhận.`,
  /** The first line when no one is in the Tờ trình: nothing made, nothing due (review messages H1). */
  noneProposed: `Chưa tạo văn bản nào: chưa có tập thể, cá nhân nào được đưa vào tờ trình.`,
  /** `known`: the placeholders the tool fills in this template, each with what it prints. */
  unknownPlaceholders: (template: string, names: string[], known: readonly string[]) =>
    `Mẫu ${q(template)} có ô thay thế công cụ không biết, đã được xóa khỏi văn bản tạo ra: ${placeholderList(names)}. Nếu ô đó cần in thông tin, hãy sửa tên ô trong mẫu cho đúng ${REMAKE}. Các ô công cụ điền trong mẫu này: ${known.map((n) => (PROPOSAL_PLACEHOLDER_HELP[n] ? `{{${n}}} (${PROPOSAL_PLACEHOLDER_HELP[n]})` : `{{${n}}}`)).join('; ')}.`,
  splitPlaceholders: (template: string, names: string[]) =>
    `Mẫu ${q(template)} có ô thay thế bị tách bởi định dạng (một phần in đậm/nghiêng khác), công cụ không thay được nên ô vẫn còn nguyên trong văn bản tạo ra: ${placeholderList(names)}. Hãy gõ lại cả ô (kể cả dấu ngoặc) một lần, cùng một định dạng, ${REMAKE}.`,
  missingRows: (template: string, kind: string, sample: string) =>
    `Mẫu ${q(template)} không còn dòng mẫu của bảng ${kind} (dòng có ${sample}); bảng này không được điền.`,
  templatesMissing: `Chưa có các mẫu văn bản: công cụ sẽ tạo khi chạy “Thiết lập” hoặc khi tạo tờ trình.`,
  pdf: 'Kèm bản PDF của mỗi văn bản.',
};

/** What a document cannot be made without, named where the office or the school fills it in. */
export const PROPOSAL_GAP = {
  config: (setting: string) => `mục ${q(setting)} ở trang “Cấu hình”`,
  name: (question: string) => `câu hỏi ${q(question)} của phiếu đăng ký`,
  narrative: (question: string) => `câu hỏi ${q(question)} của phiếu đăng ký (nội dung mục II “Thành tích đạt được” của báo cáo thành tích)`,
  principal: (column: string) => `cột ${q(column)} của trường ở trang “Đơn vị” (người ký báo cáo thành tích tập thể)`,
  school: (question: string) => `câu hỏi ${q(question)} của phiếu đăng ký (đơn vị không có trong trang “Đơn vị”)`,
  commune: (column: string) =>
    `cột ${q(column)} của trường ở trang “Đơn vị”, ghi đủ “Xã …” hoặc “Phường …” (từ 01/7/2025, báo cáo thành tích của trường mầm non, tiểu học, THCS ghi cơ quan chủ quản là Ủy ban nhân dân xã, phường)`,
};

/**
 * The school's achievement summary ("Tóm tắt thành tích, cách làm hay") is printed as written in the report's section on
 * results; when it looks like junk the progress tab says so, and what to ask the school for (the verdict is unchanged).
 */
/**
 * A school asked to rewrite its summary edits the registration the council proposed: a new one would replace it, and
 * the council's decision stays with the replaced registration.
 */
export const EDIT_NOT_RESEND = ' Trường sửa ngay trên phiếu này (đường dẫn sửa phiếu trong thư báo kết quả kiểm tra; thư không có đường dẫn thì liên hệ cơ quan), không gửi phiếu mới: phiếu mới sẽ thay thế phiếu Hội đồng đã đề nghị.';

/** A document's notes, the closing EDIT_NOT_RESEND said once, after the last note that ends with it. */
export function notesOnce(notes: readonly string[]): string[] {
  const last = notes.map((n) => n.endsWith(EDIT_NOT_RESEND)).lastIndexOf(true);
  return notes.map((n, i) => (i !== last && n.endsWith(EDIT_NOT_RESEND) ? n.slice(0, -EDIT_NOT_RESEND.length) : n));
}

export const PROPOSAL_SUMMARY_WARNING = {
  short: (question: string, words: number) =>
    `Lưu ý: câu trả lời ${q(question)} (in nguyên văn vào phần kết quả, thành tích của báo cáo) chỉ có ${words} từ, chưa đủ một, hai câu. Đề nghị trường bổ sung bản tóm tắt cụ thể: đã làm gì, làm thế nào, đạt kết quả gì (số liệu, danh hiệu, giải thưởng).${EDIT_NOT_RESEND}`,
  markup: (question: string, sample: string) =>
    `Lưu ý: câu trả lời ${q(question)} có đoạn giống mã máy tính hoặc công thức (${q(sample)}); báo cáo in nguyên văn như chữ thường. Đề nghị trường sửa câu trả lời này bằng lời văn, không có thẻ HTML “<…>”, “{{…}}” hay công thức bắt đầu bằng “=”.${EDIT_NOT_RESEND}`,
  /** An award answer the report would print that holds a web link: not printed, the report holds a gap instead. */
  link: (question: string) =>
    `Lưu ý: câu trả lời ${q(question)} có đường liên kết; báo cáo thành tích không in câu trả lời này mà để “[… — đơn vị bổ sung]” ở mục các hình thức khen thưởng. Đề nghị trường ghi bằng lời: danh hiệu, hình thức khen thưởng, cơ quan, số và ngày quyết định.${EDIT_NOT_RESEND}`,
  /** An award answer the report prints that gives a decision's number or date but names no award (text.ts awardUnnamed). */
  unnamedAward: (question: string) =>
    `Lưu ý: câu trả lời ${q(question)} chỉ ghi số, ngày quyết định, chưa ghi danh hiệu hoặc hình thức khen thưởng; báo cáo thành tích in nguyên văn ở mục các hình thức khen thưởng. Đề nghị trường ghi rõ danh hiệu, hình thức khen thưởng, cơ quan, số và ngày quyết định.${EDIT_NOT_RESEND}`,
  /** Initiatives whose decision was given by a web link: the report prints a gap for its number. */
  decisionLink: (names: readonly string[]) =>
    `Lưu ý: số quyết định công nhận của ${names.length > 1 ? 'các sáng kiến, giải pháp' : 'sáng kiến, giải pháp'} ${names.map(q).join(', ')} được ghi bằng đường liên kết; báo cáo thành tích để “[số, ngày quyết định — đơn vị bổ sung]”. Đề nghị trường ghi số, ngày quyết định công nhận.${EDIT_NOT_RESEND}`,
  repeated: (question: string, times: number, sentence: string) =>
    `Lưu ý: câu trả lời ${q(question)} lặp lại một câu ${times} lần (${q(sentence)}). Đề nghị trường gửi lại phần tóm tắt, mỗi ý viết một lần.${EDIT_NOT_RESEND}`,
};

export const PROPOSAL_OMITTED = 'Đã bỏ các dòng không có thông tin:';
/** Where an optional line's value comes from, as the note of the progress tab names it. */
export const PROPOSAL_OMITTED_SOURCE = {
  questions: (titles: string[]) =>
    `${titles.length > 1 ? 'các câu hỏi' : 'câu hỏi'} ${titles.map(q).join(', ')} của phiếu đăng ký (không bắt buộc, chưa trả lời)`,
  /**
   * The ratings line of a report: no year that counts (a school year from its counting day, a calendar year of an
   * organisation from 01/12) has a rating in `title` yet — in the first year of a period, none counts at all.
   */
  ratings: (title: string, collective: boolean) =>
    `câu hỏi ${q(title)} của phiếu đăng ký (chưa có kết quả xếp loại của ${collective ? 'năm' : 'năm học'} nào trong giai đoạn đã đến lúc được tính)`,
  config: (setting: string) => `mục ${q(setting)} ở trang “Cấu hình” (để trống)`,
  directory: (column: string) => `cột ${q(column)} ở trang “Đơn vị” (để trống)`,
  /** A placeholder the office typed into its template, known to the tool, without a value for this document. */
  placeholder: (name: string) => `ô {{${name}}} của mẫu (không có thông tin)`,
};
/** Up to three schools by name, then how many more, and what they have in common (communeRoute, communeOwnAward). */
const communeSchools = (schools: readonly string[]) =>
  `${schools.length <= 3 ? schools.join(', ') : `${schools.slice(0, 3).join(', ')} và ${schools.length - 3} trường khác`} — trường mầm non, tiểu học, trung học cơ sở do Ủy ban nhân dân xã, phường quản lý từ ngày 01/7/2025`;

/** "Kiểm tra họ tên trước khi ký: “…” (DK-…, school; có lẽ là “…”), …": the first five names of a name note. */
function namesToCheck(items: readonly { name: string; id: string; school: string; likely: string | null }[]): string {
  const listed = items.slice(0, 5).map((i) => `${q(i.name)} (${i.id}, ${i.school}${i.likely ? `; có lẽ là ${q(i.likely)}` : ''})`);
  return `Kiểm tra họ tên trước khi ký: ${listed.join(', ')}${items.length > 5 ? ` và ${items.length - 5} họ tên khác` : ''}`;
}

export const proposalNote = {
  /** On the row of a document kept though the tool prints it otherwise now (proposalSummary.reprinted). */
  reprinted: `Bản đã tạo được giữ nguyên (có thể đã được sửa tay hoặc đã ký): dữ liệu đề nghị không đổi, nhưng phiên bản hiện tại của công cụ in văn bản này khác bản đã tạo. Muốn có bản in theo phiên bản hiện tại, chọn menu “${PROPOSAL_MENU.regenerate}” (công cụ tạo lại mọi văn bản trong một thư mục mới; văn bản đã tạo giữ nguyên).`,
  /**
   * On the row of a document replaced though it had been edited after the tool made it (review r79h F1); `when`: its last
   * change (quotaTime).
   */
  editedReplaced: (when: string) =>
    `Văn bản này đã được sửa sau khi công cụ tạo (sửa lần cuối lúc ${when}), có thể là phần điền tay: văn bản mới công cụ tạo thay cho bản này không có những phần sửa tay đó. Mở bản này và chép các phần đã sửa sang bản mới trước khi trình ký.`,
  /** The draft Quyết định's lines printed as "[… — cơ quan bổ sung]": what to write, where. */
  toComplete: (items: string[]) =>
    `Dự thảo còn dòng “[… — cơ quan bổ sung]”: ${items.join('; ')}. Điền trong dự thảo trước khi trình ký, hoặc ghi vào trang “Cấu hình”, cột B của dòng có tên mục đó ở cột A (chưa có dòng đó thì thêm một dòng, cột A ghi đúng tên mục) ${REMAKE}.`,
  /**
   * The Tờ trình's căn cứ of the office's plan without its number or date (review now N1): a "[… — cơ quan bổ sung]" gap in
   * one made now, a line citing no plan in one an earlier version made and kept (review upgrade5 M1): what to write, where.
   */
  /**
   * A Tờ trình made before the council's meeting is recorded (review r73l): no Biên bản goes with it (a template of an
   * earlier version that listed one among the attachments is rewritten: LEGACY_PHRASES).
   */
  beforeMeeting: () =>
    `Hội đồng chưa họp (trang “${COUNCIL_TAB}” chưa có cuộc họp): tờ trình ghi “Căn cứ kết quả họp xét…” và không kèm biên bản họp. Sau khi Hội đồng họp, điền trang này rồi tạo lại văn bản để tờ trình dẫn biên bản.`,
  toCompleteToTrinh: (items: string[]) =>
    `Dòng căn cứ Kế hoạch của tờ trình chưa có đủ số, ngày ban hành của Kế hoạch — ${items.join('; ')}. Điền vào dòng đó trong tờ trình trước khi trình ký, hoặc ghi vào trang “Cấu hình”, cột B của dòng có tên mục đó ở cột A ${REMAKE}.`,
  /** The office's plan not given in full: the rows of "Cấu hình" left empty (null: that part is given). */
  planItem: (numberSetting: string | null, dateSetting: string | null, titleSetting: string | null = null) => {
    const what = [numberSetting && dateSetting ? 'số, ngày ban hành' : numberSetting ? 'số, ký hiệu' : dateSetting ? 'ngày ban hành' : '', titleSetting ? 'trích yếu' : ''].filter((x) => x !== '').join(', ');
    const rows = [numberSetting, dateSetting, titleSetting].filter((x): x is string => !!x);
    return `căn cứ Kế hoạch của cơ quan: ${what} (${rows.length > 1 ? 'các mục' : 'mục'} ${rows.map(q).join(', ')}${rows.length > 1 ? '; cơ quan chưa có Kế hoạch của giai đoạn thì xóa dòng này trong văn bản' : ''})`;
  },
  /** The plan cited was issued before its period could have a plan (config.ts planDateProblem, review now N1). */
  planDateBefore: (setting: string, numberSetting: string, date: string, earliestYear: number, period: string) =>
    `Kiểm tra trước khi ký: văn bản dẫn “Căn cứ Kế hoạch” ngày ${date} (mục ${q(setting)} ở trang “Cấu hình”), ban hành trước năm ${earliestYear}: nhiều khả năng không phải Kế hoạch của giai đoạn ${period} (thường là Kế hoạch của giai đoạn trước, còn lại khi sao chép tệp). Văn bản in đúng như cơ quan ghi; nếu không đúng, ghi số, ngày ban hành Kế hoạch giai đoạn ${period} ở mục ${q(numberSetting)} và ${q(setting)} ${REMAKE}.`,
  /** The plan cited is dated after the document citing it. */
  planDateAfter: (setting: string, date: string, day: string) =>
    `Kiểm tra trước khi ký: văn bản ghi ngày ${day} nhưng dẫn “Căn cứ Kế hoạch” ngày ${date} (mục ${q(setting)} ở trang “Cấu hình”), tức một Kế hoạch ban hành sau văn bản. Văn bản in đúng như cơ quan ghi; nếu ngày đó ghi nhầm, sửa ở mục ${q(setting)} ${REMAKE}.`,
  competenceItem: (setting: string) => `căn cứ chức năng, nhiệm vụ, quyền hạn của cơ quan (mục ${q(setting)})`,
  rewardItem: (setting: string) => `điều về tiền thưởng: mức thưởng, nguồn chi (mục ${q(setting)})`,
  refused: (gaps: string[]) => `Chưa tạo văn bản này vì còn thiếu: ${gaps.join('; ')}. Bổ sung rồi chọn lại menu “${PROPOSAL_MENU.generate}”.`,
  // A known placeholder without a value takes its (optional) line out of the document: said so, never printed;
  // `sources`: where each value is filled in (PROPOSAL_OMITTED_SOURCE).
  missing: (sources: string[]) => `${PROPOSAL_OMITTED} ${sources.join('; ')}.`,
  unknown: (names: string[]) => `Ô thay thế không biết, đã xóa khỏi văn bản: ${placeholderList(names)}.`,
  split: (names: string[]) => `Ô thay thế bị tách định dạng, không thay được (còn nguyên trong văn bản): ${placeholderList(names)}.`,
  missingRows: (kind: string) => `Mẫu không có dòng mẫu của bảng ${kind}.`,
  /**
   * A commune's Tờ trình for the Bộ trưởng's Bằng khen: the route is the tool's assumption (Luật Thi đua, khen thưởng
   * 2022, Điều 83: the commune's chair proposes to the competent level; which body forwards it is not confirmed).
   */
  /**
   * The district office's own Giấy khen (review docs H2): Luật Thi đua, khen thưởng 2022, Điều 80, gives a Giấy khen to
   * the heads of a province's departments and the chairs of district and commune People's Committees, not to a
   * district office's head; the plan has that office propose the Giám đốc Sở's (III.4). Said on its Tờ trình and draft.
   */
  phongGiayKhen: (office: string, before2024 = false) =>
    // The law in force on the document's date (review r73l #8): before 01/01/2024, the 2003 law as amended (no article
    // cited: the tool has not checked its numbering), which did not give a district office's head a Giấy khen either.
    `Kiểm tra thẩm quyền trước khi ký: ${before2024 ? 'Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013)' : 'Luật Thi đua, khen thưởng 2022 (Điều 80)'} giao tặng Giấy khen cho thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh, Chủ tịch Ủy ban nhân dân cấp huyện, cấp xã…, không giao cho ${office}; Kế hoạch (mục III.4) đề nghị Giám đốc Sở tặng Giấy khen. Nếu quy chế thi đua, khen thưởng của địa phương không giao thẩm quyền này cho ${office}, không ban hành dự thảo Quyết định: ở trang “Thẩm định”, chọn “${AWARD_LEVEL_CHOICES.giayKhenSo}” ở cột “${AWARD_LEVEL_HEADER}” để có tờ trình, danh sách gửi Giám đốc Sở.`,
  /**
   * A school's own Giấy khen (review r82d F1): Luật Thi đua, khen thưởng 2022, Điều 80 (Công báo 571–572/2022) gives the
   * Giấy khen to heads of legal-entity units under a Bộ, ban, ngành, heads of a province's departments (khoản 1), chairs
   * of district and commune People's Committees (khoản 2, 3), heads of enterprises (khoản 4) — no school principal named.
   * Whether a province's rules let a principal award one is for the school to confirm: the note says where to look and
   * what to do otherwise. `commune`: the commune's or ward's Ủy ban that manages the school; `department`: the Sở above
   * it ('' = not known); `district`: the district level "Cấu hình" names above it (its district education office, the district's Ủy
   * ban: review d82a F2) — while the district level stood (`districtStood`: a document dated before 01/07/2025) its chair
   * is named (khoản 2), after that the setting is to correct (`gone`). Before 01/01/2024 the 2003 law applied, not
   * checked by the tool: said so, no article cited.
   */
  schoolGiayKhen: (o: {
    commune: string | null;
    department: string;
    district?: { office: string; committee: string | null; gone: boolean; setting: string; from: string } | null;
    districtStood?: boolean;
    before2024: boolean;
  }) => {
    const law = o.before2024
      ? 'văn bản ghi ngày trước 01/01/2024, khi Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013) còn hiệu lực; công cụ chưa đối chiếu luật này về người có thẩm quyền tặng giấy khen.'
      : o.districtStood
        ? 'Luật Thi đua, khen thưởng 2022 (Điều 80) giao quyết định tặng giấy khen cho thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh (như Giám đốc Sở), Chủ tịch Ủy ban nhân dân cấp huyện, cấp xã, thủ trưởng đơn vị có tư cách pháp nhân thuộc Bộ, ban, ngành…; điều này không nêu hiệu trưởng trường học.'
        : 'Luật Thi đua, khen thưởng 2022 (Điều 80) giao quyết định tặng giấy khen cho thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh (như Giám đốc Sở), Chủ tịch Ủy ban nhân dân cấp xã, thủ trưởng đơn vị có tư cách pháp nhân thuộc Bộ, ban, ngành…; điều này không nêu hiệu trưởng trường do Sở hay Ủy ban nhân dân xã, phường quản lý.';
    const d = o.district;
    if (d && d.gone) {
      return `Kiểm tra thẩm quyền trước khi ký: ${law} Mục ${q(d.setting)} ở trang “Cấu hình” ghi ${q(d.office)}, cơ quan cấp huyện không còn từ ${d.from} (chính quyền địa phương hai cấp), trong khi văn bản ghi ngày sau đó. Ghi Ủy ban nhân dân xã, phường hay Sở đang quản lý trường ở mục đó ${REMAKE}. Đối chiếu quy chế thi đua, khen thưởng của tỉnh hoặc hỏi cơ quan đó xem Hiệu trưởng có được tặng giấy khen không; nếu không, không ban hành dự thảo Quyết định.`;
    }
    if (d) {
      const chair = `Chủ tịch ${d.committee ?? 'Ủy ban nhân dân cấp huyện'}`;
      const guide = d.committee === d.office ? 'của Ủy ban' : `của ${d.office}`;
      return `Kiểm tra thẩm quyền trước khi ký: ${law} Đối chiếu quy chế thi đua, khen thưởng của tỉnh, của huyện hoặc hỏi ${d.office} xem Hiệu trưởng có được tặng giấy khen không; nếu không, không ban hành dự thảo Quyết định: đề nghị ${chair} tặng giấy khen${o.before2024 ? '' : ' (Điều 80, khoản 2)'} — lập tờ trình theo hướng dẫn ${guide}, công cụ không có mức khen này cho trường.`;
    }
    const department = o.department || 'Sở Giáo dục và Đào tạo';
    const toSo = `ở trang “Thẩm định”, chọn “${AWARD_LEVEL_CHOICES.giayKhenSo}” ở cột “${AWARD_LEVEL_HEADER}” để có tờ trình, danh sách gửi Giám đốc ${department}`;
    const instead = o.commune
      ? `đề nghị Chủ tịch ${o.commune} tặng giấy khen${o.before2024 ? '' : ' (Điều 80, khoản 3)'} — lập tờ trình theo hướng dẫn của Ủy ban, công cụ không có mức khen này cho trường — hoặc ${toSo} (qua ${o.commune})`
      : toSo;
    return `Kiểm tra thẩm quyền trước khi ký: ${law} Đối chiếu quy chế thi đua, khen thưởng của tỉnh hoặc hỏi ${o.commune ?? (o.department || 'cơ quan quản lý trường')} xem Hiệu trưởng có được tặng giấy khen không; nếu không, không ban hành dự thảo Quyết định: ${instead}.`;
  },
  /**
   * Nominees whose award level changed after the council's vote (their level when the round's first documents were
   * made, on `day`): the Biên bản prints that vote for the level as it stands now (review council58 H1).
   */
  levelChangedAfterVote: (changes: readonly { name: string; was: string; now: string }[], day: string) =>
    `Kiểm tra trước khi ký: hình thức khen của ${changes
      .slice(0, 3)
      .map((c) => `${c.name} (từ ${c.was} thành ${c.now})`)
      .join(', ')}${changes.length > 3 ? ` và ${changes.length - 3} trường hợp khác` : ''} đã đổi sau khi văn bản của cuộc họp này được tạo ngày ${day}; Biên bản ghi kết quả biểu quyết của cuộc họp cho hình thức mới. Nếu Hội đồng chưa biểu quyết về hình thức mới, ghi kết quả cuộc họp xét lại ở trang “Họp Hội đồng TĐKT”, hoặc trả lại hình thức cũ ở trang “Thẩm định”, rồi tạo lại văn bản.`,
  /** A Tờ trình of the district office ("phong") dated after the district level ended (src/core/proposals.ts planDocuments). */
  defunctOffice: (setting: string, from: string, office: string) =>
    `Kiểm tra trước khi ký: mục ${q(setting)} ở trang “Cấu hình” là ${office} cấp huyện, cơ quan không còn từ ${from} (chính quyền địa phương hai cấp), trong khi văn bản ghi ngày sau đó. Nếu cơ quan lập hồ sơ là Sở Giáo dục và Đào tạo hay Ủy ban nhân dân xã, phường, chọn đúng loại cơ quan ở mục đó ${REMAKE}.`,
  /** "Cơ quan chủ quản" names a district People's Committee in a document dated after 1/7/2025 (review r75c F2). */
  defunctGoverningBody: (setting: string, body: string, from: string, commune: boolean, district: boolean) =>
    `Kiểm tra trước khi ký: văn bản in ${q(body)} (mục ${q(setting)} ở trang “Cấu hình”) ở đầu văn bản${district ? `, trong khi cấp huyện không còn từ ${from} (chính quyền địa phương hai cấp)` : ''}. ${commune ? 'Ủy ban nhân dân xã, phường không có cơ quan chủ quản ở đầu văn bản: để trống mục đó' : 'Ghi đúng cơ quan chủ quản hiện nay ở mục đó (không có thì để trống)'} ${REMAKE}.`,
  /** A Sở's Tờ trình above its Giấy khen proposing staff of commune-managed schools (src/core/proposals.ts communeRouteWarnings). */
  communeRoute: (schools: readonly string[]) =>
    `Kiểm tra đường trình trước khi ký: tờ trình có tập thể, cá nhân thuộc ${communeSchools(schools)}. Luật Thi đua, khen thưởng 2022 (Điều 83, khoản 1) giao cấp quản lý — Chủ tịch Ủy ban nhân dân xã, phường — xét hoặc trình khen thưởng cho người thuộc phạm vi quản lý; phong trào do Sở phát động có được Sở trình trực tiếp hay không, công cụ chưa xác nhận được. Đối chiếu quy chế thi đua, khen thưởng của tỉnh; nếu cần, kèm ý kiến hoặc tờ trình của Ủy ban nhân dân xã, phường.`,
  /**
   * A Sở's Tờ trình for its own Giấy khen proposing staff of commune-managed schools (review docs M3): the head of a Sở
   * awards a Giấy khen (Luật 2022, Điều 80, khoản 1), but the level that manages the staff considers their awards
   * (Điều 83, khoản 1).
   */
  communeOwnAward: (schools: readonly string[]) =>
    `Kiểm tra thẩm quyền trước khi ký: giấy khen đề nghị tặng tập thể, cá nhân thuộc ${communeSchools(schools)}. Luật Thi đua, khen thưởng 2022 (Điều 83, khoản 1) giao cấp quản lý — Chủ tịch Ủy ban nhân dân xã, phường — xét tặng hoặc trình khen thưởng cho người thuộc phạm vi quản lý; Giám đốc Sở tặng giấy khen cho họ (chẳng hạn trong phong trào do Sở phát động) có đúng quy định hay không, công cụ chưa xác nhận được. Đối chiếu quy chế thi đua, khen thưởng của tỉnh; nếu không đúng, đề nghị Ủy ban nhân dân xã, phường xét tặng.`,
  /**
   * A UBND xã/phường's Tờ trình for people of an upper-secondary school ("Cấp học" THPT in "Đơn vị"), which the Sở
   * manages: the mirror of communeOwnAward (review r70x M3). `ownAward`: its own Giấy khen, else one it proposes upward.
   */
  sectorSchoolAward: (schools: readonly string[], ownAward: boolean) =>
    `Kiểm tra thẩm quyền trước khi ký: ${ownAward ? 'giấy khen đề nghị tặng' : 'tờ trình đề nghị khen thưởng'} tập thể, cá nhân thuộc ${schools.length <= 3 ? schools.join(', ') : `${schools.slice(0, 3).join(', ')} và ${schools.length - 3} trường khác`} — trường trung học phổ thông, do Sở Giáo dục và Đào tạo quản lý, không thuộc Ủy ban nhân dân xã, phường. Luật Thi đua, khen thưởng 2022 (Điều 83, khoản 1) giao cấp quản lý xét tặng hoặc trình cấp có thẩm quyền khen thưởng cho người thuộc phạm vi quản lý; Ủy ban nhân dân xã, phường ${ownAward ? 'tặng giấy khen' : 'trình khen thưởng'} cho họ (chẳng hạn trong phong trào do xã, phường phát động) có đúng quy định hay không, công cụ chưa xác nhận được. Đối chiếu quy chế thi đua, khen thưởng của tỉnh; nếu không đúng, bỏ người đó khỏi đề nghị (ô “Quyết định của Hội đồng” ở trang “Thẩm định”) và đề nghị trường gửi Sở Giáo dục và Đào tạo xét.`,
  /** A commune's report placing its school in another commune, from the school's "Xã/phường" (proposals.ts communeWardWarnings). */
  communeWard: (ward: string, office: string, column: string) =>
    `Kiểm tra trước khi ký: báo cáo ghi trường “đóng trên địa bàn ${ward}” (cột “${column}” ở trang “Đơn vị”), trong khi văn bản đứng tên và ghi địa danh của ${office}. Nếu đó là tên xã, phường trước khi sắp xếp đơn vị hành chính, sửa cột “${column}” thành tên hiện nay ${REMAKE}; nếu đúng, giữ văn bản.`,
  /** An individual who declared heading the unit, while "Đơn vị" names another head (src/core/proposals.ts headWarnings). */
  /** A nominee's years rated below "tốt" (`years` as read; `rating`: the grid's column). */
  belowGood: (years: string, rating: string) =>
    `Lưu ý cho Hội đồng: phiếu ghi xếp loại “${rating}” (dưới mức hoàn thành tốt) ở ${years}; kế hoạch yêu cầu điển hình tiên tiến là cá nhân tiêu biểu, xuất sắc trong công tác chuyên môn (mục II.2). Xem lại trước khi trình ký.`,
  /** A nominee's recognised initiatives dated before the period (src/core/proposals.ts earlyInitiativeWarnings). */
  earlyInitiative: (initiatives: readonly { name: string; year: number }[], start: number, end: number) =>
    `Lưu ý cho Hội đồng: ${initiatives.length > 1 ? 'các sáng kiến, giải pháp' : 'sáng kiến, giải pháp'} ${initiatives.map((i) => `${q(i.name)} (công nhận năm ${i.year})`).join(', ')} được công nhận trước giai đoạn ${start}-${end}. Kế hoạch không giới hạn năm công nhận (mục II.2.a); Hội đồng xem thành tích này còn tiêu biểu cho giai đoạn hay không trước khi trình ký.`,
  headConflict: (principal: string, column: string) =>
    `Người được đề nghị khai là người đứng đầu đơn vị, nhưng trang “Đơn vị” (cột ${q(column)}) ghi người đứng đầu là ${q(principal)}; báo cáo in ${q(principal)} ở khối “Thủ trưởng đơn vị xác nhận, đề nghị”. Kiểm tra trang “Đơn vị” hoặc phiếu của trường trước khi ký; sửa trang “Đơn vị” ${REMAKE}.`,
  /** headConflict, on a list that prints the nominees' positions (Danh sách, the draft Quyết định): whom it concerns (review docs M3). */
  headConflictListed: (people: readonly { name: string; principal: string }[]) =>
    `${people.length > 1 ? `${people.length} người được đề nghị khai` : 'Người được đề nghị khai'} là người đứng đầu đơn vị, nhưng trang “Đơn vị” ghi người đứng đầu khác: ${people.map((p) => `${q(p.name)} (trang “Đơn vị” ghi ${q(p.principal)})`).join(', ')}; danh sách in chức vụ theo phiếu. Kiểm tra trang “Đơn vị” hoặc phiếu của trường trước khi ký; sửa trang “Đơn vị” hoặc phiếu ${REMAKE}.`,
  /**
   * Initiatives' decision numbers the response tab holds as numbers (review input F2: Forms typed "1.250" as 1250, "05"
   * as 5): the report prints the number; what the school typed is in the form's responses.
   */
  decisionReadAsNumber: (items: readonly { name: string; printed: string }[]) =>
    `Số quyết định công nhận của ${items.map((i) => `sáng kiến, giải pháp ${q(i.name)} (in là “${i.printed}”)`).join(', ')} được bảng tính lưu thành số, nên có thể khác số trường đã gõ (ví dụ “1.250” thành 1250, “05” thành 5). Đối chiếu với câu trả lời trong Google Biểu mẫu (Câu trả lời → Cá nhân) và sửa trong báo cáo, danh sách trước khi ký nếu khác.`,
  /**
   * The nominee heads a school run by a commune since 1/7/2025 (review docs M2): their own report is confirmed by the
   * school's direct superior, the commune's chair — not the office's head, who decides the award. The name is left blank.
   */
  communeHeadConfirms: (committee: string | null) =>
    `Người được đề nghị là hiệu trưởng của trường do ${committee ?? 'Ủy ban nhân dân xã, phường'} quản lý: khối “Thủ trưởng đơn vị xác nhận, đề nghị” của báo cáo để trống tên, để Chủ tịch ${committee ?? 'Ủy ban nhân dân xã, phường'} (cấp trên trực tiếp của nhà trường) ký, ghi rõ họ tên.`,
  /**
   * A nominee who bears the name of her school's head (`column` of "Đơn vị") but whose answers say she is not the head
   * (review r75s F3): printed as another person; if it is the head who answered wrongly, the school corrects the form.
   */
  namesakeOfHead: (name: string, column: string, question: string) =>
    `${q(name)} trùng họ tên với người đứng đầu đơn vị ghi ở trang “Đơn vị” (cột ${q(column)}), nhưng phiếu không khai là người đứng đầu (câu ${q(question)} trả lời “Không” hoặc vị trí việc làm không phải cán bộ quản lý): báo cáo coi là hai người và in ${q(name)} ở khối “Thủ trưởng đơn vị xác nhận, đề nghị”. Nếu là một người, đề nghị trường sửa câu ${q(question)} thành “Có” rồi chọn menu “${PROPOSAL_MENU.regenerate}”: báo cáo của người đứng đầu do cấp trên xác nhận.${EDIT_NOT_RESEND}`,
  /**
   * Nominees printed with the category of "Vị trí việc làm" ("Cán bộ quản lý"), not a chức vụ: they left "Chức vụ"
   * blank and are not the head the tool could title (review r75s F1). The list or report prints the category.
   */
  positionMissing: (people: readonly { name: string; printed: string }[], question: string, role: string, list: boolean) =>
    `Chưa có chức vụ: ${people.map((p) => `${q(p.name)} (in ${q(p.printed)})`).join(', ')} bỏ trống câu ${q(question)} của phiếu; ${positionPrintedAt(list)} loại vị trí việc làm đã chọn ở câu ${q(role)}, không phải chức vụ (ví dụ “Phó Hiệu trưởng”). Sửa trong văn bản trước khi ký, hoặc đề nghị trường ghi câu ${q(question)} rồi chọn menu “${PROPOSAL_MENU.regenerate}”.${EDIT_NOT_RESEND}`,
  /**
   * Positions typed in capitals ("TỔ TRƯỞNG CHUYÊN MÔN"), printed as typed (review r77t F2): not changed by the tool,
   * which cannot tell which words keep their capital ("Phó Hiệu trưởng", "Tổng phụ trách Đội").
   */
  positionCase: (people: readonly { name: string; position: string }[], question: string, list: boolean) =>
    `Kiểm tra chức vụ trước khi ký: ${people.map((p) => `${q(p.position)} (${p.name})`).join(', ')} được gõ bằng chữ in hoa ở câu ${q(question)} của phiếu; ${positionPrintedAt(list)} đúng như đã gõ. Sửa trong văn bản trước khi ký (viết hoa chữ cái đầu, ví dụ “Tổ trưởng chuyên môn”, “Phó Hiệu trưởng”), hoặc đề nghị trường sửa câu ${q(question)} rồi chọn menu “${PROPOSAL_MENU.regenerate}”.${EDIT_NOT_RESEND}`,
  /** Two nominees that may be one person (src/core/duplicates.ts markAlike): both proposed. */
  alike: (refs: readonly { id: string; school: string }[], team = false) =>
    team
      ? `Có thể trùng tập thể với ${refs.map((a) => `${a.id} (${a.school})`).join(', ')}, cũng được đề nghị khen (cùng đơn vị, tên chỉ khác ở các chữ như “Tổ”, “Tổ chuyên môn”, “Nhóm” hay tên trường). Nếu là một tập thể, đổi quyết định của một phiếu ở trang “Thẩm định” ${REMAKE}; nếu khác, bỏ qua lưu ý này.`
      : `Có thể trùng người với ${refs.map((a) => `${a.id} (${a.school})`).join(', ')}, cũng được đề nghị khen (cùng họ tên, không kể chức danh, dấu câu, dấu thanh hay tên gõ không dấu; cùng năm sinh, hoặc cùng đơn vị mà năm sinh khác nhau hay một phiếu không ghi năm sinh). Nếu là một người, đổi quyết định của một phiếu ở trang “Thẩm định” ${REMAKE}; nếu khác người, bỏ qua lưu ý này.`,
  formerSchool: (registered: string, now: string, column: string) =>
    `Tập thể “${registered}” mang tên cũ của ${now} (cột “${column}” ở trang “Đơn vị”: trường đã đổi tên, hoặc đã sáp nhập vào ${now}). Văn bản in tên như khi đăng ký, là tên một đơn vị có thể không còn: trước khi ký, Hội đồng xác nhận đơn vị được đề nghị và, nếu cần, sửa tên trong danh sách, tờ trình và dự thảo quyết định thành tên hiện nay.`,
  otherName: (refs: readonly { id: string; school: string }[]) =>
    `Có thể trùng đối tượng với ${refs.map((a) => `${a.id} (gửi dưới tên “${a.school}”)`).join(', ')}, cũng được đề nghị khen (cùng tên, cùng đơn vị dưới tên cũ và tên mới của đơn vị). Nếu là một đối tượng, đổi quyết định của một phiếu ở trang “Thẩm định” ${REMAKE}; nếu khác, bỏ qua lưu ý này.`,
  /**
   * The council's Giấy khen Tờ trình, chaired by the head who decides, needs the council's Phó Chủ tịch to sign it, and
   * no member's "Chức vụ" gives that role; members whose post merely has its words are named (review r68d H2).
   */
  /** The same with no member's post having the deputy's words, or no meeting recorded yet (review r70x L5). */
  councilNoDeputy: () =>
    `Kiểm tra người ký trước khi ký: tờ trình của Hội đồng gửi thủ trưởng cơ quan, người quyết định tặng Giấy khen, cũng là Chủ tịch Hội đồng, nên thường do Phó Chủ tịch Hội đồng ký “KT. CHỦ TỊCH”; nhưng trang “${COUNCIL_TAB}” chưa ghi thành viên nào là Phó Chủ tịch Hội đồng, nên văn bản in Chủ tịch Hội đồng ký, gửi chính mình. Ghi ở cột “${COUNCIL_MEMBERS_HEADER[1]}” của Phó Chủ tịch Hội đồng chức vụ của người đó rồi đến “Phó Chủ tịch Hội đồng” (ví dụ “…, Phó Chủ tịch Hội đồng”) ${REMAKE}; nếu Hội đồng thống nhất để Chủ tịch Hội đồng ký thì giữ văn bản.`,
  councilDeputyUnread: (members: readonly { name: string; title: string }[]) =>
    `Kiểm tra người ký trước khi ký: người chủ trì cuộc họp là thủ trưởng cơ quan, người quyết định tặng Giấy khen, nên tờ trình của Hội đồng thường do Phó Chủ tịch Hội đồng ký “KT. CHỦ TỊCH”; nhưng ở trang “${COUNCIL_TAB}” không thành viên nào có cột “${COUNCIL_MEMBERS_HEADER[1]}” ghi là Phó Chủ tịch Hội đồng, nên văn bản in Chủ tịch Hội đồng ký. ${members.map((m) => `${q(m.name)} (${q(m.title)})`).join(', ')} không được coi là Phó Chủ tịch Hội đồng vì đó là chức vụ ngoài Hội đồng. Nếu người đó là Phó Chủ tịch Hội đồng, ghi ở cột “${COUNCIL_MEMBERS_HEADER[1]}” chức vụ của người đó rồi đến “Phó Chủ tịch Hội đồng” (ví dụ “…, Phó Chủ tịch Hội đồng”) ${REMAKE}.`,
  /**
   * "Chức vụ người ký" typed with more than the role (the office's name, "phụ trách"): how the documents read it
   * (review r68d M1, M2). Nghị định 30/2020/NĐ-CP, Phụ lục I: the title under a signature does not repeat the office's
   * name; a deputy put in charge signs as a deputy signing for the head.
   */
  signerTitleRead: (setting: string, typed: string, signature: string, head: string) =>
    `Mục ${q(setting)} ở trang “Cấu hình” ghi ${q(typed)}: văn bản in người ký là ${q(signature)} và thẩm quyền là ${q(head)} (chức vụ dưới chữ ký không ghi lại tên cơ quan, không ghi “phụ trách”, “thường trực”; cấp phó được giao phụ trách ký “KT.” như cấp phó ký thay cấp trưởng — Nghị định 30/2020/NĐ-CP). Nếu đúng, có thể ghi lại mục đó cho gọn; nếu khác, sửa mục đó ${REMAKE}.`,
  /**
   * A district office's or a school's Tờ trình for the Bộ trưởng's Bằng khen (review r68d M3): through the level that
   * manages it (`via`, its "Cơ quan cấp trên"), or straight to the Bộ trưởng when that setting names none.
   */
  ministryRouteVia: (via: string | null, setting: string) =>
    `Kiểm tra đường trình trước khi ký: cơ quan không trình thẳng Bộ trưởng mà qua cấp quản lý mình (Luật Thi đua, khen thưởng 2022, Điều 83); ${via ? `công cụ ghi “Kính gửi: Bộ trưởng Bộ Giáo dục và Đào tạo (qua ${via})” theo mục ${q(setting)} ở trang “Cấu hình”` : `công cụ ghi “Kính gửi: Bộ trưởng Bộ Giáo dục và Đào tạo” vì mục ${q(setting)} ở trang “Cấu hình” không ghi Sở hay Ủy ban nhân dân xã, phường quản lý cơ quan`}, nhưng đường trình cụ thể chưa xác nhận được. Đối chiếu quy chế thi đua, khen thưởng của tỉnh và sửa dòng “Kính gửi:”, nơi nhận nếu khác.`,
  /**
   * Individuals' names not written as a person's name is (each syllable's first letter upper case, the rest lower: Nghị
   * định 30/2020/NĐ-CP, Phụ lục II): printed as the school typed them, to correct before signing (review r68d M4).
   * `suggested`: the name with each word's first letter upper case, when it has nothing but letters (null otherwise).
   */
  nameCase: (items: readonly { name: string; id: string; school: string; suggested: string | null }[]) =>
    `${namesToCheck(items.map((i) => ({ ...i, likely: i.suggested })))} không viết hoa chữ cái đầu mỗi tiếng như họ tên người. Văn bản in đúng như trường đã gõ trong phiếu; công cụ không tự sửa vì không chắc cách viết đúng (tên người dân tộc thiểu số, tên có dấu nháy, gạch nối). Sửa họ tên trong văn bản trước khi ký, đối chiếu với trường nếu cần.`,
  /**
   * Lines of a list (Danh sách, the draft Quyết định's, the Biên bản's votes) that print as one another's and that
   * nothing the form was answered tells apart (review r76n F2): each group, its name, school and registrations.
   */
  namesakeLines: (groups: readonly { name: string; school: string; ids: readonly string[] }[]) =>
    `Kiểm tra trước khi ký: văn bản này in giống hệt nhau các dòng của ${groups.map((g) => `${q(g.name)}, ${g.school} (phiếu ${g.ids.join(', ')})`).join('; ')}. Phiếu của họ không có câu trả lời nào khác nhau (năm sinh, quê quán, trú quán, giới tính) để ghi bên họ tên, nên người đọc văn bản không biết dòng nào là của ai và dễ coi là một dòng gõ lặp. Hỏi trường: nếu là một người, đổi quyết định của một phiếu ở trang “Thẩm định”; nếu là những người khác nhau, trường ghi năm sinh hoặc quê quán của mỗi người vào phiếu (văn bản sẽ ghi bên họ tên, như “Nguyễn Thị Hương (sinh năm 1985)”).${EDIT_NOT_RESEND} Sửa xong ${REMAKE}. Không kịp sửa phiếu thì ghi điều phân biệt họ bên họ tên trong văn bản trước khi ký.`,
  /** Names typed with a form of address before them ("Cô", "Đ/c": person-names.ts addressedAs; review r73r F3). */
  nameAddressed: (items: readonly { name: string; id: string; school: string; rest: string }[]) =>
    `${namesToCheck(items.map((i) => ({ ...i, likely: i.rest.includes(' ') ? i.rest : null })))} có cách xưng hô (cô, thầy, đồng chí…) trước họ tên. Văn bản in đúng như trường đã gõ trong phiếu; sửa họ tên trong văn bản trước khi ký.`,
  /** Names typed with a position or a note after them ("(TPT Đội)", ", GV Toán": person-names.ts besideName). */
  nameBeside: (items: readonly { name: string; id: string; school: string; rest: string }[]) =>
    `${namesToCheck(items.map((i) => ({ ...i, likely: i.rest })))} có chức vụ hoặc ghi chú sau họ tên (trong ngoặc, sau dấu phẩy hoặc gạch ngang). Văn bản in đúng như trường đã gõ trong phiếu; sửa họ tên trong văn bản trước khi ký.`,
  /** Names typed without their diacritics ("Nguyen Thi Hoa": person-names.ts nameUnaccented). */
  nameUnaccented: (items: readonly { name: string; id: string; school: string; likely: null }[]) =>
    `${namesToCheck(items)} được gõ không dấu tiếng Việt. Văn bản in đúng như trường đã gõ trong phiếu; công cụ không tự thêm dấu. Sửa họ tên trong văn bản trước khi ký, đối chiếu với trường.`,
  ministryRoute: (province: string) =>
    `Kiểm tra đường trình trước khi ký: cấp xã không trình thẳng Bộ trưởng; công cụ ghi “Kính gửi: Bộ trưởng Bộ Giáo dục và Đào tạo${province ? ` (qua ${province})` : ''}”, nhưng đường trình cụ thể (qua Ủy ban nhân dân tỉnh, Sở Nội vụ hay Sở Giáo dục và Đào tạo) chưa xác nhận được. Đối chiếu quy chế thi đua, khen thưởng của tỉnh và sửa dòng “Kính gửi:”, nơi nhận nếu khác.`,
};

/**
 * Why no document is made, replaced or marked: what the council decided cannot be read as it was (src/core/proposals.ts
 * proposalBlockers). Each says what to put right; the menu is chosen again after.
 */
export const PROPOSAL_BLOCKED = {
  head: 'Chưa tạo văn bản đề nghị khen thưởng nào, và chưa đổi gì ở các văn bản đã tạo:',
  review: (error: string) => `trang “Thẩm định” chưa đọc được — ${error}`,
  reviewGone: (n: number) =>
    `không còn trang “Thẩm định” trong khi Hội đồng đã ghi quyết định cho ${n} phiếu. Nếu đã đổi tên trang, hãy đặt lại tên “Thẩm định”; nếu đã xóa, hãy ${fromOldVersion('trang')} (hoặc ghi lại các quyết định)`,
  lost: (ids: readonly string[]) =>
    `${ids.length} phiếu đã có quyết định của Hội đồng nhưng dòng của phiếu ở trang “Thẩm định” đã bị xóa (công cụ chỉ giữ dấu vết, không giữ nội dung quyết định): ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ` và ${ids.length - 20} phiếu khác` : ''}. Hãy ghi lại quyết định (và hình thức khen thưởng) của các phiếu này ở trang “Thẩm định” — xem lại ở Tệp → Nhật ký phiên bản nếu cần`,
  moved: (rows: ReadonlyArray<{ id: string; was: string | null; now: string }>) =>
    `quyết định của ${rows.length} phiếu ở trang “Thẩm định” đã đổi chỗ cho nhau kể từ lần công cụ ghi nhận, như khi chỉ một số cột được sắp xếp: ${rows
      .slice(0, 20)
      .map((r) => (r.was !== null ? `${r.id} (trước: “${r.was}”, nay: “${r.now}”)` : `${r.id} (nay: “${r.now}”)`))
      .join(', ')}${rows.length > 20 ? ` và ${rows.length - 20} phiếu khác` : ''}. Với từng phiếu: chọn lại quyết định cũ nếu đổi nhầm, hoặc sửa ô “Người thẩm định” để xác nhận nếu đúng là Hội đồng đổi (cột “Ghi chú” ghi rõ sau lần “Cập nhật tổng hợp” tới)`,
  council: (council: string, candidates: readonly string[]) =>
    `Hội đồng đã họp (kết quả biểu quyết đã được dùng khi tạo văn bản trước) nhưng không còn trang “${council}”${candidates.length ? `; nếu ${candidates.map((c) => `“${c}”`).join(', ')} là trang đó đã đổi tên, hãy đặt lại tên “${council}”` : ''}. Thiếu trang này, văn bản sẽ đề nghị cả những trường hợp Hội đồng đã biểu quyết không tán thành. Hãy ${fromOldVersion('trang')}; nếu Hội đồng sẽ họp lại, chọn menu “Thiết lập” để tạo trang trống rồi ghi kết quả họp mới`,
  /**
   * A template no longer has the table row of a list its documents fill (deleted as "junk", review r66b F3): the
   * document would be made with an empty table and taken as made. `tables`: each list's name and its row's placeholder.
   */
  templateRows: (template: string, tables: ReadonlyArray<{ table: string; sample: string }>) =>
    `tệp mẫu “${template}” (thư mục “${PROPOSAL_TEMPLATE_FOLDER}”) không còn dòng mẫu của ${tables.map((t) => `bảng ${t.table} (dòng có ${t.sample})`).join(', ')}, nên văn bản tạo từ mẫu này sẽ có bảng trống. Hãy đưa dòng đó trở lại mẫu: trong tệp mẫu chọn Chỉnh sửa → Hoàn tác, hoặc mở Tệp → Nhật ký phiên bản để xem bản trước rồi chép dòng đó vào mẫu`,
  tail: 'Sửa xong, chọn lại menu.',
};
/** The tables of the templates, as PROPOSAL_BLOCKED.templateRows names them, with the placeholder their row holds. */
export const TEMPLATE_ROW_TABLES = {
  collective: { table: 'tập thể', sample: '{{tt_ten}}' },
  individual: { table: 'cá nhân', sample: '{{cn_ten}}' },
  member: { table: 'thành viên Hội đồng', sample: '{{tv_ten}}' },
  vote: { table: 'kết quả biểu quyết', sample: '{{bq_ten}}' },
} as const;

/**
 * Documents of the batch not made for want of information, as an alert says it (the tab's line: proposalSummary.refused;
 * review r72g), and the menu item that makes them once the information is there: `menu`, the one the clerk chose (with
 * PDF or not; after "Tạo lại toàn bộ…", the ordinary one, which makes the missing ones), `again` after a run.
 */
const refusedAlert = (n: number, menu: string, again: boolean) =>
  `${n} văn bản chưa tạo được vì còn thiếu thông tin: xem cột “Ghi chú” ở trang “${PROPOSAL_TAB}”, bổ sung thông tin còn thiếu rồi chọn ${again ? 'lại ' : ''}menu “${menu}”.`;
export const PROPOSAL_ALERT = {
  /** The batch could not be claimed: another job of the tool held the lock (review "twohands" #7). */
  lockBusy: `Một việc khác của công cụ (ví dụ “Cập nhật tổng hợp” đang gửi thư) đang chạy nên chưa tạo được văn bản. Chờ vài phút rồi chọn lại menu này.`,
  /** Documents made, but the batch's state could not be saved: another job held the lock; the safety net goes on. */
  lockBusyAfter: (done: number, total: number) =>
    `Đã tạo ${done}/${total} văn bản. Một việc khác của công cụ đang chạy nên chưa ghi xong tình trạng đợt này: công cụ tự chạy tiếp sau khoảng 7 phút, không cần bấm lại; văn bản đã tạo không bị tạo lại.`,
  /** `refused`: documents that cannot be made for want of information (proposalSummary.refused; review r72g). */
  /** `made`: documents an earlier batch made, which stay (review r78c F3: "Chưa tạo văn bản nào" read as none exist). */
  previewDone: (n: number, refused = 0, made = 0) =>
    `Đã ghi danh sách xem trước vào trang “${PROPOSAL_TAB}”: sẽ tạo ${n} văn bản${made ? `; ${made} văn bản đã tạo trước đây được giữ nguyên, không tạo lại (ghi “${PROPOSAL_STATUS.previewExists}”)` : ''}. Lần xem trước này không tạo văn bản nào.${refused ? `\n\n${refusedAlert(refused, PROPOSAL_MENU.generate, false)}` : ''}`,
  /**
   * The preview chosen while a batch is not finished (made `done` of `total`, its continuation set: review r78c F3): the
   * batch goes on by itself; `n` documents left to make; `refused`, `menu`: as withRefused.
   */
  previewGoingOn: (done: number, total: number, n: number, refused: number, menu: string) =>
    `Đang có một đợt tạo văn bản chưa xong: đã tạo ${done}/${total} văn bản; công cụ tự tạo tiếp ${n} văn bản còn lại, không cần bấm lại. Đã ghi danh sách xem trước vào trang “${PROPOSAL_TAB}”; dòng đầu trang vẫn cho biết tiến độ của đợt.${refused ? `\n\n${refusedAlert(refused, menu, false)}` : ''}`,
  /** Any alert of a run (`alert`), with the documents it could not make (`refused`) and the menu item that makes them. */
  withRefused: (alert: string, refused: number, menu: string) => (refused ? `${alert}\n\n${refusedAlert(refused, menu, true)}` : alert),
  /** Nothing new made, and documents still not made for want of information (nothingNew would say all are there). */
  nothingMade: `Chưa tạo thêm văn bản nào.`,
  started: (done: number, total: number) =>
    `Đã tạo ${done}/${total} văn bản. Phần còn lại công cụ tự tạo tiếp ở các lần chạy sau; theo dõi ở trang “${PROPOSAL_TAB}”.`,
  done: (total: number, url: string) => `Đã tạo xong ${total} văn bản đề nghị khen thưởng trong thư mục:\n${url}\n\nDanh sách liên kết ở trang “${PROPOSAL_TAB}”.`,
  /**
   * The current set lies in several folders (documents kept from an earlier batch stay in its folder: review r79h F2):
   * each folder with how many of the set it holds and the days they were made (`batch`: this batch's folder); `unlinked`:
   * documents whose folder Drive could not give now.
   */
  doneIn: (total: number, folders: ReadonlyArray<{ url: string; n: number; days: readonly string[]; batch: boolean }>, unlinked: number) =>
    `Đã tạo xong: bộ văn bản đề nghị khen thưởng hiện tại có ${total} văn bản, nằm ở ${folders.length + (unlinked ? 1 : 0)} thư mục (văn bản không thay đổi được giữ nguyên trong thư mục của lần tạo trước):\n\n${folders
      .map((f) => `• ${f.batch ? 'Lần tạo này' : `Tạo ngày ${f.days.join(', ')}, giữ nguyên`}: ${f.n} văn bản đề nghị khen thưởng trong thư mục:\n${f.url}`)
      .join('\n')}${unlinked ? `\n• ${unlinked} văn bản ở thư mục khác: mở từ liên kết của từng văn bản.` : ''}\n\nDanh sách liên kết của từng văn bản ở trang “${PROPOSAL_TAB}”.`,
  /**
   * Any alert of a run or a preview, with the documents it replaces (`preview`) or replaced that had been edited after
   * the tool made them (review r79h F1): what was typed in them is not in their replacements.
   */
  withEdited: (alert: string, names: readonly string[], preview: boolean) => (names.length ? `${alert}\n\n${editedParagraph(names, preview)}` : alert),
  nothingNew: `Các văn bản của danh sách đề nghị hiện tại đều đã có; không tạo thêm. Xem trang “${PROPOSAL_TAB}”.`,
  /** `freesAt`: when the quota is whole again (quotaTime). */
  quota: (freesAt: string) =>
    `Tài khoản đã dùng hết số văn bản được tạo trong ngày. Hạn mức được cấp lại lúc khoảng ${freesAt}; công cụ tự tạo tiếp ngay sau đó, không cần bấm lại. Xem trang “${PROPOSAL_TAB}”.`,
  retrying: (done: number, total: number) =>
    `Đã tạo ${done}/${total} văn bản. Google vừa báo lỗi khi tạo văn bản tiếp theo; công cụ tự thử lại sau khoảng 1 phút, không cần bấm lại. Theo dõi ở trang “${PROPOSAL_TAB}”.`,
  busy: 'Đang có một lần tạo văn bản đề nghị khen thưởng khác chạy. Vui lòng chờ vài phút rồi xem trang “Đề nghị khen thưởng”.',
  noNominees: proposalSummary.noNominees,
  /** `n` rows chosen "Đề nghị khen", none of them in the Tờ trình (review messages H2). */
  noneLeft: (n: number) =>
    `Chưa tạo văn bản nào: ${n} phiếu được chọn “Đề nghị khen” nhưng chưa đưa vào tờ trình được. Lý do ghi ở trang “${PROPOSAL_TAB}” và ở cột “Ghi chú” của trang “Thẩm định”.`,
};

// ---- values written into the documents ---------------------------------------------------------

export const PROPOSAL_KIND = { collective: 'Tập thể', individual: 'Cá nhân' } as const;
/** "5 tập thể và 3 cá nhân"; a kind with none is not named ("5 tập thể"), never "0 cá nhân". */
export const proposalCounts = (collectives: number, individuals: number, and = ' và ') =>
  [collectives ? `${collectives} tập thể` : '', individuals ? `${individuals} cá nhân` : ''].filter((x) => x !== '').join(and) || '0 tập thể, cá nhân';
export const proposalTotals = (collectives: number, individuals: number) => `Tổng số: ${proposalCounts(collectives, individuals, ', ')}`;
/** The Biên bản's row of the progress tab: those the council voted on, the ones that did not pass included. */
export const proposalVotedTotals = (collectives: number, individuals: number) => `Hội đồng đã biểu quyết: ${proposalCounts(collectives, individuals, ', ')}`;
export const proposalVietnameseDate = (dd: string, m: string, yyyy: string) => `ngày ${dd} tháng ${m} năm ${yyyy}`;
/** Whom a Tờ trình is addressed to: the head of the parent authority. */
export const proposalAddressee = (parentAuthority: string) => (/^Sở\s/i.test(parentAuthority) ? `Giám đốc ${parentAuthority}` : parentAuthority);
/** Document symbols of the usual issuing bodies (the part after "TTr-"). */
export const PROPOSAL_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/^Phòng Giáo dục và Đào tạo/i, 'PGDĐT'],
  [/^Phòng GD&ĐT/i, 'PGDĐT'],
  [/^Sở Giáo dục và Đào tạo/i, 'SGDĐT'],
  [/^Sở GD&ĐT/i, 'SGDĐT'],
  [/^Phòng Văn hóa - Xã hội/i, 'VHXH'],
  [/^Phòng Văn hóa/i, 'PVH'],
  [/^(Ủy|Uỷ) ban nhân dân/i, 'UBND'],
  [/^UBND/i, 'UBND'],
];

/**
 * A school's kind in its name, and the letters its documents' symbols give it, followed by the initials of its own name
 * ("Trường Trung học phổ thông Đồi Thông" → "THPTĐT", as "Cấu hình" gives for example; review schooloffice L7). The
 * words after "Trường": a boarding school's kind (SCHOOL_BOARDING_SYMBOLS), then its levels (SCHOOL_LEVEL_SYMBOLS), each
 * level's letters in the order written, whether joined by "&", "và", "," or "-" ("Trường TH&THCS Họa Mi", "Trường Tiểu
 * học và Trung học cơ sở Họa Mi" → "THTHCSHM": review r82d F3), or by a space alone ("Trường TH THCS Họa Mi"). A number of
 * the school's own name is kept, its digits only ("Trường Tiểu học số 1 Nam Lý" → "TH1NL", "Trường Mầm non 19/5" →
 * "MN195"): Nghị định 30/2020/NĐ-CP writes a symbol in capitals, "/" between the number and the symbol and "-" between
 * its groups of letters, so neither may stand inside the school's group (review d82a F3). Longer forms first.
 */
export const SCHOOL_BOARDING_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:Phổ thông dân tộc nội trú|PTDTNT)(?![\p{L}\p{N}])/iu, 'PTDTNT'],
  [/^(?:Phổ thông dân tộc bán trú|PTDTBT)(?![\p{L}\p{N}])/iu, 'PTDTBT'],
  // A school of several levels named by its type, whose levels may follow ("Trường Liên cấp TH và THCS Ngôi Sao"): the
  // type's initials, not the "T" of "Trường" (review d82a).
  [/^Phổ thông nhiều cấp học(?![\p{L}\p{N}])/iu, 'PTNCH'],
  [/^Liên cấp(?![\p{L}\p{N}])/iu, 'LC'],
];
export const SCHOOL_LEVEL_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:Trung học phổ thông|THPT)(?![\p{L}\p{N}])/iu, 'THPT'],
  [/^(?:Trung học cơ sở|THCS)(?![\p{L}\p{N}])/iu, 'THCS'],
  [/^(?:Tiểu học|TH)(?![\p{L}\p{N}])/iu, 'TH'],
  [/^(?:Mầm non|MN)(?![\p{L}\p{N}])/iu, 'MN'],
  [/^(?:Mẫu giáo|MG)(?![\p{L}\p{N}])/iu, 'MG'],
];

export const PROPOSAL_TEXT = {
  model: (name: string, type: string) => (type ? `Mô hình ${q(name)} (${type})` : `Mô hình ${q(name)}`),
  modelNoName: (type: string) => `Mô hình: ${type}`,
  initiativesLabel: 'Sáng kiến, giải pháp',
  /** `framed`: the decision is a number, printed after "Quyết định số"; else the school's words as typed (a certificate…). */
  initiative: (name: string, level: string, decision: string, year: string, framed = true) =>
    `${q(name)}${level ? ` — ${level.charAt(0).toLowerCase() + level.slice(1)}` : ''}${decision ? `, ${framed ? 'Quyết định số ' : ''}${decision}` : ''}${year ? `, năm ${year}` : ''}`,
  ratingsLabel: 'Xếp loại',
  ratingGroup: (rating: string, years: string) => `${rating} (${years})`,
  /** A school year not rated by law (its grid column "Không xếp loại (công tác chưa đủ 06 tháng)"), as a rating group names it. */
  notRated: 'Không xếp loại do công tác chưa đủ 06 tháng',
  /** The People's Committee of a commune or ward ("xã Đồi Chè", "phường Nam Cường"). */
  communeCommittee: (commune: string) => `Ủy ban nhân dân ${commune}`,
  /** A công chức's ratings of calendar years (the grid rows of the school years starting in them): "năm 2022, 2023". */
  calendarYears: (years: readonly number[]) => `năm ${years.join(', ')}`,
  orgRatings: (org: string, text: string) => `${org}: ${text}`,
  movementsJoined: (list: string[]) => `Tham gia các phong trào thi đua: ${list.join('; ')}.`,
  movementsNone: 'Chưa ghi nhận việc tham gia các phong trào thi đua của ngành.',
  field: (f: string) => `Lĩnh vực: ${f}`,
  /**
   * One sentence, as a report is written (review read-outputs M1: "…; địa bàn Xã Suối Mơ; thuộc Cụm 2." read as a form
   * filled in): the commune's kind in lower case inside it ("xã Suối Mơ"), the cluster named a cụm thi đua.
   */
  collectiveBackground: (name: string, level: string, ward: string, cluster: string, principal: string) =>
    // The level a common noun inside the sentence ("cấp học mầm non"; an abbreviation, "THCS", as written: review r73l).
    `${name}${level ? `, cấp học ${level === level.toLocaleUpperCase('vi') ? level : level.toLocaleLowerCase('vi')}` : ''}${ward ? `, đóng trên địa bàn ${ward.replace(/^(Xã|Phường|Thị trấn|Đặc khu)(?=\s)/u, (w) => w.toLowerCase())}` : ''}${
      cluster ? `, thuộc ${/thi đua/iu.test(cluster) ? cluster : /^cụm\s/iu.test(cluster) ? `Cụm thi đua ${cluster.replace(/^cụm\s+/iu, '')}` : `cụm thi đua ${cluster}`}` : ''
    }${principal ? `; hiệu trưởng: ${principal}` : ''}.`,
  individualBackground: (name: string, birthYear: string, role: string, school: string, partyMember: boolean, head: boolean) =>
    `${name}${birthYear ? `, sinh năm ${birthYear}` : ''}${role ? `, ${role}` : ''}${school ? ` tại ${school}` : ''}${partyMember ? '; đảng viên' : ''}${head ? '; người đứng đầu cơ quan, đơn vị' : ''}.`,
  yes: 'Có',
  no: 'Không',
  noAwards: 'Chưa có hình thức khen thưởng nào được kê khai.',
  /** Awards declared only by a web link (not printed): what the report holds until the school writes them out. */
  awardsByLinkOnly: '[Hình thức khen thưởng, số, ngày quyết định, cơ quan ban hành — đơn vị bổ sung]',
  /** An initiative's decision given by a web link (printed after "Quyết định số"). */
  decisionByLink: '[số, ngày quyết định — đơn vị bổ sung]',
  declaredAward: (text: string) => text,
  ratingsIndividual: (text: string) => `Kết quả đánh giá, xếp loại các năm: ${text}`,
  ratingsCollective: (text: string) => `Kết quả xếp loại tổ chức đảng, đoàn thể các năm: ${text}`,
  /**
   * A name whose line of a list would print as another's (two teachers of one school who share a name: review r76n F2),
   * with what tells them apart after it, as official documents write it: "Nguyễn Thị Hương (sinh năm 1985)".
   */
  namesake: (name: string, parts: readonly string[]) => `${name} (${parts.join('; ')})`,
  namesakeBorn: (year: string) => `sinh năm ${year}`,
  namesakeHometown: (place: string) => `quê quán: ${place}`,
  namesakeResidence: (place: string) => `trú quán: ${place}`,
  namesakeGender: (gender: string) => gender.toLocaleLowerCase('vi'),
  /** `role` as it reads in a sentence (proposals.ts roleInProse: a position as written, a category in lower case). */
  personLine: (name: string, role: string, school: string) => [name, role, school].filter((x) => x !== '').join(', '),
  basis: (text: string) => {
    const t = text.trim().replace(/[;,.]+$/, '');
    return /^căn cứ\s/i.test(t) ? `${t};` : `Căn cứ ${t};`;
  },
  /**
   * The căn cứ of the office's plan; a part "Cấu hình" does not give is a visible gap the office completes, and with
   * neither the number nor the date the whole line is one (review now N1: never a plan cited by nothing).
   */
  /**
   * `title`: the plan's trích yếu as "Cấu hình" gives it, '' when empty: a plan cited by its number or date is never
   * given a trích yếu it may not have (review r73l #1) — a gap; `sample`: the words a line with no plan at all shows.
   */
  planBasis: (number: string, date: string, office: string, title: string, sample: string) =>
    number || date
      ? `Căn cứ Kế hoạch số ${number || '[… — cơ quan bổ sung]'} ngày ${date || '[… — cơ quan bổ sung]'} của ${office} về ${title || '[trích yếu của Kế hoạch — cơ quan bổ sung]'};`
      : `[Căn cứ Kế hoạch số …/KH-… ngày … của ${office} về ${title || sample} — cơ quan bổ sung];`,
  planTitle: (period: string) => `việc phát hiện, bồi dưỡng, tổng kết và nhân rộng các mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn ${period}`,
  score: (n: number) => String(n),
};

// ---- the templates ----------------------------------------------------------------------------------
// Layout: Nghị định 30/2020/NĐ-CP (Phụ lục I: header blocks, Quốc hiệu and Tiêu ngữ, "Số", place and date, trích yếu,
// Kính gửi, nơi nhận, signature). The Báo cáo thành tích follows, section by section, the report for awards "theo
// đợt thi đua hoặc theo chuyên đề" (Mẫu số 07 of the annex of Nghị định 91/2017/NĐ-CP; its successor forms under
// Nghị định 98/2023/NĐ-CP and 152/2025/NĐ-CP could not be confirmed here: see docs/award-documents.md).

/** The first lines of an individual's report, the same in both forms (thematic and yearly). */
const PERSONAL_DETAILS = [
  '- Họ và tên: {{ho_ten}}',
  '- Giới tính: {{gioi_tinh}}',
  '- Năm sinh: {{nam_sinh}}',
  '- Quê quán: {{que_quan}}',
  '- Trú quán: {{tru_quan}}',
  '- Đơn vị công tác: {{don_vi}}',
];

export const PROPOSAL_TEMPLATE_TEXT = {
  quocHieu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  tieuNgu: 'Độc lập - Tự do - Hạnh phúc',
  line: '________________________________________',
  shortLine: '__________________',
  // Under the trích yếu, a third to a half of its line (Nghị định 30/2020, Phụ lục I): about 160 pt at 8 pt, a third of
  // a full line (review layout L1: 14 marks, 56 pt).
  subjectLine: '________________________________________',
  soToTrinh: 'Số: {{so_van_ban}}/TTr-{{ky_hieu}}',
  /** The Biên bản is the council's (Nghị định 30/2020/NĐ-CP, Điều 8: a number and symbol, left for its clerk). */
  soBienBan: 'Số: {{so_van_ban}}/BB-HĐTĐKT',
  diaDanhNgay: '{{dia_danh}}, ngày {{ngay}} tháng {{thang}} năm {{nam}}',
  // Tờ trình
  toTrinh: 'TỜ TRÌNH',
  toTrinhSubject: `Về việc đề nghị tặng {{hinh_thuc}} ${FOR_MODELS}`,
  // The line may name the route ("… (qua Sở Nội vụ)"); the body names the addressee alone ({{kinh_gui}}).
  kinhGui: 'Kính gửi: {{kinh_gui_dong}}.',
  toTrinhBody: [
    '{{can_cu_luat}}',
    '{{can_cu_nghi_dinh}}',
    '{{can_cu_ke_hoach}}',
    // One căn cứ for the council's meeting, one sentence that proposes; the attachments close the text (review docs
    // L1: the meeting was cited twice, "Căn cứ Biên bản họp …;" then "Căn cứ kết quả họp xét …,", and the proposal
    // said again by "… kính trình … xem xét, quyết định./.").
    '{{can_cu_hop_xet}}',
    `{{nguoi_trinh}} kính trình {{kinh_gui}} xem xét, quyết định tặng {{hinh_thuc}} ${NOMINEES_DID} ${ACHIEVED} giai đoạn {{giai_doan}}.`,
    // What goes with it: the Biên bản only once the council met (review r73l: a Tờ trình prepared before the meeting
    // listed a record not made).
    '({{tong_so}}; {{kem_theo}})./.',
  ],
  noiNhan: 'Nơi nhận:',
  // The body the dossier goes through (a Bằng khen UBND tỉnh: Sở Nội vụ), the office's council (not on the council's
  // own Tờ trình): optional lines.
  noiNhanToTrinh: ['- Như trên;', '- {{noi_nhan_qua}};', '- {{noi_nhan_hoi_dong}};', '- Lưu: VT.'],
  thayMat: '{{thay_mat}}',
  /** "KT. CHỦ TỊCH" when a deputy signs for the council's chair (an optional line). */
  kyThay: '{{ky_thay}}',
  chucVuNguoiKy: '{{chuc_vu_nguoi_ky}}',
  nguoiKy: '{{nguoi_ky}}',
  // Danh sách
  danhSach: 'DANH SÁCH',
  // "điển hình tiên tiến" qualifies the nominees, before the award (not the award's giver).
  danhSachSubject: '{{de_nghi_cho_hoa}} điển hình tiên tiến giai đoạn {{giai_doan}} đề nghị tặng {{hinh_thuc}}',
  // Of whoever issues the Tờ trình: the council (Giấy khen), the office (the levels above).
  danhSachAttached: '(Kèm theo Tờ trình số {{so_van_ban}}/TTr-{{ky_hieu}} ngày {{ngay}}/{{thang}}/{{nam}} của {{nguoi_trinh}})',
  collectivesHeading: 'I. TẬP THỂ ({{so_tap_the}})',
  individualsHeading: 'II. CÁ NHÂN ({{so_ca_nhan}})',
  collectivesHeader: ['STT', 'Tên tập thể', 'Đơn vị', 'Tóm tắt thành tích'],
  collectivesRow: ['{{tt_stt}}', '{{tt_ten}}', '{{tt_don_vi}}', '{{tt_thanh_tich}}'],
  individualsHeader: ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, vị trí việc làm', 'Đơn vị', 'Tóm tắt thành tích'],
  individualsRow: ['{{cn_stt}}', '{{cn_ten}}', '{{cn_nam_sinh}}', '{{cn_chuc_vu}}', '{{cn_don_vi}}', '{{cn_thanh_tich}}'],
  totals: '{{tong_so}}.',
  // Báo cáo thành tích. Two forms (docs/award-documents.md): the report for awards "theo đợt thi đua hoặc theo
  // chuyên đề" (default: this programme is a thematic emulation) and the report on "thực hiện nhiệm vụ công tác".
  baoCao: 'BÁO CÁO THÀNH TÍCH',
  baoCaoSubject: 'Đề nghị tặng {{hinh_thuc}}',
  baoCaoReason: '{{ly_do_khen}}',
  baoCaoName: 'Tên tập thể đề nghị khen thưởng: {{ten}}',
  baoCaoPerson: 'Họ tên, chức vụ và đơn vị công tác: {{ho_ten_chuc_vu}}',
  // Thematic form (theo đợt thi đua, theo chuyên đề): I. thông tin chung; II. thành tích đạt được.
  themeSectionI: 'I. THÔNG TIN CHUNG',
  themeCollectiveI: [
    '- Đặc điểm, tình hình: {{dac_diem}}',
    '- Chức năng, nhiệm vụ được giao: {{chuc_nang}}',
    '- Người đứng đầu: {{hieu_truong}}',
    '- Các hình thức khen thưởng đã được ghi nhận: {{khen_thuong}}',
  ],
  // No "Đảng viên" line in either form: the official report asks for positions held ("Chức vụ (đảng, chính quyền,
  // đoàn thể)"), not for membership, which is sensitive personal data (NĐ 356/2025/NĐ-CP Điều 4) and travels with the report to
  // the higher authority. {{dang_vien}} stays known for an office that puts it in its own template.
  themeIndividualI: [
    ...PERSONAL_DETAILS,
    '- Chức vụ: {{chuc_vu}}',
    '- Trình độ chuyên môn, nghiệp vụ: {{trinh_do}}',
    '- Các hình thức khen thưởng đã được ghi nhận: {{khen_thuong}}',
  ],
  themeSectionII: 'II. THÀNH TÍCH ĐẠT ĐƯỢC TRONG ĐỢT THI ĐUA, CHUYÊN ĐỀ',
  themeAchievements: [
    '1. Nội dung đăng ký, mục tiêu: {{mo_hinh}}.',
    '2. Biện pháp, cách làm và kết quả thực hiện: {{thanh_tich}}',
    '3. Sáng kiến, giải pháp đã được công nhận: {{giai_phap}}',
    '4. {{phong_trao}}',
    '5. {{xep_loai}}',
  ],
  // Yearly form (thực hiện nhiệm vụ công tác): I. sơ lược; II. thành tích đạt được; III. hình thức đã được khen.
  dutyCollectiveSectionI: 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH',
  dutyCollectiveI: ['1. Đặc điểm, tình hình: {{dac_diem}}', '2. Chức năng, nhiệm vụ: {{chuc_nang}}', '- Người đứng đầu: {{hieu_truong}}'],
  dutyIndividualSectionI: 'I. SƠ LƯỢC LÝ LỊCH',
  dutyIndividualI: [
    ...PERSONAL_DETAILS,
    '- Chức vụ (đảng, chính quyền, đoàn thể): {{chuc_vu}}',
    '- Trình độ chuyên môn, nghiệp vụ: {{trinh_do}}',
  ],
  dutySectionII: 'II. THÀNH TÍCH ĐẠT ĐƯỢC',
  dutyCollectiveII: [
    '1. Kết quả thực hiện nhiệm vụ được giao: {{thanh_tich}}',
    '2. Các biện pháp, giải pháp, sáng kiến đã được công nhận: {{giai_phap}}',
    '3. {{phong_trao}}',
    '- Mô hình đăng ký xây dựng: {{mo_hinh}}.',
    '4. Công tác xây dựng Đảng và các đoàn thể: {{xep_loai}}',
  ],
  dutyIndividualII: [
    '1. Quyền hạn, nhiệm vụ được giao: {{nhiem_vu}}',
    '2. Thành tích đạt được: {{thanh_tich}}',
    '3. Các biện pháp, giải pháp, sáng kiến đã được công nhận: {{giai_phap}}',
    '4. {{phong_trao}}',
    '- Mô hình đăng ký xây dựng: {{mo_hinh}}.',
    '5. {{xep_loai}}',
  ],
  dutySectionIII: 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG',
  dutyAwards: ['{{khen_thuong}}'],
  signerCollective: '{{chuc_vu_thu_truong}}',
  signerCollectiveHint: '{{cach_ky}}',
  signerCollectiveName: '{{hieu_truong}}',
  confirmCollective: 'THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN TRỰC TIẾP NHẬN XÉT, XÁC NHẬN',
  confirmIndividual: 'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ',
  confirmIndividualName: '{{hieu_truong}}',
  signerIndividual: 'NGƯỜI BÁO CÁO THÀNH TÍCH',
  signerIndividualName: '{{ho_ten}}',
  signHint: '(Ký, ghi rõ họ và tên)',
  signHintSeal: '(Ký, đóng dấu)',
  signHintName: '(Ký, ghi rõ họ tên)',
  // Biên bản họp Hội đồng Thi đua - Khen thưởng
  councilIssuer: COUNCIL_UPPER,
  bienBan: 'BIÊN BẢN',
  bienBanSubject: `Họp ${COUNCIL} {{ten_co_quan}} xét đề nghị khen thưởng tập thể, cá nhân điển hình tiên tiến giai đoạn {{giai_doan}}`,
  bienBanBody: [
    '- Thời gian: {{thoi_gian_hop}}.',
    '- Địa điểm: {{dia_diem_hop}}.',
    '- Chủ trì: {{chu_tri_chuc_vu}}.',
    '- Thư ký: {{thu_ky}}.',
    '- Thành phần: {{thanh_phan}}',
  ],
  membersHeading: 'I. THÀNH VIÊN HỘI ĐỒNG',
  membersHeader: ['STT', 'Họ và tên', 'Chức vụ', 'Có mặt / vắng mặt'],
  membersRow: ['{{tv_stt}}', '{{tv_ten}}', '{{tv_chuc_vu}}', '{{tv_co_mat}}'],
  votesHeading: 'II. NỘI DUNG VÀ KẾT QUẢ BIỂU QUYẾT',
  votesIntro:
    'Hội đồng đã xem xét hồ sơ, báo cáo thành tích của các tập thể, cá nhân được đề nghị và biểu quyết từng trường hợp. {{quy_tac_bieu_quyet}} Kết quả:',
  votesHeader: ['STT', 'Tập thể, cá nhân', 'Đơn vị', 'Hình thức khen thưởng đề nghị', 'Tán thành', 'Không tán thành', 'Tỷ lệ tán thành', 'Kết quả'],
  votesRow: ['{{bq_stt}}', '{{bq_ten}}', '{{bq_don_vi}}', '{{bq_hinh_thuc}}', '{{bq_tan_thanh}}', '{{bq_khong}}', '{{bq_ty_le}}', '{{bq_ket_qua}}'],
  bienBanConclusion: 'Hội đồng thống nhất đề nghị khen thưởng các tập thể, cá nhân có kết quả “Đủ tỷ lệ tán thành”.',
  // Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.9 (Biên bản): the time the meeting ended, for the secretary to write in
  // (the council's tab records when it began); then, after the signatures, its Nơi nhận (Điều 8 khoản 1) — review r73l.
  bienBanClosing: 'Cuộc họp kết thúc vào …… giờ …… cùng ngày. Biên bản đã được đọc lại tại cuộc họp và được các thành viên dự họp thông qua./.',
  noiNhanBienBan: ['- Thành viên Hội đồng;', '- Lưu: VT, hồ sơ khen thưởng.'],
  secretary: 'THƯ KÝ',
  chair: 'CHỦ TRÌ',
  secretaryName: '{{thu_ky}}',
  chairName: '{{chu_tri}}',
  // Quyết định khen thưởng (a draft: the office's head signs it)
  soQuyetDinh: 'Số: {{so_van_ban}}/QĐ-{{ky_hieu}}',
  quyetDinh: 'QUYẾT ĐỊNH',
  quyetDinhSubject: `Về việc tặng {{hinh_thuc}} ${FOR_MODELS}`,
  quyetDinhAuthority: '{{tham_quyen}}',
  quyetDinhBasis: ['{{can_cu_chuc_nang}}', '{{can_cu_luat}}', '{{can_cu_nghi_dinh}}', '{{can_cu_ke_hoach}}', '{{can_cu_bien_ban}}', `Theo đề nghị của ${COUNCIL} {{ten_co_quan}}.`],
  quyetDinhVerb: 'QUYẾT ĐỊNH:',
  quyetDinhArticles: [
    `Điều 1. Tặng {{hinh_thuc}} ${NOMINEES_DID} (có danh sách kèm theo) ${ACHIEVED} trong phong trào thi đua yêu nước giai đoạn {{giai_doan}}.`,
    'Điều 2. {{tien_thuong}}',
    'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
    `Điều 4. ${COUNCIL} {{ten_co_quan}}, thủ trưởng các đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
  ],
  noiNhanQuyetDinh: ['- Như Điều 4;', '- Lưu: VT, HĐTĐKT.'],
  quyetDinhList: 'DANH SÁCH',
  quyetDinhListSubject: 'Tập thể, cá nhân được tặng {{hinh_thuc}}',
  quyetDinhListAttached: '(Kèm theo Quyết định số {{so_van_ban}}/QĐ-{{ky_hieu}} ngày {{ngay}}/{{thang}}/{{nam}} của {{tham_quyen_ten}})',
  decisionCollectivesHeader: ['STT', 'Tên tập thể', 'Đơn vị'],
  decisionCollectivesRow: ['{{tt_stt}}', '{{tt_ten}}', '{{tt_don_vi}}'],
  decisionIndividualsHeader: ['STT', 'Họ và tên', 'Chức vụ, vị trí việc làm', 'Đơn vị'],
  decisionIndividualsRow: ['{{cn_stt}}', '{{cn_ten}}', '{{cn_chuc_vu}}', '{{cn_don_vi}}'],
};

/** What a placeholder holds, shown in the preview so the office knows what it may type into a template. */
export const PROPOSAL_PLACEHOLDER_HELP: Record<string, string> = {
  co_quan_cap_tren: 'cơ quan cấp trên (in hoa)',
  co_quan: 'tên cơ quan ban hành (in hoa)',
  ten_co_quan: 'tên cơ quan',
  ten_viet_tat: 'tên viết tắt của cơ quan',
  ky_hieu: 'ký hiệu cơ quan trong số văn bản',
  so_van_ban: 'số văn bản (để trống cho văn thư ghi)',
  ky_thay: '“KT. CHỦ TỊCH” khi cấp phó ký thay dưới dòng “TM. …” (Phó Chủ tịch Hội đồng, Phó Chủ tịch Ủy ban nhân dân; dòng bỏ khi không có)',
  dia_danh: 'địa danh',
  ngay: 'ngày',
  thang: 'tháng',
  nam: 'năm',
  ngay_thang_nam: '“ngày … tháng … năm …”',
  kinh_gui: 'nơi nhận tờ trình',
  kinh_gui_dong: 'dòng “Kính gửi:” của tờ trình (có thể ghi “qua …”)',
  noi_nhan_qua: 'cơ quan chuyển hồ sơ (tờ trình Bằng khen UBND tỉnh, Bằng khen Bộ; dòng bỏ khi không có)',
  noi_nhan_hoi_dong: 'Hội đồng Thi đua - Khen thưởng của cơ quan, ở nơi nhận tờ trình (bỏ ở tờ trình của chính Hội đồng)',
  can_cu_chuc_nang: 'căn cứ chức năng, nhiệm vụ, quyền hạn của cơ quan (Quyết định)',
  tien_thuong: 'điều về tiền thưởng (Quyết định)',
  giai_doan: 'giai đoạn',
  chuc_vu_nguoi_ky: 'chức vụ người ký (in hoa)',
  nguoi_ky: 'họ tên người ký',
  so_tap_the: 'số tập thể đề nghị',
  so_ca_nhan: 'số cá nhân đề nghị',
  so_de_nghi: 'tổng số tập thể và cá nhân',
  so_tap_the_ca_nhan: '“… tập thể và … cá nhân” (bỏ phần không có ai)',
  tong_so: '“Tổng số: … tập thể, … cá nhân”',
};

// ---- award levels (issue 15): chosen per nominee in "Thẩm định" ------------------------------------

/** The column of "Thẩm định" where the council picks the award level (a dropdown; empty = Giấy khen). */
export const AWARD_LEVEL_HEADER = 'Hình thức khen thưởng đề nghị';
/** The dropdown's values, in the order of the levels (the first is the default of an empty cell). */
export const AWARD_LEVEL_CHOICES = {
  giayKhen: 'Giấy khen của thủ trưởng cơ quan',
  /** An office under the Sở (a district office of 2021-2025, a school, a commune) proposing the Sở director's Giấy khen (plan III.4). */
  giayKhenSo: 'Giấy khen của Giám đốc Sở GD&ĐT',
  bangKhenTinh: 'Bằng khen của Chủ tịch UBND tỉnh',
  bangKhenBo: 'Bằng khen của Bộ trưởng Bộ GD&ĐT',
} as const;
export const AWARD_TEXT = {
  /** "Giấy khen của Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn". */
  giayKhen: (head: string) => `Giấy khen của ${head}`,
  /** "Giấy khen của Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn", proposed by an office under it. */
  giayKhenSo: (department: string) => `Giấy khen của Giám đốc ${department}`,
  /** Its Tờ trình's "Kính gửi". */
  departmentAddressee: (department: string) => `Giám đốc ${department}`,
  /** …from a school its commune manages: through the commune's Ủy ban (review d75 F5). */
  departmentThrough: (addressee: string, via: string) => `${addressee} (qua ${via})`,
  /** The Sở GD&ĐT of a province ("tỉnh Hà Sơn"), where the office names no Sở above it (a commune). */
  departmentOf: (place: string) => `Sở Giáo dục và Đào tạo ${place}`,
  /** The People's Committee of a district ("huyện Suối Ngọc"), whose education office manages a school (review d82a F2). */
  districtCommittee: (district: string) => `Ủy ban nhân dân ${district}`,
  bangKhenTinh: (province: string) => `Bằng khen của Chủ tịch ${province}`,
  bangKhenBo: 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo',
  /** Short names (file names). */
  short: { giayKhen: 'Giấy khen', giayKhenSo: 'Giấy khen Sở GD&ĐT', bangKhenTinh: 'Bằng khen UBND tỉnh', bangKhenBo: 'Bằng khen Bộ GD&ĐT' },
  provinceAddressee: (province: string) => `Chủ tịch ${province}`,
  ministerAddressee: 'Bộ trưởng Bộ Giáo dục và Đào tạo',
  /** The Giấy khen's Tờ trình is the council's, to the office's head, signed on the council's behalf. */
  councilOnBehalf: `TM. ${COUNCIL_UPPER}`,
  councilChairTitle: 'CHỦ TỊCH',
  /** A Phó Chủ tịch signs for the chair when the chair is the head who decides (Nghị định 30/2020/NĐ-CP: "KT."). */
  councilDeputyFor: 'KT. CHỦ TỊCH',
  councilDeputyTitle: 'PHÓ CHỦ TỊCH',
  /** How the council's tab names its deputy chair (a member's "Chức vụ"). */
  councilDeputyRole: 'Phó Chủ tịch',
  /** The council as the Giấy khen's Tờ trình and Danh sách head it (it issues them). */
  councilIssuer: COUNCIL_UPPER,
  /** The council's symbol in the number of its Tờ trình ("Số: …/TTr-HĐTĐKT"). */
  councilSymbol: 'HĐTĐKT',
  councilProposer: (office: string) => `${COUNCIL} ${office}`,
  reason: (period: string) =>
    `(Thành tích xuất sắc trong phong trào thi đua xây dựng và nhân rộng mô hình, điển hình tiên tiến giai đoạn ${period})`,
  reasonDuty: (period: string) => `(Thành tích xuất sắc trong thực hiện nhiệm vụ công tác, giai đoạn ${period})`,
  /** The Bằng khen UBND tỉnh Tờ trình's default "Kính gửi": the province's chair, through its Sở Nội vụ. */
  provinceRoute: (province: string) => `Chủ tịch ${province} (qua Sở Nội vụ)`,
  /** A district office's: through the district People's Committee it belongs to (review docs M1). */
  provinceRouteVia: (province: string, district: string) => `Chủ tịch ${province} (qua ${district})`,
  /** The body a route names, in the Nơi nhận ("Sở Nội vụ" → "Sở Nội vụ tỉnh Hà Sơn"). */
  routeRecipient: (body: string, province: string) => {
    const place = /^Ủy ban nhân dân\s+(.+)$/i.exec(province);
    return place && /^Sở Nội vụ$/i.test(body.trim()) ? `${body.trim()} ${place[1]}` : body.trim();
  },
  /** The office's council among the recipients of a Tờ trình the office issues. */
  councilRecipient: (shortName: string) => `Hội đồng TĐKT ${shortName}`,
  /**
   * A UBND xã/phường's competence (its chair's Quyết định): the Luật Tổ chức chính quyền địa phương (Luật số
   * 72/2025/QH15, passed 16/6/2025, in force 1/7/2025), cited by name and date as Quyết định of commune chairs do.
   */
  communeCompetence: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
  /** A UBND's own texts (its Tờ trình, Danh sách) are signed on the committee's behalf (Nghị định 30/2020/NĐ-CP). */
  committeeOnBehalf: 'TM. ỦY BAN NHÂN DÂN',
  /** A Phó Chủ tịch signing such a text signs for the Chủ tịch. */
  /** A deputy signing for the head whose title is `title` (upper case). */
  deputyFor: (title: string) => `KT. ${title}`,
  /** One given the head's powers (Nghị định 30/2020/NĐ-CP: "Q."), `title` the head's (upper case). */
  actingFor: (title: string) => `Q. ${title}`,
  /** How the signer's title names a deputy chair ("Phó Chủ tịch"). */
  /** A commune's Bằng khen Bộ GD&ĐT Tờ trình goes through its province: "Bộ trưởng … (qua Ủy ban nhân dân tỉnh …)". */
  ministerThroughProvince: (province: string) => `Bộ trưởng Bộ Giáo dục và Đào tạo (qua ${province})`,
  /** A district office's (a school's) Bằng khen Bộ GD&ĐT Tờ trình goes through the level that manages it (review r68d M3). */
  ministerThrough: (body: string) => `Bộ trưởng Bộ Giáo dục và Đào tạo (qua ${body})`,
  /** The Quyết định's lines the office completes when "Cấu hình" does not give them (printed, visibly). */
  competenceMissing: (office: string) =>
    `[Căn cứ Quyết định số …/QĐ-… ngày … quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ${office} — cơ quan bổ sung];`,
  rewardMissing: '[Tiền thưởng kèm theo Giấy khen: mức thưởng, nguồn chi (Quỹ thi đua, khen thưởng) — cơ quan bổ sung].',
  meetingBasis: (office: string, date: string) => `Căn cứ Biên bản họp ${COUNCIL} ${office}${date ? ` ngày ${date}` : ''};`,
  /**
   * The Tờ trình's one căn cứ for the council's meeting, leading into its proposal: the Biên bản once the council met
   * (`date`: its day, '' not given), its result before (`date` null: the Tờ trình prepared for the meeting).
   */
  /** The Tờ trình's attachments: the council's Biên bản once it met (`met`), never before. */
  attachments: (met: boolean) => (met ? 'có danh sách, biên bản họp Hội đồng và báo cáo thành tích kèm theo' : 'có danh sách và báo cáo thành tích kèm theo'),
  proposalMeetingBasis: (office: string, date: string | null) =>
    date === null ? `Căn cứ kết quả họp xét của ${COUNCIL} ${office},` : `Căn cứ Biên bản họp ${COUNCIL} ${office}${date ? ` ngày ${date}` : ''},`,
};

// ---- the council's meeting tab --------------------------------------------------------------------

export const COUNCIL_TAB = 'Họp Hội đồng TĐKT';
export const COUNCIL_TAB_TITLE = `BIÊN BẢN HỌP ${COUNCIL_UPPER} — Hội đồng điền trang này; công cụ chỉ đọc để lập Biên bản, Tờ trình, Quyết định`;
/** The meeting's fields (column A), each with its value in column B. */
export const COUNCIL_FIELDS = {
  time: 'Thời gian họp',
  place: 'Địa điểm',
  date: 'Ngày họp (dd/MM/yyyy)',
  chair: 'Chủ trì (họ và tên)',
  chairTitle: 'Chức vụ của người chủ trì',
  secretary: 'Thư ký (họ và tên)',
  threshold: 'Tỷ lệ tán thành phải trên (%)',
  base: 'Tỷ lệ tính trên',
  publicity: 'Công khai danh sách trước khi họp',
} as const;
/** The values of COUNCIL_FIELDS.base: the share of all members (the default), or of those who voted. */
export const COUNCIL_BASE = { total: 'tổng số thành viên', voters: 'số thành viên biểu quyết' } as const;
export const COUNCIL_FIELD_HELP: Record<keyof typeof COUNCIL_FIELDS, string> = {
  // After the publicity example's days (below): one meeting of a 2026–2030 file (review r70x: a 2024 day read oddly there).
  time: 'Ví dụ: 14 giờ 00 phút, ngày 15/6/2028',
  place: 'Ví dụ: Hội trường tầng 2',
  date: 'Ngày họp, ghi trong các căn cứ của Tờ trình và Quyết định',
  chair: 'Chủ tịch Hội đồng hoặc người được ủy quyền',
  /** Completed by the office's kind: councilTemplateRows. */
  chairTitle: 'Ví dụ:',
  secretary: '',
  threshold:
    'Tỷ lệ số thành viên Hội đồng tán thành mà một trường hợp phải vượt để được đề nghị. Mặc định 50 (quá bán); Quy chế của Hội đồng có thể quy định khác. Nếu Quy chế ghi “từ … trở lên”, ghi như vậy, ví dụ “từ 70 trở lên” hoặc “≥ 70”.',
  base: `Theo Quy chế của Hội đồng: “${COUNCIL_BASE.total}” (mặc định, cả người vắng) hoặc “${COUNCIL_BASE.voters}” (người có mặt và người vắng có ý kiến bằng văn bản).`,
  publicity:
    'Nếu đã công khai danh sách đề nghị khen thưởng để lấy ý kiến trước khi họp (theo Quy chế của cơ quan): ghi thời gian và hình thức, ví dụ “từ 01/6/2028 đến 14/6/2028, niêm yết tại trụ sở và đăng trên cổng thông tin điện tử”. Biên bản và trang “Lịch sử thẩm định” ghi lại. Để trống nếu không công khai.',
};
export const COUNCIL_MEMBERS_HEADER = ['Họ và tên thành viên', 'Chức vụ', 'Có mặt (Có / Vắng)', 'Lý do vắng'];
export const COUNCIL_VOTES_HEADER = ['Mã phiếu', 'Tập thể, cá nhân', 'Tán thành', 'Không tán thành', 'Tỷ lệ tán thành (%)'];
export const COUNCIL_PRESENT = { yes: 'Có', no: 'Vắng', written: 'Vắng, có ý kiến bằng văn bản' } as const;
/** What a secretary types in the presence column, read as present or absent (matched by matchKey); the dropdown offers COUNCIL_PRESENT. */
export const COUNCIL_PRESENCE = {
  present: ['Có', 'Có mặt', 'x', '✓', '✔', '☑', 'Co', 'Co mat', 'Dự', 'Có dự'],
  absent: ['Vắng', 'Vắng mặt', 'Không', 'Không có mặt', 'V', 'Vang', 'Vang mat', 'Khong', 'Vắng có lý do', 'Vắng không lý do'],
  /** Absent, and voted in writing (lấy ý kiến bằng văn bản): COUNCIL_PRESENT.written, or said so in the reason column. */
  written: [COUNCIL_PRESENT.written, 'Vắng có ý kiến bằng văn bản', 'Có ý kiến bằng văn bản', 'Ý kiến bằng văn bản', 'Gửi ý kiến bằng văn bản', 'Bằng văn bản', 'Phiếu bằng văn bản'],
} as const;
/** A number as the documents print it: the Vietnamese decimal comma, at most two decimals (66,67; 90). */
export const councilNumber = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');
/** A threshold as printed: a percentage ("66,67%"), or the quy chế's fraction as written ("2/3"). */
const shownThreshold = (t: number | string) => (typeof t === 'string' ? t : `${councilNumber(t)}%`);
export const COUNCIL_TEXT = {
  /** "Thời gian" in the Biên bản: the hour typed, on the meeting's day (as quotaTime writes a moment): "14:00 ngày 01/07/2024". */
  meetingTime: (time: string, day: string) => `${time} ngày ${day}`,
  present: 'Có mặt',
  /** `written`: absent and voted in writing, said after the reason unless the reason says it already. */
  absent: (reason: string, written = false) => `Vắng mặt${reason ? ` (${reason})` : ''}${written ? ', có ý kiến bằng văn bản' : ''}`,
  composition: (total: number, present: number, absent: number, written = 0) =>
    `${total} thành viên Hội đồng; có mặt ${present}, vắng mặt ${absent}${written ? `, trong đó ${written} thành viên có ý kiến bằng văn bản` : ''} (danh sách tại mục I).`,
  /** Before the rule in the Biên bản: the list made public before the meeting, as the tab says when and how. */
  publicity: (when: string) => `Danh sách đề nghị khen thưởng đã được công khai ${when.replace(/[.\s]+$/, '')}.`,
  /**
   * In the quy chế's words: "trên 50%", or "từ 70% trở lên" (`atLeast`), of all `total` members or (`voters` given) of
   * the members who voted, present or in writing.
   */
  rule: (threshold: number | string, total: number, atLeast = false, voters?: { present: number; written: number }) => {
    const of =
      voters === undefined
        ? `tổng số ${total} thành viên Hội đồng`
        : `số thành viên biểu quyết (${voters.written ? `${voters.present + voters.written} thành viên: ${voters.present} có mặt, ${voters.written} có ý kiến bằng văn bản` : `${voters.present} thành viên có mặt`})`;
    const t = shownThreshold(threshold);
    return atLeast
      ? `Trường hợp được đề nghị khi số thành viên tán thành từ ${t} trở lên tính trên ${of}.`
      : `Trường hợp được đề nghị khi số thành viên tán thành trên ${t} ${of}.`;
  },
  passed: 'Đủ tỷ lệ tán thành',
  failed: 'Không đủ tỷ lệ tán thành',
  noVote: 'Chưa biểu quyết',
  /** A vote row whose numbers cannot be right (COUNCIL_PROBLEM): printed without them. */
  unreadable: 'Chưa xác định (số liệu biểu quyết cần kiểm tra lại)',
  /** An award level typed in "Thẩm định" that is not one of the list: printed as typed, marked. */
  /** The level column of a vote on someone not proposed (the Biên bản records the vote, not a proposal). */
  notProposedLevel: '-',
  /** The outcome of such a vote, as the Biên bản prints it. */
  notProposed: (outcome: string) => `${outcome} (không đưa vào đề nghị)`,
  /** A nominee held by the plan's conditions, and why (heldBecause). */
  notProposedBecause: (outcome: string, why: string) => `${outcome} (không đưa vào đề nghị: ${why})`,
  /** Why a vote's registration is not proposed when its automatic verdict is not "Đạt" (a vote recorded only). */
  verdictNot: (verdict: string) => `kết luận tự động của phiếu là “${verdict}”`,
  heldBecause: {
    excellent: 'chưa có năm được xếp loại hoàn thành xuất sắc nhiệm vụ theo mục II.2.b của kế hoạch',
    failedYear: 'có năm xếp loại không hoàn thành nhiệm vụ',
    ownOffice: 'khen tập thể cả cơ quan, đơn vị thuộc thẩm quyền cấp trên',
  },
  levelNotInList: (typed: string) => `${typed || '(để trống)'} (hình thức chưa hợp lệ, chưa đưa vào tờ trình)`,
  percent: (p: number) => `${Math.round(p * 10) / 10}%`.replace('.', ','),
};
/** Why a nominee is left out of the Tờ trình (the progress tab's "Ghi chú"). */
export const COUNCIL_NOTE = {
  noVote: (tab: string) => `Không đưa vào tờ trình: chưa có kết quả biểu quyết ở trang “${tab}”.`,
  belowShare: (share: string, threshold: number | string, atLeast = false, ofVoters = false) =>
    `Không đưa vào tờ trình: tỷ lệ tán thành ${share}, ${atLeast ? 'chưa đạt' : 'chưa vượt'} ${shownThreshold(threshold)} ${ofVoters ? 'số thành viên biểu quyết' : 'tổng số thành viên Hội đồng'}.`,
  /** `problem`: COUNCIL_PROBLEM's, saying which cell holds what and why it cannot be right. */
  unreadable: (problem: string) => `Chưa đưa vào tờ trình: ${problem}. Sửa lại ở trang “${COUNCIL_TAB}” rồi tạo lại văn bản.`,
  /** A vote row whose code is no nominee: `why` is COUNCIL_PROBLEM.notNominee / notProposable / noRegistration. */
  strayVote: (code: string, why: string, recorded: boolean) =>
    `Có kết quả biểu quyết cho ${code} nhưng ${why}: không đưa vào tờ trình${recorded ? '; Biên bản vẫn ghi kết quả biểu quyết này (Hội đồng đã biểu quyết)' : ', không ghi vào Biên bản'}.`,
  /**
   * A vote on a registration withdrawn after the meeting whose data the office erased at the person's request (review
   * r78d F2): the registration existed; the vote row is the meeting's and stays as typed, never moved onto another code.
   */
  erasedVote: (code: string, reviewTab: string, withdrawn: string) =>
    `Có kết quả biểu quyết cho ${code}: phiếu đăng ký này đã được rút (“${withdrawn}” ở trang “${reviewTab}”) và cơ quan đã xóa dữ liệu cá nhân của phiếu theo yêu cầu của người đăng ký, nên không đưa vào tờ trình; Biên bản tạo từ lúc này không ghi được dòng biểu quyết này (họ tên, đơn vị đã xóa). Mã và kết quả biểu quyết ở trang “${COUNCIL_TAB}” là kết quả của cuộc họp: giữ nguyên, không sửa sang mã của phiếu khác.`,
  badLevel: (typed: string) => `Không đưa vào tờ trình: hình thức khen thưởng “${typed}” không có trong danh sách chọn.`,
  failedYear: (years: string) =>
    `Chưa đưa vào tờ trình: phiếu ghi xếp loại “Không hoàn thành nhiệm vụ” ở ${years}; kế hoạch yêu cầu điển hình tiên tiến là cá nhân tiêu biểu, xuất sắc trong công tác chuyên môn (mục II.2). Nếu phiếu ghi sai, trường sửa phiếu rồi chọn lại menu “${PROPOSAL_MENU.generate}”.`,
  /**
   * The office as a whole proposed for its own head's Giấy khen (review schooloffice H1): its commendation is the managing
   * level's (Luật Thi đua, khen thưởng 2022, Điều 83 khoản 1). `above`: the body above it in "Cấu hình" ('' none).
   */
  ownOffice: (above: string) =>
    `Chưa đưa vào tờ trình: tập thể này là chính cơ quan, đơn vị ký giấy khen; người đứng đầu không tặng Giấy khen cho chính đơn vị mình, việc khen tập thể cả đơn vị thuộc cấp quản lý đơn vị${above ? ` (${above})` : ''} (Luật Thi đua, khen thưởng 2022, Điều 83 khoản 1). Muốn đề nghị: chọn ở trang “Thẩm định” một hình thức khen của cấp trên (Bằng khen…) cho phiếu này.`,
  noExcellentYear:
    `Chưa đưa vào tờ trình: cán bộ quản lý, đảng viên, người đứng đầu phải có ít nhất 01 năm trong giai đoạn được xếp loại “Hoàn thành xuất sắc nhiệm vụ” (kế hoạch, mục II.2.b); phiếu chưa có năm học nào được tính đạt mức này (tiêu chí chưa được xét hoặc chưa có năm để xét). Khi phiếu ghi kết quả xếp loại đó của một năm học đã được tính, chọn lại menu “${PROPOSAL_MENU.generate}”.`,
};
/**
 * What cannot be right in the council's tab (parseCouncil), each quoting what was typed: the clauses of
 * COUNCIL_NOTE.unreadable and of the progress tab's lines.
 */
export const COUNCIL_PROBLEM = {
  /** `column`: the votes' header; `code`: the row's code; `typed`: the cell as typed; `why`: one of the reasons below. */
  cell: (column: string, code: string, typed: string, why: string) => `ô “${column}” của ${code} ghi “${typed}”, ${why}`,
  notNumber: 'không đọc được số',
  notWhole: 'không phải số thành viên (số nguyên)',
  percentInCount: 'là tỷ lệ, không phải số thành viên (ghi tỷ lệ ở cột “Tỷ lệ tán thành (%)”)',
  moreThanMembers: (total: number) => `nhiều hơn tổng số ${total} thành viên Hội đồng`,
  ofNotMembers: (of: number, total: number, present: number, voters = present) =>
    `số sau dấu “/” (${of}) khác tổng số thành viên Hội đồng (${total})${present !== total ? `${voters !== present ? ',' : ' và'} số thành viên có mặt (${present})` : ''}${voters !== present ? ` và số thành viên biểu quyết (${voters}, kể cả người có ý kiến bằng văn bản)` : ''}`,
  morePresent: (code: string, sum: number, present: number, written = false) =>
    `số thành viên tán thành và không tán thành ${code} cộng lại là ${sum}, nhiều hơn ${present} thành viên có mặt${written ? ' và có ý kiến bằng văn bản' : ''}${written ? '' : ' (thành viên vắng mà có ý kiến bằng văn bản: ghi “' + COUNCIL_PRESENT.written + '” ở cột “' + COUNCIL_MEMBERS_HEADER[2] + '”)'}`,
  percentRange: 'không nằm trong khoảng 0–100%',
  yesBlank: 'để trống trong khi ô “Không tán thành” có số',
  inconsistent: (yes: number, total: number, share: number) =>
    `không khớp với ${yes} thành viên tán thành trên ${total} (${councilNumber(Math.round(share * 10) / 10)}%)`,
  /** The share matches the count over the other base (`typedOn`) than the one of the tab (`on`). */
  otherBase: (typedOn: string, on: string, yes: number, share: number) =>
    `là tỷ lệ tính trên ${typedOn}, còn mục “${COUNCIL_FIELDS.base}” tính trên ${on}: ${yes} thành viên tán thành là ${councilNumber(Math.round(share * 10) / 10)}%. Ghi tỷ lệ đó (hoặc xóa ô tỷ lệ), hoặc sửa mục “${COUNCIL_FIELDS.base}” theo Quy chế của Hội đồng (trang chưa có mục này thì thêm một dòng dưới mục “${COUNCIL_FIELDS.threshold}”: cột A ghi “${COUNCIL_FIELDS.base}”, cột B ghi “${COUNCIL_BASE.voters}”)`,
  /** Only a share, while some members did not vote: over which base it was counted cannot be known. */
  percentNeedsCount: (voters: number, total: number) =>
    `chỉ có tỷ lệ, trong khi ${voters} trong ${total} thành viên biểu quyết: ghi số thành viên tán thành (và không tán thành) để công cụ tính tỷ lệ`,
  base: (typed: string) =>
    `ô “${COUNCIL_FIELDS.base}” ghi “${typed}”, không đọc được: ghi “${COUNCIL_BASE.total}” hoặc “${COUNCIL_BASE.voters}”`,
  /** Fewer than two thirds of the members present: said, not refused (the quy chế decides). */
  fewPresent: (present: number, total: number) =>
    `Chỉ ${present} trong ${total} thành viên Hội đồng có mặt, chưa đủ 2/3: Quy chế của nhiều Hội đồng thi đua, khen thưởng chỉ cho cuộc họp có giá trị khi ít nhất 2/3 thành viên có mặt. Kiểm tra Quy chế của Hội đồng trước khi ký Biên bản.`,
  /** A row among the meeting's fields the tool does not read (a second threshold, a note): named, never silently dropped. */
  unknownField: (typed: string) =>
    `Dòng “${typed}” ở phần đầu trang “${COUNCIL_TAB}” không phải mục công cụ đọc (${Object.values(COUNCIL_FIELDS).map((f) => `“${f}”`).join(', ')}): văn bản không dùng dòng này.${/tỷ lệ|%/i.test(typed) ? ' Công cụ dùng một tỷ lệ tán thành cho mọi hình thức khen thưởng; nếu Quy chế quy định tỷ lệ cao hơn cho một hình thức, hãy tự đối chiếu các trường hợp của hình thức đó và ghi “Không đề nghị” ở trang “Thẩm định” cho trường hợp không đạt.' : ''}`,
  twice: (code: string) => `${code} có hai dòng biểu quyết với số liệu khác nhau`,
  /**
   * Vote rows with no member listed above them (the list cleared to be typed again): no share can be counted, and the
   * tab read as a council that never met would propose those it voted down (review r66b F1). A blocker: nothing made.
   */
  votesWithoutMembers: (n: number) =>
    `trang “${COUNCIL_TAB}” có ${n} dòng biểu quyết nhưng danh sách thành viên Hội đồng (các dòng dưới “${COUNCIL_MEMBERS_HEADER[0]}”) đang trống, nên chưa tính được tỷ lệ tán thành; tạo văn bản lúc này sẽ đề nghị cả những trường hợp Hội đồng không tán thành. Hãy ghi lại danh sách thành viên (họ và tên, chức vụ, có mặt hay vắng)`,
  /** Cells typed in the tab but none of its labels (the column of the items' names deleted, or typed over): a blocker. */
  noLabels: `trang “${COUNCIL_TAB}” có nội dung nhưng không còn tên mục nào của trang (“${COUNCIL_FIELDS.date}”, “${COUNCIL_MEMBERS_HEADER[0]}”, “${COUNCIL_VOTES_HEADER[0]}”…): có thể cột ghi tên mục đã bị xóa hoặc ghi đè, nên không đọc được kết quả họp; tạo văn bản lúc này sẽ đề nghị cả những trường hợp Hội đồng không tán thành. Hãy xem lại trang ở Tệp → Nhật ký phiên bản và chép lại cột đó (hoặc xóa trống cả trang nếu Hội đồng chưa họp)`,
  /** Votes, but no members' header row (deleted, or retyped): the members typed above are not read as members (review d66 #4). */
  membersWithoutHeader: `trang “${COUNCIL_TAB}” không còn dòng tiêu đề của danh sách thành viên Hội đồng (dòng tiêu đề bị xóa hoặc ghi khác đi), nên công cụ không đọc được danh sách thành viên và chưa tính được tỷ lệ tán thành; tạo văn bản lúc này sẽ đề nghị cả những trường hợp Hội đồng không tán thành. Hãy ghi lại dòng tiêu đề ngay trên danh sách thành viên: ${COUNCIL_MEMBERS_HEADER.map((h) => `“${h}”`).join(', ')}`,
  /** Rows holding a registration code above the votes' header, or with none (its row deleted): a blocker, as above. */
  votesWithoutHeader: (n: number) =>
    `trang “${COUNCIL_TAB}” có ${n} dòng ghi mã phiếu không nằm dưới dòng tiêu đề “${COUNCIL_VOTES_HEADER[0]}” của phần biểu quyết (dòng tiêu đề bị xóa hoặc ghi đè), nên không đọc được kết quả biểu quyết; tạo văn bản lúc này sẽ đề nghị cả những trường hợp Hội đồng không tán thành. Hãy ghi lại dòng tiêu đề ngay trên các dòng biểu quyết: ${COUNCIL_VOTES_HEADER.map((h) => `“${h}”`).join(', ')} (xem lại ở Tệp → Nhật ký phiên bản nếu cần)`,
  twiceNamed: (code: string, a: string, b: string) => `${code} có hai dòng biểu quyết ghi hai tên khác nhau (“${a}” và “${b}”)`,
  threshold: (field: string, typed: string) =>
    `ô “${field}” ghi “${typed}”, không đọc được tỷ lệ (ghi một số từ 1 đến 99, ví dụ “50”; hoặc “từ 70 trở lên”, “từ 2/3 trở lên”)`,
  presence: (names: readonly string[]) =>
    `chưa ghi rõ “Có” hay “Vắng” ở cột “${COUNCIL_MEMBERS_HEADER[2]}” cho ${names.map((n) => `“${n}”`).join(', ')}: chưa tính được tỷ lệ tán thành`,
  notMember: (typed: string) =>
    `Dòng “${typed}” ở danh sách thành viên trang “${COUNCIL_TAB}” không ghi chức vụ và “Có”/“Vắng”: không tính là thành viên Hội đồng.`,
  notNominee: (reviewTab: string, propose: string) => `ở trang “${reviewTab}” chưa chọn “${propose}”`,
  notProposable: (reviewTab: string) =>
    `hồ sơ này chưa đưa vào đề nghị được — chưa Đạt, đã được đăng ký lại, hoặc quyết định đang tạm giữ chờ Hội đồng xác nhận (xem cột “Ghi chú” ở trang “${reviewTab}”)`,
  noRegistration: 'không có phiếu đăng ký nào mang mã này',
  /** The code has its row in "Thẩm định" but its response row is gone (deleted, not erased): not a mistyped code. */
  registrationGone: (reviewTab: string) =>
    `phiếu đăng ký mang mã này không còn ở trang câu trả lời (xem cột “Ghi chú” của mã này ở trang “${reviewTab}”; không sửa mã biểu quyết sang phiếu khác)`,
  /** The vote row's name is not the registration's (`name`): after COUNCIL_PROBLEM.cell of the name column. */
  otherName: (name: string) => `khác tên trên phiếu đăng ký mang mã này (“${name}”): kiểm tra lại mã phiếu hoặc tên`,
};
export const COUNCIL_SUMMARY = {
  noMeeting: (tab: string) =>
    `Chưa có kết quả họp Hội đồng ở trang “${tab}” (thành viên, biểu quyết): chưa tạo Biên bản và Quyết định; tờ trình đề nghị mọi trường hợp được chọn “Đề nghị khen”.`,
  /** Counts by reason (FlagReason): only the reasons that occur are named. */
  flagged: (counts: { vote: number; noVote: number; level: number; badVote?: number; excellent?: number; failedYear?: number; ownOffice?: number }) => {
    const bad = counts.badVote ?? 0;
    const excellent = counts.excellent ?? 0;
    const failed = counts.failedYear ?? 0;
    const own = counts.ownOffice ?? 0;
    const parts = [
      counts.vote ? `${counts.vote} vì kết quả biểu quyết của Hội đồng` : '',
      counts.noVote ? `${counts.noVote} vì chưa có kết quả biểu quyết` : '',
      bad ? `${bad} vì số liệu biểu quyết ở trang “${COUNCIL_TAB}” cần kiểm tra lại` : '',
      counts.level ? `${counts.level} vì hình thức khen thưởng ghi ở trang “Thẩm định” không có trong danh sách chọn` : '',
      excellent ? `${excellent} vì cán bộ quản lý, đảng viên, người đứng đầu chưa có năm được xếp loại hoàn thành xuất sắc nhiệm vụ` : '',
      failed ? `${failed} vì có năm xếp loại không hoàn thành nhiệm vụ` : '',
      own ? `${own} vì là chính cơ quan, đơn vị (Giấy khen cho cả đơn vị thuộc cấp trên)` : '',
    ].filter((x) => x !== '');
    const n = counts.vote + counts.noVote + counts.level + bad + excellent + failed + own;
    return `${n} trường hợp không đưa vào tờ trình: ${parts.join('; ')} (xem cột “Ghi chú”).`;
  },
};
/** The progress tab's status of a nominee left out, by why (FlagReason). */
export const PROPOSAL_STATUS_FLAGGED = {
  vote: 'Không đề nghị: kết quả biểu quyết',
  noVote: 'Chưa đề nghị: chưa có kết quả biểu quyết',
  badVote: 'Chưa đề nghị: số liệu biểu quyết cần kiểm tra lại',
  level: 'Chưa đề nghị: hình thức khen thưởng không hợp lệ',
  excellent: 'Chưa đề nghị: chưa có năm hoàn thành xuất sắc nhiệm vụ',
  failedYear: 'Chưa đề nghị: có năm không hoàn thành nhiệm vụ',
  ownOffice: 'Chưa đề nghị: Giấy khen cho chính cơ quan, đơn vị',
} as const;

/**
 * Rounds (đợt đề nghị): one meeting of the council is one round. A nominee an earlier round's batch proposed at the same
 * level, and not voted on at the meeting the council's tab holds now, is not proposed again (src/core/proposals.ts
 * setAsideEarlier). `day`: the earlier batch's date, `meeting`: its meeting's (dd/MM/yyyy; '' none recorded).
 */
export const PROPOSAL_EARLIER = {
  status: 'Đã đề nghị ở đợt trước: không đưa lại',
  note: (level: string, day: string, meeting: string) =>
    `Đã đề nghị tặng ${level} trong tờ trình ngày ${day}${meeting ? ` (Hội đồng họp ngày ${meeting})` : ''}; cuộc họp ghi ở trang “${COUNCIL_TAB}” không biểu quyết về trường hợp này nên đợt này không đề nghị lại. Muốn đề nghị lại cùng hình thức: ghi kết quả biểu quyết ở cuộc họp mới. Muốn đề nghị hình thức cao hơn: chọn hình thức ở trang “Thẩm định” và ghi kết quả biểu quyết ở cuộc họp mới.`,
  /** Proposed again: voted on at this meeting though an earlier round proposed it at the same level. */
  again: (level: string, day: string, meeting: string) =>
    `Lưu ý: đã đề nghị tặng ${level} trong tờ trình ngày ${day}${meeting ? ` (Hội đồng họp ngày ${meeting})` : ''}; đợt này đề nghị lại cùng hình thức vì cuộc họp ghi ở trang “${COUNCIL_TAB}” có biểu quyết về trường hợp này. Nếu Hội đồng không đề nghị lại, chọn “Không đề nghị” ở trang “Thẩm định”; nếu biểu quyết đó là của cuộc họp cũ còn sót lại, xóa dòng đó khỏi trang họp.`,
  /**
   * Proposed, though a registration this one replaced (the same person or collective, sent again in a later school year)
   * was proposed at the same level by an earlier round (review rollover R2): the council decided on this one.
   */
  againReplaced: (level: string, day: string, meeting: string, code: string) =>
    `Lưu ý: phiếu ${code} (phiếu này thay thế phiếu đó) đã được đề nghị tặng ${level} trong tờ trình ngày ${day}${meeting ? ` (Hội đồng họp ngày ${meeting})` : ''}; đợt này đề nghị lại cùng hình thức theo quyết định của Hội đồng ở trang “Thẩm định” cho phiếu này. Nếu Hội đồng không đề nghị lại, chọn “Không đề nghị” ở trang “Thẩm định”.`,
  summary: (n: number) => `${n} trường hợp được chọn “Đề nghị khen” đã được đề nghị ở đợt trước (cùng hình thức) và không có biểu quyết ở cuộc họp hiện tại: không đưa lại vào tờ trình (xem cuối bảng).`,
  againSummary: (n: number) => `${n} trường hợp đã được đề nghị ở đợt trước (cùng hình thức, kể cả qua phiếu cũ đã được thay) nay được đề nghị lại: lý do ở cột “Ghi chú”.`,
  /** In "Thẩm định", on the row of a registration a finished batch proposed (one line per round). */
  reviewNote: (level: string, day: string, meeting: string) => `Đã đề nghị tặng ${level} trong tờ trình ngày ${day}${meeting ? ` (Hội đồng họp ngày ${meeting})` : ''}.`,
  /** The same, for a proposal a later batch of its round no longer made (`out`: that batch's day). */
  reviewNoteWithdrawn: (level: string, day: string, meeting: string, out: string) =>
    `Tờ trình ngày ${day} có đề nghị tặng ${level}${meeting ? ` (Hội đồng họp ngày ${meeting})` : ''}; từ ngày ${out} không còn trong danh sách đề nghị (văn bản đã làm lại).`,
  /**
   * On the row of a nominee the documents last made propose (`level`, in the Tờ trình of `day`), whose decision the
   * council changed since (`decision`, as the row holds it): those documents no longer say what it decided (review r77c F2).
   */
  reviewNoteDecisionChanged: (level: string, day: string, decision: string) =>
    `Quyết định của Hội đồng nay là “${decision}”, khác với tờ trình ngày ${day} (đề nghị tặng ${level}): văn bản đã tạo không còn khớp với quyết định này. Chạy lại menu “${PROPOSAL_MENU.generate}” để làm lại văn bản theo quyết định hiện nay.`,
  /** The same, the award level changed since (`now`: the level the row holds). */
  reviewNoteLevelChanged: (level: string, day: string, now: string) =>
    `Hình thức khen thưởng nay là ${now}, khác với tờ trình ngày ${day} (đề nghị tặng ${level}): văn bản đã tạo không còn khớp với quyết định của Hội đồng. Chạy lại menu “${PROPOSAL_MENU.generate}” để làm lại văn bản theo quyết định hiện nay.`,
  /** A document an earlier round's batch made (for another meeting than the tab holds now), on `day`. */
  document: (day: string) => `Đợt trước (văn bản làm ngày ${day}): giữ nguyên`,
  /** The same, no longer current when its round was last made (a draft corrected within that round). */
  documentReplaced: (day: string) => `Đợt trước (văn bản làm ngày ${day}): đã được thay trong đợt đó`,
  /**
   * The tab's meeting has the day of a meeting an earlier batch used (`day`: its Tờ trình's), but none of the `n` it
   * proposed is voted on now: a new meeting whose day was left as it was?
   */
  /** A clause of PROPOSAL_BLOCKED (no final full stop): nothing is made until it is put right. */
  /**
   * The meeting's day in the tab (`meeting`, dd/MM/yyyy) is after the day the documents would be dated (`day`): the
   * Biên bản would carry one day and the Tờ trình and Quyết định cite another (review r66b F4).
   */
  meetingAfter: (meeting: string, day: string, field: string) =>
    `mục “${field}” ở trang “${COUNCIL_TAB}” ghi ngày ${meeting}, sau ngày làm văn bản (${day}): biên bản họp và tờ trình sẽ ghi hai ngày họp khác nhau. Hãy sửa mục “${field}” thành đúng ngày Hội đồng đã họp (nếu gõ nhầm năm hay tháng), hoặc chờ đến sau cuộc họp rồi tạo văn bản`,
  staleDay: (meeting: string, day: string, n: number, field: string) =>
    `trang “${COUNCIL_TAB}” vẫn ghi ngày họp ${meeting}, là ngày của cuộc họp đã dùng cho tờ trình ngày ${day}, nhưng không còn biểu quyết của ${n} trường hợp đã đề nghị theo cuộc họp đó. Nếu đây là cuộc họp mới, hãy sửa mục “${field}” thành ngày họp mới (biên bản và tờ trình in ngày này); nếu đúng là cuộc họp ngày ${meeting}, hãy ghi lại biểu quyết của các trường hợp đó`,
  /**
   * The meeting in the tab (its day `meeting`) matches no round recorded, but was held before the latest round's first
   * Tờ trình (`day`) and votes again on its nominees: taken for that round's meeting (`was`: its day as recorded)
   * corrected.
   */
  corrected: (meeting: string, day: string, was: string) =>
    `Lưu ý: cuộc họp ghi ở trang “${COUNCIL_TAB}” (ngày họp ${meeting}) diễn ra trước ngày làm tờ trình đợt gần nhất (${day}) và biểu quyết lại các trường hợp của đợt đó, nên công cụ coi đây là cuộc họp của đợt đó đã được sửa (trước ghi ngày họp ${was || 'không rõ'}): văn bản của đợt đó được làm lại theo nội dung đã sửa. Nếu đây là một cuộc họp khác (họp lại để biểu quyết lại), văn bản làm theo cuộc họp này cũng thay cho văn bản của đợt đó.`,
  unreadableDay: (typed: string, field: string) =>
    `Lưu ý: không đọc được ngày họp “${typed}” ở mục “${field}” (ghi theo dạng ngày/tháng/năm, ví dụ 15/10/2024). Khi chưa sửa, công cụ chỉ nhận ra cuộc họp này qua thành phần và kết quả biểu quyết.`,
};

/** Where the council's and the office's missing values are filled in. */
export const COUNCIL_GAP = {
  field: (field: string) => `mục ${q(field)} ở trang ${q(COUNCIL_TAB)}`,
  /** `addressee`: the setting of the Bằng khen UBND tỉnh Tờ trình's recipient, where a school under a commune names its province. */
  province: (setting: string, addressee: string) =>
    `mục ${q(setting)} ở trang “Cấu hình” (cần tên tỉnh, ví dụ “Sở Giáo dục và Đào tạo tỉnh Lào Cai”, để ghi Ủy ban nhân dân tỉnh; trường thuộc Ủy ban nhân dân xã, phường ghi tỉnh ở mục ${q(addressee)}, ví dụ “Chủ tịch Ủy ban nhân dân tỉnh Lào Cai (qua Ủy ban nhân dân phường Minh Tân)”)`,
  /**
   * The same for a school its commune's or ward's Ủy ban manages: `setting` is filled with that Ủy ban (`parent`), which
   * names no province; the province goes in `addressee` (review r82d F2: not the parent's setting, as if empty).
   */
  provinceCommune: (setting: string, parent: string, addressee: string) =>
    `tên tỉnh, để ghi Sở Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh (mục ${q(setting)} ở trang “Cấu hình” ghi ${q(parent)}, không có tên tỉnh): trường thuộc Ủy ban nhân dân xã, phường ghi tỉnh ở mục ${q(addressee)} ở trang “Cấu hình”, ví dụ “Chủ tịch Ủy ban nhân dân tỉnh Lào Cai (qua ${parent})”`,
};

// ---- registration form: what the achievement report needs and the form did not ask ----------------

export const REPORT_QUESTIONS = {
  functions: 'Chức năng, nhiệm vụ của tập thể',
  position: 'Chức vụ',
  gender: 'Giới tính',
  hometown: 'Quê quán',
  residence: 'Trú quán (nơi ở hiện nay)',
  qualification: 'Trình độ chuyên môn, nghiệp vụ',
  duties: 'Quyền hạn, nhiệm vụ được giao',
} as const;
export const REPORT_QUESTION_HELP = {
  position:
    'Chức vụ như sẽ in trong quyết định, danh sách đề nghị và báo cáo thành tích, ví dụ: Hiệu trưởng; Phó Hiệu trưởng; Tổ trưởng chuyên môn; Giáo viên; Kế toán; Nhân viên nấu ăn. Bỏ trống thì văn bản ghi theo câu “Vị trí việc làm”.',
  functions: 'In trong báo cáo thành tích (mục I). Ví dụ: giáo dục học sinh cấp tiểu học trên địa bàn phường …; tổ chuyên môn: giảng dạy các môn …, bồi dưỡng chuyên môn cho giáo viên trong tổ; khoảng 1–3 câu.',
  gender: '',
  hometown: 'Xã/phường, tỉnh/thành phố (theo đơn vị hành chính hiện nay).',
  residence: 'Xã/phường, tỉnh/thành phố.',
  qualification: 'Ví dụ: Đại học Sư phạm Toán.',
  duties: 'In trong báo cáo thành tích theo mẫu “thực hiện nhiệm vụ công tác”. Ví dụ: giáo viên chủ nhiệm lớp 5A, tổ trưởng chuyên môn.',
} as const;
export const GENDER_CHOICES = ['Nam', 'Nữ'] as const;

// ---- Cấu hình: which form of the achievement report -----------------------------------------------

export const REPORT_FORM_CHOICES = {
  theme: 'Theo đợt thi đua, chuyên đề',
  duty: 'Thực hiện nhiệm vụ công tác',
} as const;
