// "Kết thúc giai đoạn…" (src/jobs/end-period.ts): what the office reads when it ends a period in the old spreadsheet
// (its next period runs in a copy), when it cannot yet, and when Thiết lập reopens it.
import { HANDOVER_WHERE, JOB_LABEL, MENU, PERIOD_END_LABEL, TAB, timeOnDay } from './app';
import { PROPOSAL_TAB } from './proposals';
import { contactSentence } from './summaries';
import { configLabel } from './validation';

const SETUP_PATH = `${MENU.title} → ${MENU.setup}`;
const REBUILD_PATH = `${MENU.title} → ${MENU.rebuild}`;
const END_PATH = `${MENU.title} → ${MENU.endPeriod}`;

/** Its line in "Tình trạng" (for JOB_LABEL in src/gas/health.ts). */
export const PERIOD_END_JOB_LABEL: Record<string, string> = { endPeriod: PERIOD_END_LABEL };
/** When it runs, in its "Tình trạng" line (JOB_WHEN in src/gas/health.ts). */
export const PERIOD_END_JOB_WHEN: Record<string, string> = { endPeriod: `Chạy khi chọn menu ${END_PATH} (một lần, khi giai đoạn đã xong).` };

/** "Biểu mẫu đăng ký" in a sentence's middle. */
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const list = (names: readonly string[]) => names.map(lower).join(' và ');

/** A council request whose letter has not gone (core/review.ts unsentRequests): `held` when it waits for the council's confirmation. */
export interface UnsentRequest {
  id: string;
  held: boolean;
}
/**
 * The question's warning: council requests whose letter no rebuild has sent yet (review r68v #2) — those a rebuild would
 * send, and those held for the council's confirmation, which only the council can release (review d68 #2).
 */
const unsentRequestsWarning = (all: readonly UnsentRequest[]) => {
  const toSend = all.filter((r) => !r.held).map((r) => r.id);
  const held = all.filter((r) => r.held).map((r) => r.id);
  const parts: string[] = [];
  if (toSend.length)
    parts.push(
      `Hội đồng đã ghi “Yêu cầu bổ sung” cho ${toSend.length} phiếu (${toSend.join(', ')}) nhưng thư đề nghị bổ sung chưa được gửi cho trường (thư đi ở lần cập nhật tổng hợp sau khi ghi). Muốn gửi thư trước: chọn “Không”, chọn ${REBUILD_PATH}, rồi chọn lại mục này.`,
    );
  if (held.length)
    parts.push(
      `“Yêu cầu bổ sung” của ${held.length} phiếu (${held.join(', ')}) đang được giữ, chưa gửi thư, vì phiếu đã khác với lúc Hội đồng quyết định (xem cột “Ghi chú” ở trang “Thẩm định”): thư chỉ đi khi Hội đồng ghi lại quyết định rồi chọn ${REBUILD_PATH}.`,
    );
  return `Lưu ý: ${parts.join(' ')} Nếu kết thúc bây giờ, các trường này sẽ không nhận được yêu cầu của Hội đồng và không sửa được phiếu nữa.`;
};

/**
 * The schools' views at the end (review r76p F4): still shared with the schools' addresses, which the end does not stop
 * (a school may need its view of the outcome for a while; no run comes after the end to stop it later), and how the
 * office stops it — "Không" in the setting, then a rebuild from the menu, which runs after the end and unshares them.
 */
const viewsStillShared = () =>
  `Trang theo dõi của các trường vẫn được chia sẻ (quyền xem) với e-mail của từng trường ở trang “${TAB.directory}”; công cụ không tự thôi chia sẻ. Khi các trường không cần xem nữa, để thôi chia sẻ: ghi “Không” ở mục “${configLabel('schoolViews.enabled')}” trang “${TAB.config}”, rồi chọn ${REBUILD_PATH} (các trang vẫn được giữ trong Drive của cơ quan).`;

export const PERIOD_END = {
  /** The question (Có / Không) before anything is done. `period`: "2021-2025". */
  question: (period: string, unsent: readonly UnsentRequest[] = []) =>
    `Kết thúc giai đoạn ${period} ở bảng tính này?\n\n` +
    (unsent.length ? `${unsentRequestsWarning(unsent)}\n\n` : '') +
    'Khi chọn “Có”:\n' +
    '• Hai biểu mẫu (đăng ký và báo cáo) ngừng nhận phiếu: ai mở đường dẫn cũ sẽ thấy thông báo giai đoạn đã kết thúc và nơi liên hệ.\n' +
    '• Công cụ thôi tự chạy ở bảng tính này: không tự kiểm tra phiếu, không tự cập nhật mỗi sáng, không gửi thư nhắc hạn, thư tổng hợp hằng tuần hay thư nào khác.\n\n' +
    `Không có gì bị xóa: mọi trang, phiếu, văn bản đã tạo và lịch sử giữ nguyên làm hồ sơ; mục “${MENU.rebuild}” và các mục tạo văn bản đề nghị khen thưởng trong menu vẫn dùng được (khi chọn “${MENU.rebuild}”, công cụ không gửi thư đề nghị bổ sung hay thư báo nào cho các trường, chỉ trả lời phiếu gửi đến trước khi kết thúc nếu còn).\n\n` +
    `Nếu kết thúc nhầm, chọn ${SETUP_PATH}: biểu mẫu mà mục này đóng sẽ nhận phiếu trở lại và công cụ tự chạy như trước.`,
  /** In "Nhật ký lỗi" once the period ended with council requests not sent (review r68v #2). */
  requestsUnsent: (period: string, all: readonly UnsentRequest[]) =>
    `Giai đoạn ${period} đã kết thúc khi thư đề nghị bổ sung của ${all.length} phiếu Hội đồng ghi “Yêu cầu bổ sung” chưa được gửi: ${all.map((r) => (r.held ? `${r.id} (đang giữ chờ Hội đồng xác nhận)` : r.id)).join(', ')}. Các trường này không nhận được yêu cầu của Hội đồng và không sửa được phiếu nữa (biểu mẫu đã đóng). Nếu vẫn cần trường bổ sung: chọn ${SETUP_PATH} để mở lại giai đoạn${all.some((r) => r.held) ? ' (với phiếu đang giữ: Hội đồng ghi lại quyết định)' : ''}, rồi chọn ${REBUILD_PATH} (thư được gửi), chờ trường sửa phiếu rồi kết thúc lại; hoặc báo cho trường bằng cách khác.`,
  /** What a school sees on a form the end closed (Forms' "custom closed message"). */
  closedForm: (period: string, office: string, contact?: string) =>
    `Giai đoạn ${period} đã kết thúc nên biểu mẫu này không nhận phiếu nữa. Các phiếu đã gửi vẫn được ${office} lưu giữ làm hồ sơ. ${contactSentence(office, contact)}`,
  /**
   * An answer composed after the end (a submission in flight then: src/jobs/mailing.ts stillDue lets it go), in place of
   * what would send the school to a form the end closed (an edit link, "gửi thêm một phiếu"): said as the closed form
   * says it (closedForm), with whom to ask instead (review d62 F4). `office`: how the office names itself (officeWord).
   */
  registrationClosed: (period: string, office: string) =>
    `Giai đoạn ${period} đã kết thúc nên biểu mẫu đăng ký không nhận phiếu nữa: không gửi được phiếu mới, không sửa được phiếu đã gửi (đường dẫn sửa phiếu trong các thư trước không còn dùng được). Phiếu này vẫn được ${office} lưu giữ làm hồ sơ. Nếu cần sửa, bổ sung phiếu, xin liên hệ ${office}.`,
  /**
   * A registration first sent after the period's last year, the form still open (nobody chose "Kết thúc giai đoạn…":
   * review r75c F4): not reviewed in the period, nothing to fix; kept; where to register now. No promise of a review.
   */
  registrationAfterPeriod: (period: string, lastYear: number, office: string, edited = false) =>
    `Giai đoạn ${period} đã kết thúc (hết năm ${lastYear}) trước khi phiếu này được ${edited ? 'sửa' : 'gửi'}, nên phiếu không được xét trong giai đoạn này và đơn vị không cần sửa, bổ sung phiếu nữa. Phiếu vẫn được ${office} lưu giữ. Để đăng ký trong giai đoạn hiện nay, xin liên hệ cơ quan quản lý giáo dục hiện nay của đơn vị (Sở Giáo dục và Đào tạo, hoặc Ủy ban nhân dân xã, phường) để có biểu mẫu đăng ký của giai đoạn mới.`,
  registrationAfterPeriodPreheader: (period: string) => `Giai đoạn ${period} đã kết thúc; phiếu không được xét trong giai đoạn này.`,
  /** A report received after the period's last year, the form still open (review d75 F7). */
  reportAfterPeriod: (period: string, lastYear: number, office: string) =>
    `Giai đoạn ${period} đã kết thúc (hết năm ${lastYear}) trước khi báo cáo này được gửi: báo cáo được ${office} lưu giữ, nhưng không còn kỳ báo cáo nào của giai đoạn phải gửi hay bổ sung. Để báo cáo trong giai đoạn hiện nay, xin liên hệ cơ quan quản lý giáo dục hiện nay của đơn vị (Sở Giáo dục và Đào tạo, hoặc Ủy ban nhân dân xã, phường) để có biểu mẫu của giai đoạn mới.`,
  reportAfterPeriodPreheader: (period: string) => `Giai đoạn ${period} đã kết thúc; không còn kỳ báo cáo nào của giai đoạn phải gửi.`,
  reportClosed: (period: string, office: string) =>
    `Giai đoạn ${period} đã kết thúc nên biểu mẫu báo cáo không nhận phiếu nữa. Các phiếu đã gửi vẫn được ${office} lưu giữ làm hồ sơ. Nếu cần bổ sung hoặc gửi lại, xin liên hệ ${office}.`,
  /** After a confirmation's preheader (CONFIRMATION.preheader) when registrationClosed replaces its edit link. */
  registrationClosedPreheader: (period: string) => ` Giai đoạn ${period} đã kết thúc, biểu mẫu không nhận phiếu nữa.`,
  /** A receipt's preheader after the end when the report does not count (reportClosed says what to do). */
  reportClosedPreheader: (period: string) => `Chưa được tính; giai đoạn ${period} đã kết thúc, biểu mẫu báo cáo không nhận phiếu nữa.`,
  /**
   * The alert once ended. `closed`, `kept`, `unopened`: the forms (FORM_PUBLISH.kind) closed now, closed by the office
   * before (left as they were), not opened (nothing done to them); `removed`: triggers removed; `views`: the schools'
   * views are on — written before the end, they give the forms' links until written again: by a one-off run the end
   * scheduled ('scheduled'), or, that run not made, by the office's rebuild ('manual').
   */
  done: (period: string, at: Date, closed: readonly string[], kept: readonly string[], unopened: readonly string[], removed: number, views: 'scheduled' | 'manual' | null = null) =>
    [
      `Đã kết thúc giai đoạn ${period} lúc ${timeOnDay(at)}.`,
      ...closed.map((k) => `• ${k} đã ngừng nhận phiếu; ai mở đường dẫn sẽ thấy thông báo giai đoạn đã kết thúc.`),
      ...kept.map((k) => `• ${k} đã được đóng từ trước (không nhận phiếu), công cụ để nguyên.`),
      ...unopened.map((k) => `• ${k}: công cụ không mở được biểu mẫu nên chưa đóng được. Nếu biểu mẫu còn, hãy mở biểu mẫu, thẻ Câu trả lời, tắt “Đang nhận câu trả lời”.`),
      `• ${removed > 0 ? `Đã gỡ ${removed} tác vụ tự động` : 'Không còn tác vụ tự động nào'}: công cụ không tự chạy, không tự gửi thư ở bảng tính này nữa.`,
      ...(views === 'scheduled'
        ? ['• Riêng trang theo dõi của các trường: công cụ tự cập nhật một lần nữa trong vài phút tới, để các trang ghi rằng giai đoạn đã kết thúc, biểu mẫu không nhận phiếu nữa và trường liên hệ cơ quan khi cần (không gửi thư nào).']
        : views === 'manual'
          ? [`• Trang theo dõi của các trường vẫn ghi đường dẫn biểu mẫu như trước: hãy chọn ${REBUILD_PATH} một lần để các trang ghi rằng giai đoạn đã kết thúc, biểu mẫu không nhận phiếu nữa và trường liên hệ cơ quan khi cần (không gửi thư nào).`]
          : []),
      // Not stopped by the end (review r76p F4): said, with how to stop it.
      ...(views !== null ? [`• ${viewsStillShared()}`] : []),
      '',
      `Mọi trang, phiếu, văn bản và lịch sử giữ nguyên làm hồ sơ; trang “${TAB.health}” ghi việc kết thúc này. Muốn mở lại: chọn ${SETUP_PATH}.`,
    ].join('\n'),
  /** How the end's line in "Tình trạng" starts while the period is ended (scripts/live/health.ts reads it). */
  linePrefix: 'Đã kết thúc giai đoạn',
  /**
   * The end's line in "Tình trạng". `by`: when the account that ended it (the one holding the tool) ran Thiết lập.
   * `views`: the schools' views were on at the end: still shared, and how to stop it (review r76p F4).
   */
  line: (period: string, at: Date, by: string, forms: string, views = false) =>
    `Đã kết thúc giai đoạn ${period} lúc ${timeOnDay(at)}${by ? ` (bằng tài khoản đã chạy Thiết lập lúc ${by})` : ''}: ${forms}, công cụ không tự chạy và không gửi thư nữa; mọi trang giữ nguyên làm hồ sơ.${views ? ` ${viewsStillShared()}` : ''} Muốn mở lại: chọn ${SETUP_PATH}.`,
  /**
   * How the end left the forms (FORM_PUBLISH.kind): `shut`, closed by it or by the office before; `unopened`, gone (in
   * the trash, or not opened two days in a row). "hai biểu mẫu không nhận phiếu" only when both are shut.
   */
  formsShut: (shut: readonly string[], unopened: readonly string[]) => {
    if (shut.length === 2 && unopened.length === 0) return 'hai biểu mẫu không nhận phiếu';
    const parts = [
      ...(shut.length ? [`${list(shut)} không nhận phiếu`] : []),
      ...(unopened.length ? [`công cụ không mở được ${list(unopened)} (nằm trong thùng rác hoặc đã bị xóa)`] : []),
    ];
    return parts.length ? parts.join('; ') : 'không có biểu mẫu nào của công cụ';
  },
  /**
   * A form that may still take answers could not be opened now (a passing failure cannot be told from a deleted form):
   * nothing changed (`finishing`: a run cut off is finished later; the forms it closed stay closed meanwhile).
   */
  formsUnsure: (forms: readonly string[], finishing: boolean) =>
    (finishing ? 'Chưa kết thúc xong giai đoạn' : 'Chưa kết thúc giai đoạn, chưa có gì thay đổi') +
    `: công cụ chưa mở được ${list(forms)} để đóng (có thể Google đang trục trặc tạm thời), mà biểu mẫu còn nhận phiếu thì phiếu gửi đến sau khi kết thúc sẽ không được kiểm tra và trả lời.\n\n` +
    `Hãy chọn lại mục “${MENU.endPeriod}” sau vài phút${finishing ? ': công cụ làm tiếp phần còn lại' : ''}. Nếu biểu mẫu đã bị xóa: khi “${MENU.rebuild}” hai ngày liên tiếp không mở được biểu mẫu (trang “${TAB.log}” ghi lại), chọn lại mục này là kết thúc được.`,
  /** Chosen again once ended: nothing to do. */
  already: (period: string, at: Date) =>
    `Giai đoạn ${period} đã kết thúc lúc ${timeOnDay(at)}; không cần làm gì thêm. Muốn mở lại: chọn ${SETUP_PATH}.`,
  /** Work still pending (`items`, each saying what to do): nothing was changed. */
  pending: (items: readonly string[]) =>
    `Chưa kết thúc giai đoạn, chưa có gì thay đổi: còn việc chưa xong, kết thúc lúc này thì việc đó sẽ bị bỏ dở.\n• ${items.join('\n• ')}\n\nXong các việc trên, chọn lại mục “${MENU.endPeriod}” trong menu ${MENU.title}.`,
  pendingQueue: (n: number) =>
    `${n} phiếu vừa gửi đến còn chờ kiểm tra và trả lời. Chọn ${REBUILD_PATH}: công cụ kiểm tra và gửi thư trả lời ngay.`,
  /** The last submission's run failed before its row was queued and no run checked it since: a rebuild does. */
  pendingUnchecked: `Lần kiểm tra phiếu gửi đến gần nhất bị lỗi (dòng “${JOB_LABEL.onFormSubmit}” ở trang “${TAB.health}”) nên có phiếu chưa được kiểm tra và trả lời. Chọn ${REBUILD_PATH} trước: công cụ kiểm tra lại mọi phiếu và gửi thư trả lời.`,
  /** `n` e-mails due in "Hộp thư đi", `quota` of them waiting for the daily quota (`when`: "HH:mm ngày dd/MM" they go). */
  pendingMail: (n: number, quota: number, when: string | null) =>
    `${n} thư ở trang “${TAB.outbox}” chưa gửi được (còn chờ gửi hoặc sẽ gửi lại).` +
    (quota > 0 ? ` ${quota === n ? 'Các thư này' : `Trong đó ${quota} thư`} đang chờ hạn mức gửi thư trong ngày của Google${when ? `, công cụ tự gửi khoảng ${when}` : ''}: hãy chọn lại mục này sau lúc đó.` : '') +
    (n > quota ? ` Chọn ${REBUILD_PATH} để gửi ngay${quota > 0 ? ` ${n - quota} thư còn lại` : ''}.` : ''),
  /** The e-mails' record lost rows (MAIL_STOPPED): what waits cannot be told. */
  mailRecordLost: `Sổ thư (trang ẩn “${TAB.mailRecord}”) bị mất dòng nên không biết thư nào còn chờ gửi (xem trang “${TAB.log}”). Chọn ${SETUP_PATH} để xử lý trước.`,
  /** A batch of award documents not finished (`quota`: waiting for the daily quota of files). */
  pendingProposals: (quota: boolean) =>
    `Văn bản đề nghị khen thưởng đang được tạo dở (trang “${PROPOSAL_TAB}”); công cụ tự làm tiếp ${quota ? 'khi hạn mức tạo tệp trong ngày của Google được cấp lại' : 'trong vài phút'}. Chờ xong rồi chọn lại mục này.`,
  /** `at`: when the views' continuation is due ("10:05 ngày 07/12"), null when not known or within minutes. */
  pendingViews: (at: string | null) =>
    `Trang theo dõi của các trường đang được cập nhật dở; công cụ tự làm tiếp ${at ? `vào khoảng ${at} (chờ hạn mức tạo tệp trong ngày của Google được cấp lại)` : 'trong vài phút'}. Chờ xong rồi chọn lại mục này.`,
  /** Chosen by an account that does not hold the tool's triggers (`at`: when the holder ran Thiết lập). */
  otherAccount: (at: string) =>
    `Chưa làm gì: các tác vụ tự động của công cụ thuộc tài khoản đã chạy Thiết lập${at ? ` lúc ${at}` : ''}, chỉ tài khoản đó gỡ được (mỗi tài khoản chỉ thấy tác vụ của chính mình). Hãy chọn mục này bằng tài khoản đó. Nếu tài khoản đó không còn dùng được (cán bộ đã chuyển công tác), hãy làm theo ${HANDOVER_WHERE}.`,
  notSetUp: 'Công cụ chưa được thiết lập ở bảng tính này (chưa có biểu mẫu, chưa có tác vụ tự động): không có gì để kết thúc.',
  /**
   * A scheduled job's "Lịch chạy" while the period is ended (`on`: the day it ended; `forms`: formsShut), in place of its schedule: it no
   * longer runs by itself — no false alarm for a job stopped on purpose.
   */
  stopped: {
    onFormSubmit: (on: string, forms: string) => `Không còn chạy từ ngày ${on}: giai đoạn đã kết thúc, ${forms}.`,
    continueIntake: (on: string, forms: string) => `Không còn chạy từ ngày ${on}: giai đoạn đã kết thúc, ${forms}.`,
    rebuildSummaries: (on: string) => `Không còn tự chạy mỗi sáng từ ngày ${on} (giai đoạn đã kết thúc); vẫn chạy khi chọn menu ${REBUILD_PATH}.`,
    sendReminders: (on: string) => `Không còn chạy từ ngày ${on} (giai đoạn đã kết thúc): không gửi thư nhắc hạn nữa.`,
    sendWeeklyDigest: (on: string) => `Không còn chạy từ ngày ${on} (giai đoạn đã kết thúc): không gửi thư tổng hợp hằng tuần nữa.`,
  } as Record<string, (on: string, forms: string) => string>,
  /**
   * Thiết lập reopened an ended period (its alert): `reopened`, the forms the end had closed, taking responses again;
   * `kept`, those the office had closed before, left closed (FORM_PUBLISH.kind); `on`: the day it ended. `views`: the
   * schools' views written once more by a one-off run ('scheduled'), or to be by the office ('manual': the run could
   * not be scheduled); null when the views are off (review r68v #6).
   */
  reopened: (reopened: readonly string[], kept: readonly string[], on: string, views: 'scheduled' | 'manual' | null = null) =>
    `Giai đoạn đã kết thúc ngày ${on} được mở lại: ` +
    (reopened.length ? `${list(reopened)} nhận phiếu trở lại` : 'biểu mẫu giữ nguyên như cơ quan đã đặt') +
    (kept.length ? `; ${list(kept)} vẫn đóng như cơ quan đã đóng từ trước (muốn nhận phiếu: mở biểu mẫu, thẻ Câu trả lời, bật “Đang nhận câu trả lời”)` : '') +
    '; các tác vụ tự động chạy lại như trước.' +
    (views === 'scheduled'
      ? ' Trang theo dõi của các trường được công cụ cập nhật lại trong vài phút tới, để các trang không còn ghi giai đoạn đã kết thúc và ghi lại đường dẫn biểu mẫu (không gửi thư nào).'
      : views === 'manual'
        ? ` Trang theo dõi của các trường vẫn ghi giai đoạn đã kết thúc, biểu mẫu không nhận phiếu: hãy chọn ${REBUILD_PATH} một lần để cập nhật các trang (nếu không, các trang được cập nhật ở lần tự chạy sáng mai).`
        : ''),
  /** Thiết lập on an ended period asks first: it would take schools' answers and send e-mails again. */
  reopenQuestion: (period: string, at: Date) =>
    `Giai đoạn ${period} ở bảng tính này đã kết thúc lúc ${timeOnDay(at)} (mục “${MENU.endPeriod}”). Thiết lập sẽ mở lại giai đoạn: biểu mẫu mà mục đó đã đóng nhận phiếu trở lại, công cụ tự chạy và gửi thư như trước.\n\nMở lại giai đoạn?`,
  /** Answered "Không": nothing changed. */
  keptEnded: (period: string) =>
    `Đã dừng Thiết lập, không thay đổi gì: giai đoạn ${period} vẫn kết thúc (biểu mẫu không nhận phiếu, công cụ không tự chạy). Mục “${MENU.rebuild}” và các mục tạo văn bản đề nghị khen thưởng vẫn dùng được mà không cần Thiết lập.`,
  /** The end's line in "Tình trạng" once Thiết lập reopened it. */
  reopenedLine: (period: string, endedAt: Date, now: Date) =>
    `Giai đoạn ${period} kết thúc lúc ${timeOnDay(endedAt)} đã được mở lại bằng ${MENU.setup} lúc ${timeOnDay(now)}.`,
};
