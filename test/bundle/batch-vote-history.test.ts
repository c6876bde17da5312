// A batch's history lines carry the council's vote; the history's once-only check weighs them without it (review
// diff43 H1): a batch made again over lines an earlier version wrote says nothing new.
import { describe, expect, it } from 'vitest';
import { INITIATIVE_LEVELS, Q, RATING_CHOICES, initiativeTitles, schoolYearRow } from '../../src/core/registration-form';
import { holdCouncilMeeting, markNominees, reviewNames } from '../../scripts/documents';
import { HISTORY_TAB } from '../../src/core/messages';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

function person(i: number) {
  return {
    ...individualAnswers('teacher'),
    [Q.school]: SCHOOLS[i % 3].name,
    [Q.individualName]: `Nguyễn Văn ${['An', 'Bình', 'Cường'][i]}`,
    [Q.birthYear]: String(1970 + i),
    [Q.individualRatings]: Object.fromEntries([2021, 2022, 2023, 2024].map((y) => [schoolYearRow(y), y >= 2024 ? RATING_CHOICES.none : RATING_CHOICES.excellent])),
    [initiativeTitles(1).level]: INITIATIVE_LEVELS[i % INITIATIVE_LEVELS.length],
    [Q.summary]: `Đổi mới phương pháp dạy học (${i + 1}).`,
  };
}

function office() {
  const o = officeAfterSetup(SCHOOLS);
  const rows = o.emu.spreadsheets.values('Cấu hình');
  const row = rows.findIndex((r) => r[0] === 'Người ký tờ trình') + 1;
  o.emu.runtime.execute(() => o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cấu hình')!.getRange(row, 2).setValue('Trần Văn Minh'), { kind: 'node' });
  const submit = o.emu.triggers.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT');
  for (const t of submit) o.emu.triggers.triggers.splice(o.emu.triggers.triggers.indexOf(t), 1);
  [{ ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: 'Tổ chuyên môn số 1', [Q.summary]: 'Tổ triển khai mô hình (1).' }, person(0), person(1)].forEach((a, i) =>
    o.emu.forms.submitAsUser(o.formId, a as never, { email: SCHOOLS[i % 3].emails[0] }),
  );
  o.emu.triggers.triggers.push(...submit);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const ids = markNominees(o.emu, Infinity);
  return { ...o, ids };
}

const proposedLines = (o: ReturnType<typeof office>) =>
  o.emu.spreadsheets.values(HISTORY_TAB).slice(1).filter((r) => String(r[4]).startsWith('Đưa vào tờ trình')).map((r) => `${r[1]} ${r[4]}`);

describe('a batch made again with nothing new (review diff43)', () => {
  it('after the upgrade, over lines an earlier version wrote without the vote: no second "Đưa vào tờ trình" line per nominee', () => {
    const o = office();
    holdCouncilMeeting(o.emu, o.ids, reviewNames(o.emu), 0);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const first = proposedLines(o);
    expect(first).toHaveLength(o.ids.length);
    expect(first[0]).toContain('Hội đồng biểu quyết');
    // The lines as the version before this change wrote them (no vote).
    o.emu.runtime.execute(() => {
      const sh = o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(HISTORY_TAB)!;
      const v = sh.getDataRange().getValues();
      v.forEach((r, i) => {
        const s = String(r[4]);
        if (s.startsWith('Đưa vào tờ trình')) sh.getRange(i + 1, 5).setValue(s.replace(/; Hội đồng biểu quyết.*$/, ''));
      });
    }, { kind: 'node' });
    o.emu.clock.advance(86_400_000);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(proposedLines(o)).toHaveLength(o.ids.length);
  });
});
