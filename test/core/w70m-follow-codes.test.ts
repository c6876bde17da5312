// Fix w70m (review r70f F1, the half made safe): the ref ("Liên quan") of a reminder, or of a notice that a deadline
// moved past, whose key names a school by its name now follows the school's code when the clerk corrects it, so that a
// later correction of its name without "Tên cũ" still finds the entry by code and addresses (sameSchoolByCode). Not the
// entry of a school gone (a name no school bears: review d69d A), nor one found under a former name (merges keep their
// codes), nor a key of a code (the versions before).
import { describe, expect, it } from 'vitest';
import { type OutboxEntry } from '../../src/core/outbox';
import { followCodes, schoolWho } from '../../src/core/reminders';
import { directoryToRows } from '../../src/core/directory';
import { SCHOOLS, remindedConfig, evaluateDirectory } from './helpers';

const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const at = new Date(2026, 8, 17, 7);
const entry = (key: string, ref: string, kind: OutboxEntry['kind'] = 'reminder'): OutboxEntry => ({ key, kind, ref, to: HOA_SEN.emails[0], subject: 's', status: 'sent', createdAt: at, sentAt: at, attempts: 1, note: '' });
const dirOf = (schools: typeof SCHOOLS, former = '') => {
  const rows = directoryToRows(schools);
  if (former) rows[1][rows[1].length - 1] = former;
  return evaluateDirectory(remindedConfig(at), rows).directory;
};

describe('w70m: an outbox entry\'s ref follows its school\'s corrected code', () => {
  it('keyed by the name now, an old code: given the code now (reminder and "HQ:"); the same array when nothing changes', () => {
    const dir = dirOf([HOA_SEN, HOA_BINH, QUANG_MINH]);
    const who = schoolWho(HOA_SEN.name);
    const entries = [entry(`NH:${who}:BC-2026-6T:14`, 'MN1 · BC-2026-6T'), entry(`HQ:${who}:BC-2026-6T:20260605`, 'MN1 · 6 tháng', 'notice')];
    expect(followCodes(entries, dir).map((e) => e.ref)).toEqual(['MN01 · BC-2026-6T', 'MN01 · 6 tháng']);
    const current = [entry(`NH:${who}:BC-2026-6T:14`, 'MN01 · BC-2026-6T')];
    expect(followCodes(current, dir)).toBe(current);
  });

  it('not an entry of a name no school bears now, one under a former name, one keyed by a code, another kind', () => {
    const renamed = { ...HOA_SEN, name: 'Trường Mầm non Hoa Sen Số 2' };
    const dir = dirOf([renamed, HOA_BINH, QUANG_MINH], HOA_SEN.name);
    const gone = [entry(`NH:${schoolWho('Trường Mầm non Đã Giải Thể')}:BC-2026-6T:14`, 'MN9 · BC-2026-6T')];
    expect(followCodes(gone, dir)).toBe(gone);
    const former = [entry(`NH:${schoolWho(HOA_SEN.name)}:BC-2026-6T:14`, 'MN1 · BC-2026-6T')];
    expect(followCodes(former, dir)).toBe(former);
    const byCode = [entry('NH:MN1:BC-2026-6T:14', 'MN1 · BC-2026-6T')];
    expect(followCodes(byCode, dir)).toBe(byCode);
    const calendar = [entry(`LICH:${schoolWho(renamed.name)}:2026-06-11`, 'DK-0001', 'notice')];
    expect(followCodes(calendar, dir)).toBe(calendar);
  });
});
