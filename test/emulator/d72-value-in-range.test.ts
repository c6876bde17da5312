// d72 (review of 2f7806e): requireValueInRange keeps its range as a place (RangeRef) and refuses an argument that is
// not a Range with "Invalid argument: range"; live Apps Script refuses a value of another type at the method's
// signature ("The parameters (String) don't match the method signature for
// SpreadsheetApp.DataValidationBuilder.requireValueInRange." — the error quoted for a number[] in the Stack Overflow
// question "requireValueInRange error - parameters (number[]) don't match the method signature").
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index';

describe('d72: requireValueInRange', () => {
  it('a range given as A1 text is refused as live Apps Script refuses it', () => {
    const emu = createEmulator({ modelLatency: false });
    let message = '';
    try {
      emu.runtime.execute(() => emu.globals.SpreadsheetApp.newDataValidation().requireValueInRange('A1:A5' as never), { kind: 'node' });
    } catch (e) {
      message = String((e as Error).message);
    }
    expect(message).toMatch(/^The parameters \(String\) don't match the method signature for SpreadsheetApp\.DataValidationBuilder\.requireValueInRange\.?$/);
  });
});
