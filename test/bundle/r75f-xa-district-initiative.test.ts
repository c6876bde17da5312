// Review r75f (the Google Forms as the person filling them meets them) F5.
//
// Who is hurt: a teacher of a school now managed by a UBND xã (since 01/7/2025, when the district level was abolished)
// registering for 2026-2030 an initiative recognised before the reorganisation by the district — the Phòng GD&ĐT
// huyện or the Chủ tịch UBND huyện (“sáng kiến cấp huyện”) — the commonest recognition of the 2021-2025 period, and
// one the form expressly takes (the decision question: “Quyết định ban hành trước năm 2026: … năm công nhận được lấy
// theo ngày ban hành”). The help of “cấp công nhận” names for “Cấp cơ sở” the school, “cơ quan quản lý trực tiếp” and
// the “Ủy ban nhân dân cấp xã (kể cả công nhận trước khi sắp xếp đơn vị hành chính)”, and for “Cấp bộ, ngành, tỉnh”
// the Sở, the UBND tỉnh and ministries. A district body is in neither list; a district stood above the commune, so
// the teacher reads her “cấp huyện” decision as more than “Cấp cơ sở” and picks “Cấp bộ, ngành, tỉnh” — worth one
// level step (5 points by default) in the priority score that orders the passing registrations. The tool itself reads
// a former “Cấp huyện/thành phố” answer as “Cấp cơ sở” (form-titles.ts LEGACY_INITIATIVE_LEVELS), so the form's help is
// the only place that does not say so.
// What happens now: the xã's form says nothing of recognitions by the former district.
// What should happen: the help says where a recognition by the former UBND huyện / Phòng GD&ĐT huyện goes (“Cấp cơ
// sở”, as the tool reads it).
// Severity: Low–Medium (a likely wrong answer that moves a registration up the council's ranking).
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup } from './helpers';
import { initiativeTitles } from '../../src/core/registration-form';
import { SAMPLE_PROFILES, sampleConfig } from '../../sample/profiles';

describe('a UBND xã’s registration form: an initiative the former district recognised', () => {
  it('is placed by the help of the level question', () => {
    const now = new Date(2027, 2, 10, 9);
    const o = officeAfterSetup(SCHOOLS, { now }, sampleConfig(SAMPLE_PROFILES['xa-2026-2030'], now));
    const help = o.emu.forms.forms.get(o.formId)!.items.find((i) => i.title === initiativeTitles(1).level)!.helpText;
    expect({ help, namesDistrict: /huyện/i.test(help) }).toMatchObject({ namesDistrict: true });
  });
});
