// Every sentence the live kit (npm run pull, live:check, doctor, and deploy's pre-check) prints: Vietnamese, for the office's IT staff.
const q = (s: string) => `“${s}”`;
const login = (user: string, extra = '') => `npx clasp login${user === 'default' ? '' : ` --user ${user}`}${extra}`;

export const LIVE_MSG = {
  usage: {
    pull: 'Cách dùng: npm run pull -- MÃ_BẢNG_TÍNH [--out TỆP.xlsx] [--auth TỆP_ĐĂNG_NHẬP] [--user TÊN]',
    check: 'Cách dùng: npm run live:check [-- --only TÊN_KỊCH_BẢN] [--auth TỆP_ĐĂNG_NHẬP] [--user TÊN]',
    doctor: 'Cách dùng: npm run doctor -- MÃ_TẬP_LỆNH [--days SỐ_NGÀY] [--auth TỆP_ĐĂNG_NHẬP] [--user TÊN]',
  },
  unknownArg: (a: string) => `Không hiểu tham số ${q(a)}.`,
  missingValue: (a: string) => `Tham số ${a} cần một giá trị.`,
  missingId: (what: string) => `Thiếu ${what}.`,
  badDays: (v: string) => `Số ngày ${q(v)} ở --days không hợp lệ; hãy ghi một số từ 1 đến 30.`,

  // The one line a command prints when clasp's login is not usable (and exits non-zero, before any request).
  noLogin: {
    missing: (path: string, user: string) =>
      `Chưa đăng nhập Google: không có tệp đăng nhập của clasp ${q(path)}. Hãy chạy ${q(login(user))} bằng tài khoản Google của cơ quan rồi chạy lại lệnh này.`,
    unreadable: (path: string, user: string) =>
      `Tệp đăng nhập của clasp ${q(path)} không đọc được (không phải JSON). Hãy chạy lại ${q(login(user))} rồi chạy lại lệnh này.`,
    noUser: (path: string, user: string) =>
      `Tệp đăng nhập của clasp ${q(path)} không có tài khoản ${q(user)} (theo mẫu của clasp 3). Hãy chạy ${q(login(user))} rồi chạy lại lệnh này.`,
    incomplete: (path: string, user: string) =>
      `Thông tin đăng nhập ${q(user)} trong ${q(path)} thiếu mã ứng dụng hoặc mã làm mới. Hãy chạy lại ${q(login(user))} rồi chạy lại lệnh này.`,
  },

  // `npm run deploy`'s check before clasp push: what README "Dành cho cán bộ tin học" step is not done yet.
  deploy: {
    /** Appended to the noLogin line: the README step that makes the login. */
    loginStep: 'Đây là bước 3 trong README, phần “Dành cho cán bộ tin học”.',
    scriptIdStep: 'Mã tập lệnh lấy ở: bảng tính → Tiện ích mở rộng → Apps Script → Cài đặt dự án → Mã tập lệnh (bước 4 trong README, phần “Dành cho cán bộ tin học”); dán vào tệp .clasp.json, rồi chạy lại “npm run deploy”.',
    noProjectFile: (p: string) => `Không có tệp ${q(p)}, nên chưa biết đưa mã lên dự án Apps Script nào.`,
    unreadable: (p: string) => `Tệp ${q(p)} không đọc được (không phải JSON).`,
    noId: (p: string) => `Tệp ${q(p)} không ghi Mã tập lệnh (mục “scriptId” thiếu hoặc để trống).`,
    placeholder: (p: string) => `Tệp ${q(p)} vẫn ghi REPLACE_WITH_YOUR_SCRIPT_ID, chưa có Mã tập lệnh của bảng tính.`,
    notAnId: (p: string, id: string) => `“scriptId” trong tệp ${q(p)} là ${q(id)}, không giống một Mã tập lệnh (chỉ gồm chữ, số, “-” và “_”, không có dấu cách hay “/”).`,
  },

  // Google's answers, translated into what to do.
  api: {
    unauthorized: (user: string) => `Google không nhận thông tin đăng nhập (đã hết hạn hoặc bị thu hồi). Hãy chạy lại ${q(login(user))}.`,
    scope: (what: string, scope: string, user: string) =>
      `Lần đăng nhập của clasp chưa cho phép ${what}. Hãy chạy ${q(login(user, ` --extra-scopes ${scope}`))} rồi chạy lại lệnh này.`,
    apiDisabled: (what: string) =>
      `${what} chưa được bật cho tài khoản hoặc dự án Google Cloud này. Với Apps Script API: mở https://script.google.com/home/usersettings và bật “Google Apps Script API”.`,
    notFound: (what: string, id: string) => `Không tìm thấy ${what} có mã ${q(id)}, hoặc tài khoản đã đăng nhập không có quyền xem.`,
    denied: (what: string, detail: string) => `Google từ chối ${what}: ${detail}`,
    network: (code: string) => `Không kết nối được tới Google (${code}). Hãy kiểm tra mạng rồi chạy lại.`,
    other: (what: string, detail: string) => `Lỗi khi ${what}: ${detail}`,
  },

  pull: {
    reading: (id: string) => `Đang tải bảng tính ${q(id)} qua Google Sheets API…`,
    tabs: (n: number, file: string) => `Đã ghi ${n} trang tính vào ${q(file)}.`,
    tab: (name: string, rows: number, cols: number, renamed?: string) =>
      `  ${name}: ${rows} dòng × ${cols} cột${renamed ? ` (trong tệp Excel tên là ${q(renamed)}: Excel chỉ cho tên trang tối đa 31 ký tự)` : ''}`,
    timeZone: (tz: string) =>
      `Lưu ý: bảng tính dùng múi giờ ${q(tz)}, không phải Asia/Ho_Chi_Minh; ngày giờ được ghi đúng như hiển thị trên Google.`,
    next: (file: string) => `Chạy thử trên dữ liệu này: npm start -- --workbook ${file}`,
    what: 'đọc bảng tính',
    thing: 'bảng tính',
    outExists: (p: string) => `Tệp ${q(p)} đã có; công cụ không ghi đè. Hãy xóa tệp đó hoặc chọn tên khác ở --out.`,
  },

  check: {
    building: 'Đóng gói mã và các kịch bản kiểm tra…',
    emulated: (n: number) => `Đã chạy ${n} kịch bản trên bản giả lập.`,
    creating: 'Chưa có dự án Apps Script nháp: tạo một bảng tính nháp kèm dự án (clasp create-script)…',
    pushing: (id: string) => `Đưa mã lên dự án nháp ${q(id)} (clasp push)…`,
    claspFailed: (step: string, code: number | null) => `Lệnh clasp ${step} không thành công (mã thoát ${code ?? '?'}); xem thông báo của clasp ở trên.`,
    running: (name: string) => `  Chạy trên Google: ${name}…`,
    same: (name: string, title: string) => `  ✓ ${name} — ${title}: giống nhau.`,
    differ: (name: string, title: string) => `  ✗ ${name} — ${title}: KHÁC nhau:`,
    diffLine: (key: string, live: string, emu: string) => `      ${key}: Google = ${live}; giả lập = ${emu}`,
    summary: (same: number, differ: number) =>
      differ === 0 ? `Kết quả: cả ${same} kịch bản giống nhau giữa Google và bản giả lập.` : `Kết quả: ${differ} kịch bản khác, ${same} kịch bản giống. Cần sửa bản giả lập (emulator/) cho khớp Google, hoặc ghi rõ giả định trong emulator/README.md.`,
    unknownScenario: (name: string, names: string[]) => `Không có kịch bản ${q(name)}. Các kịch bản: ${names.join(', ')}.`,
    runWhat: 'chạy hàm trên dự án nháp (scripts.run)',
    scriptThing: 'dự án Apps Script nháp',
    notRunnable:
      'Google chưa cho gọi hàm của dự án nháp qua Apps Script API. Cần: dự án nháp gắn với một dự án Google Cloud tiêu chuẩn, đăng nhập clasp bằng OAuth client của chính dự án đó (npx clasp login --creds client_secret.json --use-project-scopes --include-clasp-scopes), như hướng dẫn “clasp run” của clasp (node_modules/@google/clasp/docs/run.md).',
    notScratch: (p: string) =>
      `${q(p)} trỏ tới dự án của cơ quan (cùng mã tập lệnh với .clasp.json), không phải dự án nháp: live:check không đưa mã lên đó. Hãy xóa tệp này để công cụ tạo một dự án nháp mới.`,
  },

  doctor: {
    title: (title: string, id: string) => `Dự án Apps Script ${q(title)} (mã ${id})`,
    container: (id: string) => `  Gắn với bảng tính: https://docs.google.com/spreadsheets/d/${id}/edit`,
    updated: (when: string, who: string) => `  Sửa mã lần cuối: ${when}${who ? ` bởi ${who}` : ''}`,
    noContainer: '  Dự án không gắn với bảng tính nào (không đọc được trang “Tình trạng”).',
    runsTitle: (days: number, n: number) => `Các lần chạy trong ${days} ngày qua (${n} lần):`,
    noRuns: (days: number) => `  Không có lần chạy nào trong ${days} ngày qua.`,
    job: (label: string, name: string, last: string, status: string, failed: number, total: number) =>
      `  ${label} (${name}): lần gần nhất ${last} — ${status}; ${total} lần chạy${failed ? `, ${failed} lần lỗi` : ', không lỗi'}.`,
    stale: (label: string, hours: number) => `  ⚠ ${label}: đã hơn ${hours} giờ không chạy theo lịch — tác vụ tự động có thể đã mất; hãy chạy lại “Thiết lập” trong menu.`,
    never: (label: string) => `  ⚠ ${label}: không chạy lần nào theo lịch trong khoảng thời gian này — hãy chạy lại “Thiết lập” trong menu.`,
    /** The office ended the period (`line`: its line in "Tình trạng"): the scheduled jobs stopped on purpose. */
    ended: (line: string) => `  Giai đoạn đã kết thúc, các tác vụ tự động được dừng có chủ ý (không phải bị mất): ${line}`,
    failuresTitle: 'Các lần chạy lỗi gần nhất:',
    failure: (when: string, label: string, status: string, kind: string) => `  ${when} — ${label}: ${status} (${kind})`,
    metricsTitle: 'Số liệu của Google (mỗi ngày, 7 ngày gần nhất):',
    metric: (day: string, total: string, failed: string, users: string) => `  ${day}: ${total} lần chạy, ${failed} lần lỗi, ${users} người dùng`,
    noMetrics: '  Google chưa có số liệu.',
    sheetTitle: (tab: string) => `Trang ${q(tab)} của bảng tính:`,
    sheetRow: (cells: string) => `  ${cells}`,
    sheetEmpty: (tab: string) => `  Trang ${q(tab)} trống hoặc không có.`,
    logMore: (n: number) => `  … và ${n} dòng cũ hơn.`,
    skipped: (what: string, why: string) => `(Bỏ qua ${what}: ${why})`,
    healthy: 'Kết luận: các tác vụ tự động chạy đều, không có lần chạy lỗi.',
    problems: (n: number) => `Kết luận: có ${n} điều cần xem ở trên.`,
    what: { project: 'đọc thông tin dự án', processes: 'đọc các lần chạy', metrics: 'đọc số liệu', sheet: 'đọc bảng tính của cơ quan' },
    thing: 'dự án Apps Script',
    /** Names of entry points the product's JOB_LABEL does not name (it is preferred when it does). */
    jobLabel: {
      onOpen: 'Mở bảng tính (menu)',
      sendReminders: 'Gửi thư nhắc hạn',
      sendWeeklyDigest: 'Gửi thư tổng hợp hằng tuần',
      sendWaitingMail: 'Gửi thư chờ hạn mức (khi hạn mức được cấp lại)',
      previewProposals: 'Xem trước danh sách đề nghị khen thưởng',
      generateProposals: 'Tạo văn bản đề nghị khen thưởng',
      generateProposalsWithPdf: 'Tạo văn bản đề nghị khen thưởng (kèm PDF)',
      regenerateProposals: 'Tạo lại toàn bộ văn bản đề nghị',
      continueProposals: 'Tiếp tục tạo văn bản đề nghị',
      endPeriod: 'Kết thúc giai đoạn',
    } as Record<string, string>,
    status: {
      COMPLETED: 'xong',
      FAILED: 'LỖI',
      TIMED_OUT: 'QUÁ THỜI GIAN (6 phút)',
      CANCELED: 'bị hủy',
      RUNNING: 'đang chạy',
      PAUSED: 'tạm dừng',
      DELAYED: 'chờ hạn mức',
      UNKNOWN: 'không rõ',
      EXECUTION_DISABLED: 'bị tắt',
    } as Record<string, string>,
    kind: {
      TIME_DRIVEN: 'theo lịch',
      TRIGGER: 'khi có sự kiện',
      SIMPLE_TRIGGER: 'trình kích hoạt đơn giản',
      MENU: 'từ menu',
      EDITOR: 'từ trình soạn mã',
      EXECUTION_API: 'qua Apps Script API',
      WEBAPP: 'ứng dụng web',
      ADD_ON: 'tiện ích bổ sung',
      BATCH_TASK: 'tác vụ hàng loạt',
    } as Record<string, string>,
  },
} as const;
