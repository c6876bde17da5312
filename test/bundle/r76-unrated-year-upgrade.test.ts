// An office whose forms were made before the grid had the column "Không xếp loại (công tác chưa đủ 06 tháng)" (review
// r75f F2) gets it at its next Thiết lập after the update, as every change of the forms (README, "Thiết lập"): the grid
// is brought to the new columns, its answers kept; a registration then answering the new column for a year is read as
// a year not rated (not one to fill in).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { RATING_CHOICES, WORK_CHOICES, schoolYearRow } from '../../src/core/form-titles';
import { manifestScopes } from './helpers';
import { failures, oldOffice } from './upgrade-lib';

const oldBundle = () => gunzipSync(readFileSync(new URL('./fixtures/Code-719483c.js.gz', import.meta.url))).toString('utf8');

describe('the grid\'s new column, for an office updating with its forms answered', () => {
  it('is added by Thiết lập after the update; the answers already sent stay; a year answered with it is not asked for', () => {
    const o = oldOffice('', { code: oldBundle(), scopes: manifestScopes() });
    const { emu, menu, tab } = o;
    const grid = () => emu.forms.forms.get(o.formId)!.items.find((i) => i.title === Q.individualRatings) as unknown as { columns: string[] };
    o.submit('Hòa', 0, o.teacher('Nguyễn Thị Hòa', 0));
    menu('rebuildSummaries');
    expect(grid().columns).not.toContain(WORK_CHOICES.notRated);
    const ex = emu.runtime.executions.length;
    o.update();
    menu('setup');
    expect(grid().columns).toEqual([...Object.values(RATING_CHOICES), ...Object.values(WORK_CHOICES)]);
    // A Party member (CN-09 applies) who worked less than six months of 2022-2023.
    o.submit('Lan', 1, {
      ...o.teacher('Lò Thị Lan', 1),
      [Q.partyMember]: 'Có',
      [Q.individualRatings]: {
        [schoolYearRow(2021)]: RATING_CHOICES.excellent,
        [schoolYearRow(2022)]: WORK_CHOICES.notRated,
        [schoolYearRow(2023)]: RATING_CHOICES.good,
        [schoolYearRow(2024)]: RATING_CHOICES.none,
      },
    });
    emu.clock.advance(3600_000);
    menu('rebuildSummaries');
    expect(failures(emu, ex)).toEqual([]);
    const results = tab('Kết quả kiểm tra');
    const head = results[0].map(String);
    const row = (name: string) => results.find((r) => r.map(String).includes(name))!.map(String);
    const at = (name: string, h: string) => row(name)[head.indexOf(h)];
    // "Đạt", nothing to add: 2022-2023 is neither a year below "tốt" (CN-09) nor one left to fill in.
    expect([at('Lò Thị Lan', 'Kết luận'), at('Lò Thị Lan', 'Cần bổ sung hoặc chưa đạt')]).toEqual(['Đạt', 'Không có']);
    expect(at('Nguyễn Thị Hòa', 'Mã phiếu')).toBe('DK-000002');
  });
});
