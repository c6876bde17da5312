// Every Vietnamese word of the generated summary tabs: the council's review ("Thẩm định"), the per-school and
// per-group tabs, the lookup tab ("Tra cứu đơn vị") and the office's summary ("Tổng hợp"), and the e-mail that
// returns a registration to its school for more information. Keep the text NFC with correct diacritics.
// Export names are prefixed (REVIEW_, SCHOOL_TAB_, LOOKUP_, SUMMARY_, SUPPLEMENT_) to stay clear of the other
// catalogues re-exported beside this one.

import { AWARD_LEVEL_HEADER } from './proposals';
import { fromOldVersion } from './restore';
import { fitText } from '../text';
import { CONFIG_TAB, CRITERIA_HEADERS, CRITERIA_TAB } from './validation';

const q = (s: string) => `“${s}”`;

// ---- tab names ----------------------------------------------------------------------------------

export const REVIEW_TAB = 'Thẩm định';
export const LOOKUP_TAB = 'Tra cứu đơn vị';
export const SUMMARY_TAB = 'Tổng hợp';
/** The tool's register of registration codes: hidden, protected, never sorted by the office. */
export const LEDGER_TAB = 'Sổ mã phiếu';

// ---- the register of codes ("Sổ mã phiếu") --------------------------------------------------------

export const LEDGER_HEADERS = {
  id: 'Mã phiếu',
  responseId: 'Mã câu trả lời của biểu mẫu',
  firstAt: 'Gửi lần đầu',
  lastAt: 'Gửi gần nhất',
  email: 'Email người gửi',
  subject: 'Dấu nhận dạng',
  decision: 'Dấu quyết định',
  decidedOn: 'Dấu phiếu khi quyết định',
  sentAs: 'Đơn vị có e-mail người gửi (lúc nhận phiếu)',
  firstSchool: 'Dấu đơn vị đã chọn (trước sáp nhập)',
  firstSender: 'E-mail người gửi lần đầu',
  firstFormer: 'Dấu tên cũ của đơn vị đã chọn (lúc gửi)',
} as const;
export const LEDGER_PROTECTION = 'Sổ mã phiếu do công cụ giữ: mỗi câu trả lời của biểu mẫu một mã, không đổi khi sắp xếp, xóa hay chèn dòng. Đừng sửa tay.';
export const ledgerRebuilt = (recovered: number, fresh: number) =>
  `Không còn trang ${q(LEDGER_TAB)} (trang đã bị xóa hoặc đổi tên; trang đã đổi tên không còn được dùng): công cụ dựng lại ${recovered} mã phiếu từ trang “Kết quả kiểm tra”` +
  (fresh > 0 ? `; ${fresh} phiếu không khớp được với mã cũ nên được cấp mã mới — quyết định của Hội đồng ghi theo mã cũ của các phiếu này (nếu có) cần được chuyển sang mã mới bằng tay.` : '.');
/** Rows of the register deleted or cleared by hand, their codes taken back from "Kết quả kiểm tra" (review office H1). */
export const ledgerRowsRestored = (n: number) =>
  `Trang ẩn ${q(LEDGER_TAB)} thiếu dòng của ${n} phiếu (dòng đã bị xóa hoặc xóa trắng): công cụ lấy lại mã của ${n === 1 ? 'phiếu này' : 'các phiếu này'} từ trang “Kết quả kiểm tra” và ghi lại vào ${q(LEDGER_TAB)}; phiếu giữ mã cũ và quyết định của Hội đồng, không gửi lại thư. Đừng xóa dòng nào của trang ${q(LEDGER_TAB)}: đây là nơi công cụ nhớ mã của từng phiếu.`;
/**
 * Rows of the register deleted while another registration was sent in the same second from the same address: which
 * code is which cannot be told, so none is taken back (review diff58 H2).
 */
export const ledgerRowsDoubtful = (n: number) =>
  `Trang ẩn ${q(LEDGER_TAB)} thiếu dòng của ${n} phiếu được gửi cùng một giây từ cùng một địa chỉ e-mail: công cụ không phân biệt được phiếu nào mang mã nào nên cấp mã mới cho các phiếu đó — quyết định của Hội đồng ghi theo mã cũ (nếu có) cần được ghi lại theo mã mới ở trang “Thẩm định”; các trường được báo mã mới. Đừng xóa dòng nào của trang ${q(LEDGER_TAB)}.`;
export const ledgerDeferred = (n: number) =>
  `${n} phiếu mới hoặc vừa sửa chưa được cấp mã vì chưa mở được biểu mẫu để đối chiếu; công cụ sẽ thử lại ở lần chạy sau.`;
export const ledgerGone = (ids: readonly string[]) =>
  `${ids.length} phiếu không còn dòng trong trang câu trả lời (dòng đã bị xóa): ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ', …' : ''}. Mã và quyết định của ${ids.length === 1 ? 'phiếu này' : 'các phiếu này'} được giữ; không gửi thư, không lập hồ sơ cho ${ids.length === 1 ? 'phiếu này' : 'các phiếu này'}.`;

/** A short generated-tab notice, the same at every rebuild (no time in it, so two rebuilds write the same cells). */
export const SUMMARY_GENERATED_NOTICE = 'Trang do công cụ tự tạo từ các phiếu đăng ký và báo cáo; mọi chỉnh sửa tay sẽ bị ghi đè ở lần cập nhật sau.';

// ---- the "Thẩm định" tab ------------------------------------------------------------------------

export const REVIEW_HEADERS = {
  id: 'Mã phiếu',
  school: 'Đơn vị',
  kind: 'Đối tượng',
  name: 'Tên',
  verdict: 'Kết luận tự động',
  score: 'Điểm ưu tiên',
  decision: 'Quyết định của Hội đồng',
  comment: 'Nhận xét',
  reviewer: 'Người thẩm định',
  note: 'Ghi chú',
} as const;

/**
 * For the office ("Nhật ký lỗi"): the automatic verdicts a rebuild changed from those "Thẩm định" showed, by change
 * ("Đạt → Cần bổ sung"), each with some of its codes.
 */
/** "3 phiếu từ “Đạt” sang “Cần bổ sung” (DK-…, …); …", ten codes of each, and where the rest are. */
const changesList = (byChange: readonly { was: string; now: string; ids: readonly string[] }[]) =>
  `${byChange
    .map((c) => `${c.ids.length} phiếu từ ${q(c.was)} sang ${q(c.now)} (${c.ids.slice(0, 10).join(', ')}${c.ids.length > 10 ? ', …' : ''})`)
    .join('; ')}${byChange.some((c) => c.ids.length > 10) ? ` (đủ danh sách ở trang ${q(HISTORY_TAB)})` : ''}`;
/**
 * The verdicts a day of the plan's calendar changed (src/jobs/notices.ts calendarCauses), said as such: the day, and
 * whether the schools were sent the notice of it (a day the tool did not see coming has a line of its own saying why
 * not: calendarDayUnseen).
 */
export const reviewVerdictsCalendar = (day: string, told: boolean | 'notProposed', n: number, byChange: readonly { was: string; now: string; ids: readonly string[] }[]) =>
  `Từ ngày ${day} (một mốc thời gian của Kế hoạch), kết luận tự động của ${n} phiếu thay đổi: ${changesList(byChange)}. ${
    told === 'notProposed'
      ? `Hội đồng đã quyết định “${REVIEW_DECISIONS.reject}” ${n > 1 ? 'các phiếu này' : 'phiếu này'}: công cụ không gửi thư báo thay đổi cho trường.`
      : told
        ? 'Các trường được công cụ gửi thư báo thay đổi, kèm những gì cần bổ sung.'
        : `Công cụ không gửi thư báo thay đổi về ngày này (xem dòng về ngày ${day} trong trang này).`
  } Hội đồng xem lại các phiếu đã có quyết định.`;
/**
 * What the office changed in its own tabs since the last full run (src/core/settings-trail.ts), as the log names it: a
 * setting of "Cấu hình" each, the criteria switched the same way together; eight at most, the rest counted.
 */
export const settingsChangedList = (changes: readonly { tab: string; label: string; criterion?: true; was: string; now: string }[]) => {
  const parts: string[] = [];
  const criteria = new Map<string, string[]>();
  for (const c of changes) {
    // The values as far as the print kept them: a change further in (or not kept) is said without them.
    if (!c.criterion) parts.push(`trang ${q(c.tab)}, mục ${q(c.label)}: ${c.was === c.now ? 'đã sửa' : c.was === '' ? `đã sửa, nay là ${q(c.now)}` : `từ ${q(c.was)} thành ${q(c.now)}`}`);
    else (criteria.get(`${c.was}\u0001${c.now}`) ?? criteria.set(`${c.was}\u0001${c.now}`, []).get(`${c.was}\u0001${c.now}`)!).push(c.label);
  }
  for (const [k, codes] of criteria) {
    const [was, now] = k.split('\u0001');
    parts.push(`trang ${q(CRITERIA_TAB)}, cột ${q(CRITERIA_HEADERS[4])} của ${codes.length > 1 ? `${codes.length} tiêu chí (${codes.slice(0, 5).join(', ')}${codes.length > 5 ? ', …' : ''})` : `tiêu chí ${codes[0]}`}: từ ${q(was)} thành ${q(now)}`);
  }
  return `${parts.slice(0, 8).join('; ')}${parts.length > 8 ? `; và ${parts.length - 8} mục khác` : ''}`;
};
/**
 * Rows of "Cấu hình" the last full run read and this one does not (src/core/settings-trail.ts settingsGone): each with
 * the value it held and the default used instead, and how to have them back (review office M2: a conference date
 * deleted with its row became the default without a word). `whole`: Thiết lập writes the old value back (else, too long
 * for the print to hold, the default).
 */
export const configRowsGone = (gone: readonly { label: string; was: string; whole: boolean; now: string; mail?: 'kept' | 'held' }[]) => {
  const n = gone.length;
  // A mail setting's row (review d81b F4): the value read before goes on being used, or that mail waits; never the default.
  const meanwhile = (g: (typeof gone)[number]) =>
    g.mail === 'kept' ? 'nay công cụ vẫn dùng giá trị cũ này cho đến khi dòng được thêm lại' : g.mail === 'held' ? 'nay công cụ tạm không gửi thư này cho đến khi dòng được thêm lại' : `nay công cụ dùng giá trị mặc định ${q(g.now)}`;
  const list = gone
    .slice(0, 5)
    .map((g) => `${q(g.label)} (${g.was === '' ? 'giá trị trước đây không được lưu lại' : `trước đây ghi ${q(g.was)}`}; ${meanwhile(g)})`)
    .join('; ');
  const back = gone.every((g) => g.whole) ? 'với giá trị cũ' : 'với giá trị cũ (giá trị nào dài quá hay không được lưu lại thì với giá trị mặc định: hãy ghi lại cho đúng)';
  return `Trang ${q(CONFIG_TAB)} không còn ${n === 1 ? 'dòng' : `${n} dòng`} ${list}${n > 5 ? `; và ${n - 5} dòng khác` : ''}. Nếu dòng bị xóa nhầm, chọn menu Điển hình tiên tiến → Thiết lập: công cụ thêm lại ${n === 1 ? 'dòng đó' : 'các dòng đó'} ${back}. Nếu muốn dùng giá trị mặc định, hãy thêm lại dòng và ghi giá trị mặc định vào đó (Thiết lập sẽ không thêm lại giá trị cũ nữa).`;
};
/** The same, as a verdict's history line names it: the tabs, and some of the settings or criteria in each. */
export const settingsChangedShort = (changes: readonly { tab: string; label: string }[]) => {
  const tabs = [...new Set(changes.map((c) => c.tab))];
  return tabs
    .map((t) => {
      const labels = changes.filter((c) => c.tab === t).map((c) => c.label);
      return `trang ${q(t)} (${labels.slice(0, 3).join(', ')}${labels.length > 3 ? ', …' : ''})`;
    })
    .join(', ');
};
/**
 * `updated`: the tool was updated since the last run that wrote "Thẩm định", named as a cause of a registration replaced
 * or back (review r78u F1; the list of every other cause names it already).
 * `settings`: settingsChangedList of what the office changed since the last full run, '' when nothing is known. `parts`:
 * the parts of the school's minimum the office requires (the column "Tổng hợp" names so: summaryMinimumHeader; none, no
 * minimum to fall short of — review d67 #8); both when not given.
 */
export const reviewVerdictsChanged = (n: number, byChange: readonly { was: string; now: string; ids: readonly string[] }[], settings = '', parts?: MinimumParts, updated = false) =>
  `Lần cập nhật này đổi kết luận tự động của ${n} phiếu so với trang “Thẩm định” trước đó: ${changesList(byChange)}.${settings ? ` Từ lần cập nhật trước, cơ quan đã sửa: ${settings}.` : ''}${
    // Every change one the sentences below explain (a registration replaced or back, its row deleted), with no setting
    // changed: the list of every other cause is left out (review r70u: ~900 characters for one replaced registration).
    !settings && byChange.every((c) => c.was === REVIEW_VERDICT_SUPERSEDED || c.now === REVIEW_VERDICT_SUPERSEDED || c.now === REVIEW_VERDICT_VANISHED)
      ? ''
      : ' Các phiếu trường sửa đã được báo ngay khi sửa; những phiếu còn lại đổi kết luận do trang “Cấu hình”, “Tiêu chí” hoặc “Đơn vị” vừa được sửa, hoặc do công cụ được cập nhật — các trường chưa được báo về thay đổi này, Hội đồng xem lại các phiếu và báo cho trường nếu cần; hoặc do đến một mốc thời gian của Kế hoạch — trường được báo bằng thư báo thay đổi hoặc trong thư nhắc hạn; hoặc do ô “Kết luận tự động” của phiếu đã bị gõ đè ở trang “Thẩm định” — công cụ ghi lại kết luận đúng, phiếu không đổi, không cần báo trường.'
  }${
    byChange.some((c) => c.was === REVIEW_VERDICT_SUPERSEDED || c.now === REVIEW_VERDICT_SUPERSEDED)
      ? ` Phiếu chuyển sang hoặc ra khỏi ${q(REVIEW_VERDICT_SUPERSEDED)} là do ${updated ? 'công cụ được cập nhật (cách nhận ra các phiếu cùng đối tượng có thể đã khác), hoặc do ' : ''}một phiếu khác cùng đối tượng vừa được gửi, sửa hoặc xóa, hoặc do địa chỉ e-mail ở trang “Đơn vị” thay đổi: trường được báo khi phiếu thay thế vừa gửi trong 7 ngày qua, hoặc khi phiếu đã báo là không được xét nay được xét trở lại; các trường hợp khác trường chưa được báo, Hội đồng xem lại (nhất là phiếu đã có quyết định) và báo cho trường nếu cần.`
      : ''
  }${
    byChange.some((c) => c.now === REVIEW_VERDICT_VANISHED)
      ? ` Phiếu chuyển sang ${q(REVIEW_VERDICT_VANISHED)} là do dòng của phiếu ở trang câu trả lời đã bị xóa: phiếu không còn được ${
          parts && !parts.collective && !parts.individual
            ? 'kiểm tra, đề nghị hay gửi thư'
            : `kiểm tra, đề nghị, gửi thư hay tính vào số phiếu tối thiểu của đơn vị (cột ${q(summaryMinimumHeader(parts))} ở trang ${q(SUMMARY_TAB)}: đơn vị có thể không còn đủ, và nếu đã hết hạn đăng ký thì không bù được)`
        }; trường chưa được báo. Nếu xóa nhầm, hãy ${fromOldVersion('các dòng đó')}.`
      : ''
  }`;

/**
 * The history of the council's decisions and of the automatic verdicts (src/core/history.ts): a line appended for each
 * change a run finds, never rewritten (review audit #1, #6).
 */
export const HISTORY_TAB = 'Lịch sử thẩm định';
export const HISTORY_HEADER = [
  // When the tool found the change (a run's time), not when someone typed it (review complaint L4): said in the heading.
  'Thời điểm công cụ ghi nhận',
  REVIEW_HEADERS.id,
  REVIEW_HEADERS.school,
  REVIEW_HEADERS.name,
  'Thay đổi',
  REVIEW_HEADERS.decision,
  AWARD_LEVEL_HEADER,
  REVIEW_HEADERS.comment,
  REVIEW_HEADERS.reviewer,
  REVIEW_HEADERS.verdict,
];
/**
 * The history's headers of earlier versions of the tool, column for column the same lines: a tab under one of them is
 * the tool's own, its heading brought up to date (src/gas/history.ts), never set aside as reshaped.
 */
export const HISTORY_HEADERS_EARLIER: readonly (readonly string[])[] = [['Thời điểm ghi nhận', ...HISTORY_HEADER.slice(1)]];
/** How the council's vote begins in a batch's history line (HISTORY_CHANGE.vote), after "; " or a full stop. */
export const HISTORY_VOTE_START = 'Hội đồng biểu quyết';
/** Why a registration was replaced or came back (HISTORY_CHANGE.verdict): `what` was sent, edited or deleted, … */
const replacedCause = (what: string, updated: boolean) =>
  `do ${updated ? 'công cụ được cập nhật, hoặc do ' : ''}${what} được gửi, sửa hoặc xóa, hoặc do địa chỉ e-mail ở trang “Đơn vị” thay đổi`;

export const HISTORY_CHANGE = {
  decided: 'Hội đồng ghi quyết định',
  changed: 'Hội đồng sửa quyết định, nhận xét, người thẩm định hoặc hình thức khen (so với dòng trước của phiếu này)',
  withdrawn: `Hội đồng bỏ quyết định, phiếu trở về “Chờ thẩm định”`,
  /** Withdrawn with others at once, the council's cells blank: perhaps an older copy of "Thẩm định" put back. */
  reset: `Quyết định trở về “Chờ thẩm định” cùng lúc với quyết định của phiếu khác, các ô của Hội đồng đều trống: có thể trang “Thẩm định” đã bị thay bằng bản cũ (xem Nhật ký lỗi cùng thời điểm); công cụ coi như quyết định đã được rút`,
  /** After `decided` or `changed`: the school edited the registration before the tool saw the decision. */
  held: ' — trên phiếu như trước khi trường sửa; quyết định tạm giữ, chờ Hội đồng xem lại phiếu đã sửa',
  baseline: 'Quyết định đang có khi công cụ bắt đầu ghi lịch sử',
  /** A batch of award documents done (src/jobs/proposals.ts): who its Tờ trình proposes, and who it leaves out, why. */
  proposed: (level: string, day: string) => `Đưa vào tờ trình ngày ${day}: đề nghị tặng ${level}`,
  notProposed: (day: string, why: string) => `Văn bản đề nghị ngày ${day}: ${why}`,
  /**
   * After `proposed` or `notProposed`: the council's vote as the meeting's tab held it, which the next meeting types over
   * (the Biên bản in Drive keeps it too: review complaint M1). Parts not typed are left out; `share` as printed ("77,8%").
   */
  vote: (v: { date: string; yes: number | null; no: number | null; share: string | null; present: number; written: number; members: number; publicity?: string }) =>
    `${HISTORY_VOTE_START}${v.date ? ` ngày ${v.date}` : ''}: ${[
      ...(v.yes !== null ? [`${v.yes} tán thành`] : []),
      ...(v.no !== null ? [`${v.no} không tán thành`] : []),
      ...(v.share !== null ? [`tỷ lệ ${v.share}`] : []),
      `có mặt ${v.present}/${v.members} thành viên${v.written > 0 ? `, ${v.written} ý kiến bằng văn bản` : ''}`,
    ].join(', ')}${v.publicity ? `; danh sách đã công khai ${v.publicity.replace(/[.\s]+$/, '')}` : ''}`,
  /**
   * `edited`: 'edit' when the change is the school's edit of this registration, answered on its own; 'recent' when a run
   * answering queued submissions found it sent or edited in the last day (the edit may be the cause, or not).
   */
  /**
   * `settings`: settingsChangedShort of what the office changed since the last full run ('' when nothing is known).
   * `updated`: the tool was updated since the last run that wrote "Thẩm định" — its rules may have made the change,
   * named among the causes (review r78u F1: a registration the update brought back was said brought back by a response
   * sent, edited or deleted that nobody sent).
   */
  verdict: (was: string, now: string, edited?: 'edit' | 'recent' | { calendar: string }, settings = '', by?: { id: string; withYear: boolean }, updated = false) =>
    `Kết luận tự động đổi từ ${q(was)} sang ${q(now)} ${
      now === REVIEW_VERDICT_VANISHED
        ? '(dòng của phiếu ở trang câu trả lời đã bị xóa)'
        : now === REVIEW_VERDICT_SUPERSEDED && by
          ? `(thay bằng phiếu ${by.id}: cùng đơn vị, cùng tên${by.withYear ? ' và năm sinh' : ''}; ${replacedCause('một phiếu', updated)})`
          : was === REVIEW_VERDICT_SUPERSEDED || now === REVIEW_VERDICT_SUPERSEDED
          ? `(${replacedCause('một phiếu khác cùng đối tượng', updated)})`
          : typeof edited === 'object'
            ? `(do đến ngày ${edited.calendar}, một mốc thời gian của Kế hoạch)`
            : edited === 'edit'
            ? '(trường vừa sửa phiếu này)'
            : edited === 'recent'
              ? `(trường đã gửi hoặc sửa phiếu này trong 24 giờ trước đó: có thể do lần sửa đó, hoặc do các trang “Cấu hình”, “Tiêu chí”, “Đơn vị” vừa được sửa${updated ? ', hoặc do công cụ được cập nhật' : ''})`
              : settings
                ? `(không phải do lần trường gửi hoặc sửa phiếu vừa được kiểm tra; từ lần cập nhật trước, cơ quan đã sửa ${settings}: xem Nhật ký lỗi cùng thời điểm)`
                : updated
                  ? '(không phải do lần trường gửi hoặc sửa phiếu vừa được kiểm tra; có thể do công cụ được cập nhật: xem Nhật ký lỗi cùng thời điểm)'
                  : '(không phải do lần trường gửi hoặc sửa phiếu vừa được kiểm tra; lý do: xem Nhật ký lỗi cùng thời điểm)'
    }`,
} as const;
/** The history tab made again: the one before was deleted or renamed (review history M5). */
export const HISTORY_REMADE = `Trang “${HISTORY_TAB}” không còn (đã bị xóa hoặc đổi tên): công cụ vừa tạo lại trang và ghi tiếp từ đó. Các dòng cũ: nếu trang chỉ bị đổi tên thì vẫn ở trang đó; nếu đã bị xóa, hãy ${fromOldVersion('các dòng cũ')}.`;
/**
 * An append-only tab holds `n` lines fewer than the tool last left (review complaint M3), told once: deleted by hand, or
 * the whole file restored to an earlier version (which takes the tab back too). `what`: what its lines prove.
 */
const linesGone = (tab: string, n: number, what: string) =>
  `Trang “${tab}” thiếu ${n} dòng so với lần công cụ ghi trước: có dòng đã bị xóa, hoặc cả bảng tính đã được khôi phục về một phiên bản cũ (trang chỉ được ghi thêm, không ai cần xóa dòng). Các dòng này là bằng chứng ${what}; hãy ${fromOldVersion('các dòng đã mất')}.`;
/**
 * An append-only tab whose row 1 was no longer the tool's header (typed over, a column inserted or deleted): set aside
 * under `aside`, every line kept, and a new one made, where the tool goes on as `then` says.
 */
const reshaped = (tab: string, aside: string, then: string) =>
  `Trang “${tab}” đã bị sửa dòng tiêu đề hoặc chèn, xóa cột, nên công cụ không ghi tiếp vào đó được: trang đó được đổi tên thành “${aside}” (giữ nguyên các dòng cũ) và công cụ tạo trang “${tab}” mới, ${then}. Đừng sửa cột, dòng tiêu đề của trang này.`;
/** The history reshaped by hand, set aside (review counts F1: its lines are read and counted by position). */
export const HISTORY_RESHAPED = (aside: string) => reshaped(HISTORY_TAB, aside, 'ghi tiếp các thay đổi từ nay');
/** Lines of the history deleted by hand, or lost with a version restored (review complaint M3). */
export const HISTORY_LINES_GONE = (n: number) => linesGone(HISTORY_TAB, n, 'Hội đồng đã quyết định gì, khi nào, và kết luận của công cụ đã đổi ra sao');
export const HISTORY_PROTECTION = 'Lịch sử do công cụ ghi thêm dòng, không sửa dòng cũ — sửa tay sẽ làm mất dấu vết';

/**
 * Each sending of a registration as the tool received it (src/core/versions.ts): what the school sent and what the tool
 * concluded then, a line appended per sending, never rewritten (review complaint H2: the response tab keeps only the
 * last edit, and the tool's conclusion is recomputed every night).
 */
export const VERSIONS_TAB = 'Các lần gửi phiếu';
export const VERSIONS_HEADER = [
  'Mã lần gửi',
  REVIEW_HEADERS.id,
  'Gửi lúc',
  'Gửi từ',
  REVIEW_HEADERS.school,
  REVIEW_HEADERS.name,
  'Kết luận lúc ghi nhận',
  'Cần bổ sung lúc ghi nhận',
  'Ghi nhận lúc',
  'Nội dung phiếu (câu hỏi: trả lời)',
];
/**
 * The columns of "Các lần gửi phiếu" the register reads a code's first sending from — when, from whom, under which school
 * — and whether the run that received it wrote the line (src/core/ledger.ts firstSendings).
 */
export const VERSIONS_KEY_HEADERS = { id: VERSIONS_HEADER[1], at: VERSIONS_HEADER[2], sender: VERSIONS_HEADER[3], school: VERSIONS_HEADER[4], verdict: VERSIONS_HEADER[6] } as const;
export const VERSIONS_PROTECTION = 'Mỗi lần trường gửi hoặc sửa phiếu, công cụ ghi thêm một dòng: phiếu gửi lúc đó và kết luận lúc đó. Không sửa dòng cũ — sửa tay sẽ làm mất dấu vết';
/** The verdict of a sending that was not reviewed (another registration of the same subject is). */
export const VERSIONS_SUPERSEDED = (label: string, by: string) => `${label} (không được xét: trùng với phiếu ${by})`;
/**
 * The verdict of a sending written by a run that did not receive it (an office's earlier sendings, a tab made again):
 * today's, not what the school was told then (review versions M1).
 */
export const VERSIONS_LATER = (verdict: string) => `${verdict} (ghi sau, không phải kết luận lúc nhận phiếu)`;
/** The answers past "Nội dung phiếu"'s cell (src/core/versions.ts answersCells). */
export const VERSIONS_MORE_HEADER = 'Nội dung phiếu (tiếp)';
/**
 * The tab's row 1 was no longer the tool's header (typed over, a column inserted, its contents cleared and written
 * again): set aside under `aside`, a new one made (review versions L1).
 */
export const VERSIONS_RESHAPED = (aside: string) => reshaped(VERSIONS_TAB, aside, 'ghi lại từ lần gửi gần nhất của mỗi phiếu');
export const VERSIONS_LINES_GONE = (n: number) => linesGone(VERSIONS_TAB, n, 'trường đã gửi gì và được trả lời gì');
/**
 * What the council writes in "Nhận xét" of a "Không đề nghị" registration when the person asked the office to erase her
 * personal data (review d76 F2: "Không đề nghị" alone is a verdict on merit, not a request to erase). Matched as
 * text.ts matchKey does: tones placed either way, case and spacing do not matter; other words may stand around it.
 */
export const ERASURE_REQUESTED = 'Xóa dữ liệu cá nhân theo yêu cầu';
/**
 * Registrations the council decided "Không đề nghị" with ERASURE_REQUESTED in "Nhận xét" whose response row the office
 * deleted (a person's request to delete her data, Luật 91/2025/QH15 Điều 14: reviews r76p F2, d76 F2), every
 * registration without its row being such: the tool deleted `lines` lines of theirs in "Các lần gửi phiếu". Told once,
 * as what was done, not as a fault; codes only (no name: the message is about deleting it). The form still holds each
 * response, which the tool does not delete (it cannot be undone): how the office deletes it, when the person asked for
 * complete deletion. `missing`: lines the tab lacks besides, which the tool cannot tell from those of these
 * registrations deleted by hand before any run saw the request (review d76 F4): said here, in one message, not as a loss
 * beside it.
 */
export const VERSIONS_ERASED = (ids: readonly string[], lines: number, missing = 0) => {
  const one = ids.length === 1;
  const which = one ? `phiếu ${ids[0]}` : `${ids.length} phiếu ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ', …' : ''}`;
  const its = one ? 'phiếu' : 'các phiếu';
  const also =
    missing > 0
      ? ` Ngoài ra trang “${VERSIONS_TAB}” thiếu ${missing} dòng so với lần công cụ ghi trước, mà công cụ không biết là dòng của phiếu nào (chưa lần cập nhật nào thấy yêu cầu xóa trước khi các dòng này bị xóa): nếu đó là các dòng của ${its} trên do cơ quan tự xóa thì không cần làm gì; nếu không, đó là dòng bị mất — hãy ${fromOldVersion('các dòng đó')}.`
      : '';
  return `Đã xóa dữ liệu cá nhân của ${which} theo yêu cầu: Hội đồng đã ghi “${REVIEW_DECISIONS.reject}” kèm “${ERASURE_REQUESTED}” ở “${REVIEW_HEADERS.comment}”, và cơ quan đã xóa dòng của ${its} ở trang câu trả lời, nên ${lines > 0 ? `công cụ đã xóa ${lines} dòng còn lại của ${its} ở trang “${VERSIONS_TAB}”` : `các dòng của ${its} ở trang “${VERSIONS_TAB}” đã được xóa xong`} (xóa có chủ ý, không phải dòng bị mất). Quyết định, nhận xét và các dòng ở trang “${HISTORY_TAB}” được giữ. Biểu mẫu đăng ký vẫn lưu câu trả lời của ${one ? 'phiếu' : 'từng phiếu'} (đường liên kết sửa phiếu trong thư xác nhận cũ của người gửi vẫn mở được); công cụ không tự xóa câu trả lời trong biểu mẫu vì không thể hoàn tác. Nếu người đó yêu cầu xóa hẳn, hãy mở biểu mẫu đăng ký → thẻ “Câu trả lời” → “Cá nhân”, tìm câu trả lời (theo địa chỉ e-mail và thời gian gửi) rồi bấm biểu tượng thùng rác “Xóa câu trả lời”.${also}`;
};
/**
 * Registrations erased at the person's request whose response row is back (the file restored to an older version, the
 * row put back): their data are in the office's file again (review d76 F3). Told once; the tool does not erase them
 * again by itself (the office may have restored them on purpose): how to erase them again.
 */
export const VERSIONS_ERASED_BACK = (ids: readonly string[]) => {
  const one = ids.length === 1;
  const which = one ? `phiếu ${ids[0]}` : `${ids.length} phiếu ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ', …' : ''}`;
  const its = one ? 'phiếu' : 'các phiếu';
  return `Dữ liệu cá nhân của ${which} đã được xóa theo yêu cầu của người đăng ký nay có lại trong bảng tính: dòng của ${its} lại có ở trang câu trả lời (có thể cả bảng tính đã được khôi phục về một phiên bản cũ), và các dòng của ${its} ở trang “${VERSIONS_TAB}” có thể cũng đã trở lại. Để xóa lại: xóa lại dòng của ${its} ở trang câu trả lời (giữ “${REVIEW_DECISIONS.reject}” và “${ERASURE_REQUESTED}” ở “${REVIEW_HEADERS.comment}”); lần cập nhật sau, công cụ xóa lại các dòng của ${its} ở trang “${VERSIONS_TAB}”. Nếu người đó không còn yêu cầu xóa, bỏ “${ERASURE_REQUESTED}” khỏi “${REVIEW_HEADERS.comment}”.`;
};
/** The tab made again: the one before was deleted or renamed (as HISTORY_REMADE). */
export const VERSIONS_REMADE = `Trang “${VERSIONS_TAB}” không còn (đã bị xóa hoặc đổi tên): công cụ vừa tạo lại trang và ghi lại từ lần gửi mới nhất của mỗi phiếu. Các lần gửi trước đó: nếu trang chỉ bị đổi tên thì vẫn ở trang đó; nếu đã bị xóa, hãy ${fromOldVersion('các dòng cũ')}.`;

/** The council's decisions; the first is the default of a new registration. */
export const REVIEW_DECISIONS = {
  pending: 'Chờ thẩm định',
  request: 'Yêu cầu bổ sung',
  propose: 'Đề nghị khen',
  reject: 'Không đề nghị',
} as const;
/** The decisions in dropdown order (the data validation of the "Quyết định của Hội đồng" column). */
export const REVIEW_DECISION_LIST: readonly string[] = [
  REVIEW_DECISIONS.pending,
  REVIEW_DECISIONS.request,
  REVIEW_DECISIONS.propose,
  REVIEW_DECISIONS.reject,
];

export const reviewErrorMissingHeader = (tab: string, column: string) =>
  `Trang tính ${q(tab)}: không tìm thấy cột ${q(column)} ở dòng tiêu đề (dòng 1). Công cụ chưa cập nhật trang này để không ghi đè quyết định của Hội đồng; hãy khôi phục tên cột ${q(column)} rồi chạy lại “Cập nhật tổng hợp”.`;
/** A row whose "Mã phiếu" was typed over, read as the code it names (review diff28 #2). */
export const reviewNoteCodeTyped = (typed: string, code: string) =>
  `Ô “Mã phiếu” của dòng này ghi ${q(typed)}: công cụ đọc là phiếu ${code}. Hãy ghi lại đúng “${code}” để tránh nhầm dòng.`;
export const reviewErrorHeaderBelow = (tab: string, row: number) =>
  `Trang tính ${q(tab)}: dòng tiêu đề (“Mã phiếu”, “Quyết định của Hội đồng”…) đang ở dòng ${row}, trong khi phải ở dòng 1. Công cụ chưa cập nhật trang này (phiếu mới chưa được thêm vào) để không ghi đè quyết định của Hội đồng; hãy xóa ${row === 2 ? 'dòng 1' : `các dòng 1–${row - 1}`} phía trên dòng tiêu đề (muốn có tiêu đề khi in, dùng Tệp → In → Đầu trang và chân trang) rồi chạy lại “Cập nhật tổng hợp”.`;
/**
 * The header row caught in a sort (the tab sorted whole with no frozen row: review r81o F4): the rows above it are
 * registrations with the council's decisions — put the header back, never delete them.
 */
export const reviewErrorHeaderSorted = (tab: string, row: number) =>
  `Trang tính ${q(tab)}: dòng tiêu đề (“Mã phiếu”, “Quyết định của Hội đồng”…) đang ở dòng ${row}, lẫn giữa các dòng phiếu (có lẽ trang đã được sắp xếp khi dòng tiêu đề chưa được cố định), trong khi phải ở dòng 1. Công cụ chưa cập nhật trang này (phiếu mới chưa được thêm vào) để không ghi đè quyết định của Hội đồng. Đừng xóa các dòng phía trên: đó là các phiếu cùng quyết định của Hội đồng. Hãy đưa dòng tiêu đề về dòng 1: hoàn tác lần sắp xếp (Ctrl+Z), hoặc nhấp vào số dòng ${row} rồi kéo dòng đó lên trên cùng; sau đó cố định dòng tiêu đề (Xem → Cố định → 1 hàng) để lần sắp xếp sau không kéo theo nó, rồi chạy lại “Cập nhật tổng hợp”.`;
export const reviewErrorBlankHeader = (tab: string) =>
  `Trang tính ${q(tab)}: dòng 1 đang trống, trong khi dòng tiêu đề (“Mã phiếu”, “Quyết định của Hội đồng”…) phải ở dòng 1. Công cụ chưa cập nhật trang này để không ghi đè quyết định của Hội đồng; hãy xóa dòng trống phía trên (hoặc khôi phục dòng tiêu đề) rồi chạy lại “Cập nhật tổng hợp”.`;
/** No "Thẩm định", but a tab with its columns under another name (renamed: review "twohands" #5). */
export const reviewErrorRenamed = (tab: string, other: string) =>
  `không có trang ${q(tab)}, nhưng trang ${q(other)} có các cột của trang này (“${REVIEW_HEADERS.id}”, “${REVIEW_HEADERS.decision}”). Nếu đó là trang ${q(tab)} đã đổi tên, hãy đặt lại tên ${q(tab)}: công cụ chỉ đọc quyết định của Hội đồng ở trang mang đúng tên này, và chưa gửi thư, chưa lập hồ sơ theo trang nào cho đến khi có. Nếu cố ý giữ trang cũ và bắt đầu trang mới, xóa dòng tiêu đề của trang ${q(other)} (hoặc xóa trang) rồi chạy lại “Cập nhật tổng hợp”.`;
export const reviewErrorCouncilColumnGone = (tab: string, column: string, like: readonly string[]) =>
  `Trang tính ${q(tab)}: không còn cột ${q(column)} ở dòng tiêu đề (dòng 1)${like.length > 0 ? ` (có thể đã đổi tên thành ${like.slice(0, 3).map(q).join(', ')})` : ' (cột đã bị đổi tên hoặc xóa)'}. Công cụ chưa cập nhật trang này, chưa gửi thư và chưa lập hồ sơ theo trang này, để không bỏ sót ý kiến của Hội đồng. Hãy đặt lại tên cột là ${q(column)} (nếu cột đã bị xóa, thêm một cột trống có tên đó) rồi chạy lại “Cập nhật tổng hợp”.`;
export const reviewNoteVanished = (id: string) =>
  `Dòng của phiếu ${id} không còn trong trang câu trả lời của biểu mẫu (đã bị xóa). Quyết định được giữ; công cụ không gửi thư, không lập hồ sơ cho phiếu này. Nếu xóa nhầm, hãy ${fromOldVersion('dòng đó')}: phiếu sẽ trở lại với đúng mã cũ.`;
/**
 * The row of a registration erased at the office's request (VERSIONS_ERASED), instead of reviewNoteVanished: its
 * decision and reason stay, and nothing asks for its rows back (review r76p F2).
 */
export const reviewNoteErased = (id: string) =>
  `Theo yêu cầu của người đăng ký, cơ quan đã xóa dữ liệu cá nhân của phiếu ${id}: dòng ở trang câu trả lời và các dòng ở trang “${VERSIONS_TAB}”. Quyết định và nhận xét của Hội đồng được giữ, cùng lịch sử ở trang “${HISTORY_TAB}”; công cụ không gửi thư, không lập hồ sơ cho phiếu này.`;
/**
 * Beside reviewNoteVanished, on a "Không đề nghị" row without the request to erase (ERASURE_REQUESTED): an office that
 * deleted a withdrawn person's row at her request, as the guide of an earlier version had it, is told how to record it
 * (review f76e, follow-up of d76 F2).
 */
export const reviewNoteVanishedHowToErase =
  `Nếu dòng được xóa vì người đăng ký đã rút phiếu và yêu cầu xóa dữ liệu cá nhân: ghi “${ERASURE_REQUESTED}” ở đầu ô “${REVIEW_HEADERS.comment}”; lần cập nhật sau, công cụ xóa các dòng của phiếu ở trang “${VERSIONS_TAB}”.`;
/** The row of a registration erased at the person's request whose response row is back (VERSIONS_ERASED_BACK, review d76 F3), while it is. */
export const reviewNoteErasedBack = (id: string) =>
  `Dữ liệu cá nhân của phiếu ${id} đã được xóa theo yêu cầu của người đăng ký nay có lại (dòng ở trang câu trả lời có lại, có thể do khôi phục phiên bản cũ của bảng tính). Để xóa lại: xóa lại dòng đó; lần cập nhật sau, công cụ xóa lại các dòng của phiếu ở trang “${VERSIONS_TAB}”. Người đó không còn yêu cầu xóa: bỏ “${ERASURE_REQUESTED}” khỏi “${REVIEW_HEADERS.comment}”.`;
/**
 * A recorded decision back to "Chờ thẩm định", every council cell blank, with others in the same run (review.ts
 * decisionsReset): the tab replaced by an older copy, or several decisions withdrawn at once.
 */
export const reviewNoteDecisionReset =
  `Quyết định Hội đồng đã ghi cho phiếu này nay trở về “Chờ thẩm định”, các ô “${REVIEW_HEADERS.comment}”, “${REVIEW_HEADERS.reviewer}”, “${AWARD_LEVEL_HEADER}” đều trống, cùng lúc với phiếu khác: như khi trang được thay bằng một bản cũ. Nếu Hội đồng không rút quyết định này, hãy ghi lại (quyết định cũ xem ở Tệp → Nhật ký phiên bản).`;
export const reviewNoteDecisionRowLost =
  'Dòng của phiếu này đã bị xóa khỏi trang sau khi Hội đồng ghi quyết định; công cụ đã thêm lại dòng với “Chờ thẩm định”. Quyết định cũ chưa được ghi lại: phiếu chưa được đưa vào đề nghị khen thưởng. Hội đồng ghi lại quyết định (quyết định cũ xem ở Tệp → Nhật ký phiên bản).';
/**
 * "Kết luận tự động" of a row whose registration no longer counts: replaced by a later one (its note names which), or its
 * response row deleted. Not a verdict: a filter on "Đạt" leaves these rows out, as Tổng hợp and the digest do. One text
 * each, whatever replaced it: a filter by values set once keeps leaving them out (a new value would show).
 */
export const REVIEW_VERDICT_SUPERSEDED = 'Đã thay thế';
/**
 * "Kết luận" in "Kết quả kiểm tra" of a registration a later one replaced: as in "Thẩm định", with the automatic verdict
 * it had (a filter on "Đạt" gives the registrations in force: review r70u M1).
 */
export const resultsVerdictSuperseded = (verdict: string) => `${REVIEW_VERDICT_SUPERSEDED} (${verdict})`;
export const REVIEW_VERDICT_VANISHED = 'Dòng phiếu đã bị xóa';
export const reviewNoteSuperseded = (laterId: string) =>
  `Phiếu đã được thay thế bởi phiếu ${laterId} (cùng đơn vị đăng ký lại cùng đối tượng); nên thẩm định phiếu ${laterId}.`;
export const reviewNoteUnknownDecision = (text: string) =>
  `Quyết định ${q(text)} không thuộc danh sách (${REVIEW_DECISION_LIST.join('; ')}); công cụ giữ nguyên như đã ghi nhưng không xử lý. Hãy chọn lại trong danh sách.`;
/**
 * A council decision typed on a row without a code (a dossier handed in on paper, rows pasted without the code column,
 * a decision column pasted a row off): not read, told on the row (review r77c F3).
 */
export const reviewNoteNoCode =
  'Dòng này có quyết định của Hội đồng nhưng không có mã phiếu, nên công cụ không đọc dòng này và không đưa vào văn bản đề nghị khen thưởng. Tập thể, cá nhân được đề nghị phải có phiếu đăng ký (trường gửi qua biểu mẫu): nếu đã có phiếu, ghi quyết định ở dòng có mã phiếu ấy (DK-…) rồi xóa dòng này; nếu chưa có, đề nghị trường gửi phiếu.';
export const reviewNoteDuplicateRow = (id: string, firstRow: number) =>
  `Mã phiếu ${id} đã có ở dòng ${firstRow}; hai dòng cùng một phiếu. Hãy giữ một dòng.`;
/**
 * Two rows of one code whose council cells differ (a row copied to draft a change, then sorted: review office #2): on
 * both rows. Neither is taken for the council's decision; the code is held until one row is left.
 */
export const reviewNoteCopiesDisagree = (id: string, otherRow: number) =>
  `Dòng ${otherRow} cũng là phiếu ${id} nhưng ghi khác dòng này (quyết định, nhận xét, người thẩm định hoặc hình thức khen): công cụ không biết dòng nào là quyết định của Hội đồng nên tạm giữ phiếu (chưa gửi thư, chưa đề nghị khen) cho đến khi chỉ còn một dòng. Hãy xóa dòng không dùng.`;
/**
 * "Yêu cầu bổ sung" chosen, its comment not written yet: the letter waits for it (review "twohands" #3: a run between
 * the choice and the comment sent a letter without what the council asks for, nor its date).
 */
export const reviewNoteRequestNoComment = `Hãy ghi “${REVIEW_HEADERS.comment}” (cần bổ sung gì, hạn bổ sung): thư đề nghị bổ sung gửi trường kèm nhận xét đó, ở lần cập nhật đầu tiên sau khi có nhận xét.`;
export const reviewNoteProposeNotDat = (verdict: string) =>
  `Lưu ý: Hội đồng đề nghị khen nhưng kết luận tự động là ${q(verdict)}.`;
/**
 * A decision that changed together with others as when the decision column is sorted on its own (review.ts
 * movedDecisions). `was`: the decision the register holds (null when the row's comment or reviewer changed too).
 */
/**
 * A row whose decision (or, `level`, only its award level) changed with others by what looks like a sort of some of the
 * tab's columns (movedDecisions). `was`: the decision it held, null when not known.
 */
export const reviewNoteDecisionMoved = (was: string | null, now: string, others: number, level?: { was: string; now: string }) => {
  const shown = (l: string) => (l === '' ? '(để trống)' : q(l));
  const what = level ? 'Hình thức khen thưởng' : 'Quyết định';
  const change = level ? ` từ ${shown(level.was)} thành ${shown(level.now)}` : was !== null ? ` từ ${q(was)} thành ${q(now)}` : '';
  const back = level ? `hình thức cũ cho dòng này (${shown(level.was)})` : `quyết định cũ cho dòng này${was !== null ? ` (${q(was)})` : ' (xem ở Tệp → Nhật ký phiên bản; đừng khôi phục cả phiên bản, sẽ mất các phiếu mới)'}`;
  return `${what} ở dòng này đã đổi${change} cùng lúc với ${others} dòng khác, mà các giá trị chỉ đổi chỗ cho nhau và một cột nay xếp theo thứ tự — như khi chỉ một số cột được sắp xếp (cột quyết định, các cột của Hội đồng, hoặc các cột của phiếu mà không kèm các cột của Hội đồng), không sắp xếp cả trang: quyết định có thể đã sang người khác. Quyết định của dòng chưa có hiệu lực (giữ cho đến khi dòng được xử lý): phiếu chưa được đưa vào đề nghị khen thưởng và chưa gửi thư. Nếu đổi nhầm, hãy chọn lại ${back}, hoặc hoàn tác việc sắp xếp; nếu đúng là Hội đồng đổi, sửa ô “Người thẩm định” của dòng (ví dụ ghi thêm ngày xem lại) để xác nhận.`;
};
/**
 * A decision held because its registration changed since (who, school, automatic verdict). A verdict changes without
 * any edit too — the office's settings, a day of the plan, an update of the tool (review upgrade4: a CN-10 flip after
 * an update was said to be a school's edit, "kết luận tự động chỉ đổi khi trường sửa phiếu"): every cause is named.
 */
export const reviewNoteEditedAfterReview =
  'Phiếu đã khác với lúc Hội đồng quyết định (người, đơn vị hoặc kết luận tự động): trường đã sửa phiếu; hoặc kết luận tự động đã đổi mà trường không sửa phiếu — do trang “Cấu hình”, “Tiêu chí” hoặc “Đơn vị” vừa được sửa, do đến một mốc thời gian của Kế hoạch, hoặc do công cụ được cập nhật (lý do ghi ở trang “Nhật ký lỗi”, cùng thời điểm với dòng của phiếu ở trang “Lịch sử thẩm định”); hoặc đơn vị bị xóa hay đổi tên ở trang “Đơn vị” mà không ghi tên cũ ở cột “Tên cũ”; hoặc ô tự động của dòng này bị gõ đè (công cụ ghi lại ô đó theo phiếu). Quyết định được giữ nhưng chưa có hiệu lực: phiếu chưa được đưa vào đề nghị khen thưởng và chưa gửi thư. Hội đồng xem lại phiếu, rồi sửa ô “Nhận xét” hoặc “Người thẩm định” (ví dụ ghi ngày xem lại) để xác nhận quyết định.';
/**
 * The school sent its registration again (an edit through its link) after the council's "Yêu cầu bổ sung": what was
 * asked for may be in it, and nothing else waits on it (review r67s F1).
 */
export const reviewNoteSupplied =
  'Trường đã gửi lại phiếu sau khi Hội đồng yêu cầu bổ sung: Hội đồng thẩm định lại phiếu và ghi quyết định mới; nếu vẫn cần bổ sung, sửa ô “Nhận xét” hoặc “Người thẩm định” (ví dụ ghi ngày xem lại) để giữ yêu cầu. Phiếu được tính là đang chờ thẩm định.';
export const reviewNoteAlike = (refs: readonly { id: string; school: string }[], team = false) =>
  team
    ? `Có thể trùng tập thể với phiếu ${refs.map((a) => `${a.id} (${a.school})`).join(', ')} (cùng đơn vị, tên chỉ khác ở các chữ như “Tổ”, “Tổ chuyên môn”, “Nhóm” hay tên trường): nếu là một tập thể, chỉ đề nghị khen theo một phiếu.`
    : `Có thể trùng người với phiếu ${refs.map((a) => `${a.id} (${a.school})`).join(', ')} (cùng họ tên, không kể chức danh, dấu câu, dấu thanh hay tên gõ không dấu; cùng năm sinh, hoặc cùng đơn vị mà năm sinh khác nhau hay một phiếu không ghi năm sinh): nếu là một người, chỉ đề nghị khen theo một phiếu.`;
export const reviewNoteOtherName = (refs: readonly { id: string; school: string }[]) =>
  `Có thể trùng đối tượng với phiếu ${refs.map((a) => `${a.id} (gửi dưới tên ${q(a.school)})`).join(', ')}: cùng tên, cùng đơn vị dưới tên khác của đơn vị (cột “Tên cũ” ở trang “Đơn vị”) — hai trường đã sáp nhập, hoặc trường đăng ký lại sau khi đổi tên. Nếu là một đối tượng, chỉ đề nghị khen theo một phiếu.`;
/** Received after the period's last year (review d75 F6): the school was answered that the period no longer reviews it. */
export const reviewNoteAfterPeriod = 'Phiếu gửi hoặc sửa sau khi giai đoạn đã kết thúc: trường được trả lời là phiếu không được xét trong giai đoạn (xem “Kết quả kiểm tra”).';
export const reviewNoteUnverified = 'E-mail người gửi chưa có trong danh sách e-mail của đơn vị (chưa xác minh).';
/**
 * The tool's line above the lines a person typed into a row's "Ghi chú" (src/core/review-notes.ts: review office L1),
 * which stay, `n` of them, below it. Its count tells the next run how many of them the office was told of already.
 */
export const reviewNoteKeptLines = (n: number) =>
  `${n} dòng dưới đây không phải do công cụ ghi (có người gõ vào ô này): công cụ giữ nguyên. Cột “${REVIEW_HEADERS.note}” là của công cụ, được ghi lại ở mỗi lần cập nhật; ghi chú của Hội đồng nên ghi ở một cột riêng của cơ quan (đặt tên khác với “${REVIEW_HEADERS.note}”), hoặc ở “${REVIEW_HEADERS.comment}” nếu đó là nhận xét gửi trường.`;
/**
 * The tool's line above a person's lines in "Ghi chú" when its usual one (reviewNoteKeptLines) would not fit in the cell
 * with them (Sheets keeps 50,000 characters a cell; review d61b D3): short (what it would say is in "Nhật ký lỗi", told
 * when the lines were new), the tool's notes still above it. Its count is read as reviewNoteKeptLines's.
 */
export const reviewNoteKeptLinesShort = (n: number) =>
  `${n} dòng dưới đây không phải do công cụ ghi: công cụ giữ nguyên (ô gần đầy: nên chép sang cột khác).`;
/**
 * The same when not even the tool's notes fit with a person's lines: the tool's notes are left out of the cell, never
 * the person's text (the verdict stays in its column; the office is told in "Nhật ký lỗi": REVIEW_NOTES_TYPED).
 */
export const reviewNoteKeptLinesNotesLeftOut = (n: number) =>
  `Ô gần đầy: công cụ không ghi được ghi chú của mình vào đây. ${n} dòng dưới đây không phải do công cụ ghi: công cụ giữ nguyên.`;
/**
 * For the office ("Nhật ký lỗi"), once: rows of "Thẩm định" whose "Ghi chú" holds lines the tool did not write (`row`:
 * the row of the tab, `lines`: those not told before), kept under reviewNoteKeptLines; `notesLeftOut`: the cell is too
 * full for the tool's notes (reviewNoteKeptLinesNotesLeftOut), said first. Not moved into "Nhận xét": the
 * council's comment is quoted to the school in a "Yêu cầu bổ sung" letter and shown in its view when published.
 */
export const REVIEW_NOTES_TYPED = (rows: readonly { id: string; row: number; lines: readonly string[]; notesLeftOut?: boolean; notes?: string }[]) => {
  const where = (r: { id: string; row: number }) => `dòng ${r.row} (phiếu ${r.id})`;
  const what = (r: { lines: readonly string[] }) => r.lines.map((l) => q(fitText(l, 300))).join(' ');
  // First, before the quoted lines (a log line holds 2,000 characters): where the tool's notes could not be written.
  const full = rows.filter((r) => r.notesLeftOut);
  const left =
    full.length === 0
      ? ''
      : `ô “${REVIEW_HEADERS.note}” ở ${full.slice(0, 10).map(where).join(', ')}${full.length > 10 ? ` và ${full.length - 10} dòng khác` : ''} gần đầy (một ô giữ tối đa 50.000 ký tự): công cụ giữ nguyên nội dung đã gõ và không ghi được ghi chú của mình vào ô (kết luận tự động vẫn ở cột “${REVIEW_HEADERS.verdict}”) cho đến khi nội dung đó được chép đi rồi xóa khỏi ô.`;
  const told = rows.filter((r) => r.lines.length > 0);
  if (told.length === 0) return `Trang “${REVIEW_TAB}”: ${left}`;
  const list =
    told.length === 1
      ? `ô “${REVIEW_HEADERS.note}” ở ${where(told[0])} có nội dung không phải do công cụ ghi: ${what(told[0])}`
      : `ô “${REVIEW_HEADERS.note}” ở ${told.length} dòng có nội dung không phải do công cụ ghi — ${told
          .slice(0, 10)
          .map((r) => `${where(r)}: ${what(r)}`)
          .join('; ')}${told.length > 10 ? `; và ${told.length - 10} dòng khác` : ''}`;
  return `Trang “${REVIEW_TAB}”: ${left === '' ? list : `${left} ${list.charAt(0).toUpperCase()}${list.slice(1)}`}. Cột “${REVIEW_HEADERS.note}” là của công cụ, được ghi lại ở mỗi lần cập nhật: công cụ giữ nguyên các dòng này ở cuối ô và không chuyển sang cột “${REVIEW_HEADERS.comment}” (nhận xét được gửi cho trường trong thư đề nghị bổ sung). Nếu đó là ghi chú của Hội đồng, nên chép sang một cột riêng của cơ quan (đặt tên khác với “${REVIEW_HEADERS.note}”), hoặc sang “${REVIEW_HEADERS.comment}” nếu là nhận xét gửi trường, rồi xóa khỏi ô “${REVIEW_HEADERS.note}”.`;
};

/** What "Nhật ký lỗi" keeps of a line (src/gas/health.ts cuts a longer one there). */
export const LOG_LINE_MAX = 2000;

/**
 * For the office ("Nhật ký lỗi"), after REVIEW_NOTES_TYPED: the tool's notes a full "Ghi chú" cell could not hold,
 * quoted line by line, each cut on its own (a request with no comment, which sends no letter and is said nowhere else,
 * comes last among them: review notes63 N3, d64) — a log line of its own, so that the person's lines told with it keep
 * their room in theirs. Told again when they change (src/core/review.ts). '' when there are none.
 */
export const REVIEW_NOTES_LEFT_OUT = (rows: readonly { id: string; row: number; notesLeftOut?: boolean; notes?: string }[]) => {
  const quoted = rows.filter((r) => r.notesLeftOut && r.notes !== undefined && r.notes.trim() !== '');
  if (quoted.length === 0) return '';
  const lines = (notes: string) =>
    notes
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .map((l) => q(fitText(l, 200)))
      .join(' ');
  const head = `Trang “${REVIEW_TAB}”, ghi chú của công cụ không ghi được vào ô “${REVIEW_HEADERS.note}” (ô gần đầy) — `;
  // Rows while the line stays within what the log keeps of it (src/gas/health.ts logError), at most ten; the rest
  // counted, never a quote cut off by the log.
  const more = (n: number) => (n > 0 ? `; và ${n} dòng khác` : '');
  const parts: string[] = [];
  for (const r of quoted) {
    const part = `dòng ${r.row} (phiếu ${r.id}): ${lines(r.notes!)}`;
    const room = LOG_LINE_MAX - head.length - [...parts, ''].join('; ').length - more(quoted.length - parts.length - 1).length - 1;
    if (parts.length === 10 || (parts.length > 0 && part.length > room)) break;
    parts.push(part.length > room ? fitText(part, room) : part);
  }
  return `${head}${parts.join('; ')}${more(quoted.length - parts.length)}.`;
};

/** What "Nhật ký lỗi" is told of the typed lines and left-out notes of a merge: one or two lines. */
export const reviewNotesLog = (rows: Parameters<typeof REVIEW_NOTES_TYPED>[0]): string[] => {
  const leftOut = REVIEW_NOTES_LEFT_OUT(rows);
  return leftOut === '' ? [REVIEW_NOTES_TYPED(rows)] : [REVIEW_NOTES_TYPED(rows), leftOut];
};

// ---- the e-mail "Yêu cầu bổ sung" ---------------------------------------------------------------

/** The last line of every e-mail to a school: sent by the tool, and whom to contact instead of replying. */
export const schoolMailFooter = (org: string, contact?: string) =>
  // The school's letter is the office's: no word of its software (review r73r F7).
  `Thư này do ${org} gửi tự động; vui lòng không trả lời thư này. ` + contactSentence(org, contact);

/** Whom a school contacts: "Cần trao đổi, xin liên hệ …" ("Cấu hình"'s contact, else the office by name). */
export const contactSentence = (org: string, contact?: string) =>
  // A contact written with its own label ("Thường trực thi đua: …", as the setting's help invites) takes no second colon.
  contact ? `Cần trao đổi, xin liên hệ${/^[^:]{1,60}:\s/.test(contact) ? ' ' : ': '}${contact}${/[.!?…]$/.test(contact) ? '' : '.'}` : `Cần trao đổi, xin liên hệ trực tiếp ${org}.`;

export const SUPPLEMENT_EMAIL = {
  subject: (id: string, name: string) => `[Điển hình tiên tiến] Đề nghị bổ sung hồ sơ phiếu ${id} (${name})`,
  /** The subject when an earlier request about the same registration was sent (the council changed its comment). */
  subjectUpdate: (id: string, name: string) => `[Điển hình tiên tiến] Đề nghị bổ sung hồ sơ phiếu ${id} (${name}) — bản cập nhật`,
  /** `sentOn`: dd/MM/yyyy of the earlier request. */
  replaces: (sentOn: string) => `Thư này thay cho thư đề nghị bổ sung về phiếu này gửi ngày ${sentOn}: Hội đồng đã sửa nhận xét. Đơn vị bổ sung theo thư này.`,
  greeting: (school: string) => `Kính gửi: ${school}`,
  intro: (org: string, kind: string, name: string, id: string) =>
    `Hội đồng Thi đua - Khen thưởng của ${org} đã thẩm định phiếu đăng ký ${kind.toLowerCase()} “${name}” (mã phiếu ${id}) và đề nghị đơn vị bổ sung hồ sơ.`,
  commentTitle: 'Nhận xét của Hội đồng:',
  itemsTitle: 'Những điểm cần bổ sung hoặc chưa đạt theo kết quả kiểm tra tự động:',
  noItems: 'Kết quả kiểm tra tự động không ghi nhận điểm nào còn thiếu; đề nghị đơn vị bổ sung theo nhận xét của Hội đồng.',
  howTo: 'Đơn vị mở lại phiếu bằng đường dẫn sửa phiếu trong thư báo kết quả kiểm tra (thư “Đã nhận phiếu DK-…”), bổ sung rồi gửi lại. Phiếu gửi lại được kiểm tra ngay và Hội đồng sẽ thẩm định lại.',
  howToLink: (url: string) =>
    `Đơn vị mở lại đúng phiếu này bằng đường dẫn sau, bổ sung rồi gửi lại: ${url}\nPhiếu gửi lại được kiểm tra ngay và Hội đồng sẽ thẩm định lại.`,
  /** A district office in its period's last year: the day after which an edit no longer counts (review d75d F3). */
  lastDay: (day: string) => `Phiếu bổ sung cần gửi đến hết ngày ${day}: giai đoạn kết thúc, phiếu sửa sau ngày đó không còn được xét.`,
  reviewer: (name: string) => `Người thẩm định: ${name}.`,
  /**
   * The line a phone's inbox shows under the subject (review mail M4): the first line of the council's comment, where it
   * writes what to supply and by when; without a comment, what to do.
   */
  preheader: (commentLine: string) => (commentLine ? `Hội đồng đề nghị: ${commentLine}` : 'Đề nghị đơn vị bổ sung theo các điểm nêu trong thư rồi gửi lại phiếu.'),
  footer: (org: string, contact?: string) => schoolMailFooter(org, contact),
  unknownName: '(chưa ghi tên)',
  unknownKind: 'Phiếu',
} as const;

// ---- per-school and per-group tabs ------------------------------------------------------------------

export const SCHOOL_TAB_HEADER = ['Mã phiếu', 'Đối tượng', 'Năm học', 'Tên', 'Lĩnh vực', 'Mô hình', 'Kết luận', 'Cần bổ sung hoặc chưa đạt', 'Điểm ưu tiên'];
/**
 * The "Năm học" cell of a registration sent after the window ("Mốc: kết thúc đăng ký"): it counts for no school year
 * of the minimum (review yearahead R5); the others read their school year ("2026-2027").
 */
export const SCHOOL_TAB_YEAR_LATE = 'Gửi sau hạn, không tính vào tối thiểu';
export const GROUP_TAB_HEADER = ['Đơn vị', ...SCHOOL_TAB_HEADER];
export const GROUP_DUTIES_TITLE = 'Nhiệm vụ của các đơn vị';
export const GROUP_DUTIES_HEADER = ['Đơn vị', 'Mã đơn vị', 'Tập thể', 'Cá nhân', 'Tối thiểu 1 tập thể + 1 cá nhân', 'Kế hoạch', 'Báo cáo', 'Nhiệm vụ chưa hoàn thành'];
export const GROUP_REGISTRATIONS_TITLE = 'Phiếu đăng ký của các đơn vị';

/**
 * Short forms a school's tab name takes, in this order, only while it is longer than an .xlsx tab name may be
 * (31 characters): the usual abbreviations of school types, then the word "Trường" dropped.
 */
export const TAB_NAME_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['Tiểu học và Trung học cơ sở', 'TH&THCS'],
  ['Tiểu học và THCS', 'TH&THCS'],
  ['Trung học cơ sở và Trung học phổ thông', 'THCS&THPT'],
  ['THCS và THPT', 'THCS&THPT'],
  ['Phổ thông dân tộc bán trú', 'PTDTBT'],
  ['Phổ thông dân tộc nội trú', 'PTDTNT'],
  ['Trung học cơ sở', 'THCS'],
  ['Trung học phổ thông', 'THPT'],
  ['Mầm non', 'MN'],
  ['Tiểu học', 'TH'],
  ['Trường ', ''],
];

/** Used when a name leaves nothing once the characters a tab name cannot hold are removed. */
export const SCHOOL_TAB_FALLBACK_NAME = 'Đơn vị';
export const GROUP_NO_WARD = 'Chưa ghi xã, phường';
export const GROUP_NO_CLUSTER = 'Chưa ghi cụm thi đua';

export const schoolTabIdentity = (code: string, level: string, ward: string, cluster: string) =>
  [code && `Mã đơn vị: ${code}`, level && `Cấp học: ${level}`, ward && `Xã/phường: ${ward}`, cluster && `Cụm thi đua: ${cluster}`]
    .filter((s) => s)
    .join(' · ');
export const schoolTabCounts = (total: number, collectives: number, individuals: number, dat: number, chuaDat: number, canBoSung: number) =>
  total === 0
    ? 'Đơn vị chưa có phiếu đăng ký nào.'
    : `${total} phiếu đăng ký (${collectives} tập thể, ${individuals} cá nhân): ${dat} đạt, ${chuaDat} chưa đạt, ${canBoSung} cần bổ sung.`;
/** The words the council line of an office's school or group tab opens with (schoolTabCouncil): a view leaves it out. */
export const SCHOOL_TAB_COUNCIL_HEAD = `Trong đó, theo trang “${REVIEW_TAB}”:`;
/**
 * Under a school's (or a group's) counts on the office's tab: of its registrations, those the council decided "Không
 * đề nghị" and those it asked to supplement (review r80n F3). The tab counts the automatic verdicts; the school's view
 * (`views`: they are on) counts these apart, and the clerk answering the school's call reads why.
 */
export const schoolTabCouncil = (notProposed: number, requested: number, views: boolean) =>
  `${SCHOOL_TAB_COUNCIL_HEAD} ${[notProposed > 0 ? `${notProposed} phiếu Hội đồng quyết định “${REVIEW_DECISIONS.reject}”` : '', requested > 0 ? `${requested} phiếu Hội đồng yêu cầu bổ sung hồ sơ` : ''].filter((x) => x !== '').join(', ')}. Các số trên theo kết luận tự động${
    views ? `; trang theo dõi của đơn vị tính các phiếu này theo quyết định của Hội đồng (phiếu “${REVIEW_DECISIONS.reject}” không tính vào số đạt, chưa đạt, cần bổ sung; phiếu được yêu cầu bổ sung tính là cần bổ sung)` : ''
  }.`;
export const schoolTabSuperseded = (n: number) =>
  `${n} phiếu cũ đã được đơn vị đăng ký lại (thay thế) không hiển thị ở đây; xem trang “Kết quả kiểm tra”.`;
/**
 * Under schoolTabSuperseded: the school years its replaced registrations still count for in the minimum (III.1) that no
 * registration of the table shows (review d63 F5), e.g. "1 tập thể của năm học 2026-2027".
 */
export const schoolTabSupersededCounted = (items: readonly { year: string; collectives: number; individuals: number }[]) =>
  `Trong số phiếu cũ đó, vẫn được tính vào yêu cầu đăng ký tối thiểu mỗi năm học (mục III.1): ${items
    .map((i) => `${[i.collectives > 0 ? `${i.collectives} tập thể` : '', i.individuals > 0 ? `${i.individuals} cá nhân` : ''].filter((x) => x !== '').join(' và ')} của năm học ${i.year}`)
    .join('; ')}.`;
export const groupTabTitle = (group: string, schools: number) => `${group} — ${schools} đơn vị`;
export const SCHOOL_TAB_DUTIES_TITLE = 'Nhiệm vụ của đơn vị:';
export const SCHOOL_TAB_REGISTRATIONS_TITLE = 'Các phiếu đăng ký:';

/** Status of a duty, as one word. */
export const DUTY_STATUS = {
  met: 'Đạt',
  notMet: 'Chưa đạt',
  missing: 'Thiếu minh chứng',
  notDue: 'Chưa đến hạn',
  /** Every criterion of the duty switched to "Không" in "Tiêu chí" by the office (review r67t #5). */
  notRequired: 'Không bắt buộc',
} as const;

/**
 * A plan's or the reports' status when what keeps the duty open is only a copy sent from another listed school's
 * address (review d63 F6): not missing evidence — the reminder and the receipt say the address (reportOtherSchool).
 */
export const DUTY_STATUS_OTHER_SCHOOL = 'Chưa tính — gửi từ e-mail đơn vị khác';
/**
 * The same status in a duty line ("Nhiệm vụ của đơn vị"), where the detail after it (dutyTextOtherSchoolLine) names the
 * address: "not counted" said once, with one dash (review d64b #6).
 */
export const DUTY_STATUS_NOT_COUNTED = 'Chưa tính';

/**
 * The minimum's status when only a school year still open to registration lacks a collective or an individual:
 * something the school can still add, as a registration's "Cần bổ sung", not a failure (review openyear).
 */
export const DUTY_STATUS_MINIMUM_OPEN = 'Cần bổ sung';

/**
 * `lacking`: dutyTextLacking of the years short of the minimum ('' when none). The period's counts follow it in brackets
 * unless both are 0, which the years lacking both already say (review mail L10).
 */
/** Which parts of the minimum (III.1) the office requires (school-duties.ts minimumParts). */
export interface MinimumParts {
  collective: boolean;
  individual: boolean;
}
/**
 * The minimum as the office requires it: "01 tập thể và 01 cá nhân", or only the part still "Có" in "Tiêu chí" (review
 * d67 #8); both when neither is (the texts then say it is not required). `one`: "01", or "một" in sentences.
 */
export const minimumDuty = (p?: MinimumParts, one = '01') =>
  !p || p.collective === p.individual ? `${one} tập thể và ${one} cá nhân` : p.collective ? `${one} tập thể` : `${one} cá nhân`;

export const dutyLineMinimum = (status: string, collectives: number, individuals: number, lacking = '', parts?: MinimumParts) =>
  `• Đăng ký tối thiểu ${minimumDuty(parts)} mỗi năm học (mục III.1): ${status} — ${
    lacking ? `${lacking}${collectives + individuals > 0 ? ` (cả giai đoạn đã có ${collectives} tập thể, ${individuals} cá nhân)` : ''}` : `cả giai đoạn đã có ${collectives} tập thể, ${individuals} cá nhân`
  }.`;
/** What a school year short of the minimum lacks: "tập thể", "cá nhân" or both. */
export const lackingWhat = (l: { collective: boolean; individual: boolean }) =>
  l.collective && l.individual ? 'tập thể và cá nhân' : l.collective ? 'tập thể' : 'cá nhân';
/**
 * Items grouped by `key`, each group in the order of its first item, the groups in the order of their first items: the
 * school years lacking the same thing said once (review mail L10).
 */
export const groupedBy = <T>(items: readonly T[], key: (t: T) => string): T[][] => {
  const groups = new Map<string, T[]>();
  for (const t of items) {
    const g = groups.get(key(t));
    if (g) g.push(t);
    else groups.set(key(t), [t]);
  }
  return [...groups.values()];
};
/** "năm học 2021-2022", "năm học 2021-2022 và 2022-2023", "năm học 2021-2022, 2022-2023 và 2023-2024": each with its `note`. */
export const schoolYearsText = (years: readonly { year: number; note?: string }[]) => {
  const ys = years.map((y) => `${y.year}-${y.year + 1}${y.note ? ` ${y.note}` : ''}`);
  return `năm học ${ys.length <= 1 ? ys.join('') : `${ys.slice(0, -1).join(', ')} và ${ys[ys.length - 1]}`}`;
};
/**
 * The registration years a school is short of the minimum in, e.g. "năm học 2021-2022 chưa có tập thể và cá nhân" for
 * the year still open to registration, with `until` (dd/MM/yyyy, the last day a registration counts for it; '' none)
 * when given: ", còn hạn đến hết ngày 31/05/2022" (review openyear); a year no registration can fill any more is told as
 * history ("năm học 2021-2022 (đã qua) không có tập thể"). Years lacking the same thing are named together, their state
 * once when they share it: "năm học 2021-2022 và 2022-2023 (đã qua) không có tập thể" (review mail L10).
 */
export const dutyTextLacking = (
  lacking: readonly { year: number; collective: boolean; individual: boolean; state: 'open' | 'past' | 'closed' }[],
  until = '',
) =>
  groupedBy(lacking, (l) => `${l.state === 'open'}:${lackingWhat(l)}`)
    .map((g) => {
      const what = lackingWhat(g[0]);
      if (g[0].state === 'open') return `${schoolYearsText(g)} chưa có ${what}${until ? `, ${dutyTextOpenUntil(until)}` : ''}`;
      const note = (l: (typeof g)[number]) => (l.state === 'past' ? '(đã qua)' : '(đã hết hạn đăng ký)');
      const same = g.every((l) => note(l) === note(g[0]));
      return `${schoolYearsText(g.map((l) => ({ year: l.year, note: same ? undefined : note(l) })))}${same ? ` ${note(g[0])}` : ''} không có ${what}`;
    })
    .join('; ');
/** Until when a registration counts for the school year still open (dd/MM/yyyy): "còn hạn đến hết ngày 31/05/2028". */
export const dutyTextOpenUntil = (until: string) => `còn hạn đến hết ngày ${until}`;
export const dutyLinePlan = (status: string, detail: string) => `• Kế hoạch của đơn vị (mục III.4): ${status}${detail ? ' — ' + detail : ''}.`;
/** `kinds`: which reports the office requires ("Tiêu chí": half-year or annual switched to "Không", review d67 #5). */
export const dutyLineReports = (status: string, detail: string, kinds: 'both' | 'halfYear' | 'annual' = 'both') =>
  `• ${kinds === 'both' ? 'Báo cáo 6 tháng và hằng năm' : kinds === 'halfYear' ? 'Báo cáo 6 tháng' : 'Báo cáo hằng năm'} (mục IV.2): ${status}${detail ? ' — ' + detail : ''}.`;
/** One period of a report, with its deadline, e.g. "Năm 2023 (hạn 15/12/2023)". */
export const dutyTextPeriod = (label: string, deadline: string) => `${label} (hạn ${deadline})`;
/** A period whose deadline is a stand-in (review now N3): no date. `office`: how the office names itself (officeWord). */
export const dutyTextPeriodUnsettled = (label: string, office: string) => `${label} (hạn đang được ${office} xác định lại)`;
export const dutyTextPlanSent = (label: string) => `đã gửi ${q(label)}`;
export const dutyTextPlanMissing = (period: string) => `chưa gửi ${period}`;
export const dutyTextPlanNoEvidence = (label: string) => `${q(label)} chưa ghi số, ngày văn bản hoặc đường liên kết`;
/** The plan's only copy came from the address of `sender`, another listed school (review d63 F6). `sentOn`: dd/MM/yyyy or ''. */
export const dutyTextPlanOtherSchool = (label: string, sentOn: string, sender: string) =>
  `${q(label)} gửi${sentOn ? ` ngày ${sentOn}` : ''} từ địa chỉ e-mail của ${q(sender)} nên chưa được tính`;
/**
 * In a duty line after DUTY_STATUS_NOT_COUNTED: the plan (its label) or a period (dutyTextPeriod) sent only from the
 * address of `sender`, another listed school; `sentOn`: dd/MM/yyyy or ''. The list of what is missing keeps
 * dutyTextPlanOtherSchool and dutyTextReportsOtherSchool, which say themselves that it is not counted.
 */
const fromOtherSchool = (sentOn: string, sender: string) => `gửi${sentOn ? ` ngày ${sentOn}` : ''} từ địa chỉ e-mail của đơn vị khác (${q(sender)})`;
export const dutyTextPlanOtherSchoolLine = (label: string, sentOn: string, sender: string) => `${q(label)} ${fromOtherSchool(sentOn, sender)}`;
export const dutyTextPeriodOtherSchoolLine = (period: string, sentOn: string, sender: string) => `${period} ${fromOtherSchool(sentOn, sender)}`;
/** Periods whose only report came from another listed school's address, each as dutyTextPeriodOtherSchool. */
export const dutyTextReportsOtherSchool = (periods: string[]) => `chưa được tính: ${periods.join('; ')}`;
/** `period`: dutyTextPeriod; `sentOn`: dd/MM/yyyy or ''; `sender`: the school whose address it came from. */
export const dutyTextPeriodOtherSchool = (period: string, sentOn: string, sender: string) =>
  `${period} gửi${sentOn ? ` ngày ${sentOn}` : ''} từ địa chỉ e-mail của ${q(sender)}`;
export const dutyTextPlanNotDue = (period: string) => `${period}`;
export const dutyTextReportsMissing = (periods: string[]) => `chưa gửi: ${periods.join('; ')}`;
export const dutyTextReportsNoEvidence = (periods: string[]) => `chưa ghi số, ngày văn bản hoặc đường liên kết: ${periods.join('; ')}`;
/**
 * The periods whose only report was sent too early to count (review d62 F1), each as dutyTextPeriodEarly: the school sent
 * one, so not "chưa gửi".
 */
export const dutyTextReportsEarly = (periods: string[]) => `gửi quá sớm nên chưa được tính: ${periods.join('; ')}`;
/** `period`: dutyTextPeriod; `sentOn`, `from`: dd/MM/yyyy (the day it was sent, the day the period's reports count from). */
export const dutyTextPeriodEarly = (period: string, sentOn: string, from: string) => `${period} gửi ngày ${sentOn}, trước ngày ${from}`;
export const dutyTextReportsAllSent = (n: number) => `đã gửi đủ ${n} kỳ đến hạn`;
export const dutyTextReportsNoneDue = 'chưa có kỳ báo cáo nào đến hạn';

/** Short cells of the duties tables (Tổng hợp, group tabs). */
export const DUTY_CELL = {
  yes: 'Có',
  no: 'Chưa',
  /** Short only in the school year still open to registration (review openyear): as DUTY_STATUS_MINIMUM_OPEN. */
  minimumOpen: DUTY_STATUS_MINIMUM_OPEN,
  planSent: 'Đã gửi',
  planMissing: 'Chưa gửi',
  planNoEvidence: 'Thiếu minh chứng',
  /** Its only copy from another listed school's address: as DUTY_STATUS_OTHER_SCHOOL. */
  planOtherSchool: DUTY_STATUS_OTHER_SCHOOL,
  planNotDue: 'Chưa đến hạn',
  reportsNoneDue: 'Chưa đến hạn',
  /** The office itself listed in "Đơn vị" (Cấp học "Cơ quan quản lý"): no school duty. */
  notApplicable: 'Không áp dụng',
  /** A duty the office switched to "Không" in "Tiêu chí" (review r67t #5): as DUTY_STATUS.notRequired. */
  notRequired: 'Không bắt buộc',
} as const;
/** The office's one duty line on its tab (review diff35 H2). */
export const dutyLineOffice = '• Nhiệm vụ của cơ sở giáo dục (đăng ký tối thiểu, kế hoạch, báo cáo 6 tháng và năm: mục III.1, IV.2): không áp dụng — đơn vị là cơ quan quản lý.';
export const dutyCellReports = (sent: number, due: number) => (sent >= due ? `Đủ ${sent}/${due} kỳ` : `Thiếu ${due - sent}/${due} kỳ`);

// ---- the "Tra cứu đơn vị" tab ------------------------------------------------------------------------

export const LOOKUP_SELECT_LABEL = 'Chọn đơn vị:';
export const LOOKUP_HINT = 'Chọn tên đơn vị ở ô bên cạnh (danh sách thả xuống); nhiệm vụ và các phiếu đăng ký của đơn vị hiện ở bên dưới.';
export const LOOKUP_LIST_HEADER = 'Danh sách đơn vị (dùng cho ô chọn)';
export const LOOKUP_DUTIES_TITLE = 'Tình hình của đơn vị';
export const LOOKUP_REGISTRATIONS_TITLE = 'Các phiếu đăng ký của đơn vị';
export const LOOKUP_NO_ROWS = 'Đơn vị chưa có phiếu đăng ký nào.';
export const LOOKUP_NO_SCHOOL = 'Chưa chọn đơn vị hoặc tên đơn vị không có trong danh mục.';

// ---- the "Tổng hợp" tab ------------------------------------------------------------------------

export const summaryTitle = (period: string) => `TỔNG HỢP ĐĂNG KÝ MÔ HÌNH, ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN ${period}`;
const SUMMARY_AFTER = 'phiếu gửi và quyết định của Hội đồng sau giờ đó được tính ở lần cập nhật sau';
/**
 * The same on an office's school or group tab (`tab` 'school': review r83q F1): its duties count the reports too, and the
 * clerk answering a school's call about a registration sent since reads its row where a submission writes it at once.
 */
const SCHOOL_TAB_AFTER = `phiếu đăng ký, báo cáo gửi hoặc sửa và quyết định của Hội đồng sau giờ đó được tính ở lần cập nhật sau; phiếu vừa gửi hoặc sửa có ngay ở trang “Kết quả kiểm tra”`;
/**
 * The moment the tab's numbers describe: the time and day of the rebuild that wrote it, as the digest says its own
 * ("lúc 07:30 ngày …"), since the digest and the preview, read later the same day, count afresh (review r80n F1).
 * `at`: the run's moment ("HH:mm ngày dd/MM/yyyy"); `fixedDay`: the day of "Ngày kiểm tra" while it holds one (the
 * checks are as of that day, said first; the run's moment follows when known). `replaced`: the line below it counts
 * the registrations replaced (summaryOverall), which are then not said twice. `tab` 'school': worded for an office's
 * school or group tab (SCHOOL_TAB_AFTER), written by the same run from the same moment (review r83q F1).
 */
export const summaryAsOf = (at: string | null, replaced = 0, fixedDay?: string, tab: 'summary' | 'school' = 'summary') =>
  `Số liệu tính đến ${fixedDay ? `ngày ${fixedDay}${at ? ` (lần “Cập nhật tổng hợp” lúc ${at}` : ''}` : `${at} (lần “Cập nhật tổng hợp” gần nhất`}${!fixedDay || at ? `; ${tab === 'school' ? SCHOOL_TAB_AFTER : SUMMARY_AFTER})` : ''}${replaced > 0 ? '' : '; không tính các phiếu cũ đã được đăng ký lại (thay thế)'}.`;
/**
 * `noExcellentYear`: of the "chưa đạt", those failing nothing but the criterion of a year rated "Hoàn thành xuất sắc
 * nhiệm vụ" (judged from the interim review on; a later year may still bring one): told apart, as the leader reading
 * the count would not take them for registrations the schools got wrong.
 */
/** Why no school is short of the minimum when the office requires none of it (review r67t #5). */
const MINIMUM_NOT_REQUIRED = `không bắt buộc theo trang “${CRITERIA_TAB}”`;
/** `minimumRequired` false: the office switched the minimum's criteria to "Không" in "Tiêu chí" (review r67t #5). */
export const summaryOverall = (schools: number, regs: number, dat: number, chuaDat: number, canBoSung: number, meeting: number, superseded = 0, noExcellentYear = 0, minimumRequired = true, minimumNotDue = false, parts?: MinimumParts) =>
  `${schools} đơn vị, ${regs} phiếu đăng ký: ${dat} đạt, ${chuaDat} chưa đạt${noExcellentYear ? ` (trong đó ${noExcellentYear} phiếu chỉ vì chưa có năm được xếp loại “Hoàn thành xuất sắc nhiệm vụ”)` : ''}, ${canBoSung} cần bổ sung${superseded ? ` (không tính ${superseded} phiếu cũ đã được đăng ký lại)` : ''}. ${
    minimumRequired && minimumNotDue ? summaryMinimumNotDue(parts) : `${meeting}/${schools} đơn vị đã đăng ký đủ tối thiểu ${minimumDuty(parts)}${minimumRequired ? '' : ` (${MINIMUM_NOT_REQUIRED})`}.`
  }`;
/**
 * The council's progress, by the decisions in "Thẩm định" of the registrations in force: Đạt ones waiting for it, and
 * each decision taken (what a week before the meeting, and on the day the proposal goes, the office looks for).
 */
/** The words the council line of "Tổng hợp" opens with: where the documents job finds it (review r80n F2). */
export const SUMMARY_REVIEW_PROGRESS_HEAD = 'Thẩm định của Hội đồng (trang “Thẩm định”):';
/**
 * `refreshedAt` ("HH:mm ngày dd/MM/yyyy"): the line written again by "Tạo văn bản đề nghị khen thưởng" when the
 * documents changed whom they leave out (review r80n F2), said as such: the tab's other numbers are the rebuild's.
 */
export const summaryReviewProgress = (p: { awaiting: number; proposed: number; requested: number; rejected: number; leftOut?: number }, refreshedAt?: string) =>
  `${SUMMARY_REVIEW_PROGRESS_HEAD} ${p.awaiting} phiếu đạt chờ thẩm định; ${p.proposed} phiếu “${REVIEW_DECISIONS.propose}”${p.leftOut ? ` (trong đó ${p.leftOut} phiếu không đưa vào tờ trình ở lần tạo văn bản gần nhất, vì kết quả biểu quyết của Hội đồng hoặc hình thức khen thưởng không rõ: xem trang “Đề nghị khen thưởng”)` : ''}, ${p.requested} phiếu “${REVIEW_DECISIONS.request}”, ${p.rejected} phiếu “${REVIEW_DECISIONS.reject}”.${
    refreshedAt ? ` Dòng này được tính lại lúc ${refreshedAt}, khi tạo văn bản đề nghị khen thưởng; các số khác của trang tính đến lần “Cập nhật tổng hợp” ở trên.` : ''
  }`;

export const SUMMARY_BLOCK_TITLES = {
  byLevel: 'Theo cấp học',
  chart: 'Số liệu biểu đồ: kết luận theo cấp học',
  byField: 'Theo lĩnh vực',
  byModel: 'Theo loại mô hình',
  belowMinimum: 'Các đơn vị chưa đăng ký đủ tối thiểu 01 tập thể và 01 cá nhân',
  schools: 'Chi tiết từng đơn vị',
} as const;
/** The title of the block "belowMinimum" with the minimum as the office requires it (review d67 #8). */
export const belowMinimumTitle = (parts?: MinimumParts) => `Các đơn vị chưa đăng ký đủ tối thiểu ${minimumDuty(parts)}`;
export const SUMMARY_CHART_TITLE = 'Kết luận kiểm tra theo cấp học';

// Every block of "Tổng hợp" shares one column layout, so a column holds one kind of value from top to bottom:
// A the row's label · B a code or a number of schools · C–H the six counts · I–K the duties · L–N where the school is.
export const SUMMARY_COUNT_HEADER = ['Tổng số phiếu', 'Tập thể', 'Cá nhân', 'Đạt', 'Chưa đạt', 'Cần bổ sung'];
export const SUMMARY_LEVEL_HEADER = ['Cấp học', 'Số đơn vị', ...SUMMARY_COUNT_HEADER, 'Số đơn vị đủ tối thiểu'];
export const SUMMARY_FIELD_HEADER = ['Lĩnh vực', 'Số đơn vị có phiếu', ...SUMMARY_COUNT_HEADER];
export const SUMMARY_MODEL_HEADER = ['Loại mô hình', 'Số đơn vị có phiếu', ...SUMMARY_COUNT_HEADER];
export const SUMMARY_CHART_HEADER = ['Cấp học', 'Đạt', 'Chưa đạt', 'Cần bổ sung'];
export const SUMMARY_BELOW_HEADER = ['Tên đơn vị', 'Mã đơn vị', 'Nhiệm vụ chưa hoàn thành', '', '', '', '', '', '', '', '', 'Cấp học', 'Xã/phường'];
/** The column of "Tổng hợp" that says whether a school has its minimum registrations (plan III.1). */
export const SUMMARY_MINIMUM_HEADER = 'Đủ 1 tập thể + 1 cá nhân';
/** SUMMARY_MINIMUM_HEADER with the minimum as the office requires it (review d67 #8): "Đủ 1 tập thể" when only it is. */
export const summaryMinimumHeader = (p?: MinimumParts) => (!p || p.collective === p.individual ? SUMMARY_MINIMUM_HEADER : p.collective ? 'Đủ 1 tập thể' : 'Đủ 1 cá nhân');
/** SUMMARY_SCHOOL_HEADER with its minimum's column as the office requires it. */
export const summarySchoolHeader = (p?: MinimumParts) => SUMMARY_SCHOOL_HEADER.map((h) => (h === SUMMARY_MINIMUM_HEADER ? summaryMinimumHeader(p) : h));
/** GROUP_DUTIES_HEADER with its minimum's column as the office requires it. */
export const groupDutiesHeader = (p?: MinimumParts) =>
  GROUP_DUTIES_HEADER.map((h, i) => (i === 4 && p && p.collective !== p.individual ? `Tối thiểu 1 ${p.collective ? 'tập thể' : 'cá nhân'}` : h));
export const SUMMARY_SCHOOL_HEADER = [
  'Tên đơn vị',
  'Mã đơn vị',
  ...SUMMARY_COUNT_HEADER,
  SUMMARY_MINIMUM_HEADER,
  'Kế hoạch',
  'Báo cáo',
  'Cấp học',
  'Xã/phường',
  'Cụm thi đua',
];

export const SUMMARY_TOTAL = 'Tổng cộng';
export const SUMMARY_NO_LEVEL = 'Chưa ghi cấp học';
export const SUMMARY_NO_FIELD = 'Chưa ghi lĩnh vực';
export const SUMMARY_OTHER_FIELD = 'Lĩnh vực khác (ngoài danh sách)';
export const SUMMARY_NO_MODEL = 'Chưa ghi loại mô hình';
export const SUMMARY_OTHER_MODEL = 'Loại khác (ngoài danh sách)';
export const summaryHappySchoolType = (happySchool: string, type: string) => `${happySchool}: ${type}`;
export const summaryHappySchoolNoType = (happySchool: string) => `${happySchool}: chưa nêu loại cụ thể`;
export const summaryHappySchoolTotal = (happySchool: string) => `${happySchool} (cộng)`;
export const SUMMARY_UNKNOWN_SCHOOL = 'Phiếu ghi đơn vị không có trong danh mục';
/** No school year of the period asks for the minimum yet (before its first one begins: review r67s F5). */
export const summaryMinimumNotDue = (parts?: MinimumParts) => `Chưa có năm học nào của giai đoạn mà các đơn vị phải đăng ký tối thiểu ${minimumDuty(parts)} (mục III.1).`;
export const SUMMARY_MINIMUM_NOT_DUE = summaryMinimumNotDue();
export const summaryAllMeetMinimum = (parts?: MinimumParts) => `Tất cả các đơn vị đã đăng ký đủ tối thiểu ${minimumDuty(parts)}.`;
export const SUMMARY_ALL_MEET_MINIMUM = summaryAllMeetMinimum();
/** The block of schools below the minimum when the office switched its criteria to "Không" (review r67t #5). */
export const SUMMARY_MINIMUM_NOT_REQUIRED = `Đăng ký tối thiểu 01 tập thể và 01 cá nhân mỗi năm học (mục III.1) ${MINIMUM_NOT_REQUIRED}.`;
/**
 * The "Tổng cộng" cells of the duties columns of "Chi tiết từng đơn vị": how many of the `of` schools have done the
 * duty, said as done (not as missing), short enough for the column.
 */
export const SUMMARY_DUTY_TOTAL = {
  minimum: (n: number, of: number) => `${n}/${of} đã đủ`,
  plan: (n: number, of: number) => `${n}/${of} đã gửi`,
  reports: (n: number, of: number) => `${n}/${of} đã gửi đủ`,
} as const;
