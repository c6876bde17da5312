// Two office staff at once (review r78c F1): the secretary has typed "Yêu cầu bổ sung" on two rows of "Thẩm định" and
// chosen "Cập nhật tổng hợp"; while it runs, a colleague types a note into "Ghi chú" of the row between them (a
// registration the rebuild changes nothing of). The rebuild writes "Ghi chú" of the two rows it changed as one block
// from the first to the last, the row between with the value it read before the note was typed: the note is gone,
// and nothing says so.
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { councilOffice } from './helpers';

const REVIEW = 'Thẩm định';
const NOTE = 'Đã gọi điện cho trường ngày 05/12, trường hẹn gửi bản photo quyết định công nhận sáng kiến.';

/** The office with the requests typed on rows 2 and 4 (DK-000002, DK-000004), neither with a comment yet. */
function prepared() {
  const o = councilOffice();
  const h = o.emu.spreadsheets.values(REVIEW)[0].map(String);
  const dec = h.indexOf('Quyết định của Hội đồng') + 1;
  typeCell(o.emu, REVIEW, 2, dec, 'Yêu cầu bổ sung');
  typeCell(o.emu, REVIEW, 4, dec, 'Yêu cầu bổ sung');
  return { o, note: h.indexOf('Ghi chú') + 1 };
}

/** The menu's rebuild; `act` done just before its service call number `at` (none: a dry run). Returns the calls after which the tab changed. */
function rebuild(o: ReturnType<typeof councilOffice>, act?: () => void, at?: number): number[] {
  const changes: number[] = [];
  let calls = 0;
  let last = JSON.stringify(o.emu.spreadsheets.values(REVIEW));
  const stop = o.emu.runtime.onCall(() => {
    const now = JSON.stringify(o.emu.spreadsheets.values(REVIEW));
    if (now !== last) changes.push(calls - 1);
    last = now;
    calls++;
  });
  if (act && at !== undefined) o.emu.runtime.interleave(act, { afterCalls: at });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  stop();
  expect(o.emu.runtime.interleaveErrors).toEqual([]);
  expect(o.emu.runtime.pendingInterleaves).toBe(0);
  return changes;
}

const noteOf = (o: ReturnType<typeof councilOffice>, code: string) => {
  const values = o.emu.spreadsheets.values(REVIEW);
  const h = values[0].map(String);
  return String(values.find((r) => r[0] === code)?.[h.indexOf('Ghi chú')] ?? '');
};

describe('a note typed into "Ghi chú" of a row the rebuild does not change, while it runs', () => {
  it('stays (the rebuild writes only the notes it changed)', () => {
    const dry = prepared();
    const changes = rebuild(dry.o);
    expect(changes.length).toBeGreaterThan(0);
    // The dry run did change the two rows' notes, and not the one between.
    expect(noteOf(dry.o, 'DK-000002')).toContain('Hãy ghi “Nhận xét”');
    expect(noteOf(dry.o, 'DK-000004')).toContain('Hãy ghi “Nhận xét”');
    expect(noteOf(dry.o, 'DK-000003')).toBe('');

    const { o, note } = prepared();
    // The colleague's note lands after the rebuild read the tab, just before its first write to it.
    rebuild(o, () => typeCell(o.emu, REVIEW, 3, note, NOTE), changes[0]);
    expect(noteOf(o, 'DK-000002')).toContain('Hãy ghi “Nhận xét”');
    expect(noteOf(o, 'DK-000003')).toBe(NOTE);
    // And the next rebuild keeps it, under the tool's line saying the line below is not its own (the tool's way with
    // words typed into "Ghi chú": messages/summaries.ts reviewNoteKeptLines).
    rebuild(o);
    const kept = noteOf(o, 'DK-000003').split('\n');
    expect(kept[kept.length - 1]).toBe(NOTE);
    expect(kept[0]).toContain('1 dòng dưới đây không phải do công cụ ghi');
  });
});
