// A colleague's menu run holds the office's e-mails for the holder's next run (review r74d F6): the note says when
// they go — after the end of the period there is no automatic run any more (review d74, judgement call).
import { describe, expect, it } from 'vitest';
import { MENU, OTHER_ACCOUNT } from '../../src/core/messages';

describe('the note of e-mails held for the holder of the tool', () => {
  it('names the next automatic run while the period runs, and only the holder’s menu after its end', () => {
    expect(OTHER_ACCOUNT.mailHeld(3, '')).toContain(`ở lần “${MENU.rebuild}” tự động kế tiếp`);
    const ended = OTHER_ACCOUNT.mailHeld(3, '', true);
    expect(ended).toContain(`khi tài khoản đó chọn “${MENU.rebuild}”`);
    expect(ended).not.toContain('tự động kế tiếp');
  });
});
