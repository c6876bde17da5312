// The Vietnamese texts of the two Google Forms: question titles, choices, grid rows and columns.
// These strings are the contract between the form, the response sheet headers and the parser: change a
// title here and the form, the parser and the tests follow. Kept apart from registration-form.ts so the
// criteria catalogue can name the fields it reads without an import cycle.

/** Question titles of the registration form (fixed ones; per-slot and per-criterion titles below). */
export const Q = {
  school: 'Đơn vị (trường)',
  submitter: 'Người khai phiếu (họ và tên, chức vụ)',
  phone: 'Số điện thoại liên hệ',
  kind: 'Đối tượng đăng ký',
  collectiveKind: 'Loại tập thể',
  collectiveName: 'Tên tập thể đăng ký',
  individualName: 'Họ và tên cá nhân đăng ký',
  birthYear: 'Năm sinh',
  role: 'Vị trí việc làm',
  partyMember: 'Là đảng viên',
  head: 'Là người đứng đầu cơ quan, đơn vị',
  individualRatings: 'Kết quả đánh giá, xếp loại cá nhân từng năm học',
  partyRatings: 'Xếp loại tổ chức đảng hằng năm (nếu có)',
  unionRatings: 'Xếp loại công đoàn hằng năm (nếu có)',
  youthRatings: 'Xếp loại Đoàn Thanh niên hằng năm (nếu có)',
  conditions: 'Trong giai đoạn, tập thể có trường hợp nào sau đây không?',
  unitConditions: 'Trong giai đoạn, đơn vị có trường hợp nào sau đây không?',
  modelName: 'Tên mô hình, điển hình đăng ký',
  field: 'Lĩnh vực của mô hình, điển hình',
  modelType: 'Loại mô hình',
  happySchoolType: 'Loại trường học hạnh phúc cụ thể',
  happySchoolOther: 'Loại trường học hạnh phúc khác (ghi rõ)',
  movements: 'Tham gia các phong trào thi đua của ngành',
  summary: 'Tóm tắt thành tích, cách làm hay',
} as const;

/** Titles of the n-th initiative slot (1-based). */
export const initiativeTitles = (n: number) => ({
  name: `Sáng kiến, giải pháp ${n}: tên sáng kiến, giải pháp`,
  level: `Sáng kiến, giải pháp ${n}: cấp công nhận`,
  decision: `Sáng kiến, giải pháp ${n}: số quyết định công nhận`,
  year: `Sáng kiến, giải pháp ${n}: năm công nhận`,
});

export const YES = 'Có';
export const NO = 'Không';
export const YES_NO = [YES, NO] as const;

export const ROLE_CHOICES = {
  manager: 'Cán bộ quản lý',
  teacher: 'Giáo viên',
  staff: 'Nhân viên',
  worker: 'Người lao động',
  // II.1: "cán bộ, công chức, viên chức … ngành GD&ĐT" includes the staff of the office itself.
  official: 'Công chức, viên chức của cơ quan quản lý giáo dục',
} as const;

// The role questions are optional in the form (whom they bind depends on the role) but mandatory criteria for their
// group (criteria.ts appliesTo, validate.ts isManagerGroup / isStaffGroup): the help says first who must answer.
/** The help of the question for managers, Party members and heads (CN-08: section II.2.b of the plan). */
const MANAGER_HELP =
  `Bắt buộc đối với cán bộ quản lý, đảng viên, người đứng đầu: người chọn “${ROLE_CHOICES.manager}” ở câu “${Q.role}”, hoặc trả lời “${YES}” ở câu “${Q.partyMember}” hay câu “${Q.head}”. ` +
  'Bỏ trống thì phiếu sẽ phải bổ sung. Người không thuộc các trường hợp trên bỏ qua câu này.';
/**
 * The roles the staff's questions bind, as the help names them: the office's own only when the form offers it
 * (`official`: "Đơn vị" lists the office — review d78 F2).
 */
const staffRoles = (official: boolean) =>
  official
    ? `“${ROLE_CHOICES.teacher}”, “${ROLE_CHOICES.staff}”, “${ROLE_CHOICES.worker}” hoặc “${ROLE_CHOICES.official}”`
    : `“${ROLE_CHOICES.teacher}”, “${ROLE_CHOICES.staff}” hoặc “${ROLE_CHOICES.worker}”`;
/**
 * The help of the questions for staff (CN-11, CN-12: section II.2.b of the plan, "Nếu là giáo viên, nhân viên, người
 * lao động …"). A head is not asked them (validate.ts isStaffGroup: II.2.b puts heads under the managers' rule; review
 * r81c F2).
 */
const staffHelp = (official: boolean) =>
  `Bắt buộc đối với giáo viên, nhân viên, người lao động${official ? ' và công chức, viên chức của cơ quan quản lý giáo dục' : ''}: người chọn ${staffRoles(official)} ở câu “${Q.role}” mà không phải người đứng đầu, kể cả khi là đảng viên. ` +
  `Bỏ trống thì phiếu sẽ phải bổ sung; trả lời “${YES}” thì ghi minh chứng ở câu ngay sau. Người chọn “${ROLE_CHOICES.manager}” hoặc trả lời “${YES}” ở câu “${Q.head}” bỏ qua câu này.`;

/**
 * Self-declared yes/no questions and their evidence questions, keyed by criterion id. `obtain`: what a unit may still
 * obtain after registering and before the selection (a "Không" may then mean "not yet"), as the finding names it.
 * `printed`: the evidence is what the Báo cáo thành tích prints as "các hình thức khen thưởng đã được ghi nhận"
 * (src/core/proposals.ts declaredAwards): its help asks for words, not a link (printedAwardQuestions).
 */
export const SELF_DECLARED: Record<string, { question: string; evidence?: string; help?: string | ((official: boolean) => string); obtain?: string; printed?: boolean }> = {
  'TT-02-DAN-DAU': {
    question: 'Tập thể dẫn đầu phong trào thi đua, tổ chức các phong trào thi đua thiết thực, hiệu quả',
    evidence: 'Minh chứng dẫn đầu phong trào thi đua (danh hiệu, hình thức khen thưởng; số, ngày quyết định)',
    printed: true,
  },
  'TT-03-NHIEM-VU': {
    question:
      'Tập thể hoàn thành tốt nhiệm vụ chính trị, các chỉ tiêu thi đua được giao và thực hiện các mục tiêu nghị quyết, chương trình, đề án, kế hoạch phát triển giáo dục và đào tạo của địa phương',
    evidence: 'Minh chứng hoàn thành nhiệm vụ (kết quả đánh giá, xếp loại tập thể; số, ngày văn bản)',
  },
  'TT-06-CHAP-HANH': {
    question: 'Tập thể gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương',
  },
  'TT-07-CT05': {
    question:
      'Hằng năm, đơn vị xây dựng và thực hiện nghiêm túc chương trình, kế hoạch thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị; đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vào chương trình công tác và sinh hoạt thường xuyên của chi bộ, cơ quan, đoàn thể',
    evidence: 'Minh chứng thực hiện Chỉ thị 05-CT/TW (số, ngày kế hoạch của từng năm; đường liên kết)',
    // The unit's own yearly plan: it can issue it.
    obtain: 'kế hoạch thực hiện Chỉ thị 05-CT/TW của năm',
  },
  'TT-08-AN-TOAN': {
    question: 'Tập thể bảo đảm an toàn lao động, vệ sinh môi trường và vệ sinh an toàn thực phẩm',
  },
  'TT-09-QUY': {
    question: 'Tập thể tích cực tham gia xây dựng các quỹ, các hoạt động nhân đạo, từ thiện',
    evidence: 'Minh chứng tham gia các quỹ, hoạt động nhân đạo, từ thiện (tóm tắt kết quả)',
  },
  'CN-03-THANH-TICH': {
    question: 'Cá nhân đạt thành tích xuất sắc, tiêu biểu trong công tác, học tập, nghiên cứu khoa học, giảng dạy',
    evidence: 'Minh chứng thành tích (danh hiệu, giải thưởng; số, ngày quyết định)',
    printed: true,
  },
  'CN-05-CAM-KET': {
    question: 'Cá nhân thực hiện có hiệu quả cam kết chất lượng giáo dục đã ký kết hằng năm',
    evidence: 'Minh chứng thực hiện cam kết chất lượng giáo dục (kết quả năm gần nhất)',
  },
  'CN-06-CHAP-HANH': {
    question: 'Cá nhân chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, quy định của cơ quan, đơn vị và địa phương',
  },
  'CN-07-GDVH': {
    question: 'Gia đình cá nhân đạt danh hiệu “Gia đình văn hóa”',
    evidence: 'Minh chứng “Gia đình văn hóa” (năm công nhận, nơi công nhận)',
    // Recognised every year by the place of residence.
    obtain: 'giấy công nhận “Gia đình văn hóa”',
  },
  'CN-08-NEU-GUONG': {
    question: 'Cán bộ quản lý, đảng viên, người đứng đầu: thực hiện tốt trách nhiệm nêu gương về mọi mặt',
    help: MANAGER_HELP,
  },
  'CN-11-SUY-TON': {
    question: 'Giáo viên, nhân viên, người lao động: được cơ sở suy tôn, bình xét',
    evidence: 'Minh chứng suy tôn, bình xét (số, ngày biên bản họp)',
    help: staffHelp,
    // The unit's meeting often comes after the registration.
    obtain: 'biên bản họp suy tôn, bình xét của cơ sở',
  },
  'CN-12-CAP-UY': {
    question: 'Giáo viên, nhân viên, người lao động: được cấp ủy xác nhận, đề nghị tuyên dương, khen thưởng',
    evidence: 'Minh chứng xác nhận của cấp ủy (số, ngày văn bản; đường liên kết)',
    help: staffHelp,
    obtain: 'văn bản xác nhận của cấp ủy',
  },
};

/** The evidence questions of SELF_DECLARED the Báo cáo thành tích prints (`printed`), in the catalogue's order. */
export const printedAwardQuestions = (): string[] =>
  Object.values(SELF_DECLARED)
    .filter((d) => d.printed && d.evidence)
    .map((d) => d.evidence!);

export const KIND_CHOICES = { collective: 'Tập thể', individual: 'Cá nhân' } as const;

/** Kinds of collective (II.1): the whole school or office, or a part of it (a team, a youth branch …). */
export const COLLECTIVE_KIND_CHOICES = {
  whole: 'Toàn đơn vị (cả trường hoặc cả cơ quan)',
  part: 'Bộ phận của đơn vị (tổ chuyên môn, tổ văn phòng, chi đoàn…)',
} as const;

/** Columns of every yearly rating grid, best first. */
export const RATING_CHOICES = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  done: 'Hoàn thành nhiệm vụ',
  failed: 'Không hoàn thành nhiệm vụ',
  none: 'Chưa đánh giá',
} as const;

/**
 * The extra columns of the individual rating grid: a year the person did not work, was newly recruited in, or worked
 * less than six months of and so, by law, was not rated (NĐ 90/2020/NĐ-CP Điều 2 khoản 3, as amended by NĐ
 * 48/2023/NĐ-CP: "có thời gian công tác trong năm chưa đủ 06 tháng thì không thực hiện việc đánh giá, xếp loại chất
 * lượng … trừ trường hợp nghỉ chế độ thai sản"; review r75f F2).
 */
export const WORK_CHOICES = {
  notEmployed: 'Chưa công tác',
  newHire: 'Mới tuyển dụng',
  notRated: 'Không xếp loại (công tác chưa đủ 06 tháng)',
} as const;

/** The extra column of the Party/union rating grids. */
export const ORG_ABSENT = 'Không có tổ chức này';

/** Grid row of a calendar year (Party and union ratings, made at the end of the calendar year). */
export const yearRow = (y: number) => `Năm ${y}`;
/** Grid row of the school year that starts in `y` (individual ratings, made at the end of the school year). */
export const schoolYearRow = (y: number) => `Năm học ${y}-${y + 1}`;

/** The four movements of the sector (II.2.a, II.2.b). */
export const MOVEMENTS = {
  dayTot: 'Dạy tốt, học tốt',
  doiMoi: 'Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập',
  hanhPhuc: 'Xây dựng trường học hạnh phúc',
  vanMinh: 'Xây dựng cơ quan, đơn vị văn minh, hiện đại, xanh, sạch, đẹp',
} as const;
export const MOVEMENT_COLUMNS = { yes: 'Có tham gia', no: 'Chưa tham gia' } as const;

/** The five "no" conditions for collectives (II.2.a, last paragraph). */
export const CONDITIONS = {
  ethics: 'Cán bộ, giáo viên, nhân viên vi phạm đạo đức nhà giáo',
  pupilRules: 'Học sinh vi phạm nội quy, quy định',
  dropout: 'Học sinh bỏ học',
  thirdChild: 'Cán bộ, giáo viên vi phạm quy định sinh con thứ 3',
  complaints: 'Đơn thư khiếu kiện',
} as const;
export const CONDITION_COLUMNS = { none: 'Không có', some: 'Có' } as const;

/** Fields of III.3. */
export const FIELD_CHOICES = {
  education: 'Giáo dục và Đào tạo (mục 3.1)',
  hcm: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (mục 3.2)',
  both: 'Cả hai lĩnh vực',
} as const;

/** Model types of III.3.1 and III.4.a. */
export const MODEL_CHOICES = {
  happySchool: 'Trường học hạnh phúc',
  happyClass: 'Lớp học hạnh phúc',
  granary: 'Kho thóc khuyến học',
  other: 'Mô hình khác (ghi rõ ở tên mô hình)',
  none: 'Điển hình cá nhân, không gắn với mô hình',
} as const;

export const HAPPY_SCHOOL_CHOICES = {
  farm: 'Trường học nông trại',
  tourism: 'Trường học gắn với du lịch',
  greenLibrary: 'Trường học thư viện xanh',
  other: 'Loại khác',
} as const;

/**
 * The concrete type of a "Trường học hạnh phúc" (its own words when "Loại khác"); '' for any other model type: the
 * concrete-type question is on the page whatever the type, and an answer left there from an earlier choice, or given
 * "because the school is one", is not the model's (review form #6: "Lớp học hạnh phúc: Trường học nông trại").
 */
export function happySchoolConcrete(type: string, concrete: string, other: string): string {
  if (type !== MODEL_CHOICES.happySchool) return '';
  return concrete === HAPPY_SCHOOL_CHOICES.other ? other : concrete;
}

/**
 * Reach of a recognised initiative, lowest first, as the Luật Thi đua, khen thưởng 2022 (06/2022/QH15) names it for
 * the titles Chiến sĩ thi đua cơ sở / cấp bộ, ngành, tỉnh / toàn quốc; the index + 1 is the level's score.
 */
export const INITIATIVE_LEVELS = ['Cấp cơ sở', 'Cấp bộ, ngành, tỉnh', 'Toàn quốc'] as const;
/** Levels of earlier forms, read as today's level (index into INITIATIVE_LEVELS). */
export const LEGACY_INITIATIVE_LEVELS: Record<string, number> = {
  'Cấp trường': 0,
  'Cấp xã/phường': 0,
  'Cấp huyện/thành phố': 0,
  'Cấp tỉnh': 1,
  'Cấp Bộ': 1,
};

/** Columns Google adds to every response sheet, in Vietnamese and English interfaces. */
export const TIMESTAMP_HEADERS = ['Dấu thời gian', 'Timestamp'] as const;
export const EMAIL_HEADERS = ['Địa chỉ email', 'Email Address'] as const;

/** Question titles of the progress-report form (IV.2). */
export const R = {
  school: 'Đơn vị báo cáo',
  period: 'Kỳ báo cáo',
  docRef: 'Số, ngày văn bản',
  summary: 'Tóm tắt kết quả thực hiện',
  link: 'Đường liên kết tới văn bản',
} as const;

/**
 * What the registration form tells its respondent about the personal data it collects (Luật Bảo vệ dữ liệu cá nhân 2025,
 * số 91/2025/QH15, Điều 4 and 9; Nghị định 356/2025/NĐ-CP, which replaced NĐ 13/2023/NĐ-CP from 01/01/2026): the kinds
 * of data the form asks — Party membership among them, data that may reveal political views (NĐ 356/2025 Điều 4) —, the
 * purpose, who receives it, and the person's right to see, correct or withdraw her registration (review r74p F2). The
 * one filling the form is often a clerk writing a colleague's data, hence the last sentence.
 */
const PERSONAL_DATA_NOTICE = (org: string) =>
  `Thông tin cá nhân trên phiếu (họ tên, năm sinh, giới tính, quê quán, nơi ở, chức vụ, trình độ, có là đảng viên hay không (cán bộ quản lý, người đứng đầu không phải trả lời), kết quả đánh giá, xếp loại từng năm; e-mail người gửi và số điện thoại liên hệ) chỉ dùng để kiểm tra, thẩm định và đề nghị khen thưởng mô hình, điển hình tiên tiến: do ${org} và Hội đồng Thi đua - Khen thưởng xem xét, in vào hồ sơ đề nghị khen thưởng gửi cấp có thẩm quyền; đơn vị xem được phiếu của đơn vị mình. Người có thông tin trên phiếu có quyền đề nghị ${org} (qua đơn vị hoặc trực tiếp) cho xem, sửa hoặc rút phiếu của mình, và khi rút phiếu, xóa thông tin cá nhân trên phiếu. Người điền phiếu thay cho người khác cần báo cho người đó biết.`;

/** Form titles and descriptions. */
export const FORM_TEXT = {
  registrationTitle: (period: string) => `Đăng ký mô hình, điển hình tiên tiến giai đoạn ${period}`,
  /** `closes`: the last day of the registration window (dd/MM/yyyy). */
  /**
   * `minimum`: the parts of the school's minimum (III.1) the office requires (school-duties.ts minimumParts): only those are
   * stated, none when neither is (review d67 #8).
   */
  registrationDescription: (org: string, closes: string, minimum: { collective: boolean; individual: boolean } = { collective: true, individual: true }) =>
    `Phiếu đăng ký mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước gửi ${org}. ${
      minimum.collective || minimum.individual
        ? `Mỗi năm học, mỗi đơn vị gửi phiếu đăng ký ít nhất ${minimum.collective && minimum.individual ? '01 tập thể và 01 cá nhân' : minimum.collective ? '01 tập thể' : '01 cá nhân'}; mỗi tập thể hoặc cá nhân điền một phiếu.`
        : 'Mỗi tập thể hoặc cá nhân điền một phiếu.'
    } Phiếu đã gửi thì sửa bằng đường dẫn trong thư báo kết quả kiểm tra, không gửi phiếu mới: phiếu mới cho cùng tập thể, cùng cá nhân (cùng tên, cùng năm sinh) được xét thay phiếu cũ — hai người khác nhau cùng tên, cùng năm sinh thì ghi quê quán của từng người để cả hai phiếu được xét. Sang năm học sau, đơn vị có thể đăng ký lại tập thể, cá nhân đã đăng ký bằng phiếu mới (phiếu cũ không còn được xét${minimum.collective || minimum.individual ? ' nhưng vẫn được tính vào số đăng ký tối thiểu của năm học trước' : ''}); sửa phiếu cũ không được tính là đăng ký của năm học mới. Nên gửi phiếu từ địa chỉ e-mail của đơn vị đã đăng ký với ${org} (phiếu gửi từ địa chỉ khác được ghi “chưa xác minh” và không thay phiếu đã gửi từ địa chỉ của đơn vị). Hạn đăng ký: hết ngày ${closes} (phiếu gửi lần đầu sau hạn vẫn được kiểm tra, Hội đồng Thi đua - Khen thưởng cân nhắc khi thẩm định; phiếu gửi trong hạn được sửa, bổ sung sau hạn không bị tính là muộn).\n\n${PERSONAL_DATA_NOTICE(org)}`,
  reportTitle: (period: string) => `Báo cáo kết quả xây dựng điển hình tiên tiến giai đoạn ${period}`,
  reportDescription: (org: string) =>
    `Các đơn vị gửi kế hoạch của đơn vị, báo cáo 6 tháng và báo cáo năm về ${org} qua biểu mẫu này.`,
  pageCommon: 'Thông tin chung',
  pageCollective: 'Tiêu chuẩn đối với tập thể',
  pageIndividual: 'Tiêu chuẩn đối với cá nhân',
  pageModel: 'Lĩnh vực, mô hình, phong trào và sáng kiến',
  helpSchool: 'Chọn đúng tên đơn vị trong danh sách.',
  helpKind: 'Chọn Tập thể hoặc Cá nhân; mỗi phiếu đăng ký một tập thể hoặc một cá nhân.',
  helpBirthYear: 'Ghi 4 chữ số, ví dụ 1985.',
  // Shown by the form when the birth year is not a year (registration-form.ts numberRange).
  invalidBirthYear: 'Ghi năm sinh bằng 4 chữ số, từ 1900 đến năm nay, ví dụ 1985 (không ghi ngày, tháng hay chữ “năm”).',
  // Printed in section II (thành tích đạt được) of every form of the Báo cáo thành tích (proposals.ts: {{thanh_tich}}).
  helpSummary:
    'Phần này được in vào mục II “Thành tích đạt được” của báo cáo thành tích đề nghị khen thưởng. Viết thành đoạn văn, nêu: đã làm gì (nội dung mô hình, việc làm cụ thể); làm như thế nào (biện pháp, cách làm hay); kết quả ra sao, có số liệu cụ thể (tỷ lệ, số lượng, giải thưởng; so với trước khi thực hiện). Khoảng 5–15 dòng (100–300 chữ).',
  // The office's own staff are rated per calendar year, before 15/12 (Nghị định 90/2020/NĐ-CP, Điều 20): the year a
  // school year starts in is rated by 15/12 of that year; their row of that school year counts from 1/11, the months of the evaluations (config.ts:
  // schoolYearRatedFrom, OFFICIAL_RATED_FROM). So are its leaders registered under it as "Cán bộ quản lý" (registration.ts
  // ratedPerCalendarYear; plan II.1, II.2.b; review r81c F1).
  /** `firstYear`: the first school year of the period (by the year it starts in), for the example. */
  /**
   * `ratedFrom`, `due`: the days (dd/MM) from which a school year's rating counts and by which it is due, for the staff
   * of a school (config.ts schoolYearRatedFrom, schoolYearRatingDue): a result written earlier is set aside, so the
   * grid says so, as the units' grids do (review form #3).
   */
  helpRatings: (firstYear: number, ratedFrom: string, due: string, official = true) =>
    `Chọn kết quả của từng năm học; năm học chưa có kết quả chính thức (kể cả năm học đang diễn ra) chọn “Chưa đánh giá”; năm học chưa về công tác tại ngành chọn “Chưa công tác”; năm học mới được tuyển dụng (chưa xếp loại) chọn “Mới tuyển dụng”; năm học có thời gian công tác chưa đủ 06 tháng (nghỉ ốm dài ngày, nghỉ không lương, đi học tập trung…) nên không được đánh giá, xếp loại chọn “${WORK_CHOICES.notRated}” — nghỉ thai sản vẫn được xếp loại, ghi kết quả như mọi năm. Kết quả của một năm học được tính khi ghi từ ngày ${ratedFrom} (cuối năm học đó), và cần ghi trước ngày ${due}; ghi sớm hơn thì chưa được tính, khi đó sửa phiếu đã gửi (bằng đường dẫn trong thư báo kết quả kiểm tra) từ ngày ${ratedFrom}.${official ? ` Công chức, viên chức của cơ quan quản lý giáo dục, kể cả lãnh đạo cơ quan chọn “${ROLE_CHOICES.manager}” (đánh giá, xếp loại theo năm, trước ngày 15/12) ghi kết quả của năm bắt đầu năm học đó, ví dụ năm học ${firstYear}-${firstYear + 1} ghi kết quả năm ${firstYear}.` : ''}`,
  helpCollectiveKind:
    'Chọn “Toàn đơn vị” khi đăng ký cả trường hoặc cả cơ quan; chọn “Bộ phận” khi đăng ký một tổ chuyên môn, tổ văn phòng, chi đoàn… (bộ phận không khai xếp loại tổ chức đảng, đoàn thể và các câu hỏi chung của đơn vị).',
  // The grid is required (every row answered, registration-form.ts): each case a school can be in has its column.
  // The two days are config.ts ORG_RATED_FROM and ORG_RATING_DUE (written here: this file imports nothing; a test checks them).
  helpOrgRatings: `Chọn ở tất cả các hàng, mỗi năm một ô. Đơn vị không có tổ chức này: chọn “${ORG_ABSENT}” ở tất cả các năm. Năm chưa có kết quả xếp loại (các năm sau; năm hiện tại cho đến khi có kết quả, thường vào tháng 12): chọn “${RATING_CHOICES.none}”; khi có kết quả, sửa phiếu đã gửi (bằng đường dẫn trong thư báo kết quả kiểm tra) để ghi kết quả. Kết quả của một năm được tính khi ghi từ ngày 01/12 của năm đó, và cần ghi trước ngày 01/02 năm sau.`,
  helpModelName:
    'Tên mô hình, ví dụ “Trường học nông trại xanh”, “Thư viện thân thiện của lớp 3A”. Cá nhân không gắn với mô hình (chọn “Điển hình cá nhân, không gắn với mô hình” ở câu “Loại mô hình” bên dưới): ghi nội dung điển hình, ví dụ “Giáo viên tiêu biểu đổi mới phương pháp dạy học”.',
  helpHappySchool: 'Bắt buộc khi loại mô hình là “Trường học hạnh phúc”.',
  /**
   * What a collective and an individual need, as the office's "Tiêu chí" has it (review form #1: "kể cả khi chưa được
   * công nhận" was said to both, while a collective needs one recognised): `collectiveRecognised`, TT-04 applies;
   * `individualNamed`, how many named ones CN-02 asks (0: it does not apply).
   */
  helpInitiative: (collectiveRecognised: boolean, individualNamed: number) =>
    'Ghi các sáng kiến, giải pháp trong công tác quản lý, giảng dạy, lao động của tập thể hoặc cá nhân; mỗi sáng kiến, giải pháp ghi một lần, ở một mục.' +
    (collectiveRecognised ? ' Tập thể: cần ít nhất 01 sáng kiến, giải pháp đã được cấp có thẩm quyền công nhận, ghi đủ cấp công nhận, số quyết định và năm công nhận.' : '') +
    (individualNamed > 0 ? ` Cá nhân: ghi ít nhất ${String(individualNamed).padStart(2, '0')} sáng kiến, giải pháp, kể cả khi chưa được công nhận.` : '') +
    ' Sáng kiến, giải pháp đã được công nhận thì ghi thêm cấp công nhận, số quyết định và năm công nhận; được công nhận ở nhiều cấp thì ghi cấp cao nhất.',
  /**
   * Who must answer: Party membership is sensitive personal data (NĐ 356/2025/NĐ-CP Điều 4), asked only of those whose
   * criteria depend on it. A manager or a head is held to the criteria of cán bộ quản lý, đảng viên, người đứng đầu
   * whatever she answers, so she may leave it blank (review r76p F1; validate.ts isManagerGroup). Then who is held to the
   * ratings of that group (II.2.b; CN-09, CN-10 when they apply): said where a school says a person is a Party member,
   * before it chooses whom to register (review form #2).
   */
  helpPartyMember: (everyYearGood: boolean, oneYearExcellent: boolean, official = true) =>
    `Bắt buộc đối với người chọn ${staffRoles(official)} ở câu “${Q.role}” mà không phải người đứng đầu: bỏ trống thì phiếu sẽ phải bổ sung. ` +
    `Người chọn “${ROLE_CHOICES.manager}” hoặc trả lời “${YES}” ở câu “${Q.head}” được để trống câu này (tiêu chuẩn của họ không phụ thuộc vào câu trả lời).` +
    (everyYearGood || oneYearExcellent
      ? ` Cán bộ quản lý, đảng viên và người đứng đầu phải ${[
          ...(everyYearGood ? ['được xếp loại từ “Hoàn thành tốt nhiệm vụ” trở lên ở mỗi năm học'] : []),
          ...(oneYearExcellent ? ['có ít nhất 01 năm học được xếp loại “Hoàn thành xuất sắc nhiệm vụ” trong giai đoạn'] : []),
        ].join(' và ')} (mục II.2.b của kế hoạch).`
      : ''),
  /** The four movements: a collective takes part in all (TT-05 "đầy đủ"), an individual in one (CN-04) (review form #4). */
  helpMovements: (collectiveAll: boolean, individualOne: boolean) =>
    [
      ...(collectiveAll ? [`Tập thể: cần tham gia đủ 4 phong trào (chọn “${MOVEMENT_COLUMNS.yes}” ở cả 4 hàng).`] : []),
      ...(individualOne ? ['Cá nhân: cần tham gia ít nhất 01 phong trào.'] : []),
    ].join(' '),
  /** A collective's model is a model (MH-02; review form #5). */
  helpModelType: `Tập thể chọn một loại mô hình cụ thể; “${MODEL_CHOICES.none}” chỉ dành cho cá nhân.`,
  /** What Forms shows once a registration is sent (review form #7: its default said nothing of the e-mail to come). */
  registrationSent:
    'Đã gửi phiếu đăng ký. Kết quả kiểm tra phiếu sẽ được gửi tới địa chỉ e-mail dùng để gửi phiếu này, kèm đường dẫn để sửa phiếu khi cần bổ sung; không gửi phiếu mới cho cùng tập thể, cá nhân.',
  reportSent: 'Đã gửi báo cáo. Thư xác nhận sẽ được gửi tới địa chỉ e-mail dùng để gửi báo cáo này.',
  pageUnit: 'Tiêu chuẩn chung của đơn vị',
  helpPageUnit: 'Dành cho tập thể là toàn đơn vị (cả trường hoặc cả cơ quan).',
  /**
   * The evidence of a yes/no question: optional in the form (Forms cannot make it depend on the answer above), but a
   * "Có" without it is to be completed (review "forms" #3); as its title says, a link only besides.
   */
  helpEvidenceAfterYes: 'Bắt buộc khi trả lời “Có” ở câu trên (để trống thì phiếu sẽ phải bổ sung). Ghi như hướng dẫn trong ngoặc ở tên câu hỏi; có thể dán thêm đường liên kết tới văn bản.',
  /** The evidence the Báo cáo thành tích prints as "các hình thức khen thưởng đã được ghi nhận" (TT-02, CN-03). */
  helpEvidencePrinted:
    'Bắt buộc khi trả lời “Có” ở câu trên (để trống thì phiếu sẽ phải bổ sung). Ghi danh hiệu, hình thức khen thưởng, cơ quan, số và ngày quyết định, ví dụ “Giấy khen của Chủ tịch UBND xã, Quyết định số 45/QĐ-UBND ngày 12/5/2024”: câu trả lời được in vào báo cáo thành tích, nên không dán đường liên kết.',
  /** Whom "người đứng đầu" means (review "forms" #2: a tổ trưởng answering "Có" was judged as a head). */
  /**
   * Which level a recognition is (review "forms" #8: "ngành" read as the local education sector); as the levels of
   * earlier forms are read (LEGACY_INITIATIVE_LEVELS).
   */
  /**
   * The decision of a recognition (N2 of review "now"): its date gives the year when the year list, which has only the
   * period's years, cannot (a decision before the period; registration.ts decisionYear reads it).
   */
  helpInitiativeDecision: (startYear: number) =>
    `Ghi số và ngày ban hành của quyết định công nhận, ví dụ “45/QĐ-UBND ngày 20/5/${startYear - 1}”. Quyết định ban hành trước năm ${startYear}: để trống mục năm công nhận (danh sách chỉ có các năm của giai đoạn), năm công nhận được lấy theo ngày ban hành ghi ở mục này.`,
  /** The year list: only the period's years; an earlier year is given by the decision's date (N2 of review "now"). */
  helpInitiativeYear: (startYear: number, endYear: number, decisionField: string) =>
    `Danh sách chỉ có các năm của giai đoạn ${startYear}-${endYear}. Quyết định ban hành trước năm ${startYear}: để trống mục này và ghi ngày ban hành vào mục “${decisionField}” (ví dụ “45/QĐ-UBND ngày 20/5/${startYear - 1}”).`,
  /**
   * Which level a recognition is (scored by level). A recognition by the former district (its People's Committee, its
   * education office, before 1/7/2025) is "Cấp cơ sở", as the tool reads "Cấp huyện" (review r75f F5). In a Sở's form
   * the Sở is named under one level only: for the schools it manages it is also the "cơ quan quản lý trực tiếp" (review
   * r75f F1).
   */
  helpInitiativeLevel: (sector: boolean) =>
    `Cấp cơ sở: được trường${sector ? '' : ', cơ quan quản lý trực tiếp'} hoặc Ủy ban nhân dân cấp xã công nhận, kể cả cấp huyện trước ngày 01/7/2025 (Ủy ban nhân dân huyện và các cơ quan của huyện; cả công nhận trước khi sắp xếp đơn vị hành chính). Cấp bộ, ngành, tỉnh: được Sở Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh hoặc bộ, ngành trung ương công nhận.`,
  /** Review criteria F1: the office's staff are rated per calendar year; a school's staff who pick their role are flagged. */
  // Its leaders (Trưởng phòng, Phó trưởng phòng…) are cán bộ quản lý (plan II.2.b: the managers' rule), registered under
  // the office and rated per calendar year all the same (registration.ts ratedPerCalendarYear; review r81c F1).
  helpRole: `Người công tác tại trường chọn một trong bốn vị trí đầu. “${ROLE_CHOICES.official}” chỉ dành cho người công tác tại chính cơ quan quản lý giáo dục (ở câu đơn vị, chọn tên cơ quan); lãnh đạo cơ quan (Trưởng phòng, Phó trưởng phòng…) chọn “${ROLE_CHOICES.manager}”, ở câu đơn vị cũng chọn tên cơ quan.`,
  /** The same while "Đơn vị" has no row of the office itself: its role is not offered (review r78f F2). */
  helpRoleSchoolsOnly: `Người công tác tại trường chọn một trong bốn vị trí.`,
  /**
   * Who answers "Có": the heads of a whole school or body. A Sở's heads of department head no body (review r75f F4); a
   * district office's head is its Trưởng phòng.
   */
  helpHead: (districtOffice: boolean) =>
    `Chỉ trả lời “Có” nếu là người đứng đầu cả trường hoặc cả cơ quan (Hiệu trưởng, Giám đốc${districtOffice ? ', Trưởng phòng' : ''}…). Phó hiệu trưởng, tổ trưởng, tổ phó${districtOffice ? '' : ', trưởng phòng, phó trưởng phòng của cơ quan'} trả lời “Không”.`,
  /** The report form's summary: a plan sent through it has no results yet (review r75f F3). */
  helpReportSummary: 'Báo cáo 6 tháng, hằng năm: tóm tắt kết quả đã làm được. Kế hoạch của đơn vị: tóm tắt nội dung chính của kế hoạch (mô hình, việc làm, thời gian).',
  /** The name the documents print as written (review "forms" #5). */
  helpIndividualName: 'Chỉ ghi họ và tên, viết hoa chữ cái đầu mỗi tiếng (ví dụ “Nguyễn Thị Hòa”); không ghi cô, thầy, đồng chí hay chức vụ. Tên được in nguyên văn vào các văn bản khen thưởng.',
  helpCollectiveName: `Tên tập thể như sẽ in trong văn bản khen thưởng, ví dụ “Tổ Chuyên môn Toán - Tin”; tập thể là toàn đơn vị thì ghi đúng tên đơn vị như ở câu “${Q.school}”.`,
  helpReportPeriod: 'Chọn “Kế hoạch…” khi gửi kế hoạch của đơn vị; chọn kỳ báo cáo khi gửi báo cáo 6 tháng hoặc báo cáo năm.',
  /** The report form's two evidence questions, each with its own help (review form #9: the link's repeated the number's). */
  helpReportDocRef: 'Ghi số và ngày ban hành, ví dụ “15/KH-THHB ngày 20/9/2025”. Văn bản không có số: ghi “không số” và ngày ban hành (nên dán thêm đường liên kết tới văn bản ở câu cuối).',
  helpReportLink: 'Đường liên kết tới văn bản đã ban hành (Google Drive…), nếu có.',
} as const;
