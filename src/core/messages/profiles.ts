// The kinds of office that run the programme (issue 16) and the words each one uses of itself: the defaults of
// its "Cấu hình" rows and how its e-mails, guide and views name it. Since 1/7/2025 there is no district level:
// the provincial Sở GD&ĐT runs the sector, kindergartens, primary and lower-secondary schools come under the
// commune People's Committee (its Phòng Văn hóa - Xã hội). The district office of the 2021–2025 plan stays
// available for that period's records. Names are generic: the office writes its own in "Cấu hình".

export type OfficeKind = 'so' | 'xa' | 'truong' | 'phong';

export interface OfficeProfile {
  kind: OfficeKind;
  /** As the office picks it in "Cấu hình" (row "Loại cơ quan"). */
  label: string;
  name: string;
  shortName: string;
  /** How the office names itself in e-mails, the guide and the schools' views: "Sở", "Ủy ban", "Nhà trường". */
  selfName: string;
  /** Administrative level, derived (no row of its own in "Cấu hình"). */
  level: string;
  /** Cơ quan chủ quản, above the office's name in a document's header (Nghị định 30/2020/NĐ-CP). */
  governingBody: string;
  /** Whom the Tờ trình is addressed to. */
  parentAuthority: string;
  signerTitle: string;
  /** How the council's chair is titled, the example of "Họp Hội đồng TĐKT" (the head of the office chairs it). */
  chairTitle: string;
}

export const OFFICE_PROFILES: Readonly<Record<OfficeKind, OfficeProfile>> = {
  so: {
    kind: 'so',
    label: 'Sở GD&ĐT',
    name: 'Sở Giáo dục và Đào tạo',
    shortName: 'Sở GD&ĐT',
    selfName: 'Sở',
    level: 'Cấp tỉnh',
    governingBody: 'Ủy ban nhân dân tỉnh',
    parentAuthority: 'Ủy ban nhân dân tỉnh',
    signerTitle: 'Giám đốc',
    chairTitle: 'Giám đốc Sở, Chủ tịch Hội đồng',
  },
  xa: {
    kind: 'xa',
    label: 'UBND xã/phường',
    name: 'Ủy ban nhân dân xã',
    shortName: 'UBND xã',
    selfName: 'Ủy ban',
    level: 'Cấp xã',
    governingBody: '',
    parentAuthority: 'Ủy ban nhân dân tỉnh',
    signerTitle: 'Chủ tịch',
    chairTitle: 'Chủ tịch Ủy ban nhân dân xã, Chủ tịch Hội đồng',
  },
  truong: {
    kind: 'truong',
    label: 'Trường học / đơn vị khác',
    name: 'Trường',
    shortName: 'Nhà trường',
    selfName: 'Nhà trường',
    level: 'Cấp cơ sở',
    governingBody: '',
    parentAuthority: '',
    signerTitle: 'Hiệu trưởng',
    chairTitle: 'Hiệu trưởng, Chủ tịch Hội đồng',
  },
  // The office of the 2021–2025 plan; no longer exists since 1/7/2025.
  phong: {
    kind: 'phong',
    label: 'Phòng GD&ĐT (cấp huyện, đến 30/6/2025)',
    name: 'Phòng Giáo dục và Đào tạo',
    shortName: 'Phòng GD&ĐT',
    selfName: 'Phòng',
    level: 'Cấp huyện',
    governingBody: 'Ủy ban nhân dân huyện',
    parentAuthority: 'Sở Giáo dục và Đào tạo',
    signerTitle: 'Trưởng phòng',
    chairTitle: 'Trưởng phòng, Chủ tịch Hội đồng',
  },
};

export const OFFICE_KINDS: readonly OfficeKind[] = ['so', 'xa', 'truong', 'phong'];
/** A new Sheet's office: the body that runs the sector since 1/7/2025. */
export const DEFAULT_OFFICE_KIND: OfficeKind = 'so';

/** The kind an office's full name says, for a "Cấu hình" written before the row "Loại cơ quan" existed. */
export const KIND_BY_NAME: readonly (readonly [RegExp, OfficeKind])[] = [
  [/^Sở\s/i, 'so'],
  [/^(Ủy ban|Uỷ ban|UBND)\s/i, 'xa'],
  [/^Phòng\s+(Giáo dục|GD)/i, 'phong'],
  [/^Trường\s/i, 'truong'],
];

/**
 * The standard abbreviation of the words a body's name opens with, by the kind KIND_BY_NAME reads in the name (any
 * People's Committee reads 'xa': "UBND tỉnh Hà Sơn" too): the words in full, and their short form as a pattern and as the
 * tool writes it. Documents print a body's name in full ("UBND xã Suối Ngọc" → "Ủy ban nhân dân xã Suối Ngọc": review
 * r75c F6); a short name the office left at its kind's generic default is derived from the full name with them
 * ("Ủy ban nhân dân xã Suối Ngọc" → "UBND xã Suối Ngọc": review r75c F5).
 */
export const BODY_ABBREVIATIONS: Readonly<Partial<Record<OfficeKind, { full: string; fullWords: RegExp; short: string; shortWords: RegExp }>>> = {
  xa: { full: 'Ủy ban nhân dân', fullWords: /^(?:Ủy|Uỷ) ban nhân dân(?=\s|$)/i, short: 'UBND', shortWords: /^UBND(?=\s|$)/i },
  so: { full: 'Sở Giáo dục và Đào tạo', fullWords: /^Sở Giáo dục và Đào tạo(?=\s|$)/i, short: 'Sở GD&ĐT', shortWords: /^Sở\s+GD\s*[&-]?\s*ĐT(?=\s|$)/i },
  phong: { full: 'Phòng Giáo dục và Đào tạo', fullWords: /^Phòng Giáo dục và Đào tạo(?=\s|$)/i, short: 'Phòng GD&ĐT', shortWords: /^Phòng\s+GD\s*[&-]?\s*ĐT(?=\s|$)/i },
};

/**
 * Other ways a clerk writes the kind in "Cấu hình" (without diacritics, lower case, as text.ts plainKey gives them; a
 * value beginning "Trưởng", a head's title, is never a school's: review d71): a
 * phường's clerk types "UBND phường", a commune's "Ủy ban nhân dân xã" or "UBND xa/phuong" (review r70x: such a value
 * was refused, and the Sheet said not to send the forms' link yet, although the kind was plain).
 */
export const KIND_BY_WORDS: readonly (readonly [RegExp, OfficeKind])[] = [
  [/^(ubnd|uy ban( nhan dan)?)( (xa|phuong|dac khu)\b.*)?$|^(xa|phuong|dac khu)( ?\/ ?(xa|phuong|dac khu))*$/, 'xa'],
  [/^so( (gd|giao duc).*)?$/, 'so'],
  [/^phong (gd|giao duc).*$/, 'phong'],
  // A school by its kind's words: "Trường" alone would take "Trưởng phòng" (a head's title) for one, without diacritics.
  [/^truong( (hoc|mam non|mn|mau giao|tieu hoc|th|thcs|thpt|trung hoc|pho thong|ptdt|ptdtbt|ptdtnt|lien cap|cao dang|dai hoc|chuyen)\b.*)?$/, 'truong'],
];

/** The settings this catalogue names (the others are in ./validation.ts). */
export const PROFILE_CONFIG_LABELS: Readonly<Record<string, string>> = {
  'organisation.kind': 'Loại cơ quan',
  'organisation.selfName': 'Cách gọi cơ quan trong thư',
};

/** The help of "Số Kế hoạch của cơ quan", its example under the office's symbol (profileExplanations: a commune's is UBND). */
export const planNumberHelp = (symbol: string) =>
  `Số, ký hiệu Kế hoạch xây dựng mô hình, điển hình tiên tiến của cơ quan cho giai đoạn này, ví dụ: 125/KH-${symbol}; dẫn trong dòng “Căn cứ Kế hoạch” của tờ trình và dự thảo Quyết định. Chưa có Kế hoạch thì để trống cả mục này và mục “Ngày ban hành Kế hoạch”: văn bản để dòng “[Căn cứ Kế hoạch số … ngày … — cơ quan bổ sung]”. Sang giai đoạn mới nhớ sửa hai mục này.`;

/**
 * The explanation of each organisation row of "Cấu hình", with examples of the office's own kind (they replace the
 * generic ones of ./validation.ts for these rows).
 */
export function profileExplanations(p: OfficeProfile): Record<string, string> {
  const ex: Record<OfficeKind, { name: string; parent: string; governing: string; symbol: string }> = {
    so: { name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', parent: 'Ủy ban nhân dân tỉnh Hà Sơn', governing: 'Ủy ban nhân dân tỉnh Hà Sơn', symbol: 'SGDĐT' },
    xa: { name: 'Ủy ban nhân dân xã Suối Ngọc', parent: 'Ủy ban nhân dân tỉnh Hà Sơn', governing: '(để trống)', symbol: 'UBND' },
    truong: { name: 'Trường Trung học phổ thông Đồi Thông', parent: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', governing: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', symbol: 'THPTĐT' },
    phong: { name: 'Phòng Giáo dục và Đào tạo huyện Suối Ngọc', parent: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', governing: 'Ủy ban nhân dân huyện Suối Ngọc', symbol: 'PGDĐT' },
  };
  // The competence a head's Quyết định opens with, by kind: a UBND xã's chair decides under the Luật Tổ chức chính
  // quyền địa phương 2025 (Luật số 72/2025/QH15); a Sở, a Phòng under the decision on their functions; a school under
  // its Điều lệ and its own rules.
  const competence: Record<OfficeKind, string> = {
    so: 'ví dụ: Quyết định số …/QĐ-UBND ngày … của Ủy ban nhân dân tỉnh … quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo (có thể thêm Quy chế thi đua, khen thưởng của cơ quan). Để trống: dự thảo in dòng “[Căn cứ … — cơ quan bổ sung]” để cơ quan điền trước khi trình ký.',
    xa: 'Để trống: dự thảo dẫn “Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;” (thẩm quyền của Chủ tịch Ủy ban nhân dân xã; Ủy ban không có quyết định quy định chức năng riêng). Nội dung ghi vào đây thay cả dòng đó: muốn thêm căn cứ (ví dụ Quy chế thi đua, khen thưởng của Ủy ban nhân dân xã), ghi đủ cả dòng Luật nói trên và căn cứ thêm.',
    truong: 'ví dụ: Điều lệ trường của cấp học do Bộ Giáo dục và Đào tạo ban hành; Quy chế thi đua, khen thưởng của nhà trường. Để trống: dự thảo in dòng “[Căn cứ … — cơ quan bổ sung]” để nhà trường điền trước khi trình ký.',
    phong: 'ví dụ: Quyết định số …/QĐ-UBND ngày … của Ủy ban nhân dân huyện … quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Giáo dục và Đào tạo (có thể thêm Quy chế thi đua, khen thưởng của cơ quan). Để trống: dự thảo in dòng “[Căn cứ … — cơ quan bổ sung]” để cơ quan điền trước khi trình ký.',
  };
  const e = ex[p.kind];
  const follows = 'Giữ giá trị mặc định để theo “Loại cơ quan”.';
  return {
    'organisation.kind': `Ghi đúng một trong: ${OFFICE_KINDS.map((k) => `“${OFFICE_PROFILES[k].label}”`).join(', ')}. Loại cơ quan quyết định các giá trị mặc định bên dưới (tên, cơ quan chủ quản, người ký, cách gọi cơ quan trong thư); giá trị cơ quan tự ghi ở các dòng đó vẫn được giữ.`,
    'organisation.selfName': `Từ công cụ dùng khi nhắc tới cơ quan trong thư gửi trường, trang Hướng dẫn và trang theo dõi của trường, ví dụ: Sở, Ủy ban, Nhà trường. ${follows}`,
    'organisation.name': `Tên đầy đủ của cơ quan, ví dụ: ${e.name}.`,
    'organisation.shortName': `Tên viết tắt dùng trong thư và báo cáo, ví dụ: ${p.shortName}.`,
    'organisation.parentAuthority': `Cơ quan cấp trên nhận tờ trình, ví dụ: ${e.parent}.`,
    'organisation.signerTitle': `Chức vụ của người ký ở dòng trên (thủ trưởng cơ quan), ví dụ: ${p.signerTitle}; chỉ ghi chức vụ, không ghi tên cơ quan (tên cơ quan lấy ở mục “Tên cơ quan”). Cấp phó ký (cả cấp phó được giao phụ trách) ghi “Phó ${p.signerTitle}”: văn bản in “KT. ${p.signerTitle.toLocaleUpperCase('vi')}”; người được giao quyền cấp trưởng ghi “Quyền ${p.signerTitle}”: văn bản in “Q. ${p.signerTitle.toLocaleUpperCase('vi')}”. ${follows}`,
    'legal.competence': `Toàn văn dòng căn cứ thẩm quyền, in đầu tiên trong các căn cứ của dự thảo Quyết định tặng Giấy khen; ${competence[p.kind]}`,
    'organisation.governingBody': `Cơ quan, tổ chức chủ quản, in ở dòng trên tên cơ quan trong phần tiêu đề của tờ trình, danh sách (Nghị định 30/2020/NĐ-CP), ví dụ: ${e.governing}. Khác với cơ quan nhận tờ trình. Để trống nếu không có.`,
    'plan.number': planNumberHelp(e.symbol),
    'organisation.symbol': `Chữ viết tắt tên cơ quan trong số, ký hiệu văn bản, ví dụ: ${e.symbol} (tờ trình số …/TTr-${e.symbol}). Để trống để công cụ suy ra từ tên cơ quan.`,
    'mail.digestRecipients': `E-mail của thường trực thi đua (cán bộ của ${p.selfName}) nhận thư tổng hợp hằng tuần, cách nhau bởi dấu chấm phẩy (;). Để trống thì không gửi thư tổng hợp.`,
  };
}

const q = (s: string) => `“${s}”`;

export const configErrorBadKind = (row: number, value: string, fallback: string) =>
  `Trang tính “Cấu hình”, dòng ${row}, mục ${q(PROFILE_CONFIG_LABELS['organisation.kind'])}: giá trị ${q(value)} không thuộc danh sách (${OFFICE_KINDS.map((k) => q(OFFICE_PROFILES[k].label)).join(', ')}); tạm dùng ${q(fallback)}.`;
export const configErrorDuplicateProfileKey = (row: number, key: string, firstRow: number) =>
  `Trang tính “Cấu hình”, dòng ${row}: mục ${q(PROFILE_CONFIG_LABELS[key] ?? key)} đã có ở dòng ${firstRow}; chỉ giữ một dòng.`;
