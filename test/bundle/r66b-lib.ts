// The office of review r66b's tests (award proposals as the clerk handles them): a council office whose signer is set,
// three teachers marked "Đề nghị khen", and the council's meeting typed in "Họp Hội đồng TĐKT".
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';
import { typeCell } from '../../scripts/user';
import { councilOffice } from './helpers';

export type Office = ReturnType<typeof councilOffice>;

/** The documents the tool made that are not in the trash (templates left out; `unused`: "[KHÔNG DÙNG]" ones too). */
export const live = (o: Office, unused = true) => o.emu.docs.list().filter((d) => !d.trashed && !d.name.startsWith('Mẫu - ') && (unused || !d.name.startsWith('[KHÔNG DÙNG]')));

/** A document's text with its paragraphs on lines and no non-breaking spaces. */
export const text = (o: Office, id: string) => o.emu.docs.text(id).replace(/\r/g, '\n').replace(/\u00a0/g, ' ');

/**
 * The office after its council met: `down` votes against (the first `down` of the three teachers voted down). Returns
 * the codes voted down and the reviewed names by code.
 */
export function meetingOffice(down = 0): Office & { down: string[]; reviewed: Map<string, string> } {
  const o = councilOffice();
  const row = o.emu.spreadsheets.values('Cấu hình').findIndex((r) => r[0] === 'Người ký tờ trình') + 1;
  typeCell(o.emu, 'Cấu hình', row, 2, 'Trần Văn Minh');
  o.decide([2, 3, 4]);
  const reviewed = reviewNames(o.emu);
  const voted = holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, down);
  return { ...o, down: voted, reviewed };
}
