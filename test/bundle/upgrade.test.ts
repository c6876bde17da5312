// An office that installed an earlier version and updates mid-season (clasp push, then Thiết lập as the README says):
// the same emulator — spreadsheet, properties, triggers, Drive, mail — with the current bundle loaded in place of an
// earlier release's. The earlier bundles are stored built (fixtures/, gzipped): f57a4b2, from before number-typed
// answers were read back as typed; d4492ab, the release that read them back (review upgrade #1).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { configToRows } from '../../src/core/config';
import { planConfig } from '../../sample/profiles';
import { Q } from '../../src/core/registration-form';
import { typeCell, typeIntoTab } from '../../scripts/user';
import { SCHOOLS, bundleCode, directoryRows, individualAnswers, officeEmulator } from './helpers';

const earlier = (commit: string) => (commit === 'current' ? bundleCode() : gunzipSync(readFileSync(new URL(`./fixtures/Code-${commit}.js.gz`, import.meta.url))).toString('utf8'));

function earlierOffice(commit: string) {
  const emu = officeEmulator({ mailQuota: 1500, now: new Date(2024, 9, 1, 8, 0, 0) });
  let bundle = emu.loadBundle(earlier(commit));
  bundle.call('setup', undefined, { kind: 'menu' });
  typeIntoTab(emu, 'Cấu hình', configToRows(planConfig(new Date(emu.clock.now()))));
  typeIntoTab(emu, 'Đơn vị', directoryRows(SCHOOLS));
  bundle.call('setup', undefined, { kind: 'menu' });
  const formId = emu.properties.script.get('form.registration.id')!;
  const tab = (n: string) => (emu.spreadsheets.sheetNames().includes(n) ? emu.spreadsheets.values(n) : []);
  return {
    emu,
    tab,
    // A teacher's registration: its phone typed "09…", which the response tab holds as a number (the leading 0 lost).
    submit: (name: string, school: number) => {
      emu.clock.advance(60_000);
      const s = SCHOOLS[school];
      emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: s.name, [Q.individualName]: name, [Q.phone]: '0912345678' } as never, { email: s.emails[0] });
    },
    decide: (row: number) => {
      const h = tab('Thẩm định')[0].map(String);
      typeCell(emu, 'Thẩm định', row, h.indexOf('Quyết định của Hội đồng') + 1, 'Đề nghị khen');
      typeCell(emu, 'Thẩm định', row, h.indexOf('Nhận xét') + 1, 'Đủ tiêu chuẩn');
    },
    call: (fn: string) => bundle.call(fn, undefined, { kind: 'menu' }),
    update: () => {
      bundle = emu.loadBundle(bundleCode());
    },
    failures: () => emu.runtime.executions.filter((x) => x.error).map((x) => `${x.label}: ${x.error}`),
  };
}

describe('an update mid-season', () => {
  // 'current': the same flow without an update (the control).
  for (const commit of ['f57a4b2', 'd4492ab', 'current']) {
    it(`from ${commit}: the reports made before are kept, not made again, when only the tool changed`, () => {
      const o = earlierOffice(commit);
      o.submit('Nguyễn Văn An', 0);
      o.submit('Trần Thị Bình', 1);
      o.call('rebuildSummaries');
      o.decide(2);
      o.decide(3);
      o.call('generateProposals');
      const reports = () => o.emu.docs.list().filter((d) => d.name.startsWith('Báo cáo thành tích') && !d.trashed).map((d) => d.id);
      const before = reports();
      expect(before).toHaveLength(2);
      o.update();
      o.emu.clock.advance(86_400_000);
      o.call('setup');
      o.call('generateProposals');
      expect(o.failures()).toEqual([]);
      expect(reports()).toEqual(before);
      expect(o.tab('Đề nghị khen thưởng').flat().map(String).filter((s) => s.startsWith('Đã thay thế'))).toEqual([]);
    });
  }
});
