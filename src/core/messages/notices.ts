// The notices a school receives when something it did not do itself changes one of its registrations: a later
// registration replaced it, or a day of the plan's calendar turned its automatic verdict.
import { R } from '../form-titles';
import { APP_NAME } from './app';
import { EVIDENCE_FIELDS } from './mail';
import { schoolMailFooter } from './summaries';
import { fromOldVersion } from './restore';

const q = (s: string) => `“${s}”`;
/**
 * "báo cáo “Năm 2026”" — a report's period with its noun, unless the office named its period with it already ("báo cáo
 * “Báo cáo năm 2026”" said it twice: review diff45 L4). `isReport` false: the school's plan, which names itself.
 */
const reportQ = (period: string, isReport: boolean) => (isReport && !/^\s*báo cáo(\s|$)/iu.test(period) ? `báo cáo ${q(period)}` : q(period));

/**
 * Reports whose receipts went and whose rows of the report tab are gone (review r67r F8): `gone`, the school and period
 * as the receipt's row names them and when each was sent.
 */
export const reportRowsGone = (tab: string, gone: readonly { school: string; period: string; sent: string }[]) =>
  `Trang “${tab}” không còn dòng của ${gone.length} báo cáo mà trường đã được gửi thư báo đã nhận: ${gone
    .slice(0, 10)
    .map((g) => `${g.school} — “${g.period}” (gửi lúc ${g.sent})`)
    .join('; ')}${gone.length > 10 ? '; …' : ''}. Có thể dòng đã bị xóa: báo cáo vẫn còn trong câu trả lời của biểu mẫu. Trong khi thiếu dòng, công cụ coi như trường chưa gửi báo cáo này (trang của trường, Tổng hợp, thư nhắc hạn). Lấy lại dòng bằng Hoàn tác (Ctrl+Z) nếu còn kịp, hoặc ${fromOldVersion('dòng đó')}; nếu dòng bị xóa vì trùng, không cần làm gì.`;

/**
 * Logged once when the schools reminded of a later date are queued the notice that a plan or report deadline was moved
 * to `date`, a day already past (review r67r F6): `title` as DEADLINE_TITLES gives it, `schools` their names.
 */
export const deadlineMovedPast = (configTab: string, outboxTab: string, title: string, date: string, schools: readonly string[]) =>
  `Hạn ${title} ở trang “${configTab}” nay là ngày ${date}, ngày đã qua, nên không còn thư nhắc nào cho hạn này. ` +
  `${schools.length} đơn vị chưa gửi mà thư nhắc trước đã báo một ngày muộn hơn được gửi thư (một lần) báo hạn nay là ngày ${date} và đã qua (xem trang “${outboxTab}”): ${schools
    .slice(0, 20)
    .join('; ')}${schools.length > 20 ? '; …' : ''}. Nếu ngày này bị gõ nhầm, sửa lại ở trang “${configTab}”: các lần nhắc sau sẽ ghi ngày mới.`;

export const NOTICE_EMAIL = {
  /**
   * A plan or report deadline the school was reminded of (`from`) moved by the office to `date`, a day already past
   * (review r67r F6), told once. `period`: the report form's period ("6 tháng đầu năm 2027"); `isReport`: not the plan.
   */
  movedPastSubject: (period: string, isReport: boolean, date: string, school: string) =>
    `[${APP_NAME}] Hạn ${isReport ? 'báo cáo ' : ''}“${period}” đổi sớm hơn: nay là ${date}, đã qua — ${school}`,
  /** `title`: DEADLINE_TITLES' ("gửi báo cáo kết quả 6 tháng đầu năm 2027"); `office`: officeWord. */
  movedPast: (title: string, date: string, from: string, office: string) =>
    `Lưu ý: hạn ${title} đã được ${office} đổi sớm hơn, nay là ngày ${date} (thư nhắc trước ghi ngày ${from}). Ngày này đã qua, nên đơn vị sẽ không nhận thêm thư nhắc nào cho hạn này.`,
  /** What a report or plan sent now is: counted, late, and by the date the reminder gave (the receipt says so: receiptLateTold). */
  movedPastAdvice: (isReport: boolean, from: string, office: string) =>
    `${isReport ? 'Báo cáo' : 'Kế hoạch'} gửi sau hạn vẫn được tính là đã nộp; đề nghị đơn vị gửi sớm. ${isReport ? 'Báo cáo' : 'Kế hoạch'} gửi đến hết ngày ${from} được ${office} ghi nhận là gửi trong hạn mà thư nhắc đã báo.`,
  movedPastPreheader: (date: string, from: string) => `Hạn nay là ${date}, đã qua (thư nhắc trước ghi ${from}); đề nghị đơn vị gửi sớm.`,
  /** `name`: the collective or person the two registrations are of (review r79s F3: a principal's inbox line said whose only by code). */
  /** The whole school registered as a collective, named in a subject beside the school's name (not the name twice). */
  wholeUnit: 'toàn đơn vị',
  replacedSubject: (id: string, by: string, school: string, name: string) => `[${APP_NAME}] Phiếu ${id} đã được thay bằng phiếu ${by}: ${name} — ${school}`,
  /** `office`: how the office names itself (officeWord). */
  replaced: (id: string, kind: string, name: string, verdict: string, by: string, byDate: string, byVerdict: string, office: string) =>
    `Phiếu ${id} (${kind} ${q(name)}, kết luận tự động ${q(verdict)}) đã được thay bằng phiếu ${by} gửi ngày ${byDate} (kết luận tự động ${q(byVerdict)}), vì đơn vị đã đăng ký lại cùng đối tượng. ${office} chỉ xét phiếu mới nhất: phiếu ${id} không còn được xét, kể cả khi được sửa bằng đường dẫn sửa cũ; nội dung cần xét, đề nghị sửa ở phiếu ${by}.`,
  /**
   * After a replaced individual's notice: what to do when the two are two people of one name and birth year (two Hmong
   * teachers "Giàng A Páo", 1990: review r76n F1) — their hometowns (or genders) written tell them apart
   * (src/core/duplicates.ts twoPeople), and both are reviewed.
   */
  replacedNamesakes: (id: string, by: string, office: string) =>
    `Nếu phiếu ${id} và phiếu ${by} là của hai người khác nhau cùng họ tên và năm sinh: đề nghị ghi “Quê quán” (xã/phường, tỉnh) của mỗi người vào phiếu của người đó — sửa phiếu ${id} bằng đường dẫn trong thư báo kết quả của phiếu ${id}, phiếu ${by} bằng đường dẫn trong thư báo kết quả của phiếu ${by}. Khi hai phiếu ghi quê quán (hoặc giới tính) khác nhau, ${office} xét cả hai phiếu.`,
  /**
   * The replaced registration was proposed for an award by a finished batch (`level`, in the Tờ trình of `day`): that
   * proposal stands; the new registration is what later rounds consider. Said instead of "không còn được xét".
   */
  replacedProposed: (id: string, kind: string, name: string, verdict: string, by: string, byDate: string, byVerdict: string, level: string, day: string) =>
    `Phiếu ${id} (${kind} ${q(name)}, kết luận tự động ${q(verdict)}) đã được thay bằng phiếu ${by} gửi ngày ${byDate} (kết luận tự động ${q(byVerdict)}), vì đơn vị đã đăng ký lại cùng đối tượng. Phiếu ${id} đã được đề nghị tặng ${level} trong tờ trình ngày ${day}: việc đề nghị đó giữ nguyên; các đợt xét sau xét phiếu ${by}.`,
  /** After an item of the list: that registration's proposal stands. */
  replacedItemProposed: (level: string, day: string) => ` Phiếu này đã được đề nghị tặng ${level} trong tờ trình ngày ${day}: việc đề nghị đó giữ nguyên.`,
  replacedManySubject: (n: number, by: string, school: string) => `[${APP_NAME}] ${n} phiếu đã được thay bằng phiếu ${by} — ${school}`,
  /** The title of the list of the registrations `by` replaced; `office`: how the office names itself (officeWord). */
  replacedMany: (n: number, by: string, byDate: string, byVerdict: string, office: string) =>
    `Phiếu ${by} gửi ngày ${byDate} (kết luận tự động ${q(byVerdict)}) thay cho ${n} phiếu đơn vị đã gửi trước cho cùng đối tượng. ${office} chỉ xét phiếu mới nhất; các phiếu cũ dưới đây không còn được xét, kể cả khi được sửa bằng đường dẫn sửa cũ (nội dung cần xét, đề nghị sửa ở phiếu ${by}):`,
  replacedItem: (id: string, kind: string, name: string, verdict: string) => `Phiếu ${id} (${kind} ${q(name)}, kết luận tự động ${q(verdict)}).`,
  /** The replaced registration(s) `ids` met the criteria and the new one does not. */
  replacedWorse: (ids: string, by: string, editUrl: string | null) =>
    `Lưu ý: phiếu ${ids} đạt còn phiếu ${by} chưa đạt. Nếu nội dung cần xét là của phiếu ${ids}, đề nghị sửa phiếu ${by} ${editUrl ? `tại: ${editUrl}` : 'bằng đường dẫn trong thư báo kết quả của phiếu đó'} (không gửi thêm phiếu mới).`,
  /**
   * The line a phone's inbox shows under a replaced notice's subject (review mail M4): that `ids` no longer count, and
   * where to edit. `worse`: the replaced ones met the criteria and `by` does not (replacedWorse); `proposed`: the one
   * replaced was proposed by a finished batch (replacedProposed).
   */
  replacedPreheader: (ids: readonly string[], by: string, worse: boolean, proposed: boolean) =>
    proposed
      ? `Đề nghị khen phiếu ${ids[0]} giữ nguyên; các đợt xét sau xét phiếu ${by}.`
      : worse
        ? `${ids.length > 1 ? `${ids.length} phiếu cũ` : `Phiếu ${ids[0]}`} (đã đạt) không còn được xét; phiếu thay thế ${by} chưa đạt.`
        : `${ids.length > 1 ? `${ids.length} phiếu cũ` : `Phiếu ${ids[0]}`} không còn được xét; nội dung cần xét, sửa ở phiếu ${by}.`,
  /**
   * The replaced registration(s) `ids` were sent within the registration window (its last day `deadline`, dd/MM/yyyy) and
   * `by`, which replaced them, after it (review mail H3): the school may have traded an on-time registration for a late
   * one; editing `by` cannot make it on time, so the office is the one to ask.
   */
  replacedLate: (ids: readonly string[], by: string, deadline: string, office: string) =>
    `Lưu ý: ${ids.length > 1 ? 'các phiếu' : 'phiếu'} ${ids.join(', ')} được gửi trong hạn đăng ký, còn phiếu ${by} được gửi sau hạn (hết ngày ${deadline}), nên Hội đồng Thi đua - Khen thưởng của ${office} cân nhắc khi thẩm định. Nếu đơn vị muốn giữ ${ids.length > 1 ? 'các phiếu' : 'phiếu'} ${ids.join(', ')}, đề nghị liên hệ ${office} để được xét lại ${ids.length > 1 ? 'các phiếu' : 'phiếu'} đó.`,
  /** Under the subject of a replaced notice that has replacedLate: the catch, in one line. */
  replacedLatePreheader: (ids: readonly string[], by: string) =>
    `${ids.length > 1 ? `${ids.length} phiếu` : `Phiếu ${ids[0]}`} gửi trong hạn không còn được xét; phiếu ${by} thay cho ${ids.length > 1 ? 'các phiếu' : 'phiếu'} đó gửi sau hạn.`,
  /** A registration told it did not count (replaced, or a duplicate as it arrived) counts again (review drift #2). */
  revivedSubject: (id: string, name: string, school: string) => `[${APP_NAME}] Phiếu ${id} (${name}) được xét trở lại — ${school}`,
  /** `office`: how the office names itself (officeWord). */
  revived: (id: string, kind: string, name: string, verdict: string, office: string, was: string) =>
    `Phiếu ${id} (${kind} ${q(name)}) trước đây được báo là không được xét vì trùng đối tượng với phiếu ${was}. Nay phiếu ${was} không còn thay cho phiếu này (đã được sửa, đã bị xóa hoặc không còn được xét), nên ${office} xét phiếu ${id}, kết luận tự động ${q(verdict)}. Nếu đơn vị không muốn phiếu này được xét, đề nghị liên hệ ${office}.`,
  /**
   * revived, the one that replaced it still in force beside it: the two are two people as far as their answers tell (same
   * name and birth year; `by`: another role, each sent from one of the school's addresses, or another gender or hometown:
   * src/core/duplicates.ts twoPeople).
   */
  revivedApart: (id: string, kind: string, name: string, verdict: string, office: string, was: string, by: 'role' | 'gender' | 'hometown' = 'role') =>
    `Phiếu ${id} (${kind} ${q(name)}) trước đây được báo là không được xét vì trùng đối tượng với phiếu ${was}. Hai phiếu cùng họ tên, năm sinh nhưng ${by === 'gender' ? 'khác giới tính' : by === 'hometown' ? 'khác quê quán' : 'khác vị trí việc làm và được gửi từ hai địa chỉ của đơn vị'}, nên nay ${office} coi là hai người và xét cả hai phiếu (phiếu ${id}: kết luận tự động ${q(verdict)}). Nếu thật ra là một người, đề nghị liên hệ ${office} để chỉ xét một phiếu.`,
  /**
   * A registration sent lately in force beside the school's own of the same name (IdentityFlags.alike, the same school):
   * both reviewed as two people's. One person registered again from the school's other address to correct the role is
   * kept apart so (src/core/duplicates.ts twoPeople): the school is told what to do if it meant a correction (review
   * diff44 M2). The news first in the subject (review mobile H1).
   */
  alikeSubject: (id: string, others: string, name: string, school: string, team = false) => `[${APP_NAME}] Có thể trùng ${team ? 'tập thể' : 'người'}: phiếu ${id} và ${others} (${name}) — ${school}`,
  alike: (id: string, kind: string, name: string, date: string, others: readonly string[], office: string, team = false) =>
    team
      ? `Phiếu ${id} (${kind} ${q(name)}, gửi ngày ${date}) có tên gần giống ${others.length > 1 ? 'các phiếu' : 'phiếu'} ${others.join(', ')} của đơn vị (chỉ khác ở các chữ như “Tổ”, “Tổ chuyên môn”, “Nhóm” hay tên trường). ${office} đang xét ${others.length > 1 ? 'các phiếu này như phiếu của những tập thể khác nhau' : 'cả hai phiếu như phiếu của hai tập thể khác nhau'}. Nếu đúng là ${others.length > 1 ? 'những' : 'hai'} tập thể khác nhau, đơn vị không cần làm gì. Nếu là cùng một tập thể (phiếu ${id} được gửi để sửa phiếu trước), đề nghị báo ${office} để chỉ xét một phiếu; lần sau, sửa phiếu đã gửi bằng đường dẫn sửa của phiếu đó, không gửi phiếu mới.`
      : `Phiếu ${id} (${kind} ${q(name)}, gửi ngày ${date}) cùng họ tên với ${others.length > 1 ? 'các phiếu' : 'phiếu'} ${others.join(', ')} của đơn vị. ${office} đang xét ${others.length > 1 ? 'các phiếu này như phiếu của những người khác nhau' : 'cả hai phiếu như phiếu của hai người khác nhau'}. Nếu đúng là ${others.length > 1 ? 'những' : 'hai'} người khác nhau, đơn vị không cần làm gì. Nếu là cùng một người (phiếu ${id} được gửi để sửa phiếu trước), đề nghị báo ${office} để chỉ xét một phiếu; lần sau, sửa phiếu đã gửi bằng đường dẫn sửa của phiếu đó, không gửi phiếu mới.`,
  /** Under a revived notice's subject: its verdict, and the ones it replaces now (`replaced`, '' when none). */
  revivedPreheader: (verdict: string, replaced: string) =>
    `Kết luận tự động: ${q(verdict)}${replaced ? `; phiếu ${replaced} không còn được xét` : ''}.`,
  /** Under a namesakes notice's subject: what the office does, and what the school does if it is one person. */
  alikePreheader: (n: number, office: string, team = false) =>
    `${office} đang xét như phiếu của ${n > 2 ? 'những' : 'hai'} ${team ? 'tập thể' : 'người'} khác nhau; nếu là một${team ? ' tập thể' : ' người'}, đề nghị báo ${office}.`,
  /** revived, and it now replaces `replaced`, which were last told they count (an address of its sender added to "Đơn vị", say). */
  revivedReplacing: (id: string, kind: string, name: string, verdict: string, office: string, was: string, replaced: string) =>
    `Phiếu ${id} (${kind} ${q(name)}) trước đây được báo là không được xét vì trùng đối tượng với phiếu ${was}. Nay ${office} xét phiếu ${id} (kết luận tự động ${q(verdict)}), thay cho phiếu ${replaced} cùng đối tượng: phiếu ${replaced} không còn được xét. Nếu nội dung cần xét là của phiếu ${replaced}, hoặc đơn vị không muốn phiếu ${id} được xét, đề nghị liên hệ ${office}.`,
  /**
   * The news first, for a phone's inbox (review mobile H1, diff45 M2): "“Cần bổ sung” từ ngày …: phiếu DK-…", the verdict
   * within the first 40 characters.
   */
  /**
   * `waitUntil` (dd/MM/yyyy): all that is open can only be met by a later school year's rating, whose results count
   * from that day (validate.ts excellentYearAwaited): said here, where the clerk looks first (review mail H1).
   */
  /** `name`: the registration's collective or person (review r79s F3). */
  turnedSubject: (id: string, verdict: string, date: string, school: string, name: string, waitUntil: string | null = null) =>
    `[${APP_NAME}] ${q(verdict)} từ ngày ${date}${waitUntil ? ` (chưa cần làm gì trước ${waitUntil})` : ''}: phiếu ${id} — ${name} — ${school}`,
  turnedManySubject: (n: number, date: string, school: string, waitUntil: string | null = null) =>
    `[${APP_NAME}] Kết luận của ${n} phiếu thay đổi từ ngày ${date}${waitUntil ? ` (chưa cần làm gì trước ${waitUntil})` : ''} — ${school}`,
  turnedIntro: (date: string, n: number) =>
    n === 1
      ? `Từ ngày ${date}, kết luận tự động của phiếu dưới đây thay đổi. Thay đổi này không phải do đơn vị sửa phiếu mà do đã đến mốc thời gian của Kế hoạch.`
      : `Từ ngày ${date}, kết luận tự động của ${n} phiếu dưới đây thay đổi. Thay đổi này không phải do đơn vị sửa phiếu mà do đã đến mốc thời gian của Kế hoạch.`,
  turned: (id: string, kind: string, name: string, before: string, after: string) => `Phiếu ${id} (${kind} ${q(name)}): từ ${q(before)} chuyển sang ${q(after)}.`,
  /**
   * Under a calendar notice's subject (which says the new verdict and the day): why, and what to do. `n`: the
   * registrations it names; `toFix`: those not "Đạt" that need something now; `open`: their points to add or fix.
   * `wait`: those whose only open point a later school year's rating may meet (validate.ts excellentYearAwaited), with
   * the first day one counts (dd/MM/yyyy) and, for one, the years (review mail H1); null when none.
   */
  turnedPreheader: (n: number, toFix: number, open: number, wait: { count: number; from: string; years: readonly string[] } | null = null) =>
    toFix === 0
      ? !wait
        ? 'Do đến mốc thời gian của Kế hoạch; đơn vị không cần làm gì thêm.'
        : n === 1
          ? `Đơn vị chưa cần làm gì trước ngày ${wait.from} (chờ kết quả xếp loại ${wait.years.join(' hoặc ')}).`
          : `Do đến mốc thời gian của Kế hoạch; đơn vị chưa cần làm gì trước ngày ${wait.from}.`
      : n === 1 && open > 0
        ? `Do đến mốc thời gian của Kế hoạch, không do sửa phiếu; ${open} điểm cần bổ sung hoặc chưa đạt.`
        : `Do đến mốc thời gian của Kế hoạch; ${toFix} phiếu cần sửa, bổ sung${wait ? `; ${wait.count} phiếu chưa cần làm gì trước ngày ${wait.from}` : ''}.`,
  nothingToDo: (n: number) => `Đơn vị không cần làm gì thêm về ${n === 1 ? 'phiếu này' : 'các phiếu này'}.`,
  howToFix: 'Nếu thông tin trên phiếu chưa đúng hoặc đã có kết quả mới (ví dụ kết quả xếp loại năm học), đơn vị sửa phiếu bằng đường dẫn trong thư báo kết quả kiểm tra đã nhận.',
  /** howToFix when every registration to fix carries its own edit link (REMINDER_EMAIL.editLink), with the reminders' caution. */
  howToFixLinked:
    'Nếu thông tin trên phiếu chưa đúng hoặc đã có kết quả mới (ví dụ kết quả xếp loại năm học), đơn vị sửa phiếu bằng đường dẫn ghi sau phiếu đó ở trên; ai có đường dẫn đều xem và sửa được cả phiếu, nên khi chuyển thư này cho người khác, chỉ gửi đường dẫn của phiếu người đó.',
  /**
   * `isReport`: a report's period ("Năm 2026"), which needs its noun; the school's plan's label names itself ("Kế hoạch
   * giai đoạn 2026-2030 của đơn vị": a plan is not a "báo cáo", review school, notes).
   */
  receiptSubject: (period: string, school: string, isReport = true) => `[${APP_NAME}] Đã nhận ${reportQ(period, isReport)} — ${school}`,
  /** A report received that does not count (no document number, date or link; a period the plan does not have). */
  receiptNotCountedSubject: (period: string, school: string, isReport = true) =>
    `[${APP_NAME}] Chưa được tính: ${reportQ(period, isReport)} (đã nhận) — ${school}`,
  /** Whether a receipt's subject, as the outbox recorded it, said the report counted (not receiptNotCountedSubject's). */
  receiptSaidCounted: (subject: string) => !subject.includes('] Chưa được tính: '),
  /**
   * Under a receipt's subject (review mail M4): whether it counts and, when not, what to send. `isReport` false: the
   * school's plan. `late`: the period's deadline (dd/MM/yyyy) when sent after it.
   */
  receiptCountedPreheader: (isReport: boolean, late: string | null, told: string | null = null) =>
    `${isReport ? 'Báo cáo' : 'Kế hoạch'} được tính là đã nộp${told ? ` (gửi trong hạn ${told} thư nhắc đã báo)` : late ? ` (gửi sau hạn ${late})` : ''}.`,
  receiptMetPreheader: (isReport = true) =>
    isReport ? 'Kỳ này đã được tính nhờ một báo cáo khác của đơn vị; không cần gửi thêm.' : 'Kế hoạch đã được tính nhờ một phiếu khác của đơn vị; không cần gửi thêm.',
  /** `deadline`: the period's (dd/MM/yyyy), while still to come. */
  receiptNoEvidencePreheader: (deadline: string | null) =>
    `Chưa ghi số, ngày văn bản hoặc đường liên kết; đề nghị gửi lại${deadline ? ` trước hạn ${deadline}` : ''}.`,
  receiptUnknownPeriodPreheader: 'Kỳ báo cáo đã chọn không có trong Kế hoạch; đề nghị gửi lại, chọn đúng kỳ.',
  receiptOtherSchoolPreheader: (sender: string) => `Gửi từ địa chỉ của ${q(sender)} nên chưa được tính; xem cách gửi lại trong thư.`,
  receiptEarlyPreheader: 'Kỳ báo cáo chưa bắt đầu khi gửi; nếu chọn nhầm kỳ, đề nghị gửi lại.',
  /** `from`: dd/MM/yyyy (review yearahead R2). */
  receiptTooSoonPreheader: (from: string) => `Gửi trước ngày ${from}, chưa đến lúc báo cáo kỳ này; nếu chọn nhầm kỳ, đề nghị gửi lại.`,
  /** `office`: how the office names itself (officeWord). */
  receipt: (office: string, period: string, at: string, isReport = true) =>
    `${office} đã nhận ${reportQ(period, isReport)}${isReport ? ' của đơn vị' : ''}, gửi lúc ${at}.`,
  receiptDocRef: (docRef: string) => `${R.docRef}: ${docRef}.`,
  receiptLink: (link: string) => `${R.link}: ${link}.`,
  /** `deadline`: the period's (dd/MM/yyyy), said while it is still to come (review inbox #5). */
  receiptNoEvidence: (deadline: string | null, isReport = true, closed = false) =>
    `${isReport ? 'Báo cáo' : 'Kế hoạch của đơn vị'} chưa ghi ${EVIDENCE_FIELDS} (hoặc ghi là chưa có văn bản) nên chưa được tính là đã nộp (mục IV.2 của Kế hoạch).` +
    (closed ? '' : ` Đề nghị gửi thêm một phiếu ${isReport ? 'báo cáo cho cùng kỳ' : 'cho kế hoạch này'}, có đủ thông tin${deadline ? `, trước hạn ${deadline}` : ''}.`),
  receiptUnknownPeriod: (label: string, closed = false) =>
    `Kỳ báo cáo ${q(label)} không có trong các kỳ của Kế hoạch nên báo cáo chưa được tính${closed ? '.' : '; đề nghị gửi lại, chọn đúng kỳ báo cáo.'}`,
  /**
   * `closed` in the receipts' sentences above: the period ended and the report form takes nothing more (a report in
   * flight at the end: review d62 F4): what is so, without asking the school to send again (PERIOD_END.reportClosed
   * follows, saying whom to ask).
   */
  receiptMore: 'Nếu cần bổ sung, đơn vị gửi thêm một phiếu báo cáo cho cùng kỳ.',
  /**
   * Sent after the period's deadline (dd/MM/yyyy): counted, and said (review reports L2). Of a report or of the school's
   * plan, which is no "báo cáo" (receipt's `isReport`): the submission is named, as both are sent by the report form.
   */
  receiptLate: (deadline: string) => `Phiếu này được gửi sau hạn (hạn ${deadline}).`,
  /**
   * Sent after the period's deadline (`deadline`), which the office had moved earlier, but by the later date `told` the
   * school's last reminder before it named (review r67r F6): not called plainly late. `office`: officeWord.
   */
  receiptLateTold: (deadline: string, told: string, office: string) =>
    `Hạn của kỳ này đã được ${office} đổi sớm hơn, nay là ngày ${deadline}; phiếu này được gửi sau ngày đó nhưng trong hạn ${told} mà thư nhắc gửi đơn vị đã báo.`,
  /** A six-monthly or annual report sent before its period began (review reports M1). */
  receiptEarly: (label: string, closed = false) =>
    `Kỳ ${q(label)} chưa bắt đầu khi báo cáo được gửi, nên báo cáo chưa được tính cho kỳ này${closed ? '.' : '; nếu chọn nhầm kỳ, đề nghị gửi lại phiếu báo cáo, chọn đúng kỳ báo cáo.'}`,
  /**
   * A six-monthly or annual report sent in its year but before `from` (dd/MM/yyyy: reportCountsFrom), when its period has
   * not mostly run — an annual report in June, the six-month one chosen wrongly (review yearahead R2).
   */
  receiptTooSoon: (label: string, from: string, closed = false) =>
    `Báo cáo được gửi trước ngày ${from}, chưa đến lúc báo cáo kết quả của kỳ ${q(label)}, nên chưa được tính cho kỳ này (báo cáo kỳ ${q(label)} gửi từ ngày ${from} mới được tính)${closed ? '.' : '; nếu chọn nhầm kỳ, đề nghị gửi lại phiếu báo cáo, chọn đúng kỳ báo cáo.'}`,
  /** Sent from the address of `sender` (another school listed in "Đơn vị"), filed under `chosen` (review reports H1). */
  receiptOtherSchool: (sender: string, chosen: string, isReport = true, closed = false) =>
    `${isReport ? 'Báo cáo' : 'Kế hoạch'} được gửi từ địa chỉ e-mail của ${q(sender)} nhưng chọn đơn vị ${q(chosen)}, nên chưa được tính cho ${q(chosen)}.` +
    (closed ? '' : ` Nếu chọn nhầm đơn vị, đề nghị ${q(sender)} gửi lại phiếu báo cáo, chọn đúng đơn vị của mình; nếu đúng là ${isReport ? 'báo cáo' : 'kế hoạch'} của ${q(chosen)}, đề nghị ${q(chosen)} gửi lại từ địa chỉ e-mail của trường.`),
  /** A report without evidence for a period another report of the school already meets. */
  receiptNoEvidenceMet: (isReport = true) =>
    isReport
      ? `Báo cáo này chưa có thông tin dùng được ở ${EVIDENCE_FIELDS}; kỳ báo cáo này vẫn được tính là đã nộp nhờ một báo cáo khác của đơn vị cho cùng kỳ có đủ thông tin, nên đơn vị không cần gửi thêm.`
      : `Kế hoạch này chưa có thông tin dùng được ở ${EVIDENCE_FIELDS}; kế hoạch của đơn vị vẫn được tính là đã nộp nhờ một phiếu khác của đơn vị có đủ thông tin, nên đơn vị không cần gửi thêm.`,
  footer: (org: string, contact?: string) => schoolMailFooter(org, contact),
} as const;

/**
 * For the office ("Nhật ký lỗi"): a day of the calendar that had passed when the tool first saw it in "Cấu hình" (a
 * milestone's date typed or corrected afterwards) turned registrations; their schools are not e-mailed about it.
 */
export const calendarDayUnseen = (date: string, registrations: number, schools: number) =>
  `Ngày ${date} của lịch Kế hoạch (mốc trong trang “Cấu hình”) chưa được lần chạy nào của công cụ đọc thấy trước khi ngày đó đến (ngày được ghi hoặc sửa khi đã sát hay đã qua, và sau đó đến ngày này không có lần “Cập nhật tổng hợp”, nhắc hạn hay Thiết lập nào chạy). Theo ngày này, ${registrations} phiếu của ${schools} đơn vị có kết luận hiện nay khác với kết luận trước ngày đó; công cụ không gửi thư báo thay đổi về ngày này cho các trường (để không báo những thay đổi chỉ do sửa ngày), các trường thấy kết luận hiện nay ở thư nhắc hạn tới và ở trang theo dõi của trường. Nếu ngày này ghi nhầm, hãy sửa lại trong trang “Cấu hình”.`;
