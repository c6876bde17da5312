// The points a fault sweep (test/bundle/sweep.ts) chooses: every call at stride 1; else each deciding call and every
// stride-th other, each place (the call and its neighbours) at most PER_PLACE times — a loop's repeated item swept twice,
// an item the calls around it set apart swept too.
import { describe, expect, it } from 'vitest';
import { PER_PLACE, choosePoints, oncePerPlace } from './sweep';

describe('choosePoints', () => {
  // Five documents made in a loop, the last one recorded differently (a batch's end), between two reads of a tab.
  const doc = ['DriveApp.getFileById', 'File.makeCopy', 'DocumentApp.openById', 'Body.replaceText', 'Document.saveAndClose', 'Properties.setProperty'];
  const trace = ['Sheet.getRange', 'Range.getValues', ...doc, ...doc, ...doc, ...doc, ...doc.slice(0, 5), 'Properties.setProperties', 'Sheet.getRange', 'Range.setValues'];

  it('stride 1: every call', () => {
    expect(choosePoints(trace, 1)).toEqual(trace.map((_, i) => i + 1));
  });

  it('a loop: each deciding call of the first items, and of the item whose neighbours differ', () => {
    const names = choosePoints(trace, 1000).map((p) => `${p}:${trace[p - 1]}`);
    // The first document's calls (the first DriveApp call follows the tab read: a place of its own).
    expect(names).toContain('3:DriveApp.getFileById');
    // Each place of the loop at most PER_PLACE times: the copy of documents 1 and 2 (its neighbours are the same for
    // all five), not 3, 4, 5.
    const copies = names.filter((n) => n.endsWith(':File.makeCopy'));
    expect(copies).toEqual(['4:File.makeCopy', '10:File.makeCopy']);
    expect(PER_PLACE).toBe(2);
    // The record of the last document is another call, between other neighbours: swept.
    expect(names).toContain(`${trace.indexOf('Properties.setProperties') + 1}:Properties.setProperties`);
    // The loop's record, between a document's save and the next one's template: documents 1 and 2 only.
    expect(names.filter((n) => n.endsWith(':Properties.setProperty'))).toHaveLength(2);
  });

  it('the stride samples the other calls, each place at most PER_PLACE times too', () => {
    const picked = choosePoints(trace, 4);
    const others = picked.filter((p) => !/^(DriveApp|File|DocumentApp|Properties)\./.test(trace[p - 1]));
    expect(others.every((p) => p % 4 === 0)).toBe(true);
    expect(others.length).toBeGreaterThan(0);
  });
});

describe('oncePerPlace', () => {
  it('keeps each place (the call before, the two after) at most PER_PLACE times', () => {
    const trace = ['Range.getValues', 'Sheet.setColumnWidth', 'Sheet.setColumnWidth', 'Sheet.setColumnWidth', 'Sheet.setColumnWidth', 'Sheet.setColumnWidth', 'Sheet.protect', 'SpreadsheetApp.flush'];
    // After 2, 3 and 4 calls: widths set before and after (one place, tried twice: not after 4).
    expect(oncePerPlace(trace, [1, 2, 3, 4, 5, 6, 7])).toEqual([1, 2, 3, 4, 5, 6, 7].filter((k) => k !== 4));
    expect(oncePerPlace(trace, [1, 2, 3, 4, 5, 6, 7]).length).toBe(6);
  });
});
