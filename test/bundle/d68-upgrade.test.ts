// Review d68: an office on the bundle of fb99a97 (this morning's main; fixtures/Code-fb99a97.js.gz) updates to
// dist/Code.js in the same Sheet, Drive, properties and triggers, its season under way: registrations, the council's
// decisions (a "Yêu cầu bổ sung" whose letter the old bundle sent), documents, the digest, reminders, the schools' views.
// Nothing is sent twice, no view is made again (renamed with the period: the same file), and a submission costs about
// what it did.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { manifestScopes, recordsOf } from './helpers';
import { R } from '../../src/core/registration-form';
import { failures, mails, oldOffice, oldSeason } from './upgrade-lib';
import { SCHOOLS } from '../core/helpers';

const oldBundle = () => gunzipSync(readFileSync(new URL('./fixtures/Code-fb99a97.js.gz', import.meta.url))).toString('utf8');
const views = (o: ReturnType<typeof oldOffice>) =>
  [...recordsOf(o.emu, 'views.v.').values()].map((v) => JSON.parse(v) as { id: string }).map((v) => [v.id, o.emu.drive.file(v.id)!.name] as const);

describe('review d68: fb99a97 → HEAD in a season under way', () => {
  it('sends nothing twice, keeps each view (renamed, same file), and a submission (a registration, a report) costs about what it did', () => {
    const o = oldOffice('', { code: oldBundle(), scopes: manifestScopes(), views: true });
    oldSeason(o);
    const { emu } = o;
    emu.clock.advance(3600_000);
    o.menu('rebuildSummaries');
    const sentBefore = mails(emu);
    const viewsBefore = views(o);
    expect(viewsBefore.length).toBeGreaterThan(0);
    // A submission on the old bundle.
    const ex0 = emu.runtime.executions.length;
    o.submit('Em', 2, o.teacher('Đỗ Thị Em', 2));
    const oldCalls = emu.runtime.executions.slice(ex0).reduce((n, x) => n + (x.calls ?? 0), 0);
    const reportForm = emu.properties.script.get('form.report.id')!;
    const sendReport = (i: number) => {
      emu.clock.advance(60_000);
      const at = emu.runtime.executions.length;
      emu.forms.submitAsUser(reportForm, { [R.school]: SCHOOLS[i].name, [R.period]: '6 tháng đầu năm 2024', [R.docRef]: `Số ${i + 10}/BC ngày 20/6/2024`, [R.summary]: 'Báo cáo', [R.link]: '' }, { email: SCHOOLS[i].emails[0] });
      return emu.runtime.executions.slice(at).reduce((n, x) => n + (x.calls ?? 0), 0);
    };
    const oldReport = sendReport(0);

    const from = emu.runtime.executions.length;
    o.update();
    emu.clock.advance(3600_000);
    o.menu('rebuildSummaries');
    const ex1 = emu.runtime.executions.length;
    o.submit('Giang', 2, o.teacher('Vũ Văn Giang', 2));
    const newCalls = emu.runtime.executions.slice(ex1).reduce((n, x) => n + (x.calls ?? 0), 0);
    const newReport = sendReport(1);
    emu.clock.advance(3600_000);
    o.menu('rebuildSummaries');
    o.menu('sendReminders');
    o.menu('sendWeeklyDigest');
    expect(failures(emu, from)).toEqual([]);
    // Nothing sent before is sent again (a digest is a new one: left out).
    const again = mails(emu)
      .slice(sentBefore.length)
      .filter((m) => sentBefore.includes(m) && !m.includes('Tóm tắt tuần') && !m.includes('tuần'));
    expect(again).toEqual([]);
    // The same files, each renamed with the period.
    const after = views(o);
    expect(after.map(([id]) => id).sort()).toEqual(viewsBefore.map(([id]) => id).sort());
    for (const [, name] of after) expect(name).toMatch(/^Trang theo dõi \d{4}-\d{4} — /);
    expect(newCalls).toBeLessThanOrEqual(oldCalls + 2);
    expect(oldReport).toBeGreaterThan(0);
    expect(newReport).toBeLessThanOrEqual(oldReport + 2);
  });
});
