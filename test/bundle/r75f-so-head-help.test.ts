// Review r75f (the Google Forms as the person filling them meets them) F4.
//
// Who is hurt: a Trưởng phòng (or Phó trưởng phòng acting as one) of a Sở registering as an individual under the Sở's
// own row, and the Sở's council reading the award dossier. The help of “Là người đứng đầu cơ quan, đơn vị” says: “Chỉ
// trả lời “Có” nếu là người đứng đầu cả trường hoặc cả cơ quan (Hiệu trưởng, Giám đốc, Trưởng phòng…)”. That list was
// written for a district Phòng GD&ĐT, whose head is its Trưởng phòng. In a Sở the head of the cơ quan is the Giám đốc
// Sở; a Trưởng phòng heads one of its departments — a part. Reading his own title in the examples, he answers “Có”;
// the Báo cáo thành tích then prints him as “người đứng đầu cơ quan, đơn vị” (PROPOSAL_TEXT.individualBackground) and
// when “Đơn vị” names the Sở's own head, the council is warned of a conflict of heads (proposals.ts headWarnings) the
// form itself invited.
// What happens now: the Sở's form gives “Trưởng phòng” as an example of the head of a whole cơ quan.
// What should happen: the examples follow the office's kind: for a Sở, the heads are the Hiệu trưởng of a school, the
// Giám đốc of a trung tâm and the Giám đốc Sở; a Trưởng phòng of the Sở answers “Không” (as a Phó hiệu trưởng does).
// Severity: Low (a wrong “Có” invited, printed in the dossier; caught only by a careful reader).
import { describe, expect, it } from 'vitest';
import { SCHOOLS, haSonSo, officeAfterSetup } from './helpers';
import { Q } from '../../src/core/registration-form';

describe('a Sở’s registration form: who is the head of a cơ quan', () => {
  it('does not give a Trưởng phòng as an example of the head of the whole cơ quan', () => {
    const now = new Date(2027, 2, 10, 9);
    const o = officeAfterSetup(SCHOOLS, { now }, haSonSo(now, {}));
    const help = o.emu.forms.forms.get(o.formId)!.items.find((i) => i.title === Q.head)!.helpText;
    // The examples of those who answer "Có" come before those who answer "Không" (Phó hiệu trưởng, tổ trưởng…).
    const yesPart = help.split(/Phó hiệu trưởng/i)[0];
    expect({ help, trưởngPhòngIsHead: /Trưởng phòng/.test(yesPart) }).toMatchObject({ trưởngPhòngIsHead: false });
  });
});
