// Review d82a F3: the document symbol of a school whose own name is, or holds, a number. Many schools are named so:
// "Trường Tiểu học số 1 Nam Lý" and "Trường Tiểu học số 2 Nam Lý" in the same ward; kindergartens named after a day
// ("Trường Mầm non 19/5", "Trường Mầm non 1/6"). With "Ký hiệu cơ quan trên văn bản" left empty, as its help allows, the
// symbol is the level's letters and the capital initials of the rest of the name (src/core/proposals.ts documentSymbol,
// schoolKindSymbol, initialsOf): the number is dropped. The two Nam Lý schools both number their Tờ trình "/TTr-THNL" to the
// same ward, and every day-named kindergarten's is "/TTr-MN", the level alone. A symbol must tell the school apart.
import { describe, expect, it } from 'vitest';
import { profileOrganisation } from '../../src/core/config';
import { documentSymbol } from '../../src/core/proposals';

const symbolOf = (name: string) => documentSymbol({ ...profileOrganisation('truong'), name, symbol: '' });

describe('d82a F3: the document symbol of a school named with a number', () => {
  it('two schools "số 1" and "số 2" of one place get different symbols', () => {
    expect(symbolOf('Trường Tiểu học số 1 Nam Lý')).not.toBe(symbolOf('Trường Tiểu học số 2 Nam Lý'));
  });

  it('a kindergarten named after a day keeps something of its name, not the level "MN" alone', () => {
    const may = symbolOf('Trường Mầm non 19/5');
    const june = symbolOf('Trường Mầm non 1/6');
    expect({ may: may === 'MN', june: june === 'MN', same: may === june, slash: /\//.test(may + june) }).toEqual({ may: false, june: false, same: false, slash: false });
  });
});
