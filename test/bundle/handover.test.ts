// The clerk who installed the tool hands it over to a new clerk's account (review handover H1–H4). Installable triggers
// run as the account that made them, and each account lists only its own (the emulation runs a trigger as its owner).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_LINES, HANDOVER_SECTION, OTHER_ACCOUNT, PROPOSAL_TEMPLATE_FOLDER, TRIGGERS_RETIRED, VIEW_FOLDER_NAME, VIEW_NOTE, configLabel } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { formatDateTime } from '../../src/core/text';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, asUser, councilOffice, individualAnswers, officeAfterSetup } from './helpers';

const B = 'canbo.moi@phonggd.example.vn';
const DAY = 24 * 3600_000;
const MANAGED = ['onFormSubmit', 'rebuildSummaries', 'sendWeeklyDigest', 'sendReminders'];

type Emu = ReturnType<typeof officeAfterSetup>['emu'];

const ownersOf = (emu: Emu, handler: string) => emu.triggers.triggers.filter((t) => t.handler === handler).map((t) => t.owner);
const setAt = (emu: Emu) => formatDateTime(new Date(JSON.parse(emu.properties.script.get('triggers.set')!).at));
const logged = (emu: Emu) => (emu.spreadsheets.sheet('Nhật ký lỗi') ? emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.join(' ')).join('\n') : '');

/** What the former account hands over: the forms and the templates shared with the new one as an editor. */
function shareWith(emu: Emu, user: string): void {
  const p = emu.properties.script;
  const ids = ['form.registration.id', 'form.report.id', ...[...p.keys()].filter((k) => k.startsWith('proposals.template.') && /^[\w-]{10,}$/.test(p.get(k) ?? ''))].map((k) => p.get(k)!);
  for (const id of ids) emu.sharing.acl(id)!.addEditor(user);
  emu.spreadsheets.active.acl.addEditor(user);
}

/** The office with the schools' views on, made by the installer's rebuild; `created`: the views made. */
function withViews() {
  const ctx = officeAfterSetup(SCHOOLS);
  const rows = ctx.emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
  const row = rows.find((r) => r[0] === configLabel('schoolViews.enabled'));
  if (row) row[1] = 'Có';
  else rows.push([configLabel('schoolViews.enabled'), 'Có', '']);
  typeIntoTab(ctx.emu, 'Cấu hình', rows);
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const created = ctx.emu.runtime.count('SpreadsheetApp.create');
  expect(created).toBe(SCHOOLS.length);
  return { ...ctx, created };
}

describe('handover: Thiết lập by the new clerk', () => {
  it('"Có" with the files shared: the new set does the work, the former set retires itself at its first run, nothing is done twice', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    const A = emu.identity.activeUser;
    shareWith(emu, B);
    const at = setAt(emu);
    emu.spreadsheets.active.answers.push('YES');
    expect(emu.properties.script.get('quota.docs.created')).toBeTruthy();
    asUser(emu, B, () => bundle.call('setup', undefined, { kind: 'menu' }));
    // The question says when the holder of the triggers set up (its address needs a further permission).
    expect(emu.spreadsheets.ui.map((u) => u.message)).toContain(OTHER_ACCOUNT.question(at));
    // The former account's count of the documents it made today is not the new account's (handover H5).
    expect(emu.properties.script.get('quota.docs.created')).toBeUndefined();
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
    const { emu, bundle, created } = withViews();
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
    const live = emu.drive.filesByName(`Trang theo dõi 2021-2025 — ${school.name} (${school.code})`).filter((f) => !f.trashed);
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

describe('handover: the races and what "Có" checks (review diff39)', () => {
  it('the former holder takes the tool back ("Có") while its reminder waits for the lock: a whole set of the tool\'s triggers is left (H1)', () => {
    const { emu, bundle } = officeAfterSetup();
    const A = emu.identity.activeUser;
    shareWith(emu, B);
    emu.spreadsheets.active.answers.push('YES');
    asUser(emu, B, () => bundle.call('setup', undefined, { kind: 'menu' }));
    expect(emu.triggers.triggers.filter((t) => t.owner === B && MANAGED.includes(t.handler)).length).toBe(4);
    // A's 07:xx reminder reads the properties (runJob), then waits for the lock A's Thiết lập holds ("Có": to take it back).
    const reminderA = emu.triggers.triggers.find((t) => t.owner === A && t.handler === 'sendReminders')!;
    emu.runtime.interleave(
      () => {
        emu.spreadsheets.active.answers.push('YES');
        bundle.call('setup', undefined, { kind: 'menu' });
      },
      { afterCalls: 4 },
    );
    bundle.call('sendReminders', { triggerUid: reminderA.uid }, { kind: 'timeTrigger' });
    expect(emu.runtime.interleaveErrors).toEqual([]);
    emu.triggers.runDueTimeTriggers(emu.clock.now() + 2 * DAY);
    const left = emu.triggers.triggers.filter((t) => MANAGED.includes(t.handler)).map((t) => `${t.owner === A ? 'A' : 'B'}:${t.handler}`);
    expect(left.sort()).toEqual(MANAGED.map((h) => `A:${h}`).sort());
  });

  it('"Có" with the forms and templates shared but not the schools\' views: stopped, named; no second view of a school (M1)', () => {
    const { emu, bundle, created } = withViews();
    shareWith(emu, B);
    emu.spreadsheets.active.answers.push('YES');
    asUser(emu, B, () => bundle.call('setup', undefined, { kind: 'menu' }));
    expect(emu.spreadsheets.ui.at(-1)!.message).toBe(OTHER_ACCOUNT.unreachable([OTHER_ACCOUNT.views(VIEW_FOLDER_NAME)]));
    emu.triggers.runDueTimeTriggers(emu.clock.now() + 3 * DAY);
    const school = SCHOOLS[0];
    expect(emu.runtime.count('SpreadsheetApp.create')).toBe(created);
    expect(emu.drive.filesByName(`Trang theo dõi 2021-2025 — ${school.name} (${school.code})`).filter((f) => !f.trashed)).toHaveLength(1);
  });
});

describe('the recorded set and a Thiết lập cut off (one account: nothing ever retires)', () => {
  /** The office, "Cấu hình" asking for another digest hour: Thiết lập replaces that trigger. */
  function moved() {
    const o = officeAfterSetup();
    const rows = o.emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
    const row = rows.find((r) => r[0] === configLabel('mail.digestHour'))!;
    row[1] = String(Number(row[1]) === 16 ? 15 : 16);
    typeIntoTab(o.emu, 'Cấu hình', rows);
    return o;
  }

  it('killed at any call where it changes the triggers: no trigger retires, submissions are answered, the next Thiết lập records the set', () => {
    const probe = moved();
    probe.emu.runtime.trace = [];
    probe.bundle.call('setup', undefined, { kind: 'menu' });
    const trace = probe.emu.runtime.trace as string[];
    probe.emu.runtime.trace = null;
    // From the listing of the triggers to the record of the set (and a few calls past it).
    const from = trace.lastIndexOf('ScriptApp.getProjectTriggers', trace.indexOf('ScriptApp.newTrigger'));
    const to = Math.min(trace.length, trace.lastIndexOf('Trigger.getUniqueId') + 4);
    expect(from).toBeGreaterThan(0);
    expect(to - from).toBeGreaterThan(5);
    // A kill at a call that only reads the listing is one at the listing itself: those are left out.
    const points: number[] = [];
    for (let k = from + 1; k <= to; k++) if (!/^Trigger\.get(HandlerFunction|EventType)$/.test(trace[k - 1])) points.push(k);
    expect(points.length).toBeGreaterThan(10);
    expect(points.map((k) => trace[k - 1])).toEqual(expect.arrayContaining(['Properties.setProperties', 'ScriptApp.deleteTrigger', 'ClockTriggerBuilder.create']));
    for (const k of points) {
      const o = moved();
      o.emu.runtime.killAtCall(k);
      try {
        o.bundle.call('setup', undefined, { kind: 'menu' });
      } catch {
        // the kill
      }
      const school = SCHOOLS[k % SCHOOLS.length];
      const before = o.emu.mail.sent.length;
      o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: `Người ${k}` } as never, { email: school.emails[0] });
      o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + DAY);
      expect(logged(o.emu), `kill at ${k} (${trace[k - 1]})`).not.toContain(TRIGGERS_RETIRED);
      expect(o.emu.mail.sent.slice(before).some((m) => JSON.stringify(m.to).includes(school.emails[0])), `kill at ${k}`).toBe(true);
      for (const h of ['onFormSubmit', 'rebuildSummaries']) expect(ownersOf(o.emu, h).length, `kill at ${k}: ${h}`).toBeGreaterThan(0);
      // The next Thiết lập (as the guide says when a task stops running) makes the whole set and records it.
      o.bundle.call('setup', undefined, { kind: 'menu' });
      const set = JSON.parse(o.emu.properties.script.get('triggers.set')!) as { ids: string[] };
      const tool = o.emu.triggers.triggers.filter((t) => MANAGED.includes(t.handler));
      expect(tool.map((t) => t.handler).sort(), `kill at ${k}`).toEqual([...MANAGED].sort());
      expect(set.ids.sort()).toEqual(tool.map((t) => t.uid).sort());
    }
  });
});
