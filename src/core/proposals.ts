// Award proposals (issue 6), the pure part: who is proposed (Đạt AND "Đề nghị khen" in the council's review, not
// superseded), in which order, the documents to make, the value of every {{placeholder}} of each document, the
// achievement summary of a registration, and the templates themselves as data (blocks the Docs adapter renders,
// laid out per Nghị định 30/2020/NĐ-CP). No Apps Script globals: the same code runs in Node and in Apps Script.
import { type OfficeConfig, type Organisation, endedYears } from './config';
import type { EvaluatedRegistration } from './evaluate';
import {
  HAPPY_SCHOOL_CHOICES,
  MODEL_CHOICES,
  MOVEMENT_COLUMNS,
  Q,
  RATING_CHOICES,
  ROLE_CHOICES,
  SELF_DECLARED,
} from './form-titles';
import {
  PROPOSAL_DOC_LABELS,
  PROPOSAL_EMPTY_LIST,
  PROPOSAL_GAP,
  PROPOSAL_KIND,
  PROPOSAL_NONE_ROW,
  PROPOSAL_SYMBOLS,
  PROPOSAL_TEMPLATE_NAMES,
  PROPOSAL_TEMPLATE_TEXT as T,
  PROPOSAL_TEXT,
  proposalAddressee,
  proposalDocName,
  proposalTotals,
  proposalVietnameseDate,
} from './messages/proposals';
import { DIRECTORY_HEADERS, configLabel } from './messages/validation';
import { REVIEW_DECISIONS, fingerprint, type ReviewTab } from './review';
import type { RatingCode, RegistrationKind } from './registration';
import { toParagraph, toText } from './text';
import { completeInitiatives, ratingYears } from './validate';
import { schoolYearOf } from './school-duties';

// ---- templates and placeholders -----------------------------------------------------------------

export type TemplateKey = 'toTrinh' | 'danhSach' | 'baoCaoTapThe' | 'baoCaoCaNhan';
export const TEMPLATE_KEYS: readonly TemplateKey[] = ['toTrinh', 'danhSach', 'baoCaoTapThe', 'baoCaoCaNhan'];
export const TEMPLATE_NAMES = PROPOSAL_TEMPLATE_NAMES;

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
  'ngay_thang_nam', 'kinh_gui', 'giai_doan', 'chuc_vu_nguoi_ky', 'nguoi_ky', 'so_tap_the', 'so_ca_nhan', 'so_de_nghi', 'tong_so',
  'can_cu_luat', 'can_cu_nghi_dinh', 'can_cu_ke_hoach',
] as const;
/** One table row per collective / individual of the Danh sách. */
// No internal code (the registration code), score or form label is a placeholder: none reaches a document.
export const COLLECTIVE_ROW_PLACEHOLDERS = ['tt_stt', 'tt_ten', 'tt_don_vi', 'tt_thanh_tich'] as const;
export const INDIVIDUAL_ROW_PLACEHOLDERS = ['cn_stt', 'cn_ten', 'cn_nam_sinh', 'cn_chuc_vu', 'cn_don_vi', 'cn_thanh_tich'] as const;
/** A Báo cáo thành tích: everything known about the nominee. */
export const NOMINEE_PLACEHOLDERS = [
  'ten', 'ten_tap_the', 'ho_ten', 'ho_ten_chuc_vu', 'doi_tuong', 'don_vi', 'don_vi_in_hoa', 'hieu_truong', 'cap_hoc', 'xa_phuong', 'cum_thi_dua',
  'dac_diem', 'ten_mo_hinh', 'mo_hinh', 'linh_vuc', 'thanh_tich', 'tom_tat', 'tom_tat_thanh_tich', 'giai_phap', 'phong_trao', 'xep_loai',
  'khen_thuong', 'stt', 'nguoi_khai', 'so_dien_thoai', 'email_nguoi_gui', 'nam_sinh', 'chuc_vu', 'dang_vien',
] as const;

/**
 * What a document cannot be printed without (the generator refuses it rather than print a gap). Any other
 * placeholder without a value takes its paragraph out of the document (an optional line).
 */
export const REQUIRED_PLACEHOLDERS: Record<TemplateKey, readonly string[]> = {
  toTrinh: ['co_quan', 'kinh_gui', 'dia_danh', 'chuc_vu_nguoi_ky', 'nguoi_ky', 'ten_co_quan'],
  danhSach: ['co_quan', 'dia_danh', 'chuc_vu_nguoi_ky', 'nguoi_ky', 'ten_co_quan'],
  baoCaoTapThe: ['co_quan', 'ten', 'don_vi_in_hoa', 'thanh_tich', 'hieu_truong'],
  baoCaoCaNhan: ['co_quan', 'ho_ten', 'don_vi_in_hoa', 'thanh_tich'],
};

/** The placeholders the generator fills in each template (any of them, wherever the office puts them). */
export const KNOWN_PLACEHOLDERS: Record<TemplateKey, readonly string[]> = {
  toTrinh: [...COMMON_PLACEHOLDERS],
  danhSach: [...COMMON_PLACEHOLDERS, ...COLLECTIVE_ROW_PLACEHOLDERS, ...INDIVIDUAL_ROW_PLACEHOLDERS],
  baoCaoTapThe: [...COMMON_PLACEHOLDERS, ...NOMINEE_PLACEHOLDERS],
  baoCaoCaNhan: [...COMMON_PLACEHOLDERS, ...NOMINEE_PLACEHOLDERS],
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
  /** rows × cells × paragraphs. */
  rows: ParaBlock[][][];
  /** A list table: its first row is the header row (repeated on every page where the platform allows). */
  header?: boolean;
  /** A signature block: kept on one page with the signer's name where the platform allows. */
  signature?: boolean;
}

export type Block = ParaBlock | TableBlock;

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

/** The page of a template: the Danh sách is landscape, the others portrait A4. */
export function templatePage(key: TemplateKey): PageSpec {
  return key === 'danhSach' ? LANDSCAPE : { width: PAGE_LAYOUT.width, height: PAGE_LAYOUT.height };
}

const p = (text: string, style: Omit<ParaBlock, 't' | 'text'> = {}): ParaBlock => ({ t: 'p', text, ...style });
const body = (text: string): ParaBlock => p(text, { align: 'justify', indent: 1.27 * 10 * MM, spaceAfter: 6, lineSpacing: 1.2 });
const LEFT_HEADER = 185;

/** The two-column header: issuing body (left) and Quốc hiệu, tiêu ngữ (right); then "Số" and place/date. */
function headerTable(parent: string, issuer: string, withNumber: boolean, width = CONTENT_WIDTH): TableBlock {
  const left: ParaBlock[] = [p(parent, { align: 'center', size: 13 }), p(issuer, { align: 'center', size: 13, bold: true }), p(T.shortLine, { align: 'center', size: 8 })];
  const right: ParaBlock[] = [p(T.quocHieu, { align: 'center', size: 12, bold: true }), p(T.tieuNgu, { align: 'center', size: 13, bold: true }), p(T.line, { align: 'center', size: 8 })];
  return {
    t: 'table',
    widths: [LEFT_HEADER + (width - CONTENT_WIDTH) / 3, width - LEFT_HEADER - (width - CONTENT_WIDTH) / 3],
    border: 0,
    rows: [
      [left, right],
      [[p(withNumber ? T.soToTrinh : '', { align: 'center', size: 13 })], [p(T.diaDanhNgay, { align: 'center', size: 14, italic: true })]],
    ],
  };
}

/** The signature block: "Nơi nhận:" and its list (left, small), the signer's title and name (right, bold). */
function signatureTable(recipients: readonly string[] | null, title: string, hint: string, name: string, leftTitle?: string, width = CONTENT_WIDTH): TableBlock {
  const left: ParaBlock[] = recipients
    ? [p(T.noiNhan, { bold: true, italic: true, size: 12 }), ...recipients.map((r) => p(r, { size: 11 }))]
    : leftTitle
      ? [p(leftTitle, { align: 'center', bold: true, size: 13 }), p(T.signHintSeal, { align: 'center', italic: true, size: 13 })]
      : [p('', { size: 11 })];
  const right: ParaBlock[] = [
    p(title, { align: 'center', bold: true, size: 14 }),
    p(hint, { align: 'center', italic: true, size: 13 }),
    p('', { size: 14 }),
    p('', { size: 14 }),
    p('', { size: 14 }),
    p(name, { align: 'center', bold: true, size: 14 }),
  ];
  return { t: 'table', widths: [width / 2 - 20, width / 2 + 20], border: 0, rows: [[left, right]], signature: true };
}

function listTable(header: readonly string[], row: readonly string[], widths: number[]): TableBlock {
  return {
    t: 'table',
    widths,
    border: 1,
    header: true,
    rows: [header.map((h) => [p(h, { align: 'center', bold: true, size: 12 })]), row.map((c, i) => [p(c, { align: i === 0 || (i === 2 && row.length > 4) ? 'center' : 'left', size: 12 })])],
  };
}

/** The content of a template, block by block. */
export function templateBlocks(key: TemplateKey): Block[] {
  const title = (text: string) => p(text, { align: 'center', bold: true, size: 14, spaceBefore: 12 });
  const subject = (text: string) => p(text, { align: 'center', bold: true, size: 14 });
  const heading = (text: string) => p(text, { bold: true, spaceBefore: 6, spaceAfter: 6 });
  switch (key) {
    case 'toTrinh':
      return [
        headerTable('{{co_quan_cap_tren}}', '{{co_quan}}', true),
        title(T.toTrinh),
        subject(T.toTrinhSubject),
        p(T.subjectLine, { align: 'center', size: 8, spaceAfter: 12 }),
        p(T.kinhGui, { align: 'center', spaceAfter: 12 }),
        ...T.toTrinhBody.map(body),
        signatureTable(T.noiNhanToTrinh, T.chucVuNguoiKy, '', T.nguoiKy),
      ];
    case 'danhSach': {
      const w = LANDSCAPE_CONTENT_WIDTH;
      return [
        headerTable('{{co_quan_cap_tren}}', '{{co_quan}}', false, w),
        title(T.danhSach),
        subject(T.danhSachSubject),
        p(T.danhSachAttached, { align: 'center', italic: true, size: 13, spaceAfter: 12 }),
        heading(T.collectivesHeading),
        listTable(T.collectivesHeader, T.collectivesRow, [30, 150, 130, w - 30 - 150 - 130]),
        heading(T.individualsHeading),
        listTable(T.individualsHeader, T.individualsRow, [30, 115, 42, 80, 120, w - 30 - 115 - 42 - 80 - 120]),
        p(T.totals, { bold: true, spaceBefore: 6, spaceAfter: 12 }),
        signatureTable(null, T.chucVuNguoiKy, '', T.nguoiKy, undefined, w),
      ];
    }
    case 'baoCaoTapThe':
      return [
        headerTable('{{co_quan}}', '{{don_vi_in_hoa}}', false),
        title(T.baoCao),
        subject(T.baoCaoSubjectCollective),
        p(T.subjectLine, { align: 'center', size: 8, spaceAfter: 12 }),
        p(T.baoCaoName, { bold: true, spaceAfter: 6 }),
        heading(T.sectionI_collective),
        ...T.backgroundCollective.map(body),
        heading(T.sectionII),
        ...T.achievements.map(body),
        heading(T.sectionIII),
        ...T.awards.map(body),
        signatureTable(null, T.signerCollective, T.signHintSeal, T.signerCollectiveName, T.confirmCollective),
      ];
    case 'baoCaoCaNhan':
      return [
        headerTable('{{co_quan}}', '{{don_vi_in_hoa}}', false),
        title(T.baoCao),
        subject(T.baoCaoSubjectIndividual),
        p(T.subjectLine, { align: 'center', size: 8, spaceAfter: 12 }),
        p(T.baoCaoPerson, { bold: true, spaceAfter: 6 }),
        heading(T.sectionI_individual),
        ...T.backgroundIndividual.map(body),
        heading(T.sectionII),
        ...T.achievements.map(body),
        heading(T.sectionIII),
        ...T.awards.map(body),
        signatureTable(null, T.signerIndividual, T.signHint, T.signerIndividualName, T.confirmIndividual),
      ];
  }
}

/** Every placeholder a template's blocks contain. */
export function templatePlaceholders(key: TemplateKey): string[] {
  const out = new Set<string>();
  const visit = (b: Block) => {
    if (b.t === 'p') for (const n of placeholdersIn(b.text)) out.add(n);
    else for (const r of b.rows) for (const c of r) for (const x of c) visit(x);
  };
  templateBlocks(key).forEach(visit);
  return [...out];
}

// ---- nominees -------------------------------------------------------------------------------------

export interface Nominee {
  id: string;
  kind: RegistrationKind;
  name: string;
  schoolName: string;
  score: number;
  /** STT within its kind (collectives and individuals are numbered separately), from 1. */
  number: number;
  registration: EvaluatedRegistration;
}

export interface NomineeSelection {
  /** Collectives first, then individuals; each by score (highest first), then name, then id. */
  nominees: Nominee[];
  collectives: number;
  individuals: number;
  /** Ids marked "Đề nghị khen" that are not proposed (not Đạt, superseded, vanished, no kind, edited since). */
  skipped: string[];
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

/**
 * The nominees: rows of the merged "Thẩm định" tab whose decision is "Đề nghị khen", whose registration is Đạt,
 * not superseded by a later registration of the same subject, and has a kind. Numbered within each kind.
 */
export function selectNominees(review: ReviewTab | null, registrations: readonly EvaluatedRegistration[]): NomineeSelection {
  const empty: NomineeSelection = { nominees: [], collectives: 0, individuals: 0, skipped: [] };
  if (!review || review.error) return empty;
  const byId = new Map<string, EvaluatedRegistration>();
  for (const r of registrations) byId.set(r.id, r);
  const c = review.columns;
  const seen = new Set<string>();
  const out: Nominee[] = [];
  const skipped: string[] = [];
  for (const row of review.rows) {
    const id = toText(row[c.id]);
    if (id === '' || seen.has(id)) continue;
    if (toText(row[c.decision]) !== REVIEW_DECISIONS.propose) continue;
    seen.add(id);
    const r = byId.get(id);
    if (!r || r.verdict !== 'dat' || r.flags.supersededBy || !r.kind || review.stale.has(id)) {
      skipped.push(id);
      continue;
    }
    out.push({ id, kind: r.kind, name: r.name, schoolName: r.school ? r.school.name : r.schoolName, score: r.score.total, number: 0, registration: r });
  }
  const collectives = out.filter((n) => n.kind === 'collective').sort(compareNominees);
  const individuals = out.filter((n) => n.kind === 'individual').sort(compareNominees);
  collectives.forEach((n, i) => (n.number = i + 1));
  individuals.forEach((n, i) => (n.number = i + 1));
  return { nominees: [...collectives, ...individuals], collectives: collectives.length, individuals: individuals.length, skipped };
}

// ---- the documents of a batch -------------------------------------------------------------------

export type DocKind = 'toTrinh' | 'danhSach' | 'baoCao';

export interface PlannedDoc {
  /** Stable key of the document in the ledger: "TTr:<list fingerprint>", "DS:<…>", "BC:<registration id>". */
  key: string;
  kind: DocKind;
  template: TemplateKey;
  name: string;
  label: string;
  nominee: Nominee | null;
  /** What the document cannot be printed without and does not have (Vietnamese, where to fill it in): refused. */
  gaps: string[];
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

/**
 * The documents of a batch, in the order they are made: Tờ trình, Danh sách, then one report per nominee. With the
 * configuration, each document knows what it lacks (`gaps`); the generator makes none that lacks something.
 */
export function planDocuments(nominees: readonly Nominee[], date: Date, cfg?: OfficeConfig): PlannedDoc[] {
  const fp = listFingerprint(nominees);
  const day = ddMMyyyy(date);
  const counts = { collectives: nominees.filter((n) => n.kind === 'collective').length, individuals: nominees.filter((n) => n.kind === 'individual').length };
  const common = cfg ? commonValues(cfg.organisation, cfg.period.name, date, counts) : null;
  const gaps = (template: TemplateKey, n: Nominee | null) => (cfg && common ? documentGaps(template, n ? { ...common, ...nomineeValues(n, cfg) } : common) : []);
  const out: PlannedDoc[] = [
    { key: `TTr:${fp}`, kind: 'toTrinh', template: 'toTrinh', name: proposalDocName.toTrinh(day), label: PROPOSAL_DOC_LABELS.toTrinh, nominee: null, gaps: gaps('toTrinh', null) },
    { key: `DS:${fp}`, kind: 'danhSach', template: 'danhSach', name: proposalDocName.danhSach(day), label: PROPOSAL_DOC_LABELS.danhSach, nominee: null, gaps: gaps('danhSach', null) },
  ];
  for (const n of nominees) {
    const template: TemplateKey = n.kind === 'collective' ? 'baoCaoTapThe' : 'baoCaoCaNhan';
    out.push({ key: `BC:${n.id}`, kind: 'baoCao', template, name: fileSafe(proposalDocName.baoCao(n.id, n.name)), label: PROPOSAL_DOC_LABELS[template], nominee: n, gaps: gaps(template, n) });
  }
  return out;
}

/** Where each required value is filled in, in the office's words. */
const GAP_SOURCE: Record<string, () => string> = {
  co_quan: () => PROPOSAL_GAP.config(configLabel('organisation.name')),
  ten_co_quan: () => PROPOSAL_GAP.config(configLabel('organisation.name')),
  kinh_gui: () => PROPOSAL_GAP.config(configLabel('organisation.parentAuthority')),
  dia_danh: () => PROPOSAL_GAP.config(configLabel('organisation.place')),
  chuc_vu_nguoi_ky: () => PROPOSAL_GAP.config(configLabel('organisation.signerTitle')),
  nguoi_ky: () => PROPOSAL_GAP.config(configLabel('organisation.signerName')),
  ten: () => PROPOSAL_GAP.name(Q.collectiveName),
  ho_ten: () => PROPOSAL_GAP.name(Q.individualName),
  don_vi_in_hoa: () => PROPOSAL_GAP.school(Q.school),
  thanh_tich: () => PROPOSAL_GAP.narrative(Q.summary),
  hieu_truong: () => PROPOSAL_GAP.principal(DIRECTORY_HEADERS.principal),
};

/** The required values a document of `template` lacks, each named where it is filled in (no repeats). */
export function documentGaps(template: TemplateKey, values: Values): string[] {
  const out: string[] = [];
  for (const k of REQUIRED_PLACEHOLDERS[template]) {
    const v = values[k];
    if (v !== null && v !== undefined && v.trim() !== '') continue;
    const label = GAP_SOURCE[k] ? GAP_SOURCE[k]() : `{{${k}}}`;
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
  for (const [re, sym] of PROPOSAL_SYMBOLS) if (re.test(org.name.trim())) return sym;
  const initials = org.name
    .split(/\s+/)
    .filter((w) => /^[A-ZÀ-ỸĐ]/.test(w))
    .map((w) => w.charAt(0).normalize('NFD').charAt(0))
    .join('');
  return initials || 'CQ';
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

// Emoji and pictographs (not ©, ®, ™, which Times New Roman has), their modifiers and joiners, flags, keycaps.
const PICTOGRAPHS = /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|[\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u20e3\ufe0e\ufe0f\u200d]/gu;
// Control characters (line breaks are kept), invisible format characters, private use, tags.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff\ue000-\uf8ff\u{e0000}-\u{e007f}]/gu;

/**
 * Text as an official document may print it: NFC, without what the fonts of official documents (Times New Roman)
 * cannot show — emoji and pictographs, control and invisible characters; tabs become spaces, a space left doubled
 * by a removed emoji is one space, and the ends are trimmed. Line breaks stay.
 */
export function officialText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(PICTOGRAPHS, '')
    .replace(INVISIBLE, '')
    .replace(/([^ \n]) {2,}(?=[^ \n])/g, '$1 ')
    .replace(/ +\n/g, '\n')
    .trim();
}

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
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (!m) return officialText(s);
  const d = vietnameseDateParts(new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
  return `${d.ngay} tháng ${d.thang} năm ${d.nam}`;
}

/** The values every document of a batch shares. */
export function commonValues(org: Organisation, periodName: string, date: Date, sel: { collectives: number; individuals: number }): Values {
  const d = vietnameseDateParts(date);
  const planTitle = officialText(org.planTitle) || PROPOSAL_TEXT.planTitle(periodName);
  return {
    co_quan_cap_tren: orNull(upper(org.governingBody || '')),
    co_quan: orNull(upper(org.name)),
    ten_co_quan: orNull(org.name),
    ten_viet_tat: orNull(org.shortName || org.name),
    ky_hieu: documentSymbol(org),
    // Left for the office's clerk (văn thư) to number when the document is registered.
    so_van_ban: '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0',
    dia_danh: orNull(org.place),
    ngay: d.ngay,
    thang: d.thang,
    nam: d.nam,
    ngay_thang_nam: d.text,
    kinh_gui: orNull(proposalAddressee(org.parentAuthority)),
    giai_doan: periodName,
    chuc_vu_nguoi_ky: orNull(upper(org.signer.title)),
    nguoi_ky: orNull(org.signer.name),
    so_tap_the: String(sel.collectives),
    so_ca_nhan: String(sel.individuals),
    so_de_nghi: String(sel.collectives + sel.individuals),
    tong_so: proposalTotals(sel.collectives, sel.individuals),
    can_cu_luat: orNull(org.lawBasis.trim() ? PROPOSAL_TEXT.basis(org.lawBasis) : ''),
    can_cu_nghi_dinh: orNull(org.decreeBasis.trim() ? PROPOSAL_TEXT.basis(org.decreeBasis) : ''),
    can_cu_ke_hoach: orNull(PROPOSAL_TEXT.planBasis(officialText(org.planNumber), planDateText(org.planDate), org.name, planTitle)),
  };
}

function answer(r: EvaluatedRegistration, title: string): string {
  const a = r.answers[title];
  return typeof a === 'string' ? a : '';
}

const RATING_ORDER: RatingCode[] = ['excellent', 'good', 'done', 'failed'];
const RATING_LABEL: Record<string, string> = {
  excellent: RATING_CHOICES.excellent,
  good: RATING_CHOICES.good,
  done: RATING_CHOICES.done,
  failed: RATING_CHOICES.failed,
};
const ORG_LABELS: Array<[string, string]> = [
  [Q.partyRatings, 'Tổ chức đảng'],
  [Q.unionRatings, 'Công đoàn'],
  [Q.youthRatings, 'Đoàn Thanh niên'],
];

function ratingText(ratings: Record<number, RatingCode | null>, years: number[], label: (y: number) => number | string = (y) => y): string {
  const groups: string[] = [];
  for (const code of RATING_ORDER) {
    const ys = years.filter((y) => ratings[y] === code);
    if (ys.length) groups.push(PROPOSAL_TEXT.ratingGroup(RATING_LABEL[code], ys.map(label)));
  }
  return groups.join(', ');
}

/** The yearly ratings of the period (years that have ended, then the current one when rated). */
export function ratingsText(r: EvaluatedRegistration, cfg: OfficeConfig): string {
  const years = endedYears(cfg.period, cfg.today);
  const y = cfg.today.getFullYear();
  if (y >= cfg.period.startYear && y <= cfg.period.endYear) years.push(y);
  // Personal ratings are per school year (keyed by its first year): the school years begun by today, as "2021-2022".
  if (r.kind === 'individual') return ratingText(r.ratings, ratingYears(cfg).filter((y) => y <= schoolYearOf(cfg.today)), (y) => `${y}-${y + 1}`);
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
    const sub = answer(r, Q.happySchoolType);
    const other = answer(r, Q.happySchoolOther);
    const detail = sub === HAPPY_SCHOOL_CHOICES.other ? other : sub;
    return detail ? `${type}: ${detail}` : type;
  }
  if (type === MODEL_CHOICES.other || type === MODEL_CHOICES.none) return '';
  return type;
}

export function modelText(r: EvaluatedRegistration): string {
  const name = answer(r, Q.modelName);
  const type = modelType(r);
  if (name) return PROPOSAL_TEXT.model(name, type);
  return type ? PROPOSAL_TEXT.modelNoName(type) : '';
}

function initiativeList(r: EvaluatedRegistration): string[] {
  return completeInitiatives(r).map((i) => PROPOSAL_TEXT.initiative(i.name, i.levelLabel, i.decision, i.year === null ? '' : String(i.year)));
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

function roleText(r: EvaluatedRegistration): string {
  return r.role ? ROLE_CHOICES[r.role] : answer(r, Q.role);
}

/** The row values of a nominee in the Danh sách. */
export function rowValues(n: Nominee, cfg: OfficeConfig): Values {
  const r = n.registration;
  const summary = orNull(achievementSummary(r, cfg));
  if (n.kind === 'collective') {
    return { tt_stt: String(n.number), tt_ten: orNull(n.name), tt_don_vi: orNull(n.schoolName), tt_thanh_tich: summary };
  }
  return {
    cn_stt: String(n.number),
    cn_ten: orNull(n.name),
    cn_nam_sinh: r.birthYear === null ? null : String(r.birthYear),
    cn_chuc_vu: orNull(roleText(r)),
    cn_don_vi: orNull(n.schoolName),
    cn_thanh_tich: summary,
  };
}

/** The row that stands in an empty table of the Danh sách (no collective, or no individual, proposed). */
export function emptyRowValues(kind: RegistrationKind): Values {
  const names = kind === 'collective' ? COLLECTIVE_ROW_PLACEHOLDERS : INDIVIDUAL_ROW_PLACEHOLDERS;
  const v: Values = {};
  for (const k of names) v[k] = '-';
  v[kind === 'collective' ? 'tt_ten' : 'cn_ten'] = PROPOSAL_NONE_ROW;
  v[kind === 'collective' ? 'tt_thanh_tich' : 'cn_thanh_tich'] = PROPOSAL_EMPTY_LIST;
  return v;
}

/** The values of a nominee's Báo cáo thành tích. */
export function nomineeValues(n: Nominee, cfg: OfficeConfig): Values {
  const r = n.registration;
  const s = r.school;
  const role = roleText(r);
  const background =
    n.kind === 'collective'
      ? PROPOSAL_TEXT.collectiveBackground(n.name || n.schoolName, s ? s.level : '', s ? s.ward : '', s ? s.cluster : '', '') // the head: its own line
      : PROPOSAL_TEXT.individualBackground(n.name, r.birthYear === null ? '' : String(r.birthYear), role, n.schoolName, r.partyMember, r.head);
  const summary = toParagraph(r.answers[Q.summary]);
  const initiatives = completeInitiatives(r);
  const awards: string[] = [];
  for (const id of ['TT-02-DAN-DAU', 'CN-03-THANH-TICH']) {
    const ev = SELF_DECLARED[id]?.evidence;
    const text = ev ? answer(r, ev) : '';
    if (text) awards.push(PROPOSAL_TEXT.declaredAward(text));
  }
  // Recognised initiatives are achievements (section II.3), not awards: section III lists only awards.
  const movements = r.answers[Q.movements];
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
    ho_ten_chuc_vu: n.kind === 'individual' ? orNull(PROPOSAL_TEXT.personLine(n.name, role, n.schoolName)) : null,
    doi_tuong: PROPOSAL_KIND[n.kind] as string,
    don_vi: orNull(n.schoolName),
    don_vi_in_hoa: orNull(upper(n.schoolName)),
    hieu_truong: s ? orNull(s.principal) : null,
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
    khen_thuong: orNull(awards.length ? awards.map((a) => (/[.!?…]$/.test(a) ? a : a + '.')).join(' ') : PROPOSAL_TEXT.noAwards),
    nguoi_khai: orNull(answer(r, Q.submitter)),
    so_dien_thoai: orNull(answer(r, Q.phone)),
    email_nguoi_gui: orNull(r.email),
    nam_sinh: r.birthYear === null ? null : String(r.birthYear),
    chuc_vu: n.kind === 'individual' ? orNull(role) : null,
    dang_vien: n.kind === 'individual' ? (r.partyMember ? PROPOSAL_TEXT.yes : PROPOSAL_TEXT.no) : null,
  };
}

/** Whether a placeholder name is one of a Danh sách row's (filled per row, not in the document pass). */
export function isRowPlaceholder(name: string): 'collective' | 'individual' | null {
  if ((COLLECTIVE_ROW_PLACEHOLDERS as readonly string[]).indexOf(name) >= 0) return 'collective';
  if ((INDIVIDUAL_ROW_PLACEHOLDERS as readonly string[]).indexOf(name) >= 0) return 'individual';
  return null;
}
