// The criteria catalogues: every criterion of plan sections II–IV that can be checked from the forms, as data,
// one catalogue per period (the 2021–2025 one as the plan wrote it, a 2026–2030 default without the criterion
// whose legal basis was abolished). Ids are stable (they key the "Tiêu chí" tab, findings and review decisions);
// never renumber.
import {
  CONDITIONS,
  MOVEMENTS,
  Q,
  R,
  SELF_DECLARED,
  initiativeTitles,
} from './form-titles';

/**
 * Whom a criterion applies to. `registration` = every registration (collective or individual);
 * `individual.manager` = managers, Party members and heads of unit; `individual.staff` = teachers,
 * staff, workers and the office's own staff, not heads (plan II.2.b; validate.ts isStaffGroup; a teacher who is a Party
 * member is in both groups); `school` = a duty of the school.
 */
export type AppliesTo = 'collective' | 'collective.whole' | 'individual' | 'individual.manager' | 'individual.staff' | 'registration' | 'school';

/** How a criterion is evaluated; each kind is one function in validate.ts or school-duties.ts. */
export type EvaluatorKind =
  | 'registered'
  | 'selfDeclared'
  | 'initiatives'
  | 'initiativesNamed'
  | 'movements'
  | 'movementsActive'
  | 'conditionAbsent'
  | 'ratingsAtLeastGood'
  | 'ratingsExcellentYear'
  | 'orgRatingsAtLeastGood'
  | 'orgRatingsExcellent'
  | 'fieldChosen'
  | 'modelType'
  | 'schoolHasCollective'
  | 'schoolHasIndividual'
  | 'schoolPlan'
  | 'halfYearReports'
  | 'annualReports';

export interface Criterion {
  /** Stable id, e.g. "TT-07-CT05". */
  id: string;
  /** Vietnamese label as the plan words it. */
  label: string;
  /** Plan section, e.g. "II.2.a". */
  section: string;
  appliesTo: AppliesTo;
  /** Mandatory criteria decide the verdict; the others only add to the priority score. Office-switchable. */
  mandatory: boolean;
  evaluator: EvaluatorKind;
  /** Form question titles (or grid titles) the evaluator reads. */
  fields: string[];
  /** For selfDeclared: the yes/no question and its evidence question (if the plan implies a document). */
  question?: string;
  evidence?: string;
  /** For selfDeclared: what the unit may still obtain before the selection (SELF_DECLARED), when it may. */
  obtain?: string;
  /** For conditionAbsent: the row of the conditions grid. */
  row?: string;
  /** The day (yyyy-MM-dd) the criterion's legal basis ceased; from that day on it is not applied. */
  obsoleteFrom?: string;
  /** The act that abolished its basis, as cited to the office. */
  obsoleteBasis?: string;
}

function sd(id: string, label: string, section: string, appliesTo: AppliesTo): Criterion {
  const q = SELF_DECLARED[id];
  return {
    id,
    label,
    section,
    appliesTo,
    mandatory: true,
    evaluator: 'selfDeclared',
    fields: q.evidence ? [q.question, q.evidence] : [q.question],
    question: q.question,
    evidence: q.evidence,
    ...(q.obtain ? { obtain: q.obtain } : {}),
  };
}

/** A "no such case" condition of II.2.a; `whole`: asked of the whole unit only (pupils are the school's). */
function cond(id: string, label: string, row: string, whole = false): Criterion {
  return {
    id,
    label,
    section: 'II.2.a',
    appliesTo: whole ? 'collective.whole' : 'collective',
    mandatory: true,
    evaluator: 'conditionAbsent',
    fields: [whole ? Q.unitConditions : Q.conditions],
    row,
  };
}

/**
 * Pháp lệnh số 07/2025/UBTVQH15 sửa đổi Điều 10 Pháp lệnh Dân số (in force 03/06/2025): couples decide the number
 * of their children; the "sinh con thứ 3" rule the 2021–2025 plan relied on no longer exists.
 */
export const THIRD_CHILD_OBSOLETE_FROM = '2025-06-03';
export const THIRD_CHILD_OBSOLETE_BASIS = 'Pháp lệnh số 07/2025/UBTVQH15 sửa đổi, bổ sung Điều 10 của Pháp lệnh Dân số';

const INITIATIVE_FIELDS = (() => {
  const t = initiativeTitles(1);
  return [t.name, t.level, t.decision, t.year];
})();
const ORG_GRIDS = [Q.partyRatings, Q.unionRatings, Q.youthRatings];

/**
 * The 2021–2025 catalogue as the plan wrote it, with its default mandatory flags. Treat as read-only;
 * criteria-tab.ts derives edited copies.
 */
export const CATALOGUE_2021_2025: readonly Criterion[] = [
  // ---- II.2.a collectives
  { id: 'TT-01-DANG-KY', label: 'Đăng ký mô hình, điển hình tiên tiến', section: 'II.2.a', appliesTo: 'collective', mandatory: true, evaluator: 'registered', fields: [Q.school, Q.kind, Q.collectiveName] },
  sd('TT-02-DAN-DAU', 'Là tập thể dẫn đầu trong các phong trào thi đua yêu nước, tổ chức các phong trào thi đua thiết thực, hiệu quả', 'II.2.a', 'collective'),
  sd('TT-03-NHIEM-VU', 'Hoàn thành tốt nhiệm vụ chính trị và các chỉ tiêu thi đua được giao; thực hiện các mục tiêu nghị quyết, kế hoạch phát triển giáo dục và đào tạo', 'II.2.a', 'collective'),
  { id: 'TT-04-SANG-KIEN', label: 'Có giải pháp, sáng kiến nâng cao chất lượng, hiệu quả công tác được cấp có thẩm quyền tuyên dương, khen thưởng', section: 'II.2.a', appliesTo: 'collective', mandatory: true, evaluator: 'initiatives', fields: INITIATIVE_FIELDS },
  { id: 'TT-05-PHONG-TRAO', label: 'Tham gia đầy đủ các phong trào thi đua, các cuộc vận động của ngành', section: 'II.2.a', appliesTo: 'collective', mandatory: true, evaluator: 'movements', fields: [Q.movements] },
  sd('TT-06-CHAP-HANH', 'Gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước, quy định của địa phương', 'II.2.a', 'collective'),
  sd(
    'TT-07-CT05',
    'Triển khai và thực hiện nghiêm túc chương trình, kế hoạch thực hiện Chỉ thị 05-CT/TW hằng năm; đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vào chương trình công tác và sinh hoạt thường xuyên của chi bộ, cơ quan, đoàn thể',
    'II.2.a',
    'collective.whole',
  ),
  sd('TT-08-AN-TOAN', 'Đảm bảo an toàn lao động, vệ sinh môi trường, vệ sinh thực phẩm', 'II.2.a', 'collective.whole'),
  sd('TT-09-QUY', 'Tích cực tham gia xây dựng các quỹ, các hoạt động nhân đạo, từ thiện', 'II.2.a', 'collective'),
  { id: 'TT-10-DANG-DOAN-THE', label: 'Tổ chức Đảng, các đoàn thể (nếu có) hằng năm được đánh giá hoàn thành tốt nhiệm vụ trở lên', section: 'II.2.a', appliesTo: 'collective.whole', mandatory: true, evaluator: 'orgRatingsAtLeastGood', fields: ORG_GRIDS },
  { id: 'TT-11-DANG-DOAN-THE-XS', label: 'Tổ chức Đảng, đoàn thể được xếp loại hoàn thành xuất sắc nhiệm vụ (ưu tiên xem xét)', section: 'II.2.a', appliesTo: 'collective.whole', mandatory: false, evaluator: 'orgRatingsExcellent', fields: ORG_GRIDS },
  cond('TT-12-DAO-DUC', 'Không có cán bộ, giáo viên, nhân viên vi phạm đạo đức nhà giáo', CONDITIONS.ethics),
  cond('TT-13-NOI-QUY', 'Không có học sinh vi phạm nội quy, quy định', CONDITIONS.pupilRules, true),
  cond('TT-14-BO-HOC', 'Không có học sinh bỏ học', CONDITIONS.dropout, true),
  {
    ...cond('TT-15-CON-THU-3', 'Không có cán bộ, giáo viên vi phạm quy định sinh con thứ 3', CONDITIONS.thirdChild),
    obsoleteFrom: THIRD_CHILD_OBSOLETE_FROM,
    obsoleteBasis: THIRD_CHILD_OBSOLETE_BASIS,
  },
  cond('TT-16-DON-THU', 'Không có đơn thư khiếu kiện', CONDITIONS.complaints),
  // ---- II.2.b individuals
  { id: 'CN-01-DANG-KY', label: 'Đăng ký điển hình tiên tiến', section: 'II.2.b', appliesTo: 'individual', mandatory: true, evaluator: 'registered', fields: [Q.school, Q.kind, Q.individualName, Q.role] },
  // "có nhiều sáng kiến, giải pháp": named initiatives and solutions; a formal recognition is not asked here.
  { id: 'CN-02-SANG-KIEN', label: 'Năng động, sáng tạo, có nhiều sáng kiến, giải pháp trong công tác quản lý, giảng dạy và lao động', section: 'II.2.b', appliesTo: 'individual', mandatory: true, evaluator: 'initiativesNamed', fields: [INITIATIVE_FIELDS[0]] },
  sd('CN-03-THANH-TICH', 'Đạt nhiều thành tích xuất sắc tiêu biểu trong công tác, học tập, nghiên cứu khoa học, giảng dạy', 'II.2.b', 'individual'),
  { id: 'CN-04-PHONG-TRAO', label: 'Tích cực tham gia các phong trào thi đua, các cuộc vận động của ngành', section: 'II.2.b', appliesTo: 'individual', mandatory: true, evaluator: 'movementsActive', fields: [Q.movements] },
  sd('CN-05-CAM-KET', 'Thực hiện có hiệu quả cam kết chất lượng giáo dục đã ký kết hằng năm', 'II.2.b', 'individual'),
  sd('CN-06-CHAP-HANH', 'Chấp hành tốt chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước, quy định của cơ quan, đơn vị và địa phương', 'II.2.b', 'individual'),
  sd('CN-07-GDVH', 'Gia đình đạt danh hiệu “Gia đình văn hóa”', 'II.2.b', 'individual'),
  sd('CN-08-NEU-GUONG', 'Cán bộ quản lý, đảng viên, người đứng đầu thực hiện tốt trách nhiệm nêu gương về mọi mặt', 'II.2.b', 'individual.manager'),
  { id: 'CN-09-XEP-LOAI', label: 'Cán bộ quản lý, đảng viên, người đứng đầu hằng năm được xếp loại hoàn thành tốt nhiệm vụ trở lên', section: 'II.2.b', appliesTo: 'individual.manager', mandatory: true, evaluator: 'ratingsAtLeastGood', fields: [Q.individualRatings] },
  { id: 'CN-10-XUAT-SAC', label: 'Cán bộ quản lý, đảng viên, người đứng đầu có ít nhất 01 năm trong giai đoạn được xếp loại hoàn thành xuất sắc nhiệm vụ', section: 'II.2.b', appliesTo: 'individual.manager', mandatory: true, evaluator: 'ratingsExcellentYear', fields: [Q.individualRatings] },
  sd('CN-11-SUY-TON', 'Giáo viên, nhân viên, người lao động được cơ sở suy tôn, bình xét', 'II.2.b', 'individual.staff'),
  sd('CN-12-CAP-UY', 'Giáo viên, nhân viên, người lao động được cấp ủy xác nhận, đề nghị tuyên dương, khen thưởng', 'II.2.b', 'individual.staff'),
  // III.4.c: initiatives recognised by the council are the ones put forward; for an individual it adds priority.
  { id: 'CN-13-SANG-KIEN-CONG-NHAN', label: 'Có sáng kiến, giải pháp được cấp có thẩm quyền công nhận (ưu tiên xem xét)', section: 'III.4.c', appliesTo: 'individual', mandatory: false, evaluator: 'initiatives', fields: INITIATIVE_FIELDS },
  // ---- II.3, III.4.a fields and models
  { id: 'MH-01-LINH-VUC', label: 'Xác định rõ mô hình, điển hình thuộc lĩnh vực nào', section: 'II.3', appliesTo: 'registration', mandatory: true, evaluator: 'fieldChosen', fields: [Q.field] },
  { id: 'MH-02-LOAI-MO-HINH', label: 'Xác định rõ loại mô hình; mô hình “Trường học hạnh phúc” phải nêu loại cụ thể', section: 'III.4.a', appliesTo: 'registration', mandatory: true, evaluator: 'modelType', fields: [Q.modelName, Q.modelType, Q.happySchoolType, Q.happySchoolOther] },
  // ---- III.1, III.4, IV.2 duties of each school
  { id: 'TR-01-TAP-THE', label: 'Đơn vị đăng ký ít nhất 01 tập thể điển hình tiên tiến hằng năm', section: 'III.1', appliesTo: 'school', mandatory: true, evaluator: 'schoolHasCollective', fields: [Q.school, Q.kind] },
  { id: 'TR-02-CA-NHAN', label: 'Đơn vị đăng ký ít nhất 01 cá nhân điển hình tiên tiến hằng năm', section: 'III.1', appliesTo: 'school', mandatory: true, evaluator: 'schoolHasIndividual', fields: [Q.school, Q.kind] },
  { id: 'TR-03-KE-HOACH', label: 'Đơn vị ban hành kế hoạch xây dựng, bồi dưỡng và nhân rộng mô hình, điển hình tiên tiến của đơn vị', section: 'III.4.a', appliesTo: 'school', mandatory: true, evaluator: 'schoolPlan', fields: [R.school, R.period, R.docRef, R.link] },
  { id: 'TR-04-BAO-CAO-6-THANG', label: 'Đơn vị báo cáo kết quả định kỳ 06 tháng', section: 'IV.2', appliesTo: 'school', mandatory: true, evaluator: 'halfYearReports', fields: [R.school, R.period, R.docRef, R.link] },
  { id: 'TR-05-BAO-CAO-NAM', label: 'Đơn vị báo cáo kết quả hằng năm', section: 'IV.2', appliesTo: 'school', mandatory: true, evaluator: 'annualReports', fields: [R.school, R.period, R.docRef, R.link] },
];

/** The 2026–2030 default: the 2021–2025 criteria without those whose basis ceased before 2026 (TT-15). */
export const CATALOGUE_2026_2030: readonly Criterion[] = CATALOGUE_2021_2025.filter((c) => !c.obsoleteFrom || c.obsoleteFrom >= '2026-01-01');

/** The catalogues by period name; the key of "Bộ tiêu chí" in "Cấu hình". */
export const CATALOGUES: Readonly<Record<string, readonly Criterion[]>> = {
  '2021-2025': CATALOGUE_2021_2025,
  '2026-2030': CATALOGUE_2026_2030,
};

/** The catalogue a name in "Cấu hình" means ("2021-2025", "2021 – 2025" …), or null. */
export function namedCatalogue(name: string): string | null {
  const named = (name || '').replace(/\s+/g, '').replace(/[–—]/g, '-');
  return Object.prototype.hasOwnProperty.call(CATALOGUES, named) ? named : null;
}

/** Which catalogue a configuration uses: the one named in "Cấu hình", else the one of its period's years. */
export function catalogueId(cfg: { period: { startYear: number }; criteriaSet?: string }): string {
  return namedCatalogue(cfg.criteriaSet || '') ?? (cfg.period.startYear >= 2026 ? '2026-2030' : '2021-2025');
}

/** A fresh copy of the configuration's default catalogue. */
export function catalogueFor(cfg: { period: { startYear: number }; criteriaSet?: string }): Criterion[] {
  return CATALOGUES[catalogueId(cfg)].map((c) => ({ ...c }));
}

/** The plan's own catalogue (2021–2025); kept as the default of functions called without a configuration. */
export const CATALOGUE: readonly Criterion[] = CATALOGUE_2021_2025;

/** The local day a criterion's basis ceased (its `obsoleteFrom`), or null when it has not. */
export function obsoleteDate(c: Criterion): Date | null {
  if (!c.obsoleteFrom) return null;
  const [y, m, d] = c.obsoleteFrom.split('-').map((x) => parseInt(x, 10));
  return new Date(y, m - 1, d);
}

/** Whether a criterion's basis has ceased by `today`. */
export function isObsolete(c: Criterion, today: Date): boolean {
  const from = obsoleteDate(c);
  return from !== null && today.getTime() >= from.getTime();
}

/** Movements every registration must take part in (rows of the movements grid). */
export const REQUIRED_MOVEMENTS: readonly string[] = [MOVEMENTS.dayTot, MOVEMENTS.doiMoi, MOVEMENTS.hanhPhuc, MOVEMENTS.vanMinh];

/** A criterion by id, or undefined. */
export function criterionById(catalogue: readonly Criterion[], id: string): Criterion | undefined {
  for (const c of catalogue) if (c.id === id) return c;
  return undefined;
}

/** A copy of the catalogue with some mandatory flags switched (id → mandatory). Unknown ids are ignored. */
export function withMandatory(catalogue: readonly Criterion[], overrides: Record<string, boolean>): Criterion[] {
  return catalogue.map((c) => (Object.prototype.hasOwnProperty.call(overrides, c.id) ? { ...c, mandatory: !!overrides[c.id] } : { ...c }));
}

/**
 * Which parts of the school's minimum (III.1) `catalogue` requires: the collective, the individual, each unless its
 * criterion is switched to "Không" in "Tiêu chí" (review d67 #8). Both for an empty catalogue (none read).
 */
export function minimumPartsOf(catalogue: readonly Criterion[]): { collective: boolean; individual: boolean } {
  if (catalogue.length === 0) return { collective: true, individual: true };
  return {
    collective: catalogue.some((c) => c.evaluator === 'schoolHasCollective' && c.mandatory),
    individual: catalogue.some((c) => c.evaluator === 'schoolHasIndividual' && c.mandatory),
  };
}
