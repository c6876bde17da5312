// The căn cứ of the office's plan in the Tờ trình and the draft Quyết định (review now N1): a file copied from
// 2021–2025 keeps the 2021 plan, an office without its 2026–2030 plan leaves the rows empty. Counted by what the office
// reads: Thiết lập's alert, the documents' text, the status and note of "Đề nghị khen thưởng".
import { describe, expect, it } from 'vitest';
import { haSonSo, officeAfterSetup, SCHOOLS, individualAnswers } from './helpers';
import { Q } from '../../src/core/registration-form';
import { holdCouncilMeeting, markNominees, reviewNames } from '../../scripts/documents';

const NOW = new Date(2026, 11, 5, 8, 0, 0);

function office(planNumber: string, planDate: string, planTitle = '') {
  const cfg = haSonSo(NOW, {
    planNumber,
    planDate,
    planTitle,
    competenceBasis: 'Quyết định số 15/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh Hà Sơn quy định chức năng, nhiệm vụ, quyền hạn của Sở',
    reward: 'Kèm theo Giấy khen, cá nhân được thưởng 0,3 lần mức lương cơ sở, từ Quỹ thi đua, khen thưởng của Sở.',
  });
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
  const alert = o.emu.spreadsheets.ui[o.emu.spreadsheets.ui.length - 1].message;
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[0].name } as never, { email: SCHOOLS[0].emails[0] });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  // The council proposes the teacher for the Sở's Giấy khen and meets: the Tờ trình and the draft Quyết định.
  const nominees = markNominees(o.emu, 1);
  holdCouncilMeeting(o.emu, nominees, reviewNames(o.emu), 0, 'Lê Thị Thu Hà', 'so');
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  for (let i = 0; i < 20 && o.emu.triggers.find('continueProposals').length > 0; i++) o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 61_000);
  const values = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String));
  const h = values.findIndex((r) => r.includes('Văn bản') && r.includes('Ghi chú'));
  const col = (name: string) => values[h].indexOf(name);
  const row = (prefix: string) => {
    const r = values.slice(h + 1).find((x) => x[col('Văn bản')].startsWith(prefix))!;
    return { status: r[col('Trạng thái')], note: r[col('Ghi chú')] };
  };
  const text = (prefix: string) => {
    const d = o.emu.docs.list().find((x) => !x.trashed && x.name.startsWith(prefix))!;
    return o.emu.docs.text(d.id);
  };
  return { alert, row, text };
}

describe('the căn cứ of the office\'s plan (review now N1)', () => {
  const copied = office('172/KH-SGDĐT', '14/09/2021');
  const none = office('', '');
  const given = office('86/KH-SGDĐT', '18/09/2026', 'xây dựng mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn 2026-2030');

  it('a plan of 2021 in a file for 2026–2030: Thiết lập says so, naming the row and the date read', () => {
    expect(copied.alert).toContain('Mục “Ngày ban hành Kế hoạch” ở trang “Cấu hình” ghi ngày 14/09/2021, trước năm 2025');
    expect(none.alert).not.toContain('Ngày ban hành Kế hoạch');
    expect(given.alert).not.toContain('Ngày ban hành Kế hoạch');
  });

  it('the documents print it as the office wrote it, are made, and each says to check it before signing', () => {
    for (const prefix of ['Tờ trình', 'Dự thảo Quyết định']) {
      expect(copied.text(prefix)).toContain('Căn cứ Kế hoạch số 172/KH-SGDĐT ngày 14 tháng 9 năm 2021 của Sở Giáo dục và Đào tạo tỉnh Hà Sơn');
      const r = copied.row(prefix);
      expect(r.status).toBe('Đã tạo — cần sửa nội dung trước khi trình ký (xem Ghi chú)');
      expect(r.note).toContain('Kiểm tra trước khi ký: văn bản dẫn “Căn cứ Kế hoạch” ngày 14/09/2021 (mục “Ngày ban hành Kế hoạch” ở trang “Cấu hình”), ban hành trước năm 2025');
    }
    expect(copied.row('Danh sách').note).not.toContain('Kế hoạch');
  });

  it('no plan given: a visible line to complete, never a plan cited by nothing; the note names both rows', () => {
    for (const prefix of ['Tờ trình', 'Dự thảo Quyết định']) {
      const t = none.text(prefix);
      expect(t).not.toMatch(/Căn cứ Kế hoạch của /);
      expect(t).toContain('[Căn cứ Kế hoạch số …/KH-… ngày … của Sở Giáo dục và Đào tạo tỉnh Hà Sơn về việc phát hiện, bồi dưỡng, tổng kết và nhân rộng các mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn 2026-2030 — cơ quan bổ sung];');
      const r = none.row(prefix);
      expect(r.status).toBe('Đã tạo — cần sửa nội dung trước khi trình ký (xem Ghi chú)');
      expect(r.note).toContain('căn cứ Kế hoạch của cơ quan: số, ngày ban hành (các mục “Số Kế hoạch của cơ quan”, “Ngày ban hành Kế hoạch”');
    }
  });

  it('the plan of the period: cited, nothing said of it', () => {
    for (const prefix of ['Tờ trình', 'Dự thảo Quyết định']) {
      expect(given.text(prefix)).toContain('Căn cứ Kế hoạch số 86/KH-SGDĐT ngày 18 tháng 9 năm 2026 của Sở Giáo dục và Đào tạo tỉnh Hà Sơn về xây dựng mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn 2026-2030;');
      const r = given.row(prefix);
      expect(r.status).toBe('Đã tạo');
      expect(r.note).not.toContain('Kế hoạch');
    }
    // The Sở's Giấy khen for a school a commune manages: the authority to check (review docs M3), a note of its own.
    expect(given.row('Tờ trình').note).toMatch(/^Kiểm tra thẩm quyền trước khi ký: /);
    expect(given.row('Dự thảo Quyết định').note).toBe('');
  });
});
