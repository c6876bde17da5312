// Every Vietnamese sentence the core shows a user: findings, parse and configuration errors, labels of
// milestones, verdicts and statuses, the explanations of the "Cấu hình" and "Tiêu chí" tabs.
// Review and correct the wording here; logic never builds a user sentence itself.
// Export names are prefixed or descriptive so they do not collide with the app catalogue (messages/app.ts).
import { fitText } from '../text';
import { fromOldVersion } from './restore';
import { PROFILE_CONFIG_LABELS, planNumberHelp } from './profiles';
import { MOVEMENT_COLUMNS, WORK_CHOICES } from '../form-titles';

/** A criterion as the messages need it. */
export interface CriterionRef {
  id: string;
  label: string;
}

const q = (s: string) => `“${s}”`;
const list = (xs: readonly (string | number)[]) => xs.join(', ');
// The criterion by its wording: its code ("TT-02-DAN-DAU") is the sheet's key, not something a user reads.
const crit = (c: CriterionRef) => `Tiêu chí ${q(c.label)}`;
const field = (f: string) => `mục ${q(f)}`;
/** A long answer cut for a message. */
const clip = (s: string) => fitText(s, 80);
/** A character by its code point: "U+043E". */
const codePoint = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
/** A letter of the Cyrillic or Greek alphabet (review r80i F1, F2), shown with its code point as it looks like a Latin one. */
const otherAlphabet = (ch: string) => {
  const c = ch.charCodeAt(0);
  return `chữ ${q(ch)} (${codePoint(ch)}) của bảng chữ cái ${(c >= 0x370 && c < 0x400) || (c >= 0x1f00 && c < 0x2000) ? 'Hy Lạp' : 'Kirin (tiếng Nga)'}`;
};
/**
 * What an address's first character outside printable ASCII is, as words (null: none): a Cyrillic or Greek letter,
 * a letter with a Vietnamese mark (Telex's "w" typed as "ư"), or another character (review r80i F2).
 */
function notAddressLetter(value: string): string | null {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) continue;
    const ch = value[i];
    if ((c >= 0x370 && c < 0x530) || (c >= 0x1f00 && c < 0x2000)) return `${otherAlphabet(ch)}, trông giống chữ Latin nhưng là chữ khác`;
    if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return `chữ ${q(ch)} có dấu`;
    return `ký tự ${q(ch)} (${codePoint(ch)})`;
  }
  return null;
}
/**
 * Said after a value shaped like an address ("…@….…") holding a character no address has (notAddressLetter), else ''
 * (a name typed in the cell, "Hiệu trưởng", is no address for another reason).
 */
const addressLetters = (values: readonly string[]) => {
  for (const v of values) {
    const what = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? notAddressLetter(v) : null;
    if (what !== null)
      return ` ${values.length > 1 ? `Địa chỉ ${q(v)}` : 'Địa chỉ này'} có ${what}, trong khi địa chỉ e-mail chỉ gồm chữ cái không dấu (a–z), chữ số và các dấu . _ -: hãy gõ lại địa chỉ khi đã tắt bộ gõ tiếng Việt. Công cụ không gửi thư đến địa chỉ này.`;
  }
  return '';
};

// ---- labels --------------------------------------------------------------------------------------

export const VERDICT_LABELS = { dat: 'Đạt', chuaDat: 'Chưa đạt', canBoSung: 'Cần bổ sung' } as const;
export const STATUS_LABELS = {
  met: 'Đạt',
  notMet: 'Chưa đạt',
  missing: 'Cần bổ sung',
  notApplicable: 'Không áp dụng',
} as const;
export const FLAG_LABELS = { unverified: 'Chưa xác minh', superseded: 'Đã được thay thế' } as const;
export const KIND_LABELS = { collective: 'Tập thể', individual: 'Cá nhân' } as const;

export const APPLIES_TO_LABELS: Record<string, string> = {
  collective: 'Tập thể',
  'collective.whole': 'Tập thể là toàn đơn vị (không áp dụng cho bộ phận)',
  individual: 'Cá nhân',
  'individual.manager': 'Cá nhân là cán bộ quản lý, đảng viên, người đứng đầu',
  // Not a head (validate.ts isStaffGroup; plan II.2.b puts heads under the managers' rule: review r81c F2).
  'individual.staff': 'Cá nhân là giáo viên, nhân viên, người lao động, công chức, viên chức của cơ quan quản lý (trừ người đứng đầu)',
  registration: 'Tập thể và cá nhân',
  school: 'Đơn vị (nhiệm vụ của trường)',
};

export const SCORE_PART_LABELS = {
  excellentYears: 'Số năm hoàn thành xuất sắc nhiệm vụ',
  initiativeLevel: 'Cấp công nhận sáng kiến cao nhất',
  initiatives: 'Số sáng kiến, giải pháp được công nhận',
  priorityCriteria: 'Số tiêu chí ưu tiên đạt',
} as const;

/** A criterion that is met: a short confirmation. */
export const findingMet = (c: CriterionRef) => `${crit(c)}: đạt.`;
export const findingNotApplicableRole = (c: CriterionRef, who: string) => `${crit(c)}: không áp dụng (chỉ áp dụng cho ${who.toLowerCase()}).`;

// ---- organisation, period, milestones ----------------------------------------------------------

/** The legal bases every profile cites by default (the office's own defaults come from its profile, messages/profiles.ts). */
export const DEFAULT_LEGAL_BASES = {
  lawBasis: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
  // The decree in force from 1/7/2025 (replacing Nghị định 98/2023/NĐ-CP), with its date and title as provincial
  // decisions of late 2025 cite it (docs/award-documents.md).
  decreeBasis:
    'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
};
/**
 * What a document dated before 1/7/2025 cites where the office kept the default decree (review docs H1: a Tờ trình of
 * 26/6/2024 cited a decree of 2025): the decree then in force, in force from 1/1/2024.
 */
export const DECREE_BEFORE_JULY_2025 =
  'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng';
/**
 * Before 1/1/2024, when the Luật Thi đua, khen thưởng of 2022 and Nghị định 98/2023/NĐ-CP came into force (review
 * diff35 L1): the law of 2003 as amended, and its decree of 2017.
 */
export const LAW_BEFORE_2024 =
  'Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013';
export const DECREE_BEFORE_2024 = 'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng';
/** Defaults written by earlier versions (still in offices' "Cấu hình"): read as today's default. */
export const LEGACY_LEGAL_DEFAULTS = {
  decreeBasis: ['Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng'],
};

export const periodName = (start: number, end: number) => `${start}-${end}`;

export function milestoneLabel(id: string, start: number, end: number): string {
  switch (id) {
    case 'KE-HOACH':
      return `Các đơn vị ban hành kế hoạch xây dựng, đăng ký, lựa chọn, bồi dưỡng và nhân rộng mô hình, điển hình tiên tiến giai đoạn ${start}-${end} (quý III năm ${start})`;
    case 'DANG-KY-MO':
      return 'Bắt đầu nhận đăng ký mô hình, điển hình tiên tiến';
    case 'DANG-KY-DONG':
      return `Kết thúc đợt đăng ký xây dựng mô hình, điển hình (giai đoạn ${start}-${Math.min(start + 2, end)}); sau đó tiếp tục nhân rộng đến năm ${end}`;
    case 'SO-KET':
      return 'Sơ kết việc thực hiện kế hoạch giữa giai đoạn (dịp kỷ niệm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc 11/6)';
    case 'BIEU-DUONG':
      return `Hội nghị biểu dương mô hình, điển hình tiên tiến (trong năm ${Math.max(end - 1, start)})`;
    case 'TONG-KET':
      return `Hội nghị điển hình tiên tiến giai đoạn ${start}-${end} (quý I năm ${end}), lựa chọn điển hình đặc biệt xuất sắc đề nghị vinh danh tại Đại hội thi đua yêu nước`;
    default:
      return id;
  }
}

export const reportPeriodLabel = (kind: 'halfYear' | 'annual', year: number) =>
  kind === 'halfYear' ? `6 tháng đầu năm ${year}` : `Năm ${year}`;
export const schoolPlanLabel = (start: number, end: number) => `Kế hoạch giai đoạn ${start}-${end} của đơn vị`;

// ---- the "Cấu hình" tab -------------------------------------------------------------------------

export const CONFIG_HEADERS = ['Mục', 'Giá trị', 'Giải thích'] as const;
/** Earlier name of the first column, still read. */
export const CONFIG_FIRST_HEADER_OLD = 'Khóa';

/**
 * The name of each setting as the office reads it in the first column (the code's own key is still accepted when
 * read back). Milestones are "milestone.<ID>".
 */
export const CONFIG_LABELS: Record<string, string> = {
  'organisation.level': 'Cấp của cơ quan',
  'organisation.name': 'Tên cơ quan',
  'organisation.shortName': 'Tên viết tắt',
  'organisation.parentAuthority': 'Cơ quan cấp trên',
  'organisation.signerName': 'Người ký tờ trình',
  'organisation.signerTitle': 'Chức vụ người ký',
  'organisation.place': 'Địa danh',
  'organisation.governingBody': 'Cơ quan chủ quản',
  'organisation.symbol': 'Ký hiệu cơ quan trên văn bản',
  'legal.law': 'Căn cứ: Luật',
  'legal.decree': 'Căn cứ: Nghị định',
  'legal.competence': 'Căn cứ chức năng, nhiệm vụ của cơ quan',
  'awards.reward': 'Tiền thưởng',
  'awards.provinceAddressee': 'Nơi nhận tờ trình Bằng khen UBND tỉnh',
  'plan.number': 'Số Kế hoạch của cơ quan',
  'plan.date': 'Ngày ban hành Kế hoạch',
  'plan.title': 'Trích yếu Kế hoạch',
  'awards.reportForm': 'Mẫu báo cáo thành tích',
  'period.name': 'Tên giai đoạn',
  'period.startYear': 'Năm bắt đầu giai đoạn',
  'period.endYear': 'Năm kết thúc giai đoạn',
  'criteria.set': 'Bộ tiêu chí',
  'milestone.KE-HOACH': 'Mốc: hạn kế hoạch của đơn vị',
  'milestone.DANG-KY-MO': 'Mốc: mở đăng ký',
  'milestone.DANG-KY-DONG': 'Mốc: kết thúc đăng ký',
  'milestone.SO-KET': 'Mốc: sơ kết',
  'milestone.BIEU-DUONG': 'Mốc: hội nghị biểu dương',
  'milestone.TONG-KET': 'Mốc: hội nghị tổng kết',
  'reports.halfYearDeadline': 'Hạn báo cáo 6 tháng',
  'reports.annualDeadline': 'Hạn báo cáo năm',
  'ratings.schoolYearFrom': 'Ngày tính kết quả xếp loại năm học',
  perSchoolTabThreshold: 'Số đơn vị tối đa có trang riêng',
  initiativeSlots: 'Số sáng kiến trên phiếu',
  'scoring.excellentYear': 'Điểm: mỗi năm hoàn thành xuất sắc',
  'scoring.initiativeLevel': 'Điểm: theo cấp công nhận sáng kiến',
  'scoring.initiative': 'Điểm: mỗi sáng kiến được công nhận',
  'scoring.priorityCriterion': 'Điểm: mỗi tiêu chí ưu tiên đạt',
  'mail.digestRecipients': 'Người nhận thư tổng hợp',
  'mail.digestWeekDay': 'Ngày gửi thư tổng hợp',
  'mail.digestHour': 'Giờ gửi thư tổng hợp',
  'mail.reminderDaysBefore': 'Nhắc hạn trước (số ngày)',
  'schoolViews.enabled': 'Trang theo dõi riêng cho từng trường',
  'schoolViews.publishComments': 'Công bố nhận xét của Hội đồng cho trường',
  'schoolViews.contact': 'Liên hệ của cơ quan',
  today: 'Ngày kiểm tra',
};
/**
 * The office's name of a setting, wherever its catalogue is (the office's kind is in ./profiles: a note named the key
 * “organisation.kind”, review r68d L1); its key when it has none.
 */
export const configLabel = (key: string) => CONFIG_LABELS[key] || PROFILE_CONFIG_LABELS[key] || key;

export const CONFIG_EXPLANATIONS: Record<string, string> = {
  'organisation.signerName':
    'Họ và tên thủ trưởng cơ quan: người ký dự thảo Quyết định tặng Giấy khen và Tờ trình, Danh sách đề nghị Bằng khen (tỉnh, Bộ). Tờ trình, Danh sách đề nghị Giấy khen là của Hội đồng Thi đua - Khen thưởng, do người chủ trì cuộc họp ở trang “Họp Hội đồng TĐKT” ký.',
  'organisation.signerTitle': 'Chức vụ người ký tờ trình.',
  'organisation.place': 'Địa danh ghi trước ngày tháng của văn bản.',
  'legal.law': 'Luật được dẫn ở dòng “Căn cứ” đầu tiên của tờ trình (ghi cả ngày ban hành). Để trống để không dẫn.',
  'legal.decree':
    'Nghị định quy định chi tiết Luật Thi đua, khen thưởng đang có hiệu lực, dẫn ở dòng “Căn cứ” thứ hai (ghi đủ số, ngày ban hành). Để trống để không dẫn.',
  'legal.competence':
    'Toàn văn dòng căn cứ thẩm quyền, in đầu tiên trong các căn cứ của dự thảo Quyết định tặng Giấy khen, ví dụ: Quyết định số …/QĐ-UBND ngày … của Ủy ban nhân dân tỉnh … quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo (có thể thêm Quy chế thi đua, khen thưởng của cơ quan). Để trống: dự thảo in dòng “[Căn cứ … — cơ quan bổ sung]” để cơ quan điền trước khi trình ký.',
  'awards.reward':
    'Nội dung điều về tiền thưởng của dự thảo Quyết định tặng Giấy khen (mức thưởng và nguồn chi), ví dụ: Tập thể được tặng Giấy khen được thưởng …, cá nhân được thưởng … theo quy định; kinh phí khen thưởng chi từ Quỹ thi đua, khen thưởng của cơ quan. Để trống: dự thảo in dòng “[Tiền thưởng … — cơ quan bổ sung]”.',
  'awards.provinceAddressee':
    'Dòng “Kính gửi:” của tờ trình đề nghị Bằng khen của Chủ tịch UBND tỉnh. Để trống: “Chủ tịch Ủy ban nhân dân tỉnh … (qua Sở Nội vụ)” — hồ sơ gửi qua cơ quan thi đua, khen thưởng của tỉnh (Sở Nội vụ, Ban Thi đua - Khen thưởng). Phần “(qua …)” được ghi thêm vào nơi nhận của tờ trình.',
  'plan.number': planNumberHelp('SGDĐT'),
  'plan.date': 'Ngày ban hành Kế hoạch (ngày/tháng/năm, ví dụ 20/11/2026). Nếu ngày này trước ngày 01/01 của năm liền trước giai đoạn (ví dụ trước 01/01/2025 với giai đoạn 2026-2030), hoặc sau ngày của tờ trình, dự thảo Quyết định, công cụ vẫn in nhưng nhắc kiểm tra lại.',
  'plan.title': 'Trích yếu (nội dung) của Kế hoạch, ghi đúng như trên Kế hoạch đã ban hành, sau chữ “về”, ví dụ “xây dựng mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn 2026-2030”. Để trống thì tờ trình, dự thảo Quyết định để chỗ trống cho cơ quan ghi.',
  'awards.reportForm':
    'Mẫu báo cáo thành tích của tập thể, cá nhân: “Theo đợt thi đua, chuyên đề” (mặc định: phong trào xây dựng điển hình tiên tiến là thi đua theo chuyên đề) hoặc “Thực hiện nhiệm vụ công tác” (mẫu đầy đủ hằng năm).',
  'period.name': 'Tên giai đoạn, ví dụ: 2021-2025.',
  'period.startYear': 'Năm bắt đầu giai đoạn.',
  'period.endYear': 'Năm kết thúc giai đoạn.',
  'criteria.set':
    'Bộ tiêu chí mặc định: “2021-2025” (đúng như Kế hoạch giai đoạn 2021-2025) hoặc “2026-2030” (bỏ tiêu chí “sinh con thứ 3”, không còn căn cứ từ ngày 03/06/2025). Để trống để dùng bộ tiêu chí theo năm bắt đầu giai đoạn. Ở trang “Tiêu chí”, ghi “Không” ở cột “Bắt buộc” thì tiêu chí đó không còn bắt buộc, chỉ dùng để tính điểm ưu tiên.',
  'reports.halfYearDeadline': 'Hạn gửi báo cáo 6 tháng hằng năm (ngày/tháng).',
  'reports.annualDeadline': 'Hạn gửi báo cáo năm hằng năm (ngày/tháng).',
  'ratings.schoolYearFrom':
    'Ngày/tháng (ví dụ 01/06), trong năm kết thúc năm học, từ đó kết quả đánh giá, xếp loại cá nhân của năm học vừa kết thúc ghi trên phiếu được tính (tiêu chí xếp loại hằng năm, năm hoàn thành xuất sắc nhiệm vụ, điểm ưu tiên, danh sách đề nghị). Mặc định 01/06: năm học kết thúc trước ngày 31/5 theo khung kế hoạch thời gian năm học của Bộ GD&ĐT, viên chức được đánh giá, xếp loại khi kết thúc năm học (Nghị định 90/2020/NĐ-CP, Điều 20). Năm học kết thúc muộn hơn thì ghi ngày kết thúc; không ghi ngày trước 01/05. Một tháng sau ngày này, năm học chưa ghi kết quả là thiếu (cần bổ sung). Ngày này không áp dụng cho người đăng ký ở chính cơ quan quản lý giáo dục (công chức, viên chức, kể cả lãnh đạo cơ quan; xếp loại theo năm): kết quả của họ ghi ở dòng năm học được tính từ ngày 01/11 của năm bắt đầu năm học.',
  perSchoolTabThreshold: 'Số đơn vị tối đa còn tạo trang tính riêng cho từng đơn vị; nhiều đơn vị hơn thì mỗi xã/phường hoặc cụm thi đua một trang.',
  initiativeSlots: 'Số sáng kiến, giải pháp tối đa kê khai trên phiếu đăng ký.',
  'scoring.excellentYear': 'Điểm ưu tiên cho mỗi năm hoàn thành xuất sắc nhiệm vụ.',
  'scoring.initiativeLevel': 'Điểm ưu tiên nhân với cấp công nhận sáng kiến cao nhất (cấp cơ sở = 1, cấp bộ, ngành, tỉnh = 2, toàn quốc = 3).',
  'scoring.initiative': 'Điểm ưu tiên cho mỗi sáng kiến, giải pháp được công nhận.',
  'scoring.priorityCriterion': 'Điểm ưu tiên cho mỗi tiêu chí ưu tiên đạt.',
  today: 'Ngày dùng để kiểm tra (ngày/tháng/năm, ví dụ 20/11/2026); để trống để dùng ngày hiện tại.',
  'schoolViews.enabled':
    'Ghi “Có” để công cụ tạo cho mỗi trường (kể cả khi các trang của cơ quan được gộp theo xã/phường hoặc cụm thi đua) một bảng tính chỉ để xem, chỉ có phiếu, kết luận và nhiệm vụ của trường đó, chia sẻ (quyền xem) với đúng các e-mail của trường ở trang “Đơn vị”. Đường dẫn ghi ở cột cuối trang “Đơn vị” và trong thư gửi trường. Ghi “Không” để tắt.',
  'schoolViews.publishComments':
    'Ghi “Có” để trang theo dõi của trường hiện quyết định và nhận xét của Hội đồng ở trang “Thẩm định”; mặc định “Không”: trang theo dõi không hiện quyết định, nhận xét. Dù ghi gì, nhận xét của phiếu “Yêu cầu bổ sung” vẫn được gửi cho trường trong thư đề nghị bổ sung.',
  'schoolViews.contact': 'Người, số điện thoại hoặc e-mail để trường liên hệ khi có thắc mắc; ghi ở cuối mọi thư gửi trường và cuối trang theo dõi của trường.',
  'mail.digestWeekDay': 'Ngày gửi thư tổng hợp trong tuần: Thứ Hai … Thứ Bảy hoặc Chủ nhật. Sau khi sửa, chạy lại Thiết lập.',
  'mail.digestHour':
    'Giờ gửi thư tổng hợp (0–23, giờ Việt Nam); Google chạy trong vòng một giờ kể từ giờ này. Sau khi sửa, chạy lại Thiết lập.',
  'mail.reminderDaysBefore':
    'Gửi thư nhắc các trường trước mỗi hạn (kế hoạch của đơn vị, báo cáo 6 tháng, báo cáo năm, kết thúc đăng ký, sơ kết, biểu dương, tổng kết) bao nhiêu ngày, cách nhau bởi dấu chấm phẩy, ví dụ: 14; 3. Chỉ trường còn việc chưa xong mới nhận thư; các hạn đến lượt nhắc cùng ngày gộp vào một thư. Ghi “Không” để không gửi thư nhắc.',
};

/** Days of the week as the office writes them, Monday first (ISO order). */
export const WEEKDAY_LABELS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'] as const;
/** The value of "mail.reminderDaysBefore" that turns reminders off. */
export const REMINDERS_OFF = 'Không';

// Where a finding of a tab is: the tab, its row, the setting or column there.
const tabRow = (tab: string, row: number) => `Trang tính ${q(tab)}, dòng ${row}`;
const configRow = (row: number) => tabRow(CONFIG_TAB, row);
const configItem = (row: number, key: string) => `${configRow(row)}, mục ${q(configLabel(key))}`;
const configValue = (row: number, key: string, value: string) => `${configItem(row, key)}: giá trị ${q(value)}`;
const missingColumn = (tab: string, header: string) => `Trang tính ${q(tab)}: thiếu cột ${q(header)} ở dòng tiêu đề (dòng 1).`;

export const configErrorMissingHeader = () =>
  `Trang tính ${q(CONFIG_TAB)}: dòng 1 phải có tiêu đề ${q(CONFIG_HEADERS[0])} | ${q(CONFIG_HEADERS[1])} | ${q(CONFIG_HEADERS[2])}.`;
/**
 * "Cấu hình" with no header "Mục" | "Giá trị" at row 1, its settings' names found in another column than A (a column
 * inserted at A: review r81o F3): read from there, said once.
 */
export const configErrorHeaderMoved = (labelColumn: string, valueColumn: string) =>
  `Trang tính ${q(CONFIG_TAB)}: dòng 1 không có tiêu đề ${q(CONFIG_HEADERS[0])} | ${q(CONFIG_HEADERS[1])} (có lẽ một cột đã được chèn vào trước các cột của công cụ). Công cụ đọc tên mục ở cột ${labelColumn} và giá trị ở cột ${valueColumn} (cột ngay bên phải); hãy ghi lại tiêu đề ${q(CONFIG_HEADERS[0])}, ${q(CONFIG_HEADERS[1])} ở dòng 1 của hai cột này (có thể giữ cột đã chèn).`;
/**
 * No column of "Cấu hình" holds its settings' names (review r81o F3): said once (not a "mục không được hỗ trợ" per
 * row). `recalled`: the values the last full run read stand in meanwhile; a mail whose setting none gives is held.
 */
export const configErrorNoSettings = (recalled: boolean) =>
  `Trang tính ${q(CONFIG_TAB)}: không tìm thấy cột nào ghi tên các mục cài đặt (cột ${q(CONFIG_HEADERS[0])}, ví dụ “Tên cơ quan”), nên công cụ chưa đọc được cài đặt nào. ${recalled ? 'Trong khi chờ sửa, công cụ dùng các giá trị đọc được lần cập nhật trước (mục nào không còn giá trị cũ thì dùng giá trị mặc định; thư nhắc hạn và thư tổng hợp hằng tuần chỉ gửi theo giá trị cũ, không có thì tạm dừng).' : 'Trong khi chờ sửa, công cụ tạm dùng giá trị mặc định, tạm không gửi thư nhắc hạn và thư tổng hợp hằng tuần.'} Đừng xóa các dòng của trang; hãy khôi phục cột ${q(CONFIG_HEADERS[0])} (hoàn tác bằng Ctrl+Z, hoặc ${fromOldVersion('trang')}) rồi chạy lại “Thiết lập”.`;
export const configErrorUnknownKey = (row: number, key: string) =>
  `${configRow(row)}: mục ${q(key)} không được hỗ trợ; hãy xóa dòng này hoặc sửa lại tên mục.`;
/**
 * A setting on a second row. `twice`: the two rows disagree on a deadline or mail setting (review r66c #4) — both
 * values (as shown), and what the run does meanwhile (CONFIG_TWICE_MEANWHILE); without it, the same value twice.
 */
export const configErrorDuplicateKey = (row: number, key: string, firstRow: number, twice?: { first: string; second: string; meanwhile: string }) =>
  twice
    ? `${configRow(row)}: mục ${q(configLabel(key))} đã có ở dòng ${firstRow} với giá trị khác: dòng ${firstRow} ghi ${q(twice.first)}, dòng ${row} ghi ${q(twice.second)}. ${twice.meanwhile}. Hãy xóa dòng ghi giá trị không đúng (dòng ${firstRow} hoặc dòng ${row}), chỉ giữ một dòng.`
    : `${configRow(row)}: mục ${q(configLabel(key))} đã có ở dòng ${firstRow} (cùng giá trị); công cụ dùng dòng ${firstRow}, hãy xóa dòng ${row} để chỉ giữ một dòng.`;
/** What the run does while a setting's two rows disagree (configErrorDuplicateKey). */
export const CONFIG_TWICE_MEANWHILE = {
  date: (used: string) => `Công cụ không nhắc các trường ngày nào trong hai ngày đó: trong khi chờ sửa, công cụ tạm dùng ngày ${used} để kiểm tra và không gửi thư nhắc hạn này cho các trường`,
  reminders: 'Công cụ không chọn một trong hai dòng: trong khi chờ sửa, công cụ tạm không gửi thư nhắc hạn cho các trường',
  digest: 'Công cụ không chọn một trong hai dòng: trong khi chờ sửa, công cụ tạm không gửi thư tổng hợp',
  first: (row: number, value: string) => `Trong khi chờ sửa, công cụ tạm dùng giá trị ở dòng ${row} (${q(value)})`,
};
export const configErrorBadNumber = (row: number, key: string, value: string) =>
  `${configValue(row, key, value)} không phải là số nguyên không âm.`;
/** The years as written (either may be ""): the message says what the office wrote, never a period it did not. */
export const configErrorBadYears = (row: number, start: string, end: string, used: string) =>
  `${configRow(row)}: năm bắt đầu ${q(start)} và năm kết thúc ${q(end)} của giai đoạn không hợp lệ (năm kết thúc phải không nhỏ hơn năm bắt đầu, tối đa 20 năm). Công cụ tạm kiểm tra theo giai đoạn ${used}. ${UNTIL_YEARS_FIXED}`;
const UNTIL_YEARS_FIXED = 'Trong khi chờ sửa, công cụ không gửi thư nhắc hạn nào cho các trường.';
/** A required setting left empty; `meanwhile`: what the run does until it is written (CONFIG_EMPTY_MEANWHILE). */
/** Thiết lập wrote the plan's default into milestones left empty (`filled`: "label: dd/MM/yyyy"). */
export const CONFIG_MILESTONES_FILLED = (filled: readonly string[]) =>
  `Các mốc sau trong trang ${q(CONFIG_TAB)} đang để trống nên công cụ dùng ngày mặc định của Kế hoạch (cũng là ngày ghi trong thư nhắc hạn và biểu mẫu); công cụ đã ghi ngày đó vào ô để cơ quan thấy và sửa nếu cần: ${filled.join('; ')}.`;
/**
 * Deadlines of the schools' plan or reports already past at Thiết lập, none sent (review r75c F1): `passed` as
 * "“Kế hoạch giai đoạn 2026-2030 của đơn vị” (hạn 30/09/2026, mục “Mốc: hạn kế hoạch của đơn vị”)".
 */
export const CONFIG_DEADLINES_PASSED = (passed: readonly { label: string; deadline: string; setting: string }[]) =>
  `${passed.length === 1 ? 'Hạn sau đã qua' : 'Các hạn sau đã qua'} mà chưa đơn vị nào gửi: ${passed.map((p) => `“${p.label}” (hạn ${p.deadline}, mục ${q(p.setting)})`).join('; ')}. Từ lần nhắc hạn tới, các đơn vị được nhắc là đã quá hạn. Nếu chưa giao hạn này cho các đơn vị, ghi hạn mới vào mục đó ở trang ${q(CONFIG_TAB)} rồi chạy lại Thiết lập trước khi gửi đường dẫn biểu mẫu.`;
/** Rows of "Cấu hình" deleted since the last full run, added again by Thiết lập with the values they held (review office M2). */
export const CONFIG_ROWS_RESTORED = (restored: readonly string[]) =>
  `Trang ${q(CONFIG_TAB)} thiếu ${restored.length === 1 ? 'dòng' : 'các dòng'} sau (đã bị xóa từ lần cập nhật trước); công cụ đã thêm lại với giá trị lần cập nhật trước ghi, dùng từ lần chạy sau: ${restored.join('; ')}.`;
/** Dates of "Cấu hình" emptied since the last full run, written back by Thiết lập with the dates they held (review r66c #2). */
export const CONFIG_CELLS_RESTORED = (restored: readonly string[]) =>
  `Trong trang ${q(CONFIG_TAB)}, ${restored.length === 1 ? 'ô ngày sau đã' : 'các ô ngày sau đã'} bị xóa trống từ lần cập nhật trước; công cụ đã ghi lại ngày lần cập nhật trước đọc được, dùng từ lần chạy sau (nếu ngày đó không còn đúng, hãy sửa lại): ${restored.join('; ')}.`;
/**
 * Settings of "Cấu hình" typed starting with "-" or "+" ("- Ủy ban nhân dân tỉnh …", "+84 …"), which Sheets took for a
 * formula and showed as "#ERROR!": Thiết lập wrote the words typed back as text (src/gas/typed-words.ts typedWordsAsText).
 */
export const CONFIG_TYPED_AS_TEXT = (labels: readonly string[]) =>
  `Trong trang ${q(CONFIG_TAB)}, ${labels.length === 1 ? 'mục' : 'các mục'} ${labels.map(q).join(', ')} bắt đầu bằng dấu “-” hoặc “+” nên Google Trang tính hiểu là công thức và hiện “#ERROR!”; công cụ vẫn đọc đúng chữ đã gõ và đã ghi lại ${labels.length === 1 ? 'ô đó' : 'các ô đó'} dưới dạng chữ để cơ quan xem được. Không cần làm gì thêm.`;
/** A milestone left empty whose default is out of order with a date written in another row. */
export const configErrorEmptyOutOfOrder = (row: number, key: string, fallback: string, otherRow: number, otherKey: string, otherDate: string) =>
  `${configItem(row, key)} đang để trống, và ngày mặc định ${fallback} của Kế hoạch không theo đúng thứ tự với mục ${q(configLabel(otherKey))} (dòng ${otherRow}: ${otherDate}). Hãy ghi ngày/tháng/năm của mốc này. ${milestoneFix(fallback)}`;
export const configErrorEmpty = (row: number, key: string, meanwhile: string) => `${configItem(row, key)} đang để trống. ${meanwhile}`;
export const CONFIG_EMPTY_MEANWHILE = {
  name: (used: string) => `Hãy ghi tên đầy đủ của cơ quan; trong khi chờ sửa, thư và văn bản ghi ${q(used)}.`,
  year: (used: string) => `Hãy ghi năm (ví dụ 2026). Công cụ tạm kiểm tra theo giai đoạn ${used}. ${UNTIL_YEARS_FIXED}`,
};
const milestoneFix = (fallback: string) =>
  `Trong khi chờ sửa, công cụ tạm dùng ngày ${fallback} để kiểm tra và không gửi thư nhắc hạn này cho các trường.`;
/** A milestone outside the period's years. */
export const configErrorMilestoneOutside = (row: number, key: string, value: string, period: string, fallback: string) =>
  `${configValue(row, key, value)} nằm ngoài giai đoạn ${period}; hãy ghi một ngày trong giai đoạn, hoặc xóa ô để dùng ngày mặc định ${fallback}. ${milestoneFix(fallback)}`;
/** A milestone still holding the default of another period (the years were changed, the milestones were not). */
export const configErrorMilestoneOldDefault = (row: number, key: string, value: string, oldPeriod: string, period: string, fallback: string) =>
  `${configValue(row, key, value)} vẫn là ngày mặc định của giai đoạn ${oldPeriod}, không thuộc giai đoạn ${period} đang cấu hình (năm của giai đoạn đã đổi nhưng các mốc chưa đổi theo). Hãy ghi ngày của giai đoạn ${period}, hoặc xóa ô để dùng ngày mặc định ${fallback}. ${milestoneFix(fallback)}`;
/** Two milestones out of the plan's order; a row is null when that milestone is not written (its default). */
export const configErrorMilestoneOrder = (rowA: number | null, keyA: string, dateA: string, rowB: number | null, keyB: string, dateB: string) => {
  const where = (row: number | null, key: string, date: string) =>
    row === null ? `${q(configLabel(key))} (mặc định, ngày ${date})` : `${q(configLabel(key))} (dòng ${row}, ngày ${date})`;
  return `Trang tính ${q(CONFIG_TAB)}: mốc ${where(rowB, keyB, dateB)} đứng trước mốc ${where(rowA, keyA, dateA)}, trong khi theo Kế hoạch mốc ${q(configLabel(keyB))} phải không sớm hơn mốc ${q(configLabel(keyA))}. Hãy sửa ngày cho đúng thứ tự; trong khi chờ sửa, công cụ không gửi thư nhắc hạn của hai mốc này cho các trường.`;
};
export const configErrorBadYesNo = (row: number, key: string, value: string) =>
  `${configValue(row, key, value)} không hợp lệ; chỉ ghi “Có” hoặc “Không”.`;
export const configErrorBadCriteriaSet = (row: number, value: string, known: readonly string[]) =>
  `${configItem(row, 'criteria.set')}: không có bộ tiêu chí ${q(value)}; chỉ ghi ${known.map(q).join(' hoặc ')}, hoặc để trống. Tạm dùng bộ tiêu chí theo năm bắt đầu giai đoạn.`;
/**
 * A milestone whose cell was emptied since a full run read the date `was` in it (the print of the settings holds it;
 * review r66c #2): said as a deleted row is, its reminders held, `fallback` (the plan's default) used meanwhile.
 */
export const configErrorClearedDate = (row: number, key: string, was: string, fallback: string) =>
  `${configItem(row, key)} đang để trống; lần cập nhật trước, ô này ghi ${q(was)}. Nếu ô bị xóa nhầm, chọn menu Điển hình tiên tiến → Thiết lập: công cụ ghi lại ${q(was)} vào ô; nếu không, hãy ghi ngày đúng vào ô (muốn dùng ngày mặc định của Kế hoạch thì ghi ${fallback}). ${milestoneFix(fallback)}`;
/** A report deadline emptied since a full run read `was` (day/month): kept meanwhile, as the schools were told it. */
export const configErrorClearedReportDeadline = (row: number, key: string, was: string, fallback: string) =>
  `${configItem(row, key)} đang để trống; lần cập nhật trước, ô này ghi ${q(was)}. Nếu ô bị xóa nhầm, chọn menu Điển hình tiên tiến → Thiết lập: công cụ ghi lại ${q(was)} vào ô; nếu không, hãy ghi ngày/tháng đúng vào ô (muốn dùng hạn mặc định của Kế hoạch thì ghi ${fallback}). Trong khi chờ sửa, công cụ vẫn kiểm tra và nhắc các trường theo hạn ${q(was)} như trước.`;
/** `meanwhile`: what the run does until the cell is corrected (CONFIG_DATE_MEANWHILE). */
export const configErrorBadDate = (row: number, key: string, value: string, meanwhile: string) =>
  `${configValue(row, key, value)} không đọc được thành một ngày có thật; hãy ghi ngày/tháng/năm, ví dụ 15/06/2028 hoặc 15.06.2028. Trong khi chờ sửa, ${meanwhile}.`;
export const configTodayFixed = (row: number, date: string) =>
  `${configItem(row, 'today')} đang ghi ngày ${date}: mọi phiếu được kiểm tra như vào ngày đó, không theo ngày hiện tại (năm học nào đã kết thúc, mốc nào đã qua), và công cụ không gửi thư báo kết luận đổi theo mốc thời gian của Kế hoạch. Nếu không cố ý, hãy xóa ô này để công cụ kiểm tra theo ngày hiện tại.`;
/**
 * "Ngày ban hành Kế hoạch" before the period could have its plan (config.ts planDateNote): the plan of an earlier
 * period, kept by a copied file (review now N1). The documents print it as written; the office is told at Thiết lập.
 */
export const configPlanDateBeforePeriod = (date: string, earliestYear: number, period: string) =>
  `Mục ${q(configLabel('plan.date'))} ở trang ${q(CONFIG_TAB)} ghi ngày ${date}, trước năm ${earliestYear}: nhiều khả năng đó không phải Kế hoạch của giai đoạn ${period} (thường là Kế hoạch của giai đoạn trước, còn lại khi sao chép tệp). Tờ trình và dự thảo Quyết định in dòng “Căn cứ Kế hoạch số … ngày …” đúng như hai mục ${q(configLabel('plan.number'))} và ${q(configLabel('plan.date'))} ghi. Hãy ghi số, ngày ban hành Kế hoạch giai đoạn ${period} của cơ quan; chưa có Kế hoạch thì xóa hai ô đó (văn bản để dòng “[… — cơ quan bổ sung]”).`;
/**
 * "Ngày kiểm tra" left at a day outside the period, or in a school year already over (a trial date forgotten: review
 * now N7): said first, before configTodayFixed. `outsidePeriod`: the period's name when outside it; `pastSchoolYear`:
 * "2025-2026" when that school year is over.
 */
export const configTodayFixedStale = (date: string, outsidePeriod: string | null, pastSchoolYear: string | null) =>
  `Cảnh báo: ngày ${date} ở mục ${q(configLabel('today'))} ${[outsidePeriod ? `nằm ngoài giai đoạn ${outsidePeriod}` : '', pastSchoolYear ? `thuộc năm học ${pastSchoolYear} đã qua` : ''].filter((x) => x !== '').join(' và ')}, có thể là ngày dùng thử còn để lại.`;
export const CONFIG_DATE_MEANWHILE = {
  date: (date: string) => `công cụ tạm dùng ngày ${date}`,
  milestone: (date: string) => `công cụ tạm dùng ngày ${date} để kiểm tra và không gửi thư nhắc hạn này cho các trường`,
  today: 'công cụ tạm dùng ngày hiện tại',
  planDate: 'văn bản chưa ghi được ngày ban hành Kế hoạch',
};
export const configErrorBadDayMonth = (row: number, key: string, value: string) =>
  `${configValue(row, key, value)} không phải là ngày/tháng (ví dụ 01/06).`;
/** A report's deadline early in its own year: the report would be due before the results it reports (review reports L1). */
export const configErrorReportTooEarly = (row: number, key: string, value: string, earliest: string, used: string) =>
  `${configValue(row, key, value)} là ngày quá sớm trong năm: báo cáo của một kỳ sẽ đến hạn trước khi có kết quả của kỳ đó (ví dụ báo cáo năm 2022 đến hạn ngày 15/01/2022). Hãy ghi một ngày từ ${earliest} trở đi, dạng dd/MM. Công cụ dùng ngày mặc định ${used}.`;
/** The day a school year's rating counts from, read as a day before the school year can have ended. */
export const configErrorRatedTooEarly = (row: number, key: string, value: string, earliest: string) =>
  `${configValue(row, key, value)} là ngày trước khi năm học kết thúc (năm học kết thúc vào cuối tháng 5), nên không dùng được: hãy ghi một ngày từ ${earliest} trở đi, dạng dd/MM (ví dụ 01/06). Công cụ dùng ngày mặc định.`;
export const configErrorBadEmails = (row: number, key: string, bad: readonly string[]) =>
  `${configItem(row, key)}: ${bad.map(q).join(', ')} không phải là địa chỉ e-mail; các địa chỉ còn lại vẫn được dùng.${addressLetters(bad)}`;
/** `meanwhile`: what the run does until the cell is corrected (CONFIG_MAIL_MEANWHILE). */
export const configErrorBadWeekDay = (row: number, key: string, value: string, meanwhile: string) =>
  `${configValue(row, key, value)} không phải là một ngày trong tuần (Thứ Hai … Thứ Bảy, Chủ nhật); ${meanwhile}.`;
export const configErrorBadHour = (row: number, key: string, value: string, meanwhile: string) =>
  `${configValue(row, key, value)} không phải là giờ từ 0 đến 23; ${meanwhile}.`;
/** An hour typed with minutes ("8:30", a time to Sheets): read as its hour, said (review r82p F2). */
export const configNoteHourMinutes = (row: number, key: string, shown: string, hour: number) =>
  `${configValue(row, key, shown)} được đọc là ${hour} giờ: thư tổng hợp chỉ hẹn được theo giờ tròn (Google gửi trong vòng một giờ kể từ giờ hẹn), số phút không được dùng.`;
export const configErrorBadDaysList = (row: number, key: string, value: string, meanwhile: string) =>
  `${configValue(row, key, value)} không phải là danh sách số ngày (0–366) cách nhau bởi dấu chấm phẩy, ví dụ “14; 3”, hoặc “${REMINDERS_OFF}” (hay “Tắt”) để không gửi thư nhắc; ${meanwhile}.`;
/**
 * A text setting whose cell reads as a Sheets error (a formula that fails, its words not recoverable: review r78p F3,
 * F4): never printed; the setting is read as not written meanwhile.
 */
export const configErrorFormulaText = (row: number, key: string, shown: string) =>
  `${configItem(row, key)}: ô đang hiện ${q(shown)} vì Google Trang tính đọc những gì gõ vào ô là một công thức không tính được; trong khi chờ sửa, công cụ coi như mục này chưa ghi (dùng giá trị mặc định) và không in ${q(shown)} vào thư hay văn bản nào. Hãy gõ lại nội dung của ô, thêm một dấu nháy đơn (') ở đầu để Google Trang tính giữ đúng chữ đã gõ.`;
/**
 * A list of days Sheets stored as a decimal number ("7,3" typed is 7.3 in a Vietnamese-locale Sheet: review r78p F2),
 * read as the text its cell shows: what was read, no value quoted (a "0" typed last is lost: "7,30" shows "7,3").
 */
export const configNoteDaysFromNumber = (row: number, key: string, days: readonly number[]) =>
  `${configItem(row, key)}: Google Trang tính đã lưu ô này thành một số thập phân (ở khu vực Việt Nam, dấu phẩy là dấu thập phân, và chữ số 0 cuối cùng sau dấu phẩy bị bỏ đi), nên công cụ đọc các số ngày theo số ô đang hiện: nhắc hạn trước ${days.length <= 1 ? days.join('') : `${days.slice(0, -1).join(', ')} và ${days[days.length - 1]}`} ngày. Nếu không đúng, hãy ghi lại các số ngày cách nhau bằng dấu chấm phẩy, ví dụ “14; 3”: ghi như vậy, ô giữ đúng những gì đã gõ.`;
/**
 * What the run does with a mail setting it cannot read (review r66c #5): the value the last full run read in the row
 * (`kept`), else a default that sends nothing new — never reminders the office had turned off.
 */
export const CONFIG_MAIL_MEANWHILE = {
  kept: (was: string) => `trong khi chờ sửa, công cụ tạm giữ giá trị trước: ${q(was)} (giá trị lần cập nhật trước đọc được)`,
  weekDay: 'tạm dùng Thứ Hai',
  hour: 'tạm dùng 7 giờ',
  noReminders: 'trong khi chờ sửa, công cụ tạm không gửi thư nhắc hạn cho các trường',
};

// ---- the "Đơn vị" tab ---------------------------------------------------------------------------

export const DIRECTORY_TAB = 'Đơn vị';
export const DIRECTORY_HEADERS = {
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  level: 'Cấp học',
  ward: 'Xã/phường',
  cluster: 'Cụm thi đua',
  principal: 'Hiệu trưởng',
  email: 'Email',
  /** Optional: the names a school had before (a school renamed after the 2025 mergers), separated by ";". */
  former: 'Tên cũ',
} as const;
export const SCHOOL_LEVELS = ['Mầm non', 'Tiểu học', 'THCS', 'Liên cấp', 'THPT'] as const;
/**
 * The "Cấp học" of the office itself, listed in "Đơn vị" so that its own staff and collectives can register (plan
 * II.1: the office is a collective of the plan): no school duty is asked of it (III.1, IV.2 are the schools'),
 * and its staff's role "Công chức, viên chức của cơ quan quản lý giáo dục" is read there (review criteria F1, F3).
 */
export const OFFICE_LEVEL = 'Cơ quan quản lý';
/** Its duties' text, one for every duty (school-duties.ts). */
export const findingOfficeNoDuty = (c: CriterionRef) => `${crit(c)}: không áp dụng (đơn vị là cơ quan quản lý, không phải cơ sở giáo dục).`;

export const directoryErrorEmpty = () => `Trang tính “${DIRECTORY_TAB}” chưa có dữ liệu: dòng 1 phải là dòng tiêu đề.`;
export const directoryErrorNoSchool = () =>
  `Trang tính “${DIRECTORY_TAB}” không có trường nào, trong khi đã có phiếu đăng ký. Công cụ không cập nhật kết quả và không gửi thư cho đến khi danh sách đơn vị được khôi phục: nếu trang danh sách đã bị đổi tên (ví dụ thêm năm học vào tên), xóa trang “${DIRECTORY_TAB}” trống rồi đặt lại đúng tên “${DIRECTORY_TAB}” cho trang danh sách; nếu đã bị xóa, hãy ${fromOldVersion('trang')}.`;
/**
 * The header row found below row 1 (review r81o F5, F6). `sorted`: rows above it hold schools (the tab sorted whole
 * with no frozen row): put the header back, never type over row 1 or delete the rows above. Otherwise a title typed
 * above it: delete that.
 */
export const directoryErrorHeaderBelow = (row: number, sorted: boolean) =>
  `Trang tính “${DIRECTORY_TAB}”: dòng tiêu đề (${q(DIRECTORY_HEADERS.code)}, ${q(DIRECTORY_HEADERS.name)}, ${q(DIRECTORY_HEADERS.email)}…) đang ở dòng ${row}${sorted ? ', lẫn giữa các dòng đơn vị (có lẽ trang đã được sắp xếp khi dòng tiêu đề chưa được cố định)' : ''}, trong khi phải ở dòng 1, nên công cụ chưa đọc được danh sách đơn vị. ` +
  (sorted
    ? `Đừng gõ tên cột vào dòng 1 hay xóa các dòng phía trên: đó là các đơn vị. Hãy đưa dòng tiêu đề về dòng 1: hoàn tác lần sắp xếp (Ctrl+Z), hoặc nhấp vào số dòng ${row} rồi kéo dòng đó lên trên cùng; sau đó cố định dòng tiêu đề (Xem → Cố định → 1 hàng) để lần sắp xếp sau không kéo theo nó.`
    : `Hãy xóa ${row === 2 ? 'dòng 1' : `các dòng 1–${row - 1}`} phía trên dòng tiêu đề (muốn có tiêu đề khi in, dùng Tệp → In → Đầu trang và chân trang).`);
export const directoryErrorMissingHeader = (header: string) =>
  missingColumn(DIRECTORY_TAB, header);
export const directoryErrorEmptyCell = (row: number, column: string) =>
  `${tabRow(DIRECTORY_TAB, row)}: cột ${q(column)} đang để trống.` +
  // What an empty e-mail cell costs the school, so that the office knows why to fill it in.
  (column === DIRECTORY_HEADERS.email
    ? ' Khi chưa có e-mail, trường này không nhận thư nhắc hạn và bản sao thư báo kết quả kiểm tra phiếu, không được chia sẻ trang theo dõi riêng, và mọi phiếu trường gửi đều ở trạng thái “chưa xác minh”.'
    : '');
export const directoryErrorBadEmail = (row: number, column: string, value: string) =>
  `${tabRow(DIRECTORY_TAB, row)}, cột ${q(column)}: ${q(value)} không phải là địa chỉ e-mail hợp lệ.${addressLetters([value])} Ghi mỗi địa chỉ dạng ten@truong.edu.vn (có thể kèm tên: Tên <ten@truong.edu.vn>); nhiều địa chỉ cách nhau bằng dấu chấm phẩy (;).`;
export const directoryErrorDuplicateCode = (row: number, code: string, firstRow: number) =>
  `${tabRow(DIRECTORY_TAB, row)}: mã đơn vị ${q(code)} trùng với dòng ${firstRow}. Mỗi trường cần một mã riêng: khi mã còn trùng, công cụ không gửi thư nhắc hạn, thư báo kết luận đổi theo mốc thời gian và không chia sẻ trang theo dõi cho các trường mang mã này (để thư, trang của trường này không đến tay trường kia).`;
/** An address listed for several schools (review privacy #3): kept off their mail and their views. */
export const directoryErrorSharedEmail = (address: string, schools: readonly string[], withoutOther: readonly string[] = []) =>
  `Trang “${DIRECTORY_TAB}”: địa chỉ ${address} có ở nhiều trường (${schools.map(q).join('; ')}). Công cụ không biết địa chỉ này của trường nào nên không gửi đến địa chỉ này thư về phiếu của các trường đó (bản sao thư báo kết quả, thư nhắc hạn, thư báo thay đổi, yêu cầu bổ sung) và không chia sẻ trang theo dõi với địa chỉ này. Hãy để mỗi địa chỉ ở đúng một trường; ` +
  (withoutOther.length === 0
    ? 'các địa chỉ khác của các trường này vẫn nhận thư như thường.'
    : `${withoutOther.map(q).join(', ')} không còn địa chỉ nào khác nên hiện không nhận được thư nào của công cụ: hãy ghi cho trường một e-mail riêng.`);
/**
 * A row whose name another row above has: left out whole, its addresses no school's (review r66g #2: two merged schools
 * given the new name on both rows). `emails`: the row's addresses, said with what to do.
 */
export const directoryErrorDuplicateName = (row: number, name: string, firstRow: number, emails: readonly string[] = []) =>
  `${tabRow(DIRECTORY_TAB, row)}: tên đơn vị ${q(name)} trùng với dòng ${firstRow}, nên công cụ không dùng dòng ${row}` +
  (emails.length ? ` (địa chỉ ${emails.join(', ')} của dòng này không nhận thư của công cụ, phiếu gửi từ địa chỉ này được coi là chưa xác minh)` : '') +
  `. Nếu hai trường đã sáp nhập thành một: chép các địa chỉ e-mail của dòng ${row} sang dòng ${firstRow}, ghi tên trước đây của trường vào cột ${q(DIRECTORY_HEADERS.former)} của dòng ${firstRow} (nhiều tên thì cách nhau bằng dấu chấm phẩy), rồi xóa dòng ${row}; nếu là hai trường khác nhau, hãy ghi tên riêng của mỗi trường.`;
/**
 * A "Tên cũ" cell holding several school names separated by commas (review r66g #3): names are separated by ";" (a
 * comma may be part of a name), so it is read as one name; said, naming the row.
 */
export const directoryNoteFormerCommas = (row: number, typed: string) =>
  `${tabRow(DIRECTORY_TAB, row)}, cột ${q(DIRECTORY_HEADERS.former)}: ${q(typed)} được đọc là một tên. Nếu đây là nhiều tên cũ, hãy cách nhau bằng dấu chấm phẩy (;), ví dụ “Trường Tiểu học A; Trường THCS B”.`;
export const directoryErrorFormerNameTaken = (row: number, column: string, name: string, otherRow: number) =>
  `${tabRow(DIRECTORY_TAB, row)}, cột ${q(column)}: tên ${q(name)} đã là tên (hoặc tên cũ) của đơn vị ở dòng ${otherRow}; công cụ không dùng tên cũ này.`;
/** A row whose name has no letters ("(2)", "2"): a line of column numbers or a note, not a school (review clerkday #6). */
export const directoryErrorNotSchool = (row: number, column: string, value: string) =>
  `${tabRow(DIRECTORY_TAB, row)}: cột ${q(column)} ghi ${q(value)}, không có chữ nào và dòng không có e-mail hợp lệ nên không phải một đơn vị (dòng đánh số cột hay ghi chú?). Dòng này không được đọc là một đơn vị: không có trong danh sách chọn của biểu mẫu, không có trang riêng, không được đếm. Nếu không cần, xóa dòng này.`;
/** A row of a name alone (a group heading "KHỐI MẦM NON" the office typed): not a school; a school half typed, said so. */
export const directoryErrorHeading = (row: number, name: string) =>
  `${tabRow(DIRECTORY_TAB, row)}: dòng chỉ ghi ${q(name)} ở cột ${q(DIRECTORY_HEADERS.name)}, các cột khác của đơn vị (${list([DIRECTORY_HEADERS.code, DIRECTORY_HEADERS.level, DIRECTORY_HEADERS.email].map(q))}…) đều trống, nên được coi là dòng tiêu đề nhóm của cơ quan, không phải một đơn vị: không có trong danh sách chọn của biểu mẫu, không có trang riêng, không được đếm. Nếu đây là một trường, hãy điền ${q(DIRECTORY_HEADERS.code)} và ${q(DIRECTORY_HEADERS.email)} của trường rồi chạy lại “Thiết lập”.`;
export const directoryErrorUnknownLevel = (row: number, column: string, value: string) =>
  `${tabRow(DIRECTORY_TAB, row)}, cột ${q(column)}: cấp học ${q(value)} không thuộc danh sách (${list([...SCHOOL_LEVELS, OFFICE_LEVEL])}).`;

// ---- response sheets ----------------------------------------------------------------------------

export const responseErrorEmpty = (tab: string) => `Trang tính ${q(tab)} chưa có dòng tiêu đề.`;
export const responseErrorMissingHeader = (tab: string, header: string) =>
  `Trang tính ${q(tab)}: không tìm thấy cột ${q(header)}. Câu hỏi này có thể đã bị xóa hoặc đổi tên trên biểu mẫu; hãy khôi phục đúng tiêu đề câu hỏi.`;
/**
 * A question the verdicts read that the live form was never given ("Thiết lập" not run since the script was updated
 * or "Cấu hình" changed, e.g. more initiative slots).
 */
export const responseErrorNotOnForm = (tab: string, title: string) =>
  `Trang tính ${q(tab)}: chưa có cột ${q(title)} vì biểu mẫu chưa có câu hỏi này (của phiên bản mới của công cụ, hoặc do trang “Cấu hình” vừa sửa). Chọn menu “Điển hình tiên tiến” → “Thiết lập” để cập nhật biểu mẫu, rồi chạy lại “Cập nhật tổng hợp”.`;
/** The same for an optional question: read as unanswered meanwhile (information, not an error). */
export const responseNoteNotOnForm = (tab: string, title: string) =>
  `Trang tính ${q(tab)}: chưa có cột ${q(title)} vì biểu mẫu chưa có câu hỏi này (của phiên bản mới của công cụ, hoặc do trang “Cấu hình” vừa sửa); đến khi chọn menu “Điển hình tiên tiến” → “Thiết lập” để cập nhật biểu mẫu, câu hỏi này được coi là để trống.`;
/** Information, not an error: columns under one title are read as one question (see src/core/columns.ts). */
export const responseNoteSharedHeader = (tab: string, header: string, columns: readonly string[]) =>
  `Trang tính ${q(tab)}: tiêu đề ${q(header)} có ở ${columns.length} cột (${list(columns)}), thường vì câu hỏi này đã bị xóa rồi được tạo lại trên biểu mẫu ` +
  `(cột cũ giữ các câu trả lời đã nhận, câu trả lời mới vào cột sau). Công cụ đọc các cột này như một câu hỏi: mỗi dòng lấy ô có câu trả lời. ` +
  `Nếu một trong các cột là câu hỏi tự thêm vào biểu mẫu có tên trùng (hoặc gần trùng) với câu hỏi của công cụ, hãy đổi tên câu hỏi đó trên biểu mẫu; ` +
  `nếu không thì không cần làm gì. Dòng nào có hai câu trả lời khác nhau được ghi chú riêng ở cột “Ghi chú” của dòng đó.`;
/** One row answered a question twice, differently, in two columns of one title. */
export const parseConflictingAnswers = (tab: string, row: number, fieldTitle: string, values: readonly string[], used: string) =>
  `Dòng ${row}: ${field(fieldTitle)} có ${values.length} câu trả lời khác nhau (${list(values.map((v) => q(clip(v))))}) ở các cột cùng tiêu đề của trang tính ${q(tab)}; ` +
  `công cụ đọc câu trả lời ở cột sau cùng (${q(clip(used))}), là câu hỏi biểu mẫu đang hỏi. Nếu câu trả lời đó sai, thường trực thi đua hãy xóa ô sai ở dòng ${row} của trang tính ${q(tab)}.`;

/** For the office: the registrations naming a school its directory does not have (`codes`, some listed). */
export const registrationsOfUnknownSchool = (school: string, codes: readonly string[], tab: string, former: string) =>
  `${codes.length} phiếu đăng ký ghi đơn vị ${q(school)}, không có trong trang ${q(tab)} (${codes.slice(0, 10).join(', ')}${codes.length > 10 ? ', …' : ''}): các phiếu này ở trạng thái “Cần bổ sung” và không được tính cho đơn vị nào. Nếu trường đã đổi tên hoặc sáp nhập vào trường khác, ghi ${q(school)} vào cột ${q(former)} của trường hiện nay (cách nhau bằng dấu “;”); nếu trường đã giải thể, Hội đồng xét các phiếu này ở trang “Thẩm định”.`;
export const parseUnknownSchool = (row: number, fieldTitle: string, value: string) =>
  value === ''
    ? `Dòng ${row}: chưa chọn đơn vị ở ${field(fieldTitle)}.`
    : `Dòng ${row}: đơn vị ${q(value)} ở ${field(fieldTitle)} không có trong danh mục đơn vị; hãy chọn lại đúng tên đơn vị.`;
export const parseUnknownKind = (row: number, fieldTitle: string, value: string) =>
  value === ''
    ? `Dòng ${row}: chưa chọn ${field(fieldTitle)} (Tập thể hoặc Cá nhân).`
    : `Dòng ${row}: giá trị ${q(value)} ở ${field(fieldTitle)} không hợp lệ; chỉ chọn Tập thể hoặc Cá nhân.`;
/**
 * The office's own staff role chosen with a school (a unit whose "Cấp học" is set) as the unit: its ratings would be
 * read on the office's calendar, a school year's counted before it ends (review criteria F1).
 */
export const parseOfficialAtSchool = (row: number, fieldTitle: string, role: string, school: string, level: string) =>
  `Dòng ${row}: ${field(fieldTitle)} là ${q(role)} nhưng đơn vị đăng ký là ${q(school)} (${level}). Vị trí này chỉ dành cho người công tác tại chính cơ quan quản lý giáo dục, có kết quả xếp loại theo năm dương lịch; người công tác tại trường hãy sửa phiếu, chọn lại vị trí việc làm của mình (cán bộ quản lý, giáo viên, nhân viên…), vì kết quả xếp loại năm học chỉ được tính sau khi năm học kết thúc.`;
/**
 * A collective under its school's own name (duplicates.ts namesItsSchool) answered "Bộ phận của đơn vị": Forms skipped the
 * page of the whole unit's criteria (ratings of its Party and unions, Chỉ thị 05, safety…), never asked (review r73r F1).
 */
export const parseSchoolAsPart = (row: number, fieldTitle: string, part: string, whole: string, name: string, pageTitle: string) =>
  `Dòng ${row}: ${field(fieldTitle)} là ${q(part)} nhưng tên tập thể ${q(name)} là tên của chính đơn vị, nên phiếu chưa trả lời các câu hỏi của trang ${q(pageTitle)} (xếp loại tổ chức đảng, đoàn thể, an toàn trường học…). Nếu đăng ký cả đơn vị, hãy sửa phiếu, chọn ${q(whole)} và trả lời các câu hỏi đó; nếu đăng ký một bộ phận (tổ chuyên môn, tổ văn phòng…), hãy ghi tên của bộ phận đó.`;
/**
 * "Là đảng viên" left blank by someone who is neither a manager nor a head: whether the criteria of cán bộ quản lý, đảng
 * viên, người đứng đầu apply depends on it (review r76p F1).
 */
export const parsePartyMemberMissing = (row: number, fieldTitle: string, headTitle: string) =>
  `Dòng ${row}: chưa trả lời ${field(fieldTitle)}. Người không phải cán bộ quản lý và trả lời “Không” ở ${field(headTitle)} cần trả lời câu này (“Có” hoặc “Không”), vì đảng viên còn phải đạt các tiêu chuẩn của cán bộ quản lý, đảng viên, người đứng đầu; hãy sửa phiếu để bổ sung.`;
export const parseBadBirthYear = (row: number, fieldTitle: string, value: string) =>
  `Dòng ${row}: ${field(fieldTitle)} có giá trị ${q(value)}, không phải năm sinh gồm 4 chữ số.`;
/** A registered name that is not one (registration.ts implausibleName): why, as found; `max` its longest length. */
export const parseImplausibleName = (
  row: number,
  fieldTitle: string,
  value: string,
  odd: { why: 'noLetter' | 'tooLong' | 'value' } | { why: 'symbols' | 'encoding' | 'tones'; symbol: string } | { why: 'script'; symbol: string; word: string },
  max: number,
) =>
  odd.why === 'script'
    ? `Dòng ${row}: ${field(fieldTitle)} có giá trị ${q(clip(value))}, trong đó từ ${q(clip(odd.word))} có ${otherAlphabet(odd.symbol)} lẫn với chữ Latin: trông giống chữ tiếng Việt nhưng là chữ khác, thường do tên được sao chép từ một tài liệu khác. Tên như vậy không được nhận ra là trùng với cùng tên đó gõ đúng (phiếu của cùng một tập thể, cá nhân có thể bị tính thành hai phiếu) và có thể bị in sai trên văn bản; đề nghị sửa phiếu, tự gõ lại tên bằng bộ gõ tiếng Việt (bảng mã Unicode) đúng như sẽ in trên tờ trình, danh sách và quyết định khen thưởng.`
    : odd.why === 'tones'
    ? `Dòng ${row}: ${field(fieldTitle)} có giá trị ${q(clip(value))}, chữ ${q(odd.symbol)} có dấu thanh đặt sai (hai dấu thanh trong một tiếng, dấu thanh trên phụ âm, hoặc dấu thanh không gắn với chữ nào), điều không có trong tiếng Việt: thường do bộ gõ (Unikey, EVKey) để lẫn kiểu Unicode dựng sẵn và Unicode tổ hợp, hoặc tên được sao chép từ tệp PDF. Đề nghị sửa phiếu, gõ lại tên đúng như sẽ in trên tờ trình, danh sách và quyết định khen thưởng.`
    : odd.why === 'encoding'
    ? `Dòng ${row}: ${field(fieldTitle)} có giá trị ${q(clip(value))}, có ${odd.symbol === '\u00ad' ? 'dấu gạch nối ẩn (U+00AD, là chữ “ư” của bảng mã TCVN3)' : q(odd.symbol)}, chữ không có trong tiếng Việt: thường do bộ gõ (Unikey, EVKey) đang để bảng mã TCVN3 (ABC) hoặc VNI Windows thay vì Unicode. Đề nghị chọn bảng mã Unicode rồi sửa phiếu, gõ lại tên (và các câu trả lời khác gõ cùng lúc) đúng như sẽ in trên tờ trình, danh sách và quyết định khen thưởng.`
    : `Dòng ${row}: ${field(fieldTitle)} có giá trị ${q(clip(value))}, không phải một tên ${
    odd.why === 'symbols' ? `(có ${q(odd.symbol)}, ký hiệu mà một tên không có)` : odd.why === 'tooLong' ? `(dài hơn ${max} ký tự)` : odd.why === 'value' ? '(là một giá trị, không phải tên)' : '(không có chữ cái)'
  }; đề nghị sửa phiếu, ghi đúng tên sẽ in trên tờ trình, danh sách và quyết định khen thưởng.`;
/** Answers the documents print typed with a legacy code table (legacy-code-table.ts legacyCodeTableText; review r77t F1). */
export const parseLegacyCodeTable = (row: number, answers: readonly { title: string; value: string; symbol: string }[]) =>
  `Dòng ${row}: ${answers.length > 1 ? 'các mục' : 'mục'} ${answers.map((a) => `${q(a.title)} (${q(clip(a.value))}, có ${q(a.symbol)})`).join('; ')} có chữ không có trong tiếng Việt: thường do bộ gõ (Unikey, EVKey) đang để bảng mã TCVN3 (ABC) hoặc VNI Windows thay vì Unicode. Đề nghị chọn bảng mã Unicode rồi sửa phiếu, gõ lại ${answers.length > 1 ? 'các câu trả lời này' : 'câu trả lời này'} đúng như sẽ in trong hồ sơ đề nghị khen thưởng.`;
export const parseUnknownChoice = (row: number, fieldTitle: string, value: string) =>
  `Dòng ${row}: giá trị ${q(value)} ở ${field(fieldTitle)} không thuộc các lựa chọn của câu hỏi.`;
export const parseBadTimestamp = (row: number, header: string, value: string) =>
  `Dòng ${row}: cột ${q(header)} có giá trị ${q(value)}, không đọc được ngày giờ gửi phiếu.`;
export const parseMissingName = (row: number, fieldTitle: string) => `Dòng ${row}: chưa ghi ${field(fieldTitle)}.`;
export const parseMissingRole = (row: number, fieldTitle: string) => `Dòng ${row}: chưa chọn ${field(fieldTitle)}.`;

/** The pseudo-criterion of data problems found while reading a response row. */
export const DATA_CRITERION: CriterionRef = { id: 'DU-LIEU', label: 'Dữ liệu phiếu đăng ký' };

// ---- findings of criteria -----------------------------------------------------------------------

export const findingRegisteredMissing = (c: CriterionRef, fields: readonly string[]) =>
  `${crit(c)}: phiếu đăng ký chưa đủ thông tin, cần bổ sung ${list(fields.map(field))}.`;

/** `obtain`: what the unit may still obtain before the selection, when it may (a "Không" may mean "not yet"). */
export const findingSelfDeclaredNo = (c: CriterionRef, question: string, obtain?: string) =>
  obtain
    ? `${crit(c)}: phiếu trả lời “Không” ở ${field(question)}. Nếu trước hạn đơn vị có ${obtain}, sửa câu trả lời thành “Có” và ghi minh chứng; nếu không, phiếu chưa đạt tiêu chí này.`
    : `${crit(c)}: phiếu trả lời “Không” ở ${field(question)}. Câu trả lời phải đúng với thực tế; nếu đúng là chưa có, đơn vị không cần sửa phiếu này (có thể đăng ký tập thể, cá nhân khác).`;
export const findingSelfDeclaredEmpty = (c: CriterionRef, question: string) =>
  `${crit(c)}: chưa trả lời ${field(question)}.`;
export const findingSelfDeclaredNoEvidence = (c: CriterionRef, evidence: string) =>
  `${crit(c)}: đã trả lời “Có” nhưng chưa ghi minh chứng ở ${field(evidence)}.`;
/** "Có" whose evidence says there is none yet (`written`: as the unit wrote it). */
/** Evidence that only repeats the "Có" ("Đã có", "ok"): no paper named (review diff27 #10). */
export const findingSelfDeclaredBareYes = (c: CriterionRef, evidence: string, written: string) =>
  `${crit(c)}: ${field(evidence)} chỉ ghi ${q(clip(written))}, chưa nêu văn bản nào. Ghi số, ngày của văn bản làm minh chứng (quyết định, giấy khen, biên bản…).`;
export const findingSelfDeclaredDeniedEvidence = (c: CriterionRef, evidence: string, written: string) =>
  `${crit(c)}: đã trả lời “Có” nhưng ${field(evidence)} ghi ${q(clip(written))}, tức là chưa có minh chứng. Khi có, ghi số, ngày của văn bản; nếu chưa có, sửa câu trả lời thành “Không”.`;

export const findingInitiativesNone = (c: CriterionRef, nameField: string) =>
  `${crit(c)}: chưa kê khai sáng kiến, giải pháp nào được cấp có thẩm quyền công nhận (${field(nameField)}).`;
/** CN-02: no initiative or solution named at all (recognised or not: the plan asks for several, recognition is priority). */
export const findingInitiativesNoneNamed = (c: CriterionRef, nameField: string) =>
  `${crit(c)}: chưa kê khai sáng kiến, giải pháp nào (ghi tên ở ${field(nameField)}; được công nhận hay chưa đều được tính).`;
/**
 * What CN-02 asks for: the plan's requirement, or, when the office made it priority-only in "Tiêu chí" (`required`
 * false), what it takes to count for the score (review r67t #7: not "the plan requires").
 */
const initiativesWanted = (needed: number, required: boolean) =>
  required ? `kế hoạch yêu cầu có nhiều sáng kiến, giải pháp, cần ghi ít nhất ${needed}` : `tiêu chí này chỉ tính điểm ưu tiên, được tính khi ghi ít nhất ${needed}`;
export const findingInitiativesTooFew = (c: CriterionRef, named: number, needed: number, nextField: string, required = true) =>
  `${crit(c)}: mới kê khai ${named} sáng kiến, giải pháp; ${initiativesWanted(needed, required)} (ghi tiếp ở ${field(nextField)}).`;
/**
 * CN-02: two slots name one initiative (counted once), so fewer different ones than the plan asks for. `name`: the
 * name as written (shortened); `needed`: how many different ones the plan asks for.
 */
export const findingInitiativesRepeated = (c: CriterionRef, repeatField: string, ofField: string, name: string, needed: number, required = true) =>
  `${crit(c)}: tên ở ${field(repeatField)} trùng với ${field(ofField)} (${q(name.length > 60 ? name.slice(0, 59) + '…' : name)}) nên chỉ được tính là một sáng kiến, giải pháp. ${required ? `Kế hoạch yêu cầu có nhiều sáng kiến, giải pháp (ít nhất ${needed})` : `Tiêu chí này chỉ tính điểm ưu tiên, được tính khi có ít nhất ${needed} sáng kiến, giải pháp khác nhau`}: ghi vào ${field(repeatField)} một sáng kiến, giải pháp khác; một sáng kiến được công nhận ở nhiều cấp chỉ ghi một lần, với cấp cao nhất.`;
/**
 * `earlier`, when the year is among what is missing: the year list has only the period's years, so a decision of an
 * earlier year is given by its date in the decision field (registration.ts decisionYear; N2 of review "now").
 */
export const findingInitiativeIncomplete = (
  c: CriterionRef,
  slot: number,
  missingFields: readonly string[],
  earlier?: { startYear: number; decisionField: string },
) =>
  `${crit(c)}: sáng kiến, giải pháp ${slot} còn thiếu thông tin, cần bổ sung ${list(missingFields.map(field))}.` +
  (earlier
    ? ` Nếu quyết định công nhận ban hành trước năm ${earlier.startYear} (danh sách năm công nhận chỉ có các năm của giai đoạn), hãy để trống năm công nhận và ghi ngày ban hành vào ${field(earlier.decisionField)}, ví dụ “45/QĐ-UBND ngày 20/5/${earlier.startYear - 1}”; năm công nhận được lấy theo ngày đó.`
    : '');
/**
 * A recognised initiative whose year is after the response was sent (the data problem above it says so): the year is
 * to check, not to add; `missingFields`, what else it lacks.
 */
export const findingInitiativeYearAfterSent = (c: CriterionRef, slot: number, yearField: string, missingFields: readonly string[]) =>
  `${crit(c)}: sáng kiến, giải pháp ${slot} chưa được tính là đã được công nhận vì ${field(yearField)} ghi năm sau ngày gửi phiếu (xem lưu ý về năm công nhận)${missingFields.length ? `; cần bổ sung thêm ${list(missingFields.map(field))}` : ''}.`;
/**
 * A named initiative with nothing of its recognition given, for a criterion where recognition only adds priority: it may
 * simply not be recognised (the form counts it all the same for CN-02), so the recognition is asked for only if there
 * is one — never a decision number to make up.
 */
export const findingInitiativeUnrecognised = (c: CriterionRef, slot: number, recognitionFields: readonly string[]) =>
  `${crit(c)}: sáng kiến, giải pháp ${slot} chưa ghi việc được công nhận. Nếu sáng kiến, giải pháp này đã được cấp có thẩm quyền công nhận, ghi thêm ${list(recognitionFields.map(field))}; nếu chưa được công nhận thì không cần ghi gì thêm.`;

export const findingMovementsNotJoined = (c: CriterionRef, gridTitle: string, rows: readonly string[]) =>
  `${crit(c)}: chưa tham gia phong trào ${list(rows.map(q))} (${field(gridTitle)}).`;
/** An individual who takes part in none of the sector's movements (CN-04: "tích cực tham gia … như": review criteria F2). */
export const findingMovementsNoneJoined = (c: CriterionRef, gridTitle: string) =>
  `${crit(c)}: chưa tham gia phong trào nào ở ${field(gridTitle)}.`;
export const findingMovementsUnanswered = (c: CriterionRef, gridTitle: string, rows: readonly string[]) =>
  `${crit(c)}: chưa trả lời về phong trào ${list(rows.map(q))} ở ${field(gridTitle)}.`;

/**
 * A case the plan rules out (II.2.a: "Trong tập thể không có …") declared: a fact, not an answer to change. The
 * collective does not meet the criterion for the period; a part of the unit without the case can register on its own.
 */
export const findingConditionPresent = (c: CriterionRef, gridTitle: string, row: string) =>
  `${crit(c)}: phiếu trả lời “Có” ở trường hợp ${q(row)} (${field(gridTitle)}). ` +
  `Câu trả lời phải đúng với thực tế; có trường hợp này thì tập thể không đạt tiêu chí này trong giai đoạn. ` +
  `Bộ phận nào của đơn vị không có trường hợp này (ví dụ một tổ chuyên môn) có thể đăng ký thành một tập thể riêng.`;
export const findingConditionUnanswered = (c: CriterionRef, gridTitle: string, row: string) =>
  `${crit(c)}: chưa trả lời trường hợp ${q(row)} ở ${field(gridTitle)}.`;

/** `first`: the first year of the period as the form names it ("năm 2021", "năm học 2021-2022"). */
/** No year's Party and union ratings count yet: `first` "năm 2026", counted from `from` (dd/MM/yyyy; config.ts orgYearRatedFrom). */
export const findingNoEndedYear = (c: CriterionRef, first: string, from: string) =>
  `${crit(c)}: chưa có năm nào của giai đoạn được tính kết quả xếp loại (kết quả ${first} được tính từ ngày ${from}), chưa xét.`;
/** Individual ratings, per school year: `year` is "năm học 2021-2022". */
export const findingRatingsBelowGood = (c: CriterionRef, gridTitle: string, years: readonly { year: string; rating: string }[]) =>
  `${crit(c)}: ${list(years.map((y) => `${y.year} xếp loại ${q(y.rating)}`))}, thấp hơn mức “Hoàn thành tốt nhiệm vụ” (${field(gridTitle)}).`;
/**
 * `official`: the person is on the office's own staff, whose row of a school year holds the rating of the calendar
 * year it starts in, made before 15/12 (config.ts OFFICIAL_RATED_FROM): the school year itself has not ended then, so
 * the sentences say the yearly rating is out rather than the school year over.
 */
export const findingRatingsUnrated = (c: CriterionRef, gridTitle: string, years: readonly string[], official = false) =>
  `${crit(c)}: chưa có kết quả xếp loại ${list(years)} (${official ? 'kết quả xếp loại theo năm, có trước ngày 15/12' : 'đã kết thúc'}) ở ${field(gridTitle)}.`;
/** Of school years that count but are blank: over (an office official's: their yearly rating is out, see above). */
const yearsOver = (official: boolean) => (official ? 'đã có kết quả xếp loại theo năm (trước ngày 15/12)' : 'đã kết thúc');
/** Ratings written for school years that do not count yet, and the day each will (`from`: dd/MM/yyyy). */
/** The columns of the individual grid that mark a school year not rated (not counted by the rating criteria). */
const notWorkedYears = (join: 'hoặc' | 'list') =>
  join === 'hoặc'
    ? `“${WORK_CHOICES.notEmployed}”, “${WORK_CHOICES.newHire}” hoặc “${WORK_CHOICES.notRated}”`
    : `“${WORK_CHOICES.notEmployed}”, “${WORK_CHOICES.newHire}”, “${WORK_CHOICES.notRated}”`;
const earlyRatings = (early: readonly { year: string; from: string }[], official = false) =>
  early.length
    ? ` Kết quả đã ghi cho ${list(early.map((e) => `${e.year} (được tính từ ngày ${e.from})`))} chưa được tính vì ${official ? 'năm đó chưa đến kỳ xếp loại (xếp loại theo năm, trước ngày 15/12)' : 'năm học chưa kết thúc'}.`
    : '';
const countedYears = (years: readonly string[]) => (years.length ? `các năm học đã được tính (${list(years)})` : 'chưa có năm học nào được tính');
/**
 * CN-10 after the interim review: no school year that counts was rated "xuất sắc" (`years` the counted ones; none: each
 * was a year not worked or not rated, notWorkedYears); what the school can do, and when.
 * `later`: the school years left whose ratings count on or before the final conference (`conference`, dd/MM/yyyy;
 * plan III.4.e), the first from `from` (dd/MM/yyyy); `after`: the first year left that counts only after it. Two
 * short sentences: a cell of the school's view may also ask for another fix, so "nothing to do" is said of this
 * criterion only, and until `from`.
 */
export const findingNoExcellentYear = (
  c: CriterionRef,
  gridTitle: string,
  years: readonly string[],
  later: readonly string[] = [],
  from = '',
  early: readonly { year: string; from: string }[] = [],
  conference = '',
  after: { year: string; from: string } | null = null,
  official = false,
) =>
  `${crit(c)}: ${
    years.length
      ? `trong ${countedYears(years)}, chưa có năm nào`
      : `các năm học ${official ? 'đã được tính' : 'đã kết thúc'} đều là năm ${notWorkedYears('hoặc')} nên chưa có năm nào`
  } được xếp loại “Hoàn thành xuất sắc nhiệm vụ” (${field(gridTitle)}).` +
  earlyRatings(early, official) +
  (later.length
    ? ` Về tiêu chí này, ${official ? '' : 'trường '}chưa cần làm gì trước ngày ${from}; nếu ${later.join(' hoặc ')} được xếp loại “Hoàn thành xuất sắc nhiệm vụ”, khi đó ghi kết quả vào phiếu để tiêu chí đạt.`
    : after
      ? ` Không còn năm học nào được tính trước hội nghị tổng kết giai đoạn ngày ${conference} (kết quả ${after.year} chỉ được tính từ ngày ${after.from}); nếu kết quả đã ghi chưa đúng, sửa lại phiếu.`
      : ` Giai đoạn không còn năm học nào để xét; nếu kết quả đã ghi chưa đúng, sửa lại phiếu.`);
/** No school year of the period counts yet: the first one counts from `from` (dd/MM/yyyy). */
export const findingNoRatedSchoolYear = (c: CriterionRef, first: string, from: string) =>
  `${crit(c)}: chưa có năm nào của giai đoạn kết thúc (kết quả xếp loại ${first} được tính từ ngày ${from}), chưa xét.`;
/** The school years that count are blank and not due yet (`due`: dd/MM/yyyy, the last one's). */
export const findingRatingsPending = (c: CriterionRef, gridTitle: string, years: readonly string[], due: string, official = false) =>
  `${crit(c)}: chưa xét; ${list(years)} ${yearsOver(official)} nhưng phiếu chưa ghi kết quả xếp loại. Khi có kết quả, ghi vào ${field(gridTitle)} (sửa phiếu), chậm nhất ngày ${due}.`;
/** CN-10 after the review: no counted year "xuất sắc", but years that count are still blank (they may have been). */
export const findingExcellentPending = (c: CriterionRef, gridTitle: string, counted: readonly string[], pending: readonly string[], official = false) =>
  `${crit(c)}: ${counted.length ? `${list(counted)} không được xếp loại “Hoàn thành xuất sắc nhiệm vụ”; ` : ''}${list(pending)} ${yearsOver(official)} nhưng phiếu chưa ghi kết quả xếp loại. Ghi kết quả xếp loại ${pending.length > 1 ? 'các năm học này' : 'năm học này'} vào ${field(gridTitle)} (sửa phiếu): ${pending.length > 1 ? 'nếu có năm' : 'nếu năm học này'} được xếp loại “Hoàn thành xuất sắc nhiệm vụ” thì tiêu chí đạt.`;
export const findingNoWorkedYear = (c: CriterionRef, gridTitle: string, official = false) =>
  `${crit(c)}: các năm học ${official ? 'đã được tính' : 'đã kết thúc'} đều là năm ${notWorkedYears('hoặc')} (${field(gridTitle)}), chưa xét.`;
/** `from`: yyyy-MM-dd. */
export const findingObsolete = (c: CriterionRef, from: string, basis: string) =>
  `${crit(c)}: không còn áp dụng từ ngày ${from.split('-').reverse().join('/')}${basis ? ` (${basis})` : ''}.`;
/** The note of a registration sent after the registration window. */
/**
 * Ratings written on a response sent (or last edited) before the day their year counts from — before the year's official
 * result could exist: not counted, read as “Chưa đánh giá”, and not printed in the award documents (registration.ts).
 * One sentence per registration, for the school (its result e-mail) and the office ("Kết quả kiểm tra"): `years`
 * name each year with the day it counts from (dd/MM/yyyy), `sentOn` the day the response was sent (dd/MM/yyyy).
 */
export const noteEarlyRatings = (gridTitles: readonly string[], years: readonly { year: string; from: string }[], sentOn: string, calendarYears = false) =>
  `Kết quả xếp loại ${list(years.map((y) => `${y.year} (được tính từ ngày ${y.from})`))} ở ${list(gridTitles.map(field))} được ghi trên phiếu gửi ngày ${sentOn}, trước ngày kết quả của năm đó được tính, nên chưa được tính (xem như “Chưa đánh giá”) và không được ghi vào văn bản đề nghị khen thưởng${calendarYears ? EARLY_RATINGS_EDIT_OFFICE : EARLY_RATINGS_EDIT}`;
/** How noteEarlyRatings ends: how to write the ratings again (a confirmation after the end says earlyRatingsClosed). */
export const EARLY_RATINGS_EDIT = '; khi có kết quả chính thức, trường sửa phiếu bằng đường dẫn sửa của phiếu này để ghi lại kết quả.';
/**
 * The same for a person rated per calendar year (`calendarYears`: the office's own staff and leaders, registration.ts
 * ratedPerCalendarYear): no school edits their form (review r81c F1).
 */
export const EARLY_RATINGS_EDIT_OFFICE = '; khi có kết quả chính thức, sửa phiếu bằng đường dẫn sửa của phiếu này để ghi lại kết quả.';
/** In place of EARLY_RATINGS_EDIT in a confirmation composed after the end of the period (the form takes no edit). */
export const earlyRatingsClosed = (office: string) => `; nếu cần ghi lại kết quả chính thức, xin liên hệ ${office}.`;
/**
 * An initiative whose recognition year is later than the year the response was sent (or last edited): the decision
 * did not exist yet, so the initiative is not counted as recognised (registration.ts). `sentOn`: dd/MM/yyyy.
 */
export const parseInitiativeYearAfterSent = (yearTitle: string, year: number, sentOn: string) =>
  `${q(yearTitle)} ghi năm ${year}, sau ngày gửi phiếu (${sentOn}): quyết định công nhận chưa thể có khi gửi phiếu nên sáng kiến, giải pháp này chưa được tính là đã được công nhận. Kiểm tra lại năm công nhận (năm của quyết định) và sửa phiếu.`;
/** The same, of a year the decision's date gives (a date mistyped: "ngày 12/5/2042"; review d77 F3). */
export const parseInitiativeDateAfterSent = (decisionTitle: string, year: number, sentOn: string) =>
  `${q(decisionTitle)} ghi ngày ban hành năm ${year}, sau ngày gửi phiếu (${sentOn}): quyết định công nhận chưa thể có khi gửi phiếu nên sáng kiến, giải pháp này chưa được tính là đã được công nhận. Kiểm tra lại ngày ban hành của quyết định và sửa phiếu.`;
/** A registration (an edit of one) received after its period's last year (review r75c F4, d75 F6). */
export const noteAfterPeriod = (on: string, period: string, lastYear: number, edited: boolean) =>
  `Phiếu ${edited ? 'sửa' : 'gửi'} ngày ${on}, sau khi giai đoạn ${period} đã kết thúc (hết năm ${lastYear}): không được xét trong giai đoạn này (thư trả lời trường nói giai đoạn đã kết thúc).`;
export const noteLateRegistration = (sentOn: string, windowEnd: string) =>
  `Phiếu gửi ngày ${sentOn}, sau thời hạn đăng ký (${windowEnd}); phiếu vẫn được xét, Hội đồng cân nhắc khi thẩm định.`;
export const findingExcellentNotYetJudged = (
  c: CriterionRef,
  gridTitle: string,
  judgedFrom: string,
  counted: readonly string[] = [],
  early: readonly { year: string; from: string }[] = [],
  official = false,
) =>
  `${crit(c)}: ${counted.length ? `${list(counted)} chưa được xếp loại “Hoàn thành xuất sắc nhiệm vụ”` : 'chưa có năm được xếp loại “Hoàn thành xuất sắc nhiệm vụ”'} (${field(gridTitle)}); còn thời gian phấn đấu, tiêu chí được xét từ ngày ${judgedFrom} (sơ kết giữa giai đoạn).${earlyRatings(early, official)}`;

/**
 * CN-10 before the interim review (`review`, dd/MM/yyyy), as a "Lưu ý" of the confirmation: no school year rated "xuất
 * sắc" yet, so on that day the registration takes `verdict` ("Chưa đạt"; "Cần bổ sung" when `open`, the years that
 * count by then, have no rating), and what the school can do: record those years' ratings, else the years left before
 * the final conference (`later`, counted from `from`, dd/MM/yyyy), else correct a wrong answer. Then that the person
 * is not proposed before a school year rated "xuất sắc" counts: `earliest`, the first school year not counting today
 * and the day it counts (null when a year that counts today is still blank: it may be that year, once recorded); not
 * repeated when the sentence before gives that day.
 */
export const noteExcellentNotYetJudged = (
  c: CriterionRef,
  gridTitle: string,
  review: string,
  verdict: string,
  open: readonly string[],
  later: readonly string[],
  from: string,
  earliest: { year: string; from: string } | null = null,
) =>
  `${crit(c)} được xét từ ngày ${review} (sơ kết giữa giai đoạn): phiếu chưa có năm học nào được xếp loại “Hoàn thành xuất sắc nhiệm vụ”${open.length ? ` và chưa ghi kết quả xếp loại ${list(open)}` : ''} nên từ ngày đó kết luận của phiếu sẽ là “${verdict}”.` +
  (open.length
    ? ` Khi có kết quả xếp loại ${open.join(' hoặc ')}, ghi vào ${field(gridTitle)} (sửa phiếu): tiêu chí đạt nếu năm học được xếp loại “Hoàn thành xuất sắc nhiệm vụ”.`
    : later.length
      ? ` Tiêu chí sẽ đạt nếu ${later.join(' hoặc ')} được xếp loại “Hoàn thành xuất sắc nhiệm vụ”: ghi kết quả vào phiếu từ ngày ${from}.`
      : ' Nếu kết quả đã ghi chưa đúng, sửa lại phiếu.') +
  // Whatever the day above, no proposal before such a year counts (proposals.ts noExcellentYearYet; review "now" N5).
  ` Cá nhân chưa được đề nghị khen thưởng cho đến khi có một năm học của giai đoạn được xếp loại “Hoàn thành xuất sắc nhiệm vụ” và được tính${earliest && !(open.length === 0 && later.length && earliest.from === from) ? ` (sớm nhất từ ngày ${earliest.from}, khi kết quả ${earliest.year} được tính)` : ''}.`;

// ---- verdicts that change by the calendar alone (the weekly digest says why counts moved) ---------------

export const CALENDAR_CHANGES_TITLE = 'Kết luận thay đổi theo lịch, không do phiếu mới hay phiếu sửa:';

/** The interim review has passed: CN-10 is judged from `date` (dd/MM/yyyy). */
export const calendarReviewJudges = (date: string, c: CriterionRef) =>
  `Ngày ${date} (sơ kết giữa giai đoạn): từ ngày này ${crit(c).charAt(0).toLowerCase() + crit(c).slice(1)} được xét; phiếu chưa có năm học nào được xếp loại “Hoàn thành xuất sắc nhiệm vụ” chuyển sang “Chưa đạt” (hoặc “Cần bổ sung” nếu năm học vừa kết thúc chưa ghi kết quả), dù trường không sửa phiếu.`;
/** A school year's ratings count from `date`. */
export const calendarSchoolYearCounts = (date: string, year: string) =>
  `Ngày ${date}: kết quả xếp loại ${year} ghi trên phiếu bắt đầu được tính (tiêu chí xếp loại hằng năm, năm hoàn thành xuất sắc nhiệm vụ, điểm ưu tiên).`;
/** A calendar year's Party and union ratings count from `date` (1 December of the year: config.ts orgYearRatedFrom). */
export const calendarOrgYearCounts = (date: string, year: number) =>
  `Ngày ${date}: kết quả xếp loại năm ${year} của tổ chức đảng, công đoàn, Đoàn Thanh niên ghi trên phiếu tập thể bắt đầu được tính.`;
/** From `date` a collective's registration that leaves the ratings of `year` blank is missing them (config.ts orgYearRatingDue). */
export const calendarOrgYearDue = (date: string, year: number) =>
  `Ngày ${date}: phiếu tập thể chưa ghi kết quả xếp loại năm ${year} của tổ chức đảng, công đoàn, Đoàn Thanh niên (nếu có) chuyển sang “Cần bổ sung”.`;
/** A criterion whose basis ceased on `date` (criteria.ts obsoleteFrom): no longer checked from then on. */
export const calendarCriterionEnds = (date: string, c: CriterionRef, basis: string) =>
  `Ngày ${date}: ${crit(c).charAt(0).toLowerCase() + crit(c).slice(1)} không còn áp dụng${basis ? ` (${basis})` : ''}; phiếu chưa đạt chỉ vì tiêu chí này được kết luận lại theo các tiêu chí còn lại, dù trường không sửa phiếu.`;
/** A school year without a rating is missing from `date`. */
export const calendarSchoolYearDue = (date: string, year: string) =>
  `Ngày ${date}: phiếu của cán bộ quản lý, đảng viên, người đứng đầu chưa ghi kết quả xếp loại ${year} chuyển sang “Cần bổ sung”.`;
/**
 * The office's own staff and leaders (registration.ts ratedPerCalendarYear): their row `year` ("năm học 2024-2025"), the
 * rating of calendar year `calendarYear`, counts from `date`.
 */
export const calendarOfficialYearCounts = (date: string, year: string, calendarYear: number) =>
  `Ngày ${date}: kết quả xếp loại năm ${calendarYear} của người công tác tại chính cơ quan quản lý giáo dục (công chức, viên chức, kể cả lãnh đạo cơ quan; ghi ở dòng ${year} trên phiếu) bắt đầu được tính (tiêu chí xếp loại hằng năm, năm hoàn thành xuất sắc nhiệm vụ, điểm ưu tiên).`;
/** The office's own staff and leaders: their row `year` without a rating is missing from `date` (CN-09, CN-10: the managers' group). */
export const calendarOfficialYearDue = (date: string, year: string, calendarYear: number) =>
  `Ngày ${date}: phiếu của người công tác tại chính cơ quan quản lý giáo dục là cán bộ quản lý, đảng viên, người đứng đầu chưa ghi kết quả xếp loại năm ${calendarYear} (dòng ${year}) chuyển sang “Cần bổ sung”.`;

export const findingOrgsAllAbsent = (c: CriterionRef) =>
  `${crit(c)}: đơn vị không có tổ chức đảng, đoàn thể riêng, không áp dụng.`;
/** TT-10: each organisation (its grid's title) with the years it was rated below "hoàn thành tốt". */
export const findingOrgBelowGood = (c: CriterionRef, orgs: readonly { gridTitle: string; years: readonly { year: number; rating: string }[] }[]) => {
  const years = (o: (typeof orgs)[number]) => list(o.years.map((y) => `năm ${y.year} xếp loại ${q(y.rating)}`));
  return orgs.length === 1
    ? `${crit(c)}: ${years(orgs[0])}, thấp hơn mức “Hoàn thành tốt nhiệm vụ” (${field(orgs[0].gridTitle)}).`
    : `${crit(c)}: thấp hơn mức “Hoàn thành tốt nhiệm vụ” ở ${orgs.length} tổ chức — ${orgs.map((o) => `${years(o)} (${field(o.gridTitle)})`).join('; ')}.`;
};
export const findingOrgUnrated = (c: CriterionRef, gridTitle: string, years: readonly number[]) =>
  `${crit(c)}: chưa có kết quả xếp loại năm ${list(years)} (năm đã kết thúc) ở ${field(gridTitle)}; nếu đơn vị không có tổ chức này, chọn “Không có tổ chức này”.`;
export const findingOrgNoExcellent = (c: CriterionRef, gridTitles: readonly string[]) =>
  `${crit(c)}: chưa có năm nào tổ chức đảng, đoàn thể được xếp loại “Hoàn thành xuất sắc nhiệm vụ” (${list(gridTitles.map(field))}); đây là tiêu chí ưu tiên.`;

export const findingFieldMissing = (c: CriterionRef, fieldTitle: string) =>
  `${crit(c)}: chưa chọn lĩnh vực ở ${field(fieldTitle)}.`;
export const findingModelNameMissing = (c: CriterionRef, fieldTitle: string) =>
  `${crit(c)}: chưa ghi ${field(fieldTitle)}.`;
export const findingModelTypeMissing = (c: CriterionRef, fieldTitle: string) =>
  `${crit(c)}: chưa chọn ${field(fieldTitle)}.`;
export const findingHappySchoolTypeMissing = (c: CriterionRef, fieldTitle: string) =>
  `${crit(c)}: mô hình “Trường học hạnh phúc” phải nêu loại cụ thể (trường học nông trại, trường học gắn với du lịch, trường học thư viện xanh…) ở ${field(fieldTitle)}.`;
export const findingHappySchoolOtherMissing = (c: CriterionRef, fieldTitle: string) =>
  `${crit(c)}: đã chọn loại trường học hạnh phúc “Loại khác” nhưng chưa ghi rõ ở ${field(fieldTitle)}.`;
export const findingCollectiveWithoutModel = (c: CriterionRef, fieldTitle: string, choice: string) =>
  `${crit(c)}: tập thể phải đăng ký một mô hình cụ thể, không chọn ${q(choice)} ở ${field(fieldTitle)}.`;

// ---- identity and duplicates --------------------------------------------------------------------

export const flagSuperseded = (laterId: string) => `Phiếu này đã được thay thế bởi phiếu ${laterId} (cùng đơn vị đăng ký lại cùng đối tượng).`;
/** A registration of another subject that may be the same person (src/core/duplicates.ts markAlike), as notes name it. */
const alikeList = (refs: readonly { id: string; school: string }[]) => refs.map((a) => `${a.id} (${a.school})`).join(', ');
export const flagAlike = (refs: readonly { id: string; school: string }[], team = false) =>
  team
    ? `Có thể trùng tập thể với phiếu ${alikeList(refs)}: cùng đơn vị, tên tập thể chỉ khác nhau ở các chữ như “Tổ”, “Tổ chuyên môn”, “Nhóm” hay tên trường (có thể đơn vị gửi lại phiếu với tên viết khác thay vì sửa phiếu đã gửi). Nếu là một tập thể, Hội đồng chỉ xét một phiếu; nếu khác, bỏ qua ghi chú này.`
    : `Có thể trùng người với phiếu ${alikeList(refs)}: cùng họ tên (không kể chức danh, dấu câu, dấu thanh, hay tên gõ không dấu) và cùng năm sinh, hoặc cùng đơn vị mà năm sinh khác nhau (có thể một phiếu ghi nhầm năm sinh) hay một phiếu không ghi năm sinh. Nếu là một người, Hội đồng chỉ xét một phiếu; nếu khác người, bỏ qua ghi chú này.`;
export const flagOtherName = (refs: readonly { id: string; school: string }[]) =>
  `Có thể trùng đối tượng với phiếu ${otherNameList(refs)}: cùng tên, cùng đơn vị nhưng gửi dưới một tên khác của đơn vị (tên hiện nay hoặc tên ở cột “Tên cũ” của trang “Đơn vị”). Có thể là hai đối tượng của hai trường đã sáp nhập, hoặc một đối tượng đăng ký lại sau khi trường đổi tên: nếu là một, Hội đồng chỉ xét một phiếu; nếu khác, bỏ qua ghi chú này.`;
const otherNameList = (refs: readonly { id: string; school: string }[]) => refs.map((a) => `${a.id} (gửi dưới tên ${q(a.school)})`).join(', ');
export const flagUnverified = (email: string, school: string) =>
  email === ''
    ? `Chưa xác minh: phiếu không ghi nhận e-mail người gửi.`
    : `Chưa xác minh: e-mail người gửi ${q(email)} không có trong danh sách e-mail của đơn vị ${q(school)}.`;

// ---- school duties ------------------------------------------------------------------------------

/** `year`: "năm học 2021-2022". */
/**
 * A registration counts for the school year it was first sent in (school-duties.ts countedYears): an edit of last
 * year's does not fill this year, a new registration of the same subject does (it replaces the old one, which still
 * counts for its own year) — said here, where every other message tells the school to edit rather than send again
 * (review school #2).
 */
const DUTY_NEW_YEAR = (kind: string) =>
  ` Có thể đăng ký lại ${kind} đã đăng ký năm học trước bằng một phiếu mới: Hội đồng xét phiếu mới thay phiếu cũ, quyết định đã có về phiếu cũ không chuyển sang; phiếu cũ vẫn được tính vào số đăng ký tối thiểu của năm học trước. Sửa phiếu cũ không được tính cho năm học này.`;
/** `again`: the school registered one of this kind in an earlier year (the note on registering it again is for it alone: review vntext2 M2). */
/**
 * `lastDay` (dd/MM/yyyy): the last day a registration counts for this school year — 31 August, or the registration
 * window's last day in its last year (review yearahead R3: a school read "Hạn đăng ký: hết ngày 31/05/2028" as its
 * deadline for every school year). '' when that day is the window's and "Cấu hình" does not hold it as usable (a
 * stand-in is never told to schools: review now N3).
 */
const DUTY_LAST_DAY = (lastDay: string) => (lastDay ? ` Phiếu gửi đến hết ngày ${lastDay} được tính cho năm học này.` : '');
export const dutyNoCollective = (c: CriterionRef, fieldTitle: string, year: string, again: boolean, lastDay: string) =>
  `${crit(c)}: ${year}, đơn vị chưa gửi phiếu đăng ký tập thể nào trong năm học này (phiếu đăng ký, ${field(fieldTitle)} chọn “Tập thể”).${DUTY_LAST_DAY(lastDay)}${again ? DUTY_NEW_YEAR('tập thể') : ''}`;
export const dutyNoIndividual = (c: CriterionRef, fieldTitle: string, year: string, again: boolean, lastDay: string) =>
  `${crit(c)}: ${year}, đơn vị chưa gửi phiếu đăng ký cá nhân nào trong năm học này (phiếu đăng ký, ${field(fieldTitle)} chọn “Cá nhân”).${DUTY_LAST_DAY(lastDay)}${again ? DUTY_NEW_YEAR('cá nhân') : ''}`;
/**
 * A school year short of the minimum that no registration can fill any more (a registration counts for the school
 * year it was first sent in): told as history, not as a request. `past`: the school year is over; otherwise the
 * registration window has closed.
 */
export const dutyNoneRegistered = (c: CriterionRef, kind: 'collective' | 'individual', year: string, past: boolean) =>
  `${crit(c)}: ${year} ${past ? '(đã qua)' : '(đã hết hạn đăng ký)'}, đơn vị không đăng ký ${kind === 'collective' ? 'tập thể' : 'cá nhân'} nào.`;
export const dutyRegisteredIn = (c: CriterionRef, year: string) => `${crit(c)}: ${year}, đã đăng ký.`;
export const dutyNoRegistrationYear = (c: CriterionRef) => `${crit(c)}: chưa đến thời gian đăng ký.`;
export const dutyReportMissing = (c: CriterionRef, periodLabel: string, deadline: string, fieldTitle: string) =>
  `${crit(c)}: chưa gửi ${q(periodLabel)} (hạn ${deadline}); gửi qua biểu mẫu báo cáo, ${field(fieldTitle)} chọn ${q(periodLabel)}.`;
/**
 * A report overdue whose only report was sent on `sentOn`, before `from` (dd/MM/yyyy: reportCountsFrom), so it does not
 * count — the school did send one, with that period chosen (review d62 F2).
 */
export const dutyReportEarly = (c: CriterionRef, periodLabel: string, deadline: string, sentOn: string, from: string, fieldTitle: string) =>
  `${crit(c)}: chưa có báo cáo ${q(periodLabel)} được tính (hạn ${deadline}) — báo cáo gửi ngày ${sentOn} chọn kỳ này nhưng gửi trước ngày ${from}, có thể đã chọn nhầm kỳ; gửi lại qua biểu mẫu báo cáo, ${field(fieldTitle)} chọn ${q(periodLabel)}.`;
/**
 * A plan or report not sent whose deadline "Cấu hình" does not hold as a usable date (a stand-in, never told as the
 * school's deadline: review now N3). `office`: how the office names itself (officeWord).
 */
export const dutyReportUnsettled = (c: CriterionRef, periodLabel: string, office: string, fieldTitle: string) =>
  `${crit(c)}: chưa gửi ${q(periodLabel)} (hạn gửi đang được ${office} xác định lại); có thể gửi qua biểu mẫu báo cáo, ${field(fieldTitle)} chọn ${q(periodLabel)}.`;
export const dutyReportNotDue = (c: CriterionRef, periodLabel: string, deadline: string) =>
  `${crit(c)}: ${q(periodLabel)} chưa đến hạn (hạn ${deadline}).`;
export const dutyReportNoEvidence = (c: CriterionRef, periodLabel: string, docField: string, linkField: string) =>
  `${crit(c)}: ${q(periodLabel)} đã gửi nhưng chưa ghi ${field(docField)} hoặc ${field(linkField)} (hoặc ghi là chưa có văn bản).`;
/**
 * The only report of the period came from the address of `sender`, another school listed in "Đơn vị" (review d63 F6): the
 * school may well have written its document number; what keeps it from counting is the address (reportParseOtherSchool).
 */
export const dutyReportOtherSchool = (c: CriterionRef, periodLabel: string, sentOn: string, sender: string) =>
  `${crit(c)}: ${q(periodLabel)} đã gửi${sentOn ? ` ngày ${sentOn}` : ''} từ địa chỉ e-mail của ${q(sender)} nên chưa được tính cho đơn vị; gửi lại từ địa chỉ e-mail của đơn vị.`;
export const dutyReportMet = (c: CriterionRef, periodLabel: string) => `${crit(c)}: đã gửi ${q(periodLabel)}.`;
export const dutyNothingDue = (c: CriterionRef) => `${crit(c)}: chưa có kỳ báo cáo nào đến hạn.`;

/** A report sent from the address "Đơn vị" lists for another school than the one chosen (review reports H1). */
export const reportParseOtherSchool = (row: number, email: string, sender: string, fieldTitle: string, chosen: string) =>
  `Báo cáo dòng ${row}: gửi từ ${email}, địa chỉ của ${q(sender)} ở trang “${DIRECTORY_TAB}”, nhưng ${field(fieldTitle)} chọn ${q(chosen)}: không tính cho ${q(chosen)}. Nếu chọn nhầm đơn vị, trường gửi lại phiếu báo cáo với đúng đơn vị; nếu đúng là báo cáo của ${q(chosen)}, trường đó gửi lại từ địa chỉ của mình (hoặc cơ quan thêm địa chỉ này vào dòng của ${q(chosen)} ở trang “${DIRECTORY_TAB}”).`;
/** A six-monthly or annual report sent before its period began (the next year chosen by mistake: review reports M1). */
export const reportParseEarly = (row: number, fieldTitle: string, label: string) =>
  `Báo cáo dòng ${row}: ${field(fieldTitle)} chọn ${q(label)}, kỳ chưa bắt đầu khi báo cáo được gửi: không tính cho kỳ đó (có thể trường chọn nhầm năm). Trường gửi lại phiếu báo cáo, chọn đúng kỳ.`;
/** Sent in its year but before `from` (dd/MM/yyyy), when the period has not mostly run (review yearahead R2). */
export const reportParseTooSoon = (row: number, fieldTitle: string, label: string, from: string) =>
  `Báo cáo dòng ${row}: ${field(fieldTitle)} chọn ${q(label)} nhưng báo cáo được gửi trước ngày ${from}, chưa đến lúc báo cáo kết quả của kỳ này: không tính cho kỳ đó (có thể trường chọn nhầm kỳ, ví dụ báo cáo 6 tháng chọn thành báo cáo năm). Trường gửi lại phiếu báo cáo, chọn đúng kỳ.`;
/** A report naming a school "Đơn vị" lacks: what to do when it was renamed or merged, as for registrations (review r67r F3). */
export const reportParseUnknownSchool = (row: number, fieldTitle: string, value: string) =>
  `Báo cáo dòng ${row}: đơn vị ${q(value)} ở ${field(fieldTitle)} không có trong danh mục đơn vị, nên báo cáo không được tính cho đơn vị nào. Nếu trường đã đổi tên hoặc sáp nhập vào trường khác, ghi ${q(value)} vào cột ${q(DIRECTORY_HEADERS.former)} của trường hiện nay ở trang ${q(DIRECTORY_TAB)} (cách nhau bằng dấu “;”).`;
export const reportParseConflictingAnswers = (tab: string, row: number, fieldTitle: string, values: readonly string[], used: string) =>
  `Báo cáo dòng ${row}: ${field(fieldTitle)} có ${values.length} câu trả lời khác nhau (${list(values.map((v) => q(clip(v))))}) ở các cột cùng tiêu đề của trang tính ${q(tab)}; ` +
  `công cụ tạm đọc câu trả lời ở cột sau cùng (${q(clip(used))}). Thường trực thi đua hãy xóa ô sai ở dòng ${row} của trang tính ${q(tab)} để công cụ đọc đúng.`;
export const reportParseUnknownPeriod = (row: number, fieldTitle: string, value: string) =>
  `Báo cáo dòng ${row}: kỳ báo cáo ${q(value)} ở ${field(fieldTitle)} không thuộc giai đoạn đã cấu hình.`;

// ---- the "Tiêu chí" tab -------------------------------------------------------------------------

export const CRITERIA_TAB = 'Tiêu chí';
export const CRITERIA_HEADERS = ['Mã', 'Tiêu chí', 'Mục kế hoạch', 'Áp dụng cho', 'Bắt buộc', 'Cách kiểm tra'] as const;
export const MANDATORY_YES = 'Có';
export const MANDATORY_NO = 'Không';

export const criteriaErrorMissingHeader = (header: string) =>
  missingColumn(CRITERIA_TAB, header);
export const criteriaErrorUnknownId = (row: number, id: string) =>
  `${tabRow(CRITERIA_TAB, row)}: mã tiêu chí ${q(id)} không có trong danh mục; dòng này bị bỏ qua.`;
export const criteriaErrorDuplicateId = (row: number, id: string, firstRow: number) =>
  `${tabRow(CRITERIA_TAB, row)}: mã tiêu chí ${q(id)} đã có ở dòng ${firstRow}; dòng này bị bỏ qua.`;
/**
 * What a criterion is judged by while its "Bắt buộc" cannot be read: the value the last full run read (`recalled`: the
 * office's own, kept in the settings print), else the plan's default.
 */
const meanwhileValue = (meanwhile: string, recalled: boolean) => (recalled ? `giá trị đã đọc ở lần cập nhật trước ${q(meanwhile)}` : `giá trị mặc định ${q(meanwhile)}`);
export const criteriaErrorBadMandatory = (row: number, id: string, column: string, value: string, meanwhile: string, recalled = false) =>
  value === ''
    ? `${tabRow(CRITERIA_TAB, row)} (${id}), cột ${q(column)}: ô đang trống; chỉ ghi “${MANDATORY_YES}” hoặc “${MANDATORY_NO}”. Trong khi chờ sửa, công cụ dùng ${meanwhileValue(meanwhile, recalled)}${recalled ? '; lần Thiết lập sau ghi lại giá trị này vào ô' : ''}.`
    : `${tabRow(CRITERIA_TAB, row)} (${id}), cột ${q(column)}: giá trị ${q(value)} không hợp lệ; chỉ ghi “${MANDATORY_YES}” hoặc “${MANDATORY_NO}”. Trong khi chờ sửa, công cụ dùng ${meanwhileValue(meanwhile, recalled)}.`;
/**
 * "Bắt buộc" cannot be read at all (its header or the code's): every criterion is judged by the value the last full run
 * read (`recalled`), else by its default.
 */
export const criteriaErrorAllDefaults = (column: string, recalled = false) =>
  recalled
    ? `Trong khi chờ sửa dòng tiêu đề của trang ${q(CRITERIA_TAB)} (cột ${q(CRITERIA_HEADERS[0])} và cột ${q(column)} phải giữ đúng tên), mọi tiêu chí được kiểm tra theo giá trị của cột ${q(column)} đã đọc ở lần cập nhật trước, không theo các giá trị đang ghi ở trang này; giá trị sửa ở trang này từ nay chỉ có hiệu lực khi dòng tiêu đề đã được sửa.`
    : `Trong khi chờ sửa dòng tiêu đề của trang ${q(CRITERIA_TAB)}, mọi tiêu chí được kiểm tra theo giá trị mặc định của cột ${q(column)}, không theo các giá trị đã ghi ở trang này (kết luận của các phiếu có thể đổi).`;
/** A criterion of the catalogue whose row was deleted. */
export const criteriaErrorMissingRow = (id: string, label: string, column: string, meanwhile: string, recalled = false) =>
  `Trang tính ${q(CRITERIA_TAB)}: không có dòng của tiêu chí ${id} (${q(label)}); công cụ dùng ${meanwhileValue(meanwhile, recalled)} ở cột ${q(column)}. Chọn Điển hình tiên tiến → Thiết lập để ghi lại dòng này${recalled ? ' với giá trị đó' : ''}, rồi sửa giá trị nếu cần.`;
/** Every criterion's row cleared or deleted (the header alone left). */
export const criteriaErrorNoRows = (column: string, recalled: boolean) =>
  `Trang tính ${q(CRITERIA_TAB)} không còn dòng tiêu chí nào; công cụ dùng ${recalled ? `giá trị cột ${q(column)} đã đọc ở lần cập nhật trước` : `giá trị mặc định của cột ${q(column)}`} cho mọi tiêu chí. Chọn Điển hình tiên tiến → Thiết lập để ghi lại các dòng${recalled ? ' với các giá trị đó' : ''}, rồi sửa giá trị nếu cần.`;
/** Two rows of one criterion whose "Bắt buộc" differ (a row copied, one changed): neither is taken, whatever their order. */
export const criteriaErrorCopiesDisagree = (id: string, rows: readonly number[], values: readonly string[], column: string, meanwhile: string, recalled: boolean) =>
  `Trang tính ${q(CRITERIA_TAB)}: tiêu chí ${id} có ở các dòng ${rows.join(', ')} với giá trị khác nhau ở cột ${q(column)} (${values.map((v) => q(v)).join(', ')}); công cụ không chọn theo thứ tự dòng (sắp xếp trang sẽ đổi kết luận) mà dùng ${meanwhileValue(meanwhile, recalled)} cho đến khi chỉ còn một dòng. Xóa dòng thừa, giữ dòng có giá trị đúng.`;

/** Added to "Cách kiểm tra" of a criterion whose basis has ceased; `from`: yyyy-MM-dd. */
export const criteriaObsoleteNote = (from: string, basis: string) =>
  `Không còn áp dụng từ ngày ${from.split('-').reverse().join('/')}${basis ? ` (${basis})` : ''}: từ ngày này công cụ không xét tiêu chí này (kết quả “Không áp dụng”).`;

/**
 * The office's own staff (rated per calendar year, before 15/12): their row of a school year holds the rating of the
 * calendar year it starts in and counts from 1/11 of that year (config.ts OFFICIAL_RATED_FROM), due from 15/01. So
 * are the office's leaders registered under it as "Cán bộ quản lý" (registration.ts ratedPerCalendarYear; plan II.1,
 * II.2.b; review r81c F1).
 */
const OFFICIAL_RATING_RULE =
  'Công chức, viên chức của cơ quan quản lý giáo dục (xếp loại theo năm, trước ngày 15/12): kết quả ghi ở dòng năm học là kết quả của năm bắt đầu năm học, được tính từ ngày 01/11 của năm đó; từ ngày 15/01 năm sau, năm học chưa ghi kết quả là cần bổ sung. Người đăng ký ở đơn vị là chính cơ quan quản lý giáo dục cũng vậy, dù chọn vị trí việc làm nào (kể cả lãnh đạo cơ quan chọn “Cán bộ quản lý”).';

/** The "Cách kiểm tra" column: how a criterion is checked, in one sentence. */
export function howCheckedText(evaluator: string, fields: readonly string[], namedNeeded = 2): string {
  const f = list(fields.map(field));
  switch (evaluator) {
    case 'registered':
      return `Phiếu đăng ký có đủ ${f} và đơn vị có trong danh mục.`;
    case 'selfDeclared':
      return fields.length > 1
        ? `Đạt khi trả lời “Có” ở ${field(fields[0])} và có minh chứng ở ${field(fields[1])}; “Có” mà thiếu minh chứng là cần bổ sung.`
        : `Đạt khi trả lời “Có” ở ${field(fields[0])}.`;
    case 'initiatives':
      return `Có ít nhất một sáng kiến, giải pháp ghi đủ tên, cấp công nhận, số quyết định và năm công nhận.`;
    case 'initiativesNamed':
      return namedNeeded >= 2
        ? `Ghi tên ít nhất hai sáng kiến, giải pháp (đã hoặc chưa được công nhận) ở các mục “Sáng kiến, giải pháp …: tên sáng kiến, giải pháp”.`
        : `Ghi tên ít nhất một sáng kiến, giải pháp (đã hoặc chưa được công nhận) ở mục “Sáng kiến, giải pháp …: tên sáng kiến, giải pháp” (phiếu chỉ có một mục sáng kiến: “Số sáng kiến trên phiếu” ở trang “Cấu hình”).`;
    case 'movements':
      return `Chọn “${MOVEMENT_COLUMNS.yes}” ở mọi dòng của ${f}.`;
    case 'movementsActive':
      return `Chọn “${MOVEMENT_COLUMNS.yes}” ở ít nhất một dòng của ${f} (các phong trào kế hoạch nêu là ví dụ đối với cá nhân, “như”); chọn “${MOVEMENT_COLUMNS.no}” ở mọi dòng là chưa đạt.`;
    case 'conditionAbsent':
      return `Chọn “Không có” ở dòng tương ứng của ${f}.`;
    case 'ratingsAtLeastGood':
      return `Mọi năm học đã được tính của giai đoạn ở ${f} đạt “Hoàn thành tốt nhiệm vụ” trở lên; bỏ qua năm học ${notWorkedYears('list')}. Kết quả năm học được tính từ “Ngày tính kết quả xếp loại năm học” (trang “Cấu hình”, mặc định 01/06) của năm kết thúc năm học; một tháng sau ngày đó, năm học chưa ghi kết quả là cần bổ sung. ${OFFICIAL_RATING_RULE}`;
    case 'ratingsExcellentYear':
      return `Ít nhất một năm học đã được tính ở ${f} đạt “Hoàn thành xuất sắc nhiệm vụ” (kết quả năm học được tính từ “Ngày tính kết quả xếp loại năm học”, mặc định 01/06, của năm kết thúc năm học); xét từ ngày sơ kết giữa giai đoạn. ${OFFICIAL_RATING_RULE}`;
    case 'orgRatingsAtLeastGood':
      return `Mọi năm đã có kết quả xếp loại (tính từ ngày 01/12 của năm; năm để trống chỉ cần bổ sung từ ngày 01/02 năm sau) ở ${f} đạt “Hoàn thành tốt nhiệm vụ” trở lên (bỏ qua tổ chức đơn vị không có).`;
    case 'orgRatingsExcellent':
      return `Có năm đã có kết quả xếp loại (tính từ ngày 01/12 của năm) ở ${f} đạt “Hoàn thành xuất sắc nhiệm vụ”.`;
    case 'fieldChosen':
      return `Đã chọn ${f}.`;
    case 'modelType':
      return `Có tên và loại mô hình; “Trường học hạnh phúc” phải chọn loại cụ thể (loại khác phải ghi rõ).`;
    case 'schoolHasCollective':
      return `Mỗi năm học trong thời gian đăng ký, đơn vị gửi ít nhất một phiếu đăng ký tập thể (tính theo ngày gửi phiếu).`;
    case 'schoolHasIndividual':
      return `Mỗi năm học trong thời gian đăng ký, đơn vị gửi ít nhất một phiếu đăng ký cá nhân (tính theo ngày gửi phiếu).`;
    case 'schoolPlan':
      return `Đơn vị gửi kế hoạch qua biểu mẫu báo cáo (kỳ báo cáo “Kế hoạch…”), có số, ngày văn bản hoặc đường liên kết.`;
    case 'halfYearReports':
      return `Mỗi kỳ báo cáo 6 tháng đã đến hạn có một báo cáo qua biểu mẫu báo cáo.`;
    case 'annualReports':
      return `Mỗi kỳ báo cáo năm đã đến hạn có một báo cáo qua biểu mẫu báo cáo.`;
    default:
      return evaluator;
  }
}

// ---- tab names ----------------------------------------------------------------------------------

/** Default names Google gives the response tabs of the first and second form linked to a spreadsheet. */
export const DEFAULT_RESPONSE_TAB = 'Câu trả lời biểu mẫu 1';
export const DEFAULT_REPORT_TAB = 'Câu trả lời biểu mẫu 2';
export const CONFIG_TAB = 'Cấu hình';
