// A "Cấu hình" item the README or docs/ name as "mục **…**" is a row of "Cấu hình" (review messages L1: README named
// "Liên hệ ghi trên trang theo dõi", a row that does not exist; the row is "Liên hệ của cơ quan").
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CONFIG_LABELS } from '../../src/core/messages/validation';
import { PROFILE_CONFIG_LABELS } from '../../src/core/messages/profiles';

it('every “mục **…**” (not a “thư mục”, a folder) of README.md and docs/*.md is a row of "Cấu hình"', () => {
  const files = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const rows = new Set([...Object.values(CONFIG_LABELS), ...Object.values(PROFILE_CONFIG_LABELS)]);
  const named = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?<!thư )mục \*\*([^*]+)\*\*/g)].map((m) => ({ file: f, item: m[1] })));
  // The check reads something: the README names three items today.
  expect(named.length).toBeGreaterThanOrEqual(3);
  expect(named.filter((n) => !rows.has(n.item))).toEqual([]);
});

it('every tab the tool makes has its row in the README\'s table of tabs ("Các trang trong bảng tính")', async () => {
  // A docs edit of stop 76 put a section inside the table and the rows after it were lost, unnoticed.
  const { TAB } = await import('../../src/core/messages');
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('| Trang | Ai sửa | Nội dung |'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  const named = rows.flatMap((r) => r.split('|')[1].split(',').map((n) => n.replace(/\(ẩn\)/, '').trim()));
  // "Sổ thư (hệ thống)" is told in the row of "Hộp thư đi", whose record it is; "Tra cứu đơn vị" in the schools' row.
  const missing = Object.values(TAB).filter((t) => t !== TAB.mailRecord && t !== TAB.lookup && !named.includes(t));
  expect(missing).toEqual([]);
  expect(named).toContain('(tên từng trường)');
});
