// Review r67r (holds today): document numbers as schools really type them in "Số, ngày văn bản" count — spaces around
// the slash, "Số" before it, no symbol, a Drive link pasted there instead of in the link question — and a template's
// blank number does not. Pinned so that a fix of F1/F7 (answers saying there is no report yet, or a draft) keeps them.
import { describe, expect, it } from 'vitest';
import { reportHasEvidence } from '../../src/core/reports';

const counts = (docRef: string, link = '') => reportHasEvidence({ docRef, link });

describe('review r67r: document numbers typed oddly (holds today)', () => {
  it.each(['Số 12/BC-THCS', '12 /BC', 'Số: 12 / BC-THCS ngày 10/6/2027', 'BC số 12', 'Không số, ngày 15/6/2027', 'https://drive.google.com/file/d/1AbC/view', 'drive.google.com/file/d/1AbC'])('%j counts', (docRef) => {
    expect(counts(docRef)).toBe(true);
  });

  it.each(['Số: /BC-THCS', 'Chưa có số', 'Số ....../BC-THCS', 'C:\\Users\\Hieu truong\\BC.docx'])('%j does not count', (docRef) => {
    expect(counts(docRef)).toBe(false);
  });

  it('a number left blank counts through a web link given in its own question', () => {
    expect(counts('Chưa có số', 'https://drive.google.com/file/d/1AbC/view')).toBe(true);
  });
});
