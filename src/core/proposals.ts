// Award proposals (issue 6), the pure part: who is proposed (Đạt AND "Đề nghị khen" in the council's review, not
// superseded), in which order, the documents to make, the value of every {{placeholder}} of each document, the
// achievement summary of a registration, and the templates themselves as data (blocks the Docs adapter renders,
// laid out per Nghị định 30/2020/NĐ-CP). No Apps Script globals: the same code runs in Node and in Apps Script.
import { type OfficeConfig, type Organisation, fullBodyName, officeProfile, officeShortName, orgYearRatedFrom, planDateProblem, schoolYearRatedFrom } from './config';
import type { EvaluatedRegistration } from './evaluate';
import { personWords } from './duplicates';
import { namesItsSchool, schoolNameLevels } from './unit-names';
import { type School, unitHead } from './directory';
import {
  initiativeTitles,
  MODEL_CHOICES,
  happySchoolConcrete,
  MOVEMENT_COLUMNS,
  Q,
  RATING_CHOICES,
  ROLE_CHOICES,
  printedAwardQuestions,
} from './form-titles';
import { type Council, type CouncilMember, councilMet, councilRole, reasonSaysWritten, voteOutcome } from './council';
import {
  AWARD_LEVEL_CHOICES,
  AWARD_TEXT,
  COUNCIL_GAP,
  COUNCIL_NOTE,
  COUNCIL_PROBLEM,
  COUNCIL_TAB,
  COUNCIL_FIELDS,
  COUNCIL_TEXT,
  REPORT_QUESTIONS,
  PROPOSAL_BLOCKED,
  PROPOSAL_DOC_LABELS,
  PROPOSAL_EARLIER,
  PROPOSAL_GAP,
  PROPOSAL_KIND,
  PROPOSAL_OMITTED_SOURCE,
  PROPOSAL_SUMMARY_WARNING,
  PROPOSAL_SYMBOLS,
  SCHOOL_BOARDING_SYMBOLS,
  SCHOOL_LEVEL_SYMBOLS,
  PROPOSAL_TEMPLATE_NAMES,
  PROPOSAL_TEMPLATE_TEXT as T,
  PROPOSAL_TEXT,
  proposalAddressee,
  proposalNote,
  proposalCounts,
  proposalDocName,
  proposalTotals,
  proposedFor,
  proposedKinds,
  proposalVietnameseDate,
} from './messages/proposals';
import { DECREE_BEFORE_2024, DECREE_BEFORE_JULY_2025, DEFAULT_LEGAL_BASES, DIRECTORY_HEADERS, LAW_BEFORE_2024, VERDICT_LABELS, configLabel } from './messages/validation';
import { REVIEW_TAB } from './messages/summaries';
import { KIND_BY_NAME, OFFICE_PROFILES } from './messages/profiles';
import { REVIEW_DECISIONS, decisionsWithoutRow, fingerprint, type DecisionSnapshot, type ReviewTab } from './review';
import { answerOf, answerText, answeredAsNumber, ratingRole, type RatingCode, type RegistrationKind } from './registration';
import { MARKUP, SUMMARY_MIN_WORDS, WEB_LINK, awardUnnamed, formatDate, isEmptyEvidence, makeDate, matchKey, officialText, parseDate, plainKey, printableAward, toParagraph, toText, wordCount } from './text';
import { addressedAs, besideName, nameCapitalised, nameCaseWrong, nameUnaccented } from './person-names';
import { completeInitiatives, ratedOrgYears, ratedSchoolYears, ratedYearsLabel, yearsRated } from './validate';
import { quotable } from './review-notes';

// ---- templates and placeholders -----------------------------------------------------------------

export type TemplateKey = 'toTrinh' | 'danhSach' | 'baoCaoTapThe' | 'baoCaoCaNhan' | 'baoCaoTapTheNhiemVu' | 'baoCaoCaNhanNhiemVu' | 'bienBan' | 'quyetDinh';
export const TEMPLATE_KEYS: readonly TemplateKey[] = ['toTrinh', 'danhSach', 'baoCaoTapThe', 'baoCaoCaNhan', 'baoCaoTapTheNhiemVu', 'baoCaoCaNhanNhiemVu', 'bienBan', 'quyetDinh'];
export const TEMPLATE_NAMES: Record<TemplateKey, string> = {
  ...PROPOSAL_TEMPLATE_NAMES,
  baoCaoTapTheNhiemVu: PROPOSAL_TEMPLATE_NAMES.baoCaoTapThe + ' (thực hiện nhiệm vụ công tác)',
  baoCaoCaNhanNhiemVu: PROPOSAL_TEMPLATE_NAMES.baoCaoCaNhan + ' (thực hiện nhiệm vụ công tác)',
};
export const TEMPLATE_LABELS: Record<TemplateKey, string> = {
  ...PROPOSAL_DOC_LABELS,
  baoCaoTapTheNhiemVu: PROPOSAL_DOC_LABELS.baoCaoTapThe,
  baoCaoCaNhanNhiemVu: PROPOSAL_DOC_LABELS.baoCaoCaNhan,
};

/**
 * How "Đề nghị khen thưởng" names a document no longer planned, from its record's key and template: a list's label with
 * its award, as when it was planned ("Tờ trình đề nghị khen thưởng (Giấy khen)": keys `TTr:<level>:…`, `DS:…`, `QD:…`),
 * so that two replaced Tờ trình of two levels do not read alike (review r78d); the template's label otherwise.
 */
export function recordLabel(key: string, template: TemplateKey): string {
  const level = /^(?:TTr|DS|QD):([A-Za-z]+):/.exec(key)?.[1];
  const award = level !== undefined && Object.prototype.hasOwnProperty.call(AWARD_TEXT.short, level) ? AWARD_TEXT.short[level as keyof typeof AWARD_TEXT.short] : '';
  return award ? `${TEMPLATE_LABELS[template]} (${award})` : TEMPLATE_LABELS[template];
}

/**
 * A placeholder as findText looks for it: an RE2 pattern with no user data in it (ours, constant). Braces are
 * escaped, the name is anything but braces and line breaks, 1–60 characters.
 */
export const PLACEHOLDER_RE2 = '\\{\\{[^{}\\r\\n\\t]{1,60}\\}\\}';
/** The same, for JavaScript (scanning a whole element's text for placeholders split across text runs). */
export const PLACEHOLDER_JS = /\{\{([^{}\r\n\t]{1,60})\}\}/g;

/** The canonical name of a placeholder as typed ("{{ Ten }}" → "ten"). */
export function placeholderName(raw: string): string {
  let s = raw;
  if (s.startsWith('{{') && s.endsWith('}}')) s = s.slice(2, -2);
  return s.trim().toLowerCase();
}

/** Every placeholder name in a text, in order (with repeats). */
export function placeholdersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER_JS)) out.push(placeholderName(m[1]));
  return out;
}

/** Placeholders every document may use: the office, the date, the totals. */
export const COMMON_PLACEHOLDERS = [
  'co_quan_cap_tren', 'co_quan', 'ten_co_quan', 'ten_viet_tat', 'ky_hieu', 'so_van_ban', 'dia_danh', 'ngay', 'thang', 'nam',
  'ngay_thang_nam', 'kinh_gui', 'giai_doan', 'chuc_vu_nguoi_ky', 'nguoi_ky', 'so_tap_the', 'so_ca_nhan', 'so_de_nghi', 'so_tap_the_ca_nhan', 'tong_so',
  'can_cu_luat', 'can_cu_nghi_dinh', 'can_cu_ke_hoach',
  // The Tờ trình's "Kính gửi" line and extra recipients; the Quyết định's căn cứ of competence and reward article.
  'kinh_gui_dong', 'noi_nhan_qua', 'noi_nhan_hoi_dong', 'can_cu_chuc_nang', 'tien_thuong',
  // The award level of the document (issue 15) and the council's meeting.
  'hinh_thuc', 'nguoi_trinh', 'thay_mat', 'ky_thay', 'tham_quyen', 'tham_quyen_ten', 'ly_do_khen', 'can_cu_bien_ban',
  // The Tờ trình's one căn cứ for the meeting (review docs L1); its attachments (the Biên bản once met: review r73l).
  'can_cu_hop_xet', 'kem_theo',
  // Whom the level proposes, in the subjects (review r73l): "tập thể, cá nhân", "tập thể" or "cá nhân".
  'de_nghi_cho', 'de_nghi_cho_hoa',
] as const;
/** The council's meeting (Biên bản). */
export const MEETING_PLACEHOLDERS = ['thoi_gian_hop', 'dia_diem_hop', 'chu_tri', 'chu_tri_chuc_vu', 'thu_ky', 'thanh_phan', 'quy_tac_bieu_quyet'] as const;
export const MEMBER_ROW_PLACEHOLDERS = ['tv_stt', 'tv_ten', 'tv_chuc_vu', 'tv_co_mat'] as const;
export const VOTE_ROW_PLACEHOLDERS = ['bq_stt', 'bq_ten', 'bq_don_vi', 'bq_hinh_thuc', 'bq_tan_thanh', 'bq_khong', 'bq_ty_le', 'bq_ket_qua'] as const;
/** One table row per collective / individual of the Danh sách. */
// No internal code (the registration code), score or form label is a placeholder: none reaches a document.
export const COLLECTIVE_ROW_PLACEHOLDERS = ['tt_stt', 'tt_ten', 'tt_don_vi', 'tt_thanh_tich'] as const;
export const INDIVIDUAL_ROW_PLACEHOLDERS = ['cn_stt', 'cn_ten', 'cn_nam_sinh', 'cn_chuc_vu', 'cn_don_vi', 'cn_thanh_tich'] as const;
/** A Báo cáo thành tích: everything known about the nominee. */
export const NOMINEE_PLACEHOLDERS = [
  'ten', 'ten_tap_the', 'ho_ten', 'ho_ten_chuc_vu', 'doi_tuong', 'don_vi', 'don_vi_in_hoa', 'hieu_truong', 'cap_hoc', 'xa_phuong', 'cum_thi_dua',
  'dac_diem', 'ten_mo_hinh', 'mo_hinh', 'linh_vuc', 'thanh_tich', 'tom_tat', 'tom_tat_thanh_tich', 'giai_phap', 'phong_trao', 'xep_loai',
  'khen_thuong', 'stt', 'nguoi_khai', 'so_dien_thoai', 'email_nguoi_gui', 'nam_sinh', 'chuc_vu', 'dang_vien',
  'chuc_nang', 'gioi_tinh', 'que_quan', 'tru_quan', 'trinh_do', 'nhiem_vu', 'chuc_vu_thu_truong', 'cach_ky',
] as const;

/**
 * What a document cannot be printed without (the generator refuses it rather than print a gap). Any other
 * placeholder without a value takes its paragraph out of the document (an optional line).
 */
const REQUIRED_COLLECTIVE_REPORT = ['co_quan', 'ten', 'don_vi_in_hoa', 'thanh_tich', 'hieu_truong', 'hinh_thuc'];
const REQUIRED_INDIVIDUAL_REPORT = ['co_quan', 'ho_ten', 'don_vi_in_hoa', 'thanh_tich', 'hinh_thuc'];
export const REQUIRED_PLACEHOLDERS: Record<TemplateKey, readonly string[]> = {
  toTrinh: ['co_quan', 'kinh_gui', 'dia_danh', 'chuc_vu_nguoi_ky', 'nguoi_ky', 'ten_co_quan', 'hinh_thuc', 'nguoi_trinh'],
  danhSach: ['co_quan', 'dia_danh', 'chuc_vu_nguoi_ky', 'nguoi_ky', 'ten_co_quan', 'hinh_thuc'],
  // The two forms of a Báo cáo thành tích need the same values.
  baoCaoTapThe: REQUIRED_COLLECTIVE_REPORT,
  baoCaoCaNhan: REQUIRED_INDIVIDUAL_REPORT,
  baoCaoTapTheNhiemVu: REQUIRED_COLLECTIVE_REPORT,
  baoCaoCaNhanNhiemVu: REQUIRED_INDIVIDUAL_REPORT,
  bienBan: ['co_quan', 'ten_co_quan', 'thoi_gian_hop', 'dia_diem_hop', 'chu_tri', 'thu_ky'],
  quyetDinh: ['co_quan', 'dia_danh', 'tham_quyen', 'tham_quyen_ten', 'chuc_vu_nguoi_ky', 'nguoi_ky', 'hinh_thuc'],
};

/** The placeholders the generator fills in each template (any of them, wherever the office puts them). */
export const KNOWN_PLACEHOLDERS: Record<TemplateKey, readonly string[]> = {
  toTrinh: [...COMMON_PLACEHOLDERS],
  danhSach: [...COMMON_PLACEHOLDERS, ...COLLECTIVE_ROW_PLACEHOLDERS, ...INDIVIDUAL_ROW_PLACEHOLDERS],
  baoCaoTapThe: [...COMMON_PLACEHOLDERS, ...NOMINEE_PLACEHOLDERS],
  baoCaoCaNhan: [...COMMON_PLACEHOLDERS, ...NOMINEE_PLACEHOLDERS],
  baoCaoTapTheNhiemVu: [...COMMON_PLACEHOLDERS, ...NOMINEE_PLACEHOLDERS],
  baoCaoCaNhanNhiemVu: [...COMMON_PLACEHOLDERS, ...NOMINEE_PLACEHOLDERS],
  bienBan: [...COMMON_PLACEHOLDERS, ...MEETING_PLACEHOLDERS, ...MEMBER_ROW_PLACEHOLDERS, ...VOTE_ROW_PLACEHOLDERS],
  quyetDinh: [...COMMON_PLACEHOLDERS, ...COLLECTIVE_ROW_PLACEHOLDERS, ...INDIVIDUAL_ROW_PLACEHOLDERS],
};

export type Align = 'left' | 'center' | 'right' | 'justify';

/** One paragraph of a template: its text (placeholders included) in ONE style, so each placeholder is one run. */
export interface ParaBlock {
  t: 'p';
  text: string;
  align?: Align;
  bold?: boolean;
  italic?: boolean;
  /** Font size (pt); default BODY_SIZE. */
  size?: number;
  /** First-line indent (pt). */
  indent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Line spacing (multiple of single); default 1.05 (the body text: 1.2). */
  lineSpacing?: number;
}

export interface TableBlock {
  t: 'table';
  /** Column widths (pt). */
  widths: number[];
  /** 0 = borderless (the header and signature tables). */
  border: number;
  /** rows × cells × blocks of a cell (paragraphs; a table nested in a cell: the signature kept with its text). */
  rows: CellBlock[][][];
  /** A list table: its first row is the header row (repeated on every page where the platform allows). */
  header?: boolean;
  /** The one-cell table that keeps a signature block with the text before it (cells without padding). */
  keep?: boolean;
  /** A signature block: kept on one page with the signer's name where the platform allows. */
  signature?: boolean;
}

/** What a table cell holds: paragraphs, or a nested table. */
export type CellBlock = ParaBlock | TableBlock;

/** A page break (the Quyết định's list starts on a new page). */
export interface PageBreakBlock {
  t: 'pagebreak';
}

export type Block = ParaBlock | TableBlock | PageBreakBlock;

/** The page per Nghị định 30/2020/NĐ-CP (A4; margins: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm), in points. */
const MM = 72 / 25.4;
export interface PageSpec {
  width: number;
  height: number;
}
export const PAGE_LAYOUT = {
  width: 210 * MM,
  height: 297 * MM,
  marginTop: 20 * MM,
  marginBottom: 20 * MM,
  marginLeft: 30 * MM,
  marginRight: 15 * MM,
  font: 'Times New Roman',
};
export const BODY_SIZE = 14;
/** Width of the text column (pt). */
export const CONTENT_WIDTH = PAGE_LAYOUT.width - PAGE_LAYOUT.marginLeft - PAGE_LAYOUT.marginRight;
/** A4 landscape (the Danh sách: a wide table); the same margins. */
export const LANDSCAPE: PageSpec = { width: PAGE_LAYOUT.height, height: PAGE_LAYOUT.width };
export const LANDSCAPE_CONTENT_WIDTH = LANDSCAPE.width - PAGE_LAYOUT.marginLeft - PAGE_LAYOUT.marginRight;

const p = (text: string, style: Omit<ParaBlock, 't' | 'text'> = {}): ParaBlock => ({ t: 'p', text, ...style });
const body = (text: string): ParaBlock => p(text, { align: 'justify', indent: 1.27 * 10 * MM, spaceAfter: 6, lineSpacing: 1.2 });
/**
 * The header's left cell (pt). The right cell must hold the Quốc hiệu on one line (12 pt bold: about 250 pt, plus the
 * cell's padding), which leaves about 44/56 of the 467.7 pt text column; at 200+ pt the governing body's line of a
 * province ("ỦY BAN NHÂN DÂN TỈNH HÀ SƠN", 12 pt: about 191 pt) fits on one line. Longer names wrap, but never inside a
 * place's name (headerText).
 */
const LEFT_HEADER = 204;
/** Line spacing of bold capitals that may run to two lines (header bodies, signers' titles): see headerTable. */
const CAPS_SPACING = 1.15;
/** The signature cell of a body signing on behalf ("TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", 13 pt bold: about 265 pt). */
const ON_BEHALF_WIDTH = 274;

/**
 * The two-column header (Nghị định 30/2020/NĐ-CP, Phụ lục I): governing body and issuing body (left), Quốc hiệu and
 * Tiêu ngữ (right); on the next line the number ("Số: …", ô 3) under the issuing body, level with the place and date
 * (ô 4) under the Tiêu ngữ. `number`: the "Số" line, or '' (a document without one).
 */
function headerTable(parent: string, issuer: string, number: string, width = CONTENT_WIDTH): TableBlock {
  // The governing body at 12 pt, the issuing body at 13 pt bold (Nghị định 30/2020/NĐ-CP, Phụ lục I: 12–13).
  // Capitals with stacked marks ("TỈNH", "HỘI ĐỒNG") at 1.15: at 1.05 a line's marks touched the line above (review
  // layout M2; Nghị định 30 asks at least single spacing).
  const left: ParaBlock[] = [p(parent, { align: 'center', size: 12, lineSpacing: CAPS_SPACING }), p(issuer, { align: 'center', size: 13, bold: true, lineSpacing: CAPS_SPACING }), p(T.shortLine, { align: 'center', size: 8 })];
  const right: ParaBlock[] = [p(T.quocHieu, { align: 'center', size: 12, bold: true, lineSpacing: CAPS_SPACING }), p(T.tieuNgu, { align: 'center', size: 13, bold: true }), p(T.line, { align: 'center', size: 8 })];
  return {
    t: 'table',
    widths: [LEFT_HEADER + (width - CONTENT_WIDTH) / 3, width - LEFT_HEADER - (width - CONTENT_WIDTH) / 3],
    border: 0,
    rows: [
      [left, right],
      [[p(number, { align: 'center', size: 13 })], [p(T.diaDanhNgay, { align: 'center', size: 14, italic: true })]],
    ],
  };
}

/** One signer: title, hint, room to sign, name (bold) — in one cell, so the block stays on one page with its name. */
function signerCell(title: string, hint: string, name: string, titleSize = 14): ParaBlock[] {
  return [
    p(title, { align: 'center', bold: true, size: titleSize, lineSpacing: CAPS_SPACING }),
    p(hint, { align: 'center', italic: true, size: 13 }),
    p('', { size: 14 }),
    p('', { size: 14 }),
    p('', { size: 14 }),
    p(name, { align: 'center', bold: true, size: 14 }),
  ];
}

/** The signature block: "Nơi nhận:" and its list (left, small), the signer's title and name (right, bold). */
function signatureTable(recipients: readonly string[] | null, title: string, hint: string, name: string, leftTitle?: string, width = CONTENT_WIDTH, onBehalf?: string, leftName?: string): TableBlock {
  const left: ParaBlock[] = recipients
    ? [p(T.noiNhan, { bold: true, italic: true, size: 12 }), ...recipients.map((r) => p(r, { size: 11 }))]
    : leftTitle
      ? leftName
        ? signerCell(leftTitle, T.signHintSeal, leftName, 13)
        : [p(leftTitle, { align: 'center', bold: true, size: 13 }), p(T.signHintSeal, { align: 'center', italic: true, size: 13 })]
      : [p('', { size: 11 })];
  const right = signerCell(title, hint, name);
  // "TM. <body>" (13 pt, Nghị định 30: 13–14) in a cell wide enough to hold it on one line.
  // Under it, "KT. CHỦ TỊCH" when a deputy signs (an optional line: taken out when nobody signs for another).
  if (onBehalf) right.unshift(p(onBehalf, { align: 'center', bold: true, size: 13, lineSpacing: CAPS_SPACING }), p(T.kyThay, { align: 'center', bold: true, size: 14, lineSpacing: CAPS_SPACING }));
  const signer = onBehalf ? Math.max(width / 2 + 20, ON_BEHALF_WIDTH) : width / 2 + 20;
  return { t: 'table', widths: [width - signer, signer], border: 0, rows: leftName && !recipients ? levelNames(left, right) : [[left, right]], signature: true };
}

/**
 * Two signers side by side, their names in a row of their own: level whatever their titles' lines (review layout M5:
 * "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ" wraps to two lines where "NGƯỜI BÁO CÁO THÀNH TÍCH" takes one, and the names
 * stood 4–5 mm apart). The two rows stay on one page: the table is kept in the one row of the block kept whole
 * (keptWithText), or is itself a signature block.
 */
function levelNames(left: ParaBlock[], right: ParaBlock[]): CellBlock[][][] {
  return [
    [left.slice(0, -1), right.slice(0, -1)],
    [left.slice(-1), right.slice(-1)],
  ];
}

/**
 * The signature block together with the text just before it, in the one row of a borderless one-column table (no
 * padding, so the text stands where it would in the body): a row the office keeps on one page (Table properties →
 * untick "Allow row to overflow across pages", as for every signature block) never leaves the signature alone on a
 * new page. DocumentApp has no "keep with next" (docs/award-documents.md); a row kept whole is what it offers.
 */
function keptWithText(text: readonly ParaBlock[], signature: TableBlock, width = CONTENT_WIDTH): TableBlock {
  return { t: 'table', widths: [width], border: 0, rows: [[[...text, { ...signature, signature: false }]]], signature: true, keep: true };
}

/** Two signers side by side (the Biên bản: secretary and chair). */
function twoSigners(left: ParaBlock[], right: ParaBlock[], width = CONTENT_WIDTH): TableBlock {
  return { t: 'table', widths: [width / 2, width / 2], border: 0, rows: levelNames(left, right), signature: true };
}

function listTable(header: readonly string[], row: readonly string[], widths: number[], size = 12, centred: number[] = [0]): TableBlock {
  return {
    t: 'table',
    widths,
    border: 1,
    header: true,
    rows: [
      header.map((h) => [p(h, { align: 'center', bold: true, size })]),
      row.map((c, i) => [p(c, { align: centred.indexOf(i) >= 0 ? 'center' : 'left', size })]),
    ],
  };
}

/** The Báo cáo thành tích, in the form chosen in Cấu hình (docs/award-documents.md cites each form). */
function reportBlocks(kind: RegistrationKind, duty: boolean): Block[] {
  const title = p(T.baoCao, { align: 'center', bold: true, size: 14, spaceBefore: 12 });
  const heading = (text: string) => p(text, { bold: true, spaceBefore: 6, spaceAfter: 6 });
  const collective = kind === 'collective';
  const out: Block[] = [
    headerTable('{{co_quan}}', '{{don_vi_in_hoa}}', ''),
    title,
    p(T.baoCaoSubject, { align: 'center', bold: true, size: 14 }),
    p(T.baoCaoReason, { align: 'center', italic: true, size: 13 }),
    p(T.subjectLine, { align: 'center', size: 8, spaceAfter: 12 }),
    p(collective ? T.baoCaoName : T.baoCaoPerson, { bold: true, spaceAfter: 6 }),
  ];
  if (!duty) {
    out.push(heading(T.themeSectionI), ...(collective ? T.themeCollectiveI : T.themeIndividualI).map(body));
    out.push(heading(T.themeSectionII), ...T.themeAchievements.map(body));
  } else if (collective) {
    out.push(heading(T.dutyCollectiveSectionI), ...T.dutyCollectiveI.map(body));
    out.push(heading(T.dutySectionII), ...T.dutyCollectiveII.map(body));
    out.push(heading(T.dutySectionIII), ...T.dutyAwards.map(body));
  } else {
    out.push(heading(T.dutyIndividualSectionI), ...T.dutyIndividualI.map(body));
    out.push(heading(T.dutySectionII), ...T.dutyIndividualII.map(body));
    out.push(heading(T.dutySectionIII), ...T.dutyAwards.map(body));
  }
  // The last paragraph of the report goes with the signatures (never a signature page without text).
  const last = out.pop() as ParaBlock;
  const signatures =
    collective
      ? signatureTable(null, T.signerCollective, T.signerCollectiveHint, T.signerCollectiveName, T.confirmCollective)
      : // The school's head confirms an individual's report: named, as "Đơn vị" knows them.
        signatureTable(null, T.signerIndividual, T.signHint, T.signerIndividualName, T.confirmIndividual, CONTENT_WIDTH, undefined, T.confirmIndividualName);
  out.push(keptWithText([last], signatures));
  return out;
}

/** The content of a template, block by block. */
export function templateBlocks(key: TemplateKey): Block[] {
  const title = (text: string) => p(text, { align: 'center', bold: true, size: 14, spaceBefore: 12 });
  const subject = (text: string) => p(text, { align: 'center', bold: true, size: 14 });
  const heading = (text: string) => p(text, { bold: true, spaceBefore: 6, spaceAfter: 6 });
  switch (key) {
    case 'toTrinh':
      return [
        headerTable('{{co_quan_cap_tren}}', '{{co_quan}}', T.soToTrinh),
        title(T.toTrinh),
        subject(T.toTrinhSubject),
        p(T.subjectLine, { align: 'center', size: 8, spaceAfter: 12 }),
        p(T.kinhGui, { align: 'center', spaceAfter: 12 }),
        ...T.toTrinhBody.slice(0, -1).map(body),
        keptWithText(T.toTrinhBody.slice(-1).map(body), signatureTable(T.noiNhanToTrinh, T.chucVuNguoiKy, '', T.nguoiKy, undefined, CONTENT_WIDTH, T.thayMat)),
      ];
    case 'danhSach': {
      const w = LANDSCAPE_CONTENT_WIDTH;
      return [
        headerTable('{{co_quan_cap_tren}}', '{{co_quan}}', '', w),
        title(T.danhSach),
        subject(T.danhSachSubject),
        p(T.danhSachAttached, { align: 'center', italic: true, size: 13, spaceAfter: 12 }),
        heading(T.collectivesHeading),
        listTable(T.collectivesHeader, T.collectivesRow, [30, 150, 130, w - 30 - 150 - 130]),
        // A list heading must not end a page alone, away from its table. DocumentApp has no "keep with next" (no
        // Paragraph method, no DocumentApp.Attribute: docs/award-documents.md), and a row kept whole cannot hold a
        // heading spanning the table without merged cells, which DocumentApp cannot make. So the second list starts
        // a new page (here and in the Quyết định's list): a page break of its own just before its heading, taken out
        // (gas/docs.ts dropEmptyLists) with that list when it is empty, or when the first list is. The first heading
        // follows the title block at the top of the first page.
        { t: 'pagebreak' },
        heading(T.individualsHeading),
        listTable(T.individualsHeader, T.individualsRow, [30, 115, 42, 80, 120, w - 30 - 115 - 42 - 80 - 120], 12, [0, 2]),
        keptWithText([p(T.totals, { bold: true, spaceBefore: 6, spaceAfter: 12 })], signatureTable(null, T.chucVuNguoiKy, '', T.nguoiKy, undefined, w, T.thayMat), w),
      ];
    }
    case 'baoCaoTapThe':
      return reportBlocks('collective', false);
    case 'baoCaoCaNhan':
      return reportBlocks('individual', false);
    case 'baoCaoTapTheNhiemVu':
      return reportBlocks('collective', true);
    case 'baoCaoCaNhanNhiemVu':
      return reportBlocks('individual', true);
    case 'bienBan': {
      const w = CONTENT_WIDTH;
      return [
        headerTable('{{co_quan}}', headerText(T.councilIssuer), T.soBienBan),
        title(T.bienBan),
        subject(T.bienBanSubject),
        p(T.subjectLine, { align: 'center', size: 8, spaceAfter: 12 }),
        ...T.bienBanBody.map(body),
        heading(T.membersHeading),
        listTable(T.membersHeader, T.membersRow, [30, 150, 150, w - 330], 12),
        heading(T.votesHeading),
        body(T.votesIntro),
        // The counts are short: their columns give room to the award and the result (review layout M3: "Đủ tỷ lệ tán
        // thành" took three lines in 42 pt, the award's name five).
        listTable(T.votesHeader, T.votesRow, [28, 96, 76, 92, 36, 40, 40, w - 408], 11, [0, 4, 5, 6, 7]),
        keptWithText(
          [
            p(T.bienBanConclusion, { align: 'justify', spaceBefore: 6, spaceAfter: 6, indent: 1.27 * 10 * MM, lineSpacing: 1.2 }),
            p(T.bienBanClosing, { align: 'justify', spaceAfter: 12, indent: 1.27 * 10 * MM, lineSpacing: 1.2 }),
          ],
          twoSigners(signerCell(T.secretary, T.signHintName, T.secretaryName), signerCell(T.chair, T.signHintName, T.chairName), w),
          w,
        ),
        p(T.noiNhan, { bold: true, italic: true, size: 12, spaceBefore: 12 }),
        ...T.noiNhanBienBan.map((r) => p(r, { size: 11 })),
      ];
    }
    case 'quyetDinh': {
      const w = CONTENT_WIDTH;
      return [
        headerTable('{{co_quan_cap_tren}}', '{{co_quan}}', T.soQuyetDinh),
        title(T.quyetDinh),
        subject(T.quyetDinhSubject),
        p(T.subjectLine, { align: 'center', size: 8, spaceAfter: 6 }),
        p(T.quyetDinhAuthority, { align: 'center', bold: true, spaceAfter: 12 }),
        ...T.quyetDinhBasis.map((x) => p(x, { align: 'justify', italic: true, indent: 1.27 * 10 * MM, spaceAfter: 6, lineSpacing: 1.2 })),
        p(T.quyetDinhVerb, { align: 'center', bold: true, spaceBefore: 6, spaceAfter: 6 }),
        ...T.quyetDinhArticles.slice(0, -1).map(body),
        keptWithText(T.quyetDinhArticles.slice(-1).map(body), signatureTable(T.noiNhanQuyetDinh, T.chucVuNguoiKy, '', T.nguoiKy, undefined, CONTENT_WIDTH, T.thayMat)),
        { t: 'pagebreak' },
        title(T.quyetDinhList),
        subject(T.quyetDinhListSubject),
        p(T.quyetDinhListAttached, { align: 'center', italic: true, size: 13, spaceAfter: 12 }),
        heading(T.collectivesHeading),
        listTable(T.decisionCollectivesHeader, T.decisionCollectivesRow, [30, 230, w - 260]),
        { t: 'pagebreak' },
        heading(T.individualsHeading),
        listTable(T.decisionIndividualsHeader, T.decisionIndividualsRow, [30, 150, 120, w - 300]),
        p(T.totals, { bold: true, spaceBefore: 6 }),
      ];
    }
  }
}

/** Every placeholder a template's blocks contain. */
export function templatePlaceholders(key: TemplateKey): string[] {
  const out = new Set<string>();
  const visit = (b: Block) => {
    if (b.t === 'p') for (const n of placeholdersIn(b.text)) out.add(n);
    else if (b.t === 'table') for (const r of b.rows) for (const c of r) for (const x of c) visit(x);
  };
  templateBlocks(key).forEach(visit);
  return [...out];
}

/** The page of a template: the Danh sách is landscape, the others portrait A4. */
export function templatePage(key: TemplateKey): PageSpec {
  return key === 'danhSach' ? LANDSCAPE : { width: PAGE_LAYOUT.width, height: PAGE_LAYOUT.height };
}

// ---- nominees -------------------------------------------------------------------------------------

export type AwardLevel = 'giayKhen' | 'giayKhenSo' | 'bangKhenTinh' | 'bangKhenBo';
/** The levels in the order their documents are made (the office's own first). */
export const AWARD_LEVELS: readonly AwardLevel[] = ['giayKhen', 'giayKhenSo', 'bangKhenTinh', 'bangKhenBo'];
/** Levels the office decides itself (a draft Quyết định is made for them). */
export const OWN_DECISION_LEVELS: readonly AwardLevel[] = ['giayKhen'];

/** The level typed in "Thẩm định" (empty = Giấy khen, the default); null = not one of the dropdown's values. */
export function levelFromCell(v: unknown): AwardLevel | null {
  const k = matchKey(v);
  if (k === '') return 'giayKhen';
  for (const l of AWARD_LEVELS) if (matchKey(AWARD_LEVEL_CHOICES[l]) === k) return l;
  return null;
}

export interface Nominee {
  id: string;
  kind: RegistrationKind;
  name: string;
  schoolName: string;
  score: number;
  /** STT within its level and kind (each Danh sách numbers collectives and individuals separately), from 1. */
  number: number;
  level: AwardLevel;
  registration: EvaluatedRegistration;
  /** The award level as typed when it is not one of the list (flagged "level"; `level` then stands in for it). */
  typedLevel?: string;
  /** Voted on at the meeting but not proposed ("Thẩm định" does not say "Đề nghị khen", or it cannot be): the Biên bản only. */
  votedOnly?: true;
  /** Of a vote recorded only: why its registration is not proposed, when the Biên bản can say (its verdict). */
  notProposedWhy?: string;
  /** Of a vote recorded only: the level the meeting voted it for, when this round's batch proposed it (planDocuments). */
  votedLevel?: AwardLevel;
  /** Marked "Đề nghị khen" but held by the plan's conditions (flagged "excellent", "failedYear"): why, as the Biên bản says it. */
  held?: string;
}

/**
 * Why a nominee marked "Đề nghị khen" is left out: voted down, not voted on, a vote whose numbers cannot be right
 * (council.ts: the note says which cell and why), an award level not in the list.
 */
export type FlagReason = 'vote' | 'noVote' | 'badVote' | 'level' | 'excellent' | 'failedYear' | 'ownOffice';

export interface NomineeSelection {
  /** By level (AWARD_LEVELS order), then collectives before individuals; each by score (highest first), name, id. */
  nominees: Nominee[];
  collectives: number;
  individuals: number;
  /** Ids marked "Đề nghị khen" that cannot be proposed (not Đạt, superseded, vanished, no kind). */
  skipped: string[];
  /**
   * Ids marked "Đề nghị khen", Đạt, whose decision is held until the council confirms it (ReviewTab.stale: the
   * registration changed since the decision, the decision moved with a sort, two rows of the code disagree).
   */
  held: string[];
  /** Nominees left out for the council's vote (or its lack) or an unknown level, each with why (Vietnamese). */
  flagged: Array<{ nominee: Nominee; reason: FlagReason; note: string }>;
  /**
   * What the office is told about the council's tab beside the nominees (applyCouncil): votes whose code is no
   * nominee, rows not read as members, a threshold or a presence that cannot be read. Vietnamese; absent = none.
   */
  councilNotes?: string[];
  /**
   * Registrations the council voted on that are not proposed (applyCouncil): the Biên bản records every vote taken at
   * the meeting, so a nominee set to "Không đề nghị" after being voted down keeps its row there. Absent = none.
   */
  votedOnly?: Nominee[];
  /** Marked "Đề nghị khen" but proposed already by an earlier round (setAsideEarlier): not proposed again. Absent = none. */
  earlier?: Array<{ nominee: Nominee; was: ProposedBefore }>;
  /**
   * Proposed again: an earlier round proposed them at the same level, and the meeting now holds a vote on them; or an
   * earlier round proposed a registration this one replaced (`replaced`, its code: the same person or collective sent
   * again in a later school year — review rollover R2), which the council's decision on this one proposes anew.
   */
  again?: Array<{ nominee: Nominee; was: ProposedBefore; replaced?: string }>;
}

// Vietnamese collation: letters in the Vietnamese alphabet's order (a ă â b c d đ e ê …), tones compared only
// when the letters are equal (ngang, huyền, hỏi, ngã, sắc, nặng). Deterministic, without Intl (whose collation
// data may differ between Node and Apps Script).
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const LETTER_MARKS: Record<string, string> = { 'a\u0306': 'ă', 'a\u0302': 'â', 'e\u0302': 'ê', 'o\u0302': 'ô', 'o\u031b': 'ơ', 'u\u031b': 'ư' };
const TONES: Record<string, string> = { '\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5' };

function collationKeys(s: string): { primary: string; tones: string } {
  const d = s.normalize('NFD').toLowerCase();
  let primary = '';
  let tones = '';
  for (let i = 0; i < d.length; i++) {
    let ch = d[i];
    let tone = '0';
    while (i + 1 < d.length && /[\u0300-\u036f]/.test(d[i + 1])) {
      const m = d[i + 1];
      if (TONES[m]) tone = TONES[m];
      else if (LETTER_MARKS[ch + m]) ch = LETTER_MARKS[ch + m];
      i++;
    }
    const k = ALPHABET.indexOf(ch);
    // Letters sort after spaces, digits and punctuation, in alphabet order.
    primary += k >= 0 ? String.fromCharCode(0x100 + k) : ch;
    if (k >= 0) tones += tone;
  }
  return { primary, tones };
}

/** Compares Vietnamese text in dictionary order. */
export function compareVietnamese(a: string, b: string): number {
  const ka = collationKeys(a);
  const kb = collationKeys(b);
  if (ka.primary !== kb.primary) return ka.primary < kb.primary ? -1 : 1;
  if (ka.tones !== kb.tones) return ka.tones < kb.tones ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A person's given name (the last word), by which Vietnamese lists of people are ordered. */
export function givenName(full: string): string {
  const words = full.trim().split(/\s+/);
  return words[words.length - 1] || '';
}

function compareNominees(a: Nominee, b: Nominee): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.kind === 'individual') {
    const g = compareVietnamese(givenName(a.name), givenName(b.name));
    if (g !== 0) return g;
  }
  const n = compareVietnamese(a.name, b.name);
  if (n !== 0) return n;
  return a.id.length !== b.id.length ? a.id.length - b.id.length : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The documents' order of nominees: per level, collectives then individuals, each by compareNominees. */
function listOrder(a: Nominee, b: Nominee): number {
  return AWARD_LEVELS.indexOf(a.level) - AWARD_LEVELS.indexOf(b.level) || (a.kind === b.kind ? 0 : a.kind === 'collective' ? -1 : 1) || compareNominees(a, b);
}

/** Orders and numbers the nominees: per level, collectives then individuals (listOrder), each numbered from 1. */
function ordered(list: Nominee[]): Pick<NomineeSelection, 'nominees' | 'collectives' | 'individuals'> {
  const out = list.filter((n) => AWARD_LEVELS.indexOf(n.level) >= 0 && (n.kind === 'collective' || n.kind === 'individual')).sort(listOrder);
  out.forEach((n, i) => (n.number = i > 0 && out[i - 1].level === n.level && out[i - 1].kind === n.kind ? out[i - 1].number + 1 : 1));
  return { nominees: out, collectives: out.filter((n) => n.kind === 'collective').length, individuals: out.filter((n) => n.kind === 'individual').length };
}

/**
 * The nominees: rows of the merged "Thẩm định" tab whose decision is "Đề nghị khen", whose registration is Đạt,
 * not superseded by a later registration of the same subject, and has a kind; each at the level chosen in the
 * row (empty = Giấy khen). Numbered within each level and kind.
 */
export function selectNominees(review: ReviewTab | null, registrations: readonly EvaluatedRegistration[], cfg?: OfficeConfig): NomineeSelection {
  const empty: NomineeSelection = { nominees: [], collectives: 0, individuals: 0, skipped: [], held: [], flagged: [] };
  if (!review || review.error) return empty;
  const byId = new Map<string, EvaluatedRegistration>();
  for (const r of registrations) byId.set(r.id, r);
  const c = review.columns;
  const seen = new Set<string>();
  const out: Nominee[] = [];
  const skipped: string[] = [];
  const held: string[] = [];
  const flagged: NomineeSelection['flagged'] = [];
  for (const row of review.rows) {
    const id = toText(row[c.id]);
    if (id === '' || seen.has(id)) continue;
    if (toText(row[c.decision]) !== REVIEW_DECISIONS.propose) continue;
    seen.add(id);
    const r = byId.get(id);
    if (!r || r.verdict !== 'dat' || r.flags.supersededBy || !r.kind) {
      skipped.push(id);
      continue;
    }
    // Đạt, but its decision waits for the council's confirmation (the registration changed since, the decision moved
    // with a sort, two rows disagree): not "không đủ điều kiện" (review messages M1).
    if (review.stale.has(id)) {
      held.push(id);
      continue;
    }
    const typed = c.level >= 0 ? row[c.level] : '';
    const chosen = levelFromCell(typed);
    // A Sở's own Giấy khen is its director's: the same award, whichever of the two was chosen.
    const level = chosen === 'giayKhenSo' && cfg && cfg.organisation.kind === 'so' ? 'giayKhen' : chosen;
    const n: Nominee = { id, kind: r.kind, name: r.name, schoolName: r.school ? r.school.name : r.schoolName, score: r.score.total, number: 0, level: level ?? 'giayKhen', registration: r };
    if (level === null) flagged.push({ nominee: { ...n, typedLevel: toText(typed) }, reason: 'level', note: COUNCIL_NOTE.badLevel(quotable(toText(typed))) });
    else if (cfg && level === 'giayKhen' && isOwnOffice(n, cfg.organisation)) {
      // The office as a whole, for its own head's Giấy khen: not the head's to give (review schooloffice H1).
      flagged.push({ nominee: { ...n, held: COUNCIL_TEXT.heldBecause.ownOffice }, reason: 'ownOffice', note: COUNCIL_NOTE.ownOffice(cfg.organisation.governingBody || cfg.organisation.parentAuthority || '') });
    } else {
      const held = heldBy(r, cfg);
      if (held) flagged.push({ nominee: { ...n, held: held.why }, reason: held.reason, note: held.note });
      else out.push(n);
    }
  }
  return { ...ordered(out), skipped, held, flagged };
}

/**
 * Whether a collective nominee is the office itself as a whole (a school running the tool for its own staff registers
 * the school; a Sở, the Sở): its head cannot give a Giấy khen to the body they head — the level that manages it does
 * (Luật Thi đua, khen thưởng 2022, Điều 83 khoản 1: "Cấp quản lý về tổ chức, cán bộ … có trách nhiệm xét tặng … hoặc
 * trình cấp có thẩm quyền … cho các đối tượng thuộc phạm vi quản lý").
 */
function isOwnOffice(n: Nominee, org: Organisation): boolean {
  if (n.kind !== 'collective') return false;
  const head = collectiveHead(n, org);
  return head.kind === 'office' || (head.kind === 'school' && matchKey(n.schoolName) === matchKey(org.name));
}

/**
 * A year rated "Hoàn thành nhiệm vụ" (below "tốt") in a nominee's grid: the plan names only managers, Party members and
 * heads in its yearly rating rule (II.2.b, their criterion CN-09), but asks of every exemplar to be "tiêu biểu, xuất sắc
 * trong công tác chuyên môn" (II.2): the council is told before it signs (a year "Không hoàn thành nhiệm vụ" holds the
 * proposal: selectNominees).
 */
function ratingWarnings(n: Nominee, cfg?: OfficeConfig): string[] {
  const done = yearsRated(n.registration, 'done', cfg);
  return done.length ? [proposalNote.belowGood(ratedYearsLabel(n.registration)(done), RATING_CHOICES.done)] : [];
}

/**
 * Recognised initiatives of a nominee dated before the period: the plan sets no window on a recognition (II.2.a), and a
 * year read from the decision's date (registration.ts decisionYear) may be decades old — the council is told before it
 * signs whether it still stands for the period.
 */
function earlyInitiativeWarnings(n: Nominee, cfg?: OfficeConfig): string[] {
  if (!cfg) return [];
  const early = completeInitiatives(n.registration).filter((i) => i.year !== null && i.year < cfg.period.startYear);
  return early.length ? [proposalNote.earlyInitiative(early.map((i) => ({ name: i.name, year: i.year! })), cfg.period.startYear, cfg.period.endYear)] : [];
}

/**
 * What holds a registration "Đạt" out of a Tờ trình by the plan's conditions (null: nothing): a manager without an
 * excellent year yet (noExcellentYearYet), a year rated "Không hoàn thành nhiệm vụ". The same note goes on its row of
 * "Thẩm định" (heldNote), for the council to read before it votes.
 */
function heldBy(r: EvaluatedRegistration, cfg?: OfficeConfig): { reason: FlagReason; note: string; why: string } | null {
  if (noExcellentYearYet(r)) return { reason: 'excellent', note: COUNCIL_NOTE.noExcellentYear, why: COUNCIL_TEXT.heldBecause.excellent };
  const failed = yearsRated(r, 'failed', cfg);
  return failed.length ? { reason: 'failedYear', note: COUNCIL_NOTE.failedYear(ratedYearsLabel(r)(failed)), why: COUNCIL_TEXT.heldBecause.failedYear } : null;
}

/**
 * heldBy's note for a registration "Đạt" in force ('' when nothing holds it; when it is not "Đạt", its findings say why;
 * when it was replaced, its row says by which).
 */
export function heldNote(r: EvaluatedRegistration, cfg?: OfficeConfig): string {
  return r.verdict === 'dat' && !r.flags.supersededBy ? (heldBy(r, cfg)?.note ?? '') : '';
}

/** The plan's criterion of an excellent year for managers, Party members and heads (II.2.b; src/core/criteria.ts). */
const EXCELLENT_YEAR_ID = 'CN-10-XUAT-SAC';

/**
 * A manager, Party member or head "Đạt" only because the criterion of an excellent year is not judged yet (before the
 * interim review: src/core/validate.ts evalRatingsExcellent) or has no year to judge (none worked or rated): the plan
 * (II.2.b) asks "ít nhất 01 năm … được xếp loại hoàn thành xuất sắc nhiệm vụ" of an exemplar, which such a registration
 * does not show yet. Fair to the school while the period runs; not a proposal the signer can defend. Only while the
 * office keeps the criterion mandatory.
 */
function noExcellentYearYet(r: EvaluatedRegistration): boolean {
  for (const x of r.results) if (x.criterionId === EXCELLENT_YEAR_ID) return x.mandatory && x.status !== 'met';
  return false;
}

/**
 * What keeps the documents from being made (each a clause of PROPOSAL_BLOCKED; [] when nothing does): the council's
 * decisions as the tool can read them now are not what the council decided — "Thẩm định" cannot be read, or has lost
 * rows (or the whole tab) holding decisions the register has a fingerprint of, or holds decisions that changed places
 * with one another since the register recorded them (ReviewTab.moved), or the council's meeting tab is gone
 * after its vote was used (`councilSeenMet`): a gone tab would read as a council that never met, proposing those it
 * voted down. Nothing is made, replaced or marked on such a reading.
 * `review`: the tab merged (null: no tab); `reviewIds`: the codes its rows hold as read; `councilTabNames`: the tabs
 * that might be the meeting tab renamed.
 */
export function proposalBlockers(input: {
  review: ReviewTab | null;
  reviewIds: ReadonlySet<string>;
  recorded: ReadonlyMap<string, DecisionSnapshot>;
  /** The registrations in force (not replaced, still in the response tab): only their decisions can propose anyone. */
  inForce: ReadonlySet<string>;
  councilTab: boolean;
  councilSeenMet: boolean;
  councilTabNames: readonly string[];
}): string[] {
  const out: string[] = [];
  let decided = 0;
  for (const [id, s] of input.recorded) if (s.decision !== '' && input.inForce.has(id)) decided++;
  if (!input.review) {
    if (decided > 0) out.push(PROPOSAL_BLOCKED.reviewGone(decided));
  } else if (input.review.error) out.push(PROPOSAL_BLOCKED.review(input.review.error));
  else {
    // A replaced or vanished registration's decision proposes nobody: its row gone loses nothing.
    const lost = decisionsWithoutRow(input.recorded, input.reviewIds).filter((id) => input.inForce.has(id));
    if (lost.length) out.push(PROPOSAL_BLOCKED.lost(lost));
    const moved = input.review.moved.filter((id) => input.inForce.has(id));
    if (moved.length) out.push(PROPOSAL_BLOCKED.moved(moved.map((id) => ({ id, ...(input.review!.movedFrom?.get(id) ?? { was: null, now: '' }) }))));
  }
  if (!input.councilTab && input.councilSeenMet) out.push(PROPOSAL_BLOCKED.council(COUNCIL_TAB, input.councilTabNames));
  return out;
}

/** The blockers as one message: what was not done, each reason, what to do after. */
export function proposalBlockedText(blockers: readonly string[]): string {
  return [PROPOSAL_BLOCKED.head, ...blockers.map((b) => `- ${b}.`), PROPOSAL_BLOCKED.tail].join('\n');
}

/**
 * The council's vote applied (when it has met): a nominee whose share in favour is not above the threshold (or not
 * at least, "từ … trở lên"), who has no vote, or whose vote cannot be right, is left out of the documents and flagged
 * with why — never proposed silently. A vote row whose code is no nominee is named in `councilNotes`, with why:
 * not "Đề nghị khen" in "Thẩm định", a registration that cannot be proposed, or no registration at all
 * (`registrations`: the codes of every registration; without them, every such code is said not to be proposed).
 * `gone`: of the codes without a registration, those whose data the office erased at the person's request, and those
 * "Thẩm định" still has a row of (its response row deleted) — registrations that existed, never said to be a code no
 * registration bears (a secretary told so looks for a typing slip and may move the vote onto another's: review r78d F2).
 */
export function applyCouncil(
  sel: NomineeSelection,
  council: Council | null,
  registrations?: readonly EvaluatedRegistration[],
  gone?: { erased: ReadonlySet<string>; reviewed: ReadonlySet<string> },
): NomineeSelection {
  if (!councilMet(council)) return sel;
  const kept: Nominee[] = [];
  const flagged = [...sel.flagged];
  for (const n of sel.nominees) {
    const o = voteOutcome(council, n.id, n.name);
    if (o.passed) kept.push(n);
    else if (o.problem) flagged.push({ nominee: n, reason: 'badVote', note: COUNCIL_NOTE.unreadable(o.problem) });
    else if (o.share === null) flagged.push({ nominee: n, reason: 'noVote', note: COUNCIL_NOTE.noVote(COUNCIL_TAB) });
    else flagged.push({ nominee: n, reason: 'vote', note: COUNCIL_NOTE.belowShare(COUNCIL_TEXT.percent(o.share * 100), council.fraction ?? council.threshold, council.atLeast, council.ofVoters) });
  }
  const notes: string[] = [...(sel.councilNotes ?? [])];
  if (council.problem) notes.push(`${capitalised(council.problem)}.`);
  notes.push(...council.notes);
  const nominated = new Set([...sel.nominees, ...sel.flagged.map((f) => f.nominee)].map((n) => n.id));
  const skipped = new Set([...sel.skipped, ...sel.held]);
  const known = registrations ? new Map(registrations.map((r) => [r.id, r])) : null;
  const votedOnly: Nominee[] = [];
  for (const [code, vote] of council.votes) {
    if (nominated.has(code)) continue;
    const typed = vote.code === code ? code : `${code} (ghi “${vote.code}”)`;
    const r = known ? known.get(code) : undefined;
    if (known && !r && gone?.erased.has(code)) {
      notes.push(COUNCIL_NOTE.erasedVote(typed, REVIEW_TAB, REVIEW_DECISIONS.reject));
      continue;
    }
    const why = skipped.has(code)
      ? COUNCIL_PROBLEM.notProposable(REVIEW_TAB)
      : known && !r
        ? gone?.reviewed.has(code)
          ? COUNCIL_PROBLEM.registrationGone(REVIEW_TAB)
          : COUNCIL_PROBLEM.noRegistration
        : COUNCIL_PROBLEM.notNominee(REVIEW_TAB, REVIEW_DECISIONS.propose);
    // A registration the meeting voted on: its row stays in the Biên bản, the record of the votes taken.
    // Not "Đạt" (a verdict an update, the calendar or the settings changed after the vote): said with the vote (review
    // upgrade4: the Biên bản made again after an update lost the reason the earlier one gave).
    const notDat = r && r.verdict !== 'dat' && !r.flags.supersededBy ? COUNCIL_TEXT.verdictNot(VERDICT_LABELS[r.verdict]) : undefined;
    if (r && r.kind) votedOnly.push({ id: code, kind: r.kind, name: r.name, schoolName: r.school ? r.school.name : r.schoolName, score: r.score.total, number: 0, level: 'giayKhen', registration: r, votedOnly: true, ...(notDat ? { notProposedWhy: notDat } : {}) });
    notes.push(COUNCIL_NOTE.strayVote(typed, why, !!(r && r.kind)));
  }
  return {
    ...ordered(kept),
    skipped: sel.skipped,
    held: sel.held,
    flagged,
    ...(notes.length ? { councilNotes: notes } : {}),
    ...(votedOnly.length ? { votedOnly } : {}),
    ...(sel.earlier ? { earlier: sel.earlier } : {}),
    // Only those the vote kept: one voted down is not "proposed again" (review diff37 #5).
    ...againKept(sel.again, kept),
  };
}

function againKept(again: NomineeSelection['again'], kept: readonly Nominee[]): Pick<NomineeSelection, 'again'> {
  if (!again) return {};
  const ids = new Set(kept.map((n) => n.id));
  const left = again.filter((a) => ids.has(a.nominee.id));
  return left.length ? { again: left } : {};
}

// ---- rounds (đợt đề nghị) -------------------------------------------------------------------------------------
// The plan proposes awards at several moments of one period (sơ kết, yearly commendations, tổng kết: plan section III.4),
// in the same file. Each round has its own meeting of the council, recorded in its tab (the secretary types the new
// meeting over the last one; the Biên bản made of the last one keeps it). A batch's nominees are recorded with the
// meeting they were voted at, once the batch is done; a later round never proposes them again by accident, and a record
// made on an earlier day is never taken back (it is the history of what was proposed).

/** A registration a finished batch proposed, as recorded when that batch was done. */
export interface ProposedBefore {
  /** The meeting's key (meetingKey): its day dd-MM-yyyy; '?' a day that cannot be read; '' no meeting in the tab. */
  meeting: string;
  level: AwardLevel;
  /** The day of the batch that first proposed it in this round (dd-MM-yyyy, the day its Tờ trình carries). */
  day: string;
  /**
   * The meeting's print without its day (meetingPrint): the same meeting once its day is corrected. '' when there was no
   * meeting, or for a record read from documents made before rounds were recorded (legacyRecords).
   */
  fp: string;
  /**
   * The day (dd-MM-yyyy) a later batch of the same round found it no longer proposed (the council's vote or decision
   * corrected after its Tờ trình was made): kept as history, never taken for a proposal that stands.
   */
  out?: string;
}

/** The records of proposals that stand (not withdrawn within their round). */
export function standing(list: readonly ProposedBefore[] | undefined): ProposedBefore[] {
  return (list ?? []).filter((r) => !r.out);
}

/**
 * The meeting a batch's votes come from, which names its round: the meeting's day (dd-MM-yyyy); '?' when the council met
 * and its day cannot be read; '' when the tab holds no meeting (no members or no votes).
 */
export function meetingKey(c: Council | null): string {
  if (!councilMet(c)) return '';
  const d = meetingDay(c);
  return d ? ddMMyyyy(d) : '?';
}

/**
 * A fingerprint of the meeting without its day (nor the time, which holds the day): place, chair, secretary, threshold,
 * members and every vote as typed. A day corrected leaves it as it was; another meeting (other votes) does not. '' when
 * the council has not met.
 */
export function meetingPrint(c: Council | null): string {
  if (!councilMet(c)) return '';
  const votes = [...c.votes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k, v]) => `${k}\u0002${v.yes}\u0002${v.no}\u0002${v.percent}`);
  // A written vote and a share of those who voted only when so (the print of every other meeting is as it was).
  const members = c.members.map((m) => `${m.name}\u0002${m.present}${m.written ? '\u0002w' : ''}`);
  return fingerprint([c.place, c.chair, c.chairTitle, c.secretary, c.threshold, c.atLeast, ...(c.ofVoters ? ['v'] : []), ...(c.fraction ? [c.fraction] : []), ...members, '\u0003', ...votes].join('\u0001'));
}

/** The round of a batch: the meeting whose votes it uses (its key and print) and the batch's day. */
export interface Round {
  meeting: string;
  fp: string;
  /** The batch's day (dd-MM-yyyy). */
  today: string;
  /**
   * The latest round's meeting as recorded, when the meeting in the tab is that one corrected (its day and more:
   * roundCorrecting): records and documents of that meeting are this round's.
   */
  was?: { meeting: string; fp: string; day: string };
}

export function roundOf(council: Council | null, date: Date): Round {
  return { meeting: meetingKey(council), fp: meetingPrint(council), today: ddMMyyyy(date) };
}

/**
 * A record (of a nominee or a document) is of `round`: made at the same meeting — the same day (a day that can be read,
 * or no meeting at all), or the same meeting whose day was corrected (its print unchanged), or the latest round's
 * meeting the tab's corrects (`was`: roundCorrecting). Who was voted on is never enough: a later round may vote on many
 * of an earlier one's people again (a higher award at tổng kết); it only tells a meeting held before the latest round's
 * documents (a correction) from another.
 */
export function sameRound(r: { meeting: string; fp: string; day?: string }, round: Round): boolean {
  if (r.meeting === round.meeting && r.meeting !== '?') return true;
  if (round.was && r.meeting === round.was.meeting && r.fp === round.was.fp) return true;
  if (r.fp === '' || r.fp !== round.fp) return false;
  // The same print: the day corrected — unless the day now typed comes after the day the record's documents were made.
  // A council meets before its votes are written into a Tờ trình: a meeting held later is another one (a standing
  // council voting again on the same list, with the same counts, at tổng kết).
  const held = dayOrder(round.meeting);
  const made = dayOrder(r.day ?? '');
  return held === '' || made === '' || held <= made;
}

/** How long before the documents of its votes a council meets, at most, for a corrected day to be taken as such. */
const CORRECTION_WINDOW_DAYS = 60;

/**
 * The meeting in the tab matches no recorded round (neither its day nor its print), yet it was held on or shortly before
 * the day the latest round's first documents were made, and it votes again on every nominee of that round: that
 * round's meeting corrected — its day and another detail put right at once (a count, the place, a member). A council
 * meets before its votes go into a Tờ trình, so a meeting held before them is not a later round; and one voting on
 * other people is another meeting (a second meeting days after the first, even typed after its documents). The round
 * then carries the latest round's meeting as recorded (`was`), and the office is told (correctedMeetingNote). A meeting
 * held after the documents, or long before them (a wrong year?), or voting on others, reads as a new meeting.
 */
export function roundCorrecting(round: Round, before: ReadonlyMap<string, readonly ProposedBefore[]>, voted: ReadonlySet<string>): Round {
  const held = dayNumber(round.meeting);
  if (held === null) return round;
  // The latest round: the meeting (as recorded) whose first documents are the latest.
  type Recorded = { meeting: string; fp: string; first: number; day: string; codes: string[] };
  const rounds = new Map<string, Recorded>();
  for (const [code, list] of before) {
    for (const r of list) {
      if (sameRound(r, round)) return round;
      const made = dayNumber(r.day);
      if (made === null || r.meeting === '') continue;
      const key = `${r.meeting}\u0001${r.fp}`;
      const g = rounds.get(key) ?? rounds.set(key, { meeting: r.meeting, fp: r.fp, first: made, day: r.day, codes: [] }).get(key)!;
      if (made < g.first) Object.assign(g, { first: made, day: r.day });
      if (!r.out) g.codes.push(code);
    }
  }
  let first = -Infinity;
  for (const g of rounds.values()) first = Math.max(first, g.first);
  if (held > first || held < first - CORRECTION_WINDOW_DAYS) return round;
  // A correction types the round's votes again: every nominee of it that stands is voted on (a meeting voting on some
  // of them, for a higher award, is another meeting). Of two rounds whose documents were made the same day, the one
  // whose votes these are.
  for (const g of rounds.values()) {
    if (g.first === first && g.codes.length > 0 && g.codes.every((c) => voted.has(c))) return { ...round, was: { meeting: g.meeting, fp: g.fp, day: g.day } };
  }
  return round;
}

/** What the office is told of a meeting taken for the latest round's corrected (null: none is). */
export function correctedMeetingNote(round: Round): string | null {
  return round.was ? PROPOSAL_EARLIER.corrected(dayText(round.meeting), dayText(round.was.day), dayText(round.was.meeting)) : null;
}

/** A dd-MM-yyyy key as a day number (days since 1970), null when it is not such a key. */
function dayNumber(k: string): number | null {
  const o = dayOrder(k);
  return o ? Date.UTC(Number(o.slice(0, 4)), Number(o.slice(4, 6)) - 1, Number(o.slice(6))) / 86_400_000 : null;
}

/** A dd-MM-yyyy key as yyyyMMdd, which sorts as the days do ('' when it is not such a key). */
function dayOrder(k: string): string {
  return /^\d{2}-\d{2}-\d{4}$/.test(k) ? k.slice(6) + k.slice(3, 5) + k.slice(0, 2) : '';
}

/**
 * The records of one registration as stored ("meeting|level|day|print", and "|day withdrawn" when it was, joined by ";");
 * unreadable parts are dropped.
 */
export function parseProposed(text: string): ProposedBefore[] {
  const out: ProposedBefore[] = [];
  for (const part of text.split(';')) {
    const [meeting, level, day, fp, withdrawn] = part.split('|');
    if (day === undefined || AWARD_LEVELS.indexOf(level as AwardLevel) < 0) continue;
    out.push({ meeting, level: level as AwardLevel, day, fp: fp ?? '', ...(withdrawn ? { out: withdrawn } : {}) });
  }
  return out;
}

export function formatProposed(list: readonly ProposedBefore[]): string {
  return list.map((p) => `${p.meeting}|${p.level}|${p.day}|${p.fp}${p.out ? `|${p.out}` : ''}`).join(';');
}

/**
 * The rounds' records packed (review "limits" #2: one property of ~70 B a nominee and round filled the 500 KB store at
 * some 7,000 nominee-rounds): one key per round entry (meeting, level, day, print, withdrawn day) — `prefix`, the
 * entry's fingerprint, its chunk — whose value is the entry, a line break, and its codes (a code "DK-000123" as its
 * number in base 36, any other as "~" and itself), about 4 B a nominee-round; a chunk holds at most ROUND_CHUNK
 * characters (a property's value may hold 9 KB).
 */
export function packRounds(records: ReadonlyMap<string, readonly ProposedBefore[]>, prefix: string): Record<string, string> {
  const byEntry = new Map<string, string[]>();
  for (const [code, list] of records) {
    for (const p of list) {
      const entry = formatProposed([p]);
      (byEntry.get(entry) ?? byEntry.set(entry, []).get(entry)!).push(packCode(code));
    }
  }
  const out: Record<string, string> = {};
  for (const [entry, codes] of byEntry) {
    const key = prefix + fingerprint(entry) + fingerprint(entry, true) + '.';
    let chunk = 0;
    let part: string[] = [];
    let size = entry.length + 1;
    const flush = () => {
      out[key + chunk++] = entry + '\n' + part.join(',');
      part = [];
      size = entry.length + 1;
    };
    for (const c of [...new Set(codes)].sort()) {
      if (part.length && size + c.length + 1 > ROUND_CHUNK) flush();
      part.push(c);
      size += c.length + 1;
    }
    flush();
  }
  return out;
}
/** The most characters of a chunk of packed rounds (a property's value may hold 9 KB; these are ASCII but the entry's). */
export const ROUND_CHUNK = 8000;

/**
 * The rounds' records from their packed keys (packRounds; any value without a line break, a key whose round was taken
 * back, read as nothing). Each code's entries are in the order of their days, then meetings, levels: as recorded.
 */
export function unpackRounds(raw: Readonly<Record<string, string>>): Map<string, ProposedBefore[]> {
  const out = new Map<string, ProposedBefore[]>();
  const seen = new Set<string>();
  for (const k of Object.keys(raw)) {
    const v = raw[k];
    const nl = v.indexOf('\n');
    if (nl < 0) continue;
    const entry = v.slice(0, nl);
    const [p] = parseProposed(entry);
    if (!p) continue;
    for (const c of v.slice(nl + 1).split(',')) {
      const code = c ? unpackCode(c) : '';
      if (!code || seen.has(code + '\u0001' + entry)) continue;
      seen.add(code + '\u0001' + entry);
      (out.get(code) ?? out.set(code, []).get(code)!).push({ ...p });
    }
  }
  const dayOrder = (d: string) => d.split('-').reverse().join('');
  for (const list of out.values()) {
    list.sort((a, b) => dayOrder(a.day).localeCompare(dayOrder(b.day)) || dayOrder(a.meeting).localeCompare(dayOrder(b.meeting)) || a.level.localeCompare(b.level) || (a.out ?? '').localeCompare(b.out ?? ''));
  }
  return out;
}

const CODE_FORM = /^DK-(\d{6,})$/;
function packCode(code: string): string {
  const m = CODE_FORM.exec(code);
  const n = m ? Number(m[1]) : NaN;
  return m && Number.isSafeInteger(n) && 'DK-' + String(n).padStart(6, '0') === code ? n.toString(36) : '~' + code;
}
function unpackCode(c: string): string {
  if (c.charAt(0) === '~') return c.slice(1);
  const n = parseInt(c, 36);
  return Number.isFinite(n) ? 'DK-' + String(n).padStart(6, '0') : '';
}

/** "20-06-2024" as a person reads it: "20/06/2024" ('' stays ''; '?' reads as no day). */
const dayText = (k: string) => (k === '?' ? '' : k.replace(/-/g, '/'));

/** What a document made before rounds were recorded tells (a ledger entry without a meeting). */
export interface LegacyDoc {
  key: string;
  name: string;
  tp: TemplateKey;
  rid?: string;
  dy?: string;
  un?: 1;
}

/**
 * The meetings of batches made before rounds were recorded, by the batch's day: the day in the name of the Biên bản a
 * batch of that day made ("Biên bản … - 01-07-2024"); a day without one had no meeting ('').
 */
export function legacyMeetings(docs: readonly LegacyDoc[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of docs) {
    if (d.tp !== 'bienBan' || !d.dy) continue;
    const m = / - (\d{2}-\d{2}-\d{4})$/.exec(d.name);
    // The current one of the day wins over one marked unused (a correction of that day).
    if (m && (!out.has(d.dy) || !d.un)) out.set(d.dy, m[1]);
  }
  return out;
}

/**
 * Records read from the documents of batches made before rounds were recorded: each report (one per nominee, its key
 * "BC:<level>:<code>") still current in its batch, with the batch's day and meeting (legacyMeetings). So an office's
 * first round made by an earlier version is known as one when its next round comes.
 */
export function legacyRecords(docs: readonly LegacyDoc[]): Map<string, ProposedBefore[]> {
  const meetings = legacyMeetings(docs);
  const out = new Map<string, ProposedBefore[]>();
  for (const d of docs) {
    if (d.un || !d.dy || !d.rid || d.key.indexOf('BC:') !== 0) continue;
    const level = d.key.split(':')[1] as AwardLevel;
    if (AWARD_LEVELS.indexOf(level) < 0) continue;
    const meeting = meetings.get(d.dy) ?? '';
    const list = out.get(d.rid) ?? [];
    const same = list.find((r) => r.meeting === meeting && r.level === level);
    if (same) {
      if (d.dy < same.day) same.day = d.dy;
    } else list.push({ meeting, level, day: d.dy, fp: '' });
    out.set(d.rid, list);
  }
  return out;
}

/** The stored records with those read from older documents beside them (one of the same meeting and level kept once). */
export function withLegacy(stored: ReadonlyMap<string, readonly ProposedBefore[]>, legacy: ReadonlyMap<string, readonly ProposedBefore[]>): Map<string, ProposedBefore[]> {
  const out = new Map<string, ProposedBefore[]>();
  for (const [code, list] of stored) out.set(code, [...list]);
  for (const [code, list] of legacy) {
    const own = out.get(code) ?? [];
    for (const r of list) if (!own.some((o) => o.meeting === r.meeting && o.level === r.level)) own.push(r);
    out.set(code, own);
  }
  return out;
}

/**
 * Takes out of the nominees those an earlier round proposed already: a nominee recorded as proposed at the same level at
 * another meeting (`before`, by code), who is not voted on at the meeting the council's tab holds now. Each is kept in
 * `earlier` with what was recorded (the progress tab lists it, and why). A nominee the current meeting voted on is
 * proposed again — the council decided anew — and listed in `again`, so the office sees it. Without a meeting in the tab
 * now, one recorded by a batch of this round too (no meeting then either) stays this round's. A nominee whose
 * registration replaced one an earlier round proposed at the same level (`replaced`: code → the codes it replaced, the
 * whole chain) is proposed — the council decided on the new registration — and listed in `again` with the code replaced,
 * so the office is reminded of the earlier proposal (review rollover R2).
 */
export function setAsideEarlier(
  sel: NomineeSelection,
  council: Council | null,
  before: ReadonlyMap<string, readonly ProposedBefore[]>,
  round: Round,
  replaced: ReadonlyMap<string, readonly string[]> = new Map(),
): NomineeSelection {
  if (before.size === 0) return sel;
  const kept: Nominee[] = [];
  const earlier: NonNullable<NomineeSelection['earlier']> = [];
  const again: NonNullable<NomineeSelection['again']> = [];
  const met = councilMet(council);
  for (const n of sel.nominees) {
    const sameLevel = (before.get(n.id) ?? []).filter((r) => r.level === n.level);
    // An earlier round's proposal withdrawn within that round does not stand: it does not keep the nominee out.
    const others = sameLevel.filter((r) => !sameRound(r, round) && !r.out);
    const was = others[others.length - 1];
    const predecessor = was ? undefined : replacedProposal(n, before, round, replaced.get(n.id) ?? []);
    if (predecessor) {
      kept.push(n);
      again.push({ nominee: n, ...predecessor });
    } else if (!was) kept.push(n);
    else if (met && council.votes.has(n.id)) {
      kept.push(n);
      again.push({ nominee: n, was });
    } else if (!met && sameLevel.some((r) => sameRound(r, round))) kept.push(n);
    else earlier.push({ nominee: n, was });
  }
  if (!earlier.length && !again.length) return sel;
  return { ...sel, ...ordered(kept), ...(earlier.length ? { earlier } : {}), ...(again.length ? { again } : {}) };
}

/** The latest standing proposal, at the nominee's level by an earlier round, of a registration `codes` lists (replaced by it). */
function replacedProposal(n: Nominee, before: ReadonlyMap<string, readonly ProposedBefore[]>, round: Round, codes: readonly string[]): { was: ProposedBefore; replaced: string } | undefined {
  let found: { was: ProposedBefore; replaced: string } | undefined;
  for (const code of codes) {
    for (const r of before.get(code) ?? []) {
      if (r.level !== n.level || r.out || sameRound(r, round)) continue;
      if (!found || r.day > found.was.day) found = { was: r, replaced: code };
    }
  }
  return found;
}

/**
 * The codes each registration replaced (its whole chain: a registration sent again each school year replaces the one
 * before, which had replaced an earlier one), by its code.
 */
export function replacedCodes(registrations: readonly { id: string; flags: { supersededBy?: string } }[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const r of registrations) {
    const to = r.flags.supersededBy;
    if (!to) continue;
    const list = by.get(to);
    if (list) list.push(r.id);
    else by.set(to, [r.id]);
  }
  const out = new Map<string, string[]>();
  for (const code of by.keys()) {
    const chain: string[] = [];
    const seen = new Set([code]);
    const queue = [...(by.get(code) ?? [])];
    while (queue.length) {
      const c = queue.shift()!;
      if (seen.has(c)) continue;
      seen.add(c);
      chain.push(c);
      queue.push(...(by.get(c) ?? []));
    }
    out.set(code, chain);
  }
  return out;
}

/**
 * The records once a batch of `round` is done with `nominees`: each record of this round brought up to date (the
 * meeting's day and print as corrected; a nominee's level as chosen; the day it was first proposed kept), a new one added for a
 * nominee this round had not proposed. A record of this round whose registration is no longer proposed is taken back
 * when made today (a correction the same day); one made on an earlier day stays, as the history of a Tờ trình that may
 * have been sent, marked withdrawn that day (`out`): it no longer keeps the nominee out of a later round, nor reads as a
 * proposal that stands. Proposed again within the round, the mark goes. `stored`: the records as stored (the changes
 * are against them); `before`: with the legacy ones. Returns the registrations whose records change, with their new text
 * ('' = none left: delete).
 */
export function recordRound(stored: ReadonlyMap<string, readonly ProposedBefore[]>, before: ReadonlyMap<string, readonly ProposedBefore[]>, round: Round, nominees: readonly Nominee[]): Map<string, string> {
  const proposed = new Map(nominees.map((n) => [n.id, n]));
  const next = new Map<string, ProposedBefore[]>();
  for (const [code, list] of before) {
    const kept = list.filter((r) => proposed.has(code) || !(sameRound(r, round) && r.day === round.today));
    // Every record of this round follows its meeting as corrected (a day or a vote put right): known as this round's later.
    next.set(
      code,
      kept.map((r) => {
        if (!sameRound(r, round)) return { ...r };
        const withdrawn = proposed.has(code) ? r.out : (r.out ?? round.today);
        return { ...r, meeting: round.meeting, fp: round.fp, ...(withdrawn ? { out: withdrawn } : {}) };
      }),
    );
  }
  for (const n of nominees) {
    const list = next.get(n.id) ?? [];
    const mine = list.filter((r) => sameRound(r, round));
    const r = mine.find((x) => x.level === n.level);
    // This round's records of another level (the award level changed since their Tờ trình): withdrawn today, and the
    // level now proposed is a record of today's Tờ trình — rewriting the old one gave the new level its day, naming a
    // Tờ trình that never proposed it (review council58 M1).
    for (const x of mine) if (x !== r && !x.out) x.out = round.today;
    if (r) {
      Object.assign(r, { meeting: round.meeting, fp: round.fp });
      delete r.out;
    } else list.push({ meeting: round.meeting, level: n.level, day: round.today, fp: round.fp });
    next.set(n.id, list);
  }
  const changes = new Map<string, string>();
  for (const [code, list] of next) {
    const text = formatProposed(list);
    if (text !== formatProposed(stored.get(code) ?? [])) changes.set(code, text);
  }
  return changes;
}

/**
 * Nominees of this round whose award level is not the one the round's first batch proposed them at (the level the
 * council's vote at this meeting was first written for): a member's change after the vote, which the Biên bản of the
 * meeting would print as voted (review council58 H1). `day`: that first batch's.
 */
export function levelsChangedInRound(nominees: readonly Nominee[], before: ReadonlyMap<string, readonly ProposedBefore[]>, round: Round): { nominee: Nominee; was: AwardLevel; day: string }[] {
  const out: { nominee: Nominee; was: AwardLevel; day: string }[] = [];
  for (const n of nominees) {
    // The records of a registration are kept in the order they were made: its first of this round is the earliest.
    const first = (before.get(n.id) ?? []).find((r) => sameRound(r, round));
    if (first && first.level !== n.level) out.push({ nominee: n, was: first.level, day: first.day });
  }
  return out;
}

/**
 * The meeting in the tab has the day of a meeting an earlier day's batch used, but other votes, and none of those it
 * proposed then is voted on now: most likely a new meeting whose day was not typed. What the office is told (null: none).
 */
export function staleMeetingDay(council: Council | null, before: ReadonlyMap<string, readonly ProposedBefore[]>, round: Round): string | null {
  if (!councilMet(council) || round.meeting === '?' || round.meeting === '') return null;
  let first = '';
  let n = 0;
  for (const [code, list] of before) {
    for (const r of list) {
      if (r.out || r.meeting !== round.meeting || r.day === round.today || (r.fp !== '' && r.fp === round.fp)) continue;
      if (council.votes.has(code)) return null;
      n++;
      if (first === '' || r.day < first) first = r.day;
    }
  }
  return n ? PROPOSAL_EARLIER.staleDay(dayText(round.meeting), dayText(first), n, COUNCIL_FIELDS.date) : null;
}

/**
 * The meeting's day is after the day the documents are dated (`date`: a year typed wrong, or the Hội đồng not met yet):
 * the Biên bản, dated on its meeting only up to that day, and the Tờ trình and Quyết định that cite the meeting would
 * disagree (review r66b F4). What the office is told (null: none).
 */
export function meetingAfterDocuments(council: Council | null, date: Date): string | null {
  const met = councilMet(council) ? meetingDay(council) : null;
  if (!met || met.getTime() <= makeDate(date.getFullYear(), date.getMonth() + 1, date.getDate()).getTime()) return null;
  return PROPOSAL_EARLIER.meetingAfter(formatDate(met), formatDate(date), COUNCIL_FIELDS.date);
}

/** The meeting's day cannot be read: rounds are then told apart by the rest of the meeting only (null: it can). */
export function unreadableMeetingDay(council: Council | null): string | null {
  return councilMet(council) && meetingKey(council) === '?' ? PROPOSAL_EARLIER.unreadableDay(council.date, COUNCIL_FIELDS.date) : null;
}

/** The note "Thẩm định" gives a registration finished batches proposed: one line per round, '' when none. */
export function proposedNote(list: readonly ProposedBefore[] | undefined): string {
  return (list ?? [])
    .map((was) =>
      was.out
        ? PROPOSAL_EARLIER.reviewNoteWithdrawn(AWARD_TEXT.short[was.level], dayText(was.day), dayText(was.meeting), dayText(was.out))
        : PROPOSAL_EARLIER.reviewNote(AWARD_TEXT.short[was.level], dayText(was.day), dayText(was.meeting)),
    )
    .join('\n');
}

/** The round a record belongs to, as recorded (its meeting and print: recordRound keeps them alike within a round). */
function recordedRound(r: ProposedBefore): string {
  return `${r.meeting}\u0001${r.fp}`;
}

/**
 * The rounds whose batch finished last (recordedRound; more than one only when two meetings' documents were made the
 * same day): their records that stand are what the documents last made propose. Empty when nothing was recorded.
 */
export function latestRounds(records: ReadonlyMap<string, readonly ProposedBefore[]>): Set<string> {
  let last = '';
  const rounds = new Set<string>();
  for (const list of records.values()) {
    for (const r of list) {
      // A batch's day: the one that first proposed it, or the later one of its round that no longer did.
      const made = dayOrder(r.day);
      const withdrawn = r.out ? dayOrder(r.out) : '';
      const day = withdrawn > made ? withdrawn : made;
      if (day === '' || day < last) continue;
      if (day > last) {
        last = day;
        rounds.clear();
      }
      rounds.add(recordedRound(r));
    }
  }
  return rounds;
}

/**
 * The note "Thẩm định" gives a registration whose row no longer says what the documents last made propose for it ('' when
 * it does, or they propose nothing for it): its standing record of the latest rounds (`latest`: latestRounds) against
 * the row's decision and award level now — the council changed its mind after "Tạo văn bản đề nghị khen thưởng", and
 * the Tờ trình in the folder still proposes the old (review r77c F2). Running the menu again makes the documents again,
 * after which the records match the row.
 */
export function changedSinceNote(list: readonly ProposedBefore[] | undefined, latest: ReadonlySet<string>, decision: unknown, levelCell: unknown, cfg?: OfficeConfig): string {
  if (!list || latest.size === 0) return '';
  let was: ProposedBefore | undefined;
  for (const r of list) if (!r.out && latest.has(recordedRound(r))) was = r;
  if (!was) return '';
  const decided = toText(decision);
  if (decided !== REVIEW_DECISIONS.propose) return PROPOSAL_EARLIER.reviewNoteDecisionChanged(AWARD_TEXT.short[was.level], dayText(was.day), quotable(decided));
  // As selectNominees reads it: a Sở's own Giấy khen is its director's; a level outside the list is told by its own note.
  const chosen = levelFromCell(levelCell);
  const level = chosen === 'giayKhenSo' && cfg && cfg.organisation.kind === 'so' ? 'giayKhen' : chosen;
  return level === null || level === was.level ? '' : PROPOSAL_EARLIER.reviewNoteLevelChanged(AWARD_TEXT.short[was.level], dayText(was.day), AWARD_TEXT.short[level]);
}

/** The progress tab's note of an earlier round's record. */
export function earlierNote(was: ProposedBefore, again = false, replaced?: string): string {
  if (replaced) return PROPOSAL_EARLIER.againReplaced(AWARD_TEXT.short[was.level], dayText(was.day), dayText(was.meeting), replaced);
  return (again ? PROPOSAL_EARLIER.again : PROPOSAL_EARLIER.note)(AWARD_TEXT.short[was.level], dayText(was.day), dayText(was.meeting));
}

/**
 * The progress tab's status of a document an earlier round made (`day`: its batch's, dd-MM-yyyy); `replaced`: it was no
 * longer current when its round was last made (a draft corrected within that round).
 */
export function earlierDocumentStatus(day: string, replaced = false): string {
  return (replaced ? PROPOSAL_EARLIER.documentReplaced : PROPOSAL_EARLIER.document)(dayText(day));
}

function capitalised(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

// ---- the documents of a batch -------------------------------------------------------------------

export type DocKind = 'toTrinh' | 'danhSach' | 'baoCao' | 'bienBan' | 'quyetDinh';

export interface PlannedDoc {
  /**
   * Key of the document in the ledger: what it is — "TTr:<level>:<fingerprint of its list>", "DS:…", "BB:<fingerprint
   * of the voted list>", "QD:<level>:<…>", "BC:<level>:<registration id>" (`legacyKey`) — and, after "#", the
   * fingerprint of what it prints (`print`): a document made is current only while it would print the same.
   */
  key: string;
  /** The key without the print: how documents made before keys held it were recorded (taken as current). */
  legacyKey: string;
  /** Fingerprint of its fields and list rows, its date's day, month and year left out ('' without a configuration). */
  print: string;
  /**
   * Fingerprint of the data it is made from (`inputsOf`; '' without a configuration): a document whose print differs
   * while its data does not was printed by another version of the tool, and is kept (review "upgrade2" #1).
   */
  inputs: string;
  /**
   * The inputs as earlier versions took them, those that differ: before the sheet's row was told apart from the row read
   * (a typed text restored: review upgrade #1), before "Thời gian họp" was read as the cell shows a time (Council.timeRead:
   * review d82a F4), both. A document recorded with one of them holds the same data.
   */
  inputsRead?: string[];
  /** The date it carries: the batch's; the Biên bản's is the meeting's day (when given, and not after the batch's). */
  date: Date;
  kind: DocKind;
  template: TemplateKey;
  name: string;
  label: string;
  nominee: Nominee | null;
  /** The award level of the document (null: the Biên bản, for every level). */
  level: AwardLevel | null;
  /** The nominees a list document lists (its level's; every proposed one for the Biên bản). */
  group: Nominee[];
  /** What the document cannot be printed without and does not have (Vietnamese, where to fill it in): refused. */
  gaps: string[];
  /** What the office should ask the school about (a report: the achievement summary looks like junk); Vietnamese. */
  warnings: string[];
  /**
   * Some of the warnings are about what the document prints (junk, a repeated sentence, a gap where a link was): it is
   * to be corrected before it is signed, which its status says (review "proofread" #2).
   */
  needsFix?: boolean;
  /**
   * The lines it prints as "[… — cơ quan bổ sung]" for the office to complete, as its note names them (the draft Quyết
   * định's, the Tờ trình's plan): a document kept may have had them filled by hand since (gapsKept, review r79h F5).
   */
  toComplete?: Array<{ gap: DocGap; item: string }>;
  /** Set with `toComplete`: the document is to be corrected for other reasons too (needsFix without those lines). */
  fixBesides?: true;
}

/**
 * The meeting's day as the council's tab gives it ("dd/MM/yyyy"), at its start (a batch of that day, morning or
 * afternoon, dates its Biên bản alike); null when not given or not a date.
 */
export function meetingDay(c: Council | null): Date | null {
  const d = c ? parseDate(dayTyped(c.date)) : null;
  return d ? makeDate(d.getFullYear(), d.getMonth() + 1, d.getDate()) : null;
}

export type RowKind = 'collective' | 'individual' | 'member' | 'vote';

/**
 * The rows of a document's lists, as filled: the Biên bản's members and votes; a list's collectives and individuals
 * (each kind's rows, empty when it has none); none for a Tờ trình or a report.
 */
export function documentRows(d: Pick<PlannedDoc, 'kind' | 'group'>, cfg: OfficeConfig, council: Council | null): Array<{ kind: RowKind; rows: Values[] }> {
  if (d.kind === 'toTrinh' || d.kind === 'baoCao') return [];
  if (d.kind === 'bienBan') return council ? [{ kind: 'member', rows: memberRows(council) }, { kind: 'vote', rows: voteRows(council, d.group, cfg.organisation, cfg) }] : [];
  const { named } = namesakesIn(d.group, d.kind);
  return (['collective', 'individual'] as const).map((kind) => ({ kind, rows: d.group.filter((n) => n.kind === kind).map((n) => rowValues(n, cfg, named)) }));
}

/** The date's own fields: the batch's day alone changes them (a document is not made again for a new day). */
const DATE_FIELDS = new Set(['ngay', 'thang', 'nam', 'ngay_thang_nam']);
/** What each template prints (its placeholders as the tool makes it, the date's left out), sorted; computed once. */
const PRINTED = new Map<TemplateKey, string[]>();
function printedFields(key: TemplateKey): string[] {
  let f = PRINTED.get(key);
  if (!f) PRINTED.set(key, (f = templatePlaceholders(key).filter((k) => !DATE_FIELDS.has(k)).sort()));
  return f;
}

/**
 * Fingerprint of what a document prints: the fields and list rows its template (as the tool makes it) prints, in
 * order; the date's day, month and year left out — the batch's — unless the document has its own day (`ownDay`). A field an office adds to its own template is not in it: a change
 * of it alone makes no document again (the menu's "Tạo lại toàn bộ" does).
 */
function printOf(template: TemplateKey, values: Values, rows: ReadonlyArray<{ kind: RowKind; rows: Values[] }>, ownDay: string): string {
  const fields = printedFields(template);
  const parts: string[] = ownDay ? [ownDay] : [];
  for (const k of fields) if (k in values) parts.push(k + '\u0002' + (values[k] ?? '\u0003'));
  for (const set of rows) {
    parts.push('\u0004' + set.kind);
    for (const r of set.rows) for (const k of fields) if (k in r) parts.push(k + '\u0002' + (r[k] ?? '\u0003'));
  }
  return fingerprint(parts.join('\u0001')) + fingerprint(parts.join('\u0001'), true);
}

/**
 * A value as the text of a fingerprint of data: equal for equal data whatever the order of an object's keys or a Map's
 * entries; an empty field (undefined, null, '', false, an empty list or record) is left out, and an empty tail of a
 * list, so a field or a form's column added by a later version, still empty, changes nothing. Dates by their time (a
 * Date of the sheet's realm too: tested by its tag, not instanceof).
 */
function dataText(x: unknown): string {
  if (x === null || x === undefined || x === false) return '';
  if (typeof x !== 'object') return String(x);
  const tag = Object.prototype.toString.call(x);
  if (tag === '[object Date]') return 'D' + (x as Date).getTime();
  if (tag === '[object Map]') return dataText(Object.fromEntries([...(x as Map<unknown, unknown>)].map(([k, v]) => [String(k), v])));
  if (Array.isArray(x)) {
    const items = x.map(dataText);
    while (items.length && items[items.length - 1] === '') items.pop();
    return items.length ? '[' + items.join('\u0001') + ']' : '';
  }
  const parts: string[] = [];
  for (const k of Object.keys(x).sort()) {
    const v = dataText((x as Record<string, unknown>)[k]);
    if (v !== '' && v !== '{}') parts.push(k + '\u0002' + v);
  }
  return parts.length ? '{' + parts.join('\u0001') + '}' : '';
}

/**
 * The configuration's part of every document's inputs (once per configuration object): what documents print from it —
 * the organisation (names, signer, place, report form…), the period's name and years, the rating dates and criteria set,
 * the initiatives read — not the calendar's milestones and report deadlines, scoring, mail or views (changed during a
 * season, they print nothing: review diff25 #3). What the rules derive from the rest (the day "Ngày kiểm tra" sets, which
 * years are rated) is the tool's: a document is kept only across versions of the tool (src/jobs/proposals.ts
 * adoptReprinted), never because of them.
 */
const CONFIG_TEXT = new WeakMap<OfficeConfig, string>();
function configText(cfg: OfficeConfig): string {
  let t = CONFIG_TEXT.get(cfg);
  if (t === undefined) {
    const p = cfg.period;
    // The day "Ngày kiểm tra" sets decides which years are rated, printed (review diff26 #4); the day a run reads itself
    // when it is blank changes every day and prints nothing of its own.
    t = dataText({ organisation: cfg.organisation, period: { name: p.name, startYear: p.startYear, endYear: p.endYear }, ratedFrom: cfg.ratedFrom, criteriaSet: cfg.criteriaSet, initiativeSlots: cfg.initiativeSlots, checkedOn: cfg.todayFixed ? cfg.today : null });
    CONFIG_TEXT.set(cfg, t);
  }
  return t;
}

/** Whether a registration's row had a typed text restored into it (its row read differs from the sheet's). */
function rowRestored(r: EvaluatedRegistration): boolean {
  const x = r as EvaluatedRegistration & { cells?: readonly unknown[]; sheetCells?: readonly unknown[] };
  return x.sheetCells !== undefined && x.cells !== undefined && x.sheetCells !== x.cells;
}

/**
 * A nominee's part of a document's inputs: its code, its number in its list, the level and the office's decisions on it, its response's row as
 * the response tab holds it (every answer as sent, its time), its school as "Đơn vị" has it (its row there left out:
 * sorting the tab changes nothing).
 */
function nomineeText(n: Nominee, asRead = false): string {
  const r = n.registration as EvaluatedRegistration & { cells?: readonly unknown[]; sheetCells?: readonly unknown[] };
  const s = r.school;
  return dataText({
    id: n.id,
    // Its place in its list, printed on its report: the order follows the scores (review diff26 #4).
    number: n.number,
    level: n.level,
    typed: n.typedLevel,
    votedOnly: n.votedOnly,
    held: n.held !== undefined,
    // The row as the sheet holds it: a cell the tool reads better now (its typed text restored) is no change of the data.
    row: (asRead ? undefined : r.sheetCells) ?? r.cells ?? r.answers,
    school: s ? { code: s.code, name: s.name, level: s.level, ward: s.ward, cluster: s.cluster, principal: s.principal, former: s.former } : null,
  });
}

/**
 * Fingerprint of the data a document is made from, whatever the rules of the tool's version that print it: its
 * nominees (nomineeText), the configuration (configText), the council's meeting and its votes on them, the year of its
 * date (its day when it has its own: the Biên bản's), whether local government had two levels on that date. What the
 * tool derives from them (scores, the list's order and numbers, verdicts, wording) is left out: a change of those alone
 * is a change of the tool. A document whose print changed while this did not is kept, not made again (review
 * "upgrade2" #1: an update of the tool remade every finished report it would print otherwise, the office's copies,
 * completed and perhaps signed, renamed "[KHÔNG DÙNG]").
 */
function inputsOf(
  d: Pick<PlannedDoc, 'kind' | 'template' | 'level' | 'nominee' | 'group'>,
  date: Date,
  ownDay: string,
  cfg: OfficeConfig,
  council: Council | null,
  texts: Map<Nominee, string>,
  asRead = false,
  /** The council's time as versions before 2026-12 read it (Council.timeRead). */
  timeAsRead = false,
): string {
  const ofNominee = (n: Nominee) => (asRead ? nomineeText(n, true) : texts.get(n) ?? texts.set(n, nomineeText(n)).get(n)!);
  const nominees = d.nominee ? [d.nominee, ...d.group.filter((n) => n !== d.nominee)] : d.group;
  const ids = new Set(nominees.map((n) => n.id));
  const meeting = council
    ? // The name typed beside a vote is not printed (the nominee's is): what it decides, the vote passing or not, decides
      // who the documents hold; left out, documents made before it was read stay theirs (review diff27 #4).
      dataText({
        ...council,
        time: timeAsRead && council.timeRead !== undefined ? council.timeRead : council.time,
        timeRead: null,
        notes: null,
        problem: null,
        votes: [...council.votes].filter(([code]) => ids.has(code)).map(([code, v]) => [code, { ...v, name: null, problem: v.problem !== null }]),
      })
    : '';
  const when = ownDay || String(date.getFullYear());
  const parts = [d.kind, d.template, d.level ?? '', when, date.getTime() >= TWO_LEVEL_GOVERNMENT_FROM.getTime() ? '2' : '3', configText(cfg), meeting, ...nominees.map(ofNominee)];
  const text = parts.join('\u0005');
  return fingerprint(text) + fingerprint(text, true);
}

/** Fingerprint of the ordered nominee list: the Tờ trình and Danh sách are remade when it changes. */
export function listFingerprint(nominees: readonly Nominee[]): string {
  return fingerprint(nominees.map((n) => n.id).join(','));
}

const MAX_NAME = 120;
function fileSafe(name: string): string {
  const s = name.replace(/[\r\n\t]+/g, ' ').replace(/\s+/g, ' ').trim();
  return s.length > MAX_NAME ? s.slice(0, MAX_NAME - 1) + '…' : s;
}

/** The template of a nominee's report: the form chosen in Cấu hình, for its kind. */
export function reportTemplate(kind: RegistrationKind, cfg?: OfficeConfig): TemplateKey {
  const duty = !!cfg && cfg.organisation.reportForm === 'duty';
  return kind === 'collective' ? (duty ? 'baoCaoTapTheNhiemVu' : 'baoCaoTapThe') : duty ? 'baoCaoCaNhanNhiemVu' : 'baoCaoCaNhan';
}

/** Counts of a group of nominees. */
export function countsOf(group: readonly Nominee[]): { collectives: number; individuals: number } {
  return { collectives: group.filter((n) => n.kind === 'collective').length, individuals: group.filter((n) => n.kind === 'individual').length };
}

/** The day local government has two levels (Luật Tổ chức chính quyền địa phương 2025): no district from then on. */
export const TWO_LEVEL_GOVERNMENT_FROM = new Date(2025, 6, 1);
/** A People's Committee ("Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND") of a unit of one of `levels` ("xã|phường"), named. */
const committeeOf = (levels: string) => new RegExp(`^(?:(?:Ủy|Uỷ) ban nhân dân|UBND)\\s+(?:${levels})\\s+\\S`, 'i');
/** A district-level People's Committee, gone with the district level ("Ủy ban nhân dân huyện …", "UBND quận …", "… thị xã …"). */
const DISTRICT_BODY = committeeOf('huyện|quận|thị xã');
/** A city's People's Committee: a province's (a city under the central government) or, until 1/7/2025, a district's. */
const CITY_BODY = committeeOf('thành phố');
/** A commune's, ward's or special zone's People's Committee. */
const COMMUNE_BODY = committeeOf('xã|phường|đặc khu');

/**
 * Whether `governing` (as printed) cannot be the office's cơ quan chủ quản since 1/7/2025 (not for a district office,
 * told by its kind): any for a People's Committee of a commune, which has none; a district's People's Committee; a city's
 * that is not the office's province — the cities of a province went with the district level ("Ủy ban nhân dân thành
 * phố Bảo Lộc": review d75 F3), a city under the central government is the province itself.
 */
function defunctGoverningBody(org: Organisation, governing: string): 'district' | 'commune' | null {
  if (governing === '' || org.kind === 'phong') return null;
  const province = provinceAuthority(org);
  if (DISTRICT_BODY.test(governing) || (CITY_BODY.test(governing) && province !== '' && matchKey(province) !== matchKey(governing))) return 'district';
  // Another body above a commune's Ủy ban (its province's): not gone, but none is printed there (review d75b F6).
  return org.kind === 'xa' ? 'commune' : null;
}
/**
 * The school levels that come under the People's Committee of their commune or ward from that day: kindergartens,
 * primary and lower-secondary schools (Nghị định 142/2025/NĐ-CP, Điều 4 and 8: the chair of the commune's People's
 * Committee founds them), and a "Liên cấp" school whose highest level is lower-secondary ("trường phổ thông có nhiều cấp
 * học có cấp học cao nhất là trung học cơ sở", the same Nghị định; review r75c F3): communeSchool.
 */
const COMMUNE_SCHOOL_LEVELS = ['Mầm non', 'Tiểu học', 'THCS'];
/** The directory's level of a school of more than one level ("Cấp học", SCHOOL_LEVELS). */
const MIXED_SCHOOL_LEVEL = 'Liên cấp';

/**
 * Whether a school is one a commune's People's Committee manages since 1/7/2025 (COMMUNE_SCHOOL_LEVELS): by its level,
 * or, for a "Liên cấp" school, by the levels its name shows ("Trường Tiểu học và THCS …", "Trường PTDTBT TH và THCS …":
 * schoolNameLevels) when none of them is upper-secondary. A Liên cấp school whose name shows no level is left as it was
 * (possibly the Sở's). Review r75c F3: "Cấp học" alone put every TH&THCS school under the Sở. Source: thanhnien.vn,
 * 01/7/2025, on NĐ 142/2025 — the commune's chair founds "trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS",
 * the province's chair those whose highest level is THPT.
 */
function communeSchool(s: Pick<School, 'level' | 'name'>): boolean {
  if (COMMUNE_SCHOOL_LEVELS.some((l) => matchKey(l) === matchKey(s.level))) return true;
  if (matchKey(s.level) !== matchKey(MIXED_SCHOOL_LEVEL)) return false;
  const levels = schoolNameLevels(s.name);
  return levels.length > 0 && !levels.includes(UPPER_SECONDARY);
}

/**
 * Whether a school is one the Sở manages (an upper-secondary school, the mirror of communeSchool): level "THPT", or a
 * "Liên cấp" school whose name shows upper-secondary among its levels ("Trường THCS và THPT …"; review r75c F3).
 */
function sectorSchool(s: Pick<School, 'level' | 'name'>): boolean {
  if (matchKey(s.level) === matchKey(SECTOR_SCHOOL_LEVEL)) return true;
  return matchKey(s.level) === matchKey(MIXED_SCHOOL_LEVEL) && schoolNameLevels(s.name).includes(UPPER_SECONDARY);
}
/** Upper-secondary as schoolNameLevels writes it. */
const UPPER_SECONDARY = 'trung học phổ thông';

/**
 * The governing body a school's report names above the school (Nghị định 30/2020/NĐ-CP: the direct governing body
 * over the issuing body), when that is not the office itself: for a Sở's documents dated from 1/7/2025, the People's
 * Committee of the school's xã/phường ("Xã/Phường" column of "Đơn vị") for the levels above. Null otherwise (the
 * office's name stays: a UBND xã's own schools, a district office before 1/7/2025, an upper-secondary school).
 */
export function communeAuthority(n: Nominee, org: Organisation, date: Date): string | null {
  const c = communeOf(n, org, date);
  return c && 'name' in c ? c.name : null;
}

/**
 * A Sở's Tờ trình that proposes staff of schools a commune manages since the two-level local government (communeOf):
 * the route is to be checked (Luật Thi đua, khen thưởng 2022, Điều 83 khoản 1: the managing level — the chair of the
 * commune's People's Committee — considers, or proposes to the competent level, the awards of those it manages; whether
 * a movement the Sở itself launched lets the Sở propose them is not confirmed). `ownAward`: the Sở's own Giấy khen (its
 * head awards one, Điều 80 khoản 1): whether it may award them is what is checked (review docs M3). A note, not a fix.
 */
function communeRouteWarnings(group: readonly Nominee[], org: Organisation, date: Date, ownAward: boolean): string[] {
  const schools: string[] = [];
  for (const n of group) if (communeOf(n, org, date) !== null && !schools.includes(n.schoolName)) schools.push(n.schoolName);
  return schools.length ? [ownAward ? proposalNote.communeOwnAward(schools) : proposalNote.communeRoute(schools)] : [];
}

/**
 * A UBND xã/phường's Tờ trình for people of upper-secondary schools ("Cấp học" THPT, or a Liên cấp school reaching it:
 * sectorSchool), which the Sở manages, not the commune: its competence to check (review r70x M3, r75c F3; the mirror of
 * communeRouteWarnings).
 */
function sectorSchoolWarnings(group: readonly Nominee[], org: Organisation, ownAward: boolean): string[] {
  if (org.kind !== 'xa') return [];
  const schools: string[] = [];
  for (const n of group) {
    const s = n.registration.school;
    if (s && sectorSchool(s) && !schools.includes(n.schoolName)) schools.push(n.schoolName);
  }
  return schools.length ? [proposalNote.sectorSchoolAward(schools, ownAward)] : [];
}
const SECTOR_SCHOOL_LEVEL = 'THPT';

/** The commune's kind as the ward column may abbreviate it ("X. Đồi Chè", "P. Nam Cường"). */
const COMMUNE_KINDS: Record<string, string> = { 'xã': 'xã', 'x.': 'xã', 'phường': 'phường', 'p.': 'phường', 'đặc khu': 'đặc khu' };

/**
 * communeAuthority, and whether one is due but the school's "Xã/Phường" cell does not name it (blank, or a bare name
 * with no xã/phường): then the report would silently keep the office's name, so it is a gap the office fills in.
 */
function communeOf(n: Nominee, org: Organisation, date: Date): { name: string; committee: string } | { missing: true } | null {
  if (org.kind !== 'so' || date.getTime() < TWO_LEVEL_GOVERNMENT_FROM.getTime()) return null;
  const s = n.registration.school;
  if (!s || !communeSchool(s)) return null;
  const m = /^(xã|x\.|phường|p\.|đặc khu)\s*(\S.*)$/i.exec(officialText(s.ward).trim());
  const kind = m ? COMMUNE_KINDS[m[1].toLocaleLowerCase('vi')] : undefined;
  if (!m || !kind) return { missing: true };
  const committee = PROPOSAL_TEXT.communeCommittee(`${kind} ${m[2].trim()}`);
  return { name: upper(committee), committee };
}

/** A commune's kind as the ward column may write it before the name ("Xã", "X.", "Phường", "P.", "Thị trấn", "TT.", "Đặc khu"). */
const WARD_KIND = /^(?:xã|x\.|phường|p\.|thị trấn|tt\.|đặc khu)\s*/i;
const WARD_KIND_NAMES: Record<string, string> = { 'xã': 'Xã', 'x.': 'Xã', 'phường': 'Phường', 'p.': 'Phường', 'thị trấn': 'Thị trấn', 'tt.': 'Thị trấn', 'đặc khu': 'Đặc khu' };

/**
 * The địa danh of a nominee's report (Nghị định 30/2020/NĐ-CP, Phụ lục I: the official name of the administrative unit
 * where the issuing body sits; a body at commune level writes its commune's name): the report is the school's own
 * document, so the school's xã/phường from "Đơn vị" without its kind ("Phường Nam Cường" → "Nam Cường"). A unit named
 * by a number keeps its kind ("Phường 7": "7" alone names nothing). Null — the office's place stays — when the
 * directory does not name the commune, the nominee is the office itself or one of its staff (the office's document),
 * or the office is a UBND xã/phường (its schools are in its own commune).
 */
export function schoolPlace(n: Nominee, org: Organisation): string | null {
  const s = n.registration.school;
  // A UBND xã/phường's schools are in its commune: its "Địa danh", whatever commune a directory copied from before the
  // 2025 mergers still writes in "Xã/phường".
  if (!s || org.kind === 'xa') return null;
  const office = matchKey(org.name);
  if (office !== '' && (matchKey(s.name) === office || (n.kind === 'collective' && matchKey(n.name) === office))) return null;
  const ward = officialText(s.ward).replace(/\s+/g, ' ');
  const kind = WARD_KIND.exec(ward);
  const name = ward.slice(kind ? kind[0].length : 0).trim();
  if (name === '') return null;
  if (!/^\d/.test(name)) return name;
  const k = kind ? WARD_KIND_NAMES[kind[0].trim().toLocaleLowerCase('vi')] : '';
  return k ? `${k} ${name}` : name;
}

/**
 * Every value of a document but its table rows: the batch's common values, its level's wording and signer, the
 * council's meeting, its own counts, and the nominee's (a report).
 */
export function documentValues(d: Pick<PlannedDoc, 'kind' | 'level' | 'group' | 'nominee'>, date: Date, cfg: OfficeConfig, council: Council | null): Values {
  const org = cfg.organisation;
  const v: Values = { ...commonValues(org, cfg.period.name, date, countsOf(d.group)), ...meetingValues(council, org) };
  if (d.level) Object.assign(v, levelValues(d.level, org, council, cfg, d.kind === 'quyetDinh'));
  if (d.nominee) {
    Object.assign(v, nomineeValues(d.nominee, cfg));
    const commune = communeOf(d.nominee, org, date);
    if (commune && 'name' in commune) v.co_quan = commune.name;
    // Due but not known: a gap (REPORT_COMMUNE), never the office's name in its place.
    else if (commune) v[REPORT_COMMUNE] = null;
    // The head of a commune's school: confirmed by the commune's chair, whose name the office does not know (review docs M2).
    if (commune && headOfOwnSchool(d.nominee)) v.hieu_truong = '';
    // The report is the school's own document: dated at the school's commune, not at the office's place.
    const place = schoolPlace(d.nominee, org);
    if (place) v.dia_danh = place;
  }
  // Day and month left for the signer to write (the year stays):
  // - the Báo cáo thành tích is signed by the nominee and the school's head before the council reviews it (the batch's
  //   date would show a report written after the meeting that reviewed it);
  // - the draft Quyết định is signed by the head after the council's Tờ trình reaches it, in its header and in its
  //   list's "Kèm theo Quyết định … ngày" alike (review "thể thức" #4: the batch's date in both made the clerk correct
  //   two places that must agree), as its number is left to the clerk.
  if ((d.kind === 'baoCao' && d.nominee) || d.kind === 'quyetDinh') {
    v.ngay = REPORT_DATE_BLANK;
    v.thang = REPORT_DATE_BLANK;
    v.ngay_thang_nam = proposalVietnameseDate(REPORT_DATE_BLANK, REPORT_DATE_BLANK, v.nam as string);
  }
  // Under its governing body's line the issuing body drops the place they share ("ỦY BAN NHÂN DÂN TỈNH HÀ SƠN" /
  // "SỞ GIÁO DỤC VÀ ĐÀO TẠO"); where it heads the document (reports, Biên bản) it keeps its full name.
  if (d.level === 'giayKhen' && (d.kind === 'toTrinh' || d.kind === 'danhSach')) {
    // The Giấy khen's Tờ trình and its Danh sách are the council's: its header block (the office above the council, as
    // in the Biên bản) and its symbol ("TTr-HĐTĐKT").
    v.co_quan_cap_tren = orNull(upper(fullBodyName(org.name)));
    v.co_quan = AWARD_TEXT.councilIssuer;
    v.ky_hieu = AWARD_TEXT.councilSymbol;
  } else if ((d.kind === 'toTrinh' || d.kind === 'danhSach' || d.kind === 'quyetDinh') && v.co_quan_cap_tren) v.co_quan = orNull(upper(issuerUnder(org)));
  // A report of the office's own unit or staff (a school running the tool for itself: its unit is the office): the line
  // above the unit is the body it answers to, not its own name again (review schooloffice H2: "TRƯỜNG … QUANG MINH" twice).
  if (d.kind === 'baoCao' && d.nominee && matchKey(d.nominee.schoolName) === matchKey(org.name)) v.co_quan = org.governingBody ? orNull(upper(fullBodyName(org.governingBody))) : NBSP;
  // The header's and the signature's names wrap between words of the body, never inside a place's name.
  for (const k of ['co_quan_cap_tren', 'co_quan', 'don_vi_in_hoa', 'thay_mat', 'ten_viet_tat']) if (v[k]) v[k] = headerText(v[k] as string);
  return v;
}

const NBSP = '\u00a0';
/** A place's name at the end of a body's name ("… TỈNH HÀ SƠN", "… THÀNH PHỐ HỒ CHÍ MINH", "… XÃ ĐỒI CHÈ"). */
const LOCALITY_END = /(^|\s)((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s\S.*)$/i;
/** A school's name: its kind ("TRƯỜNG TIỂU HỌC", "TRƯỜNG THCS" …), then its own name (kept on one line). */
const SCHOOL_NAME = /^(Trường (?:Mầm non|Mẫu giáo|Tiểu học và THCS|Tiểu học và Trung học cơ sở|Tiểu học|THCS và THPT|Trung học cơ sở|Trung học phổ thông|THCS|THPT|Phổ thông dân tộc (?:bán trú|nội trú)(?: Tiểu học| THCS| THPT)?|PTDTBT(?: TH và THCS| Tiểu học| TH| THCS)?|PTDTNT(?: THCS| THPT)?)) (\S.{0,24})$/i;

/**
 * A body's name as a header or a signature prints it, in a narrow cell: a wrapped line breaks between the body's
 * words, never inside the place's name it ends with ("ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH", not "… THÀNH PHỐ HỒ /
 * CHÍ MINH") nor inside "KHEN THƯỞNG", "GIÁO DỤC" or "VÀ ĐÀO TẠO": their spaces are no-break spaces (the text reads and
 * prints the same).
 */
export function headerText(s: string): string {
  const bind = (x: string) => x.replace(/ /g, NBSP);
  return s
    .replace(LOCALITY_END, (_m, pre: string, place: string) => pre + bind(place))
    .replace(SCHOOL_NAME, (_m, kind: string, name: string) => `${kind} ${bind(name)}`)
    .replace(/(Thi) (đua) - (Khen) (thưởng)/gi, (_m, a: string, b: string, c: string, d: string) => bind(`${a} ${b} - ${c} ${d}`))
    .replace(/(Khen) (thưởng)/gi, (_m, a: string, b: string) => a + NBSP + b)
    // "… GIÁO DỤC / VÀ ĐÀO TẠO", never "… VÀ ĐÀO / TẠO" (review layout M4).
    .replace(/(Giáo) (dục)/gi, (_m, a: string, b: string) => a + NBSP + b)
    .replace(/(và) (Đào) (tạo)/gi, (_m, a: string, b: string, c: string) => bind(`${a} ${b} ${c}`));
}

/** Places a governing body's name ends with ("… tỉnh Hà Sơn", "… xã Bản Mây"). */
const LOCALITY = /\s((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s.+)$/i;

/** The office's name as printed under its governing body: without the place both names end with. */
export function issuerUnder(org: Organisation): string {
  const name = fullBodyName(org.name);
  const m = LOCALITY.exec(officialText(org.governingBody || ''));
  if (!m) return name;
  const place = m[1].toLocaleLowerCase('vi');
  const lower = name.toLocaleLowerCase('vi');
  if (!lower.endsWith(' ' + place)) return name;
  const shorter = name.slice(0, name.length - place.length).trim();
  return shorter || name;
}

/**
 * The documents of a batch, in the order they are made: per level, its Tờ trình and Danh sách; the Biên bản and the
 * draft Quyết định (levels the office decides) once the council has met; then one report per nominee. With the
 * configuration, each document knows what it lacks (`gaps`); the generator makes none that lacks something.
 */
export function planDocuments(
  selection: NomineeSelection | readonly Nominee[],
  date: Date,
  cfg?: OfficeConfig,
  council: Council | null = null,
  /** The records of finished batches and this batch's round: a level changed since the round's vote is told (levelsChangedInRound). */
  earlier?: { before: ReadonlyMap<string, readonly ProposedBefore[]>; round: Round },
): PlannedDoc[] {
  const nominees: readonly Nominee[] = 'nominees' in selection ? selection.nominees : selection;
  const moved = earlier && councilMet(council) ? levelsChangedInRound(nominees, earlier.before, earlier.round) : [];
  const day = ddMMyyyy(date);
  const out: PlannedDoc[] = [];
  const proposed = new Set(nominees.map((n) => n.id));
  const texts = new Map<Nominee, string>();
  const add = (planned: Omit<PlannedDoc, 'gaps' | 'warnings' | 'needsFix' | 'legacyKey' | 'print' | 'inputs' | 'date'> & { date?: Date }) => {
    const d = { ...planned, date: planned.date ?? date };
    const values = cfg ? documentValues(d, d.date, cfg, council) : null;
    // A document dated on its own day (the Biên bản, on the meeting's) prints that day as what it says.
    const ownDay = planned.date !== undefined ? ddMMyyyy(d.date) : '';
    const print = values && cfg ? printOf(d.template, values, documentRows(d, cfg, council), ownDay) : '';
    const inputs = cfg ? inputsOf(d, d.date, ownDay, cfg, council, texts) : '';
    // A nominee whose row had a typed text restored, a council's time read otherwise: its inputs as versions before took them too.
    const restored = !!cfg && d.group.some((n) => rowRestored(n.registration));
    const timeOtherwise = !!cfg && council?.timeRead !== undefined;
    const inputsRead = cfg
      ? [
          ...(restored ? [inputsOf(d, d.date, ownDay, cfg, council, texts, true)] : []),
          ...(timeOtherwise ? [inputsOf(d, d.date, ownDay, cfg, council, texts, false, true)] : []),
          ...(restored && timeOtherwise ? [inputsOf(d, d.date, ownDay, cfg, council, texts, true, true)] : []),
        ].filter((x, i, all) => x !== inputs && all.indexOf(x) === i)
      : [];
    const gaps = values ? documentGaps(d.template, values, REPORT_COMMUNE in values ? [...requiredFor(d), REPORT_COMMUNE] : requiredFor(d), cfg ? levelGapSources(d.level ?? d.nominee?.level, cfg.organisation) : {}) : [];
    const gapItems = d.kind === 'quyetDinh' && cfg ? decisionGaps(cfg.organisation, date) : [];
    const toComplete = gapItems.map((g) => g.item);
    // What the report prints that needs correcting (junk, gaps where links were), then what to ask for or check.
    const summary = d.kind === 'baoCao' && d.nominee ? answer(d.nominee.registration, Q.summary) : '';
    const printed =
      d.kind === 'baoCao' && d.nominee
        ? [...summaryJunkWarnings(summary), ...markupWarnings(answer(d.nominee.registration, Q.modelName), Q.modelName), ...awardWarnings(d.nominee), ...decisionLinkWarnings(d.nominee)]
        : [];
    // One of two facts the report prints is wrong (the nominee declares heading the school, whose head "Đơn vị" names
    // as another, printed as confirming): to correct before signing, in its status too (review read-outputs H2).
    const head = d.kind === 'baoCao' && d.nominee ? headWarnings(d.nominee) : [];
    const warnings =
      d.kind === 'baoCao' && d.nominee
        ? [...summaryShortWarnings(summary), ...printed, ...alikeWarnings(d.nominee, proposed), ...formerSchoolWarnings(d.nominee), ...head, ...namesakeOfHeadWarnings(d.nominee), ...numberReadWarnings(d.nominee), ...(cfg ? communeHeadWarnings(d.nominee, cfg.organisation, date) : []), ...(cfg ? communeWardWarnings(d.nominee, cfg.organisation) : []), ...ratingWarnings(d.nominee, cfg ?? undefined), ...earlyInitiativeWarnings(d.nominee, cfg ?? undefined)]
        : toComplete.length
          ? [proposalNote.toComplete(toComplete)]
          : d.kind === 'toTrinh' && d.level === 'bangKhenBo' && cfg && cfg.organisation.kind === 'xa'
            ? [proposalNote.ministryRoute(provinceAuthority(cfg.organisation))]
            : d.kind === 'toTrinh' && d.level !== null && cfg
              ? [...communeRouteWarnings(d.group, cfg.organisation, date, d.level === 'giayKhen'), ...sectorSchoolWarnings(d.group, cfg.organisation, d.level === 'giayKhen')]
              : [];
    // The lists print the position the nominee gave: one who declares heading a school "Đơn vị" gives another head is
    // told on them too, as on the report (review docs M3: two "Hiệu trưởng" of one school in a Quyết định's list).
    const listed = (d.kind === 'danhSach' || d.kind === 'quyetDinh') && d.group ? d.group.filter((n) => headWarnings(n).length > 0) : [];
    if (listed.length > 0) warnings.push(proposalNote.headConflictListed(listed.map((n) => ({ name: n.name, principal: n.registration.school?.principal ?? '' }))));
    // A manager (not the head the tool can title) who left "Chức vụ" blank is printed with the category "Cán bộ quản
    // lý", which is no chức vụ: the documents that print it say so and where to correct it (review r75s F1).
    const untitled = (d.kind === 'danhSach' || d.kind === 'quyetDinh' || d.kind === 'baoCao') && d.group ? d.group.filter((n) => n.kind === 'individual' && positionOf(n).missing) : [];
    if (untitled.length > 0) warnings.push(proposalNote.positionMissing(untitled.map((n) => ({ name: officialText(n.name), printed: positionOf(n).text })), REPORT_QUESTIONS.position, Q.role, d.kind !== 'baoCao'));
    // A position typed in capitals, printed as typed (review r77t F2).
    const capitals = (d.kind === 'danhSach' || d.kind === 'quyetDinh' || d.kind === 'baoCao') && d.group ? d.group.filter((n) => n.kind === 'individual' && positionInCapitals(positionOf(n))) : [];
    if (capitals.length > 0) warnings.push(proposalNote.positionCase(capitals.map((n) => ({ name: officialText(n.name), position: positionOf(n).text })), REPORT_QUESTIONS.position, d.kind !== 'baoCao'));
    // Names of people typed in lower case or all capitals, printed as typed in the documents that name them: to correct
    // before signing, in their status too (review r68d M4).
    const people = d.kind === 'danhSach' || d.kind === 'quyetDinh' || d.kind === 'bienBan' || d.kind === 'baoCao' ? d.group.filter((n) => n.kind === 'individual') : [];
    // A position or a note after the name ("(TPT Đội)"): printed as typed too, said as such; the name before it is
    // looked at for its case.
    const beside = people.flatMap((n) => {
      const b = besideName(n.name);
      return b ? [{ name: officialText(n.name), id: n.id, school: n.schoolName, rest: b.rest }] : [];
    });
    const nameOf = (n: Nominee) => besideName(n.name)?.rest ?? n.name;
    const miscased = people.filter((n) => nameCaseWrong(nameOf(n)));
    if (miscased.length > 0) warnings.push(proposalNote.nameCase(miscased.map((n) => ({ name: officialText(nameOf(n)), id: n.id, school: n.schoolName, suggested: nameCapitalised(nameOf(n)) }))));
    if (beside.length > 0) warnings.push(proposalNote.nameBeside(beside));
    const unaccented = people.filter((n) => nameUnaccented(nameOf(n)));
    if (unaccented.length > 0) warnings.push(proposalNote.nameUnaccented(unaccented.map((n) => ({ name: officialText(n.name), id: n.id, school: n.schoolName, likely: null }))));
    // A form of address typed before the name ("Cô …", "Đ/c …"), printed as typed: the same (review r73r F3).
    const addressed = people.flatMap((n) => {
      const a = addressedAs(n.name);
      return a ? [{ name: officialText(n.name), id: n.id, school: n.schoolName, rest: a.rest }] : [];
    });
    if (addressed.length > 0) warnings.push(proposalNote.nameAddressed(addressed));
    // Lines of a list that print alike and that no answer tells apart: to check before signing (review r76n F2).
    const namesakes = d.kind === 'danhSach' || d.kind === 'quyetDinh' || (d.kind === 'bienBan' && council) ? namesakesIn(d.group, d.kind).alike : [];
    if (namesakes.length > 0) warnings.push(proposalNote.namesakeLines(namesakes.map((g) => ({ name: officialText(g[0].name), school: g[0].schoolName, ids: g.map((n) => n.id) }))));
    // The council's own Giấy khen Tờ trình and Danh sách, chaired by the head who decides and no member read as the
    // council's Phó Chủ tịch, while some member's post has its words: said, the chair's signature kept (review r68d H2).
    // No member at all read as the Phó Chủ tịch (or no meeting recorded yet in the council's tab): the Tờ trình goes
    // from the head to the head, said too (review r70x L5).
    if ((d.kind === 'toTrinh' || d.kind === 'danhSach') && d.level === 'giayKhen' && cfg && council) {
      const chair = council.chair || cfg.organisation.signer.name;
      if (matchKey(chair) !== '' && matchKey(chair) === matchKey(cfg.organisation.signer.name) && !councilDeputy(council)) {
        const unread = deputyLike(council);
        warnings.push(unread.length > 0 ? proposalNote.councilDeputyUnread(unread) : proposalNote.councilNoDeputy());
      }
    }
    // "Chức vụ người ký" read as the role alone (the office's name, "phụ trách" left out): said where the signer's title
    // and the head's authority are printed (review r68d M1, M2).
    const title = cfg && (d.kind === 'toTrinh' || d.kind === 'quyetDinh') ? signerTitle(cfg.organisation) : null;
    if (title && title.typed && cfg) {
      const line = signerLine(cfg.organisation);
      warnings.push(proposalNote.signerTitleRead(configLabel('organisation.signerTitle'), title.typed, title.as === 'KT' ? `${AWARD_TEXT.deputyFor(upper(title.head))} / ${line}` : line, headOf(cfg.organisation)));
    }
    // A district office's own Giấy khen: not one the law gives its head (review docs H2). The Tờ trình is addressed to,
    // and the draft Quyết định signed by, one who may not award it: to correct before signing, in its status too, as a
    // lesser head-name mismatch is (review docs H1).
    // A school's own Giấy khen: no principal is named in the article either (review r82d F1), the same check, with the
    // level that manages the school as the one to ask and to propose to.
    const authority = (d.kind === 'toTrinh' || d.kind === 'quyetDinh') && d.level === 'giayKhen' && !!cfg && (cfg.organisation.kind === 'phong' || cfg.organisation.kind === 'truong');
    // A district office's or a school's Bằng khen Bộ: the route to check (review r68d M3), as a commune's.
    if (d.kind === 'toTrinh' && d.level === 'bangKhenBo' && cfg && (cfg.organisation.kind === 'phong' || cfg.organisation.kind === 'truong')) {
      warnings.push(proposalNote.ministryRouteVia(ministryVia(cfg.organisation), configLabel('organisation.parentAuthority')));
    }
    if (authority) {
      const before2024 = d.date.getTime() < LAW_2022_FROM.getTime();
      // A school under its district (the district's education office or Ủy ban): the district chair's Giấy khen while the
      // district level stood, else the setting to correct (review d82a F2).
      const district = cfg.organisation.kind === 'truong' ? districtParent(cfg.organisation) : null;
      const districtStood = d.date.getTime() < TWO_LEVEL_GOVERNMENT_FROM.getTime();
      warnings.push(
        cfg.organisation.kind === 'truong'
          ? proposalNote.schoolGiayKhen({
              commune: communeParent(cfg.organisation),
              department: sectorDepartment(cfg.organisation),
              district: district && { ...district, gone: !districtStood, setting: configLabel('organisation.parentAuthority'), from: ddMMyyyy(TWO_LEVEL_GOVERNMENT_FROM).replace(/-/g, '/') },
              districtStood,
              before2024,
            })
          : proposalNote.phongGiayKhen(headOf(cfg.organisation) || OFFICE_PROFILES.phong.signerTitle, before2024),
      );
    }
    // A cơ quan chủ quản printed above the office that cannot be one in a document dated after the district level ended
    // (a commune's file copied from the former district's: review r75c F2) — a district office is told so by its kind,
    // below. As printed: its abbreviation written out (review d75 F2).
    const governing = cfg ? fullBodyName(cfg.organisation.governingBody || '') : '';
    const parentWhy = cfg && values && date.getTime() >= TWO_LEVEL_GOVERNMENT_FROM.getTime() ? defunctGoverningBody(cfg.organisation, governing) : null;
    const defunctParent = parentWhy !== null && [values!.co_quan_cap_tren, values!.co_quan].some((h) => typeof h === 'string' && matchKey(h) === matchKey(upper(governing)));
    if (defunctParent) warnings.push(proposalNote.defunctGoverningBody(configLabel('organisation.governingBody'), governing, ddMMyyyy(TWO_LEVEL_GOVERNMENT_FROM).replace(/-/g, '/'), cfg!.organisation.kind === 'xa', parentWhy === 'district'));
    // A district office signing after the district level ended (1/7/2025): the office's kind in "Cấu hình" is checked.
    if (d.kind === 'toTrinh' && cfg && cfg.organisation.kind === 'phong' && date.getTime() >= TWO_LEVEL_GOVERNMENT_FROM.getTime()) {
      warnings.push(proposalNote.defunctOffice(configLabel('organisation.kind'), ddMMyyyy(TWO_LEVEL_GOVERNMENT_FROM).replace(/-/g, '/'), OFFICE_PROFILES.phong.name));
    }
    // A level changed after the council's vote (review council58 H1): the Biên bản prints the vote for the level as it
    // stands, the Tờ trình cites that Biên bản, and so does the draft Quyết định granting the level (review r78d F3) —
    // to check before signing, in their status too.
    const levelMoved = d.kind === 'bienBan' ? moved : d.kind === 'toTrinh' || d.kind === 'quyetDinh' ? moved.filter((m) => m.nominee.level === d.level) : [];
    // The căn cứ of the office's plan (review now N1): a part "Cấu hình" does not give is a gap the Tờ trình prints (the
    // draft's is told with its other gaps, decisionToComplete), a date impossible for the period is printed as written
    // and told — both to see to before signing, in the status too.
    const citesPlan = (d.kind === 'toTrinh' || d.kind === 'quyetDinh') && !!cfg;
    const planGap = d.kind === 'toTrinh' && cfg ? planToComplete(cfg.organisation) : [];
    const lines = d.kind === 'toTrinh' ? planGap.map((item) => ({ gap: 'plan' as const, item })) : gapItems;
    if (planGap.length > 0) warnings.push(proposalNote.toCompleteToTrinh(planGap));
    const planDated = citesPlan ? planDateWarnings(cfg, d.date) : [];
    warnings.push(...planDated);
    if (d.kind === 'toTrinh' && cfg && !councilMet(council)) warnings.push(proposalNote.beforeMeeting());
    if (levelMoved.length > 0) warnings.push(proposalNote.levelChangedAfterVote(levelMoved.map((m) => ({ name: m.nominee.name, was: AWARD_TEXT.short[m.was], now: AWARD_TEXT.short[m.nominee.level] })), dayText(levelMoved[0].day)));
    // The draft Quyết định's "[… — cơ quan bổ sung]" lines are to be filled before it is signed too (review diff24 #3).
    const besides = !!(printed.length || head.length || listed.length || untitled.length || miscased.length || addressed.length || authority || defunctParent || levelMoved.length || namesakes.length || planDated.length);
    out.push({ ...d, key: print ? `${d.key}#${print}` : d.key, legacyKey: d.key, print, inputs, ...(inputsRead.length ? { inputsRead } : {}), gaps, warnings, ...(besides || lines.length ? { needsFix: true } : {}), ...(lines.length ? { toComplete: lines, ...(besides ? { fixBesides: true as const } : {}) } : {}) });
  };
  // A level without a nominee has no documents; no nominee at all, none (a Tờ trình of nobody, listed "Chờ tạo", told
  // the office documents were due or already made: review messages H1).
  const levels = AWARD_LEVELS.filter((l) => nominees.some((n) => n.level === l));
  for (const level of levels) {
    const group = nominees.filter((n) => n.level === level);
    const fp = listFingerprint(group);
    const award = AWARD_TEXT.short[level];
    add({ key: `TTr:${level}:${fp}`, kind: 'toTrinh', template: 'toTrinh', name: proposalDocName.toTrinh(award, day), label: `${PROPOSAL_DOC_LABELS.toTrinh} (${award})`, nominee: null, level, group });
    add({ key: `DS:${level}:${fp}`, kind: 'danhSach', template: 'danhSach', name: proposalDocName.danhSach(award, day), label: `${PROPOSAL_DOC_LABELS.danhSach} (${award})`, nominee: null, level, group });
  }
  if (councilMet(council) && nominees.length) {
    // The Biên bản records every vote: the nominees proposed and those the vote left out.
    const flagged = 'nominees' in selection ? selection.flagged.map((f) => f.nominee).filter((n) => council.votes.has(n.id)) : [];
    // A vote recorded only that this round's batch proposed (on this meeting's vote) at some level: the council decided
    // otherwise after the meeting ("Không đề nghị": a withdrawal; the registration sent again). The Biên bản records what
    // the meeting voted (review r78d F1): the level voted on, and — its verdict not changed since — the result as the
    // meeting adopted it, in its place among those proposed; the minutes of the meeting are then not made again for a
    // decision taken after it. One whose verdict changed keeps its row after, with why it is not proposed.
    const atVote: Nominee[] = [];
    const recordedOnly: Nominee[] = [];
    for (const n of 'nominees' in selection ? (selection.votedOnly ?? []) : []) {
      const first = earlier ? (earlier.before.get(n.id) ?? []).find((r) => sameRound(r, earlier.round)) : undefined;
      if (!first) recordedOnly.push(n);
      else if (n.notProposedWhy === undefined) {
        const { votedOnly: _, ...plain } = n;
        atVote.push({ ...plain, level: first.level });
      } else recordedOnly.push({ ...n, votedLevel: first.level });
    }
    const proposedAtVote = atVote.length ? [...nominees, ...atVote].sort(listOrder) : nominees;
    const voted = [...proposedAtVote, ...flagged, ...recordedOnly];
    // Written at the meeting: dated on its day (a day after the batch's is a typing slip: the batch's then).
    const met = meetingDay(council);
    const own = met && met.getTime() <= date.getTime() ? met : undefined;
    add({ key: `BB:${listFingerprint(voted)}`, kind: 'bienBan', template: 'bienBan', name: proposalDocName.bienBan(ddMMyyyy(own ?? date)), label: PROPOSAL_DOC_LABELS.bienBan, nominee: null, level: null, group: voted, date: own });
    for (const level of OWN_DECISION_LEVELS) {
      const group = nominees.filter((n) => n.level === level);
      if (!group.length) continue;
      const award = AWARD_TEXT.short[level];
      add({ key: `QD:${level}:${listFingerprint(group)}`, kind: 'quyetDinh', template: 'quyetDinh', name: proposalDocName.quyetDinh(award, day), label: `${PROPOSAL_DOC_LABELS.quyetDinh} (${award})`, nominee: null, level, group });
    }
  }
  for (const n of nominees) {
    const template = reportTemplate(n.kind, cfg);
    // The label says which dossier the report goes into, as the Tờ trình's does (review docs M2); shown only in the
    // "Văn bản" column of "Đề nghị khen thưởng": no key, name or record is made from it.
    const label = `${TEMPLATE_LABELS[template]} (${AWARD_TEXT.short[n.level]})`;
    add({ key: `BC:${n.level}:${n.id}`, kind: 'baoCao', template, name: fileSafe(proposalDocName.baoCao(n.id, n.name)), label, nominee: n, level: n.level, group: [n] });
  }
  return out;
}

/** The same sentence this many times is a paste gone wrong, not emphasis. */
export const SUMMARY_MAX_REPEATS = 3;
/** A sentence shorter than this (words) may repeat ("Có.", "Đạt."): not counted. */
const REPEAT_MIN_WORDS = 4;

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);

/**
 * What the office should ask a school about its achievement summary (printed as written in the report: it is the
 * school's text, plain text in a Doc): too short to be one, markup or a formula, the same sentence 3+ times. Empty:
 * none (an empty summary is a gap, not a warning). Never changes a verdict.
 */
/** A nominee that may be the same person as another nominee (IdentityFlags.alike): both proposed, the office is told. */
function alikeWarnings(n: Nominee, proposed: ReadonlySet<string>): string[] {
  const alike = n.registration.flags.alike?.filter((a) => proposed.has(a.id)) ?? [];
  const other = n.registration.flags.otherName?.filter((a) => proposed.has(a.id)) ?? [];
  return [...(alike.length ? [proposalNote.alike(alike, n.kind === 'collective')] : []), ...(other.length ? [proposalNote.otherName(other)] : [])];
}

/**
 * A collective registered under a name the school had (its "Tên cũ": the school renamed, or merged into another): the
 * documents print the name registered, of a unit that may no longer exist; the office is told to confirm the unit
 * proposed and print its name as it is now (review "reorg" #2).
 */
function formerSchoolWarnings(n: Nominee): string[] {
  const s = n.registration.school;
  return n.kind === 'collective' && s && formerNameOf(n) !== undefined ? [proposalNote.formerSchool(n.name, s.name, DIRECTORY_HEADERS.former)] : [];
}

/**
 * The directory's head and a nominee are one person, however either name is written ("ThS. Lê Thị Mai" in "Đơn vị",
 * "Lê Thị Mai" on the form: personWords; review vntext #7): else the head would confirm her own report.
 */
function samePerson(principal: string, name: string): boolean {
  // Marks and all: "Lê Thị Mại" is not the head "Lê Thị Mai" (review diff30 #1).
  const key = personWords(principal);
  return key !== '' && key === personWords(name);
}

/** The name in "Tên cũ" of the nominee's school that the nominee bears (the whole school under a name it had), if any. */
function formerNameOf(n: Nominee): string | undefined {
  const name = matchKey(n.name);
  return name === '' ? undefined : n.registration.school?.former.find((f) => matchKey(f) === name);
}

/**
 * An individual nominee who is the head "Đơn vị" names for their school: their report is confirmed by a superior. The
 * name alone does not make her the head when her own answers say otherwise (a teacher who bears her principal's name,
 * answering "Là người đứng đầu: Không": review r75s F3); headConflict reads the same answers the other way.
 */
function headOfOwnSchool(n: Nominee): boolean {
  const s = n.registration.school;
  return n.kind === 'individual' && !!s && samePerson(s.principal, n.name) && !answersNotHead(n.registration);
}

/** The roles no head of a school or unit chooses (a head is a "Cán bộ quản lý", or at the office a "Công chức, viên chức"). */
const NOT_HEAD_ROLES: ReadonlySet<string> = new Set(['teacher', 'staff', 'worker']);

/**
 * The nominee's own answers say she is not the head of her unit: "Là người đứng đầu" answered "Không" (the question is
 * required; a row from before it was asked has no answer), or a role no head chooses.
 */
function answersNotHead(r: EvaluatedRegistration): boolean {
  if (r.head) return false;
  return answer(r, Q.head).trim() !== '' || (r.role !== null && NOT_HEAD_ROLES.has(r.role));
}

/**
 * A nominee who bears the name "Đơn vị" gives her school's head but answered that she is not the head: the report prints
 * that name as the confirming head, as for any other member of the school (review r75s F3) — said, in case the answer is
 * the mistake (the head would then confirm her own report).
 */
function namesakeOfHeadWarnings(n: Nominee): string[] {
  const s = n.registration.school;
  if (n.kind !== 'individual' || !s || !samePerson(s.principal, n.name) || headOfOwnSchool(n)) return [];
  return [proposalNote.namesakeOfHead(officialText(n.name), DIRECTORY_HEADERS.principal, Q.head)];
}

/** The head of a school run by a commune (since 1/7/2025): who confirms their report instead of the office's head. */
/**
 * A UBND xã/phường's report of one of its schools whose "Xã/phường" names another commune (a list made before the 2025
 * mergers): the report is headed and dated at the office's commune (schoolPlace) but its body places the school where
 * that column says — the office is told to check the column (review r70x L3).
 */
function communeWardWarnings(n: Nominee, org: Organisation): string[] {
  const s = n.registration.school;
  if (org.kind !== 'xa' || !s) return [];
  const ward = officialText(s.ward).replace(/\s+/g, ' ');
  const kind = WARD_KIND.exec(ward);
  const name = ward.slice(kind ? kind[0].length : 0).trim();
  const place = officialText(org.place || '').replace(WARD_KIND, '').trim();
  if (name === '' || place === '' || matchKey(name) === matchKey(place)) return [];
  // As the report prints it (PROPOSAL_TEXT's school line: "phường Đồng Tâm").
  const printed = ward.replace(/^(Xã|Phường|Thị trấn|Đặc khu)(?=\s)/u, (w) => w.toLowerCase());
  return [proposalNote.communeWard(printed, officialText(org.name), DIRECTORY_HEADERS.ward)];
}

function communeHeadWarnings(n: Nominee, org: Organisation, date: Date): string[] {
  if (!headOfOwnSchool(n)) return [];
  const commune = communeOf(n, org, date);
  if (!commune) return [];
  return [proposalNote.communeHeadConfirms('committee' in commune ? commune.committee : null)];
}

/**
 * An individual who answered that they head the unit, while "Đơn vị" names another head: the report's confirmation block
 * prints the directory's head (one of the two is out of date, or the answer is wrong); the office is told before signing.
 */
function headWarnings(n: Nominee): string[] {
  const r = n.registration;
  const principal = r.school ? r.school.principal : '';
  if (n.kind !== 'individual' || !r.head || matchKey(principal) === '' || samePerson(principal, n.name)) return [];
  return [proposalNote.headConflict(principal, DIRECTORY_HEADERS.principal)];
}

export function summaryWarnings(raw: string): string[] {
  return [...summaryShortWarnings(raw), ...summaryJunkWarnings(raw)];
}

/** A summary too short to say what was done: worth asking for more, not a fault in what the report prints. */
function summaryShortWarnings(raw: string): string[] {
  const text = officialText(raw);
  if (text === '') return [];
  const words = wordCount(text);
  return words < SUMMARY_MIN_WORDS ? [PROPOSAL_SUMMARY_WARNING.short(Q.summary, words)] : [];
}

/** Markup or a sentence repeated over and over in the summary: printed as it is, to be corrected before signing. */
function summaryJunkWarnings(raw: string): string[] {
  const text = officialText(raw);
  if (text === '') return [];
  const out: string[] = [];
  out.push(...markupWarnings(text, Q.summary));
  const counts = new Map<string, { n: number; first: string }>();
  for (const sentence of text.replace(/([.!?…;])\s+/g, '$1\n').split(/\n+/)) {
    const t = sentence.trim();
    if (t.split(/\s+/).length < REPEAT_MIN_WORDS) continue;
    const k = matchKey(t.replace(/[.!?…;]+$/, ''));
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, first: t });
  }
  let worst: { n: number; first: string } | null = null;
  for (const c of counts.values()) if (c.n >= SUMMARY_MAX_REPEATS && (!worst || c.n > worst.n)) worst = c;
  if (worst) out.push(PROPOSAL_SUMMARY_WARNING.repeated(Q.summary, worst.n, clip(worst.first, 80)));
  return out;
}

/**
 * The awards a nominee declared (the evidence of TT-02 and CN-03), as the Báo cáo thành tích prints them. A link has no
 * place in a signed report: an answer ending in links is printed without them, one with a link among its words is not
 * printed at all (printableAward: cutting links out of the middle left fragments or cut real words, review diff20 #1,
 * diff21 #1-#3) — the report holds a gap for the school to fill, and the council is told what to ask for.
 * `question`: the form's question; `link`: the answer could not be printed for a link; `printed`: what the report
 * prints ('' for such an answer).
 */
function declaredAwards(r: EvaluatedRegistration): { question: string; printed: string; link: boolean }[] {
  const out: { question: string; printed: string; link: boolean }[] = [];
  for (const question of printedAwardQuestions()) {
    const text = answer(r, question);
    if (!text) continue;
    const printed = printableAward(text);
    out.push({ question, printed: printed ?? '', link: printed === null });
  }
  return out;
}

/**
 * What the council is told of the awards a nominee declared (declaredAwards, read once): one with a web link gets a gap
 * in the report; one given by a decision's number or date alone is printed as written (awardUnnamed). Each says what to
 * ask for; the link warnings first.
 */
function awardWarnings(n: Nominee): string[] {
  const awards = declaredAwards(n.registration);
  return [
    ...awards.filter((a) => a.link).map((a) => PROPOSAL_SUMMARY_WARNING.link(a.question)),
    ...awards.filter((a) => awardUnnamed(a.printed)).map((a) => PROPOSAL_SUMMARY_WARNING.unnamedAward(a.question)),
  ];
}

/**
 * Markup, template braces or a formula in a short answer the documents print (the model's name: review "input" #2 — a
 * registered name with them is refused when registered, registration.ts implausibleName).
 */
function markupWarnings(raw: string, field: string): string[] {
  const m = MARKUP.exec(officialText(raw));
  return m ? [PROPOSAL_SUMMARY_WARNING.markup(field, clip(m[0].trim(), 40))] : [];
}

/** What a document cannot do without: its template's list, less the head's name of a sub-unit (signed by hand). */
function requiredFor(d: Pick<PlannedDoc, 'template' | 'nominee'>): readonly string[] {
  const req = REQUIRED_PLACEHOLDERS[d.template];
  if (d.nominee && d.nominee.kind === 'collective' && collectiveHead(d.nominee, null).kind === 'subUnit') return req.filter((k) => k !== 'hieu_truong');
  return req;
}

/** Where each required value is filled in, in the office's words. */
const setting = (key: string) => () => PROPOSAL_GAP.config(configLabel(key));
/** Not a placeholder: the value a report's governing-body line needs when it is a commune's (see communeOf). */
const REPORT_COMMUNE = 'uy_ban_xa_phuong';
const GAP_SOURCE: Record<string, () => string> = {
  [REPORT_COMMUNE]: () => PROPOSAL_GAP.commune(DIRECTORY_HEADERS.ward),
  co_quan: setting('organisation.name'),
  ten_co_quan: setting('organisation.name'),
  kinh_gui: setting('organisation.parentAuthority'),
  kinh_gui_dong: setting('organisation.parentAuthority'),
  dia_danh: setting('organisation.place'),
  chuc_vu_nguoi_ky: setting('organisation.signerTitle'),
  nguoi_ky: setting('organisation.signerName'),
  ten: () => PROPOSAL_GAP.name(Q.collectiveName),
  ho_ten: () => PROPOSAL_GAP.name(Q.individualName),
  don_vi_in_hoa: () => PROPOSAL_GAP.school(Q.school),
  thanh_tich: () => PROPOSAL_GAP.narrative(Q.summary),
  hieu_truong: () => PROPOSAL_GAP.principal(DIRECTORY_HEADERS.principal),
  hinh_thuc: () => COUNCIL_GAP.province(configLabel('organisation.parentAuthority'), configLabel('awards.provinceAddressee')),
  nguoi_trinh: setting('organisation.name'),
  can_cu_hop_xet: setting('organisation.name'),
  tham_quyen: setting('organisation.signerTitle'),
  tham_quyen_ten: setting('organisation.signerTitle'),
  thoi_gian_hop: () => COUNCIL_GAP.field(COUNCIL_FIELDS.time),
  dia_diem_hop: () => COUNCIL_GAP.field(COUNCIL_FIELDS.place),
  chu_tri: () => COUNCIL_GAP.field(COUNCIL_FIELDS.chair),
  thu_ky: () => COUNCIL_GAP.field(COUNCIL_FIELDS.secretary),
};

/**
 * Where a level's values come from when they differ from GAP_SOURCE: the Giám đốc Sở's Giấy khen and the Bằng khen UBND
 * tỉnh are addressed to (and named after) the office's province, one value missing for several placeholders — told once,
 * as the province (review r82d F2: "Cơ quan cấp trên" was named twice, once as if empty). A school its commune's Ủy
 * ban manages writes its province in "Nơi nhận tờ trình Bằng khen UBND tỉnh", its "Cơ quan cấp trên" being that Ủy ban.
 */
function levelGapSources(level: AwardLevel | null | undefined, org: Organisation): Record<string, () => string> {
  if (level !== 'giayKhenSo' && level !== 'bangKhenTinh') return {};
  const commune = org.kind === 'truong' ? communeParent(org) : null;
  const province = () =>
    commune
      ? COUNCIL_GAP.provinceCommune(configLabel('organisation.parentAuthority'), commune, configLabel('awards.provinceAddressee'))
      : COUNCIL_GAP.province(configLabel('organisation.parentAuthority'), configLabel('awards.provinceAddressee'));
  return { kinh_gui: province, kinh_gui_dong: province, hinh_thuc: province };
}

/** Values whose absence is the document's design, not missing information (never reported as left out). */
const ABSENT_BY_DESIGN = new Set(['noi_nhan_qua', 'noi_nhan_hoi_dong', 'thay_mat', 'ky_thay', 'can_cu_bien_ban', 'chuc_vu_thu_truong', 'cach_ky', 'ten_tap_the', 'ho_ten', 'ho_ten_chuc_vu']);
/** Where an optional line's value is filled in: a question of the form, a setting, the directory. */
const OMITTED_QUESTION: Record<string, string> = {
  gioi_tinh: REPORT_QUESTIONS.gender,
  que_quan: REPORT_QUESTIONS.hometown,
  tru_quan: REPORT_QUESTIONS.residence,
  trinh_do: REPORT_QUESTIONS.qualification,
  nhiem_vu: REPORT_QUESTIONS.duties,
  chuc_nang: REPORT_QUESTIONS.functions,
  nam_sinh: Q.birthYear,
  chuc_vu: Q.role,
  mo_hinh: Q.modelName,
  ten_mo_hinh: Q.modelName,
  linh_vuc: Q.field,
  giai_phap: initiativeTitles(1).name,
  nguoi_khai: Q.submitter,
  so_dien_thoai: Q.phone,
};
const OMITTED_SETTING: Record<string, string> = {
  co_quan_cap_tren: 'organisation.governingBody',
  can_cu_luat: 'legal.law',
  can_cu_nghi_dinh: 'legal.decree',
  // The office's signer, printed where the head of her own school's report is confirmed (missingToTell).
  nguoi_ky: 'organisation.signerName',
};
const OMITTED_DIRECTORY: Record<string, string> = { hieu_truong: DIRECTORY_HEADERS.principal, cap_hoc: DIRECTORY_HEADERS.level, xa_phuong: DIRECTORY_HEADERS.ward, cum_thi_dua: DIRECTORY_HEADERS.cluster };

/**
 * The placeholders a document left without a value that are worth telling the office of: not the cơ quan chủ quản of a
 * kind of office that has none (a UBND xã/phường, a school: its profile leaves it empty, and "Cấu hình" says to; review
 * commune L1).
 */
export function missingToTell(names: readonly string[], org: Organisation, nominee?: Nominee | null, date?: Date): string[] {
  const noGoverning = officeProfile(org).governingBody === '' && officialText(org.governingBody || '') === '';
  // A unit inside a school (a tổ chuyên môn …) is signed for by its own head, by hand: no name is looked up, so the
  // school's "Hiệu trưởng" column is not where anything is missing (review r70x M1).
  const byHand = !!nominee && nominee.kind === 'collective' && collectiveHead(nominee, org).kind === 'subUnit';
  // The head of her own school: her report is confirmed by a superior, not by the name in the school's "Hiệu trưởng"
  // column (which holds hers): a commune's chair, left unnamed by design (communeHeadConfirms says so), or the office's
  // signer, whose name is set in "Cấu hình" — never the directory's column to fill (review r75s F2).
  const ownHead = !!nominee && headOfOwnSchool(nominee);
  const byCommune = ownHead && !!date && communeOf(nominee!, org, date) !== null;
  return names
    .filter((n) => !(noGoverning && n === 'co_quan_cap_tren') && !(byHand && n === 'hieu_truong') && !(byCommune && n === 'hieu_truong'))
    .map((n) => (ownHead && n === 'hieu_truong' ? 'nguoi_ky' : n));
}

/**
 * The optional lines a document left out (placeholders without a value), named where the office or the school
 * fills them in — never as "{{…}}" unless the office typed that placeholder itself; values absent by design (the
 * "TM." line of a level signed by its own head, the meeting's line before a meeting) are not listed.
 */
export function omittedSources(names: readonly string[], kind?: RegistrationKind): string[] {
  const questions: string[] = [];
  const out: string[] = [];
  const asked: Record<string, string> = OMITTED_QUESTION;
  for (const n of names) {
    if (ABSENT_BY_DESIGN.has(n)) continue;
    // The ratings line is left out when no year that counts has a rating: the grid is required and may well be answered
    // ("Chưa đánh giá" for a year not over), so it is not called unanswered (review "now" N4).
    const source = n === 'xep_loai'
      ? PROPOSAL_OMITTED_SOURCE.ratings(kind === 'collective' ? Q.partyRatings : Q.individualRatings, kind === 'collective')
      : asked[n]
      ? null
      : OMITTED_SETTING[n]
        ? PROPOSAL_OMITTED_SOURCE.config(configLabel(OMITTED_SETTING[n]))
        : OMITTED_DIRECTORY[n]
          ? PROPOSAL_OMITTED_SOURCE.directory(OMITTED_DIRECTORY[n])
          : PROPOSAL_OMITTED_SOURCE.placeholder(n);
    if (source === null) {
      if (questions.indexOf(asked[n]) < 0) questions.push(asked[n]);
    } else if (out.indexOf(source) < 0) out.push(source);
  }
  return questions.length ? [PROPOSAL_OMITTED_SOURCE.questions(questions), ...out] : out;
}

/** The required values a document of `template` lacks, each named where it is filled in (no repeats). */
export function documentGaps(
  template: TemplateKey,
  values: Values,
  required: readonly string[] = REQUIRED_PLACEHOLDERS[template],
  /** Sources of this document's level in place of GAP_SOURCE's (levelGapSources). */
  sources: Readonly<Record<string, () => string>> = {},
): string[] {
  const out: string[] = [];
  for (const k of required) {
    const v = values[k];
    if (v !== null && v !== undefined && v.trim() !== '') continue;
    const source = sources[k] ?? GAP_SOURCE[k];
    const label = source ? source() : `{{${k}}}`;
    if (out.indexOf(label) < 0) out.push(label);
  }
  return out;
}

// ---- values ---------------------------------------------------------------------------------------

/** A placeholder's value; null = no value known (the placeholder stays visible and is reported). */
export type Values = Record<string, string | null>;

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));

export function ddMMyyyy(d: Date): string {
  return `${pad2(d.getDate())}-${pad2(d.getMonth() + 1)}-${d.getFullYear()}`;
}

/**
 * Day, month and year as Nghị định 30 writes them: a day below 10 and the months 1 and 2 get a leading zero
 * ("ngày 05 tháng 9 năm 2024", "ngày 15 tháng 02 năm 2025").
 */
export function vietnameseDateParts(d: Date): { ngay: string; thang: string; nam: string; text: string } {
  const m = d.getMonth() + 1;
  const ngay = pad2(d.getDate());
  const thang = m <= 2 ? pad2(m) : String(m);
  const nam = String(d.getFullYear());
  return { ngay, thang, nam, text: proposalVietnameseDate(ngay, thang, nam) };
}

/** The symbol of the issuing body in a document number ("TTr-PGDĐT"): the configured one, else from the name. */
export function documentSymbol(org: Organisation): string {
  const configured = (org.symbol || '').trim().replace(/^TTr-/i, '');
  if (configured) return configured;
  const name = org.name.trim();
  for (const [re, sym] of PROPOSAL_SYMBOLS) if (re.test(name)) return sym;
  const school = schoolKindSymbol(name);
  if (school) return school;
  return initialsOf(name) || 'CQ';
}

/**
 * A school's symbol: the letters of its kind — a boarding school's, then each of its levels as written — then its own
 * name's initials ("Trường TH&THCS Họa Mi" and "Trường Tiểu học và THCS Họa Mi" → "THTHCSHM"); '' = a name that does
 * not open with "Trường" and a kind (SCHOOL_BOARDING_SYMBOLS, SCHOOL_LEVEL_SYMBOLS).
 */
function schoolKindSymbol(name: string): string {
  const opening = /^Trường\s+/i.exec(name);
  if (!opening) return '';
  let rest = name.slice(opening[0].length);
  let letters = '';
  const take = (list: ReadonlyArray<[RegExp, string]>) => {
    for (const [re, sym] of list) {
      const m = re.exec(rest);
      if (m) {
        letters += sym;
        rest = rest.slice(m[0].length);
        return true;
      }
    }
    return false;
  };
  // A level after `joint` (a space after a boarding school's kind; "&", "và", "," or "-" between two levels).
  const levelAfter = (joint: RegExp) => {
    const j = joint.exec(rest);
    if (!j) return false;
    const before = rest;
    rest = rest.slice(j[0].length);
    if (take(SCHOOL_LEVEL_SYMBOLS)) return true;
    rest = before;
    return false;
  };
  const boarding = take(SCHOOL_BOARDING_SYMBOLS);
  const leveled = boarding ? levelAfter(/^\s+/) : take(SCHOOL_LEVEL_SYMBOLS);
  if (!boarding && !leveled) return '';
  // Levels joined by a space alone too ("Trường TH THCS Họa Mi": review d82a).
  if (leveled) while (levelAfter(/^(?:\s*[&,\-–]\s*|\s+và\s+|\s+)/i));
  // Its own name follows after a space ("Trường THCS Quang Minh"); else the kind was a word of its name.
  if (!/^\s+\S/.test(rest)) return '';
  return letters + initialsOf(rest);
}

/**
 * The first letters of the words of `name` that begin with a capital, without their marks ("Đồi Thông" → "ĐT"), and the
 * digits of those that begin with one ("số 1 Nam Lý" → "1NL", "19/5" → "195": review d82a F3, two schools "số 1", "số 2"
 * of one place shared a symbol; no "/" or "-", the separators of a document's number and symbol).
 */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => (/^[A-ZÀ-ỸĐ]/.test(w) ? w.charAt(0).normalize('NFD').charAt(0) : /^\d/.test(w) ? w.replace(/\D/g, '') : ''))
    .join('');
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** A form choice without the plan reference the form shows ("Giáo dục và Đào tạo (mục 3.1)" → "Giáo dục và Đào tạo"). */
export function withoutFormReference(choice: string): string {
  return choice.replace(/\s*\((?:mục|tiêu chí|khoản|điểm)\s[^()]*\)/gi, '').trim();
}

/** A value as it goes into a document: official text, or null when nothing is left of it. */
const orNull = (s: string): string | null => {
  const t = officialText(s);
  return t === '' ? null : t;
};

/** A configured date (dd/MM/yyyy) as Nghị định 30 writes it after "ngày" ("15 tháng 9 năm 2021"); other text as is. */
function planDateText(s: string): string {
  const typed = dayTyped(s);
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed);
  if (!m) return officialText(typed);
  const d = vietnameseDateParts(new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
  return `${d.ngay} tháng ${d.thang} năm ${d.nam}`;
}

/**
 * A day as typed in a cell that Sheets kept as text: "ngày 01/07/2024" (the word the documents print before it),
 * "01.07.2024", "1-7-2024" read as d/m/yyyy; anything else as typed, without a leading "ngày" (review council58 M2:
 * the Tờ trình printed "ngày ngày 01/07/2024", and the Biên bản took the day it was made for the meeting's).
 */
export function dayTyped(s: string): string {
  const t = s.trim().replace(/^ngày\s*:?\s*/iu, '');
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  return m ? `${m[1]}/${m[2]}/${m[3]}` : t;
}

/** A text as a sentence of its own: a capital first letter, a full stop at the end. */
function sentence(s: string): string {
  const t = s.replace(/[;,]+$/, '');
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1) + (/[.!?…]$/.test(t) ? '' : '.');
}

/**
 * The căn cứ of the signer's competence the draft Quyết định opens with: "Cấu hình"'s, else by the office's kind — a
 * UBND xã/phường's chair decides under the Luật Tổ chức chính quyền địa phương (2025) from 1/7/2025 — else null (a
 * line the office completes: the decision on a Sở's functions is the office's own to cite).
 */
export function competenceBasis(org: Organisation, date?: Date): string | null {
  const configured = officialText(org.competenceBasis ?? '');
  if (configured) return PROPOSAL_TEXT.basis(configured);
  if (org.kind === 'xa' && (!date || date.getTime() >= TWO_LEVEL_GOVERNMENT_FROM.getTime())) return AWARD_TEXT.communeCompetence;
  return null;
}

/**
 * The decree a document dated `date` cites: the office's own line as written; its default (Nghị định 152/2025/NĐ-CP,
 * in force from 1/7/2025 with the two-level government), on a document dated before that day, the decree then in force.
 */
function decreeOn(basis: string, date: Date): string {
  if (!basis.trim()) return '';
  if (matchKey(basis) !== matchKey(DEFAULT_LEGAL_BASES.decreeBasis) || date.getTime() >= TWO_LEVEL_GOVERNMENT_FROM.getTime()) return PROPOSAL_TEXT.basis(basis);
  return PROPOSAL_TEXT.basis(date.getTime() < LAW_2022_FROM.getTime() ? DECREE_BEFORE_2024 : DECREE_BEFORE_JULY_2025);
}

/** The day the Luật Thi đua, khen thưởng of 2022 (and Nghị định 98/2023/NĐ-CP) came into force. */
const LAW_2022_FROM = new Date(2024, 0, 1);

/** The law a document dated `date` cites: the office's own line as written; its default before 1/1/2024, the law then in force. */
function lawOn(basis: string, date: Date): string {
  if (!basis.trim()) return '';
  const older = date.getTime() < LAW_2022_FROM.getTime() && matchKey(basis) === matchKey(DEFAULT_LEGAL_BASES.lawBasis);
  return PROPOSAL_TEXT.basis(older ? LAW_BEFORE_2024 : basis);
}

/** What the draft Quyết định prints as a line for the office to complete ("Cấu hình" without it); [] = nothing. */
export function decisionToComplete(org: Organisation, date?: Date): string[] {
  return decisionGaps(org, date).map((g) => g.item);
}

/** The lines a document prints as "[… — cơ quan bổ sung]": the office's competence, the reward, the căn cứ of its plan. */
export type DocGap = 'competence' | 'reward' | 'plan';

/** decisionToComplete, each item with the line it is about. */
export function decisionGaps(org: Organisation, date?: Date): Array<{ gap: DocGap; item: string }> {
  const out: Array<{ gap: DocGap; item: string }> = [];
  if (!competenceBasis(org, date)) out.push({ gap: 'competence', item: proposalNote.competenceItem(configLabel('legal.competence')) });
  if (!officialText(org.reward ?? '')) out.push({ gap: 'reward', item: proposalNote.rewardItem(configLabel('awards.reward')) });
  return [...out, ...planToComplete(org).map((item) => ({ gap: 'plan' as const, item }))];
}

/** The mark of a line printed for the office to complete (AWARD_TEXT.competenceMissing, rewardMissing, planBasis). */
const GAP_MARK = 'cơ quan bổ sung]';

/**
 * The "[… — cơ quan bổ sung]" lines a document's text still holds, by what they are about; null when one is there that
 * cannot be told (a line reworded by hand): then nothing is taken as filled.
 */
export function gapsInText(text: string): Set<DocGap> | null {
  const out = new Set<DocGap>();
  for (const line of text.normalize('NFC').split(/\r?\n/)) {
    if (line.indexOf(GAP_MARK) < 0) continue;
    if (line.indexOf('Tiền thưởng') >= 0) out.add('reward');
    else if (line.indexOf('Kế hoạch') >= 0) out.add('plan');
    else if (line.indexOf('chức năng') >= 0) out.add('competence');
    else return null;
  }
  return out;
}

/**
 * A document kept (made earlier) as its text reads now (review r79h F5): the "[… — cơ quan bổ sung]" lines its note
 * names that were filled in the document itself are no longer listed as to be completed, and it is no longer said to
 * need correcting for them alone. `text`: the document's body (null: not read, the document as planned).
 */
export function gapsKept(d: PlannedDoc, text: string | null): PlannedDoc {
  if (!d.toComplete || text === null) return d;
  const left = gapsInText(text);
  if (left === null) return d;
  const still = d.toComplete.filter((g) => left.has(g.gap));
  if (still.length === d.toComplete.length) return d;
  const note = (items: string[]) => (d.kind === 'toTrinh' ? proposalNote.toCompleteToTrinh(items) : proposalNote.toComplete(items));
  const was = note(d.toComplete.map((g) => g.item));
  const warnings = d.warnings.flatMap((w) => (w !== was ? [w] : still.length ? [note(still.map((g) => g.item))] : []));
  const out: PlannedDoc = { ...d, warnings, toComplete: still };
  if (!still.length) {
    delete out.toComplete;
    if (!d.fixBesides) delete out.needsFix;
  }
  return out;
}

/** The part of the căn cứ of the office's plan the Tờ trình and draft Quyết định print as "[… — cơ quan bổ sung]"; [] = none. */
export function planToComplete(org: Organisation): string[] {
  const number = officialText(org.planNumber) === '';
  const date = planDateText(org.planDate) === '';
  // The trích yếu is a gap only in a line that cites a plan (by its number or date): see PROPOSAL_TEXT.planBasis.
  const title = !(number && date) && officialText(org.planTitle) === '';
  if (!number && !date && !title) return [];
  return [proposalNote.planItem(number ? configLabel('plan.number') : null, date ? configLabel('plan.date') : null, title ? configLabel('plan.title') : null)];
}

/** What to check before signing a document dated `date` that cites the office's plan: its date impossible for the period. */
export function planDateWarnings(cfg: OfficeConfig, date: Date): string[] {
  const p = planDateProblem(cfg.organisation, cfg.period, date);
  if (!p) return [];
  return p.kind === 'before'
    ? [proposalNote.planDateBefore(configLabel('plan.date'), configLabel('plan.number'), p.planDate, Number(p.bound), cfg.period.name)]
    : [proposalNote.planDateAfter(configLabel('plan.date'), p.planDate, p.bound)];
}

/** The day and month of a Báo cáo thành tích, left for its signers (dotted, as on a paper form). */
const REPORT_DATE_BLANK = '\u00a0…\u00a0';

/** The values every document of a batch shares. */
export function commonValues(org: Organisation, periodName: string, date: Date, sel: { collectives: number; individuals: number }): Values {
  const d = vietnameseDateParts(date);
  const planTitle = officialText(org.planTitle);
  const name = fullBodyName(org.name);
  return {
    // Bodies' names in full, abbreviations of their kind written out (fullBodyName; review r75c F6).
    co_quan_cap_tren: orNull(upper(fullBodyName(org.governingBody || ''))),
    co_quan: orNull(upper(name)),
    ten_co_quan: orNull(name),
    ten_viet_tat: orNull(officeShortName(org)),
    ky_hieu: documentSymbol(org),
    // Left for the office's clerk (văn thư) to number when the document is registered.
    so_van_ban: '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0',
    dia_danh: orNull(org.place),
    ngay: d.ngay,
    thang: d.thang,
    nam: d.nam,
    ngay_thang_nam: d.text,
    kinh_gui: orNull(proposalAddressee(fullBodyName(org.parentAuthority || ''))),
    kinh_gui_dong: orNull(proposalAddressee(fullBodyName(org.parentAuthority || ''))),
    noi_nhan_qua: null,
    noi_nhan_hoi_dong: orNull(AWARD_TEXT.councilRecipient(officeShortName(org))),
    giai_doan: periodName,
    chuc_vu_nguoi_ky: orNull(signerLine(org)),
    nguoi_ky: orNull(org.signer.name),
    so_tap_the: String(sel.collectives),
    so_ca_nhan: String(sel.individuals),
    so_de_nghi: String(sel.collectives + sel.individuals),
    so_tap_the_ca_nhan: proposalCounts(sel.collectives, sel.individuals),
    tong_so: proposalTotals(sel.collectives, sel.individuals),
    de_nghi_cho: proposedFor(sel.collectives, sel.individuals),
    de_nghi_cho_hoa: proposedKinds(sel.collectives, sel.individuals).replace(/^./, (c) => c.toLocaleUpperCase('vi')),
    can_cu_luat: orNull(lawOn(org.lawBasis, date)),
    can_cu_nghi_dinh: orNull(decreeOn(org.decreeBasis, date)),
    can_cu_ke_hoach: orNull(PROPOSAL_TEXT.planBasis(officialText(org.planNumber), planDateText(org.planDate), name, planTitle, PROPOSAL_TEXT.planTitle(periodName))),
    // Never left out: without "Cấu hình", a visible line the office completes (decisionToComplete says so).
    can_cu_chuc_nang: orNull(competenceBasis(org, date) ?? AWARD_TEXT.competenceMissing(name)),
    tien_thuong: orNull(officialText(org.reward ?? '') ? sentence(officialText(org.reward ?? '')) : AWARD_TEXT.rewardMissing),
  };
}

function answer(r: EvaluatedRegistration, title: string): string {
  return answerText(r, title);
}

/**
 * The phone number as the school typed it. The response tab stores a text answer that looks like a number as a number
 * (as Sheets types what Forms writes: "0912345678" becomes 912345678), which loses the leading zero every Vietnamese
 * number written at home starts with (review r76p, remark): 9 or 10 digits read as a number are given it back; "+84…"
 * read as 84… (11 or 12 digits) its plus sign.
 */
export function phoneAsTyped(text: string): string {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return t;
  if (t.length === 9 || t.length === 10) return t[0] === '0' ? t : '0' + t;
  if ((t.length === 11 || t.length === 12) && t.startsWith('84')) return '+' + t;
  return t;
}

/**
 * An optional question of the report's (REPORT_QUESTIONS: Chức vụ, Quê quán, Trình độ…) as the documents print it: an
 * answer saying there is nothing ("không", "không có", "-": text.ts isEmptyEvidence) is read as the blank it means,
 * never printed as the answer ("Nguyễn Thị Hòa, Không, Trường …": review r73r F2).
 */
function optionalAnswer(r: EvaluatedRegistration, title: string): string {
  const a = answer(r, title);
  return a === '' || isEmptyEvidence(a) ? '' : a;
}

// A school year of the period the law did not rate (worked less than six months) is printed too: the receiving level
// reads why a year has no rating (review r75f F2); a year before the person joined or was recruited is not.
const RATING_ORDER: RatingCode[] = ['excellent', 'good', 'done', 'failed', 'notRated'];
const RATING_LABEL: Record<string, string> = {
  excellent: RATING_CHOICES.excellent,
  good: RATING_CHOICES.good,
  done: RATING_CHOICES.done,
  failed: RATING_CHOICES.failed,
  notRated: PROPOSAL_TEXT.notRated,
};
const ORG_LABELS: Array<[string, string]> = [
  [Q.partyRatings, 'Tổ chức đảng'],
  [Q.unionRatings, 'Công đoàn'],
  [Q.youthRatings, 'Đoàn Thanh niên'],
];

/** `label`: how the years of one rating read ("2021, 2022"; "2021-2022, 2022-2023"; "năm 2021, 2022"). */
function ratingText(ratings: Record<number, RatingCode | null>, years: number[], label: (ys: number[]) => string = (ys) => ys.join(', ')): string {
  const groups: string[] = [];
  for (const code of RATING_ORDER) {
    const ys = years.filter((y) => ratings[y] === code);
    if (ys.length) groups.push(PROPOSAL_TEXT.ratingGroup(RATING_LABEL[code], label(ys)));
  }
  return groups.join(', ');
}

/**
 * The yearly ratings of the period: the years that count, as the criteria and the priority score count them (validate.ts)
 * — and only ratings written on or after the day their year counts from: the parser reads one written earlier as
 * "Chưa đánh giá" for a year that counts on its day (registration.ts); the documents may be dated later than that day,
 * so a year that counts only by their date is checked against the response's time here too.
 */
export function ratingsText(r: EvaluatedRegistration, cfg: OfficeConfig): string {
  const sent = r.submittedAt === null ? Infinity : r.submittedAt.getTime();
  const years = ratedOrgYears(cfg).filter((y) => sent >= orgYearRatedFrom(y).getTime());
  // Personal ratings are per school year (keyed by its first year), as "2021-2022" — but the office's own staff and
  // leaders (công chức, viên chức, rated per calendar year: registration.ts ratedPerCalendarYear) give on the row of a school year the rating of the calendar year
  // it starts in (form help text; docs/criteria.md), so theirs read "năm 2022", and count from 1/11 of that year (config.ts OFFICIAL_RATED_FROM).
  if (r.kind === 'individual') {
    return ratingText(r.ratings, ratedSchoolYears(cfg, ratingRole(r)).filter((y) => sent >= schoolYearRatedFrom(cfg, y, ratingRole(r)).getTime()), ratedYearsLabel(r));
  }
  const parts: string[] = [];
  for (const [title, label] of ORG_LABELS) {
    const t = ratingText(r.orgRatings[title] || {}, years);
    if (t) parts.push(PROPOSAL_TEXT.orgRatings(label, t));
  }
  return parts.join('; ');
}

function modelType(r: EvaluatedRegistration): string {
  const type = answer(r, Q.modelType);
  if (type === MODEL_CHOICES.happySchool) {
    const detail = happySchoolConcrete(type, answer(r, Q.happySchoolType), answer(r, Q.happySchoolOther));
    return detail ? `${type}: ${detail}` : type;
  }
  if (type === MODEL_CHOICES.other || type === MODEL_CHOICES.none) return '';
  return type;
}

/**
 * A title as the documents print it inside their own quotation marks: without the marks the school typed around it
 * (‘"Góc đọc sách cùng con"’, ‘“Vườn rau sạch của bé”’, ‘«…»’ — titles are written in quotes: review r77t F3), a full
 * stop after them too (‘“Góc đọc sách cùng con”.’), whatever it quotes inside (‘“Sử dụng trò chơi “Ai nhanh hơn” …”’,
 * review d77 F5: the inner marks stay).
 */
function titleText(s: string): string {
  const t = officialText(s).replace(/(["”»’'])\s*[.;,]$/u, '$1');
  const m = /^["“«‘'](.+)["”»’']$/u.exec(t);
  return m ? m[1].trim() : t;
}

export function modelText(r: EvaluatedRegistration): string {
  // As printed (a pictograph at its end taken out here, not after the quotes are put around it: review docs L4).
  const name = titleText(answer(r, Q.modelName));
  const type = modelType(r);
  if (name) return PROPOSAL_TEXT.model(name, type);
  return type ? PROPOSAL_TEXT.modelNoName(type) : '';
}

function initiativeList(r: EvaluatedRegistration): string[] {
  return completeInitiatives(r).map((i) => {
    const { text: decision, framed } = printedDecision(i.decision);
    const year = i.year === null ? '' : String(i.year);
    // The year once: not again after a decision whose date gives it ("… ngày 12/5/2022, năm 2022"); a number such as
    // "2022/QĐ-…" is no date (review diff22 #4).
    const dated = year !== '' && new RegExp(`\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*${year}(?!\\d)|năm\\s+${year}(?!\\d)`, 'i').test(decision);
    return PROPOSAL_TEXT.initiative(titleText(i.name), i.levelLabel, decision, dated ? '' : year, framed);
  });
}

/**
 * What people type before an initiative's decision number, which the documents print after their own "Quyết định số"
 * (review "forms" #4, diff22 #3): "Quyết định số", "Theo Quyết định công nhận số", "QĐ số", "Số QĐ:", "QĐ45/…", with or
 * without accents — only when a space, a colon, a dot or the number follows ("QĐ-UBND số 9" keeps its symbol).
 */
const DECISION_LEAD = /^(?:theo\s+)?(?:(?:quyết định|quyet dinh|qđ|qd)(?:\s+(?:công nhận|cong nhan))?(?:\s*(?:số|so))?|(?:số|so)(?:\s*(?:qđ|qd))?)(?=[\s:.\d]|$)\s*[:.]?\s*/iu;

/**
 * An initiative's decision as the documents print it: after their own "Quyết định số" (`framed`) the number and what
 * follows it, without what DECISION_LEAD matches — or, when what the school typed is not a decision's number after
 * such words ("Giấy chứng nhận sáng kiến số 05/GCN-…", "Công văn số …": another kind of paper, review d77 F4), the
 * text as typed, without "Quyết định số" before it; a gap for the school to fill when it holds a web link (as an award
 * does: declaredAwards, diff22 #2).
 */
function printedDecision(decision: string): { text: string; framed: boolean } {
  if (WEB_LINK.test(decision)) return { text: PROPOSAL_TEXT.decisionByLink, framed: true };
  const typed = decision.trim();
  const rest = decision.replace(DECISION_LEAD, '').trim();
  if (/^\d/.test(rest)) return { text: rest, framed: true };
  if (rest === typed) return { text: typed, framed: false };
  // Words between the lead and the number ("Quyết định công nhận sáng kiến số 12/QĐ-SGDĐT …", "QĐ của Chủ tịch UBND
  // phường số 45/QĐ-UBND …", "Số hiệu 45/…", "Quyết định khen thưởng số 45 ngày …"): printed from the number, a second
  // "số" after the documents' own one no sense (reviews r77t F5, d77 F4). The number: digits after "số", else digits and
  // slashes before a letter ("45/2027/QĐ-…" whole: d77b F2; "3/6/2027" is a date). Words holding a date or another
  // number before it ("QĐ ngày 20/5/2027 số 45/…") are not dropped: the text is printed as typed.
  const m = /(?<=(?:^|\s)(?:số|so)\s*[:.]?\s*)\d/iu.exec(rest) ?? /(?:\d+\s*\/\s*)+\p{L}/u.exec(rest);
  return m && !/\d/.test(rest.slice(0, m.index)) ? { text: rest.slice(m.index).trim(), framed: true } : { text: typed, framed: false };
}

/** Initiatives whose decision number the response tab holds as a number: what the school typed may differ (review input F2). */
function numberReadWarnings(n: Nominee): string[] {
  const r = n.registration;
  const read = completeInitiatives(r).filter((i) => answeredAsNumber(r, initiativeTitles(i.slot).decision));
  return read.length ? [proposalNote.decisionReadAsNumber(read.map((i) => ({ name: titleText(i.name), printed: printedDecision(i.decision).text })))] : [];
}

/** Initiatives whose decision holds a web link: the report prints a gap, and the council is told what to ask for. */
function decisionLinkWarnings(n: Nominee): string[] {
  const linked = completeInitiatives(n.registration).filter((i) => WEB_LINK.test(i.decision));
  return linked.length ? [PROPOSAL_SUMMARY_WARNING.decisionLink(linked.map((i) => i.name))] : [];
}

/** The short achievement summary of the Danh sách: model, recognised initiatives, ratings of the period. */
export function achievementSummary(r: EvaluatedRegistration, cfg: OfficeConfig): string {
  const parts: string[] = [];
  const model = modelText(r);
  if (model) parts.push(model + '.');
  const inits = initiativeList(r);
  if (inits.length) parts.push(`${PROPOSAL_TEXT.initiativesLabel}: ${inits.join('; ')}.`);
  const ratings = ratingsText(r, cfg);
  if (ratings) parts.push(`${PROPOSAL_TEXT.ratingsLabel}: ${ratings}.`);
  return parts.join(' ');
}

/** A nominee's position as the documents print it, and whether it is a title (kept with its capital in a sentence). */
interface PrintedPosition {
  text: string;
  title: boolean;
  /** A category of "Vị trí việc làm" that is no chức vụ ("Cán bộ quản lý"), printed for want of one (review r75s F1). */
  missing: boolean;
}

/** The roles whose category names no chức vụ or vị trí việc làm: printed only for want of the "Chức vụ" answered. */
const CATEGORY_ROLES: ReadonlySet<string> = new Set(['manager', 'official']);

/**
 * A nominee's position as the documents print it: as answered ("Hiệu trưởng"); else, for the head of their school or
 * unit (their answers say so, or "Đơn vị" names them and their answers do not say otherwise), that unit's head's title
 * as the report's confirming block names it (directory.ts unitHead: "Hiệu trưởng", "Trưởng phòng"…) — the category
 * "Cán bộ quản lý" is no chức vụ, and the receiving level sends back a list that prints it (review r75s F1); else the
 * category of "Vị trí việc làm".
 */
function positionOf(n: Pick<Nominee, 'kind' | 'name' | 'registration'>): PrintedPosition {
  const r = n.registration;
  // A title as the documents print it: its first letter a capital ("hiệu trưởng" → "Hiệu trưởng"), without the school's
  // name the documents print beside it ("Hiệu trưởng Trường THCS Vàng Anh" → "Hiệu trưởng").
  const position = withoutSchoolName(optionalAnswer(r, REPORT_QUESTIONS.position), r);
  if (position !== '') return { text: position.charAt(0).toLocaleUpperCase('vi') + position.slice(1), title: true, missing: false };
  const category = r.role !== null && CATEGORY_ROLES.has(r.role);
  // Not a role no head chooses (a teacher who answered "Có" by mistake keeps her category: headWarnings tells of a
  // head "Đơn vị" does not confirm).
  if (n.kind === 'individual' && r.school && (category || r.role === null) && (r.head || headOfOwnSchool(n as Nominee))) {
    return { text: unitHead(r.school).plain, title: true, missing: false };
  }
  return { text: r.role ? ROLE_CHOICES[r.role] : answer(r, Q.role), title: false, missing: category };
}

/**
 * A position answered in capitals ("TỔ TRƯỞNG CHUYÊN MÔN", "HIỆU TRƯỞNG"): four letters or more, none lower case. An
 * abbreviation ("GV", "TPT Đội") is not.
 */
function positionInCapitals(p: PrintedPosition): boolean {
  if (!p.title) return false;
  const letters = p.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toLocaleUpperCase('vi') && letters !== letters.toLocaleLowerCase('vi');
}

/** `position` without a trailing name of the registration's school (as answered, or as the directory names it). */
function withoutSchoolName(position: string, r: EvaluatedRegistration): string {
  const names = [r.schoolName, ...(r.school ? [r.school.name, ...r.school.former] : [])].filter((n) => n !== '');
  const words = position.split(/\s+/);
  for (let cut = 1; cut < words.length; cut++) {
    const tail = matchKey(words.slice(cut).join(' '));
    if (names.some((n) => matchKey(n) === tail)) return words.slice(0, cut).join(' ').replace(/[\s,;–-]+$/, '');
  }
  return position;
}

/**
 * The position within a sentence ("…, Phó Hiệu trưởng, Trường …"; "…, giáo viên tại …"): a title keeps its capital, a
 * category of "Vị trí việc làm" in lower case.
 */
function roleInProse(p: PrintedPosition): string {
  return p.title ? p.text : p.text.charAt(0).toLowerCase() + p.text.slice(1);
}

/**
 * A collective's "Đơn vị" cell in the lists (Danh sách, Quyết định, Biên bản): "-" for a whole school, whose name is
 * the collective's own — printed twice on one row it read as careless in a decision (review "thể thức" #8).
 */
function collectiveUnit(n: Pick<Nominee, 'name' | 'schoolName' | 'registration'>): string | null {
  return matchKey(n.name) === matchKey(n.schoolName) || namesItsSchool(n.registration) ? '-' : orNull(n.schoolName);
}

/** The lists of the documents that name individuals: the Danh sách, the draft Quyết định's, the Biên bản's votes. */
export type PersonList = 'danhSach' | 'quyetDinh' | 'bienBan';

/**
 * What a list prints of an individual that says who she is, as a key: her name and unit, and the position and birth
 * year where its columns print them (the Biên bản's votes print neither, the Quyết định's list no birth year). Two rows
 * of one key print as one person, whatever else their rows print (the award, the votes, the achievements).
 */
function printedIdentity(n: Nominee, list: PersonList): string {
  const parts = [matchKey(officialText(n.name)), matchKey(n.schoolName)];
  if (list !== 'bienBan') parts.push(matchKey(positionOf(n).text));
  if (list === 'danhSach') parts.push(n.registration.birthYear === null ? '' : String(n.registration.birthYear));
  return parts.join('\u0001');
}

/**
 * The answers that can tell two namesakes apart in a list that does not print them, in the order official documents
 * name them: the birth year, the position (the Biên bản's votes), the hometown, the residence, the gender.
 */
const TELLING: ReadonlyArray<{ lists: readonly PersonList[]; value: (n: Nominee) => string; text: (v: string) => string }> = [
  { lists: ['quyetDinh', 'bienBan'], value: (n) => (n.registration.birthYear === null ? '' : String(n.registration.birthYear)), text: PROPOSAL_TEXT.namesakeBorn },
  { lists: ['bienBan'], value: (n) => positionOf(n).text, text: (v) => v },
  { lists: ['danhSach', 'quyetDinh', 'bienBan'], value: (n) => officialText(optionalAnswer(n.registration, REPORT_QUESTIONS.hometown)), text: PROPOSAL_TEXT.namesakeHometown },
  { lists: ['danhSach', 'quyetDinh', 'bienBan'], value: (n) => officialText(optionalAnswer(n.registration, REPORT_QUESTIONS.residence)), text: PROPOSAL_TEXT.namesakeResidence },
  { lists: ['danhSach', 'quyetDinh', 'bienBan'], value: (n) => officialText(optionalAnswer(n.registration, REPORT_QUESTIONS.gender)), text: PROPOSAL_TEXT.namesakeGender },
];

/** Individuals of one list whose lines would print alike: the name each prints instead, and those nothing tells apart. */
export interface ListNamesakes {
  /** The name a line prints, what tells her apart after it ("Nguyễn Thị Hương (sinh năm 1985)"); others: as they are. */
  named: Map<Nominee, string>;
  /** Groups of nominees whose lines still print alike: no answer of theirs differs (told in "Đề nghị khen thưởng"). */
  alike: Nominee[][];
}

/**
 * Review r76n F2: two namesakes of one school proposed together printed as two identical lines of the draft Quyết
 * định's list and of the Biên bản's votes — the signed decision and the minutes could not say which line is whose. Where
 * two lines of a list would print alike, what tells them apart is printed after the name, the first answer (TELLING)
 * that differs between each two of them (one answered by both: a blank tells nothing); lines that are not ambiguous
 * stay as they are. Those nothing tells apart are returned, for the office to check.
 */
export function namesakesIn(nominees: readonly Nominee[], list: PersonList): ListNamesakes {
  const named = new Map<Nominee, string>();
  const alike: Nominee[][] = [];
  const groups = new Map<string, Nominee[]>();
  for (const n of nominees) {
    if (n.kind !== 'individual') continue;
    const k = printedIdentity(n, list);
    const g = groups.get(k);
    if (g) g.push(n);
    else groups.set(k, [n]);
  }
  const fields = TELLING.filter((f) => f.lists.indexOf(list) >= 0);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const values = group.map((n) => fields.map((f) => f.value(n)));
    const apart = (a: number, b: number, f: number) => values[a][f] !== '' && values[b][f] !== '' && matchKey(values[a][f]) !== matchKey(values[b][f]);
    const chosen = new Set<number>();
    const together = new Set<number>();
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        if ([...chosen].some((f) => apart(a, b, f))) continue;
        const f = fields.findIndex((_, i) => apart(a, b, i));
        if (f >= 0) chosen.add(f);
        else together.add(a).add(b);
      }
    }
    group.forEach((n, i) => {
      const parts = fields.flatMap((f, j) => (chosen.has(j) && values[i][j] !== '' ? [f.text(values[i][j])] : []));
      if (parts.length) named.set(n, PROPOSAL_TEXT.namesake(officialText(n.name), parts));
    });
    if (together.size) alike.push(group.filter((_, i) => together.has(i)));
  }
  return { named, alike };
}

/** The row values of a nominee in the Danh sách; `named`: the name its line prints instead (namesakesIn). */
export function rowValues(n: Nominee, cfg: OfficeConfig, named?: ReadonlyMap<Nominee, string>): Values {
  const r = n.registration;
  const summary = orNull(achievementSummary(r, cfg));
  if (n.kind === 'collective') {
    return { tt_stt: String(n.number), tt_ten: orNull(n.name), tt_don_vi: collectiveUnit(n), tt_thanh_tich: summary };
  }
  return {
    cn_stt: String(n.number),
    cn_ten: orNull(named?.get(n) ?? n.name),
    cn_nam_sinh: r.birthYear === null ? null : String(r.birthYear),
    cn_chuc_vu: orNull(positionOf(n).text),
    cn_don_vi: orNull(n.schoolName),
    cn_thanh_tich: summary,
  };
}

/**
 * A list of the Danh sách or the Quyết định with nobody in it (no collective, or no individual, at that level) is
 * taken out with its heading, never printed as "II. CÁ NHÂN (0)" and an empty row: the heading is the paragraph just
 * before the list's table when it holds this placeholder (the count of that list).
 */
export const LIST_HEADING_PLACEHOLDER: Record<RegistrationKind, string> = { collective: 'so_tap_the', individual: 'so_ca_nhan' };
/** The individuals' heading numbered "II." becomes "I." when the collectives' list before it was taken out. */
export const SECOND_LIST_NUMBER = 'II. ';
export const FIRST_LIST_NUMBER = 'I. ';

/**
 * Wording of templates made before a change, rewritten in a document made from such a template (the office keeps
 * its template): [RE2 pattern of our own text — no user data —, what replaces it]. "cho {{so_tap_the}} tập thể và
 * {{so_ca_nhan}} cá nhân" printed "0 cá nhân" for a level with no individual.
 */
/**
 * The number of a numbered item as the templates write it ("2. Thành tích đạt được: …"), or null. An optional item taken
 * out (its placeholder without a value) leaves the items after it in its section one number lower (gas/docs.ts: review
 * r73l, part II of a report numbered 2, 3, 4, 5); a section heading ("III. …") ends the run.
 */
export function itemNumber(text: string): number | null {
  // A sub-item ("2.1. …", as an office may add to its template) is numbered under its item: its first number (review d73).
  // Not a number written with a decimal point ("1.5 triệu đồng"): a space or a letter follows the item's last dot.
  const m = /^(\d{1,2})\.(?:\d{1,2}\.)*(?=\s|\p{L})/u.exec(text);
  return m ? Number(m[1]) : null;
}
/**
 * A section heading ("II. THÀNH TÍCH ĐẠT ĐƯỢC"; as an office may type it: "III/ …", "III.CÁC …", "IV) …"): numbered
 * items after it are another run.
 */
export const SECTION_HEADING = /^[IVXLC]+\s*[./:)–-]/;

export const LEGACY_PHRASES: ReadonlyArray<[string, string]> = [
  ['\\{\\{so_tap_the\\}\\} tập thể và \\{\\{so_ca_nhan\\}\\} cá nhân', '{{so_tap_the_ca_nhan}}'],
  // The "Kính gửi" line may name the route; the council's line of the Nơi nhận is left out of the council's own Tờ trình.
  ['Kính gửi: \\{\\{kinh_gui\\}\\}', 'Kính gửi: {{kinh_gui_dong}}'],
  ['- Hội đồng TĐKT \\{\\{ten_viet_tat\\}\\};', '- {{noi_nhan_hoi_dong}};'],
  // The Danh sách is attached to the Tờ trình of whoever issues it (the council for a Giấy khen), not always the office's.
  ['ngày \\{\\{ngay\\}\\}/\\{\\{thang\\}\\}/\\{\\{nam\\}\\} của \\{\\{ten_co_quan\\}\\}\\)', 'ngày {{ngay}}/{{thang}}/{{nam}} của {{nguoi_trinh}})'],
  // The Tờ trình's attachments name the Biên bản only once the council met; the subjects name only the kinds proposed
  // (review r73l).
  ['có danh sách, biên bản họp Hội đồng và báo cáo thành tích kèm theo', '{{kem_theo}}'],
  ['cho các tập thể, cá nhân điển hình tiên tiến', 'cho {{de_nghi_cho}} điển hình tiên tiến'],
  ['Tập thể, cá nhân điển hình tiên tiến giai đoạn', '{{de_nghi_cho_hoa}} điển hình tiên tiến giai đoạn'],
];
/**
 * The Quyết định's "Số" line as templates made before it moved into the header printed it: a paragraph of its own
 * after the header table, below the date. A document made from such a template gets it moved into the header's
 * empty cell under the issuing body (Nghị định 30/2020/NĐ-CP), when the template still has that layout.
 */
export const LEGACY_DECISION_NUMBER = T.soQuyetDinh;
/**
 * The Quyết định of templates made before it cited the office's competence and had an article on the reward money:
 * the paragraphs found (whole), what goes before them, and the renumbering of the articles after (RE2 patterns of our
 * own text). A document made from such a template gets the two lines (gas/docs.ts addDecisionLines).
 */
export const LEGACY_DECISION = {
  lawBasis: '{{can_cu_luat}}',
  competence: T.quyetDinhBasis[0],
  effect: 'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
  effectNow: T.quyetDinhArticles[2],
  reward: T.quyetDinhArticles[1],
  renumber: [
    ['Điều 3\\. ', 'Điều 4. '],
    ['Như Điều 3;', 'Như Điều 4;'],
  ] as ReadonlyArray<[string, string]>,
};

/** The values of a nominee's Báo cáo thành tích. */
export function nomineeValues(n: Nominee, cfg: OfficeConfig): Values {
  const r = n.registration;
  const s = r.school;
  const position = positionOf(n);
  const role = position.text;
  const roleProse = roleInProse(position);
  const head = n.kind === 'collective' ? collectiveHead(n, cfg.organisation) : null;
  const background =
    n.kind === 'collective'
      ? PROPOSAL_TEXT.collectiveBackground(n.name || n.schoolName, s ? s.level : '', s ? s.ward : '', s ? s.cluster : '', '') // the head: its own line
      : PROPOSAL_TEXT.individualBackground(n.name, r.birthYear === null ? '' : String(r.birthYear), roleProse, n.schoolName, r.partyMember, r.head);
  const summary = toParagraph(answerOf(r, Q.summary));
  const initiatives = completeInitiatives(r);
  const awards: string[] = [];
  let linkOnly = false;
  for (const { printed, link } of declaredAwards(r)) {
    if (printed) awards.push(PROPOSAL_TEXT.declaredAward(printed));
    else if (link) linkOnly = true;
  }
  // Recognised initiatives are achievements (section II.3), not awards: section III lists only awards.
  const movements = answerOf(r, Q.movements);
  const joined =
    movements && typeof movements === 'object' && !Array.isArray(movements)
      ? Object.keys(movements).filter((k) => (movements as Record<string, string>)[k] === MOVEMENT_COLUMNS.yes)
      : [];
  const field = withoutFormReference(answer(r, Q.field));
  const ratings = ratingsText(r, cfg);
  return {
    stt: String(n.number),
    ten: orNull(n.name),
    ten_tap_the: n.kind === 'collective' ? orNull(n.name) : null,
    ho_ten: n.kind === 'individual' ? orNull(n.name) : null,
    ho_ten_chuc_vu: n.kind === 'individual' ? orNull(PROPOSAL_TEXT.personLine(n.name, roleProse, n.schoolName)) : null,
    doi_tuong: PROPOSAL_KIND[n.kind] as string,
    don_vi: orNull(n.schoolName),
    don_vi_in_hoa: orNull(upper(n.schoolName)),
    // A collective: its own head. An individual: the school's head confirms the report — unless the nominee is that
    // head, whose report the office's head (the superior: the signer in Cấu hình) confirms; at a school a commune runs
    // (since 1/7/2025), the commune's chair, whose name documentValues leaves blank (review docs M2).
    hieu_truong: head ? head.name : headOfOwnSchool(n) ? orNull(cfg.organisation.signer.name) : s ? orNull(s.principal) : null,
    chuc_vu_thu_truong: head ? head.title : null,
    // A unit inside a school has no seal of its own: its head signs with name.
    cach_ky: head ? (head.kind === 'subUnit' ? T.signHintName : T.signHintSeal) : null,
    chuc_nang: n.kind === 'collective' ? orNull(optionalAnswer(r, REPORT_QUESTIONS.functions)) : null,
    gioi_tinh: n.kind === 'individual' ? orNull(answer(r, REPORT_QUESTIONS.gender)) : null,
    que_quan: n.kind === 'individual' ? orNull(optionalAnswer(r, REPORT_QUESTIONS.hometown)) : null,
    tru_quan: n.kind === 'individual' ? orNull(optionalAnswer(r, REPORT_QUESTIONS.residence)) : null,
    trinh_do: n.kind === 'individual' ? orNull(optionalAnswer(r, REPORT_QUESTIONS.qualification)) : null,
    nhiem_vu: n.kind === 'individual' ? orNull(optionalAnswer(r, REPORT_QUESTIONS.duties)) : null,
    cap_hoc: s ? orNull(s.level) : null,
    xa_phuong: s ? orNull(s.ward) : null,
    cum_thi_dua: s ? orNull(s.cluster) : null,
    dac_diem: orNull(background),
    ten_mo_hinh: orNull(answer(r, Q.modelName)),
    mo_hinh: orNull(modelText(r)),
    linh_vuc: field ? orNull(PROPOSAL_TEXT.field(field)) : null,
    thanh_tich: orNull(summary),
    tom_tat: orNull(summary),
    tom_tat_thanh_tich: orNull(achievementSummary(r, cfg)),
    giai_phap: initiatives.length ? orNull(initiativeList(r).join('; ') + '.') : null,
    phong_trao: orNull(joined.length ? PROPOSAL_TEXT.movementsJoined(joined) : PROPOSAL_TEXT.movementsNone),
    xep_loai: orNull(ratings ? (n.kind === 'individual' ? PROPOSAL_TEXT.ratingsIndividual(ratings) : PROPOSAL_TEXT.ratingsCollective(ratings)) + '.' : ''),
    khen_thuong: orNull(awards.length ? awards.map((a) => (/[.!?…]$/.test(a) ? a : a + '.')).join(' ') : linkOnly ? PROPOSAL_TEXT.awardsByLinkOnly : PROPOSAL_TEXT.noAwards),
    nguoi_khai: orNull(answer(r, Q.submitter)),
    so_dien_thoai: orNull(phoneAsTyped(answer(r, Q.phone))),
    email_nguoi_gui: orNull(r.email),
    nam_sinh: r.birthYear === null ? null : String(r.birthYear),
    chuc_vu: n.kind === 'individual' ? orNull(role) : null,
    // Unanswered (a manager or a head may leave it blank: review r76p F1): nothing, never a "Không" she did not say.
    dang_vien: n.kind === 'individual' && answer(r, Q.partyMember) !== '' ? (r.partyMember ? PROPOSAL_TEXT.yes : PROPOSAL_TEXT.no) : null,
  };
}

/** Whether a placeholder name is one of a Danh sách row's (filled per row, not in the document pass). */
export function isRowPlaceholder(name: string): 'collective' | 'individual' | 'member' | 'vote' | null {
  if ((COLLECTIVE_ROW_PLACEHOLDERS as readonly string[]).indexOf(name) >= 0) return 'collective';
  if ((INDIVIDUAL_ROW_PLACEHOLDERS as readonly string[]).indexOf(name) >= 0) return 'individual';
  if ((MEMBER_ROW_PLACEHOLDERS as readonly string[]).indexOf(name) >= 0) return 'member';
  if ((VOTE_ROW_PLACEHOLDERS as readonly string[]).indexOf(name) >= 0) return 'vote';
  return null;
}

// ---- the head of a collective, the award level, the council's meeting --------------------------------

/** Sub-units of a school and the title of their head (a collective's report is signed by its own head). */
const SUB_UNIT_HEADS: ReadonlyArray<[RegExp, string]> = [
  [/^tổ\s/i, 'TỔ TRƯỞNG'],
  [/^khối\s/i, 'KHỐI TRƯỞNG'],
  [/^chi bộ\s/i, 'BÍ THƯ CHI BỘ'],
  [/^công đoàn\s/i, 'CHỦ TỊCH CÔNG ĐOÀN'],
  [/^chi đoàn\s/i, 'BÍ THƯ CHI ĐOÀN'],
  [/^liên đội\s/i, 'TỔNG PHỤ TRÁCH ĐỘI'],
];

export interface CollectiveHead {
  kind: 'school' | 'subUnit' | 'office';
  /** The signer's title, upper case ("HIỆU TRƯỞNG", "TỔ TRƯỞNG", "TRƯỞNG PHÒNG"). */
  title: string;
  /** The signer's name when known (a sub-unit's head signs by hand: null). */
  name: string | null;
}

/**
 * Who signs a collective's report: the school itself → its Hiệu trưởng (directory); the office itself → the office's
 * head; a unit inside a school (a tổ chuyên môn …) → that unit's head, by hand, the school's head confirming.
 */
export function collectiveHead(n: Nominee, org: Organisation | null): CollectiveHead {
  const name = matchKey(n.name);
  if (org && name !== '' && name === matchKey(org.name)) return { kind: 'office', title: signerLine(org) || upper('Thủ trưởng cơ quan'), name: orNull(org.signer.name) };
  const s = n.registration.school;
  // The whole school, under its name or one it had (its "Tên cũ": renamed, or merged into it, review "reorg" #2): its
  // principal signs, with its seal (formerSchoolWarnings tells the office the name is an old one).
  // A collective answered "Toàn đơn vị" under the school's name however worded is the school (review vntext #2).
  if (name === '' || name === matchKey(n.schoolName) || namesItsSchool(n.registration) || formerNameOf(n) !== undefined) return { kind: 'school', title: s ? unitHead(s).upper : 'HIỆU TRƯỞNG', name: s ? orNull(s.principal) : null };
  const trimmed = officialText(n.name);
  for (const [re, title] of SUB_UNIT_HEADS) if (re.test(trimmed)) return { kind: 'subUnit', title, name: null };
  return { kind: 'subUnit', title: 'THỦ TRƯỞNG ĐƠN VỊ', name: null };
}

/** Heads' titles the signer's may start with (after "Quyền", "Phó"), longest first. */
const HEAD_TITLES = /^(giám đốc|chủ tịch|trưởng phòng|hiệu trưởng|thủ trưởng|trưởng ban|chánh văn phòng|viện trưởng|cục trưởng|chi cục trưởng)(?=\s|$)/i;
/** Words after a title that are no post the State defines ("cấp phó phụ trách", "cấp phó thường trực"). */
const TITLE_QUALIFIER = /^(phụ trách|thường trực|điều hành)(?=\s|$)/i;
/** The first words of an office's name: a title followed by one names its office. */
const OFFICE_WORDS = /^(ủy ban|uỷ ban|ubnd|sở|phòng|trường)(?=\s|$)/i;

export interface SignerTitle {
  /** The signer's own title, the role alone ("Phó Giám đốc", "Chủ tịch"); '' when not given. */
  own: string;
  /** The head whose authority the Giấy khen is ("Giám đốc"): the signer's own title when they are the head. */
  head: string;
  /** How the signer signs for the head: "KT." (a deputy, one "phụ trách" too), "Q." (acting head), null (the head). */
  as: 'KT' | 'Q' | null;
  /** The title as typed when the tool read it otherwise (the office's name, "phụ trách" left out); '' when as typed. */
  typed: string;
}

/** A name's words as compared with a title's: no tone marks, "UBND" and "GD&ĐT" written out. */
function officeKey(s: string): string {
  return ` ${plainKey(s).replace(/[^a-z0-9&]+/g, ' ')} `
    .replace(/ ubnd /g, ' uy ban nhan dan ')
    .replace(/ (?:gd ?& ?dt|gd dt|gddt) /g, ' giao duc va dao tao ')
    .replace(/&/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Chức vụ người ký" read as Nghị định 30/2020/NĐ-CP (Phụ lục I, mục II.7) has a signature print it: the role alone,
 * never the office's name again ("Chủ tịch UBND xã", "Giám đốc Sở GD&ĐT" → "Chủ tịch", "Giám đốc": review r68d M1);
 * "phụ trách", "thường trực" are no post — a deputy in charge signs as a deputy signing for the head ("Phó Giám đốc
 * phụ trách" → "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC": review r68d M2); one given the head's powers signs "Q. GIÁM ĐỐC". A title
 * the tool does not know is kept as typed (a deputy's "Phó" still taken off for the head's).
 */
export function signerTitle(org: Organisation): SignerTitle {
  const typed = officialText(org.signer.title);
  let rest = typed;
  let as: SignerTitle['as'] = null;
  const acting = /^(?:quyền|q\.)\s*(.+)$/i.exec(rest);
  if (acting) {
    as = 'Q';
    rest = acting[1];
  }
  const deputy = !acting ? /^phó\s+(.+)$/i.exec(rest) : null;
  if (deputy) {
    as = 'KT';
    rest = deputy[1];
  }
  const cap = (t: string) => t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
  const role = HEAD_TITLES.exec(rest);
  let head = rest;
  let dropped = false;
  if (role) {
    let tail = rest.slice(role[0].length).trim();
    const office = officeKey(org.name);
    const short = officeKey(org.shortName || '');
    for (;;) {
      const qualifier = TITLE_QUALIFIER.exec(tail);
      if (qualifier) {
        tail = tail.slice(qualifier[0].length).trim();
        continue;
      }
      const k = officeKey(tail);
      // The office's name (or its short name, or words of it), or any office's: the office's name is "Tên cơ quan".
      if (tail !== '' && (OFFICE_WORDS.test(tail) || ` ${office} `.includes(` ${k} `) || (short !== '' && ` ${short} `.includes(` ${k} `)))) tail = '';
      break;
    }
    if (tail === '') {
      dropped = officeKey(role[0]) !== officeKey(rest);
      head = role[0];
    }
  }
  head = head ? cap(head) : '';
  const own = as === 'KT' ? `Phó ${head}` : as === 'Q' ? `Quyền ${head}` : head;
  return { own, head, as, typed: dropped ? typed : '' };
}

/**
 * The office head's title when the signer signs for the head ("Phó Chủ tịch" → "Chủ tịch", "Phó Giám đốc phụ trách" →
 * "Giám đốc", "Quyền Giám đốc" → "Giám đốc"): the competence (a Giấy khen is the head's) stays the head's. Null when the
 * signer is the head.
 */
export function deputyOf(org: Organisation): string | null {
  const t = signerTitle(org);
  return t.as ? t.head : null;
}

/** The head's title before the office's name, the word they share said once ("Giám đốc" + name; "Trưởng X" + "X …" → "Trưởng X …"). */
export function headOf(org: Organisation): string {
  const title = signerTitle(org).head;
  const name = fullBodyName(org.name);
  if (!title) return '';
  const last = title.split(/\s+/).pop() || '';
  const first = name.split(/\s+/)[0] || '';
  if (last && first && last.toLocaleLowerCase('vi') === first.toLocaleLowerCase('vi')) return `${title} ${name.slice(first.length).trim()}`;
  return `${title} ${name}`;
}

/** The signer's title as the signature prints it under "KT. …" or alone: "PHÓ GIÁM ĐỐC", "Q. GIÁM ĐỐC", "CHỦ TỊCH". */
export function signerLine(org: Organisation): string {
  const t = signerTitle(org);
  return t.as === 'Q' ? AWARD_TEXT.actingFor(upper(t.head)) : upper(t.own);
}

/** "Ủy ban nhân dân tỉnh Hà Sơn", from the province named in the parent authority or the governing body; '' = unknown. */
export function provinceAuthority(org: Organisation): string {
  for (const s of [org.parentAuthority, org.governingBody]) {
    const m = /(?:^|\s)(tỉnh|thành phố)\s+(.+)$/i.exec(officialText(s || ''));
    if (m && /^Sở\s|^(?:Ủy|Uỷ) ban nhân dân tỉnh|^UBND tỉnh/i.test(officialText(s))) return `Ủy ban nhân dân ${m[1].toLowerCase()} ${m[2]}`;
  }
  // A school under a commune's Ủy ban names no province above it: "Nơi nhận tờ trình Bằng khen UBND tỉnh" may
  // ("Chủ tịch Ủy ban nhân dân tỉnh Hà Sơn (qua …)": review schooloffice M4).
  // The name ends at a bracket, a comma or semicolon, or " qua …" (review diff40 M3: "…, qua UBND phường …" went in).
  const addressee = /(?:(?:Ủy|Uỷ) ban nhân dân|UBND)\s+(tỉnh|thành phố)\s+(.+?)\s*(?:[(,;]|\s+qua\s|\.?\s*$)/i.exec(officialText(org.provinceAddressee ?? ''));
  return addressee ? `Ủy ban nhân dân ${addressee[1].toLowerCase()} ${addressee[2].trim()}` : '';
}

/** The wording and the signer of a level's documents (Tờ trình, Danh sách, report; the Quyết định: `decision`). */
export function levelValues(level: AwardLevel, org: Organisation, council: Council | null, cfg: OfficeConfig, decision = false): Values {
  const head = headOf(org);
  const province = provinceAuthority(org);
  const award = level === 'giayKhen' ? (head ? AWARD_TEXT.giayKhen(head) : '') : level === 'bangKhenTinh' ? (province ? AWARD_TEXT.bangKhenTinh(province) : '') : AWARD_TEXT.bangKhenBo;
  const reason = (cfg.organisation.reportForm === 'duty' ? AWARD_TEXT.reasonDuty : AWARD_TEXT.reason)(cfg.period.name);
  const v: Values = {
    hinh_thuc: orNull(award),
    ly_do_khen: orNull(reason),
    tham_quyen: orNull(upper(head)),
    tham_quyen_ten: orNull(head),
    ky_thay: null,
  };
  // A deputy signs for the head: "KT. CHỦ TỊCH" (or "KT. GIÁM ĐỐC") above their own title.
  const signer = signerTitle(org);
  const deputyFor = signer.as === 'KT' ? AWARD_TEXT.deputyFor(upper(signer.head)) : null;
  if (decision) return { ...v, thay_mat: deputyFor };
  if (level === 'giayKhen') {
    // The council proposes the office's own award to the office's head, signed on the council's behalf by its chair
    // (the meeting's chair; without a meeting, the office's signer, who chairs the council). A chair who is that head
    // would propose to herself: a Phó Chủ tịch listed in the council's tab signs for her ("KT. CHỦ TỊCH").
    // A meeting chaired by the council's Phó Chủ tịch (the head away) is signed by her, for the chair: "KT. CHỦ TỊCH /
    // PHÓ CHỦ TỊCH", as the Biên bản names her (review r68d H1).
    const chair = (council && council.chair) || org.signer.name;
    const deputy = matchKey(chair) !== '' && matchKey(chair) === matchKey(org.signer.name) ? councilDeputy(council) : null;
    const forChair = !!deputy || chairRole(council) === 'deputy';
    return {
      ...v,
      kinh_gui: orNull(head),
      kinh_gui_dong: orNull(head),
      // The council issues this Tờ trình: it sends no copy to itself.
      noi_nhan_hoi_dong: null,
      nguoi_trinh: orNull(AWARD_TEXT.councilProposer(fullBodyName(org.name))),
      thay_mat: AWARD_TEXT.councilOnBehalf,
      ky_thay: forChair ? AWARD_TEXT.councilDeputyFor : null,
      chuc_vu_nguoi_ky: forChair ? AWARD_TEXT.councilDeputyTitle : AWARD_TEXT.councilChairTitle,
      nguoi_ky: orNull(deputy ? deputy.name : chair),
    };
  }
  // The office's own Tờ trình and Danh sách. A People's Committee works as a body: its texts are signed "TM. ỦY BAN
  // NHÂN DÂN" above the Chủ tịch (a Phó Chủ tịch: "KT. CHỦ TỊCH"); a Sở's or a school's head signs alone.
  const committee = org.kind === 'xa';
  const signed = {
    nguoi_trinh: orNull(fullBodyName(org.name)),
    thay_mat: committee ? AWARD_TEXT.committeeOnBehalf : deputyFor,
    ky_thay: committee ? deputyFor : null,
  };
  if (level === 'bangKhenTinh') return { ...v, ...provinceRoute(org, province), ...signed };
  if (level === 'giayKhenSo') {
    // An office under the Sở proposes its director's Giấy khen (plan III.4): its own Tờ trình to the director.
    const department = sectorDepartment(org);
    const addressee = department ? AWARD_TEXT.departmentAddressee(department) : null;
    // A school its commune manages proposes through the commune's Ủy ban, as its Bằng khen (Luật Thi đua, khen thưởng
    // 2022, Điều 83 khoản 1: the managing level proposes; review d75 F5).
    const via = org.kind === 'truong' ? communeParent(org) : null;
    return {
      ...v,
      hinh_thuc: department ? AWARD_TEXT.giayKhenSo(department) : null,
      kinh_gui: addressee,
      kinh_gui_dong: addressee && via ? AWARD_TEXT.departmentThrough(addressee, via) : addressee,
      ...(via ? { noi_nhan_qua: via } : {}),
      ...signed,
    };
  }
  // A commune does not propose to a ministry directly: through its province (planDocuments notes that the route is
  // to be checked against the province's rules).
  if (committee && province) {
    const line = AWARD_TEXT.ministerThroughProvince(province);
    return { ...v, kinh_gui: AWARD_TEXT.ministerAddressee, kinh_gui_dong: line, noi_nhan_qua: province, ...signed };
  }
  // A district office, a school: through the level that manages it, as their Bằng khen UBND tỉnh (review r68d M3).
  const via = ministryVia(org);
  if (via) return { ...v, kinh_gui: AWARD_TEXT.ministerAddressee, kinh_gui_dong: AWARD_TEXT.ministerThrough(via), noi_nhan_qua: via, ...signed };
  return { ...v, kinh_gui: AWARD_TEXT.ministerAddressee, kinh_gui_dong: AWARD_TEXT.ministerAddressee, ...signed };
}

/**
 * The Sở GD&ĐT above an office, whose director's Giấy khen it proposes ('giayKhenSo'): the Sở "Cấu hình" names as the
 * office's cơ quan cấp trên (a district office, a school of the Sở), else the Sở of the office's province (a commune, a
 * school under a commune); '' = not known (the Tờ trình leaves the addressee to complete, and says so).
 */
export function sectorDepartment(org: Organisation): string {
  // Written out as every body's name the documents print ("Sở GD&ĐT tỉnh …": review d75 F4).
  const parent = fullBodyName(org.parentAuthority || '');
  if (/^Sở\s+\S/i.test(parent)) return parent;
  const m = /^Ủy ban nhân dân\s+((?:tỉnh|thành phố)\s+\S.*)$/i.exec(provinceAuthority(org));
  return m ? AWARD_TEXT.departmentOf(m[1]) : '';
}

/** The commune's or ward's Ủy ban "Cấu hình" names as the office's cơ quan cấp trên (a school it manages), written out; null: none. */
function communeParent(org: Organisation): string | null {
  const parent = fullBodyName(org.parentAuthority || '');
  return COMMUNE_BODY.test(parent) ? parent : null;
}

/**
 * The district level "Cấu hình" names as a school's cơ quan cấp trên (its district education office — a name KIND_BY_NAME
 * reads as 'phong' — or the district's Ủy ban), written out: `office`, the body named; `committee`, the district's Ủy ban
 * — "Cơ quan chủ quản" when it is one, else the unit the office's name ends with ("… huyện Suối Ngọc" → "Ủy ban nhân dân
 * huyện Suối Ngọc"), null: not known. null: another parent (a Sở, a commune's Ủy ban) or none.
 */
function districtParent(org: Organisation): { office: string; committee: string | null } | null {
  const parent = fullBodyName(org.parentAuthority || '');
  const province = provinceAuthority(org);
  const districtCommittee = (body: string) => DISTRICT_BODY.test(body) || (CITY_BODY.test(body) && (province === '' || matchKey(province) !== matchKey(body)));
  if (districtCommittee(parent)) return { office: parent, committee: parent };
  if (KIND_BY_NAME.find(([name]) => name.test(parent))?.[1] !== 'phong') return null;
  const governing = fullBodyName(org.governingBody || '');
  if (districtCommittee(governing)) return { office: parent, committee: governing };
  const unit = /\s((?:huyện|quận|thị xã|thành phố)\s+\S.*)$/i.exec(parent);
  const committee = unit ? AWARD_TEXT.districtCommittee(unit[1].charAt(0).toLowerCase() + unit[1].slice(1)) : '';
  return { office: parent, committee: districtCommittee(committee) ? committee : null };
}

/** The level a district office (its Sở) or a school (its Sở, its commune's Ủy ban) sends a Bằng khen Bộ through; null: none named, or another kind. */
export function ministryVia(org: Organisation): string | null {
  if (org.kind !== 'phong' && org.kind !== 'truong') return null;
  const parent = officialText(org.parentAuthority || '');
  return /^Sở\s+\S/i.test(parent) || (org.kind === 'truong' && COMMUNE_BODY.test(parent)) ? parent : null;
}

/** A route at the end of a "Kính gửi" line: "… (qua Sở Nội vụ)". */
const ROUTE = /\s*\(\s*qua\s+([^()]+)\)\s*\.?$/i;

/**
 * Whom the Bằng khen UBND tỉnh Tờ trình goes to: the "Kính gửi" line ("Cấu hình", else the province's chair through its
 * Sở Nội vụ: the province's emulation body since 2025), the addressee alone in the body, the body of the route ("qua
 * …") among the recipients.
 */
export function provinceRoute(org: Organisation, province: string): Values {
  const configured = officialText(org.provinceAddressee ?? '').replace(/[.;,]+$/, '');
  // A district office goes through its district's People's Committee (review docs M1), a Sở through the Sở Nội vụ; a
  // district not named (the profile's "Ủy ban nhân dân huyện" kept: review diff35 L2) is no route.
  const governing = org.kind === 'phong' ? officialText(org.governingBody || '') : '';
  // A school proposes through the level that manages it (Luật Thi đua, khen thưởng 2022, Điều 83 khoản 1): its Sở, or
  // its commune's Ủy ban (review schooloffice M4), as a district office through its district's.
  const parent = org.kind === 'truong' ? officialText(org.parentAuthority || '') : '';
  const managing = /^Sở\s/i.test(parent) || COMMUNE_BODY.test(parent) ? parent : '';
  const district = DISTRICT_BODY.test(governing) || CITY_BODY.test(governing) ? governing : managing;
  const line = configured || (province ? (district ? AWARD_TEXT.provinceRouteVia(province, district) : AWARD_TEXT.provinceRoute(province)) : '');
  if (!line) return { kinh_gui: null, kinh_gui_dong: null, noi_nhan_qua: null };
  const route = ROUTE.exec(line);
  return {
    kinh_gui: orNull(route ? line.slice(0, route.index) : line),
    kinh_gui_dong: orNull(line),
    noi_nhan_qua: route ? orNull(AWARD_TEXT.routeRecipient(route[1], province)) : null,
  };
}

/**
 * The council's Phó Chủ tịch: the first member with a name whose "Chức vụ" gives that role in the council (councilRole:
 * "…, Phó Chủ tịch Hội đồng", never a post such as "Phó Chủ tịch Công đoàn ngành": review r68d H2); null = none.
 */
export function councilDeputy(council: Council | null): CouncilMember | null {
  if (!council) return null;
  return council.members.find((m) => officialText(m.name) !== '' && councilRole(m.title) === 'deputy') ?? null;
}

/** The meeting's chair's role in the council: from "Chức vụ của người chủ trì", else from her row among the members. */
export function chairRole(council: Council | null): ReturnType<typeof councilRole> {
  if (!council || officialText(council.chair) === '') return null;
  const typed = councilRole(council.chairTitle);
  if (typed) return typed;
  const member = council.members.find((m) => matchKey(m.name) === matchKey(council.chair));
  return member ? councilRole(member.title) : null;
}

/**
 * Members whose "Chức vụ" has a Phó Chủ tịch's words but gives no role in the council that reads as its Phó Chủ tịch
 * ("Phó Chủ tịch UBND xã", "Phó Chủ tịch Công đoàn ngành, Ủy viên"): told when the council's Giấy khen Tờ trình needs
 * its deputy and finds none, so that a real deputy written without "Hội đồng" is not silently passed over.
 */
export function deputyLike(council: Council | null): CouncilMember[] {
  if (!council) return [];
  const role = matchKey(AWARD_TEXT.councilDeputyRole);
  return council.members.filter((m) => officialText(m.name) !== '' && matchKey(m.title).indexOf(role) >= 0 && councilRole(m.title) !== 'deputy');
}

/** The council's meeting as the Biên bản and the căn cứ of the Tờ trình / Quyết định print it. */
export function meetingValues(council: Council | null, org: Organisation): Values {
  const met = councilMet(council);
  // The council's name, after its office's in full (fullBodyName; review r75c F6).
  const name = fullBodyName(org.name);
  if (!met) return { can_cu_bien_ban: null, can_cu_hop_xet: orNull(name ? AWARD_TEXT.proposalMeetingBasis(name, null) : ''), kem_theo: AWARD_TEXT.attachments(false), thoi_gian_hop: null, dia_diem_hop: null, chu_tri: null, chu_tri_chuc_vu: null, thu_ky: null, thanh_phan: null, quy_tac_bieu_quyet: null };
  const c = council;
  const present = c.members.filter((m) => m.present).length;
  const written = c.members.filter((m) => m.written).length;
  // The chair and secretary as the member list spells them when only the case differs ("trần văn minh", "ĐẶNG VĂN
  // LONG" typed in the meeting's rows: review council58 L1); a name no member has, as typed.
  const spelled = (name: string) => {
    const key = name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
    const member = key === '' ? undefined : c.members.find((m) => m.name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi') === key);
    return member ? member.name.replace(/\s+/g, ' ').trim() : name;
  };
  const chair = spelled(c.chair);
  return {
    can_cu_bien_ban: orNull(AWARD_TEXT.meetingBasis(name, planDateText(c.date))),
    can_cu_hop_xet: orNull(name ? AWARD_TEXT.proposalMeetingBasis(name, planDateText(c.date)) : ''),
    kem_theo: AWARD_TEXT.attachments(true),
    thoi_gian_hop: orNull(c.time || c.date),
    dia_diem_hop: orNull(c.place),
    chu_tri: orNull(chair),
    // The title as the council wrote it: "Giám đốc Sở" keeps its capitals (a lower-cased first letter made "giám đốc Sở").
    chu_tri_chuc_vu: orNull(chair ? (c.chairTitle ? `${chair}, ${c.chairTitle}` : chair) : ''),
    thu_ky: orNull(spelled(c.secretary)),
    thanh_phan: COUNCIL_TEXT.composition(c.members.length, present, c.members.length - present, written),
    quy_tac_bieu_quyet:
      (c.publicity ? COUNCIL_TEXT.publicity(officialText(c.publicity)) + ' ' : '') + COUNCIL_TEXT.rule(c.fraction ?? c.threshold, c.members.length, c.atLeast, c.ofVoters ? { present, written } : undefined),
  };
}

/** The Biên bản's member rows. */
export function memberRows(council: Council): Values[] {
  return council.members.map((m, i) => ({
    tv_stt: String(i + 1),
    tv_ten: orNull(m.name) ?? '-',
    tv_chuc_vu: orNull(m.title) ?? '-',
    tv_co_mat: m.present ? COUNCIL_TEXT.present : COUNCIL_TEXT.absent(officialText(m.reason), m.written && !reasonSaysWritten(m.reason)),
  }));
}

/** The Biên bản's vote rows: every nominee voted on, proposed or not, with the outcome. */
export function voteRows(council: Council, nominees: readonly Nominee[], org: Organisation, cfg: OfficeConfig): Values[] {
  // Two namesakes voted on print what tells them apart after the name (review r76n F2).
  const { named } = namesakesIn(nominees, 'bienBan');
  return nominees.map((n, i) => {
    const o = voteOutcome(council, n.id, n.name);
    const lv = levelValues(n.level, org, council, cfg);
    // A vote whose numbers cannot be right is printed without them (the progress tab says which cell and why).
    const yes = o.vote && !o.problem ? o.vote.yes : null;
    return {
      bq_stt: String(i + 1),
      bq_ten: orNull(named.get(n) ?? n.name) ?? '-',
      bq_don_vi: (n.kind === 'collective' ? collectiveUnit(n) : orNull(n.schoolName)) ?? '-',
      // A level typed outside the list: as typed, marked (the nominee is in no Tờ trình), never a Giấy khen in its place.
      bq_hinh_thuc: n.votedOnly ? (n.votedLevel ? (levelValues(n.votedLevel, org, council, cfg).hinh_thuc ?? AWARD_LEVEL_CHOICES[n.votedLevel]) : COUNCIL_TEXT.notProposedLevel) : n.typedLevel !== undefined ? COUNCIL_TEXT.levelNotInList(officialText(n.typedLevel)) : (lv.hinh_thuc ?? AWARD_LEVEL_CHOICES[n.level]),
      bq_tan_thanh: yes === null ? '-' : String(yes),
      bq_khong: o.vote && !o.problem && o.vote.no !== null ? String(o.vote.no) : '-',
      bq_ty_le: o.share === null ? '-' : COUNCIL_TEXT.percent(o.share * 100),
      // One voted on but not proposed (held by the plan's conditions too): the result, and that it is not proposed —
      // the Biên bản's conclusion proposes every "Đủ tỷ lệ tán thành".
      bq_ket_qua: ((t: string) => (n.held ? COUNCIL_TEXT.notProposedBecause(t, n.held) : n.votedOnly ? (n.notProposedWhy ? COUNCIL_TEXT.notProposedBecause(t, n.notProposedWhy) : COUNCIL_TEXT.notProposed(t)) : t))(o.problem ? COUNCIL_TEXT.unreadable : o.share === null ? COUNCIL_TEXT.noVote : o.passed ? COUNCIL_TEXT.passed : COUNCIL_TEXT.failed),
    };
  });
}

/** The rows of the Quyết định's list (the Danh sách's placeholders, no achievement summary). */
export function decisionRowValues(n: Nominee, cfg: OfficeConfig): Values {
  return rowValues(n, cfg);
}
