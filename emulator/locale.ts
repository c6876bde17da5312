// The language of error messages. Apps Script translates the messages of its exceptions into the effective user's
// language (facts file): an office account in Vietnamese reads "Dịch vụ bị gọi quá nhiều lần trong một ngày: …".
// The emulation keeps every message in English at the source and translates it here when the locale is 'vi', so
// a script that decides anything on an error's wording fails its tests under 'vi'.
//
// Only the daily-quota text is attested (facts file); the other Vietnamese texts are ours — what matters is that
// they differ from the English ones. A message with no entry below stays in English (as some do live).

export type Locale = 'en' | 'vi';

type Rule = [RegExp, (...groups: string[]) => string];

const VI: Rule[] = [
  [/^Service invoked too many times for one day: (.*)$/, (what) => `Dịch vụ bị gọi quá nhiều lần trong một ngày: ${what}`],
  [/^You do not have permission to call (\S+)\. Required permissions: (.*)$/, (call, scopes) => `Bạn không có quyền gọi ${call}. Quyền cần có: ${scopes}`],
  [/^Lock timeout: another process was holding the lock for too long\.$/, () => 'Hết thời gian chờ khóa: một quy trình khác đã giữ khóa quá lâu.'],
  [/^Exceeded maximum execution time$/, () => 'Đã vượt quá thời gian thực thi tối đa'],
  [
    /^This script has too many triggers\. Triggers must be deleted from the script before more can be added\.$/,
    () => 'Tập lệnh này có quá nhiều trình kích hoạt. Cần xóa bớt trình kích hoạt trước khi thêm trình kích hoạt mới.',
  ],
  [/^A sheet with the name "(.*)" already exists\. Please enter another name\.$/s, (n) => `Đã có một trang tính tên là "${n}". Vui lòng nhập tên khác.`],
  [/^Sorry, it is not possible to delete all non-frozen rows\.$/, () => 'Rất tiếc, không thể xóa tất cả các hàng không được cố định.'],
  [/^You can't freeze all visible rows on the sheet\.$/, () => 'Bạn không thể cố định tất cả các hàng hiển thị trên trang tính.'],
  [/^Document is closed, its contents cannot be updated\.$/, () => 'Tài liệu đã đóng, không thể cập nhật nội dung.'],
  [
    /^The number of (rows|columns) in the data does not match the number of \1 in the range\. The data has (\d+) but the range has (\d+)\.$/,
    (what, a, b) => {
      const w = what === 'rows' ? 'hàng' : 'cột';
      return `Số ${w} trong dữ liệu không khớp với số ${w} trong dải ô. Dữ liệu có ${a} nhưng dải ô có ${b}.`;
    },
  ],
];

/** `message` (English, as the emulation writes it) in `locale`. */
export function localise(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  for (const [re, fn] of VI) {
    const m = re.exec(message);
    if (m) return fn(...m.slice(1));
  }
  return message;
}
