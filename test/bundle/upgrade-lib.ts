// An office that ran an older bundle for part of a season, then updates to dist/Code.js in the same emulator (review upgrade3).
import { readFileSync } from 'node:fs';
import { createEmulator, type Emulator } from '../../emulator/index';
import { configToRows, type OfficeConfig } from '../../src/core/config';
import { planConfig } from '../../sample/profiles';
import { Q } from '../../src/core/registration-form';
import { typeCell, typeIntoTab } from '../../scripts/user';
import { SCHOOLS, collectiveAnswers, individualAnswers } from '../core/helpers';
import { directoryToRows } from '../../src/core/directory';
import { COUNCIL_MEMBERS_HEADER, COUNCIL_VOTES_HEADER } from '../../src/core/messages/proposals';
import { SAMPLE_MEMBERS } from '../../scripts/documents';

export interface OldOffice {
  emu: Emulator;
  menu: (fn: string, kind?: string) => unknown;
  tab: (n: string) => unknown[][];
  submit: (key: string, school: number, answers: Record<string, unknown>, edit?: string) => void;
  teacher: (name: string, school: number) => Record<string, unknown>;
  rowOfName: (name: string) => number;
  col: (h: string) => number;
  ids: Record<string, string>;
  update: (dir?: string) => void;
  formId: string;
}

export function oldOffice(oldDir: string, opts: { mailQuota?: number; council?: boolean; editTemplate?: boolean; now?: Date; code?: string; scopes?: string[]; views?: boolean; config?: (now: Date) => OfficeConfig } = {}): OldOffice {
  const oldManifest = opts.scopes ? { oauthScopes: opts.scopes } : JSON.parse(readFileSync(`${oldDir}/appsscript.json`, 'utf8'));
  const emu = createEmulator({ modelLatency: false, oauthScopes: oldManifest.oauthScopes, locale: 'vi', mailQuota: opts.mailQuota ?? 1500, ...(process.env.FILE_TZ ? { timeZone: process.env.FILE_TZ } : {}), now: (opts as { now?: Date }).now ?? new Date(2024, 6, 1, 8, 0, 0) });
  let bundle = emu.loadBundle(opts.code ?? readFileSync(`${oldDir}/Code.js`, 'utf8'));
  const menu = (fn: string, kind = 'menu') => bundle.call(fn, undefined, { kind: kind as never });
  const tab = (n: string) => (emu.spreadsheets.sheetNames().includes(n) ? emu.spreadsheets.values(n) : []);
  menu('setup');
  const cfg = (opts.config ?? planConfig)(new Date(emu.clock.now()));
  cfg.organisation.signer = { ...cfg.organisation.signer, name: 'Trần Văn Minh' };
  cfg.mail.digestRecipients = ['lanhdao@example.edu.vn'];
  if (opts.views || process.env.VIEWS) cfg.schoolViews = { enabled: true, publishComments: true, contact: 'Phòng GD, 0216 123 456' };
  typeIntoTab(emu, 'Cấu hình', configToRows(cfg));
  typeIntoTab(emu, 'Đơn vị', directoryToRows(SCHOOLS));
  menu('setup');
  const formId = emu.properties.script.get('form.registration.id')!;
  const ids: Record<string, string> = {};
  const submit = (key: string, school: number, answers: Record<string, unknown>, edit?: string) => {
    emu.clock.advance(60_000);
    const s = SCHOOLS[school];
    const r = emu.forms.submitAsUser(formId, answers as never, { email: s.emails[0], ...(edit ? { editResponseId: ids[edit] } : {}) });
    ids[key] = r.responseId;
  };
  const teacher = (name: string, school: number) => ({ ...individualAnswers('teacher'), [Q.school]: SCHOOLS[school].name, [Q.individualName]: name });
  const rev = () => tab('Thẩm định');
  const col = (h: string) => rev()[0].map(String).indexOf(h) + 1;
  const rowOfName = (name: string) => rev().findIndex((r) => r.map(String).includes(name)) + 1;
  return {
    emu, menu, tab, submit, teacher, rowOfName, col, ids, formId,
    update: (dir = 'dist') => {
      bundle = emu.loadBundle(readFileSync(`${dir}/Code.js`, 'utf8'));
    },
  };
}

/** The old part of the season: registrations, an edit, the council's decisions and levels, a meeting, documents, mail. */
export function oldSeason(o: OldOffice, opts: { council?: boolean; editTemplate?: boolean } = {}) {
  const { emu, submit, teacher, menu } = o;
  submit('An', 0, teacher('Nguyễn Văn An', 0));
  submit('Bình', 1, teacher('Trần Thị Bình', 1));
  submit('Cường', 2, teacher('Lê Văn Cường', 2));
  submit('Dung', 0, teacher('Phạm Thị Dung', 0));
  submit('TT', 1, { ...collectiveAnswers(), [Q.school]: SCHOOLS[1].name });
  submit('Bình', 1, { ...teacher('Trần Thị Bình', 1), [Q.phone]: '0912000111' }, 'Bình');
  emu.clock.advance(3600_000);
  menu('rebuildSummaries');
  const dec = o.col('Quyết định của Hội đồng');
  const com = o.col('Nhận xét');
  typeCell(emu, 'Thẩm định', o.rowOfName('Nguyễn Văn An'), dec, 'Đề nghị khen');
  typeCell(emu, 'Thẩm định', o.rowOfName('Nguyễn Văn An'), com, 'Đủ tiêu chuẩn');
  typeCell(emu, 'Thẩm định', o.rowOfName('Trần Thị Bình'), dec, 'Đề nghị khen');
  typeCell(emu, 'Thẩm định', o.rowOfName('Trần Thị Bình'), com, 'Tốt');
  const lv = o.tab('Thẩm định')[0].map(String).findIndex((h) => h.startsWith('Hình thức khen')) + 1;
  if (lv > 0) typeCell(emu, 'Thẩm định', o.rowOfName('Trần Thị Bình'), lv, 'Bằng khen của Chủ tịch UBND tỉnh');
  typeCell(emu, 'Thẩm định', o.rowOfName('Lê Văn Cường'), dec, 'Yêu cầu bổ sung');
  typeCell(emu, 'Thẩm định', o.rowOfName('Lê Văn Cường'), com, 'Bổ sung minh chứng sáng kiến trước 15/8');
  if (opts.council !== false) {
    const d = emu.clock.date();
    const day = `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
    const present = SAMPLE_MEMBERS.filter((m) => m[2] === 'Có').length;
    const rows: unknown[][] = [
      ['Họp Hội đồng TĐKT'],
      ['Thời gian họp', `14 giờ 00 phút, ngày ${day}`],
      ['Địa điểm', 'Phòng họp tầng 2'],
      ['Ngày họp (dd/MM/yyyy)', day],
      ['Chủ trì (họ và tên)', 'Trần Văn Minh'],
      ['Chức vụ của người chủ trì', 'Trưởng phòng, Chủ tịch Hội đồng'],
      ['Thư ký (họ và tên)', SAMPLE_MEMBERS[8][0]],
      ['Tỷ lệ tán thành phải trên (%)', 50],
      [],
      [...COUNCIL_MEMBERS_HEADER],
      ...SAMPLE_MEMBERS.map((m, i) => (i === 0 ? ['Trần Văn Minh', 'Trưởng phòng, Chủ tịch Hội đồng', m[2], m[3]] : [...m])),
      [],
      [...COUNCIL_VOTES_HEADER],
      ['DK-000002', 'Nguyễn Văn An', present, 0, ''],
      ['DK-000003', 'Trần Thị Bình', present, 0, ''],
    ];
    emu.runtime.execute(() => emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Họp Hội đồng TĐKT')!.clearContents(), { kind: 'node', label: 'user typing' });
    typeIntoTab(emu, 'Họp Hội đồng TĐKT', rows);
  }
  if (opts.editTemplate) {
    emu.runtime.execute(
      () => {
        const id = emu.properties.script.get('proposals.template.toTrinh')!;
        const body = emu.globals.DocumentApp.openById(id).getBody();
        body.appendParagraph('Ghi chú riêng của phòng: nộp kèm bản mềm.');
        body.appendPageBreak();
        body.appendParagraph('PHỤ LỤC CỦA PHÒNG');
      },
      { kind: 'node', label: 'user typing' },
    );
  }
  emu.clock.advance(3600_000);
  menu('rebuildSummaries');
  menu('generateProposals');
  for (let i = 0; i < 20 && emu.triggers.find('continueProposals').length > 0; i++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
  menu('sendWeeklyDigest');
  menu('sendReminders');
}

export function failures(emu: Emulator, from = 0) {
  return emu.runtime.executions.slice(from).filter((x) => x.error).map((x) => `${x.label}: ${x.error}`);
}
export function mails(emu: Emulator) {
  return emu.mail.sent.map((m) => `${m.to.join(',')} | ${m.subject}`);
}

/**
 * The first registrations of rev-upgrade7/8's offices, ten minutes apart: Hoa Sen (SCHOOLS[0]) a collective and a
 * teacher, Hòa Bình (SCHOOLS[1]) the teacher "Lê Văn Cường".
 */
export function sendFirstRegistrations(o: OldOffice, cfg: OfficeConfig): void {
  const send = (s: (typeof SCHOOLS)[number], answers: Record<string, unknown>) => {
    o.emu.clock.advance(600_000);
    o.emu.forms.submitAsUser(o.formId, { ...answers, [Q.school]: s.name } as never, { email: s.emails[0] });
  };
  send(SCHOOLS[0], collectiveAnswers(cfg));
  send(SCHOOLS[0], individualAnswers('teacher', cfg));
  send(SCHOOLS[1], { ...individualAnswers('teacher', cfg), [Q.individualName]: 'Lê Văn Cường' });
}
