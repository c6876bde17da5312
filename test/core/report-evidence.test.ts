// What a progress report gives as its document (plan IV.2; review reports M3): a number or a date, or a web link the
// office can open — not words saying there is none yet, nor a path on the sender's own computer.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportHasEvidence } from '../../src/core/reports';
import { folded, foldedByChain } from '../../src/core/text';

describe('reportHasEvidence', () => {
  it('counts a number, a date without a number, or a web link', () => {
    for (const docRef of ['31/BC-MNHS', '31/BC-MNHS ngày 10/6/2027', 'Không số, ngày 15/6/2027', 'Số 31 ngày 10/06/2027']) expect(reportHasEvidence({ docRef, link: '' }), docRef).toBe(true);
    for (const link of ['https://drive.google.com/file/d/abc/view', 'docs.google.com/document/d/abc/', 'www.mnhoasen.edu.vn/bao-cao']) expect(reportHasEvidence({ docRef: '', link }), link).toBe(true);
  });

  it('does not count words alone, a draft, or a link no one else can open', () => {
    for (const docRef of ['Chưa có số', 'Đã gửi bản giấy', 'gửi qua Zalo', 'abc', 'Chưa có kế hoạch, sẽ gửi sau', 'Chưa ban hành (dự thảo 12/KH-MNHS)', 'Dự thảo 12/BC-MNHS']) expect(reportHasEvidence({ docRef, link: '' }), docRef).toBe(false);
    for (const link of ['C:\\Users\\Admin\\Desktop\\BC 6 thang.docx', 'BC 6 thang.docx', 'Đã gửi qua Zalo', 'https://']) expect(reportHasEvidence({ docRef: 'Chưa có số', link }), link).toBe(false);
  });
});

describe('folded (the tone-, case- and punctuation-free text isDraft and notIssuedYet read)', () => {
  it('gives what the chain of normalize, replace and toLowerCase gives, on any text', () => {
    // Characters whose folding is not their own: decomposed and precomposed tones, đ, a capital İ (NFD: I and a dot),
    // the Kelvin sign (NFD: K), a ligature and a digraph (dž: two letters), Greek sigma (final or not), Hangul, marks
    // outside U+0300–U+036F, an astral letter, a lone surrogate, spaces of every kind.
    const pieces = fc.constantFrom('Dự thảo', 'DỰ THẢO', 'du\u0323 tha\u0309o', 'Đ', 'đ', 'İ', '\u212a', 'ﬀ', 'ǆ', 'Ǆ', 'ΣΑΣ', 'σ', '한', '\u0591', '\u0301', '\u0323', '𝐀', '\ud800', '\udc00', ' ', '\u00a0', '\u3000', '\n', '-', '/', '12', 'KH', 'ngày', 'Chưa', 'số', 'Ω', 'Å', 'ẞ');
    const texts = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')));
    fc.assert(fc.property(texts, (s) => folded(s) === foldedByChain(s)), { numRuns: 5000 });
    for (const s of ['', ' ', '  Dự thảo  12/KH ', '50/KH-MN0414 ngày 21/9/2021', 'Chưa có, sẽ gửi sau', 'x'.repeat(2500) + ' Dự thảo']) expect(folded(s), s.slice(0, 40)).toBe(foldedByChain(s));
  });
});
