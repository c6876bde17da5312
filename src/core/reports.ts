// Progress reports (IV.2) and the school's own plan (III.4.a), as submitted through the report form.
import { OfficeConfig, ReportingPeriod, reportCountsFrom, reportingPeriods } from './config';
import { Directory, School, normaliseEmail, schoolsByAddress } from './directory';
import { EMAIL_HEADERS, FormDefinition, R, TIMESTAMP_HEADERS, responseHeaders } from './registration-form';
import { WEB_LINK, folded, formatDate, headerFinder, isBlankRow, matchKey, noEvidence, parseDate, toParagraph, toText } from './text';
import { columnLetters, mergeSharedCells, sharedColumns } from './columns';
import {
  reportParseConflictingAnswers,
  reportParseEarly,
  reportParseTooSoon,
  reportParseOtherSchool,
  reportParseUnknownPeriod,
  reportParseUnknownSchool,
  responseErrorEmpty,
  responseErrorMissingHeader,
  responseNoteSharedHeader,
} from './messages/validation';

export interface ProgressReport {
  row: number;
  submittedAt: Date | null;
  email: string;
  schoolName: string;
  school: School | null;
  period: ReportingPeriod | null;
  periodLabel: string;
  docRef: string;
  summary: string;
  link: string;
  /**
   * The school "Đơn vị" lists the sender's address for when it is not the school chosen (the report filed under a
   * neighbour's name): not counted for the school chosen (review reports H1). Absent: none.
   */
  sentFrom?: School;
  /**
   * Sent before its period began: a six-monthly or annual report dated before 1 January of its year (the next year's
   * chosen by mistake) reports no results yet, and does not count (review reports M1); nor one sent before its period
   * has mostly run (reportCountsFrom: an annual report in June, the six-month one chosen wrongly — review yearahead R2).
   * Absent: not so.
   */
  early?: true;
}

/**
 * The early report (ProgressReport.early) of `school` for period `periodId` — the last sent — as its day and the first
 * day a report of that period counts from (dd/MM/yyyy), or null: what the school is told instead of "not sent" when it
 * sent one too early (review d62 F1: it did send one, and its view lists it).
 */
export function earlyReportOf(reports: readonly ProgressReport[], schoolKey: string, periodId: string): { sentOn: string; from: string } | null {
  const last = earlyIndex(reports).get(`${schoolKey}\u0001${periodId}`);
  return last ? earlyDays(last) : null;
}

/**
 * When every report of `school` for period `periodId` that could count came from another listed school's address
 * (ProgressReport.sentFrom: review d63 F6): the last one's day and that school's name — what the school is told instead of
 * "sent without its document number" (it may well have written it). null: none, or one of its own was sent.
 */
export function otherSchoolReportOf(reports: readonly ProgressReport[], schoolKey: string, periodId: string): { sentOn: string; sender: string } | null {
  let last: ProgressReport | null = null;
  for (const r of reports) {
    if (!r.school || r.school.key !== schoolKey || !r.period || r.period.id !== periodId || r.early) continue;
    if (!r.sentFrom) return null;
    if (!last || (r.submittedAt?.getTime() ?? 0) > (last.submittedAt?.getTime() ?? 0)) last = r;
  }
  return last && { sentOn: last.submittedAt ? formatDate(last.submittedAt) : '', sender: last.sentFrom!.name };
}

/**
 * The annual report of `year` that `school` sent too early to count (the last sent), with its period's label: a school
 * that chose "Năm …" for its six-month report is told so in the six-month period's reminder (review upgrade6 F1: an
 * office updated from a bundle that counted it had told the school "Đã nhận", and HEAD's receipt of it never goes).
 */
export function earlyAnnualOf(reports: readonly ProgressReport[], schoolKey: string, year: number): { label: string; sentOn: string; from: string } | null {
  for (const r of earlyIndex(reports).values()) {
    if (r.school!.key !== schoolKey || r.period!.kind !== 'annual' || r.period!.year !== year) continue;
    const days = earlyDays(r);
    return days ? { label: r.period!.label, ...days } : null;
  }
  return null;
}

/**
 * The early reports by school and period, the last sent of each: asked per school and period by every school's tab and
 * reminder, built once per list of reports (early ones are few; a scan of all reports per question was not).
 */
const earlyIndexes = new WeakMap<readonly ProgressReport[], Map<string, ProgressReport>>();
function earlyIndex(reports: readonly ProgressReport[]): Map<string, ProgressReport> {
  let index = earlyIndexes.get(reports);
  if (index) return index;
  index = new Map();
  for (const r of reports) {
    if (!r.early || r.sentFrom || !r.school || !r.period || !r.submittedAt) continue;
    const key = `${r.school.key}\u0001${r.period.id}`;
    const last = index.get(key);
    if (!last || r.submittedAt.getTime() > last.submittedAt!.getTime()) index.set(key, r);
  }
  earlyIndexes.set(reports, index);
  return index;
}

/** An early report's day and the day its period's reports count from (dd/MM/yyyy): see earlyReportOf. */
export function earlyDays(r: ProgressReport): { sentOn: string; from: string } | null {
  if (!r.early || !r.period || r.period.kind === 'plan' || !r.submittedAt) return null;
  return { sentOn: formatDate(r.submittedAt), from: formatDate(reportCountsFrom({ ...r.period, kind: r.period.kind })) };
}

/** An early report (ProgressReport.early) sent before its period even began (1 January of its year). */
export function sentBeforePeriodBegan(period: Pick<ReportingPeriod, 'year'>, at: Date): boolean {
  return at.getTime() < new Date(period.year, 0, 1).getTime();
}

/**
 * Whether a report counts (plan III.4.a, IV.2): it gives its document — a number or date, or a web link — not left
 * empty, and not saying there is none yet ("Chưa có kế hoạch, sẽ gửi sau", "Đang hoàn thiện": noEvidence, as for
 * registrations); it is not sent from another listed school's address, nor before its period began.
 * The one rule of the duties, the summary, the reminders and the receipts (review "input" #1).
 */
export function reportHasEvidence(r: Pick<ProgressReport, 'docRef' | 'link'> & Partial<Pick<ProgressReport, 'sentFrom' | 'early'>>): boolean {
  // Sent from another listed school's address: not the chosen school's report until it is sent from its own (H1); sent
  // before its period began: no results to report yet (M1).
  if (r.sentFrom || r.early) return false;
  return docRefGivenOnce(r.docRef) || linkGiven(r.link);
}

/**
 * docRefGiven of each text worked out once: a rebuild asks it of every report two or three times (the duties, the
 * summary, the reminders), and its folding and expressions build several strings each time. Bounded, as matchKey's.
 */
function docRefGivenOnce(raw: string): boolean {
  let hit = docRefCache.get(raw);
  if (hit === undefined) {
    hit = docRefGiven(raw);
    if (docRefCache.size >= 10000) docRefCache.clear();
    docRefCache.set(raw, hit);
  }
  return hit;
}
const docRefCache = new Map<string, boolean>();

/**
 * A number or a date names the document ("15/KH-MNHS", "Không số, ngày 15/6/2027"); words alone do not ("Chưa có số",
 * "Đã gửi bản giấy", "gửi qua Zalo": review reports M3), nor a draft's number, nor an answer saying the report is not
 * issued yet whatever day or year it names ("Chưa có, sẽ gửi trước ngày 20/6/2027", "Chưa có báo cáo 6 tháng năm
 * 2027": review r67r F1), nor a path on the school's computer whatever digits its file name has (r67r F9).
 */
function docRefGiven(raw: string): boolean {
  // A link pasted here is a link (review diff40 L2); a path on the sender's computer names nothing the office can open.
  const s = raw.replace(LOCAL_PATH, ' ');
  // Not issued yet ("Chưa có, sẽ gửi trước ngày 20/6/2027") unless a document's number is given after all ("Chưa gửi
  // qua eOffice; số 45 ngày 12/6/2027": review d67 #1).
  return (!isDraft(s) && ((!noEvidence(s) && (!notIssuedYet(s) || NUMBER_GIVEN.test(s)) && /\d/.test(s)) || REPORT_NUMBER.test(s))) || linkGiven(s);
}

/**
 * The answer gives a draft: it opens with "Dự thảo", names a draft's number ("(dự thảo 12/KH-…)"), or calls what it
 * names a draft anywhere ("Số 12/BC-THCS (dự thảo)", "12/BC-THCS - dự thảo": review r67r F7); a number given beside a
 * mention of the draft it replaces ("31/BC-MNHS ngày 10/6/2027, thay bản dự thảo đã gửi") is the document (review
 * diff40 M2).
 */
function isDraft(s: string): boolean {
  if (DRAFT_START.test(s) || DRAFT_NUMBER.test(s)) return true;
  // "(dự thảo)", "- dự thảo", ", bản dự thảo": a clause of its own that says what the answer names is a draft. Within
  // a longer one it is about another document — the draft the report replaces ("bản dự thảo gửi hôm trước xin hủy",
  // "đã chỉnh sửa từ dự thảo": review d67 #1).
  if (!folded(s).includes('du thao')) return false;
  return s.split(CLAUSE).some((c) => DRAFT_CLAUSE.test(folded(c)));
}
/** What separates the clauses of an answer (brackets, commas, semicolons, full stops, dashes, colons). */
const CLAUSE = /[()[\],;.:–—-]+/;
/**
 * A clause that says what the answer names is a draft ("dự thảo", "bản dự thảo", "đây là bản dự thảo", "đang là dự thảo
 * chờ ký"), without tones: nothing after "dự thảo" but its state (chưa…, chờ…, đang…).
 */
const DRAFT_CLAUSE = /^(?:(?:day|hien|dang|con|van|moi|chi) )*(?:la )?(?:ban )?du thao(?: (?:chua|cho|dang)(?: .*)?)?$/;

/**
 * The answer opens saying the report is not issued yet: "Chưa …" (có, có số, có báo cáo, làm, hoàn thành, ký …),
 * "Đang trình ký", "Sẽ gửi", "Chờ ký", "Không có báo cáo" — with or without tones. A report's number given after it
 * still counts (REPORT_NUMBER, as for every caveat).
 */
function notIssuedYet(s: string): boolean {
  // "Đăng trên cổng thông tin ngày …" (published) reads "dang" once its tones are dropped: not "đang" (still).
  return NOT_ISSUED.test(folded(s.slice(0, 80))) && !/^[\s"'“‘(\-–]*đăng/iu.test(s);
}

/** A web address the office can open; a path on the sender's own computer ("C:\\Users\\…\\BC.docx") is none (review reports M3). */
function linkGiven(s: string): boolean {
  return !noEvidence(s) && WEB_LINK.test(s);
}

/** A plan's or report's number ("15/KH-MNHS", "40/BC-THLL"): the document given, whatever caveat opens the answer. */
const REPORT_NUMBER = /\d\s*\/\s*(?:KH|BC)(?![\p{L}\d])/iu;
/** A draft's number is no document issued ("Chưa ban hành (dự thảo 12/KH-…)": review diff10 #4). */
const DRAFT_START = /^\s*(?:bản\s+)?(?:dự\s*thảo|du\s*thao)/iu;
const DRAFT_NUMBER = /(?:dự\s*thảo|du\s*thao)\s*(?:số\s*)?[:.-]?\s*\d/iu;
/** How a "Số, ngày văn bản" says the report is not issued yet (notIssuedYet), without tones. */
const NOT_ISSUED =
  /^(?:hien |hien tai |hien nay )?(?:chua|se|cho (?:ky|duyet|phe|so|lanh|xac|trinh|ban hanh|hieu truong|y kien)|dang (?:trinh|hoan|lam|xin|cho|doi|soan|xay|tong|viet|ky|chinh|sua|cap|xu|lay|in|gui|chuan|la du thao|du thao|tham|hop)|khong co (?:bao cao|ke hoach|van ban|so va ngay))(?: |$)/;
/** A path on the sender's computer ("C:\\Users\\…\\BC 6 thang.docx", "D:/Bao cao/2027/BC6T.docx", "\\\\may-chu\\…"), to its file's extension, the line's end or the end. */
// A path without a file's extension ends at a comma or semicolon too ("File D:\\BC6T, số 45/BC-THCS …": review d67 #2).
const LOCAL_PATH = /(?:(?<![\p{L}\d])[A-Za-z]:[\\/]|\\\\|file:\/\/)[^\n]*?(?:\.[A-Za-z0-9]{2,5}(?=[\s,;)]|$)|(?=[\n,;])|$)/gu;
/** A document's number given in words and digits: "số 45", "số: 45", "văn bản số 45". */
const NUMBER_GIVEN = /(?:^|[^\p{L}])(?:số|so)\s*[:.]?\s*\d/iu;

/**
 * A report as parsed: its summary (a paragraph nothing decides on) is cleaned when read, from the cell the report
 * keeps (the caller's row, not a copy), like a registration's answers.
 */
class ReportRecord implements ProgressReport {
  constructor(
    public row: number,
    public submittedAt: Date | null,
    public email: string,
    public schoolName: string,
    public school: School | null,
    public period: ReportingPeriod | null,
    public periodLabel: string,
    public docRef: string,
    private readonly summaryCell: unknown,
    public link: string,
    public sentFrom?: School,
    public early?: true,
  ) {}

  get summary(): string {
    return toParagraph(this.summaryCell);
  }
}

export interface ParsedReports {
  reports: ProgressReport[];
  errors: string[];
  /** Information for the office, nothing to fix: titles heading several columns (read as one field). */
  notes: string[];
}

/**
 * Parse the report-form response tab (header row first, any column order). Never throws. A title heading several
 * columns (a question deleted and created again) is read as one field (src/core/columns.ts); a row that answered it
 * twice, differently, is reported.
 */
export function parseReports(values: readonly (readonly unknown[])[], form: FormDefinition, dir: Directory, cfg: OfficeConfig, tab: string): ParsedReports {
  if (!values || values.length === 0) return { reports: [], errors: [responseErrorEmpty(tab)], notes: [] };
  const errors: string[] = [];
  const find = headerFinder(values[0] || []);
  const shared = sharedColumns(values[0] || []);
  const notes = shared.map((g) => responseNoteSharedHeader(tab, g.header, g.columns.map(columnLetters)));
  const col = (names: readonly string[]) => {
    const i = find(names);
    if (i < 0) errors.push(responseErrorMissingHeader(tab, names[0]));
    return i;
  };
  const cTime = col(TIMESTAMP_HEADERS);
  const cEmail = col(EMAIL_HEADERS);
  const cols: Record<string, number> = {};
  for (const h of responseHeaders(form)) cols[h] = col([h]);
  const periods = new Map<string, ReportingPeriod>(reportingPeriods(cfg.period).map((p) => [matchKey(p.label), p]));
  // The schools each address is listed for (not the office's own row: a clerk entering a school's paper report from
  // the office's address is no other school).
  const listedFor = schoolsByAddress(dir);
  const reports: ProgressReport[] = [];
  // The columns looked up once, read without a closure per row.
  const cSchool = cols[R.school];
  const cPeriod = cols[R.period];
  const cDocRef = cols[R.docRef];
  const cSummary = cols[R.summary];
  const cLink = cols[R.link];
  const cellOf = (r: readonly unknown[], c: number) => (c >= 0 ? r[c] : '');
  // The day each period's reports count from (none for the plan), worked out once per period, not once per report.
  const countsFromByPeriod = new Map<ReportingPeriod, Date | null>();
  const countsFromOf = (period: ReportingPeriod): Date | null => {
    let from = countsFromByPeriod.get(period);
    if (from === undefined) countsFromByPeriod.set(period, (from = period.kind !== 'plan' ? reportCountsFrom({ ...period, kind: period.kind }) : null));
    return from;
  };
  for (let i = 1; i < values.length; i++) {
    const row = values[i] || [];
    if (isBlankRow(row)) continue;
    const r = mergeSharedCells(row, shared, (c) => errors.push(reportParseConflictingAnswers(tab, i + 1, c.header, c.values, c.used)));
    const schoolName = toText(cellOf(r, cSchool));
    const periodLabel = toText(cellOf(r, cPeriod));
    const school = dir.byKey.get(matchKey(schoolName)) || null;
    const period = periods.get(matchKey(periodLabel)) || null;
    if (!school) errors.push(reportParseUnknownSchool(i + 1, R.school, schoolName));
    if (!period) errors.push(reportParseUnknownPeriod(i + 1, R.period, periodLabel));
    const email = normaliseEmail(cellOf(r, cEmail));
    const owners = email !== '' ? listedFor.get(email) : undefined;
    const sentFrom = school && owners && owners.indexOf(school) < 0 ? owners[0] : undefined;
    if (school && sentFrom) errors.push(reportParseOtherSchool(i + 1, email, sentFrom.name, R.school, school.name));
    const submittedAt = parseDate(cellOf(r, cTime));
    const countsFrom = period !== null ? countsFromOf(period) : null;
    const early = countsFrom !== null && submittedAt !== null && submittedAt.getTime() < countsFrom.getTime() ? true : undefined;
    if (early) errors.push(sentBeforePeriodBegan(period!, submittedAt!) ? reportParseEarly(i + 1, R.period, periodLabel) : reportParseTooSoon(i + 1, R.period, periodLabel, formatDate(countsFrom!)));
    reports.push(
      new ReportRecord(
        i + 1,
        submittedAt,
        email,
        schoolName,
        school,
        period,
        periodLabel,
        toText(cellOf(r, cDocRef)),
        cellOf(r, cSummary),
        toText(cellOf(r, cLink)),
        sentFrom,
        early,
      ),
    );
  }
  return { reports, errors, notes };
}
