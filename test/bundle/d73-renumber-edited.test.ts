// Review d73 (r73l #5's fix, adversarially): an optional numbered item taken out renumbers the items after it "to the end
// of its section" (gas/docs.ts renumberAfter; a section ends at a heading "II. …" of SECTION_HEADING). The office edits
// its templates (docs/award-documents.md says it may), as offices write reports:
// - sub-items under item 2 ("2.1. Công tác giảng dạy: …", "2.2. …"): item 2 becomes 1, its sub-items stay "2.1.",
//   "2.2." — the report reads "1. Thành tích đạt được", "2.1.", "2.2.", "2. Các biện pháp…";
// - part III with the official form's items ("1. Danh hiệu thi đua", "2. Hình thức khen thưởng") under a heading typed
//   "III/ …" or "III.CÁC …": renumbering runs on into part III, which then reads 1, 1.
import { describe, expect, it } from 'vitest';
import { so, proposalOffice } from './r68d-lib';

type Office = ReturnType<typeof proposalOffice>;

function dutyOffice(): Office {
  const now = new Date(2028, 5, 20, 8);
  const cfg = so(now);
  cfg.organisation.reportForm = 'duty';
  const o = proposalOffice(cfg, now, [{ teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' }], true);
  o.bundle.call('previewProposals', undefined, { kind: 'menu' });
  return o;
}

/** Edits the individual "thực hiện nhiệm vụ" report template: `edit(body)` inside an execution. */
function editTemplate(o: Office, edit: (body: any) => void) {
  const id = o.emu.properties.script.get('proposals.template.baoCaoCaNhanNhiemVu')!;
  expect(id).toBeTruthy();
  o.emu.runtime.execute(
    () => {
      const doc = o.emu.globals.DocumentApp.openById(id);
      edit(doc.getBody());
      doc.saveAndClose();
    },
    { kind: 'node', label: 'the office edits its template' },
  );
}

function indexOfParagraph(body: any, start: string): number {
  for (let i = 0; i < body.getNumChildren(); i++) if (body.getChild(i).getText().startsWith(start)) return i;
  throw new Error(`no paragraph "${start}" in the template`);
}

function reportLines(o: Office): string[] {
  o.generate();
  const report = o.docs().find((d) => d.name.startsWith('Báo cáo thành tích'))!;
  expect(report).toBeDefined();
  return report.text.split('\n');
}

describe('d73: renumbering after an optional item, on a template the office edited', () => {
  it('the control: the template as made, part II reads 1, 2, 3, 4', () => {
    const o = dutyOffice();
    const lines = reportLines(o);
    const from = lines.findIndex((l) => l.startsWith('II. THÀNH TÍCH'));
    const to = lines.findIndex((l, i) => i > from && l.startsWith('III.'));
    expect(lines.slice(from + 1, to).map((l) => /^(\d+)\.\s/.exec(l)?.[1]).filter(Boolean)).toEqual(['1', '2', '3', '4']);
  });

  it('sub-items "2.1.", "2.2." of item 2 follow their item when it becomes 1', () => {
    const o = dutyOffice();
    editTemplate(o, (body) => {
      const i = indexOfParagraph(body, '2. Thành tích đạt được');
      body.insertParagraph(i + 1, '2.1. Công tác giảng dạy: ……');
      body.insertParagraph(i + 2, '2.2. Công tác chủ nhiệm lớp: ……');
    });
    const lines = reportLines(o);
    const item = lines.findIndex((l) => /^\d+\. Thành tích đạt được/.test(l));
    expect(lines[item]).toMatch(/^1\. /);
    expect(lines.slice(item + 1, item + 3).map((l) => l.slice(0, 4))).toEqual(['1.1.', '1.2.']);
  });

  it.each(['III/ CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', 'III.CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'])(
    'part III under a heading typed "%s" keeps its items 1, 2',
    (heading) => {
      const o = dutyOffice();
      editTemplate(o, (body) => {
        const i = indexOfParagraph(body, 'III. CÁC HÌNH THỨC');
        body.getChild(i).asParagraph().setText(heading);
        body.insertParagraph(i + 1, '1. Danh hiệu thi đua: {{khen_thuong}}');
        body.insertParagraph(i + 2, '2. Hình thức khen thưởng: ……');
      });
      const lines = reportLines(o);
      const from = lines.findIndex((l) => l === heading);
      expect(from).toBeGreaterThan(0);
      expect([lines[from + 1].slice(0, 2), lines[from + 2].slice(0, 2)]).toEqual(['1.', '2.']);
    },
  );
});
