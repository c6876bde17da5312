// The nominees of the proposals' tests (test/bundle/proposals.test.ts, p83b-nothing-new-click): individuals and
// collectives of SCHOOLS with distinct names, and an office where they registered, were checked and marked «Đề nghị khen».
import { expect } from 'vitest';
import type { EmulatorOptions } from '../../emulator/index';
import { markNominees } from '../../scripts/documents';
import { INITIATIVE_LEVELS, Q, RATING_CHOICES, initiativeTitles, schoolYearRow } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

type Office = ReturnType<typeof officeAfterSetup>;

const FAMILIES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLES = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc'];
const GIVENS = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Giang', 'Hà', 'Hải', 'Hòa', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Oanh', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Uyên', 'Vinh', 'Xuân', 'Yến'];

export function person(i: number) {
  const name = `${FAMILIES[i % 10]} ${MIDDLES[Math.floor(i / 10) % 6]} ${GIVENS[Math.floor(i / 60) % GIVENS.length]}`;
  const excellent = 1 + (i % 3);
  return {
    ...individualAnswers('teacher'),
    [Q.school]: SCHOOLS[i % 3].name,
    [Q.individualName]: name,
    [Q.birthYear]: String(1970 + (i % 30)),
    [Q.individualRatings]: Object.fromEntries(
      [2021, 2022, 2023, 2024].map((y) => [schoolYearRow(y), y >= 2024 ? RATING_CHOICES.none : y - 2021 < excellent ? RATING_CHOICES.excellent : RATING_CHOICES.good]),
    ),
    [initiativeTitles(1).level]: INITIATIVE_LEVELS[i % INITIATIVE_LEVELS.length],
    [Q.summary]: `Đổi mới phương pháp dạy học, lan tỏa cách làm hay trong tổ (${i + 1}).`,
  };
}

export function collective(i: number) {
  return {
    ...collectiveAnswers(),
    [Q.school]: SCHOOLS[i % 3].name,
    [Q.collectiveName]: `Tổ chuyên môn số ${i + 1}`,
    [initiativeTitles(1).level]: INITIATIVE_LEVELS[i % INITIATIVE_LEVELS.length],
    [Q.summary]: `Tổ triển khai mô hình, 100% thành viên tham gia (${i + 1}).`,
  };
}

/** The office types a setting into "Cấu hình" (column B of the row whose column A is its name). */
export function setConfig(o: Office, label: string, value: string): void {
  const rows = o.emu.spreadsheets.values('Cấu hình');
  const row = rows.findIndex((r) => r[0] === label) + 1;
  expect(row).toBeGreaterThan(0);
  o.emu.runtime.execute(() => o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cấu hình')!.getRange(row, 2).setValue(value), { kind: 'node' });
}

/** Submissions without the on-submit trigger (fast), then one rebuild and the council's marks. */
export function officeWith(answers: Record<string, unknown>[], opts: EmulatorOptions = {}, nominate = Infinity, signer = 'Trần Văn Minh'): Office & { ids: string[] } {
  const o = officeAfterSetup(SCHOOLS, opts);
  if (signer) setConfig(o, 'Người ký tờ trình', signer);
  const submitTriggers = o.emu.triggers.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT');
  for (const t of submitTriggers) o.emu.triggers.triggers.splice(o.emu.triggers.triggers.indexOf(t), 1);
  answers.forEach((a, i) => o.emu.forms.submitAsUser(o.formId, a as never, { email: SCHOOLS[i % 3].emails[0] }));
  o.emu.triggers.triggers.push(...submitTriggers);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const ids = markNominees(o.emu, nominate);
  return { ...o, ids };
}
