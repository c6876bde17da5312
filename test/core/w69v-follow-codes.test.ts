// followCorrectedCodes (src/core/school-views.ts): which view follows its school to a corrected code, and which school is
// to be named to the office with a new link. The bundle tests (test/bundle/w69v-view-code-corrected.test.ts) run the
// common cases through the rebuild; these pin the cases the matching must leave alone.
import { describe, expect, it } from 'vitest';
import { directoryToRows, parseDirectory } from '../../src/core/directory';
import { followCorrectedCodes, type ViewEntry, type ViewSpec } from '../../src/core/school-views';
import { viewFileName } from '../../src/core/messages';
import { SCHOOLS } from './helpers';

const [HOA_SEN, HOA_BINH] = SCHOOLS;
const P = '2021-2025';

const dir = (list: readonly (typeof SCHOOLS)[number][]) => parseDirectory(directoryToRows(list));
/** The planned view of each school of `list` (only what the matching reads): none for a code on two rows, as planSchoolViews. */
const views = (list: readonly (typeof SCHOOLS)[number][]) =>
  list.filter((s) => list.filter((t) => t.code === s.code).length === 1).map((s) => ({ key: `S:${s.code}`, label: s.name, fileName: viewFileName(s.name, s.code, P), schoolCodes: [s.code], share: [...s.emails].sort() }) as unknown as ViewSpec);
const made = (name: string, code: string, sh: readonly string[], more: Partial<ViewEntry> = {}): ViewEntry => ({ st: 'made', name: viewFileName(name, code, P), id: `id-${code}-${name.length}`, sh: [...sh], ...more });

describe('followCorrectedCodes', () => {
  const list = [HOA_SEN, HOA_BINH];
  it('moves the one view named for the same school under a code no school holds, shared with exactly its addresses', () => {
    const ledger = new Map([['S:MN1', made(HOA_SEN.name, 'MN1', HOA_SEN.emails)], ['S:TH01', made(HOA_BINH.name, 'TH01', HOA_BINH.emails)]]);
    const r = followCorrectedCodes(views(list), ledger, dir(list));
    expect(r.moves.map((m) => [m.from, m.to, m.oldCode, m.school.code])).toEqual([['S:MN1', 'S:MN01', 'MN1', 'MN01']]);
    expect(r.earlier.size).toBe(0);
  });

  it('two such views: none moved, both named for the office', () => {
    const ledger = new Map([['S:MN1', made(HOA_SEN.name, 'MN1', HOA_SEN.emails)], ['S:MN001', made(HOA_SEN.name, 'MN001', HOA_SEN.emails, { id: 'other' })]]);
    const r = followCorrectedCodes(views(list), ledger, dir(list));
    expect(r.moves).toEqual([]);
    expect(r.earlier.get('S:MN01')).toHaveLength(2);
  });

  it('left alone: other addresses, another name, a view held back, a key with a view made or pending, an old code another school holds', () => {
    const cases: [string, Map<string, ViewEntry>, readonly (typeof SCHOOLS)[number][]][] = [
      ['addresses', new Map([['S:MN1', made(HOA_SEN.name, 'MN1', ['other@example.edu.vn'])]]), list],
      ['name', new Map([['S:MN1', made('Trường Mầm non Sao Mai', 'MN1', HOA_SEN.emails)]]), list],
      ['held', new Map([['S:MN1', made(HOA_SEN.name, 'MN1', HOA_SEN.emails, { hd: 1 })]]), list],
      ['missed', new Map([['S:MN1', made(HOA_SEN.name, 'MN1', HOA_SEN.emails, { miss: 1 })]]), list],
      ['made', new Map([['S:MN1', made(HOA_SEN.name, 'MN1', HOA_SEN.emails)], ['S:MN01', made(HOA_SEN.name, 'MN01', HOA_SEN.emails, { id: 'own' })]]), list],
      ['pending', new Map([['S:MN1', made(HOA_SEN.name, 'MN1', HOA_SEN.emails)], ['S:MN01', { st: 'pending', name: viewFileName(HOA_SEN.name, 'MN01', P) } as ViewEntry]]), list],
      ['old code on two rows', new Map([['S:MN1', made(HOA_SEN.name, 'MN1', HOA_SEN.emails)]]), [...list, { ...SCHOOLS[2], code: 'MN1' }, { ...SCHOOLS[2], code: 'MN1', name: 'Trường Mầm non Sao Mai', emails: ['mnsaomai@example.edu.vn'] }]],
      ['old code held', new Map([['S:MN1', made(HOA_SEN.name, 'MN1', HOA_SEN.emails)]]), [...list, { ...SCHOOLS[2], code: 'MN1' }]],
    ];
    for (const [what, ledger, schools] of cases) expect([what, followCorrectedCodes(views(schools), ledger, dir(schools)).moves]).toEqual([what, []]);
  });

  it('a school given a view while it had another: named by its name (a retired view), or by an address of a view no longer planned', () => {
    const ledger = new Map([['S:MN1', made('Trường Mầm non Sao Mai', 'MN1', HOA_SEN.emails)], ['S:TH1', made('Trường Tiểu học Hòa Bình', 'TH1', ['x@example.edu.vn'], { st: 'retired', sh: [] })]]);
    const r = followCorrectedCodes(views(list), ledger, dir(list));
    expect(r.moves).toEqual([]);
    expect([...r.earlier.keys()].sort()).toEqual(['S:MN01', 'S:TH01']);
  });

  it("an address moved from another school's view, still planned, is not a view the school had", () => {
    const ledger = new Map([['S:TH01', made(HOA_BINH.name, 'TH01', [...HOA_BINH.emails, ...HOA_SEN.emails])]]);
    expect(followCorrectedCodes(views(list), ledger, dir(list)).earlier.size).toBe(0);
  });

  it('two codes swapped: nothing moved, each school named with the view it had', () => {
    const ledger = new Map([['S:MN01', made(HOA_BINH.name, 'MN01', HOA_BINH.emails)], ['S:TH01', made(HOA_SEN.name, 'TH01', HOA_SEN.emails)]]);
    const r = followCorrectedCodes(views(list), ledger, dir(list));
    expect(r.moves).toEqual([]);
    expect(r.earlier.get('S:MN01')).toEqual([viewFileName(HOA_SEN.name, 'TH01', P)]);
    expect(r.earlier.get('S:TH01')).toEqual([viewFileName(HOA_BINH.name, 'MN01', P)]);
  });
});
