// Review "now": a season of the xa-2026-2030 sample ended on a chosen day (default 05/12/2026), then a council round and
// the documents. Not a test: run `npx tsx test/bundle/rev-now-season.ts 2026-12-05T09:00:00+07:00 /tmp/out` and read
// /tmp/out (van-phong.xlsx, thu/*.eml, van-ban/**/*.docx); TABS="Thẩm định,Tổng hợp" prints those tabs.
process.env.TZ = 'Asia/Ho_Chi_Minh';
import { readFileSync, mkdirSync, rmSync } from 'node:fs';
import { createEmulator } from '../../emulator/index';
import { configToRows } from '../../src/core/config';
import { makeSampleOffice } from '../../sample/office';
import { sampleProfile } from '../../sample/profiles';
import { chooseLevels, holdCouncilMeeting, markNominees, reviewNames, exportDocuments } from '../../scripts/documents';
import { typeIntoTab } from '../../scripts/user';

const today = new Date(process.argv[2] ?? '2026-12-05T09:00:00+07:00');
const out = process.argv[3] ?? '/tmp/rv/season-now';
const office = makeSampleOffice({ sample: 'xa-2026-2030', today, seed: 1 });
const first = office.submissions[0]?.at ?? today;
const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
const emu = createEmulator({ oauthScopes: manifest.oauthScopes, locale: 'vi', now: new Date(first.getTime() - 7 * 86400000), mailQuota: 1500, spreadsheetName: 'Thi đua', modelLatency: false });
const bundle = emu.loadBundle(readFileSync('dist/Code.js', 'utf8'));
bundle.openSpreadsheet();
bundle.call('setup', undefined, { kind: 'menu' });
office.config.schoolViews = { enabled: true, publishComments: false, contact: sampleProfile('xa-2026-2030').contact };
typeIntoTab(emu, 'Cấu hình', configToRows(office.config));
typeIntoTab(emu, 'Đơn vị', office.directoryRows);
bundle.call('setup', undefined, { kind: 'menu' });
const formId = emu.properties.script.get('form.registration.id')!;
const reportFormId = emu.properties.script.get('form.report.id')!;
const arrivalsAll = [
  ...office.submissions.map((s, index) => ({ at: s.at, registration: index })),
  ...office.reports.map((r, index) => ({ at: r.at, report: index })),
].sort((a, b) => a.at.getTime() - b.at.getTime());
// Nothing arrives after the chosen day (the sample draws some duplicates up to 30 days later: review yearahead).
const arrivals = arrivalsAll.filter((a) => a.at.getTime() <= today.getTime());
const ids: string[] = [];
for (const a of arrivals) {
  emu.triggers.runDueTimeTriggers(a.at);
  if ('registration' in a) {
    const s = office.submissions[a.registration!];
    const editOf = s.editOf !== undefined ? ids[s.editOf] : undefined;
    ids[a.registration!] = emu.forms.submitAsUser(formId, s.answers, { email: s.email, at: s.at, ...(editOf ? { editResponseId: editOf } : {}) }).responseId;
  } else {
    const r = office.reports[a.report!];
    emu.forms.submitAsUser(reportFormId, r.answers, { email: r.email, at: r.at });
  }
}
emu.triggers.runDueTimeTriggers(today);
bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
const nominees = markNominees(emu, 12);
chooseLevels(emu, nominees, 3);
holdCouncilMeeting(emu, nominees, reviewNames(emu), 0, office.config.organisation.signer.name, 'xa');
bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
bundle.call('previewProposals', undefined, { kind: 'menu' });
bundle.call('generateProposals', undefined, { kind: 'menu' });
for (let i = 0; i < 50 && emu.triggers.find('continueProposals').length > 0; i++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
(async () => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out + '/thu', { recursive: true });
  await emu.spreadsheets.exportXlsx(`${out}/van-phong.xlsx`);
  await emu.mail.exportEml(`${out}/thu`);
  await exportDocuments(emu, `${out}/van-ban`);
  const dump = (tab: string) => { if (!emu.spreadsheets.sheetNames().includes(tab)) { console.log('=== (no tab) ' + tab); return; } console.log('=== ' + tab); for (const r of emu.spreadsheets.values(tab)) console.log(r.map((v) => v instanceof Date ? v.toISOString() : String(v)).join(' ‖ ')); };
  for (const t of (process.env.TABS ?? 'Đề nghị khen thưởng').split(',')) dump(t);
  console.log('submissions', office.submissions.length, 'first', office.submissions[0]?.at, 'mail', emu.mail.sent.length);
})();
