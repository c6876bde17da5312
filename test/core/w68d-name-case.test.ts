// A person's name typed in lower case or all capitals (review r68d M4): told, never changed by the tool.
import { describe, expect, it } from 'vitest';
import { nameCapitalised, nameCaseWrong } from '../../src/core/person-names';
import { proposalNote } from '../../src/core/messages/proposals';

describe('nameCaseWrong', () => {
  it('flags a name in lower case, in capitals, or with a syllable in lower case', () => {
    for (const name of ['nguyễn thị hằng', 'NGUYỄN THỊ HẰNG', 'Nguyễn thị Hằng', 'Nguyễn Thị HẰNG', 'nguyễn Thị Hằng']) expect(nameCaseWrong(name), name).toBe(true);
  });
  it('leaves names written as names: initials, apostrophes and hyphens of minority names', () => {
    for (const name of ['Nguyễn Thị Hằng', 'Nguyễn T. Hằng', "H'Hen Niê", 'Y-Moan Ênuôl', 'Ksor H’Bia', 'Lò Văn A', 'Đặng Văn Long', '  Trần  Văn  Minh ']) expect(nameCaseWrong(name), name).toBe(false);
  });
});

describe('nameCapitalised', () => {
  it('suggests each syllable capitalised when the name is letters only', () => {
    expect(nameCapitalised('nguyễn thị hằng')).toBe('Nguyễn Thị Hằng');
    expect(nameCapitalised('NGUYỄN THỊ HẰNG')).toBe('Nguyễn Thị Hằng');
    expect(nameCapitalised("h'hen niê")).toBeNull();
    expect(nameCapitalised('')).toBeNull();
  });
  it('the note names the name as typed, its code and school, and the suggestion', () => {
    const note = proposalNote.nameCase([{ name: 'nguyễn thị hằng', id: 'DK-000001', school: 'Trường Tiểu học Hòa Bình', suggested: 'Nguyễn Thị Hằng' }]);
    expect(note).toContain('“nguyễn thị hằng” (DK-000001, Trường Tiểu học Hòa Bình; có lẽ là “Nguyễn Thị Hằng”)');
    expect(note).toMatch(/^Kiểm tra họ tên trước khi ký: /);
    expect(note.normalize('NFC')).toBe(note);
  });
});

describe('an academic or teaching title typed before the name (review d68b, left open)', () => {
  it('is not a miscased word, and is kept as typed in the suggestion', () => {
    for (const name of ['TS Nguyễn Văn Bình', 'ThS Lê Thị Hoa', 'PGS Trần Minh', 'NGƯT Phạm Văn Đức']) expect(nameCaseWrong(name), name).toBe(false);
    expect(nameCaseWrong('TS nguyễn văn bình')).toBe(true);
    expect(nameCapitalised('TS nguyễn văn bình')).toBe('TS Nguyễn Văn Bình');
    expect(nameCapitalised('ThS LÊ THỊ HOA')).toBe('ThS Lê Thị Hoa');
    // A name that only looks like one is still a name: "Ts" alone in lower case is no title.
    expect(nameCaseWrong('ts nguyễn văn bình')).toBe(true);
  });
});
