// Google Sheets restores only whole versions: "Khôi phục phiên bản này" also takes back every response, decision and
// mail record written since. A message that asks for one tab or some rows back must lead to the steps that do only
// that (a copy of the old version, then copy the tab or rows across), which the guide gives once.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_LINES, HISTORY_REMADE, RESTORE_STEPS, RESTORE_TITLE, TAB, fromOldVersion } from '../../src/core/messages';

const dir = 'src/core/messages';
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'restore.ts').map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')] as const);

describe('getting a tab or rows back', () => {
  it('the guide has the steps, under the title the messages name, on the tab they name', () => {
    const guide = GUIDE_LINES('u', 'v', 'Sở');
    expect(guide.filter((l) => l.includes(RESTORE_STEPS))).toHaveLength(1);
    expect(RESTORE_STEPS.startsWith(RESTORE_TITLE)).toBe(true);
    expect(fromOldVersion('trang')).toContain(`trang “${TAB.guide}”, mục “${RESTORE_TITLE}”`);
    // The steps make a copy of the old version and warn against restoring the whole file.
    expect(RESTORE_STEPS).toContain('“Tạo bản sao”');
    expect(RESTORE_STEPS).toContain('“Sao chép vào” → “Bảng tính hiện có”');
    expect(RESTORE_STEPS).toMatch(/Đừng chọn “Khôi phục phiên bản này”: cả bảng tính về bản cũ, mất mọi thứ ghi sau đó/);
  });

  it('a deleted tab is asked back through those steps', () => {
    expect(HISTORY_REMADE).toContain(`hãy ${fromOldVersion('các dòng cũ')}`);
  });

  it('no message asks to restore a tab or rows straight from the version history (only to look there, or for the whole file)', () => {
    const offending: string[] = [];
    for (const [file, text] of sources) {
      // Each clause that names the version history.
      for (const m of text.matchAll(/[^.;:“”]*Tệp → Nhật ký phiên bản[^.;]*/g)) {
        const clause = m[0];
        const restores = /(?<!không )khôi phục|lấy lại/i.test(clause);
        const wholeFile = /cả bảng tính|phiên bản mới nhất/.test(clause);
        if (restores && !wholeFile) offending.push(`${file}: ${clause.trim()}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
