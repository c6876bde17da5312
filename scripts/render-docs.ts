// npm run docs:render: the pages of docs/award-documents.md, from the dossier the last `npm start` wrote.
// Each document of out/van-ban/Đề nghị khen thưởng <ngày>/ is printed to PDF by LibreOffice (as an office would
// open the .docx) and the pages shown in the docs are cut to PNG by pdftoppm (Debian: libreoffice, poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OUT = 'out/van-ban';
const IMG = 'docs/img';

/** The newest dossier folder written by npm start. */
function dossierFolder(): string {
  const folders = readdirSync(OUT)
    .filter((n) => n.startsWith('Đề nghị khen thưởng'))
    .map((n) => join(OUT, n))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (folders.length === 0) throw new Error(`No dossier in ${OUT}: run npm start first.`);
  return folders[0];
}

/** A report's subject, after "Báo cáo thành tích - <code> - ". */
const subjectOf = (file: string) => file.replace(/^Báo cáo thành tích - [^ ]+ - /, '');
const isCollective = (file: string) => /^(Trường|Tổ|Khối|Chi|Công đoàn|Liên đội|Sở|Phòng|Ủy ban)\b/.test(subjectOf(file));

/** Which document each picture shows, and which of its pages go to which file ('last': its last page). */
const PICTURES: { name: string; pick: (files: string[]) => string | undefined; pages: [number | 'last', string][] }[] = [
  { name: 'to-trinh-giay-khen', pick: (f) => f.find((n) => n.startsWith('Tờ trình đề nghị tặng Giấy khen')), pages: [[1, 'to-trinh-giay-khen-1']] },
  { name: 'to-trinh-bang-khen-tinh', pick: (f) => f.find((n) => n.startsWith('Tờ trình đề nghị tặng Bằng khen')), pages: [[1, 'to-trinh-bang-khen-tinh-1']] },
  { name: 'danh-sach', pick: (f) => f.find((n) => n.startsWith('Danh sách đề nghị tặng Bằng khen')) ?? f.find((n) => n.startsWith('Danh sách')), pages: [[1, 'danh-sach-1']] },
  { name: 'bien-ban', pick: (f) => f.find((n) => n.startsWith('Biên bản')), pages: [[1, 'bien-ban-1'], ['last', 'bien-ban-cuoi']] },
  { name: 'quyet-dinh', pick: (f) => f.find((n) => n.startsWith('Dự thảo Quyết định')), pages: [[1, 'quyet-dinh-1'], [2, 'quyet-dinh-danh-sach']] },
  {
    name: 'bao-cao-tap-the',
    pick: (f) => {
      const reports = f.filter((n) => n.startsWith('Báo cáo thành tích') && isCollective(n));
      return reports.find((n) => /^Tổ\b/.test(subjectOf(n))) ?? reports[0];
    },
    pages: [[1, 'bao-cao-tap-the-1']],
  },
  { name: 'bao-cao-ca-nhan', pick: (f) => f.find((n) => n.startsWith('Báo cáo thành tích') && !isCollective(n)), pages: [[1, 'bao-cao-ca-nhan-1']] },
];

const folder = dossierFolder();
const files = readdirSync(folder).filter((n) => n.endsWith('.docx')).sort();
const pdfDir = mkdtempSync(join(tmpdir(), 'dossier-pdf-'));
for (const p of PICTURES) {
  const file = p.pick(files);
  if (!file) {
    console.log(`${p.name}: no such document in ${folder}`);
    continue;
  }
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', pdfDir, join(folder, file)], { stdio: 'ignore' });
  const pdf = join(pdfDir, file.replace(/\.docx$/, '.pdf'));
  const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 1);
  for (const [page, picture] of p.pages) {
    const n = page === 'last' ? pageCount : Math.min(page, pageCount);
    const out = join(IMG, picture);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', pdf, out]);
    console.log(`${out}.png  ←  ${file}, trang ${n}/${pageCount}`);
  }
}
