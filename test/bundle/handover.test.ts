// The clerk who installed the tool hands it over to a new clerk's account (review handover H1–H4). Installable triggers
// run as the account that made them, and each account lists only its own (the emulation runs a trigger as its owner).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_LINES, HANDOVER_SECTION, OTHER_ACCOUNT, PROPOSAL_TEMPLATE_FOLDER, TRIGGERS_RETIRED, VIEW_NOTE, configLabel } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { formatDateTime } from '../../src/core/text';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, councilOffice, individualAnswers, officeAfterSetup } from './helpers';

const B = 'canbo.moi@phonggd.example.vn';
const DAY = 24 * 3600_000;
const MANAGED = ['onFormSubmit', 'rebuildSummaries', 'sendWeeklyDigest', 'sendReminders'];

type Emu = ReturnType<typeof officeAfterSetup>['emu'];

function asUser<T>(emu: Emu, user: string, fn: () => T): T {
  const was = emu.identity.activeUser;
  emu.identity.activeUser = user;
  try {
    return fn();
  } finally {
    emu.identity.activeUser = was;
  }
}
const ownersOf = (emu: Emu, handler: string) => emu.triggers.triggers.filter((t) => t.handler === handler).map((t) => t.owner);
const setAt = (emu: Emu) => formatDateTime(new Date(JSON.parse(emu.properties.script.get('triggers.set')!).at));
const logged = (emu: Emu) => emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.join(' ')).join('\n');

/** What the former account hands over: the forms and the templates shared with the new one as an editor. */
function shareWith(emu: Emu, user: string): void {
  const p = emu.properties.script;
  const ids = ['form.registration.id', 'form.report.id', ...[...p.keys()].filter((k) => k.startsWith('proposals.template.') && /^[\w-]{10,}$/.test(p.get(k) ?? ''))].map((k) => p.get(k)!);
  for (const id of ids) emu.sharing.acl(id)!.addEditor(user);
  emu.spreadsheets.active.acl.addEditor(user);
}

describe('handover: Thiết lập by the new clerk', () => {
  it('"Có" with the files shared: the new set does the work, the former set retires itself at its first run, nothing is done twice', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    const A = emu.identity.activeUser;
    shareWith(emu, B);
    const at = setAt(emu);
    emu.spreadsheets.active.answers.push('YES');
    asUser(emu, B, () => bundle.call('setup', undefined, { kind: 'menu' }));
    // The question says when the holder of the triggers set up (its address needs a further permission).
    expect(emu.spreadsheets.ui.map((u) => u.message)).toContain(OTHER_ACCOUNT.question(at));
    expect(ownersOf(emu, 'onFormSubmit').sort()).toEqual([A, B].sort());
    // A submission: both accounts' triggers fire; the former's retires, the new one's handles it, one e-mail.
    const school = SCHOOLS[0];
    const mailBefore = emu.mail.sent.length;
    const runs = emu.triggers.runs.length;
    emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Văn An' } as never, { email: school.emails[0] });
    expect(emu.triggers.runs.slice(runs).filter((r) => r.handler === 'onFormSubmit')).toHaveLength(2);
    expect(emu.mail.sent.slice(mailBefore).filter((m) => JSON.stringify(m.to).includes(school.emails[0]))).toHaveLength(1);
    expect(emu.spreadsheets.values('Kết quả kiểm tra').length).toBe(2);
    for (const h of MANAGED) expect(ownersOf(emu, h).filter((o) => o === A)).toEqual([]);
    expect(logged(emu).split(TRIGGERS_RETIRED).length - 1).toBe(1);
    // A week of clock triggers: one rebuild a night, the new account's.
    const nightly = emu.triggers.runs.length;
    emu.triggers.runDueTimeTriggers(emu.clock.now() + 8 * DAY);
    const rebuilds = emu.triggers.runs.slice(nightly).filter((r) => r.handler === 'rebuildSummaries');
    expect(rebuilds.length).toBeGreaterThanOrEqual(7);
    expect(rebuilds.length).toBeLessThanOrEqual(8);
    expect(rebuilds.every((r) => r.ok)).toBe(true);
    // The new clerk's next Thiết lập asks nothing: it holds the set now.
    const asked = emu.spreadsheets.ui.length;
    asUser(emu, B, () => bundle.call('setup', undefined, { kind: 'menu' }));
    expect(emu.spreadsheets.ui.slice(asked).map((u) => u.message).filter((m) => m.startsWith(OTHER_ACCOUNT.question('').slice(0, 60)))).toEqual([]);
  });

  it('"Có" without the files shared: stops before changing anything and names what it cannot open', () => {
    const { emu, bundle } = officeAfterSetup();
    emu.spreadsheets.active.acl.addEditor(B);
    const triggers = emu.triggers.triggers.map((t) => `${t.owner}:${t.handler}`);
    const formId = emu.properties.script.get('form.registration.id');
    emu.spreadsheets.active.answers.push('YES');
    asUser(emu, B, () => bundle.call('setup', undefined, { kind: 'menu' }));
    const said = OTHER_ACCOUNT.unreachable([OTHER_ACCOUNT.registrationForm, OTHER_ACCOUNT.reportForm, OTHER_ACCOUNT.templates]);
    expect(emu.spreadsheets.ui.at(-1)!.message).toBe(said);
    expect(said).toContain(PROPOSAL_TEMPLATE_FOLDER);
    expect(emu.triggers.triggers.map((t) => `${t.owner}:${t.handler}`)).toEqual(triggers);
    expect(emu.properties.script.get('form.registration.id')).toBe(formId);
    expect(logged(emu)).toContain(said);
  });

  it('a one-off trigger of the new clerk (a retry, a continuation) does not pass for the tool\'s: the question is still asked', () => {
    const o = councilOffice();
    o.decide([2, 3]);
    o.rebuild();
    o.emu.spreadsheets.active.acl.addEditor(B);
    asUser(o.emu, B, () => {
      // A job that missed the lock is retried in the clicker's name: a one-off trigger of B's.
      o.bundle.call('sendWaitingMail', undefined, { kind: 'menu' });
      o.emu.triggers.triggers.push({ uid: 'one-off-of-B', handler: 'retryJobs', eventType: 'CLOCK', source: 'CLOCK', sourceId: null, owner: B, createdAt: o.emu.clock.now(), clock: { kind: 'after', timeZone: 'Asia/Ho_Chi_Minh', nextAt: o.emu.clock.now() + 600_000 } } as never);
      o.emu.spreadsheets.active.answers.push('NO');
      o.bundle.call('setup', undefined, { kind: 'menu' });
    });
    expect(o.emu.spreadsheets.ui.at(-2)!.message).toBe(OTHER_ACCOUNT.question(setAt(o.emu)));
    expect(o.emu.spreadsheets.ui.at(-1)!.message).toBe(OTHER_ACCOUNT.stopped);
    expect(ownersOf(o.emu, 'onFormSubmit')).toEqual([o.emu.identity.activeUser]);
  });
});

describe('handover: the menu by an account that does not hold the triggers', () => {
  it('"Tạo văn bản đề nghị khen thưởng" says whose templates they are and what to do; nothing made or scheduled in its name', () => {
    const o = councilOffice();
    o.decide([2, 3]);
    o.rebuild();
    o.emu.spreadsheets.active.acl.addEditor(B);
    const docs = o.emu.docs.list().length;
    asUser(o.emu, B, () => {
      o.bundle.call('generateProposals', undefined, { kind: 'menu' });
      o.bundle.call('previewProposals', undefined, { kind: 'menu' });
    });
    const said = OTHER_ACCOUNT.menu(setAt(o.emu));
    expect(o.emu.spreadsheets.ui.slice(-2).map((u) => u.message)).toEqual([said, said]);
    expect(said).toContain(HANDOVER_SECTION);
    expect(o.emu.docs.list().length).toBe(docs);
    expect(o.emu.triggers.triggers.filter((t) => t.owner === B)).toEqual([]);
    // The installer's own click still makes them.
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(o.emu.docs.list().length).toBeGreaterThan(docs);
  });

  it('"Cập nhật tổng hợp" by a colleague makes no second view of a school; the installer\'s runs keep the one view', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const { emu, bundle } = ctx;
    const rows = emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
    const row = rows.find((r) => r[0] === configLabel('schoolViews.enabled'));
    if (row) row[1] = 'Có';
    else rows.push([configLabel('schoolViews.enabled'), 'Có', '']);
    typeIntoTab(emu, 'Cấu hình', rows);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const created = emu.runtime.count('SpreadsheetApp.create');
    expect(created).toBe(SCHOOLS.length);
    emu.spreadsheets.active.acl.addEditor(B);
    for (let i = 0; i < 2; i++) {
      asUser(emu, B, () => bundle.call('rebuildSummaries', undefined, { kind: 'menu' }));
      emu.clock.advance(3600_000);
    }
    expect(logged(emu)).toContain(VIEW_NOTE.otherAccount(SCHOOLS.length));
    for (let i = 0; i < 2; i++) {
      bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      emu.clock.advance(3600_000);
    }
    expect(emu.runtime.count('SpreadsheetApp.create')).toBe(created);
    const school = SCHOOLS[0];
    const live = emu.drive.filesByName(`Trang theo dõi — ${school.name} (${school.code})`).filter((f) => !f.trashed);
    expect(live).toHaveLength(1);
    expect(logged(emu)).not.toContain('đã bị xóa hoặc chuyển vào thùng rác');
  });
});

describe('handover: what the office is told', () => {
  it('the README has the section the messages name, and the guide points to it', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(new RegExp(`^#+ ${HANDOVER_SECTION}$`, 'm'));
    expect(GUIDE_LINES('u1', 'u2', 'Sở').join('\n')).toContain(HANDOVER_SECTION);
  });
});
