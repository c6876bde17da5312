// Forms created after 30/06/2026 start unpublished (Google's "API changes to Google Forms" guide): "Thiết lập" publishes
// the two forms it makes, so that a school opening the link can submit; a form it cannot publish is named to the office.
import { describe, expect, it } from 'vitest';
import { configToRows, defaultConfig, periodConfig } from '../../src/core/config';
import { FORM_PUBLISH } from '../../src/core/messages';
import { R } from '../../src/core/registration-form';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, bundleCode, collectiveAnswers, directoryRows, officeEmulator } from './helpers';

const RESULTS = 'Kết quả kiểm tra';
const HEALTH = 'Tình trạng';

/** An office set up on `now` (twice: the empty Sheet, then with its directory and "Cấu hình" for 2026–2030). */
function office(now: Date) {
  const emu = officeEmulator({ mailQuota: 1500, now });
  const bundle = emu.loadBundle(bundleCode());
  bundle.call('setup', undefined, { kind: 'menu' });
  const cfg = defaultConfig(now, periodConfig(2026, 2030));
  typeIntoTab(emu, 'Cấu hình', configToRows(cfg));
  typeIntoTab(emu, 'Đơn vị', directoryRows(SCHOOLS));
  emu.runtime.resetCalls();
  bundle.call('setup', undefined, { kind: 'menu' });
  const formId = emu.properties.script.get('form.registration.id')!;
  const reportFormId = emu.properties.script.get('form.report.id')!;
  return { emu, bundle, cfg, formId, reportFormId };
}

function lastAlert(emu: ReturnType<typeof office>['emu']): string {
  return emu.spreadsheets.ui[emu.spreadsheets.ui.length - 1].message;
}

function setupLine(emu: ReturnType<typeof office>['emu']): unknown[] | undefined {
  return (emu.spreadsheets.values(HEALTH) as unknown[][]).find((r) => r[0] === 'Thiết lập');
}

describe('setup publishes the forms it makes', () => {
  it('on a clock after 30/06/2026: both forms published (one isPublished each, setPublished once each), a school submits and is answered', () => {
    const { emu, bundle, cfg, formId, reportFormId } = office(new Date(2026, 8, 15, 9, 0, 0));
    const reg = emu.forms.byId(formId)!;
    const rep = emu.forms.byId(reportFormId)!;
    expect([reg.published, rep.published]).toEqual([true, true]);
    expect(emu.runtime.count('Form.isPublished')).toBe(2);
    expect(emu.runtime.count('Form.setPublished')).toBe(2);
    expect(lastAlert(emu)).not.toContain('chưa được xuất bản');
    expect(setupLine(emu)?.[2]).not.toBe('Thất bại');
    expect(String(setupLine(emu)?.[3])).not.toContain('chưa xuất bản');

    const email = SCHOOLS[0].emails[0];
    emu.forms.submitAsUser(formId, collectiveAnswers(cfg), { email });
    const results = emu.spreadsheets.values(RESULTS) as unknown[][];
    expect(results).toHaveLength(2);
    expect(results[1]).toContain(SCHOOLS[0].name);
    const mails = emu.mail.to(email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('Đã nhận phiếu');
    // The report form takes a school's report too.
    const period = rep.itemByTitle(R.period)!.choices[0].value;
    emu.clock.advance(60_000);
    emu.forms.submitAsUser(reportFormId, { [R.school]: SCHOOLS[0].name, [R.period]: period, [R.docRef]: '12/KH-MNHS', [R.summary]: 'Báo cáo', [R.link]: '' }, { email });
    expect(rep.responses).toHaveLength(1);

    // A second setup finds them published: one isPublished each, no setPublished.
    emu.runtime.resetCalls();
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.runtime.count('Form.isPublished')).toBe(2);
    expect(emu.runtime.count('Form.setPublished')).toBe(0);
  });

  it('on a clock before 30/06/2026 the forms are created published: one isPublished each, no setPublished', () => {
    const { emu, formId } = office(new Date(2026, 5, 1, 9, 0, 0));
    expect(emu.forms.byId(formId)!.published).toBe(true);
    expect(emu.runtime.count('Form.isPublished')).toBe(2);
    expect(emu.runtime.count('Form.setPublished')).toBe(0);
  });

  it('a form the office unpublished (closing it) is left closed by the next setup, and the office told; one never seen published is published', () => {
    const { emu, bundle, cfg, formId } = office(new Date(2026, 8, 15, 9, 0, 0));
    emu.forms.editorUnpublish(formId);
    expect(() => emu.forms.submitAsUser(formId, collectiveAnswers(cfg), { email: SCHOOLS[0].emails[0] })).toThrow('is not published');
    emu.runtime.resetCalls();
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.runtime.count('Form.setPublished')).toBe(0);
    expect(emu.forms.byId(formId)!.published).toBe(false);
    const title = emu.forms.byId(formId)!.title;
    expect(emu.spreadsheets.ui.at(-1)!.message).toContain(FORM_PUBLISH.closed(title, emu.forms.byId(formId)!.editUrl));
    // A form made by an earlier version and never published (never seen published): published.
    emu.properties.script.delete('form.registration.published');
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.forms.byId(formId)!.published).toBe(true);
    emu.forms.submitAsUser(formId, collectiveAnswers(cfg), { email: SCHOOLS[0].emails[0] });
    expect(emu.forms.byId(formId)!.responses).toHaveLength(1);
  });

  it('a form it cannot publish is named in the alert, "Nhật ký lỗi" and the setup line of "Tình trạng", with what to do', () => {
    const { emu, bundle, cfg, formId, reportFormId } = office(new Date(2026, 8, 15, 9, 0, 0));
    const reg = emu.forms.byId(formId)!;
    // A form an earlier version made and never published (the tool never saw it published), which Drive will not publish.
    emu.forms.editorUnpublish(formId);
    emu.properties.script.delete('form.registration.published');
    emu.forms.refusePublishing(formId);
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.runtime.executions.every((x) => !x.error)).toBe(true);
    const note = FORM_PUBLISH.notPublished(reg.title, reg.editUrl);
    expect(lastAlert(emu)).toContain(note);
    expect(lastAlert(emu)).not.toContain(FORM_PUBLISH.notPublished(emu.forms.byId(reportFormId)!.title, emu.forms.byId(reportFormId)!.editUrl));
    expect((emu.spreadsheets.values('Nhật ký lỗi') as unknown[][]).some((r) => r[2] === note)).toBe(true);
    const line = setupLine(emu)!;
    expect(line[2]).toBe('Xong, có vấn đề dữ liệu');
    expect(String(line[3])).toContain(FORM_PUBLISH.health([reg.title]));
    expect(() => emu.forms.submitAsUser(formId, collectiveAnswers(cfg), { email: SCHOOLS[0].emails[0] })).toThrow('is not published');
    // Once it can be published, the next setup does it and the line is clean again.
    emu.forms.refusePublishing(formId, null);
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(reg.published).toBe(true);
    expect(String(setupLine(emu)![3])).not.toContain('chưa xuất bản');
  });

  it('a legacy form (no publish settings: isPublished throws) is left as it is, takes responses, and nothing is said', () => {
    const { emu, bundle, cfg, formId } = office(new Date(2026, 8, 15, 9, 0, 0));
    emu.forms.makeLegacy(formId);
    emu.runtime.resetCalls();
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.runtime.executions.every((x) => !x.error)).toBe(true);
    expect(emu.runtime.count('Form.setPublished')).toBe(0);
    expect(lastAlert(emu)).not.toContain('chưa được xuất bản');
    emu.forms.submitAsUser(formId, collectiveAnswers(cfg), { email: SCHOOLS[0].emails[0] });
    expect(emu.forms.byId(formId)!.responses).toHaveLength(1);
  });
  it('the nightly run publishes a form an earlier version left unpublished, without waiting for Thiết lập; one it cannot is told once', () => {
    const { emu, bundle, cfg, formId, reportFormId } = office(new Date(2026, 8, 15, 9, 0, 0));
    // Both forms as an earlier version left them: unpublished, never recorded as seen published.
    for (const id of [formId, reportFormId]) emu.forms.editorUnpublish(id);
    emu.properties.script.delete('form.registration.published');
    emu.properties.script.delete('form.report.published');
    emu.forms.refusePublishing(reportFormId);
    const report = emu.forms.byId(reportFormId)!;
    const note = FORM_PUBLISH.notPublished(report.title, report.editUrl);
    const logged = () => (emu.spreadsheets.values('Nhật ký lỗi') as unknown[][]).filter((r) => r[2] === note).length;
    for (let k = 0; k < 2; k++) {
      bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
      expect(emu.forms.byId(formId)!.published).toBe(true);
      expect(report.published).toBe(false);
      expect(logged()).toBe(1);
      expect(String((emu.spreadsheets.values(HEALTH) as unknown[][]).find((r) => r[0] === 'Cập nhật tổng hợp')![2])).toBe('Xong, có vấn đề dữ liệu');
    }
    emu.forms.submitAsUser(formId, collectiveAnswers(cfg), { email: SCHOOLS[0].emails[0] });
    expect(emu.forms.byId(formId)!.responses).toHaveLength(1);
    // Once seen published, a night asks nothing of the registration form.
    emu.runtime.resetCalls();
    emu.forms.refusePublishing(reportFormId, null);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(report.published).toBe(true);
    emu.runtime.resetCalls();
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(emu.runtime.count('Form.isPublished')).toBe(0);
  });
});
