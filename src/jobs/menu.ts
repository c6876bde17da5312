import { MENU, PROPOSAL_MENU } from '../core/messages';

/** The office's menu. onOpen is a simple trigger: 30 s, no services that need authorisation. */
export function addMenu(): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU.title)
    .addItem(MENU.setup, 'setup')
    .addItem(MENU.rebuild, 'rebuildSummaries')
    .addSeparator()
    .addItem(PROPOSAL_MENU.preview, 'previewProposals')
    .addItem(PROPOSAL_MENU.generate, 'generateProposals')
    .addItem(PROPOSAL_MENU.generatePdf, 'generateProposalsWithPdf')
    .addItem(PROPOSAL_MENU.regenerate, 'regenerateProposals')
    // Once a period, and it asks first: last, apart.
    .addSeparator()
    .addItem(MENU.endPeriod, 'endPeriod')
    .addToUi();
}
