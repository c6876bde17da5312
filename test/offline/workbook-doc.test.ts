// docs/workbook.md tells an office which tabs and columns a workbook must have. Its lists are generated here from
// the code's own constants; the test fails when the document and the code disagree.
// To refresh the document after changing a tab, a header or a question: WRITE_WORKBOOK_DOC=1 npx vitest run test/offline
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configToRows, defaultConfig } from '../../src/core/config';
import { CRITERIA_HEADERS, criteriaFromRows, criteriaToRows } from '../../src/core/criteria-tab';
import { DIRECTORY_HEADERS, SCHOOL_LEVELS, parseDirectory } from '../../src/core/directory';
import { OFFICE_LEVEL } from '../../src/core/messages';
import { CONFIG_HEADERS, CONFIG_LABELS, TAB, directoryErrorMissingHeader, criteriaErrorMissingHeader } from '../../src/core/messages';
import {
  EMAIL_HEADERS,
  Q,
  R,
  TIMESTAMP_HEADERS,
  buildRegistrationForm,
  buildReportForm,
  formItems,
  gridHeader,
  responseHeaders,
  type FormDefinition,
} from '../../src/core/registration-form';

const DOC = 'docs/workbook.md';
const BEGIN = '<!-- BEGIN: phần dưới đây sinh từ mã (test/offline/workbook-doc.test.ts), không sửa tay -->';
const END = '<!-- END: phần sinh từ mã -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const quoted = (xs: readonly string[]) => xs.map((x) => `“${x}”`).join('; ');

/** The configuration the lists are shown for: the plan's own (2021–2025, 3 initiatives). */
const CFG = defaultConfig(new Date(2024, 0, 1));

function responseTable(form: FormDefinition, schoolColumn: string): string[] {
  const lines = ['| # | Tiêu đề cột | Nội dung |', '| --- | --- | --- |'];
  let n = 0;
  lines.push(`| ${++n} | ${TIMESTAMP_HEADERS[0]} | ngày giờ gửi phiếu (Google ghi; bản tiếng Anh: “${TIMESTAMP_HEADERS[1]}”) |`);
  lines.push(`| ${++n} | ${EMAIL_HEADERS[0]} | e-mail người gửi (Google ghi; bản tiếng Anh: “${EMAIL_HEADERS[1]}”) |`);
  for (const item of formItems(form)) {
    if (item.kind === 'grid') {
      for (const r of item.rows ?? []) lines.push(`| ${++n} | ${cell(gridHeader(item.title, r))} | một trong: ${cell(quoted(item.columns ?? []))} |`);
      continue;
    }
    let what: string;
    if (item.title === schoolColumn) what = `tên một trường, đúng như cột “${DIRECTORY_HEADERS.name}” của trang “${TAB.directory}”`;
    else if (item.kind === 'checkbox') what = `một hoặc nhiều trong: ${cell(quoted(item.choices ?? []))} (cách nhau bằng “, ”)`;
    else if (item.choices) what = `một trong: ${cell(quoted(item.choices))}`;
    else what = item.kind === 'paragraph' ? 'đoạn văn' : 'chữ hoặc số';
    lines.push(`| ${++n} | ${cell(item.title)} | ${what}${item.required ? '' : ' — có thể để trống'} |`);
  }
  return lines;
}

/** The generated part of docs/workbook.md. */
export function generatedReference(): string {
  const out: string[] = [BEGIN, ''];
  const dirRequired = new Set(parseDirectory([[]]).errors);
  out.push(`### Trang “${TAB.directory}” (bắt buộc)`, '', 'Dòng 1 là tiêu đề, mỗi dòng sau là một trường. Thứ tự cột tùy ý; cột khác được bỏ qua.', '');
  out.push('| Tiêu đề cột | Bắt buộc | Nội dung |', '| --- | --- | --- |');
  const dirNotes: Partial<Record<keyof typeof DIRECTORY_HEADERS, string>> = {
    code: 'mã riêng của trường, không trùng',
    name: 'tên trường, không trùng; phiếu đăng ký chọn đúng tên này',
    level: `một trong: ${quoted(SCHOOL_LEVELS)}; chính cơ quan (liệt kê để cán bộ, tập thể của cơ quan đăng ký): “${OFFICE_LEVEL}”, không bị tính nhiệm vụ của trường`,
    email: 'e-mail của trường (nhiều địa chỉ cách nhau bằng “;”); phiếu gửi từ địa chỉ khác là “chưa xác minh”',
    former: `trường đổi tên hoặc được sáp nhập: các tên trước đây, cách nhau bằng “;”. Phiếu đã gửi với tên cũ vẫn là của trường, giữ mã phiếu và quyết định của Hội đồng, kể cả khi trường sửa phiếu và chọn tên mới; phiếu cùng tên do hai trường gửi trước khi sáp nhập (hai “Tổ Toán”) được xét riêng, kể cả khi người khác (văn thư trường mới) sửa phiếu, không phiếu nào thay thế phiếu nào (Hội đồng được nhắc xem); trường đổi tên rồi gửi lại phiếu cùng tên từ cùng e-mail đã gửi phiếu trước thì phiếu mới thay phiếu cũ, và vẫn thay khi trường đổi tên thêm lần nữa (ghi mọi tên trước đây vào ô) hay khi người khác sửa phiếu mới; ghi cả e-mail của trường cũ vào cột “${DIRECTORY_HEADERS.email}” để phiếu của trường cũ vẫn “đã xác minh”`,
  };
  for (const [k, h] of Object.entries(DIRECTORY_HEADERS) as [keyof typeof DIRECTORY_HEADERS, string][]) {
    out.push(`| ${h} | ${dirRequired.has(directoryErrorMissingHeader(h)) ? 'Có' : 'Không'} | ${dirNotes[k] ?? ''} |`);
  }
  out.push('');
  out.push(
    `### Trang “${TAB.registrations}” (bắt buộc)`,
    '',
    'Câu trả lời của biểu mẫu đăng ký: dòng 1 là tiêu đề, mỗi dòng sau là một phiếu, ít nhất một phiếu. Phải có đủ các cột',
    `dưới đây (thứ tự tùy ý; cột khác được bỏ qua). Các cột “… [Năm 2021]” … “[Năm 2025]” (xếp loại tổ chức đảng, đoàn thể) và “… [Năm học 2021-2022]”`,
    `… “[Năm học 2024-2025]” (xếp loại cá nhân) theo giai đoạn ở trang “${TAB.config}”; các câu hỏi về tiêu chí theo bộ tiêu chí của giai đoạn;`,
    `các cột “Sáng kiến, giải pháp 1…3” theo dòng “${CONFIG_LABELS.initiativeSlots}” ở trang “${TAB.config}” (mặc định ${CFG.initiativeSlots}). Phiếu “Tập thể” để trống các`,
    'cột dành cho cá nhân, và ngược lại; tập thể là một bộ phận (tổ chuyên môn…) để trống các cột chung của đơn vị.',
    '',
    ...responseTable(buildRegistrationForm(CFG, []), Q.school),
    '',
  );
  out.push(
    `### Trang “${TAB.reports}” (không bắt buộc)`,
    '',
    'Câu trả lời của biểu mẫu báo cáo 6 tháng / năm. Không có trang này: coi như các trường chưa gửi báo cáo nào.',
    '',
    ...responseTable(buildReportForm(CFG, []), R.school),
    '',
  );
  out.push(
    `### Trang “${TAB.config}” (không bắt buộc)`,
    '',
    `Dòng 1: ${quoted(CONFIG_HEADERS)}; mỗi dòng sau một mục. Mục thiếu thì dùng giá trị mặc định; không có trang này thì dùng`,
    'toàn bộ giá trị mặc định.',
    '',
    `| ${CONFIG_HEADERS[0]} | ${CONFIG_HEADERS[1]} mặc định | ${CONFIG_HEADERS[2]} |`,
    '| --- | --- | --- |',
  );
  for (const [key, value, why] of configToRows(CFG).slice(1)) out.push(`| ${key} | ${cell(String(value))} | ${cell(why)} |`);
  out.push('');
  const critRequired = new Set(criteriaFromRows([[]]).errors);
  out.push(
    `### Trang “${TAB.criteria}” (không bắt buộc)`,
    '',
    `Dòng 1: ${quoted(CRITERIA_HEADERS)}. Cột bắt buộc: ${quoted(CRITERIA_HEADERS.filter((h) => critRequired.has(criteriaErrorMissingHeader(h))))}.`,
    `Ở cột “${CRITERIA_HEADERS[4]}” ghi “Có” hoặc “Không”. Không có trang này thì dùng danh mục mặc định:`,
    '',
    `| ${CRITERIA_HEADERS[0]} | ${CRITERIA_HEADERS[1]} | ${CRITERIA_HEADERS[4]} (mặc định) |`,
    '| --- | --- | --- |',
  );
  for (const r of criteriaToRows().slice(1)) out.push(`| ${r[0]} | ${cell(r[1])} | ${r[4]} |`);
  out.push('', END);
  return out.join('\n');
}

describe('docs/workbook.md', () => {
  it('holds the tab names and column headers the code requires (generated block up to date)', () => {
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    expect(start, `${DOC} has no generated block`).toBeGreaterThanOrEqual(0);
    const current = doc.slice(start, end + END.length);
    const wanted = generatedReference();
    if (current !== wanted && process.env.WRITE_WORKBOOK_DOC === '1') {
      writeFileSync(DOC, doc.slice(0, start) + wanted + doc.slice(end + END.length));
      return;
    }
    expect(current, `${DOC} is out of date: run WRITE_WORKBOOK_DOC=1 npx vitest run test/offline`).toBe(wanted);
  });

  it('names every required tab and header (checked one by one, whatever the layout)', () => {
    const doc = readFileSync(DOC, 'utf8');
    const required = [
      TAB.directory,
      TAB.registrations,
      TAB.reports,
      TAB.config,
      TAB.criteria,
      ...Object.values(DIRECTORY_HEADERS),
      ...TIMESTAMP_HEADERS,
      ...EMAIL_HEADERS,
      ...responseHeaders(buildRegistrationForm(CFG, [])),
      ...responseHeaders(buildReportForm(CFG, [])),
      ...CONFIG_HEADERS,
      ...CRITERIA_HEADERS,
    ];
    const missing = required.filter((h) => !doc.includes(cell(h)));
    expect(missing).toEqual([]);
    expect(doc).toContain('Tệp → Tải xuống → Microsoft Excel (.xlsx)');
  });
});
