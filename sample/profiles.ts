// Who the sample office is (issue 16): its kind, names, period, season date and communes. Three samples:
// - "2026-2030" (npm start): a current office, the Sở GD&ĐT of a merged province, schools grouped by commune/ward;
// - "xa-2026-2030" (npm start -- --sample xa-2026-2030): a commune's Ủy ban, which since 1/7/2025 manages its
//   kindergartens, primary and lower-secondary schools (review commune L2);
// - "2021-2025" (npm start -- --sample 2021-2025): the seed's district office, the case of the plan in docs/plan.
// Every name of a place, office or person is invented ("Hà Sơn" is no province); the Yên Bái city office is the
// issuer of the plan the 2021–2025 catalogue comes from, kept as the plan names it.
import { OfficeConfig, Organisation, defaultConfig, periodConfig } from '../src/core/config';
import type { OfficeKind } from '../src/core/messages/profiles';

export type SampleId = '2026-2030' | 'xa-2026-2030' | '2021-2025';
export const SAMPLE_IDS: readonly SampleId[] = ['2026-2030', 'xa-2026-2030', '2021-2025'];
/** What `npm start` runs. */
export const CURRENT_SAMPLE: SampleId = '2026-2030';
/** What makeSampleOffice builds when not told: the seed, so every figure a test asserts keeps its meaning. */
export const SEED_SAMPLE: SampleId = '2021-2025';

export interface SampleProfile {
  id: SampleId;
  /** One line for the console, in Vietnamese. */
  description: string;
  kind: OfficeKind;
  startYear: number;
  endYear: number;
  /** The date the season ends at (registrations run from the period's opening to the day before). */
  today: Date;
  organisation: Partial<Omit<Organisation, 'signer'>> & { signerName: string };
  digestRecipients: string[];
  /** Whom schools contact (Cấu hình "Liên hệ của cơ quan"), when the sample turns the views on. */
  contact: string;
  /** Communes and wards the schools belong to ("Đơn vị" column xã/phường). */
  wards: readonly string[];
  /** How many schools and registrations its season has when not told (default 40 and 400). */
  schools?: number;
  registrations?: number;
}

/** The office that issued the plan in docs/plan (Phòng GD&ĐT thành phố Yên Bái), as the plan names it. */
export const PLAN_OFFICE: Partial<Organisation> = {
  kind: 'phong',
  name: 'Phòng Giáo dục và Đào tạo thành phố Yên Bái',
  shortName: 'Phòng GD&ĐT thành phố Yên Bái',
  parentAuthority: 'Sở Giáo dục và Đào tạo tỉnh Yên Bái',
  place: 'Yên Bái',
  governingBody: 'Ủy ban nhân dân thành phố Yên Bái',
};

export const SAMPLE_PROFILES: Readonly<Record<SampleId, SampleProfile>> = {
  '2026-2030': {
    id: '2026-2030',
    description: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn (tỉnh sau sáp nhập, giả định), giai đoạn 2026-2030; các trường thuộc các xã, phường',
    kind: 'so',
    startYear: 2026,
    endYear: 2030,
    today: new Date(2028, 6, 1),
    organisation: {
      name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn',
      shortName: 'Sở GD&ĐT tỉnh Hà Sơn',
      parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn',
      governingBody: 'Ủy ban nhân dân tỉnh Hà Sơn',
      place: 'Hà Sơn',
      planNumber: '86/KH-SGDĐT',
      planDate: '18/09/2026',
      planTitle: 'xây dựng mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước ngành Giáo dục và Đào tạo tỉnh Hà Sơn, giai đoạn 2026-2030',
      signerName: 'Lê Thị Thu Hà',
    },
    digestRecipients: ['thiduakhenthuong@sogd.example.vn', 'vanphong@sogd.example.vn'],
    contact: 'Thường trực thi đua: thiduakhenthuong@sogd.example.vn',
    wards: [
      'Phường Mây Ngàn', 'Phường Sông Ngọc', 'Phường Bến Mây', 'Phường Cầu Vồng', 'Xã Đồi Chè',
      'Xã Thác Bạc', 'Xã Suối Mơ', 'Xã Bản Mây', 'Xã Núi Bút', 'Xã Đồng Lúa',
    ],
  },
  'xa-2026-2030': {
    id: 'xa-2026-2030',
    description: 'Ủy ban nhân dân xã Suối Ngọc (cấp xã: từ 01/7/2025 quản lý các trường mầm non, tiểu học, THCS trên địa bàn), giai đoạn 2026-2030',
    kind: 'xa',
    startYear: 2026,
    endYear: 2030,
    today: new Date(2028, 6, 1),
    organisation: {
      name: 'Ủy ban nhân dân xã Suối Ngọc',
      shortName: 'UBND xã Suối Ngọc',
      parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn',
      governingBody: '',
      place: 'Suối Ngọc',
      planNumber: '52/KH-UBND',
      planDate: '25/09/2026',
      planTitle: 'xây dựng mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước ngành giáo dục xã Suối Ngọc, giai đoạn 2026-2030',
      signerName: 'Nguyễn Văn Hải',
    },
    digestRecipients: ['vanhoaxahoi@xasuoingoc.example.vn', 'chutich@xasuoingoc.example.vn'],
    contact: 'Phòng Văn hóa - Xã hội: vanhoaxahoi@xasuoingoc.example.vn',
    wards: ['Xã Suối Ngọc'],
    schools: 12,
    registrations: 150,
  },
  '2021-2025': {
    id: '2021-2025',
    description: 'Phòng Giáo dục và Đào tạo thành phố Yên Bái, giai đoạn 2021-2025 (đơn vị ban hành Kế hoạch mẫu; cấp huyện đến 30/6/2025)',
    kind: 'phong',
    startYear: 2021,
    endYear: 2025,
    today: new Date(2024, 6, 1),
    organisation: {
      ...PLAN_OFFICE,
      planNumber: '125/KH-PGDĐT',
      planDate: '15/09/2021',
      // The plan's own title (docs/plan), after "Kế hoạch".
      planTitle: 'xây dựng mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước ngành Giáo dục và Đào tạo thành phố Yên Bái, giai đoạn 2021-2025',
      signerName: 'Trần Văn Minh',
    },
    digestRecipients: ['thuongtruc@phonggd.example.vn', 'truongphong@phonggd.example.vn'],
    contact: 'Thường trực thi đua: thuongtruc@phonggd.example.vn',
    wards: [
      'Phường Đồi Thông', 'Phường Suối Ngọc', 'Phường Bến Đò', 'Phường Rừng Cọ', 'Phường Hòa Lạc', 'Phường Thủy Nguyên',
      'Xã Bình An', 'Xã Tân Phúc', 'Xã Minh Hòa', 'Xã Đồng Lợi',
    ],
  },
};

export function sampleProfile(id: SampleId = SEED_SAMPLE): SampleProfile {
  const p = SAMPLE_PROFILES[id];
  if (!p) throw new Error(`unknown sample ${id}`);
  return p;
}

/**
 * The plan's own office (Phòng GD&ĐT thành phố Yên Bái, 2021–2025), nobody named to sign yet: what tests of the
 * plan's case configure (the tool's default for a new Sheet is a Sở GD&ĐT with generic names).
 */
export function planConfig(today: Date): OfficeConfig {
  const cfg = defaultConfig(today, periodConfig(2021, 2025), 'phong');
  Object.assign(cfg.organisation, PLAN_OFFICE);
  return cfg;
}

/** The configuration of a sample office, as its staff would have filled "Cấu hình". */
export function sampleConfig(p: SampleProfile, today: Date = p.today): OfficeConfig {
  const cfg = defaultConfig(today, periodConfig(p.startYear, p.endYear), p.kind);
  const { signerName, ...org } = p.organisation;
  Object.assign(cfg.organisation, org);
  cfg.organisation.signer = { ...cfg.organisation.signer, name: signerName };
  cfg.mail.digestRecipients = p.digestRecipients.slice();
  return cfg;
}
