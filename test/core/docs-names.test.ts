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
