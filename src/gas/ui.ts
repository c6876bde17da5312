// Messages to the person at the keyboard. getUi() throws when there is none (a trigger, the script editor):
// then the message goes to the execution log only.

export function tellUser(message: string): void {
  try {
    SpreadsheetApp.getUi().alert(message);
  } catch {
    Logger.log(message);
  }
}
