// Review r80n F1 (do the numbers agree everywhere the office reads them?): "Tổng hợp" is written by the nightly rebuild
// (and "Cập nhật tổng hợp"), yet its heading says «Số liệu tính đến ngày 01/07/2024.» — the whole day. On a Monday the
// digest (07:00–08:00) and the council's preview read the office afresh, so a registration sent after the 06:00
// rebuild, or decisions typed in "Thẩm định" that morning, make the two places state different counts for the same
// day, and nothing on "Tổng hợp" says that its numbers are those of 06:30. Either the counts agree or "Tổng hợp" names
// the moment they describe (its time, not only its date).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, decide, individualAnswers, officeAfterSetup, setConfigValues } from './helpers';

const LEADER = 'lanhdao@phong.example';

/** Three registrations sent on Sunday 30/06/2024, the nightly rebuild on Monday 01/07 at 06:30. */
function mondayOffice() {
  const o = officeAfterSetup(SCHOOLS, { now: new Date(2024, 5, 30, 9, 0) });
  setConfigValues(o.emu, { 'mail.digestRecipients': LEADER });
  const send = (i: number, answers: Record<string, unknown>) => {
    o.emu.forms.submitAsUser(o.formId, { ...answers, [Q.school]: SCHOOLS[i].name } as never, { email: SCHOOLS[i].emails[0] });
    o.emu.clock.advance(60_000);
  };
  send(0, { ...individualAnswers('teacher'), [Q.individualName]: 'Nguyễn Văn An' });
  send(0, { ...collectiveAnswers(), [Q.collectiveName]: SCHOOLS[0].name });
  send(1, { ...individualAnswers('teacher'), [Q.individualName]: 'Trần Thị Bình' });
  o.emu.clock.set(new Date(2024, 6, 1, 6, 30));
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  /** The line of "Tổng hợp" that says which moment its numbers describe, and the lines that state counts. */
  const summary = () => o.emu.spreadsheets.values('Tổng hợp').map((r) => String(r[0]));
  return { o, send, summary };
}

const momentLine = (lines: string[]) => lines.find((l) => l.startsWith('Số liệu tính đến'))!;
const statesTime = (line: string) => /\d{1,2}(:|\s*giờ\s*)\d{2}/.test(line);

describe('"Tổng hợp" and the places read beside it on a Monday morning', () => {
  it('a registration sent between the 06:30 rebuild and the 07:30 digest: the digest and "Tổng hợp" agree, or "Tổng hợp" says its time', () => {
    const { o, send, summary } = mondayOffice();
    o.emu.clock.set(new Date(2024, 6, 1, 6, 50));
    send(2, { ...individualAnswers('teacher'), [Q.individualName]: 'Lê Văn Cường' });
    o.emu.clock.set(new Date(2024, 6, 1, 7, 30));
    const before = o.emu.mail.sent.length;
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    const digest = String(o.emu.mail.sent.slice(before).find((m) => m.to.includes(LEADER))?.body);
    const digestTotal = Number(/Tổng cộng: (\d+) phiếu/.exec(digest)?.[1]);
    const lines = summary();
    const summaryTotal = Number(/(\d+) phiếu đăng ký/.exec(lines.find((l) => /đơn vị, \d+ phiếu đăng ký/.test(l))!)?.[1]);
    // Today: the digest «tổng hợp tự động lúc 07:30 ngày 01/07/2024 … Tổng cộng: 4 phiếu», "Tổng hợp" «Số liệu tính
    // đến ngày 01/07/2024.» «3 đơn vị, 3 phiếu đăng ký: …» — both about 01/07/2024, one registration apart.
    expect(digestTotal).toBe(4);
    expect(summaryTotal === digestTotal || statesTime(momentLine(lines)), `digest: ${digestTotal} phiếu; "Tổng hợp": ${summaryTotal} phiếu, «${momentLine(lines)}»`).toBe(true);
  });

  it('decisions typed in "Thẩm định" after the rebuild: the preview\'s list and "Tổng hợp"\'s council line agree, or "Tổng hợp" says its time', () => {
    const { o, summary } = mondayOffice();
    o.emu.clock.set(new Date(2024, 6, 1, 9, 0));
    const review = o.emu.spreadsheets.values('Thẩm định');
    for (const r of review.slice(1)) decide(o, String(r[0]), 'Đề nghị khen', 'Đủ tiêu chuẩn');
    o.emu.clock.set(new Date(2024, 6, 1, 10, 0));
    o.bundle.call('previewProposals', undefined, { kind: 'menu' });
    const preview = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => String(r[0])).find((l) => l.startsWith('Danh sách đề nghị:'))!;
    expect(preview).toContain('1 tập thể, 2 cá nhân');
    const lines = summary();
    const council = lines.find((l) => l.startsWith('Thẩm định của Hội đồng'))!;
    const proposed = Number(/(\d+) phiếu “Đề nghị khen”/.exec(council)?.[1]);
    // Today: «Danh sách đề nghị: 1 tập thể, 2 cá nhân.» beside «Thẩm định của Hội đồng (trang “Thẩm định”): 3 phiếu đạt
    // chờ thẩm định; 0 phiếu “Đề nghị khen” …» under «Số liệu tính đến ngày 01/07/2024.»
    expect(proposed === 3 || statesTime(momentLine(lines)), `preview: «${preview}»; "Tổng hợp": «${council}» «${momentLine(lines)}»`).toBe(true);
  });
});
