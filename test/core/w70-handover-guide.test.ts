// The steps of handing the tool over to another clerk are in the guide the clerk has in the spreadsheet ("Hướng dẫn"),
// and every message that sends the clerk to them names the guide, not the README, which a clerk working in Google
// Sheets never sees (reviews r70x, r70u: "Hướng dẫn item 12 sends the clerk to the README").
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_LINES, HANDOVER_SECTION, OTHER_ACCOUNT, TAB } from '../../src/core/messages';

describe('handing the tool over: the steps where the clerk reads them', () => {
  it('the guide has the steps under their title, and names the forms, the folders, Thiết lập and what to check after; item 12 points to them', () => {
    const lines = GUIDE_LINES('https://forms.example/r', 'https://forms.example/b', 'Phòng');
    const steps = lines.filter((l) => l.includes(`${HANDOVER_SECTION}:`));
    expect(steps).toHaveLength(1);
    for (const part of ['hai biểu mẫu', 'các thư mục “Điển hình tiên tiến — …”', 'Thiết lập', '“Có”', `“${TAB.health}”`]) expect(steps[0]).toContain(part);
    expect(lines.join('\n')).not.toContain('README');
    expect(lines.find((l) => l.startsWith('12. '))).toContain('mục 14');
    expect(steps[0].startsWith('14. ')).toBe(true);
  });

  it('the messages that send the clerk there name the guide, none the README', () => {
    expect(OTHER_ACCOUNT.stopped).toContain(`trang “${TAB.guide}”, mục “${HANDOVER_SECTION}”`);
    const dir = 'src/core/messages';
    for (const f of readdirSync(dir)) {
      // The texts users read (string and template literals), not the comments about them.
      const code = readFileSync(`${dir}/${f}`, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      expect(code.includes('README'), f).toBe(false);
    }
  });
});
