// Review r78d F1 — Medium. Who is hurt: the office's văn thư and the council's secretary, who file the minutes of a
// meeting already held, and the head who signs a Tờ trình citing them.
// Steps: the council meets (three teachers, all voted through for a Giấy khen); "Tạo văn bản đề nghị khen thưởng" makes
// the Tờ trình, Danh sách, Biên bản and draft Quyết định. The next day one teacher withdraws: the council writes
// "Không đề nghị" (with the withdrawal as its comment), as the guide says, and the office makes the documents again.
// What happens now: the tool makes a new Biên bản of the same meeting (the one of the day before is listed "Đã thay
// thế"), and in it the withdrawn teacher's row prints "-" in the column "Hình thức khen thưởng đề nghị":
//   «Nguyễn Văn An | Trường Mầm non Hoa Sen | - | 8 | 0 | 88,9% | Đủ tỷ lệ tán thành (không đưa vào đề nghị)»
// although at the meeting the council voted 8–0 on a Giấy khen for him, as the Biên bản of the day before printed
// («… Giấy khen của Trưởng phòng Giáo dục và Đào tạo thành phố Yên Bái | 8 | 0 | 88,9% | Đủ tỷ lệ tán thành»). The minutes of
// a meeting held are rewritten with an empty cell where the data exists: what was voted on is gone from the record.
// What should happen: the Biên bản records what the meeting voted on — the award each case was voted for — whatever
// the council decided afterwards (at best the Biên bản is not made again at all: the meeting's votes did not change).
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { live, meetingOffice, text } from './r66b-lib';

const REVIEW = 'Thẩm định';
const DAY = 86_400_000;

describe('r78d F1: a nominee withdrawn after the meeting, the documents made again', () => {
  it('the Biên bản still prints the award the council voted on for him, not "-"', () => {
    const o = meetingOffice(0);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const minutes = () => live(o, false).filter((d) => d.name.startsWith('Biên bản họp Hội đồng'));
    const header = o.emu.spreadsheets.values(REVIEW)[0].map(String);
    const col = (h: string) => header.indexOf(h) + 1;
    const codes = o.emu.spreadsheets.values(REVIEW).slice(1, 4).map((r) => String(r[0]));
    const withdrawn = codes[0];
    const name = o.reviewed.get(withdrawn)!;
    const lineOf = (id: string) => text(o, id).split('\n').find((l) => l.split('\t')[1] === name) ?? '';
    // The Biên bản as made on the day of the meeting: his vote, for a Giấy khen.
    const [before] = minutes();
    expect(lineOf(before.id)).toMatch(/\tGiấy khen của [^\t]+\t8\t0\t88,9%\tĐủ tỷ lệ tán thành$/);

    // The next day he withdraws; the council writes "Không đề nghị"; the office makes the documents again.
    o.emu.clock.advance(DAY);
    const row = o.emu.spreadsheets.values(REVIEW).findIndex((r) => r[0] === withdrawn) + 1;
    typeCell(o.emu, REVIEW, row, col('Quyết định của Hội đồng'), 'Không đề nghị');
    typeCell(o.emu, REVIEW, row, col('Nhận xét'), 'Cá nhân xin rút đăng ký (đơn ngày 02/7/2024).');
    o.rebuild();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });

    // He is out of the Tờ trình (as he should be)…
    const remade = live(o, false).filter((d) => d.folders[0].endsWith('02-07-2024') && (d.name.startsWith('Tờ trình') || d.name.startsWith('Danh sách')));
    expect(remade.length).toBeGreaterThan(0);
    for (const d of remade) expect(text(o, d.id), d.name).not.toContain(name);
    // …but every Biên bản of the meeting in Drive still records the award he was voted for.
    for (const d of minutes()) {
      const line = lineOf(d.id);
      expect(line, `${d.folders[0]} / ${d.name}`).not.toBe('');
      expect(line.split('\t')[3], `${d.folders[0]} / ${d.name}: ${line}`).toMatch(/^Giấy khen của /);
    }
  });
});
