// A school running the tool for its own staff (Loại cơ quan "Trường học / đơn vị khác"), the school its one unit (review
// schooloffice): the school as a whole is not in its own head's Giấy khen, and its staff's reports carry the body above
// it over the school's name, not the school's name twice.
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PROFILES, sampleConfig } from '../../sample/profiles';
import { Q } from '../../src/core/registration-form';
import { COUNCIL_NOTE, PROPOSAL_STATUS_FLAGGED } from '../../src/core/messages/proposals';
import { chooseLevels, holdCouncilMeeting, markNominees, reviewNames } from '../../scripts/documents';
import { collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';
import { subUnitAnswers } from '../core/helpers';

const NOW = new Date(2028, 6, 1, 8, 0, 0);
const SCHOOL = 'Trường Trung học cơ sở Quang Minh';
const WARD = 'Ủy ban nhân dân phường Minh Tân';
const SELF = [{ code: 'QM', name: SCHOOL, level: 'THCS', ward: 'Phường Minh Tân', cluster: '', principal: 'Phạm Thị Thu', emails: ['vanphong@thcsquangminh.example.vn'] }];

describe('a school that lists itself as its one unit', () => {
  let o: ReturnType<typeof officeAfterSetup>;
  let docs: { name: string; text: string }[];
  beforeAll(() => {
    const cfg = sampleConfig(
      {
        ...SAMPLE_PROFILES['2026-2030'],
        kind: 'truong',
        organisation: { name: SCHOOL, shortName: 'Trường THCS Quang Minh', parentAuthority: WARD, governingBody: WARD, place: 'Minh Tân', signerName: 'Phạm Thị Thu' },
        digestRecipients: ['vanphong@thcsquangminh.example.vn'],
      },
      NOW,
    );
    o = officeAfterSetup(SELF as never, { now: NOW }, cfg);
    const send = (a: Record<string, unknown>) => o.emu.forms.submitAsUser(o.formId, a as never, { email: SELF[0].emails[0] });
    const summary = 'Đổi mới phương pháp dạy học theo hướng phát triển năng lực, lan tỏa cách làm hay trong tổ, chất lượng học sinh được nâng lên rõ rệt qua các năm học.';
    send({ ...individualAnswers('teacher', cfg), [Q.school]: SCHOOL, [Q.individualName]: 'Vũ Thị Lan', [Q.submitter]: 'Vũ Thị Lan, giáo viên', [Q.summary]: summary });
    send({ ...subUnitAnswers(cfg), [Q.school]: SCHOOL, [Q.collectiveName]: 'Tổ Khoa học tự nhiên', [Q.submitter]: 'Nguyễn Văn Hải, tổ trưởng', [Q.summary]: summary });
    send({ ...collectiveAnswers(cfg), [Q.school]: SCHOOL, [Q.collectiveName]: SCHOOL, [Q.submitter]: 'Phạm Thị Thu, hiệu trưởng', [Q.summary]: summary });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const ids = markNominees(o.emu, 30);
    chooseLevels(o.emu, ids, 0);
    holdCouncilMeeting(o.emu, ids, reviewNames(o.emu), 0, 'Phạm Thị Thu', 'truong');
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    for (let i = 0; i < 10; i++) o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    docs = o.emu.docs
      .list()
      .filter((d) => !d.trashed && !d.name.startsWith('Mẫu - '))
      .map((d) => ({ name: d.name, text: o.emu.docs.text(d.id).replace(/\r/g, '\n').replace(/\u00a0/g, ' ') }));
  }, 120_000);
  const doc = (prefix: string) => docs.find((d) => d.name.startsWith(prefix))?.text ?? '';

  it('the school as a whole is left out of its own head\'s Giấy khen, with why and what to do; its tổ and teacher stay in', () => {
    const qd = doc('Dự thảo Quyết định');
    expect(qd).toContain(`Tặng Giấy khen của Hiệu trưởng ${SCHOOL}`);
    expect(new RegExp(`^\\d+\\t${SCHOOL}\\t`, 'm').test(qd)).toBe(false);
    expect(qd).toContain('Tổ Khoa học tự nhiên');
    expect(qd).toContain('Vũ Thị Lan');
    const rows = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String));
    const row = rows.find((r) => r.includes(SCHOOL) && r.includes(PROPOSAL_STATUS_FLAGGED.ownOffice))!;
    expect(row).toBeDefined();
    expect(row).toContain(COUNCIL_NOTE.ownOffice(WARD));
    expect(COUNCIL_NOTE.ownOffice(WARD)).toContain('Điều 83 khoản 1');
  });

  it('a staff member\'s report carries the body above the school over the school\'s name, not the school\'s name twice', () => {
    const report = docs.find((d) => d.name.startsWith('Báo cáo thành tích') && d.text.includes('Vũ Thị Lan'))!.text;
    const [l1, l2] = report.split('\n');
    expect(l1).toBe('ỦY BAN NHÂN DÂN PHƯỜNG MINH TÂN');
    expect(l2).toBe('TRƯỜNG TRUNG HỌC CƠ SỞ QUANG MINH');
  });

  it('the school is not reminded by itself to send itself its plan and reports, nor to register its minimum', () => {
    const n = o.emu.mail.sent.length;
    o.emu.clock.set(new Date(2028, 11, 1, 7, 30).getTime());
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    o.emu.clock.set(new Date(2029, 5, 1, 7, 30).getTime());
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    expect(o.emu.mail.sent.slice(n).filter((m) => m.subject.includes('Nhắc hạn')).map((m) => m.subject)).toEqual([]);
  });
});

