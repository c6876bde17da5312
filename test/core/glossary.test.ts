// docs/glossary.md as a test: every sentence a user reads (the message catalogues, the form titles, the "Cấu hình"
// rows of each office kind, the registration form) is scanned for internal criterion codes, setting keys, the
// synonyms the glossary rules out, "email", straight quotes and "Kính gửi" without its colon; and no source file
// names the plan's office ("Phòng", "Yên Bái") outside the sample, the 2021–2025 catalogue and the profile table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as app from '../../src/core/messages/app';
import * as mail from '../../src/core/messages/mail';
import * as profiles from '../../src/core/messages/profiles';
import * as proposals from '../../src/core/messages/proposals';
import * as schoolViews from '../../src/core/messages/school-views';
import * as summaries from '../../src/core/messages/summaries';
import * as validation from '../../src/core/messages/validation';
import * as formTitles from '../../src/core/form-titles';
import { CONFIG_LABELS } from '../../src/core/messages/validation';
import { OFFICE_KINDS, PROFILE_CONFIG_LABELS } from '../../src/core/messages/profiles';
import { configToRows, defaultConfig, periodConfig } from '../../src/core/config';
import { buildRegistrationForm, buildReportForm } from '../../src/core/registration-form';
import { SCHOOLS } from './helpers';

// ---- collecting the strings --------------------------------------------------------------------------------------

/**
 * One argument that any message function accepts: a string "x" in a template, an array for join/map, and a
 * criterion-like object (its id is a criterion code, so a message that prints a criterion's id is caught).
 */
function universalArg(): unknown {
  const u = Object.assign(['x'], { id: 'TT-02-DAN-DAU', label: 'nhãn', name: 'tên', title: 'tiêu đề', toString: () => 'x' });
  for (const name of Object.getOwnPropertyNames(String.prototype)) {
    if (name in u || name === 'constructor') continue;
    const f = (String.prototype as unknown as Record<string, unknown>)[name];
    if (typeof f === 'function') (u as unknown as Record<string, unknown>)[name] = (...a: unknown[]) => (f as (...x: unknown[]) => unknown).apply('x', a);
  }
  return u;
}

function stringsOf(value: unknown, path: string, out: [string, string][], depth = 0): void {
  if (depth > 6) return;
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, `${path}[${i}]`, out, depth + 1));
  else if (typeof value === 'function') {
    const n = Math.max(value.length, 1);
    for (const args of [Array.from({ length: n }, universalArg), Array.from({ length: n }, () => 2), Array.from({ length: n }, () => 0)]) {
      try {
        stringsOf(value(...args), `${path}()`, out, depth + 1);
      } catch {
        // a function that needs a shape the universal argument lacks: its other variants are tried
      }
    }
  } else if (value && typeof value === 'object' && !(value instanceof RegExp)) {
    for (const [k, v] of Object.entries(value)) stringsOf(v, `${path}.${k}`, out, depth + 1);
  }
}

const CATALOGUES: Record<string, Record<string, unknown>> = {
  'src/core/messages/app.ts': app,
  'src/core/messages/mail.ts': mail,
  'src/core/messages/summaries.ts': summaries,
  'src/core/messages/school-views.ts': schoolViews,
  'src/core/messages/profiles.ts': profiles,
  'src/core/messages/validation.ts': validation,
  'src/core/messages/proposals.ts': proposals,
  'src/core/form-titles.ts': formTitles,
};

/** Code-side values exported beside the text (patterns, table of abbreviations): not read by a user as such. */
const NOT_TEXT = new Set(['KIND_BY_NAME', 'PLACEHOLDER', 'SYMBOL_RULES', 'TEMPLATE_KEYS']);

function catalogueStrings(file: string): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(CATALOGUES[file])) if (!NOT_TEXT.has(name)) stringsOf(value, name, out);
  return out;
}

/** What an office of each kind reads in "Cấu hình" and in both forms. */
function generatedStrings(): [string, string][] {
  const out: [string, string][] = [];
  for (const kind of OFFICE_KINDS) {
    for (const period of [periodConfig(2021, 2025), periodConfig(2026, 2030)]) {
      const cfg = defaultConfig(new Date(2027, 0, 1), period, kind);
      stringsOf(configToRows(cfg), `Cấu hình(${kind})`, out);
      stringsOf(buildRegistrationForm(cfg, SCHOOLS.map((s) => s.name)), `form(${kind})`, out);
      stringsOf(buildReportForm(cfg, SCHOOLS.map((s) => s.name)), `report form(${kind})`, out);
    }
  }
  return out;
}

// ---- the rules of docs/glossary.md -----------------------------------------------------------------------------

const SETTING_KEYS = [...Object.keys(CONFIG_LABELS), ...Object.keys(PROFILE_CONFIG_LABELS)].filter((k) => k.includes('.'));

const RULES: { name: string; test: (s: string) => boolean }[] = [
  { name: 'internal criterion code', test: (s) => /\b(TT|CN|UT|DV)-\d/.test(s) },
  { name: 'setting key', test: (s) => SETTING_KEYS.some((k) => s.includes(k)) || /\b(mail|organisation|schoolViews|scoring)\.[a-z][A-Za-z]+\b/.test(s) },
  { name: '“Không đạt” (the glossary says “Chưa đạt”)', test: (s) => /\bKhông đạt\b/.test(s) },
  { name: '“Cần khắc phục” (the glossary says “Cần bổ sung” / “chưa đạt”)', test: (s) => /Cần khắc phục/i.test(s) },
  { name: '“Còn thiếu” as a verdict or column', test: (s) => /^Còn thiếu$/i.test(s.trim()) },
  { name: '“email” (the glossary says “e-mail”)', test: (s) => /(^|[^-\w])email\b/i.test(s.replace(/Thu thập địa chỉ email/g, '')) },
  { name: 'straight double quote (the glossary uses “…”)', test: (s) => /"/.test(s) },
  { name: '“Kính gửi” without its colon', test: (s) => /Kính gửi(?!:)/.test(s) },
  { name: 'the plan’s office (“Phòng”, “Yên Bái”)', test: (s) => /\bPhòng\b|Yên Bái|YÊN BÁI|\bPHÒNG\b/.test(s.replace(/Phòng Văn hóa - Xã hội/g, '')) },
];

/**
 * Strings of our own files kept on purpose. Headers the tool reads back by name: renaming them would orphan the
 * register of codes of every Sheet already in use (LEDGER_HEADERS) or its rebuild from "Kết quả kiểm tra", and the
 * "Đơn vị" tab every office has filled (DIRECTORY_HEADERS); the e-mail column of a response tab is named by Google
 * Forms, not by us (EMAIL_HEADERS, in both interface languages).
 * The profile of the plan's district office names itself "Phòng".
 */
const OWN_EXCEPTIONS: { file: string; path: RegExp; rule: string }[] = [
  { file: 'src/core/messages/summaries.ts', path: /^LEDGER_HEADERS\.email$/, rule: '“email” (the glossary says “e-mail”)' },
  { file: 'src/core/messages/app.ts', path: /^RESULTS_KEY_HEADERS\.email$|^RESULTS_HEADER\[12\]$/, rule: '“email” (the glossary says “e-mail”)' },
  { file: 'src/core/messages/validation.ts', path: /^DIRECTORY_HEADERS\.email$|^directoryErrorHeaderBelow\(\)$|^directoryErrorHeading\(\)$/, rule: '“email” (the glossary says “e-mail”)' },
  { file: 'src/core/form-titles.ts', path: /^EMAIL_HEADERS\[\d\]$/, rule: '“email” (the glossary says “e-mail”)' },
  { file: 'src/core/messages/profiles.ts', path: /^(OFFICE_PROFILES\.phong\.|BODY_ABBREVIATIONS\.phong\.|profileExplanations\(\)|configErrorBadKind\(\))/, rule: 'the plan’s office (“Phòng”, “Yên Bái”)' },
];

function violations(strings: [string, string][]): { rule: string; path: string; text: string }[] {
  const out: { rule: string; path: string; text: string }[] = [];
  for (const [path, text] of strings) for (const r of RULES) if (r.test(text)) out.push({ rule: r.name, path, text: text.slice(0, 160) });
  return out;
}

describe('glossary: every user-facing string', () => {
  for (const file of Object.keys(CATALOGUES)) {
    it(`${file} follows docs/glossary.md`, () => {
      const found = violations(catalogueStrings(file)).filter(
        (v) => !OWN_EXCEPTIONS.some((e) => e.file === file && e.rule === v.rule && e.path.test(v.path)),
      );
      expect(found).toEqual([]);
    });
  }

  it('the "Cấu hình" rows and the forms of every office kind follow it too', () => {
    // The district office's own rows and forms, and the row listing the kinds to choose from, name the "Phòng GD&ĐT" kind.
    const found = violations(generatedStrings()).filter(
      (v) => !((/^(Cấu hình|form|report form)\(phong\)/.test(v.path) || /^Cấu hình\(\w+\)\[1\]\[2\]$/.test(v.path)) && v.rule.startsWith('the plan')),
    );
    expect(found).toEqual([]);
  });

  it('the rules catch what they are meant to catch', () => {
    const bad = ['Tiêu chí TT-02-DAN-DAU chưa đạt', 'khóa mail.digestRecipients', 'Không đạt', 'Cần khắc phục', 'Email người gửi', 'mở trang "Cấu hình"', 'Kính gửi Trường A,', 'toàn Phòng'];
    for (const s of bad) expect(violations([['x', s]]).length, s).toBeGreaterThan(0);
    const good = ['Tiêu chí “Đăng ký thi đua” chưa đạt', 'mục “Người nhận thư tổng hợp”', 'Chưa đạt', 'E-mail người gửi', 'Kính gửi: Trường A', 'Sở đã nhận phiếu', 'Phòng Văn hóa - Xã hội'];
    for (const s of good) expect(violations([['x', s]]), s).toEqual([]);
  });
});

// ---- the source ----------------------------------------------------------------------------------------------------

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Where the plan's office may be named: its 2021–2025 catalogue and the profile table. */
const PLAN_OFFICE_ALLOWED = new Set(['src/core/criteria.ts', 'src/core/messages/profiles.ts']);
/** Lines that recognise a district office's name when deriving its symbol ("Phòng Giáo dục và Đào tạo …" → PGDĐT). */
const SYMBOL_PATTERN_LINE = /^\s*\[\/\^Phòng [^\]]*\]/;

describe('no “Phòng” or “Yên Bái” in the code', () => {
  it('outside the sample, the 2021–2025 catalogue and the profile of the district office', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('src')) {
      if (PLAN_OFFICE_ALLOWED.has(file)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (SYMBOL_PATTERN_LINE.test(line)) return;
          if (/Yên Bái|\bPhòng\b/.test(line.replace(/Phòng Văn hóa - Xã hội/g, ''))) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
