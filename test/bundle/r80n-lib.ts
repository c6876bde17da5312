// Review r80n F2 (and d80 F4): the Sở's office on the day of the Tờ trình, three teachers proposed for a Giấy khen and
// the last voted down by the council's meeting (3 of 9 in favour), the summaries brought up to date after the meeting.
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';
import { proposalOffice, so } from './r68d-lib';

export function votedDownOffice() {
  const now = new Date(2027, 11, 20, 8);
  const cfg = so(now);
  const o = proposalOffice(cfg, now, [
    { teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' },
    { teacher: 'Đặng Văn Long', school: 2, level: 'giayKhen' },
    { teacher: 'Phạm Minh Khoa', school: 2, level: 'giayKhen' },
  ]);
  const reviewed = reviewNames(o.emu);
  holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, 1, cfg.organisation.signer.name, 'so');
  o.emu.clock.advance(600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  return o;
}
