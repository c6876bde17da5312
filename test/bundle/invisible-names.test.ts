// Review "input" F3: characters that render as nothing but are not in cleanText's list of invisible marks (Hangul fillers
// U+3164/U+115F/U+FFA0, the combining grapheme joiner U+034F, the braille blank U+2800) and full-width Latin letters
// ("Ｎguyễn", typed with a CJK input method) survive cleaning: the same person sent twice by one school is two subjects,
// neither replacing the other nor flagged as possibly the same person, and the odd character is printed in the signed
// documents. The same person typed in NFD, or with a zero-width joiner, is recognised (control).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { cleanText, matchKey } from '../../src/core/text';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const NAME = 'Nguyễn Thị Hòa';

/** The notes of the first registration once the same school sent `again` as a second one. */
function notesOfFirst(again: string): string {
  const { emu, bundle, formId } = officeAfterSetup();
  emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.individualName]: NAME } as never, { email: SCHOOLS[0].emails[0] });
  emu.clock.advance(3600_000);
  emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.individualName]: again } as never, { email: SCHOOLS[0].emails[0] });
  bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const values = emu.spreadsheets.values('Kết quả kiểm tra');
  return values.find((r) => r[0] === 'DK-000002')!.map(String).join(' | ');
}

describe('one person, two spellings that look the same (review input F3)', () => {
  it('control: NFD and a zero-width joiner are the same subject (the later replaces the earlier)', () => {
    expect(notesOfFirst(NAME.normalize('NFD'))).toContain('DK-000003');
    expect(notesOfFirst(NAME + '\u200D')).toContain('DK-000003');
  });

  it.each([
    ['Hangul filler U+3164', NAME + '\u3164'],
    ['combining grapheme joiner U+034F', 'Nguyễn Thị Hò\u034Fa'],
    ['full-width N', '\uFF2Eguyễn Thị Hòa'],
  ])('%s: the same subject, or at least flagged as possibly the same person', (_what, again) => {
    expect(notesOfFirst(again)).toContain('DK-000003');
  });

  it.each(['\u3164', '\u115F', '\u1160', '\uFFA0', '\u034F', '\u2800'])('cleanText drops the blank %j as it drops U+200B', (ch) => {
    expect(cleanText(`${NAME}${ch}`)).toBe(NAME);
  });

  it('full-width letters read as their ASCII letters in the matching key', () => {
    expect(matchKey('\uFF2Eguyễn Thị Hòa')).toBe(matchKey(NAME));
  });
});
