import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import * as text from '../../src/core/text';
import {
  FORMS_CHECKBOX_SEPARATOR,
  canonicalTones,
  fnv1a32,
  cleanText,
  isDate,
  matchKey,
  parseDate,
  splitCheckbox,
  toText,
} from '../../src/core/text';

describe('matchKey', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Trường Mầm non Hoà Bình', 'trường mầm non HÒA BÌNH'],
    ['thuỷ', 'thủy'],
    ['Thuỷ Tiên', 'thủy tiên'],
    ['qúy', 'quý'],
    ['khoẻ', 'khỏe'],
    ['hoạ sĩ', 'họa sĩ'],
    ['Tuỳ', 'Tùy'],
    ['loà', 'lòa'],
    ['Người', 'người'],
    ['  Trường\u00A0Tiểu  học\t Kim Đồng ', 'Trường Tiểu học Kim Đồng'],
    ['Trường\u200B Tiểu\u200F học\u202E Kim\u2066 Đồng\u2069', 'Trường Tiểu học Kim Đồng'],
  ])('%j and %j share a key', (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it('treats NFD and NFC text alike', () => {
    const nfc = 'Trường Mầm non Hoa Sen';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(matchKey(nfd)).toBe(matchKey(nfc));
  });

  it.each([
    ['Hòa', 'Hóa'],
    ['hoà', 'hóa'],
    ['Thủy', 'Thúy'],
    ['ma', 'má'],
    ['Nguyễn Văn An', 'Nguyễn Văn Ân'],
    ['Đông', 'Dong'],
  ])('%j and %j stay distinct', (a, b) => {
    expect(matchKey(a)).not.toBe(matchKey(b));
  });

  it('puts tones on the canonical vowel and keeps readable text', () => {
    expect(canonicalTones('hoà thuỷ qúy khuỷu gìn giữa người trường')).toBe('hòa thủy quý khuỷu gìn giữa người trường');
    expect(canonicalTones('Hoàn Toán Quốc')).toBe('Hoàn Toán Quốc');
    expect(canonicalTones('HOÀ')).toBe('HÒA');
  });

  it('accepts any value without throwing', () => {
    for (const v of [null, undefined, 0, NaN, true, {}, [], Symbol('x'), () => 1, new Date(NaN), 10n]) {
      expect(typeof matchKey(v)).toBe('string');
    }
  });
});

describe('cleanText', () => {
  it('is NFC, collapses whitespace and removes invisible marks', () => {
    const s = cleanText('\u200E  Lê\u00A0\u00A0Thị   Mai\u200B\u202A ');
    expect(s).toBe('Lê Thị Mai');
    expect(cleanText('Hoa Sen'.normalize('NFD'))).toBe('Hoa Sen'.normalize('NFC'));
  });

  it('reads "Ð" (U+00D0) as "Đ", and a zero-width space between two words as a space (review vntext #3, #4)', () => {
    expect(cleanText('\u00D0OÀN VĂN HÙNG')).toBe('ĐOÀN VĂN HÙNG');
    expect(cleanText('\u00D0ỗ Thị Mai')).toBe('Đỗ Thị Mai');
    expect(matchKey('\u00D0ỗ Thị Mai')).toBe(matchKey('Đỗ Thị Mai'));
    expect(matchKey('\u00F0ỗ thị mai')).toBe(matchKey('Đỗ Thị Mai'));
    expect(cleanText('Nguyễn\u200BThị Hòa')).toBe('Nguyễn Thị Hòa');
    expect(cleanText('Nguyễn \u200B Thị')).toBe('Nguyễn Thị');
    // Elsewhere it is nothing: inside a word, a link, a decision's number (review diff27 #9).
    expect(cleanText('Ng\u200Buyễn Thị Lan')).toBe('Nguyễn Thị Lan');
    expect(cleanText('https://drive.google.com/file/d/1a2b\u200B3c/view')).toBe('https://drive.google.com/file/d/1a2b3c/view');
    expect(cleanText('15/\u200BQĐ-UBND')).toBe('15/QĐ-UBND');
    // Between capitals too (review diff28 #3).
    expect(cleanText('NGUYỄN\u200BTHỊ\u200BLAN')).toBe('NGUYỄN THỊ LAN');
    expect(cleanText('Trường\u200BMN\u200BHoa Sen')).toBe('Trường MN Hoa Sen');
    // Before a combining mark it is nothing: the letter and its accent still compose.
    expect(cleanText('Hoa\u200B\u0300')).toBe('Hoà');
  });
});

describe('splitCheckbox', () => {
  it('splits on the one separator constant', () => {
    expect(FORMS_CHECKBOX_SEPARATOR).toBe(', ');
    expect(splitCheckbox('Là đảng viên, Một lựa chọn khác')).toEqual(['Là đảng viên', 'Một lựa chọn khác']);
    expect(splitCheckbox('')).toEqual([]);
    expect(splitCheckbox(null)).toEqual([]);
    expect(splitCheckbox(['a', ' b '])).toEqual(['a', 'b']);
  });
});

describe('dates', () => {
  it('recognises a Date from another realm without instanceof', () => {
    const foreign = runInNewContext('new Date(2024,0,2)');
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    const d = parseDate(foreign)!;
    expect([d.getFullYear(), d.getMonth(), d.getDate()]).toEqual([2024, 0, 2]);
    expect(toText(foreign)).toBe('02/01/2024');
  });
  it('reads dd/MM/yyyy text, with or without time', () => {
    expect(parseDate('02/01/2024')!.getTime()).toBe(new Date(2024, 0, 2).getTime());
    expect(parseDate('2/1/2024 8:05:09')!.getTime()).toBe(new Date(2024, 0, 2, 8, 5, 9).getTime());
    expect(parseDate('2024-01-02')!.getTime()).toBe(new Date(2024, 0, 2).getTime());
  });
  it.each(['31/02/2024', '00/01/2024', '1/13/2024', 'hôm qua', '', '2024'])('refuses %j', (s) => {
    expect(parseDate(s)).toBeNull();
  });
  it('refuses an invalid Date', () => {
    expect(parseDate(new Date(NaN))).toBeNull();
    expect(parseDate(runInNewContext('new Date(NaN)'))).toBeNull();
  });
});

describe('fnv1a32', () => {
  it('is the published FNV-1a of the text, and backwards that of the reversed text', () => {
    // Reference values of the 32-bit FNV-1a (offset basis 2166136261, prime 16777619).
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    const text = 'Trường Mầm non Hoa Sen — “Đạt”';
    expect(fnv1a32(text, true)).toBe(fnv1a32(text.split('').reverse().join('')));
    expect(fnv1a32(text, true)).not.toBe(fnv1a32(text));
  });
});

describe('cleanText on text that is already clean', () => {
  // The already-clean shortcut must give what the full cleaning gives. Text padded with 201 spaces always takes
  // the full path (too long for the shortcut and the cache, and the padding is trimmed away).
  const alphabet = ['a', 'Z', '0', '.', '“', '”', '…', '–', 'ư', 'Ư', 'ờ', 'Đ', 'ạ', ' ', '  ', '\u00A0', '\u0301', '\u0323', '\u200B', '\u00AD', '\u0007', '\t', '\n', 'e\u0302\u0301', 'Ð', 'ǅ', '×'];
  const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((parts) => parts.join(''));
  it('gives the same result as the full cleaning, and cleaning twice changes nothing', () => {
    fc.assert(
      fc.property(texts, (s) => {
        const c = cleanText(s);
        expect(c).toBe(cleanText(s + ' '.repeat(201)));
        expect(cleanText(c)).toBe(c);
      }),
      { numRuns: 2000 },
    );
  });
  it('returns NFC text unchanged, and composes decomposed text', () => {
    expect(cleanText('Trường Mầm non Hoa Sen')).toBe('Trường Mầm non Hoa Sen');
    expect(cleanText('Tru\u031Bo\u031B\u0300ng')).toBe('Trường');
  });
});

describe('isAlreadyClean', () => {
  // cleanText skips strings ALREADY_CLEAN matches; isAlreadyClean is that test without the regular expression.
  const { ALREADY_CLEAN, isAlreadyClean } = text;
  it('agrees with ALREADY_CLEAN for every UTF-16 unit between two letters, at either end and doubled', () => {
    const disagree: string[] = [];
    let clean = 0;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`a${ch}b`, `${ch}b`, `a${ch}`, `a${ch}${ch}b`, ch]) {
        if (isAlreadyClean(s) !== ALREADY_CLEAN.test(s)) disagree.push(s);
        if (isAlreadyClean(s)) clean++;
      }
    }
    expect(disagree).toEqual([]);
    // Vietnamese letters and a space between two letters are clean; the test above is not empty.
    expect(clean).toBeGreaterThan(3000);
    expect(isAlreadyClean('Trường Mầm non Hoa Sen')).toBe(true);
    expect(isAlreadyClean('Trường  Mầm non')).toBe(false);
  });
  it('agrees with ALREADY_CLEAN on any text of spaces, marks, dashes, quotes and letters', () => {
    const parts = ['a', 'Ư', 'ạ', ' ', '  ', '\t', '\n', '\u00A0', '\u0301', '\u2013', '\u2026', '\u201C', '\u200B', '\uD83D\uDE00', ''];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }), (xs) => {
      const s = xs.join('');
      expect(isAlreadyClean(s)).toBe(ALREADY_CLEAN.test(s));
    }), { numRuns: 2000 });
  });
});

describe('canonicalTones without the Unicode pattern', () => {
  // canonicalTones scans text of ASCII, Vietnamese letters and common punctuation itself; it must give what its
  // definition, tonesByPattern, gives for any text (other characters take the pattern).
  const { tonesByPattern } = text;
  it('is NFC for every character it reads without normalising, alone and beside any other', () => {
    const known: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (text.toneClass(c) >= 0) known.push(String.fromCharCode(c));
    const notNfc = known.filter((a) => a.normalize('NFC') !== a);
    expect(notNfc).toEqual([]);
    let pairs = 0;
    const composed: string[] = [];
    for (const a of known) for (const b of known) if (++pairs && (a + b).normalize('NFC') !== a + b) composed.push(a + b);
    expect(composed).toEqual([]);
    expect(pairs).toBeGreaterThan(500_000);
  });
  it('agrees with the pattern for every UTF-16 unit inside, before and after a toned word', () => {
    const disagree: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`hoà${ch}thuỷ`, `${ch}qúy`, `khoẻ${ch}`, `ho${ch}à`]) {
        const n = s.normalize('NFC');
        if (canonicalTones(s) !== tonesByPattern(n)) disagree.push(s);
      }
    }
    expect(disagree).toEqual([]);
  });
  const alphabet = ['a', 'o', 'u', 'y', 'q', 'g', 'i', 'Z', '0', '.', ' ', '-', '“', '…', '–', 'ư', 'Ư', 'ờ', 'Đ', 'ạ', 'à', 'ỏ', 'ê', '\u0301', '\u0323', '\u0302', '\u00A0', 'µ', 'ά', '×', '😀', 'oà', 'uỷ', 'qúy'];
  const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((parts) => parts.join(''));
  it('agrees with the pattern on any text of letters, marks, digits, punctuation and other scripts', () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(canonicalTones(s)).toBe(tonesByPattern(s.normalize('NFC')));
      }),
      { numRuns: 3000 },
    );
    // Words long past a syllable are left as they are, as the pattern leaves them.
    expect(canonicalTones('nghhhhhhhhoà nghhhhhhhhhoà')).toBe('nghhhhhhhhòa nghhhhhhhhhoà');
    expect(tonesByPattern('nghhhhhhhhoà nghhhhhhhhhoà')).toBe('nghhhhhhhhòa nghhhhhhhhhoà');
  });
});

describe('deniesEvidence: evidence that says there is none yet', () => {
  it('reads the phrases of "not yet", with or without tones, in any case; not a result that opens with "chưa có" or "không có"', () => {
    for (const t of ['Chưa có văn bản xác nhận của chi bộ', 'Đang cập nhật', 'Sẽ bổ sung sau', 'Không có minh chứng', 'Chưa được công nhận', 'Chưa xác nhận', 'Đang chờ cấp ủy xác nhận', 'không có quyết định', 'Chua co van ban', 'CHƯA ĐƯỢC CÔNG NHẬN', '  "Chưa có giấy"', 'Chưa có văn bản'.normalize('NFD'), 'Chua co', 'Chờ cấp ủy xác nhận', 'Chưa có QĐ', 'Sẽ nộp sau', 'Hiện chưa có', 'Chưa được công nhận năm 2024', 'Chưa', 'Chưa có quyết định (đã nộp Tờ trình 12/TTr-THCS)', 'Chưa có QĐ, nộp hồ sơ ngày 20/3/2024', 'Đang chờ quyết định (nộp 20/3/2024)']) {
      expect([t, text.deniesEvidence(t)]).toEqual([t, true]);
    }
    for (const t of ['Quyết định số 12/QĐ-PGDĐT ngày 15/5/2023', 'Chưa có quyết định năm 2024; năm 2023: Giấy khen số 15/QĐ-UBND', 'Chưa có quyết định năm 2024; năm 2023 được công nhận tại 15/QĐ-UBND', 'Chưa có học sinh bỏ học', 'Hiện chưa có học sinh bỏ học, tỷ lệ lên lớp 100%', 'Không có học sinh vi phạm', 'Số 15/BB ngày 2/3/2024', 'Biên bản họp ngày 3/4/2024', 'Đang', 'Cấp ủy xác nhận ngày 5/6/2024', 'Bổ sung quyết định 12/QĐ', '']) {
      expect([t, text.deniesEvidence(t)]).toEqual([t, false]);
    }
  });

  it('reads "không" typed short, a closing "ạ", and an answer that only repeats the "Có" as no paper (review vntext #1)', () => {
    for (const t of ['ko', 'Ko có', 'k có', 'K', 'kh', 'khg có', 'hok', 'Không có ạ', 'chưa có ạ', 'Chưa có nhé', 'Có', 'có.', 'Đã có', 'Đã có rồi', 'Có ạ', 'ok', 'OK!', 'N/A.', 'x.', 'Ko có minh chứng', 'Đúng', 'Đầy đủ', 'không có gì', 'Có đủ', 'Đã có đầy đủ', 'n.a', '“Có”', 'Ko có QĐ', 'Không có QĐ']) {
      expect([t, text.noEvidence(t)]).toEqual([t, true]);
    }
    for (const t of ['Có quyết định số 12/QĐ-PGDĐT', 'Đã có Giấy khen số 15/QĐ-UBND ngày 2/6/2024', 'K. 15/QĐ-UBND ngày 2/6/2024', 'Kế hoạch số 3/KH-THCS', 'Ko có học sinh bỏ học, tỷ lệ lên lớp 100%', 'Đạt chuẩn quốc gia theo QĐ 120/QĐ-UBND', 'Okinawa']) {
      expect([t, text.noEvidence(t)]).toEqual([t, false]);
    }
  });
});

describe('a syllable whose tone is in place, read without decomposing (syllableAsIs)', () => {
  // syllableAsIs answers for canonicalSyllable when it can (the word itself) and leaves the rest to it (undefined):
  // where it answers, it must be canonicalSyllable's answer — keys of names and schools depend on it.
  const { syllableAsIs, canonicalSyllable } = text;
  const bases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const toned = bases.flatMap((b) => ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'].map((t) => (b + t).normalize('NFC')));
  const onsets = ['', 'b', 'q', 'Q', 'g', 'G', 'gi', 'qu', 'QU', 'đ', 'Đ', 'ngh', 'tr', 'y'];
  const codas = ['', 'c', 'ng', 'nh', 't', 'i', 'y', 'u', 'o'];
  const check = (w: string, out: { answered: number; wrong: string[] }) => {
    const fast = syllableAsIs(w);
    if (fast === undefined) return;
    out.answered++;
    const slow = canonicalSyllable(w);
    if (fast !== slow) out.wrong.push(`${w}: ${fast} ≠ ${slow}`);
  };
  it('agrees with canonicalSyllable on every onset, one or two vowel letters (any tone, any case) and coda', () => {
    const out = { answered: 0, wrong: [] as string[] };
    const letters = [...toned, ...toned.map((c) => c.toUpperCase())];
    for (const o of onsets) {
      for (const c of codas) {
        for (const a of letters) {
          check(o + a + c, out);
          for (const b of toned) check(o + a + b + c, out);
        }
      }
    }
    expect(out.wrong).toEqual([]);
    // Most of them are answered here (the tone in place, or none): the comparison above is not empty.
    expect(out.answered).toBeGreaterThan(100_000);
  });
  it('agrees on three vowel letters, and on random words of Vietnamese and other letters', () => {
    const out = { answered: 0, wrong: [] as string[] };
    const lower = toned.filter((c) => c === c.toLowerCase());
    for (const a of ['o', 'u', 'ư', 'ươ', 'uô', 'oa', 'uy', 'ye', 'yê', 'ie', 'iê']) for (const b of lower) for (const o of ['', 'ng', 'qu', 'gi', 'kh']) check(o + a + b, out), check(o + b + a, out), check(o + a + b + 'n', out);
    const alphabet = [...toned, ...toned.map((c) => c.toUpperCase()), 'b', 'c', 'd', 'g', 'h', 'n', 'q', 'Q', 'G', 'r', 'đ', 'Đ', 'ü', 'ñ', 'ǘ', 'ṍ', 'ǹ', 'ø', 'ß', 'Ð', 'ỳ', '\u0301', '\u0302'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 12 }), (parts) => {
        check(parts.join(''), out);
      }),
      { numRuns: 20_000 },
    );
    expect(out.wrong).toEqual([]);
    expect(out.answered).toBeGreaterThan(5_000);
  });
  it('answers every Vietnamese vowel letter alone, in either case (its table lists them all)', () => {
    const letters = [...toned, ...toned.map((c) => c.toUpperCase())];
    expect(letters.filter((c) => syllableAsIs(c) !== c)).toEqual([]);
    expect(letters.length).toBe(144);
  });
  it('answers the common spellings, and leaves a tone to move to canonicalSyllable', () => {
    for (const w of ['người', 'Nguyễn', 'thủy', 'quý', 'giữa', 'khuỷu', 'HÒA', 'Trường', 'đường', 'Bình', 'xã']) expect(syllableAsIs(w)).toBe(w);
    for (const w of ['hoà', 'thuỷ', 'qúy', 'HOÀ', 'ngươì']) expect(syllableAsIs(w)).toBeUndefined();
    expect(syllableAsIs('Zoë')).toBeUndefined();
  });
});
