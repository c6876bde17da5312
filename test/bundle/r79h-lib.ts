// Review r79h (and d79 F1): a draft Quyết định the former clerk completed by hand, then replaced after a handover.
import { PROPOSAL_TAB } from '../../src/core/messages';
import type { Emulator } from '../../emulator/index';
import { live, meetingOffice } from './r66b-lib';

/** The reward clause the former clerk types into the draft itself, in place of its "[Tiền thưởng … — cơ quan bổ sung]". */
export const REWARD = 'Cá nhân được tặng Giấy khen được thưởng theo quy định tại Nghị định số 98/2023/NĐ-CP; kinh phí chi từ Quỹ thi đua, khen thưởng của Phòng.';
/** The item of "Cấu hình" the new clerk fills two days later: the draft prints it, so it is made again. */
export const COMPETENCE = 'Căn cứ Quyết định số 12/QĐ-UBND ngày 01/3/2021 của Ủy ban nhân dân thành phố Yên Bái quy định chức năng, nhiệm vụ của Phòng Giáo dục và Đào tạo';

/** The rows of "Đề nghị khen thưởng" of the draft Quyết định (current and replaced), each as one line. */
export const draftRows = (o: ReturnType<typeof meetingOffice>) =>
  o.emu.spreadsheets
    .values(PROPOSAL_TAB)
    .filter((r) => String(r[6]).startsWith('Dự thảo Quyết định'))
    .map((r) => r.map(String).join(' | '));

/** The former clerk types REWARD into the draft `id` (outside the tool, as a person in Docs). */
export function completeByHand(o: { emu: Emulator }, id: string): void {
  o.emu.runtime.execute(
    () => {
      const doc = o.emu.globals.DocumentApp.openById(id);
      doc.getBody().replaceText('\\[Tiền thưởng[^\\]]*\\]', REWARD);
      doc.saveAndClose();
    },
    { kind: 'node', label: 'the former clerk completes the draft by hand' },
  );
}

/**
 * The office after its council's meeting, its first batch made, and its draft Quyết định completed by hand by the
 * former clerk (REWARD typed into it) an hour later: the start of every "a hand-completed draft replaced" case.
 */
export function draftCompletedByHand() {
  const o = meetingOffice();
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  const draft = live(o).find((d) => d.name.startsWith('Dự thảo Quyết định'))!;
  o.emu.clock.advance(3600_000);
  completeByHand(o, draft.id);
  return { o, draft };
}
