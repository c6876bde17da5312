// r72g: the guide's step 14 (handing the tool over) asks to hand over "hai thư mục “Điển hình tiên tiến — …”". The
// folder of the schools' views exists only once "Trang theo dõi riêng cho từng trường" is on (one a period since r68v):
// an office without views has one such folder, and the clerk looked for a second that is not there.
import { describe, expect, it } from 'vitest';
import { PROPOSAL_TEMPLATE_FOLDER, VIEW_FOLDER_NAME } from '../../src/core/messages';
import { officeAfterSetup } from './helpers';

describe('r72g: the folders the guide asks to hand over', () => {
  const o = officeAfterSetup();

  it('an office without the schools\' views has one folder of the tool: the templates\' (fact)', () => {
    expect(o.emu.drive.foldersByName(PROPOSAL_TEMPLATE_FOLDER)).toHaveLength(1);
    const views = [VIEW_FOLDER_NAME, `${VIEW_FOLDER_NAME} — giai đoạn 2021-2025`].flatMap((n) => o.emu.drive.foldersByName(n));
    expect(views).toEqual([]);
  });

  it('step 14 does not count the folders as two', () => {
    const step = o.emu.spreadsheets.values('Hướng dẫn').map((r) => String(r[0])).find((l) => l.startsWith('14. '))!;
    expect(step).not.toContain('hai thư mục');
    expect(step).toContain('các thư mục “Điển hình tiên tiến — …”');
  });
});
