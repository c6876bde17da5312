// Every Vietnamese sentence of the scheduled e-mails: the weekly digest to the office and the deadline reminders
// to schools. Names are prefixed DIGEST_/REMINDER_/MAIL_ so they do not collide with the other catalogues.

import { Q, R } from '../form-titles';
import { APP_NAME, TAB } from './app';
import { HISTORY_TAB, groupedBy, lackingWhat, minimumDuty, schoolMailFooter, schoolYearsText, type MinimumParts } from './summaries';
import { CONFIG_TAB, CRITERIA_TAB, REMINDERS_OFF, configLabel } from './validation';

const q = (s: string) => `“${s}”`;
/** " ngày 10/12/2026" after "gửi", or nothing when the day is not known. */
const sentOnText = (sentOn: string) => (sentOn ? ` ngày ${sentOn}` : '');
/** The report form's two questions that make a report count (mục IV.2), by the form's own titles (review "proofread" #3). */
export const EVIDENCE_FIELDS = `mục ${q(R.docRef)} hoặc ${q(R.link)}`;
/** "A", "A và B", "A, B và C". */
const listAnd = (xs: readonly string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} và ${xs[xs.length - 1]}`);
const delta = (n: number) => (n > 0 ? ` (+${n})` : n < 0 ? ` (${n})` : '');

/** "hạn d1: A và hạn d2: B": the reminder's deadlines in its subject, each by its date first. */
const remindedOf = (deadlines: readonly { title: string; date: string; word?: DueWord }[]) => listAnd(deadlines.map((d) => `${d.word ?? 'hạn'} ${d.date}: ${d.title}`));
/**
 * What a reminded date is to the school: "hạn" (what it sends by then: a plan, a report, its registrations) or "mốc" (a
 * milestone of the office's own — the interim review, the conferences — before which it completes what is listed:
 * review vntext2 L7).
 */
export type DueWord = 'hạn' | 'mốc';
/** The notice told once (REMINDER_EMAIL.windowClosed, yearClosed) in a subject: always a school short of the minimum. */
const WINDOW_CLOSED_SUBJECT = 'Chưa đạt yêu cầu đăng ký tối thiểu mỗi năm học (mục III.1)';
/** The words of WINDOW_CLOSED_SUBJECT in earlier versions, which the outbox holds in the subjects of reminders sent then. */
const WINDOW_CLOSED_SUBJECT_EARLIER = ['Chưa đạt đăng ký tối thiểu mỗi năm học (mục III.1)', 'Kết quả đăng ký tối thiểu mỗi năm học (mục III.1)'];
/**
 * Whether a reminder's subject, as the outbox recorded it when sent, says it carried a notice told once (src/core/reminders.ts
 * sentReminders). Should the words change, the earlier ones stay recognised here: else a notice told would be told again.
 */
export const carriesNotice = (subject: string): boolean => subject.includes(WINDOW_CLOSED_SUBJECT) || WINDOW_CLOSED_SUBJECT_EARLIER.some((w) => subject.includes(w));

/** What a deadline is, as the object of "hạn …" / "trước hạn …". */
export const DEADLINE_TITLES = {
  plan: (start: number, end: number) => `nộp Kế hoạch giai đoạn ${start}-${end} của đơn vị`,
  halfYear: (year: number) => `gửi báo cáo kết quả 6 tháng đầu năm ${year}`,
  annual: (year: number) => `gửi báo cáo kết quả năm ${year}`,
  registration: 'kết thúc đợt đăng ký xây dựng mô hình, điển hình tiên tiến',
  'SO-KET': 'sơ kết giữa giai đoạn',
  'BIEU-DUONG': 'hội nghị biểu dương mô hình, điển hình tiên tiến',
  'TONG-KET': 'hội nghị tổng kết giai đoạn',
} as const;

/** The reminder a school receives before a deadline: only its own status. */
export const REMINDER_EMAIL = {
  /**
   * The deadlines reminded of, in date order, each date first: "Nhắc hạn d1: A và hạn d2: B" (a phone's inbox shows some
   * 40 characters of a subject: review mobile H1).
   */
  subject: (deadlines: readonly { title: string; date: string; word?: DueWord }[], school: string) =>
    `[${APP_NAME}] Nhắc ${remindedOf(deadlines)} — ${school}`,
  /**
   * A reminder that also carries the notice told once (windowClosed): the notice is named first, so that a verdict told
   * once is not filed away as a routine reminder (review "mailbox" #1).
   */
  subjectWithNotice: (deadlines: readonly { title: string; date: string; word?: DueWord }[], school: string) =>
    `[${APP_NAME}] ${WINDOW_CLOSED_SUBJECT} và nhắc ${remindedOf(deadlines)} — ${school}`,
  /** `head`: the principal's title ("Hiệu trưởng"; a unit of the office's: its own, directory.ts unitHead). */
  greeting: (school: string, principal: string, head = 'Hiệu trưởng') => (principal ? `Kính gửi: ${school} (${head} ${principal})` : `Kính gửi: ${school}`),
  intro: (org: string, title: string, date: string, daysLeft: number, word: DueWord = 'hạn') =>
    daysLeft > 0
      ? `${org} xin nhắc: còn ${daysLeft} ngày nữa là đến ${word} ${title} (${date}).`
      : `${org} xin nhắc: hôm nay (${date}) là ${word} ${title}.`,
  /**
   * What the inbox shows under the subject (which names the deadline): the days left to the first deadline and how much
   * is still to do (review mobile H1). `later`: the further deadlines of the same e-mail with what each adds to the list
   * (none added: left out), so that the counts add up to what the e-mail lists (review mail M6).
   */
  preheader: (date: string, daysLeft: number, items: number, later: readonly { date: string; items: number; word?: DueWord }[] = [], word: DueWord = 'hạn') => {
    const more = later.filter((l) => l.items > 0);
    return (
      `${daysLeft > 0 ? `Còn ${daysLeft} ngày đến ${word} ${date}` : `Hôm nay (${date}) là ${word}`}; ` +
      (more.length === 0
        ? `đơn vị còn ${items} việc cần hoàn thành.`
        : `đơn vị còn ${listAnd([`${items} việc trước ${word} này`, ...more.map((l) => `${l.items} việc trước ${l.word ?? 'hạn'} ${l.date}`)])}.`)
    );
  },
  /**
   * The office moved the date since the school's last reminder of it named `from` (review r66c F3): `later`, moved later.
   * `office`: officeWord. `window`: the registration window's end, moved later: a registration its confirmation called
   * late (sent after the first end) is now on time, and the school is told so.
   */
  moved: (title: string, date: string, from: string, later: boolean, office: string, word: DueWord = 'hạn', window = false) =>
    `Lưu ý: ${word} ${title} đã được ${office} ${later ? 'lùi đến' : 'đổi sớm hơn, nay là'} ngày ${date} (thư nhắc trước ghi ngày ${from}).` +
    (later && window ? ` Phiếu gửi đến hết ngày ${date} đều trong thời hạn đăng ký, kể cả phiếu đã được thư báo kết quả ghi là gửi sau thời hạn.` : ''),
  /** A further deadline of the same reminder (the office has introduced itself above). */
  introMore: (title: string, date: string, daysLeft: number, word: DueWord = 'hạn') =>
    daysLeft > 0 ? `Còn ${daysLeft} ngày nữa là đến ${word} ${title} (${date}).` : `Hôm nay (${date}) là ${word} ${title}.`,
  /** `office`: how the office names itself (officeWord). */
  itemsTitle: (office: string) => `Theo dữ liệu ${office} nhận được đến nay, đơn vị còn những việc sau:`,
  /** A further deadline of the same reminder: what it asks beyond the lists above. */
  moreItemsTitle: (word: DueWord = 'hạn') => `Ngoài các việc nêu trên, trước ${word} này đơn vị còn:`,
  /**
   * A further deadline of the same reminder that asks nothing beyond the lists above (`first`: the earliest deadline's
   * date, by which they are due: review diff10 #5, a school read the later date as theirs).
   */
  nothingMore: (first: string, word: DueWord = 'hạn') => `Trước ${word} này, đơn vị không có việc nào khác ngoài các việc nêu trên (cần hoàn thành trước ngày ${first}).`,
  /**
   * A report deadline whose plan or report the school has sent (with evidence), in the subject instead of "gửi báo cáo …":
   * the e-mail reminds of other things (review yearahead R1). `isReport`: a report's period, which needs its noun.
   */
  receivedTitle: (periodLabel: string, isReport: boolean) => `các việc còn lại (đã nhận ${isReport ? 'báo cáo ' : ''}${q(periodLabel)})`,
  /** The same, after the intro: the deadline's own plan or report is in. `office`: officeWord. */
  received: (periodLabel: string, isReport: boolean, office: string) =>
    `${office} đã nhận ${isReport ? 'báo cáo ' : ''}${q(periodLabel)} của đơn vị; thư này nhắc các việc khác còn lại.`,
  /**
   * Where to send the overdue plan and reports when the deadline's own report is in (no period to choose for it): the
   * overdue line above says to choose the period already (overdueReports).
   */
  howToReportOverdue: (url: string | null, office: string) =>
    `Biểu mẫu báo cáo: ${url ?? `biểu mẫu ${office} đã gửi`}; khi gửi bổ sung, ghi ${EVIDENCE_FIELDS}.`,
  howToReport: (periodLabel: string, url: string | null, office: string) =>
    `Để gửi báo cáo, mở biểu mẫu báo cáo ${url ? `tại ${url}` : `${office} đã gửi`} và chọn “Kỳ báo cáo” là ${q(periodLabel)}; ghi ${EVIDENCE_FIELDS}.`,
  /** `linked`: every registration listed carries its own edit link (editLink). */
  howToRegister: (url: string | null, office: string, linked = false) =>
    `Để đăng ký hoặc bổ sung, mở biểu mẫu đăng ký ${url ? `tại ${url}` : `${office} đã gửi`} (${linked ? 'phiếu đã gửi thì sửa bằng đường dẫn ghi sau phiếu đó ở trên; ai có đường dẫn đều xem và sửa được cả phiếu, nên khi chuyển thư này cho người khác, chỉ gửi đường dẫn của phiếu người đó' : 'hoặc sửa phiếu đã gửi bằng đường dẫn trong thư báo kết quả kiểm tra'}).`,
  /** After a registration's item: its own edit link (the Forms URL, plain text; the e-mail goes to every school address). */
  editLink: (url: string) => ` Sửa phiếu này tại: ${url}`,
  /** One plan or report past its deadline, not sent (or sent without evidence): "“Năm 2026” (hạn 15/12/2026)". */
  /** `early`: the only report of the period was sent too early to count (review d62 F2), its day and the day it counts from. */
  /** `other`: its only report came from another listed school's address (review d63 F6), that day and that school. */
  overduePeriod: (label: string, deadline: string, noEvidence: boolean, early: { sentOn: string; from: string } | null = null, other: { sentOn: string; sender: string } | null = null) =>
    `${q(label)} (hạn ${deadline}${other ? `; báo cáo gửi${sentOnText(other.sentOn)} từ địa chỉ e-mail của ${q(other.sender)} nên chưa được tính` : noEvidence ? `; đã gửi nhưng chưa ghi ${EVIDENCE_FIELDS}` : ''}${early ? `; báo cáo gửi ngày ${early.sentOn} chưa được tính vì gửi trước ngày ${early.from}` : ''})`,
  /** Late, a report still counts (reports.ts reportStatus): how to send it, besides the current period's how-to (review school #7). */
  /** `closed`: the period ended and the report form takes nothing more (a receipt after the end: review d62 F4): the list only. */
  overdueReports: (periods: readonly string[], closed = false) =>
    `Các kỳ báo cáo còn thiếu (đã quá hạn): ${periods.join('; ')}.${closed ? '' : ' Đơn vị vẫn gửi bổ sung được: mở biểu mẫu báo cáo và chọn đúng kỳ đó ở mục “Kỳ báo cáo”.'}`,
  /**
   * The school years short of the minimum, once the window has closed, one phrase for the years lacking the same thing:
   * "năm học 2026-2027 và 2027-2028 không đăng ký tập thể" (review mail L10).
   */
  lackingYears: (lacking: readonly { year: number; collective: boolean; individual: boolean }[]) =>
    groupedBy(lacking, lackingWhat).map((g) => `${schoolYearsText(g)} không đăng ký ${lackingWhat(g[0])}`),
  /** Told once, in the first reminder after the window closed (`close`: its last day; `office`: officeWord). */
  windowClosed: (close: string, years: readonly string[], office: string, parts?: MinimumParts) =>
    `Đợt đăng ký đã kết thúc ngày ${close}. Theo dữ liệu ${office} nhận được, đơn vị chưa đủ tối thiểu ${minimumDuty(parts)} đăng ký mỗi năm học (mục III.1 của Kế hoạch): ${years.join('; ')}. ` +
    `Nhiệm vụ này của đơn vị được ghi là “Chưa đạt”; phiếu gửi sau ngày ${close} không được tính bù. Thông tin này chỉ báo một lần.`,
  /**
   * Told once, in the first reminder after school year `year` closed on `end` (31 August) short of the minimum, the
   * window still open for `next` (review yearahead R6); worded as windowClosed.
   */
  yearClosed: (year: string, end: string, years: readonly string[], next: string, office: string, parts?: MinimumParts) =>
    `Năm học ${year} đã kết thúc ngày ${end}. Theo dữ liệu ${office} nhận được, đơn vị chưa đủ tối thiểu ${minimumDuty(parts)} đăng ký mỗi năm học (mục III.1 của Kế hoạch): ${years.join('; ')}. ` +
    `Nhiệm vụ này của đơn vị được ghi là “Chưa đạt”; phiếu gửi sau ngày ${end} được tính cho năm học ${next}, không tính bù cho năm học đã kết thúc. Thông tin này chỉ báo một lần.`,
  /** Before a reminder's preheader, when the e-mail opens with that notice (its subject names it first). */
  windowClosedPreheader: 'Nhiệm vụ đăng ký tối thiểu mỗi năm học (mục III.1) được ghi “Chưa đạt”; ',
  subjectWindowClosed: (school: string) => `[${APP_NAME}] ${WINDOW_CLOSED_SUBJECT} — ${school}`,
  ignore: 'Nếu đơn vị đã hoàn thành sau thời điểm thư này được lập, xin bỏ qua thư này.',
  /** After an e-mail that opens with a notice told once: what may be ignored is the reminder, not the notice (review d63). */
  ignoreAfterNotice: 'Nếu đơn vị đã hoàn thành các việc nêu trên sau thời điểm thư này được lập, xin bỏ qua phần nhắc việc; thông báo ở đầu thư vẫn giữ nguyên.',
  footer: (org: string, contact?: string) => schoolMailFooter(org, contact),
  /** `isReport`: a report's period ("Năm 2026"), which needs its noun; the school's plan's label has its own. */
  reportMissing: (periodLabel: string, isReport: boolean) => `Chưa gửi ${isReport ? 'báo cáo ' : ''}${q(periodLabel)} qua biểu mẫu báo cáo.`,
  /**
   * The report of `periodLabel` the school sent on `sentOn` does not count, sent before `from` (reportCountsFrom: the
   * six-month one chosen as the year's, say): not "not sent" — it did send one (review d62 F1).
   */
  reportEarly: (periodLabel: string, sentOn: string, from: string) =>
    `Báo cáo gửi ngày ${sentOn} với “Kỳ báo cáo” là ${q(periodLabel)} chưa được tính cho kỳ này vì gửi trước ngày ${from} (có thể đã chọn nhầm kỳ); đề nghị gửi báo cáo ${q(periodLabel)} qua biểu mẫu báo cáo.`,
  /**
   * The school's report of another period (`label`, the year's) sent on `sentOn`, before `from`, does not count: if it
   * was the report of `periodLabel`, it is to be sent again choosing that period (review upgrade6 F1).
   */
  reportEarlyOther: (label: string, sentOn: string, from: string, periodLabel: string) =>
    `Báo cáo gửi ngày ${sentOn} với “Kỳ báo cáo” là ${q(label)} chưa được tính vì gửi trước ngày ${from}; nếu đó là báo cáo ${q(periodLabel)} (chọn nhầm kỳ), đề nghị gửi lại và chọn “Kỳ báo cáo” là ${q(periodLabel)}.`,
  /**
   * The only report of `periodLabel` came from the address of `sender`, another school listed in "Đơn vị" (review d63
   * F6): worded as the receipt (receiptOtherSchool), not as a report lacking its document number.
   */
  reportOtherSchool: (periodLabel: string, isReport: boolean, sentOn: string, sender: string) =>
    `${isReport ? `Báo cáo ${q(periodLabel)}` : q(periodLabel)} gửi${sentOnText(sentOn)} từ địa chỉ e-mail của ${q(sender)} nên chưa được tính cho đơn vị; nếu đúng là ${isReport ? 'báo cáo' : 'kế hoạch'} của đơn vị, đề nghị gửi lại từ địa chỉ e-mail của trường.`,
  reportNoEvidence: (periodLabel: string, isReport: boolean) =>
    `Đã gửi ${isReport ? 'báo cáo ' : ''}${q(periodLabel)} nhưng chưa ghi ${EVIDENCE_FIELDS}; đề nghị gửi lại có đủ thông tin.`,
  /**
   * The open findings themselves, as the registration stands today: its result e-mail may be older than its verdict
   * (a verdict can change with the calendar alone, e.g. from the interim review on), so it is not pointed to.
   */
  /**
   * `notMet`: criteria what the school declared does not meet (a breach declared, a movement not joined: not evidence
   * to add; told as a fact, not as an answer to change — each finding says what can be done); `missing`: what the
   * school can still add (evidence, a rating left blank).
   */
  /**
   * After registrationToFix, for a registration sent from the school's address with another school chosen in the list
   * (review d74b F1): the school is reminded of it, and told which school the form names.
   */
  chosenOther: (chosen: string) => ` Phiếu này gửi từ địa chỉ của đơn vị nhưng ở câu “${Q.school}” chọn ${chosen}; nếu chọn nhầm, hãy mở lại phiếu và chọn đúng đơn vị.`,
  registrationToFix: (id: string, kind: string, name: string, verdict: string, notMet: readonly string[], missing: readonly string[]) =>
    `Phiếu ${id} (${kind.toLowerCase()} ${q(name)}): ${verdict}` +
    (notMet.length > 0
      ? ` — ${notMet.length} điểm chưa đạt theo thông tin đơn vị đã khai. ${notMet.join(' ')}`
      : '') +
    (missing.length > 0 ? ` — còn ${missing.length} điểm cần bổ sung. ${missing.join(' ')}` : '') +
    (notMet.length + missing.length === 0 ? '.' : ''),
  /** A registration "Đạt" now that the interim review will turn (CN-10 judged from that day): `note` says why and what to do. */
  registrationJudgedAtReview: (id: string, kind: string, name: string, note: string) => `Phiếu ${id} (${kind.toLowerCase()} ${q(name)}): hiện Đạt. ${note}`,
  unknownName: '(chưa ghi tên)',
  unknownKind: 'Phiếu',
} as const;

/** Why an e-mail to a school has no recipient (the outbox's note: src/core/directory.ts noMailNote). */
export const SCHOOL_NO_MAIL = {
  none: 'Đơn vị chưa có e-mail trong trang “Đơn vị”; hãy bổ sung để đơn vị nhận được thư.',
  /** Every address of the school is also another school's (schoolMail: review privacy #3, diff37 #1). */
  shared: (addresses: readonly string[]) =>
    `E-mail của đơn vị trong trang “Đơn vị” (${addresses.join(', ')}) cũng là e-mail của trường khác nên công cụ không gửi (thư về phiếu của trường này sẽ đến tay trường kia); hãy ghi một e-mail riêng của đơn vị để đơn vị nhận được thư.`,
} as const;

export const REMINDER_NOTE = {
  noAddress: 'Đơn vị chưa có e-mail trong trang “Đơn vị”; hãy bổ sung để đơn vị nhận được thư nhắc.',
  done: 'Đơn vị đã hoàn thành việc được nhắc trước khi thư kịp gửi; không cần gửi nữa.',
  passed: 'Đã quá hạn được nhắc trước khi thư kịp gửi; không gửi nữa.',
  gone: 'Đơn vị hoặc hạn này không còn trong trang “Đơn vị”/“Cấu hình”; không gửi nữa.',
  superseded: 'Chưa kịp gửi thì đã đến lượt thư nhắc gần hạn hơn cho cùng hạn này; gửi thư mới hơn thay cho thư này.',
  /**
   * Waiting when the clerk merged its school with another into one row of "Đơn vị" ("Tên cũ" holding both names): the
   * merged school's reminder of the same deadline and offset is on another row (review d69c F2).
   */
  merged: 'Đơn vị đã được gộp với đơn vị khác trong trang “Đơn vị” trước khi thư kịp gửi; thư nhắc cùng hạn, cùng lần nhắc của đơn vị gộp ở dòng khác, không gửi thư này nữa.',
  /** Waiting (for the quota) when the office moved the date it reminds of (review r66c F3). */
  moved: `Cơ quan đã đổi ngày được nhắc trong thư này ở trang ${q(CONFIG_TAB)} trước khi thư kịp gửi; không gửi nữa, thư nhắc theo ngày mới được gửi khi đến lượt.`,
  /**
   * Waiting (for the quota) when the office took its offsets out of "Nhắc hạn trước (số ngày)": `removed`, the days
   * before the deadline it was queued for; `now`, the days the row holds now (none: "Không", reminders off).
   */
  turnedOff: (removed: readonly number[], now: readonly number[]) =>
    now.length === 0
      ? `Cơ quan đã tắt thư nhắc (ghi ${q(REMINDERS_OFF)} ở mục ${q(configLabel('mail.reminderDaysBefore'))}, trang ${q(CONFIG_TAB)}) trước khi thư kịp gửi; không gửi nữa.`
      : `Cơ quan đã bỏ lần nhắc trước ${listAnd(removed.map(String))} ngày (mục ${q(configLabel('mail.reminderDaysBefore'))} ở trang ${q(CONFIG_TAB)} nay là ${q(now.join('; '))}) trước khi thư kịp gửi; không gửi nữa.`,
} as const;

/**
 * Whether a reminder's note in "Hộp thư đi" is REMINDER_NOTE.turnedOff's alone (of either form): closed only because the
 * office took its offsets out, never possibly sent (a note that says a stopped run may have sent it adds to it).
 */
export const isTurnedOffNote = (note: string): boolean =>
  (note.startsWith('Cơ quan đã tắt thư nhắc (') || note.startsWith('Cơ quan đã bỏ lần nhắc trước ')) && note.endsWith('trước khi thư kịp gửi; không gửi nữa.');

/** Notes of a weekly digest in "Hộp thư đi" that is not sent. */
export const DIGEST_NOTE = {
  /** Waiting (for the quota) when the office emptied "Người nhận thư tổng hợp". */
  noRecipients: `Cơ quan đã để trống mục ${q(configLabel('mail.digestRecipients'))} ở trang ${q(CONFIG_TAB)} (không gửi thư tổng hợp) trước khi thư kịp gửi; không gửi nữa.`,
  /**
   * Still waiting (for the quota, after an error) when the next digest was queued: that one goes instead, and tells the
   * changes since the last digest every recipient received, so this one's too (src/core/digest.ts promoteDigestState).
   */
  superseded: 'Chưa kịp gửi thì đã đến thư tổng hợp mới hơn; thư mới được gửi thay, có cả những thay đổi mà thư này báo.',
} as const;

/** The weekly summary e-mail to the office staff. */
export const DIGEST_EMAIL = {
  subject: (org: string, date: string) => `[${APP_NAME}] Tổng hợp hằng tuần — ${org} — ${date}`,
  greeting: 'Kính gửi: Thường trực Hội đồng Thi đua - Khen thưởng',
  /**
   * Under the subject in the inbox, instead of the greeting: the week in one line — registrations in force and the
   * Đạt among them, new or edited since the last digest (null: the first digest; digests are weekly but may skip a week, so "since the last", not "this week"), waiting for the council, schools
   * short of the minimum in a school year that closed (one short only in the year still open is not counted: review
   * openyear).
   */
  preheader: (total: number, dat: number, changed: number | null, waiting: number, short: number) =>
    [
      `${total} phiếu (${dat} đạt)`,
      changed === null ? '' : changed > 0 ? `${changed} phiếu mới hoặc được sửa kể từ thư trước` : 'không có phiếu mới hay phiếu sửa kể từ thư trước',
      waiting > 0 ? `${waiting} phiếu đạt chờ Hội đồng quyết định` : '',
      short > 0 ? `${short} đơn vị không đủ số đăng ký tối thiểu` : '',
    ]
      .filter((x) => x !== '')
      .join('; ') + '.',
  intro: (period: string, when: string) =>
    `Tình hình đăng ký mô hình, điển hình tiên tiến giai đoạn ${period}, tổng hợp tự động lúc ${when}.`,
  countsTitle: 'Số phiếu đăng ký (không tính phiếu đã được thay thế bằng phiếu mới hơn):',
  /** n = [total, Đạt, Chưa đạt, Cần bổ sung]; d = the same changes since the last digest, or null. */
  countsLine: (label: string, n: readonly number[], d: readonly number[] | null) => {
    const x = (i: number) => `${n[i]}${d ? delta(d[i]) : ''}`;
    return `${label}: ${n[0]} phiếu${d ? delta(d[0]) : ''} — Đạt ${x(1)}, Chưa đạt ${x(2)}, Cần bổ sung ${x(3)}`;
  },
  totalLabel: 'Tổng cộng',
  unknownKindLabel: 'Chưa rõ đối tượng',
  deltaNote: (since: string) => `Số trong ngoặc là thay đổi so với thư tổng hợp trước (${since}).`,
  changesTitle: (since: string) => `Phiếu mới và phiếu được sửa từ thư tổng hợp trước (${since}):`,
  noChanges: (since: string) => `Không có phiếu mới hay phiếu sửa nào từ thư tổng hợp trước (${since}).`,
  /** Progress reports and plans received since the last digest (review reports L3). */
  reportsTitle: (since: string) => `Kế hoạch, báo cáo nhận được từ thư tổng hợp trước (${since}):`,
  /** A report's period ("Năm 2026") gets its noun; the school's plan ("Kế hoạch giai đoạn … của đơn vị") names itself. */
  reportLine: (school: string, period: string, counted: boolean) =>
    `${school}: ${/^\s*(kế hoạch|báo cáo)(\s|$)/iu.test(period) ? '' : 'báo cáo '}“${period}”${counted ? '' : ' — chưa được tính (lý do ở trang của đơn vị và trang “Nhật ký lỗi”)'}.`,
  firstDigest: 'Đây là thư tổng hợp đầu tiên; từ thư sau sẽ có danh sách phiếu mới và phiếu được sửa trong tuần.',
  /**
   * The registrations whose verdict the calendar alone changed since the last digest. Their schools got a notice of
   * the turn, whatever the day and the new verdict (src/core/notices.ts calendarTurns: every turn of a day a run saw
   * coming; review "mailbox" #6: the digest said none of those were e-mailed).
   */
  /**
   * `untold`: the days (dd/MM/yyyy) of those listed on which the schools are sent no notice of a turn (src/core/notices.ts
   * turningDays: after the final conference, a date "Cấu hình" does not hold as usable, "Ngày kiểm tra" fixing the day):
   * the turns of those days are not said to have been e-mailed (review diff58 L6).
   */
  flipsTitle: (n: number, untold: readonly string[] = []) =>
    `Các phiếu đổi kết luận vì vậy — ${n} phiếu. Trường được công cụ gửi thư báo thay đổi, trừ khi trường chưa có e-mail, thư chưa gửi được, hoặc mốc được ghi, sửa ở trang “Cấu hình” khi ngày đó đã qua (xem “Nhật ký lỗi”)${untold.length ? `; thay đổi ngày ${listAnd(untold)} thì không có thư báo (giai đoạn đã tổng kết, ngày chưa xác định ở trang “Cấu hình”, hoặc “Ngày kiểm tra” đang cố định ngày kiểm tra)` : ''}: trang “Hộp thư đi” cho biết thư nào đã gửi; phiếu nào chưa có thư thì nên báo cho trường:`,
  /** The registrations whose verdict turned since the last digest for another reason than their school's sending (review r67s F4). */
  otherTurnsTitle: (n: number, since: string) =>
    `Phiếu đổi kết luận từ thư tổng hợp trước (${since}) mà không do trường gửi hay sửa phiếu — ${n} phiếu (lý do ở trang “${HISTORY_TAB}” và “Nhật ký lỗi” cùng thời điểm):`,
  otherTurnLine: (id: string, school: string, name: string, change: string) => `${id} — ${school} — ${q(name)}: ${change}`,
  flipLine: (id: string, school: string, kind: string, name: string, before: string, now: string) =>
    `${id} — ${school} — ${kind.toLowerCase()} ${q(name)}: ${before} → ${now}`,
  /**
   * `turned`: the day of the calendar that changed its verdict after it was sent (it is among flipsTitle's too: review
   * mail L13), or null.
   */
  changeLine: (isNew: boolean, id: string, school: string, kind: string, name: string, verdict: string, replaces: readonly string[] = [], turned: string | null = null) =>
    `${isNew ? 'Mới' : 'Sửa'}: ${id} — ${school} — ${kind.toLowerCase()} ${q(name)} — ${verdict}${turned ? ` (đổi theo mốc ${turned})` : ''}${replaces.length ? ` (thay phiếu ${replaces.join(', ')})` : ''}`,
  /**
   * A registration sent or edited since the last digest that does not count: another of its subject replaces it (`by`,
   * not listed itself). `from`: the address it was first sent from when its school does not list it, else ''.
   */
  supersededLine: (isNew: boolean, id: string, school: string, kind: string, name: string, by: string, from = '') =>
    `${isNew ? 'Mới' : 'Sửa'}: ${id} — ${school} — ${kind.toLowerCase()} ${q(name)} — không được xét (trùng với phiếu ${by}${from ? `; gửi từ địa chỉ ${from}, chưa có trong danh sách e-mail của đơn vị` : ''})`,
  /** The schools short of the minimum in a school year no registration can fill any more (over, or the window closed). */
  minimumTitle: (n: number, parts?: MinimumParts) =>
    `Đơn vị không đủ tối thiểu ${minimumDuty(parts, 'một')} đăng ký trong năm học đã qua hoặc đã hết hạn đăng ký (mục III.1 của Kế hoạch) — ${n} đơn vị:`,
  /**
   * The schools yet to register a collective or an individual for the school year still open (`year` "2027-2028";
   * `until` dd/MM/yyyy, the last day a registration counts for it, '' when a stand-in): not a failure (review openyear).
   */
  minimumOpenTitle: (year: string, until: string, n: number, parts?: MinimumParts) =>
    `Đơn vị chưa đăng ký đủ ${minimumDuty(parts, 'một')} cho năm học ${year}${until ? ` (còn hạn đến hết ngày ${until})` : ''} — ${n} đơn vị:`,
  /** `what`: lackingWhat of the open year ("tập thể", "cá nhân", "tập thể và cá nhân"). */
  minimumOpenLine: (school: string, what: string) => `${school}: chưa có ${what}`,
  minimumAllMet: 'Tất cả các đơn vị đã có ít nhất một tập thể và một cá nhân đăng ký.',
  /** minimumAllMet with the minimum as the office requires it (review d67 #8). */
  minimumAllMetOf: (parts?: MinimumParts) => `Tất cả các đơn vị đã có ít nhất ${minimumDuty(parts, 'một')} đăng ký.`,
  /** The office switched the minimum's criteria (TR-01, TR-02) to "Không" in "Tiêu chí" (review r67t #5). */
  minimumNotRequired: `Yêu cầu mỗi đơn vị đăng ký ít nhất một tập thể và một cá nhân mỗi năm học (mục III.1 của Kế hoạch) không bắt buộc theo trang “${CRITERIA_TAB}”.`,
  /** No school year of the period asks for the minimum yet, as of `date` (the day of the checks): nobody is short. */
  minimumNoYear: (date: string, parts?: MinimumParts) =>
    `Tính đến ngày ${date}, chưa có năm học nào của giai đoạn mà các đơn vị phải có ít nhất ${minimumDuty(parts, 'một')} đăng ký (mục III.1 của Kế hoạch).`,
  /**
   * While "Ngày kiểm tra" fixes the day of the checks (review now N7): which day each part of the digest uses, said
   * after the note of "Cấu hình" (todayFixedNote). `fixed` and `today`: dd/MM/yyyy.
   */
  todayFixed: (fixed: string, today: string) =>
    `Trong thư này, kết luận của các phiếu (số phiếu Đạt, Chưa đạt, Cần bổ sung) tính như vào ngày ${fixed}; các đơn vị chưa đủ số đăng ký tối thiểu, các kế hoạch, báo cáo quá hạn và các mốc sắp tới tính theo hôm nay (${today}).`,
  /** `lacking`: dutyTextLacking of the closed years the school is short of the minimum in. */
  minimumLine: (school: string, lacking: string) => `${school}: ${lacking}`,
  overdueTitle: (n: number) => `Đơn vị chưa gửi đủ kế hoạch, báo cáo đã đến hạn — ${n} đơn vị:`,
  overdueLine: (school: string, items: string[]) => `${school}: ${items.join('; ')}`,
  overdueMissing: (label: string, isReport: boolean) => `thiếu ${isReport ? 'báo cáo ' : ''}${q(label)}`,
  overdueNoEvidence: (label: string, isReport: boolean) => `${isReport ? 'báo cáo ' : ''}${q(label)} chưa ghi ${EVIDENCE_FIELDS}`,
  /** Its only copy came from the address of `sender`, another listed school (review d63 F6): as the school's reminder says. */
  overdueOtherSchool: (label: string, isReport: boolean, sender: string) => `${isReport ? 'báo cáo ' : ''}${q(label)} gửi từ địa chỉ e-mail của ${q(sender)} nên chưa được tính`,
  /** The Đạt registrations not yet decided on, the highest priority score first. */
  waitingTitle: (n: number, fromTab: boolean) =>
    `Phiếu đạt chờ Hội đồng thẩm định${fromTab ? ' (trang “Thẩm định”)' : ''} — ${n} phiếu, điểm ưu tiên cao trước:`,
  /** "Thẩm định" could not be read (a column renamed): every Đạt registration listed, decided or not (review r67s F3). */
  waitingTitleUnread: (n: number) =>
    `Phiếu đạt — ${n} phiếu, điểm ưu tiên cao trước (không đọc được trang “Thẩm định”, xem “Nhật ký lỗi”: danh sách gồm cả phiếu Hội đồng đã quyết định):`,
  waitingNone: 'Không có phiếu đạt nào chờ Hội đồng thẩm định.',
  waitingLine: (id: string, school: string, kind: string, name: string, score: number) =>
    `${id} — ${school} — ${kind.toLowerCase()} ${q(name)} — điểm ưu tiên ${score}`,
  /** The registrations waiting that are not Đạt: counted, not listed. */
  waitingOthers: (n: number) =>
    `Ngoài ra ${n} phiếu chưa đạt hoặc cần bổ sung cũng chưa có quyết định của Hội đồng (không liệt kê ở đây; xem trang “Thẩm định”).`,
  milestonesTitle: (days: number) => `Các mốc trong ${days} ngày tới:`,
  milestonesNone: (days: number) => `Không có mốc nào trong ${days} ngày tới.`,
  milestoneLine: (date: string, daysLeft: number, label: string) =>
    `${date} (${daysLeft === 0 ? 'hôm nay' : `còn ${daysLeft} ngày`}): ${label}`,
  submittedCount: (done: number, total: number) => ` — ${done}/${total} đơn vị đã gửi`,
  /** After a milestone or deadline whose date is a stand-in (review now N3): the schools are not reminded of it. */
  standIn: ' (ngày tạm dùng vì trang “Cấu hình” có ô cần sửa, xem trang “Nhật ký lỗi”; công cụ không nhắc các trường hạn này cho đến khi sửa)',
  /** `title` is a deadline title (DEADLINE_TITLES). */
  reportDeadline: (title: string) => `Hạn ${title}`,
  /** `tab`: where the office finds them all. */
  more: (n: number, tab: string) => `… và ${n} mục khác (xem đủ ở trang “${tab}”).`,
  sheetLink: (url: string) => `Mở bảng tính: ${url}`,
  footer: (org: string) => `Thư này được gửi tự động hằng tuần từ công cụ ${APP_NAME} của ${org}.`,
} as const;

/** Labels of the scheduled-mail jobs in the "Tình trạng" tab (for JOB_LABEL in app.ts). */
export const MAIL_JOB_LABEL: Record<string, string> = {
  sendWeeklyDigest: 'Gửi thư tổng hợp hằng tuần',
  sendReminders: 'Gửi thư nhắc hạn cho các đơn vị',
  sendWaitingMail: 'Gửi thư chờ hạn mức',
};
/** When each of them runs, in its "Tình trạng" line until it has run (JOB_WHEN in app.ts). */
export const MAIL_JOB_WHEN: Record<string, string> = {
  sendWeeklyDigest: 'Tự chạy mỗi tuần một lần, vào ngày và giờ ghi ở trang “Cấu hình”.',
  sendReminders: 'Tự chạy mỗi ngày; chỉ gửi thư nhắc vào những ngày trước mỗi hạn nộp (số ngày ghi ở trang “Cấu hình”), cho đơn vị còn việc chưa xong.',
  sendWaitingMail: 'Tự chạy khi có thư phải chờ vì tài khoản đã dùng hết hạn mức gửi thư trong ngày.',
};
/** Theirs with their triggers' schedules (JOB_SCHEDULED in app.ts). */
export const MAIL_JOB_SCHEDULED: Record<string, (when: string) => string> = {
  sendWeeklyDigest: (when) => `Tự chạy ${when} (ngày và giờ ghi ở trang “Cấu hình”).`,
  sendReminders: (when) => `Tự chạy ${when}; chỉ gửi thư nhắc vào những ngày trước mỗi hạn nộp (số ngày ghi ở trang “Cấu hình”), cho đơn vị còn việc chưa xong.`,
};

/**
 * The line of "Tình trạng" for the e-mails waiting for the account's daily quota (recipients in 24 h: 100 on a consumer
 * account, 1,500 on Workspace), kept by every run that sends mail. `when`: "HH:mm ngày dd/MM".
 */
export const MAIL_QUOTA_DETAIL = {
  /**
   * `perDay`: the account's daily quota as seen (recipients; 0 unknown). A backlog of more than a day's quota takes days,
   * not the one run at `when` (review "limits" #5): said, with what lifts it.
   */
  waiting: (n: number, when: string, perDay = 0) =>
    `${n} thư đang chờ vì tài khoản đã dùng hết hạn mức gửi thư (số người nhận trong 24 giờ); công cụ tự gửi tiếp khi hạn mức được cấp lại, bắt đầu khoảng ${when}. Thư tổng hợp hằng tuần và thư báo đã nhận phiếu được gửi trước, rồi đến thư nhắc hạn và các thư thông báo.` +
    (perDay > 0 && n > perDay
      ? ` Hạn mức của tài khoản này khoảng ${perDay} người nhận mỗi ngày nên cần ít nhất ${Math.ceil(n / perDay)} ngày để gửi hết.` +
        (perDay <= 100 ? ' Tài khoản Google cá nhân gửi được 100 người nhận mỗi ngày, tài khoản Google Workspace của cơ quan gửi được 1.500: với nhiều đơn vị, nên cài đặt công cụ bằng tài khoản Workspace của cơ quan.' : '')
      : ''),
  /** Some wait that the run did not send (another kind, its time run short), while quota is left: sent at `when`. */
  waitingRun: (n: number, when: string) => `${n} thư đang chờ gửi; hạn mức gửi thư còn, công cụ gửi tiếp khoảng ${when}.`,
  none: 'Không có thư nào chờ hạn mức gửi thư.',
} as const;

export const MAIL_DETAIL = {
  digest: (sent: number, recipients: number) =>
    recipients === 0 ? `Chưa có e-mail nhận thư tổng hợp (mục ${q(configLabel('mail.digestRecipients'))} trong trang “Cấu hình”).` : `Đã gửi ${sent} thư.`,
  /**
   * `off`: the office turned reminders off ("Không" in their row; not a row the run could not read, which is told as a
   * problem): said on every run, so that whoever reads "Tình trạng" knows no school is reminded (review r79h F3).
   */
  reminders: (planned: number, sent: number, off = false) =>
    off
      ? `Thư nhắc hạn đang tắt: mục ${q(configLabel('mail.reminderDaysBefore'))} trong trang ${q(CONFIG_TAB)} ghi ${q(REMINDERS_OFF)}, nên các đơn vị không được nhắc hạn nộp. Muốn nhắc lại, ghi số ngày trước hạn vào mục đó, ví dụ “14; 3”.${sent ? ` Đã gửi ${sent} thư khác.` : ''}`
      : `Lập ${planned} thư nhắc mới; đã gửi ${sent} thư.`,
  /**
   * After a job's detail: e-mails the mail service refused in this run (not the quota), `retrying` of them tried again by
   * the first automatic run from `when` ("HH:mm ngày dd/MM"), `gaveUp` given up after `attempts` tries (review r81x F2:
   * "Đã gửi 0 thư." alone read as a week when nothing went wrong).
   */
  refused: (retrying: number, when: string | null, gaveUp: number, attempts: number) =>
    [retrying > 0 && when ? retryingSentence(retrying, when) : '', gaveUp > 0 ? gaveUpSentence(gaveUp, attempts) : ''].filter((t) => t !== '').join(' '),
  /**
   * After the line of the run that refused an e-mail (the weekly digest's): a later run (`when`, "HH:mm ngày dd/MM") gave
   * `gaveUp` of them up after `attempts` tries (review d81c F3: the line still said the tool would send it again).
   */
  gaveUpLater: (when: string, gaveUp: number, attempts: number) => `(Cập nhật lúc ${when}: ${gaveUpSentence(gaveUp, attempts)})`,
} as const;

function retryingSentence(retrying: number | string, when: string): string {
  return `${retrying} thư chưa gửi được vì Google báo lỗi khi gửi; công cụ tự gửi lại ở lần chạy tự động đầu tiên từ ${when}, cơ quan không cần làm gì (xem trang ${q(TAB.outbox)}).`;
}

function gaveUpSentence(gaveUp: number, attempts: number): string {
  return `${gaveUp} thư không gửi được sau ${attempts} lần thử; công cụ không tự gửi lại nữa: xem cột “Ghi chú” ở trang ${q(TAB.outbox)} và liên hệ trực tiếp người nhận.`;
}

/** `detail` (a job's line) without MAIL_DETAIL.refused's sentence that the tool sends again (none left to send again). */
export function withoutRetrying(detail: string): string {
  const escaped = retryingSentence('\u0001', '\u0002').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sentence = new RegExp(` ?${escaped.replace('\u0001', '\\d+').replace('\u0002', '[^,]*')}`);
  return detail.replace(sentence, '');
}

/** The end of an e-mail cut to the size MailApp accepts. */
export const MAIL_TRUNCATED = (url: string) => `… Thư quá dài nên đã được rút gọn; xem đầy đủ trong bảng tính: ${url}`;
