// A commune office can preview its own season: a built-in sample of a UBND xã with only the schools a commune manages
// since 1/7/2025 (mầm non, tiểu học, THCS), named in the README (review commune L2).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeSampleOffice } from '../../sample/office';
import { SAMPLE_IDS, sampleProfile } from '../../sample/profiles';

describe('the commune sample', () => {
  const communes = SAMPLE_IDS.filter((id) => sampleProfile(id).kind === 'xa');
  it('exists, its schools a commune\'s (no THPT), all in the commune', () => {
    expect(communes.length).toBeGreaterThan(0);
    const office = makeSampleOffice({ sample: communes[0] });
    const header = office.directoryRows[0].map(String);
    const rows = office.directoryRows.slice(1);
    expect(rows.length).toBe(sampleProfile(communes[0]).schools);
    const level = header.indexOf('Cấp học');
    const ward = header.indexOf('Xã/phường');
    expect(new Set(rows.map((r) => String(r[level])))).not.toContain('THPT');
    expect(new Set(rows.map((r) => String(r[ward])))).toEqual(new Set(sampleProfile(communes[0]).wards));
    expect(office.config.organisation.governingBody).toBe('');
  });
  it('the README tells how to run it', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(communes.some((id) => readme.includes(`npm start -- --sample ${id}`))).toBe(true);
  });
});
