// Messages to the person at the keyboard. getUi() throws when there is none (a trigger, the script editor):
// then the message goes to the execution log only.

export function tellUser(message: string): void {
  try {
    SpreadsheetApp.getUi().alert(message);
  } catch {
    Logger.log(message);
  }
}

/** Asks the person at the keyboard a yes/no question: true only when they answer yes (false with nobody there). */
export function askUser(question: string): boolean {
  try {
    const ui = SpreadsheetApp.getUi();
    return ui.alert(question, ui.ButtonSet.YES_NO) === ui.Button.YES;
  } catch {
    return false;
  }
}

/** True when a person started this run (a menu item): getUi() is refused to triggers, whatever its message says. */
export function someoneAtKeyboard(): boolean {
  try {
    SpreadsheetApp.getUi();
    return true;
  } catch {
    return false;
  }
}
