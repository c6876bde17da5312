import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { Q, RATING_CHOICES, schoolYearRow, gridHeader } from '../../src/core/registration-form';
import { parseResponseRecord, parseResponses, registrationId } from '../../src/core/registration';
import { answersToRow, collectiveAnswers, config, directory, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

const cfg = config();
const f = form(cfg);
const ctx = { form: f, directory: directory(), config: cfg, tab: 'Câu trả lời biểu mẫu 1' };

function shuffle<T>(xs: T[], seed: number): number[] {
  const idx = xs.map((_, i) => i);
  let s = seed;
  for (let i = idx.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}

describe('response parser', () => {
  const header = headerRow(f);
  const row = answersToRow(f, individualAnswers('manager', cfg), new Date(2024, 0, 2, 9, 30), SCHOOLS[0].emails[0]);
  const reference = parseResponses([header, row], ctx).registrations[0];

  it('reads a registration', () => {
    expect(reference.id).toBe('DK-000002');
    expect(reference.kind).toBe('individual');
    expect(reference.role).toBe('manager');
    expect(reference.school!.code).toBe('MN01');
    expect(reference.birthYear).toBe(1985);
    expect(reference.ratings[2021]).toBe('excellent');
    expect(reference.ratings[2024]).toBe('none');
    expect(reference.initiatives[0]).toMatchObject({ slot: 1, level: 2, decision: '125/QĐ-UBND', year: 2022 });
    expect(reference.problems).toEqual([]);
  });

  it('finds columns by header whatever their order, ignoring extra columns', () => {
    for (const seed of [1, 2, 3]) {
      const order = shuffle(header, seed);
      const h = [...order.map((i) => header[i]), 'Cột ghi chú', 'Điểm'];
      const r = [...order.map((i) => row[i]), 'ghi chú', 10];
      const p = parseResponses([h, r], ctx);
      expect(p.errors).toEqual([]);
      const g = p.registrations[0];
      expect({ ...g, submittedAt: null }).toEqual({ ...reference, submittedAt: null });
      expect(g.answers).toEqual(reference.answers);
      expect(g.ratings).toEqual(reference.ratings);
      expect(g.submittedAt!.getTime()).toBe(reference.submittedAt!.getTime());
    }
  });

  it('accepts the English headers Google uses for timestamp and e-mail', () => {
    const p = parseResponses([headerRow(f, false), row], ctx);
    expect(p.errors).toEqual([]);
    expect(p.registrations[0].email).toBe(SCHOOLS[0].emails[0]);
  });

  it('gives one Vietnamese error naming a missing or renamed header, and still reads the rest', () => {
    const i = header.indexOf(Q.role);
    const h = [...header];
    h[i] = 'Chức vụ';
    const p = parseResponses([h, row], ctx);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]).toContain(`“${Q.role}”`);
    expect(p.errors[0]).toMatch(/không tìm thấy cột/);
    expect(p.registrations).toHaveLength(1);
    expect(p.registrations[0].role).toBeNull();
    const noTime = parseResponses([header.slice(1), row.slice(1)], ctx);
    expect(noTime.errors[0]).toContain('“Dấu thời gian”');
  });

  it('matches headers edited with extra spaces, NFD or old tone placement', () => {
    const h = header.map((x) => '  ' + x.normalize('NFD').replace('hòa', 'hoà') + ' ');
    const p = parseResponses([h, row], ctx);
    expect(p.errors).toEqual([]);
  });

  it('reads Dates from another realm and dd/MM/yyyy text timestamps', () => {
    const foreign = [...row];
    foreign[0] = runInNewContext('new Date(2024,0,2)');
    const text = [...row];
    text[0] = '02/01/2024 09:30:00';
    const p = parseResponses([header, foreign, text], ctx);
    expect(p.registrations[0].submittedAt!.getTime()).toBe(new Date(2024, 0, 2).getTime());
    expect(p.registrations[1].submittedAt!.getTime()).toBe(new Date(2024, 0, 2, 9, 30).getTime());
  });

  it('reads a timestamp Date as its time; an Invalid Date or a Date in name only as no time', () => {
    const at = [...row];
    at[0] = new Date(2024, 0, 3, 8, 15);
    const invalid = [...row];
    invalid[0] = new Date(NaN);
    const fake = [...row];
    fake[0] = Object.create(Date.prototype);
    const p = parseResponses([header, at, invalid, fake], ctx);
    expect(p.registrations).toHaveLength(3);
    expect(p.registrations[0].submittedAt).toBeInstanceOf(Date);
    expect(p.registrations[0].submittedAt!.getTime()).toBe(new Date(2024, 0, 3, 8, 15).getTime());
    expect(p.registrations[0].firstSubmittedAt!.getTime()).toBe(new Date(2024, 0, 3, 8, 15).getTime());
    expect(p.registrations[1].submittedAt).toBeNull();
    expect(p.registrations[2].submittedAt).toBeNull();
  });

  it('accepts numbers, booleans and Dates in text cells', () => {
    const r = [...row];
    r[header.indexOf(Q.birthYear)] = 1985;
    r[header.indexOf(Q.phone)] = 912345678;
    r[header.indexOf(Q.submitter)] = true;
    const g = parseResponses([header, r], ctx).registrations[0];
    expect(g.birthYear).toBe(1985);
    expect(g.answers[Q.phone]).toBe('912345678');
  });

  it('turns per-row problems into findings naming row and field, never dropping the row', () => {
    const bad = [...row];
    bad[header.indexOf(Q.birthYear)] = 'khoảng 1980';
    bad[header.indexOf(Q.school)] = 'Trường Mầm non Ảo';
    bad[header.indexOf(gridHeader(Q.individualRatings, schoolYearRow(2022)))] = 'Tốt lắm';
    const p = parseResponses([header, row, bad, [], ['', '']], ctx);
    expect(p.registrations).toHaveLength(2);
    const g = p.registrations[1];
    expect(g.id).toBe(registrationId(3));
    const msgs = g.problems.map((x) => x.message);
    expect(msgs.some((m) => m.includes('Dòng 3') && m.includes(`“${Q.birthYear}”`) && m.includes('khoảng 1980'))).toBe(true);
    expect(msgs.some((m) => m.includes('Dòng 3') && m.includes('Trường Mầm non Ảo'))).toBe(true);
    expect(msgs.some((m) => m.includes('Tốt lắm') && m.includes('[Năm học 2022-2023]'))).toBe(true);
  });

  it('matches school names written with NFD, old tones, odd spaces and case', () => {
    const r = answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: '  trường tiểu học HOÀ\u00A0Bình '.normalize('NFD') }, new Date(2024, 0, 2), 'x@y.vn');
    const g = parseResponses([header, r], ctx).registrations[0];
    expect(g.school!.code).toBe('TH01');
  });

  it('maps answers onto the form’s own labels', () => {
    const r = [...row];
    r[header.indexOf(gridHeader(Q.individualRatings, schoolYearRow(2021)))] = ' hoàn thành  XUẤT SẮC nhiệm vụ';
    const g = parseResponses([header, r], ctx).registrations[0];
    expect((g.answers[Q.individualRatings] as Record<string, string>)[schoolYearRow(2021)]).toBe(RATING_CHOICES.excellent);
    expect(g.ratings[2021]).toBe('excellent');
  });

  it('parses a header → value record (form-submit event)', () => {
    const rec: Record<string, unknown> = {};
    header.forEach((h, i) => (rec[h] = [row[i] instanceof Date ? '02/01/2024 09:30:00' : String(row[i])]));
    const { registration, errors } = parseResponseRecord(rec, 7, ctx);
    expect(errors).toEqual([]);
    expect(registration!.id).toBe('DK-000007');
    expect(registration!.role).toBe('manager');
  });

  it('reports an empty tab', () => {
    expect(parseResponses([], ctx).errors[0]).toContain('Câu trả lời biểu mẫu 1');
  });
});
