// Review d69d: a school's row deleted from "Đơn vị" (closed, merged elsewhere) and its principal's address moved to the
// row of another school (the principal now heads that one), or the closed school's address given to a new school. The
// other school has never been reminded: the closed school's reminder sent to that address is not its reminder.
import { describe, expect, it } from 'vitest';
import { type OutboxEntry } from '../../src/core/outbox';
import { planReminders, schoolWho } from '../../src/core/reminders';
import { directoryToRows } from '../../src/core/directory';
import { SCHOOLS, remindedConfig as cfgAt, evaluateDirectory as run } from './helpers';

const at = (m: number, d: number) => new Date(2026, m - 1, d, 7);
const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const codeOf = (e: OutboxEntry) => e.ref.split(' · ')[0];
const BINH_MINH = { code: 'TH02', name: 'Trường Tiểu học Bình Minh', level: 'Tiểu học', ward: 'Phường Nam Cường', cluster: 'Cụm 2', principal: 'Trần Văn An', emails: ['thbinhminh@example.edu.vn'] };

describe('d69d: a closed school\'s address now on another school\'s row', () => {
  it('the other school (its principal moved there, or a new school given the address) is still reminded', () => {
    const cfg16 = cfgAt(at(9, 16));
    const first = planReminders([], run(cfg16, directoryToRows([HOA_SEN, HOA_BINH, QUANG_MINH])), cfg16, at(9, 16), true);
    const hb = first.find((e) => codeOf(e) === HOA_BINH.code)!;
    expect(hb.to).toContain('hieutruong.thhb@example.edu.vn');
    const outbox = first.map((e) => ({ ...e, status: 'sent' as const, sentAt: at(9, 16), attempts: 1 }));
    const cfg17 = cfgAt(at(9, 17));
    const whoBM = schoolWho(BINH_MINH.name);
    const queuedFor = (rows: string[][]) => planReminders(outbox, run(cfg17, rows), cfg17, at(9, 17), true).filter((e) => e.status === 'pending' && e.key.startsWith(`NH:${whoBM}:`));
    // The guard: Bình Minh, added after Hòa Bình was closed, with an address of its own, is reminded.
    expect(queuedFor(directoryToRows([HOA_SEN, QUANG_MINH, BINH_MINH]))).toHaveLength(1);
    // Hòa Bình's principal now heads Bình Minh: his address on its row. Hòa Bình's reminder is not Bình Minh's.
    const principalMoved = { ...BINH_MINH, emails: ['thbinhminh@example.edu.vn', 'hieutruong.thhb@example.edu.vn'] };
    expect(queuedFor(directoryToRows([HOA_SEN, QUANG_MINH, principalMoved]))).toHaveLength(1);
    // Hòa Bình's own address given to the new school Bình Minh (another code, another name).
    const reused = { ...BINH_MINH, emails: ['thhoabinh@example.edu.vn'] };
    expect(queuedFor(directoryToRows([HOA_SEN, QUANG_MINH, reused]))).toHaveLength(1);
  });
});
