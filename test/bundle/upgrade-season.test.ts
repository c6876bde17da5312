// An update mid-season, the whole way (review upgrade3): an office runs an earlier bundle — registrations and an edit,
// the council's decisions, a level and a request for evidence, its meeting, the award documents, mail partly waiting
// for the quota — then pushes the current bundle into the same Sheet, runs Thiết lập (README step 5) and goes on:
// edits through the old edit links, a new registration, rebuilds, reminders, the digest, the documents again.
// Earlier bundles: the stored fixtures (CI), and, when present, bundles built locally from worktrees
// (UPGRADE_OLD_DIRS=/work/upgrade-old/dist:/work/upgrade-old2/dist — a local reproduction only).
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { manifestScopes } from './helpers';
import { failures, oldOffice, oldSeason } from './upgrade-lib';

const fixture = (c: string) => gunzipSync(readFileSync(new URL(`./fixtures/Code-${c}.js.gz`, import.meta.url))).toString('utf8');
const bundles: Array<[string, () => string]> = [
  ['f57a4b2', () => fixture('f57a4b2')],
  ['d4492ab', () => fixture('d4492ab')],
  ...(process.env.UPGRADE_OLD_DIRS ?? '').split(':').filter((d) => d && existsSync(`${d}/Code.js`)).map((d) => [d, () => readFileSync(`${d}/Code.js`, 'utf8')] as [string, () => string]),
];

const outboxIds = (t: unknown[][]) => new Map(t.slice(1).map((r) => [String(r[0]), String(r[5])]));

describe('upgrade mid-season', () => {
  for (const [name, code] of bundles) {
    it(`from ${name}: codes, decisions, mail and documents carry over; nothing sent twice, nothing lost, nothing alarming`, () => {
      const o = oldOffice('', { mailQuota: 5, code: code(), scopes: manifestScopes() });
      const { emu, menu, tab } = o;
      oldSeason(o, { editTemplate: true });
      const ledger = () => new Map(tab('Sổ mã phiếu').slice(1).map((r) => [String(r[1]), String(r[0])]));
      const council = () => new Map(tab('Thẩm định').slice(1).map((r) => [String(r[0]), [3, 6, 7, 10].map((i) => String(r[i] ?? '')).join('|')]));
      const led0 = ledger();
      const cnc0 = council();
      const out0 = outboxIds(tab('Hộp thư đi'));
      const waiting = [...out0].filter(([, s]) => s !== 'Đã gửi').map(([id]) => id);
      expect(waiting.length).toBeGreaterThan(0);
      const sent0 = emu.mail.sent.length;
      const docs0 = emu.docs.list().filter((d) => !d.trashed && !d.name.startsWith('Mẫu')).map((d) => d.id).sort();
      const ex = emu.runtime.executions.length;

      emu.clock.advance(3600_000);
      o.update();
      menu('setup');
      o.submit('Giang', 2, o.teacher('Đỗ Thị Giang', 2));
      o.submit('Cường', 2, { ...o.teacher('Lê Văn Cường', 2), [Q.phone]: '0912000333' }, 'Cường');
      emu.clock.advance(3600_000);
      menu('rebuildSummaries');
      menu('sendReminders');
      menu('sendWeeklyDigest');
      emu.clock.advance(25 * 3600_000);
      emu.triggers.runDueTimeTriggers(emu.clock.now());
      typeCell(emu, 'Thẩm định', o.rowOfName('Đỗ Thị Giang'), o.col('Quyết định của Hội đồng'), 'Đề nghị khen');
      menu('rebuildSummaries');
      menu('generateProposals');

      expect(failures(emu, ex)).toEqual([]);
      // Every registration keeps its code; the new one gets the next.
      const led1 = ledger();
      for (const [rid, c] of led0) expect(led1.get(rid)).toBe(c);
      expect(led1.size).toBe(led0.size + 1);
      // The council's cells stay on their registrations.
      const cnc1 = council();
      for (const [c, v] of cnc0) expect(cnc1.get(c)?.split('|').slice(0, 3)).toEqual(v.split('|').slice(0, 3));
      // What waited is sent, once; nothing sent before is sent again.
      const out1 = outboxIds(tab('Hộp thư đi'));
      for (const id of waiting) expect(out1.get(id)).toBe('Đã gửi');
      // Every e-mail sent since the update is one outbox entry turned 'Đã gửi' since: none sent twice.
      const sentIds = (m: Map<string, string>) => [...m].filter(([, st]) => st === 'Đã gửi').length;
      for (const [id, st] of out0) if (st === 'Đã gửi') expect(out1.get(id)).toBe('Đã gửi');
      expect(emu.mail.sent.length - sent0).toBe(sentIds(out1) - sentIds(out0));
      // The documents already made are kept (only the tool's print changed).
      const docs1 = emu.docs.list().filter((d) => !d.trashed && !d.name.startsWith('Mẫu')).map((d) => d.id);
      for (const id of docs0) expect(docs1).toContain(id);
      // The office's own lines in its Tờ trình template are kept.
      expect(emu.docs.text(emu.properties.script.get('proposals.template.toTrinh')!)).toContain('PHỤ LỤC CỦA PHÒNG');
      // Nothing in Nhật ký lỗi.
      expect(tab('Nhật ký lỗi').slice(1).map((r) => String(r[2]))).toEqual([]);
    });
  }
});
