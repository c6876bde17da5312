import { MENU } from '../core/messages';

/** The office's menu. onOpen is a simple trigger: 30 s, no services that need authorisation. */
export function addMenu(): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU.title)
    .addItem(MENU.setup, 'setup')
    .addItem(MENU.rebuild, 'rebuildSummaries')
    .addToUi();
}
