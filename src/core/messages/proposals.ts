// Every Vietnamese word of the award proposals (issue 6): the template documents (Tờ trình, Danh sách, Báo cáo
// thành tích) laid out per Nghị định 30/2020/NĐ-CP, the values the generator writes into them, the menu items and
// the "Đề nghị khen thưởng" progress tab. Keep the text NFC with correct diacritics.
// Export names are prefixed PROPOSAL_ / proposal… to stay clear of the other catalogues re-exported beside this one.

const q = (s: string) => `“${s}”`;

// ---- menu, tab, folders, document names -----------------------------------------------------------

export const PROPOSAL_MENU = {
  preview: 'Xem trước danh sách đề nghị khen thưởng',
  generate: 'Tạo tờ trình đề nghị khen thưởng',
  generatePdf: 'Tạo tờ trình đề nghị khen thưởng (kèm bản PDF)',
  regenerate: 'Tạo lại toàn bộ văn bản đề nghị khen thưởng',
} as const;

export const PROPOSAL_JOB_LABEL: Record<string, string> = {
  generateProposals: 'Tạo tờ trình đề nghị khen thưởng',
  generateProposalsWithPdf: 'Tạo tờ trình đề nghị khen thưởng (kèm PDF)',
  regenerateProposals: 'Tạo lại văn bản đề nghị khen thưởng',
  continueProposals: 'Tiếp tục tạo văn bản đề nghị khen thưởng',
  previewProposals: 'Xem trước danh sách đề nghị khen thưởng',
};

export const PROPOSAL_TAB = 'Đề nghị khen thưởng';
export const PROPOSAL_TEMPLATE_FOLDER = 'Điển hình tiên tiến — Mẫu văn bản';
/** The dated folder of one batch of documents ("Đề nghị khen thưởng 05-09-2024"); `n` > 1 for a second batch that day. */
export const proposalRunFolder = (ddMMyyyy: string, n: number) => `Đề nghị khen thưởng ${ddMMyyyy}${n > 1 ? ` (lần ${n})` : ''}`;

export const PROPOSAL_TEMPLATE_NAMES = {
  toTrinh: 'Mẫu - Tờ trình đề nghị tặng Giấy khen',
  danhSach: 'Mẫu - Danh sách đề nghị tặng Giấy khen',
  baoCaoTapThe: 'Mẫu - Báo cáo thành tích tập thể',
  baoCaoCaNhan: 'Mẫu - Báo cáo thành tích cá nhân',
} as const;

export const PROPOSAL_DOC_LABELS = {
  toTrinh: 'Tờ trình đề nghị tặng Giấy khen',
  danhSach: 'Danh sách đề nghị tặng Giấy khen',
  baoCaoTapThe: 'Báo cáo thành tích tập thể',
  baoCaoCaNhan: 'Báo cáo thành tích cá nhân',
} as const;

export const proposalDocName = {
  toTrinh: (ddMMyyyy: string) => `Tờ trình đề nghị tặng Giấy khen - ${ddMMyyyy}`,
  danhSach: (ddMMyyyy: string) => `Danh sách đề nghị tặng Giấy khen - ${ddMMyyyy}`,
  baoCao: (id: string, name: string) => `Báo cáo thành tích - ${id} - ${name}`,
};

// ---- the progress tab ----------------------------------------------------------------------------

export const PROPOSAL_TAB_TITLE = 'ĐỀ NGHỊ KHEN THƯỞNG — văn bản do công cụ tạo (trang tự tạo, sửa tay sẽ bị ghi đè)';
export const PROPOSAL_HEADER = ['STT', 'Mã phiếu', 'Tập thể / cá nhân', 'Đối tượng', 'Đơn vị', 'Điểm ưu tiên', 'Văn bản', 'Liên kết', 'Bản PDF', 'Trạng thái', 'Ghi chú'];

export const PROPOSAL_STATUS = {
  preview: 'Xem trước: sẽ tạo',
  previewExists: 'Xem trước: đã có, không tạo lại',
  waiting: 'Chờ tạo',
  done: 'Đã tạo',
  superseded: 'Đã thay thế (danh sách đề nghị đã thay đổi)',
  notNominated: 'Không còn trong danh sách đề nghị',
  failed: 'Lỗi',
  refused: 'Chưa tạo: còn thiếu thông tin',
  previewRefused: 'Xem trước: sẽ không tạo (còn thiếu thông tin)',
} as const;

export const proposalSummary = {
  previewHead: 'XEM TRƯỚC — chưa tạo văn bản nào. Chọn menu “Tạo tờ trình đề nghị khen thưởng” để tạo.',
  running: (done: number, total: number) =>
    `Đang tạo: đã xong ${done}/${total} văn bản. Công cụ tự chạy tiếp sau khoảng 1 phút (mỗi lần chạy tối đa 6 phút); không cần bấm lại.`,
  quota: (done: number, total: number) =>
    `Tạm dừng: đã xong ${done}/${total} văn bản; tài khoản đã dùng hết số văn bản được tạo trong ngày (250 với tài khoản thường, 1.500 với Google Workspace). Công cụ tự tạo tiếp sau 24 giờ; các văn bản đã tạo không bị tạo lại.`,
  done: (total: number) => `Đã tạo xong: ${total} văn bản. Chạy lại menu này chỉ tạo những văn bản còn thiếu; muốn tạo mới toàn bộ, chọn “${PROPOSAL_MENU.regenerate}”.`,
  nothingNew: (total: number) => `Không có văn bản mới cần tạo: đủ ${total} văn bản của danh sách hiện tại đã có.`,
  failed: (message: string) => `Lỗi khi tạo văn bản: ${message}. Các văn bản đã tạo được giữ nguyên; sửa lỗi rồi chọn lại menu để tạo tiếp.`,
  plan: (docs: number, baoCao: number, totals: string) =>
    `Danh sách đề nghị: ${totals}. Văn bản: 1 tờ trình, 1 danh sách, ${baoCao} báo cáo thành tích (tổng ${docs}).`,
  toCreate: (n: number) => `Còn phải tạo: ${n} văn bản.`,
  refused: (n: number) => `${n} văn bản chưa tạo được vì còn thiếu thông tin (không bao giờ in ô trống hay “{{…}}” vào văn bản): xem cột “Ghi chú” của từng dòng.`,
  noNominees: `Chưa có tập thể, cá nhân nào được đề nghị: ở trang “Thẩm định”, chọn “Đề nghị khen” trong cột “Quyết định của Hội đồng” cho các phiếu Đạt, rồi chạy lại.`,
  reviewMissing: `Chưa có trang “Thẩm định”: chọn menu “Cập nhật tổng hợp” để tạo, rồi chọn “Đề nghị khen” cho các phiếu Đạt.`,
  skipped: (n: number) => `${n} phiếu được chọn “Đề nghị khen” nhưng không đủ điều kiện (chưa Đạt, đã được đăng ký lại hoặc không còn trong danh sách phiếu) nên không đưa vào tờ trình — xem cột “Ghi chú” ở trang “Thẩm định”.`,
  unknownPlaceholders: (template: string, names: string[]) =>
    `Mẫu ${q(template)} có ô thay thế công cụ không biết, được để nguyên trong văn bản: ${names.map((n) => `{{${n}}}`).join(', ')}. Các tên công cụ biết: xem trang “Hướng dẫn” của mẫu hoặc trang này.`,
  splitPlaceholders: (template: string, names: string[]) =>
    `Mẫu ${q(template)} có ô thay thế bị tách bởi định dạng (một phần in đậm/nghiêng khác), công cụ không thay được: ${names.map((n) => `{{${n}}}`).join(', ')}. Hãy gõ lại cả ô (kể cả dấu ngoặc) một lần, cùng một định dạng.`,
  missingRows: (template: string, kind: string, sample: string) =>
    `Mẫu ${q(template)} không còn dòng mẫu của bảng ${kind} (dòng có ${sample}); bảng này không được điền.`,
  templatesMissing: `Chưa có các mẫu văn bản: công cụ sẽ tạo khi chạy “Thiết lập” hoặc khi tạo tờ trình.`,
  knownNames: (names: string[]) => `Các ô thay thế công cụ điền được: ${names.map((n) => `{{${n}}}`).join(', ')}.`,
  pdf: 'Kèm bản PDF của mỗi văn bản.',
};

/** What a document cannot be made without, named where the office or the school fills it in. */
export const PROPOSAL_GAP = {
  config: (setting: string) => `mục ${q(setting)} ở trang “Cấu hình”`,
  name: (question: string) => `câu hỏi ${q(question)} của phiếu đăng ký`,
  narrative: (question: string) => `câu hỏi ${q(question)} của phiếu đăng ký (nội dung phần “Kết quả thực hiện” của báo cáo thành tích)`,
  principal: (column: string) => `cột ${q(column)} của trường ở trang “Đơn vị” (người ký báo cáo thành tích tập thể)`,
  school: (question: string) => `câu hỏi ${q(question)} của phiếu đăng ký (đơn vị không có trong trang “Đơn vị”)`,
};

export const proposalNote = {
  refused: (gaps: string[]) => `Chưa tạo văn bản này vì còn thiếu: ${gaps.join('; ')}. Bổ sung rồi chạy lại menu tạo văn bản.`,
  missing: (names: string[]) => `Chưa có giá trị, để nguyên trong văn bản để điền tay: ${names.map((n) => `{{${n}}}`).join(', ')}.`,
  unknown: (names: string[]) => `Ô thay thế không biết, để nguyên: ${names.map((n) => `{{${n}}}`).join(', ')}.`,
  split: (names: string[]) => `Ô thay thế bị tách định dạng, không thay được: ${names.map((n) => `{{${n}}}`).join(', ')}.`,
  missingRows: (kind: string) => `Mẫu không có dòng mẫu của bảng ${kind}.`,
};

export const PROPOSAL_ALERT = {
  previewDone: (n: number) => `Đã ghi danh sách xem trước vào trang “${PROPOSAL_TAB}”: sẽ tạo ${n} văn bản. Chưa tạo văn bản nào.`,
  started: (done: number, total: number) =>
    `Đã tạo ${done}/${total} văn bản. Phần còn lại công cụ tự tạo tiếp ở các lần chạy sau; theo dõi ở trang “${PROPOSAL_TAB}”.`,
  done: (total: number, url: string) => `Đã tạo xong ${total} văn bản đề nghị khen thưởng trong thư mục:\n${url}\n\nDanh sách liên kết ở trang “${PROPOSAL_TAB}”.`,
  nothingNew: `Các văn bản của danh sách đề nghị hiện tại đều đã có; không tạo thêm. Xem trang “${PROPOSAL_TAB}”.`,
  quota: `Tài khoản đã dùng hết số văn bản được tạo trong ngày. Công cụ tự tạo tiếp sau 24 giờ; xem trang “${PROPOSAL_TAB}”.`,
  busy: 'Đang có một lần tạo văn bản đề nghị khen thưởng khác chạy. Vui lòng chờ vài phút rồi xem trang “Đề nghị khen thưởng”.',
  noNominees: proposalSummary.noNominees,
};

// ---- values written into the documents ---------------------------------------------------------

export const PROPOSAL_KIND = { collective: 'Tập thể', individual: 'Cá nhân' } as const;
export const proposalTotals = (collectives: number, individuals: number) => `Tổng số: ${collectives} tập thể, ${individuals} cá nhân`;
export const proposalVietnameseDate = (dd: string, m: string, yyyy: string) => `ngày ${dd} tháng ${m} năm ${yyyy}`;
/** Whom a Tờ trình is addressed to: the head of the parent authority. */
export const proposalAddressee = (parentAuthority: string) => (/^Sở\s/i.test(parentAuthority) ? `Giám đốc ${parentAuthority}` : parentAuthority);
/** Document symbols of the usual issuing bodies (the part after "TTr-"). */
export const PROPOSAL_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/^Phòng Giáo dục và Đào tạo/i, 'PGDĐT'],
  [/^Phòng GD&ĐT/i, 'PGDĐT'],
  [/^Sở Giáo dục và Đào tạo/i, 'SGDĐT'],
  [/^Sở GD&ĐT/i, 'SGDĐT'],
  [/^Phòng Văn hóa - Xã hội/i, 'VHXH'],
  [/^Phòng Văn hóa/i, 'PVH'],
  [/^(Ủy|Uỷ) ban nhân dân/i, 'UBND'],
  [/^UBND/i, 'UBND'],
];
export const PROPOSAL_NONE_ROW = 'Không có';
export const PROPOSAL_EMPTY_LIST = 'Không có tập thể, cá nhân nào.';

export const PROPOSAL_TEXT = {
  model: (name: string, type: string) => (type ? `Mô hình ${q(name)} (${type})` : `Mô hình ${q(name)}`),
  modelNoName: (type: string) => `Mô hình: ${type}`,
  initiativesLabel: 'Sáng kiến, giải pháp',
  initiative: (name: string, level: string, decision: string, year: string) =>
    `${q(name)}${level ? ` — ${level.charAt(0).toLowerCase() + level.slice(1)}` : ''}${decision ? `, Quyết định số ${decision}` : ''}${year ? `, năm ${year}` : ''}`,
  initiativeRecognised: (name: string, level: string, decision: string, year: string) =>
    `Sáng kiến, giải pháp ${q(name)} được công nhận${level ? ` ${level.charAt(0).toLowerCase() + level.slice(1)}` : ''}${decision ? ` (Quyết định số ${decision}` + (year ? `, năm ${year})` : ')') : year ? ` (năm ${year})` : ''}.`,
  ratingsLabel: 'Xếp loại',
  ratingGroup: (rating: string, years: readonly (number | string)[]) => `${rating} (${years.join(', ')})`,
  orgRatings: (org: string, text: string) => `${org}: ${text}`,
  noRatings: 'Chưa có kết quả xếp loại của các năm đã qua.',
  personalRatings: 'Cá nhân',
  movementsJoined: (list: string[]) => `Tham gia các phong trào thi đua: ${list.join('; ')}.`,
  movementsNone: 'Chưa ghi nhận việc tham gia các phong trào thi đua của ngành.',
  field: (f: string) => `Lĩnh vực: ${f}`,
  collectiveBackground: (name: string, level: string, ward: string, cluster: string, principal: string) =>
    [
      `${name}${level ? ` (cấp học: ${level})` : ''}`,
      ward ? `địa bàn ${ward}` : '',
      cluster ? `thuộc ${cluster}` : '',
      principal ? `hiệu trưởng: ${principal}` : '',
    ]
      .filter((x) => x !== '')
      .join('; ') + '.',
  individualBackground: (name: string, birthYear: string, role: string, school: string, partyMember: boolean, head: boolean) =>
    `${name}${birthYear ? `, sinh năm ${birthYear}` : ''}${role ? `, ${role.toLowerCase()}` : ''}${school ? ` tại ${school}` : ''}${partyMember ? '; đảng viên' : ''}${head ? '; người đứng đầu cơ quan, đơn vị' : ''}.`,
  yes: 'Có',
  no: 'Không',
  noAwards: 'Chưa có hình thức khen thưởng nào được kê khai.',
  declaredAward: (text: string) => `Đã được khen thưởng: ${text}`,
  ratingsIndividual: (text: string) => `Kết quả đánh giá, xếp loại các năm: ${text}`,
  ratingsCollective: (text: string) => `Kết quả xếp loại tổ chức đảng, đoàn thể các năm: ${text}`,
  personLine: (name: string, role: string, school: string) =>
    [name, role ? role.charAt(0).toLowerCase() + role.slice(1) : '', school].filter((x) => x !== '').join(', '),
  basis: (text: string) => {
    const t = text.trim().replace(/[;,.]+$/, '');
    return /^căn cứ\s/i.test(t) ? `${t};` : `Căn cứ ${t};`;
  },
  planBasis: (number: string, date: string, office: string, title: string) =>
    `Căn cứ Kế hoạch${number ? ` số ${number}` : ''}${date ? ` ngày ${date}` : ''} của ${office} về ${title};`,
  planTitle: (period: string) => `việc phát hiện, bồi dưỡng, tổng kết và nhân rộng các mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn ${period}`,
  evidenceAward: (label: string, text: string) => `${label}: ${text}`,
  score: (n: number) => String(n),
};

// ---- the templates ----------------------------------------------------------------------------------
// Layout: Nghị định 30/2020/NĐ-CP (Phụ lục I: header blocks, Quốc hiệu and Tiêu ngữ, "Số", place and date, trích yếu,
// Kính gửi, nơi nhận, signature). The Báo cáo thành tích follows, section by section, the report for awards "theo
// đợt thi đua hoặc theo chuyên đề" (Mẫu số 07 of the annex of Nghị định 91/2017/NĐ-CP; its successor forms under
// Nghị định 98/2023/NĐ-CP and 152/2025/NĐ-CP could not be confirmed here: see docs/award-documents.md).

export const PROPOSAL_TEMPLATE_TEXT = {
  quocHieu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  tieuNgu: 'Độc lập - Tự do - Hạnh phúc',
  line: '________________________________________',
  shortLine: '__________________',
  subjectLine: '______________',
  soToTrinh: 'Số: {{so_van_ban}}/TTr-{{ky_hieu}}',
  diaDanhNgay: '{{dia_danh}}, ngày {{ngay}} tháng {{thang}} năm {{nam}}',
  // Tờ trình
  toTrinh: 'TỜ TRÌNH',
  toTrinhSubject: 'Về việc đề nghị tặng Giấy khen cho các tập thể, cá nhân điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn {{giai_doan}}',
  kinhGui: 'Kính gửi: {{kinh_gui}}.',
  toTrinhBody: [
    '{{can_cu_luat}}',
    '{{can_cu_nghi_dinh}}',
    '{{can_cu_ke_hoach}}',
    'Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng {{ten_co_quan}},',
    '{{ten_co_quan}} kính đề nghị {{kinh_gui}} xem xét, tặng Giấy khen cho {{so_tap_the}} tập thể và {{so_ca_nhan}} cá nhân đã có thành tích tiêu biểu trong việc xây dựng và nhân rộng các mô hình, điển hình tiên tiến giai đoạn {{giai_doan}}.',
    '({{tong_so}}; có danh sách và báo cáo thành tích kèm theo.)',
    '{{ten_co_quan}} kính trình {{kinh_gui}} xem xét, quyết định./.',
  ],
  noiNhan: 'Nơi nhận:',
  noiNhanToTrinh: ['- Như trên;', '- Hội đồng TĐKT {{ten_viet_tat}};', '- Lưu: VT.'],
  chucVuNguoiKy: '{{chuc_vu_nguoi_ky}}',
  nguoiKy: '{{nguoi_ky}}',
  // Danh sách
  danhSach: 'DANH SÁCH',
  danhSachSubject: 'Tập thể, cá nhân đề nghị tặng Giấy khen điển hình tiên tiến giai đoạn {{giai_doan}}',
  danhSachAttached: '(Kèm theo Tờ trình số {{so_van_ban}}/TTr-{{ky_hieu}} ngày {{ngay}}/{{thang}}/{{nam}} của {{ten_co_quan}})',
  collectivesHeading: 'I. TẬP THỂ ({{so_tap_the}})',
  individualsHeading: 'II. CÁ NHÂN ({{so_ca_nhan}})',
  collectivesHeader: ['STT', 'Tên tập thể', 'Đơn vị', 'Tóm tắt thành tích'],
  collectivesRow: ['{{tt_stt}}', '{{tt_ten}}', '{{tt_don_vi}}', '{{tt_thanh_tich}}'],
  individualsHeader: ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Tóm tắt thành tích'],
  individualsRow: ['{{cn_stt}}', '{{cn_ten}}', '{{cn_nam_sinh}}', '{{cn_chuc_vu}}', '{{cn_don_vi}}', '{{cn_thanh_tich}}'],
  totals: '{{tong_so}}.',
  // Báo cáo thành tích (khen thưởng theo đợt thi đua, theo chuyên đề)
  baoCao: 'BÁO CÁO THÀNH TÍCH',
  baoCaoSubjectCollective: 'Đề nghị tặng Giấy khen tập thể có thành tích xuất sắc trong phong trào thi đua xây dựng mô hình, điển hình tiên tiến giai đoạn {{giai_doan}}',
  baoCaoSubjectIndividual: 'Đề nghị tặng Giấy khen cá nhân có thành tích xuất sắc trong phong trào thi đua xây dựng mô hình, điển hình tiên tiến giai đoạn {{giai_doan}}',
  baoCaoName: 'Tên tập thể đề nghị khen thưởng: {{ten}}',
  baoCaoPerson: 'Họ tên, chức vụ và đơn vị công tác: {{ho_ten_chuc_vu}}',
  sectionI_collective: 'I. THÔNG TIN CHUNG',
  sectionI_individual: 'I. SƠ LƯỢC LÝ LỊCH',
  backgroundCollective: ['- Đặc điểm, tình hình: {{dac_diem}}', '- Người đứng đầu: {{hieu_truong}}'],
  backgroundIndividual: ['- Năm sinh: {{nam_sinh}}', '- Chức vụ, vị trí việc làm: {{chuc_vu}}', '- Đơn vị công tác: {{don_vi}}', '- Đảng viên: {{dang_vien}}'],
  sectionII: 'II. THÀNH TÍCH ĐẠT ĐƯỢC TRONG PHONG TRÀO THI ĐUA',
  achievements: [
    '1. Đăng ký xây dựng: {{mo_hinh}}.',
    '2. Kết quả thực hiện: {{thanh_tich}}',
    '3. Biện pháp, giải pháp, sáng kiến đã được công nhận: {{giai_phap}}',
    '4. {{phong_trao}}',
    '5. {{xep_loai}}',
  ],
  sectionIII: 'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC TẶNG',
  awards: ['{{khen_thuong}}'],
  signerCollective: 'THỦ TRƯỞNG ĐƠN VỊ',
  signerCollectiveName: '{{hieu_truong}}',
  confirmCollective: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG',
  confirmIndividual: 'XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ',
  signerIndividual: 'NGƯỜI BÁO CÁO THÀNH TÍCH',
  signerIndividualName: '{{ho_ten}}',
  signHint: '(Ký, ghi rõ họ và tên)',
  signHintSeal: '(Ký, đóng dấu)',
};

/** What a placeholder holds, shown in the preview so the office knows what it may type into a template. */
export const PROPOSAL_PLACEHOLDER_HELP: Record<string, string> = {
  co_quan_cap_tren: 'cơ quan cấp trên (in hoa)',
  co_quan: 'tên cơ quan ban hành (in hoa)',
  ten_co_quan: 'tên cơ quan',
  ten_viet_tat: 'tên viết tắt của cơ quan',
  ky_hieu: 'ký hiệu cơ quan trong số văn bản',
  so_van_ban: 'số văn bản (để trống cho văn thư ghi)',
  dia_danh: 'địa danh',
  ngay: 'ngày',
  thang: 'tháng',
  nam: 'năm',
  ngay_thang_nam: '“ngày … tháng … năm …”',
  kinh_gui: 'nơi nhận tờ trình',
  giai_doan: 'giai đoạn',
  chuc_vu_nguoi_ky: 'chức vụ người ký (in hoa)',
  nguoi_ky: 'họ tên người ký',
  so_tap_the: 'số tập thể đề nghị',
  so_ca_nhan: 'số cá nhân đề nghị',
  so_de_nghi: 'tổng số tập thể và cá nhân',
  tong_so: '“Tổng số: … tập thể, … cá nhân”',
};
