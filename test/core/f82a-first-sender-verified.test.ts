// Fix f82a (review r82i): whether a registration came from the school's own addresses follows the address it was first
// sent from (Registration.firstSender, the register's «E-mail người gửi lần đầu») and the register's stamp of it, never
// the address of whoever edited it since through its edit link. Both ways: an edit from a personal account does not make
// the school's registration a stranger's, and an edit from the school's address does not make a stranger's the school's
// (README, Sổ mã phiếu: «người khác sửa phiếu sau đó không làm phiếu đổi chủ»).
import { describe, expect, it } from 'vitest';
import { emailVerified } from '../../src/core/duplicates';
import { directoryToRows, parseDirectory } from '../../src/core/directory';
import { listedSchools } from '../../src/core/ledger';
import type { Registration } from '../../src/core/registration';
import { SCHOOLS, individualAnswers, parseAnswers } from './helpers';

const as = (r: Registration, patch: Partial<Registration>): Registration => Object.assign(Object.create(Object.getPrototypeOf(r)) as Registration, r, patch);

describe('f82a: verified by the first sender, not by the last editor', () => {
  const school = SCHOOLS[0];
  const own = school.emails[0];
  const personal = 'ai.do@gmail.com';
  const [reg] = parseAnswers([individualAnswers()]).registrations;
  const stamp = listedSchools(directoryToRows(SCHOOLS));
  const s = parseDirectory(directoryToRows(SCHOOLS)).byCode.get(school.code)!;

  it('the school\'s registration edited from a personal account stays the school\'s', () => {
    expect(emailVerified(as(reg, { school: s, email: personal, firstSender: own, sentAs: stamp(own) }))).toBe(true);
    // Its address replaced in "Đơn vị" since: the stamp of the first sending still says the school.
    const moved = parseDirectory(directoryToRows([{ ...school, emails: ['truongmoi@example.edu.vn'] }, ...SCHOOLS.slice(1)])).byCode.get(school.code)!;
    expect(emailVerified(as(reg, { school: moved, email: personal, firstSender: own, sentAs: stamp(own) }))).toBe(true);
  });

  it('a registration first sent from a personal address stays «chưa xác minh» when the school\'s clerk edits it', () => {
    expect(emailVerified(as(reg, { school: s, email: own, firstSender: personal, sentAs: stamp(personal) }))).toBe(false);
    // Not sent again: without a first sender recorded (an unedited response), the address as read is the first sender.
    expect(emailVerified(as(reg, { school: s, email: own, sentAs: stamp(own) }))).toBe(true);
    expect(emailVerified(as(reg, { school: s, email: personal, sentAs: stamp(personal) }))).toBe(false);
  });
});
