// The pure part of the award proposals: nominees, order, numbering, the values of the placeholders, the templates.
import { describe, expect, it } from 'vitest';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import {
  KNOWN_PLACEHOLDERS,
  TEMPLATE_KEYS,
  achievementSummary,
  commonValues,
  compareVietnamese,
  documentGaps,
  documentSymbol,
  officialText,
  withoutFormReference,
  templatePage,
  nomineeValues,
  placeholdersIn,
  planDocuments,
  rowValues,
  selectNominees,
  templateBlocks,
  templatePlaceholders,
  vietnameseDateParts,
} from '../../src/core/proposals';
import { INITIATIVE_LEVELS, Q, RATING_CHOICES, initiativeTitles, schoolYearRow } from '../../src/core/registration-form';
import { REVIEW_DECISIONS, mergeReview } from '../../src/core/review';
import { SCHOOLS, answersToRow, collectiveAnswers, config, directoryRows, form, headerRow, individualAnswers } from './helpers';

const cfg = config();

function evaluated(list: Record<string, unknown>[]): EvaluatedRegistration[] {
  const f = form(cfg);
  const values = [headerRow(f), ...list.map((a, i) => answersToRow(f, a as never, new Date(2024, 0, 2 + i, 8, 0, 0), SCHOOLS[0].emails[0]))];
  return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values }).registrations;
}

function propose(regs: EvaluatedRegistration[], ids: string[]) {
  const tab = mergeReview([], regs);
  for (const row of tab.rows) if (ids.includes(String(row[tab.columns.id]))) row[tab.columns.decision] = REVIEW_DECISIONS.propose;
  return selectNominees(tab, regs);
}

const person = (name: string, excellentYears: number, level = 3) => ({
  ...individualAnswers('teacher'),
  [Q.individualName]: name,
  // Rated per school year (năm học 2021-2022 …); 2024-2025 has not ended at 01/07/2024.
  [Q.individualRatings]: Object.fromEntries(
    [2021, 2022, 2023, 2024].map((y) => [schoolYearRow(y), y >= 2024 ? RATING_CHOICES.none : y - 2021 < excellentYears ? RATING_CHOICES.excellent : RATING_CHOICES.good]),
  ),
  [initiativeTitles(1).level]: INITIATIVE_LEVELS[level - 1],
});

describe('nominees', () => {
  const regs = evaluated([
    collectiveAnswers(),
    person('Trần Văn Bình', 1),
    person('Nguyễn Thị An', 1),
    person('Lê Văn Đức', 2),
    person('Phạm Văn Dũng', 2),
    // No initiative or solution at all: CN-02 is not met.
    { ...person('Hoàng Thị Chưa Đạt', 1), [initiativeTitles(1).name]: '', [initiativeTitles(1).level]: '', [initiativeTitles(1).decision]: '', [initiativeTitles(1).year]: '', [initiativeTitles(2).name]: '' },
    person('Vũ Thị Cũ', 3),
    { ...collectiveAnswers(), [Q.collectiveName]: 'Tổ Toán' },
  ]);
  const ids = regs.map((r) => r.id);

  it('takes Đạt registrations marked "Đề nghị khen", sorted by score then given name, numbered per kind', () => {
    const sel = propose(regs, ids);
    expect(sel.nominees.map((n) => n.name)).toEqual([
      'Tổ Toán', // collectives first; equal scores: by name (Tổ Toán < Trường …)
      'Trường Mầm non Hoa Sen',
      'Vũ Thị Cũ', // 3 excellent years
      'Phạm Văn Dũng', // 2 excellent years: Dũng < Đức (D before Đ)
      'Lê Văn Đức',
      'Nguyễn Thị An', // 1: An < Bình (given names)
      'Trần Văn Bình',
    ]);
    expect(sel.nominees.map((n) => n.number)).toEqual([1, 2, 1, 2, 3, 4, 5]);
    expect(sel).toMatchObject({ collectives: 2, individuals: 5 });
    expect(sel.skipped).toEqual([regs.find((r) => r.name === 'Hoàng Thị Chưa Đạt')!.id]);
    const scores = sel.nominees.filter((n) => n.kind === 'individual').map((n) => n.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('leaves out what the council did not mark, and a registration replaced by a later one', () => {
    const later = evaluated([person('Trần Văn Bình', 1), person('Trần Văn Bình', 2)]);
    const sel = propose(later, later.map((r) => r.id));
    expect(sel.nominees.map((n) => n.id)).toEqual([later[1].id]);
    expect(sel.skipped).toEqual([later[0].id]);
    expect(propose(regs, []).nominees).toEqual([]);
    expect(selectNominees(null, regs).nominees).toEqual([]);
  });

  it('plans one Tờ trình, one Danh sách and one report per nominee; the list key follows the list', () => {
    const sel = propose(regs, ids);
    const docs = planDocuments(sel.nominees, new Date(2024, 8, 5));
    expect(docs.map((d) => d.kind)).toEqual(['toTrinh', 'danhSach', ...sel.nominees.map(() => 'baoCao')]);
    expect(docs[0].name).toBe('Tờ trình đề nghị tặng Giấy khen - 05-09-2024');
    expect(new Set(docs.map((d) => d.key)).size).toBe(docs.length);
    const fewer = planDocuments(sel.nominees.slice(1), new Date(2024, 8, 5));
    expect(fewer[0].key).not.toBe(docs[0].key);
    expect(fewer[2].key).toBe(docs[3].key);
  });
});

describe('values', () => {
  it('writes dates as Nghị định 30 does', () => {
    expect(vietnameseDateParts(new Date(2024, 8, 5)).text).toBe('ngày 05 tháng 9 năm 2024');
    expect(vietnameseDateParts(new Date(2025, 1, 15)).text).toBe('ngày 15 tháng 02 năm 2025');
    expect(vietnameseDateParts(new Date(2024, 11, 31)).text).toBe('ngày 31 tháng 12 năm 2024');
  });

  it('compares Vietnamese in dictionary order', () => {
    const words = ['Đức', 'Dũng', 'Ân', 'Ăn', 'An', 'Bình', 'ấn', 'án', 'Ơn', 'Ông', 'Oanh'];
    expect([...words].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ân', 'ấn', 'Bình', 'Dũng', 'Đức', 'Oanh', 'Ông', 'Ơn', 'án'].sort(compareVietnamese));
    expect(compareVietnamese('Dũng', 'Đức')).toBeLessThan(0);
    expect(compareVietnamese('An', 'Ăn')).toBeLessThan(0);
    expect(compareVietnamese('Ăn', 'Ân')).toBeLessThan(0);
    expect(compareVietnamese('Oanh', 'Ông')).toBeLessThan(0);
    expect(compareVietnamese('Ông', 'Ơn')).toBeLessThan(0);
    expect(compareVietnamese('an', 'án')).toBeLessThan(0);
  });

  it('fills the common values: office, symbol, totals, addressee', () => {
    const v = commonValues(cfg.organisation, cfg.period.name, new Date(2024, 8, 5), { collectives: 12, individuals: 34 });
    expect(v.tong_so).toBe('Tổng số: 12 tập thể, 34 cá nhân');
    expect(v.co_quan).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ YÊN BÁI');
    // The governing body (cơ quan chủ quản) heads the document; the Sở is only the addressee.
    expect(v.co_quan_cap_tren).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ YÊN BÁI');
    expect(v.kinh_gui).toBe('Giám đốc Sở Giáo dục và Đào tạo tỉnh Yên Bái');
    expect(v.ky_hieu).toBe('PGDĐT');
    expect(v.ngay_thang_nam).toBe('ngày 05 tháng 9 năm 2024');
    expect(v.nguoi_ky).toBeNull(); // no signer configured: the Tờ trình is refused (below), never printed blank
    expect(documentGaps('toTrinh', v)).toEqual(['mục “Người ký tờ trình” ở trang “Cấu hình”']);
    expect(documentGaps('toTrinh', { ...v, nguoi_ky: 'Trần Văn Minh' })).toEqual([]);
    expect(documentSymbol({ ...cfg.organisation, name: 'Ủy ban Nhân dân Xã Hòa Bình' })).toBe('UBND');
    expect(documentSymbol({ ...cfg.organisation, name: 'Ủy ban nhân dân phường Yên Bái', symbol: 'TTr-VHXH' })).toBe('VHXH');
    expect(v.can_cu_luat).toBe('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(v.can_cu_ke_hoach).toMatch(/^Căn cứ Kế hoạch của Phòng Giáo dục và Đào tạo thành phố Yên Bái về /);
    const planned = commonValues({ ...cfg.organisation, planNumber: '125/KH-PGDĐT', planDate: '05/09/2021', decreeBasis: '' }, cfg.period.name, new Date(2024, 8, 5), { collectives: 1, individuals: 1 });
    expect(planned.can_cu_ke_hoach).toMatch(/^Căn cứ Kế hoạch số 125\/KH-PGDĐT ngày 05 tháng 9 năm 2021 của /);
    expect(planned.can_cu_nghi_dinh).toBeNull(); // not cited: its line is left out
  });

  it('summarises a registration: model, initiatives with level, decision and year, ratings', () => {
    const [r] = evaluated([individualAnswers('teacher')]);
    const s = achievementSummary(r, cfg);
    expect(s).toContain('Mô hình “Trường học nông trại xanh”');
    expect(s).toContain('“Vườn rau sạch của bé” — cấp bộ, ngành, tỉnh, Quyết định số 125/QĐ-UBND, năm 2022');
    // Per school year, as the form asks them.
    expect(s).toContain('Xếp loại: Hoàn thành xuất sắc nhiệm vụ (2021-2022), Hoàn thành tốt nhiệm vụ (2022-2023, 2023-2024)');
  });

  it('keeps answer text exactly, whatever characters it holds', () => {
    const hostile = 'Giá $1 và $& \\1 \\ .* (a|b)+ {{ten}}\ndòng 2';
    const [r] = evaluated([{ ...individualAnswers('teacher'), [Q.summary]: hostile }]);
    const sel = propose([r], [r.id]);
    const v = nomineeValues(sel.nominees[0], cfg);
    expect(v.thanh_tich).toBe(hostile);
    expect(rowValues(sel.nominees[0], cfg).cn_stt).toBe('1');
  });
});

describe('official text', () => {
  it('removes what official fonts cannot show, and nothing else', () => {
    expect(officialText('Mô hình “Vườn rau 🌱 xanh” 👩‍🏫✨')).toBe('Mô hình “Vườn rau xanh”');
    expect(officialText('A\u0000B\u0007C\u200bD\ufeffE\tF')).toBe('ABCDE F');
    expect(officialText('Cờ 🇻🇳 đỏ; 1️⃣ một')).toBe('Cờ đỏ; 1 một');
    expect(officialText('© 2024 ™ ®')).toBe('© 2024 ™ ®');
    const viet = 'Trường Mầm non Hoa Sen — “Đổi mới, sáng tạo”: 100% (năm 2023).\nDòng 2';
    expect(officialText(viet)).toBe(viet);
    expect(officialText('Ho\u0300a')).toBe('Hòa'); // NFC
  });

  it('drops the plan references the form shows', () => {
    expect(withoutFormReference('Giáo dục và Đào tạo (mục 3.1)')).toBe('Giáo dục và Đào tạo');
    expect(withoutFormReference('Cả hai lĩnh vực')).toBe('Cả hai lĩnh vực');
  });

  it('a nominee without the narrative or a collective without its head is refused, with where to fill it in', () => {
    const [ind, col] = evaluated([individualAnswers('teacher'), collectiveAnswers()]);
    const sel = propose([ind, col], [ind.id, col.id]);
    const docs = planDocuments(sel.nominees, new Date(2024, 8, 5), { ...cfg, organisation: { ...cfg.organisation, signer: { name: 'Trần Văn Minh', title: 'Trưởng phòng' } } });
    expect(docs.slice(0, 2).map((d) => d.gaps)).toEqual([[], []]);
    for (const d of docs.slice(2)) expect(d.gaps).toEqual([expect.stringContaining(`câu hỏi “${Q.summary}”`)]);
    const told = evaluated([{ ...individualAnswers('teacher'), [Q.summary]: '🌱🌱 \u200b' }]); // nothing printable left
    expect(planDocuments(propose(told, [told[0].id]).nominees, new Date(2024, 8, 5), cfg)[2].gaps).toHaveLength(1);
    const fine = evaluated([{ ...individualAnswers('teacher'), [Q.summary]: 'Đổi mới phương pháp 📚' }]);
    const n = propose(fine, [fine[0].id]).nominees[0];
    expect(planDocuments([n], new Date(2024, 8, 5), cfg)[2].gaps).toEqual([]);
    expect(nomineeValues(n, cfg).thanh_tich).toBe('Đổi mới phương pháp');
  });
});

describe('templates', () => {
  it('every placeholder of every template is one the generator knows', () => {
    for (const key of TEMPLATE_KEYS) {
      const known = new Set(KNOWN_PLACEHOLDERS[key]);
      for (const n of templatePlaceholders(key)) expect(known.has(n), `${key}: {{${n}}}`).toBe(true);
    }
  });

  it('has the Nghị định 30 header, Quốc hiệu, "Số", place and date, and the signature block', () => {
    const text = (key: (typeof TEMPLATE_KEYS)[number]) => JSON.stringify(templateBlocks(key));
    const t = text('toTrinh');
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: {{so_van_ban}}/TTr-{{ky_hieu}}', '{{dia_danh}}, ngày {{ngay}} tháng {{thang}} năm {{nam}}', 'TỜ TRÌNH', 'Kính gửi: {{kinh_gui}}', 'Nơi nhận:']) {
      expect(t).toContain(s);
    }
    expect(placeholdersIn(text('danhSach'))).toEqual(expect.arrayContaining(['tt_stt', 'cn_stt', 'tong_so']));
    const tt = text('baoCaoTapThe');
    const cn = text('baoCaoCaNhan');
    // The sections of the report for an award "theo đợt thi đua, theo chuyên đề" (docs/award-documents.md).
    for (const s of ['BÁO CÁO THÀNH TÍCH', 'I. THÔNG TIN CHUNG', 'II. THÀNH TÍCH ĐẠT ĐƯỢC TRONG PHONG TRÀO THI ĐUA', 'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC TẶNG', 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, đóng dấu)']) expect(tt).toContain(s);
    for (const s of ['BÁO CÁO THÀNH TÍCH', 'I. SƠ LƯỢC LÝ LỊCH', 'II. THÀNH TÍCH ĐẠT ĐƯỢC TRONG PHONG TRÀO THI ĐUA', 'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC TẶNG', 'XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ', 'NGƯỜI BÁO CÁO THÀNH TÍCH', '(Ký, ghi rõ họ và tên)']) expect(cn).toContain(s);
    expect(tt + cn).not.toContain('Ký tên');
  });

  it('no template holds an internal code, a score or a form label', () => {
    for (const key of TEMPLATE_KEYS) {
      const t = JSON.stringify(templateBlocks(key));
      expect(t, key).not.toMatch(/ma_phieu|tt_diem|cn_diem|\{\{diem\}\}|Mã phiếu|điểm ưu tiên|\(mục \d/i);
    }
  });

  it('the Danh sách is landscape with a header row; every signature block is one table row', () => {
    expect(templatePage('danhSach').width).toBeGreaterThan(templatePage('danhSach').height);
    expect(templatePage('toTrinh').width).toBeLessThan(templatePage('toTrinh').height);
    const lists = templateBlocks('danhSach').filter((b) => b.t === 'table' && b.header);
    expect(lists).toHaveLength(2);
    for (const key of TEMPLATE_KEYS) {
      const sig = templateBlocks(key).filter((b) => b.t === 'table' && b.signature);
      expect(sig, key).toHaveLength(1);
      expect(sig[0].t === 'table' && sig[0].rows).toHaveLength(1);
    }
  });
});
