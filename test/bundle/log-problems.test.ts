// "Nhật ký lỗi" with more data problems than it lists one by one (review "growth" #5): a directory of 700 schools
// pasted without its e-mails gave 700 problems, and the 100 past the first 600 were written again at every run.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { PROBLEMS_MORE } from '../../src/core/messages';
import { directoryRows, officeAfterSetup, SCHOOLS } from './helpers';

const pad = (i: number) => String(i).padStart(3, '0');

describe('a run with more data problems than the log lists one by one', () => {
  it('the first 600 once each, the rest in one line, nothing written again while they last; fixed, the rest are listed', () => {
    const o = officeAfterSetup(SCHOOLS);
    const many = Array.from({ length: 700 }, (_, i) => ({ ...SCHOOLS[0], code: `X${pad(i)}`, name: `Trường Tiểu học Thử ${pad(i)}`, emails: [] as string[] }));
    typeIntoTab(o.emu, 'Đơn vị', directoryRows([...SCHOOLS, ...many]));
    const logRows = () => o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2]));
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    rebuild();
    const first = logRows();
    const empty = (m: string) => m.includes('cột “Email” đang để trống');
    expect(first.filter(empty)).toHaveLength(600);
    expect(first).toHaveLength(601);
    expect(first.filter((m) => m === PROBLEMS_MORE(100))).toHaveLength(1);
    rebuild();
    rebuild();
    expect(logRows()).toHaveLength(first.length);
    // The office fills in 150 of the e-mails: 550 problems left, listed one by one (those not written yet now are).
    const fixed = many.map((s, i) => (i < 150 ? { ...s, emails: [`x${pad(i)}@example.edu.vn`] } : s));
    typeIntoTab(o.emu, 'Đơn vị', directoryRows([...SCHOOLS, ...fixed]));
    rebuild();
    const after = logRows().slice(first.length);
    expect(after.filter((m) => m.startsWith('Còn '))).toEqual([]);
    expect(after.filter(empty)).toHaveLength(100);
    expect(after).toHaveLength(100);
    rebuild();
    expect(logRows()).toHaveLength(first.length + 100);
  });
});
