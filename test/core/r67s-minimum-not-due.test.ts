// Review r67s: a 2026–2030 office sets the tool up in the summer of 2026, before the first school year of the period
// (2026-2027) begins. No school year asks for the minimum (III.1) yet: each school's tab says "Chưa đến hạn", the digest
// says no school year asks for it. "Tổng hợp" — what the leader prints for the meeting — must not list every school
// among those "chưa đăng ký đủ tối thiểu" (with no reason given) nor mark them "Chưa".
import { expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { districtSummary, schoolTabs } from '../../src/core/summaries';
import { digestEmail } from '../../src/core/digest';
import { DIGEST_EMAIL } from '../../src/core/messages';
import { SUMMARY_SCHOOL_HEADER, SUMMARY_MINIMUM_HEADER } from '../../src/core/messages/summaries';
import { config2026, directoryRows, form, headerRow, SCHOOLS } from './helpers';

const NOW = new Date(2026, 7, 17, 7, 0, 0); // Monday 17/08/2026: the 2026-2027 school year starts on 01/09
const cfg = config2026(NOW);
const output = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(form(cfg))] });

it('before the first school year of the period, no school is listed below the minimum nor marked "Chưa"', () => {
  // The school's own tab and the digest (the scenario): not due.
  const tab = schoolTabs(output, cfg).tabs[0].rows.map((r) => String(r[0]));
  expect(tab.find((l) => l.includes('(mục III.1)'))).toContain('Chưa đến hạn');
  const digest = digestEmail({ output, config: cfg, now: NOW, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
  expect(digest).toContain(DIGEST_EMAIL.minimumNoYear('17/08/2026'));

  const t = districtSummary(output, cfg);
  const sheet = [t.header, ...t.rows];
  const below = t.blocks.belowMinimum;
  const belowRows = sheet.slice(below.firstDataRow - 1, below.lastDataRow).map((r) => String(r[0]));
  for (const s of SCHOOLS) expect(belowRows).not.toContain(s.name);
  const b = t.blocks.schools;
  const col = SUMMARY_SCHOOL_HEADER.indexOf(SUMMARY_MINIMUM_HEADER);
  const cells = sheet.slice(b.firstDataRow - 1, b.lastDataRow).map((r) => String(r[col]));
  expect(cells).not.toContain('Chưa');
  expect(sheet.map((r) => String(r[0])).join('\n')).not.toContain('0/3 đơn vị đã đăng ký đủ tối thiểu');
});
