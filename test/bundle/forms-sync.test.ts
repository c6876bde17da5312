// syncForm (src/gas/forms.ts) under the Forms rule that choices with and without page navigation cannot be mixed.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index';
import type { FormDefinition } from '../../src/core/registration-form';
import { syncForm } from '../../src/gas/forms';

describe('syncForm', () => {
  it('a branching item whose choices do not all have a target: the others continue to the next page', () => {
    const emu = createEmulator({ modelLatency: false });
    const def: FormDefinition = {
      title: 'Phiếu',
      description: '',
      collectEmail: true,
      pages: [
        { id: 'P1', title: 'Phiếu', next: 'P2', items: [{ kind: 'multipleChoice', title: 'Loại', required: true, choices: ['Tập thể', 'Cá nhân', 'Khác'], goTo: { 'Tập thể': 'P2', 'Cá nhân': 'P3' } }] },
        { id: 'P2', title: 'Tập thể', next: 'SUBMIT', items: [{ kind: 'text', title: 'Tên tập thể', required: false }] },
        { id: 'P3', title: 'Cá nhân', next: 'SUBMIT', items: [{ kind: 'text', title: 'Họ tên', required: false }] },
      ],
    };
    const g = globalThis as Record<string, unknown>;
    const saved = g.FormApp;
    g.FormApp = emu.globals.FormApp;
    try {
      const navs = emu.runtime.execute(() => {
        const form = emu.globals.FormApp.create('Phiếu');
        syncForm(form, def);
        syncForm(form, def);
        const item = form.getItems()[0].asMultipleChoiceItem();
        return item.getChoices().map((c) => `${c.getValue()}:${String(c.getPageNavigationType())}`);
      });
      expect(navs).toEqual(['Tập thể:GO_TO_PAGE', 'Cá nhân:GO_TO_PAGE', 'Khác:CONTINUE']);
    } finally {
      g.FormApp = saved;
    }
  });
});
