// A kept document read as it is now (review r79h F5): the "[… — cơ quan bổ sung]" lines filled in it by hand are no
// longer listed in its note, and its status no longer says it needs correcting for them alone.
import { describe, expect, it } from 'vitest';
import { gapsInText, gapsKept, type PlannedDoc } from '../../src/core/proposals';
import { proposalNote } from '../../src/core/messages';

const ITEMS = [
  { gap: 'competence' as const, item: 'căn cứ chức năng' },
  { gap: 'reward' as const, item: 'điều về tiền thưởng' },
];
const draft = (fixBesides = false): PlannedDoc =>
  ({ kind: 'quyetDinh', key: 'QD:x#p', warnings: [proposalNote.toComplete(ITEMS.map((i) => i.item)), 'Kiểm tra thẩm quyền.'], needsFix: true, toComplete: ITEMS, ...(fixBesides ? { fixBesides: true } : {}) }) as unknown as PlannedDoc;
const COMPETENCE = '[Căn cứ Quyết định số …/QĐ-… ngày … quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng — cơ quan bổ sung];';
const REWARD = 'Điều 2. [Tiền thưởng kèm theo Giấy khen: mức thưởng, nguồn chi (Quỹ thi đua, khen thưởng) — cơ quan bổ sung].';

describe('gapsInText', () => {
  it('tells each line left to complete by what it is about', () => {
    expect(gapsInText(`QUYẾT ĐỊNH\n${COMPETENCE}\nCăn cứ Kế hoạch số [… — cơ quan bổ sung] ngày 1/9/2021;\n${REWARD}`)).toEqual(new Set(['competence', 'plan', 'reward']));
    expect(gapsInText('Căn cứ Quyết định số 12/QĐ-UBND;\nĐiều 2. Thưởng theo quy định.')).toEqual(new Set());
  });
  it('a line it cannot tell: null (nothing taken as filled)', () => {
    expect(gapsInText('[Điều khác — cơ quan bổ sung]')).toBeNull();
  });
});

describe('gapsKept', () => {
  it('lists only the lines still in the document; none left: the note goes, and the status unless fixed for more', () => {
    const half = gapsKept(draft(), `${REWARD}`);
    expect(half.warnings).toEqual([proposalNote.toComplete(['điều về tiền thưởng']), 'Kiểm tra thẩm quyền.']);
    expect(half.needsFix).toBe(true);
    const done = gapsKept(draft(), 'Căn cứ …;\nĐiều 2. Thưởng.');
    expect(done.warnings).toEqual(['Kiểm tra thẩm quyền.']);
    expect(done.needsFix).toBeUndefined();
    expect(gapsKept(draft(true), 'Điều 2. Thưởng.').needsFix).toBe(true);
  });
  it('not read, or every line still there: as planned', () => {
    const d = draft();
    expect(gapsKept(d, null)).toBe(d);
    expect(gapsKept(d, `${COMPETENCE}\n${REWARD}`)).toBe(d);
  });
});
