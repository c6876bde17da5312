// Conformance scenarios: Apps Script code that exercises one platform behaviour the product relies on and returns
// what it observed, as a flat record of primitives (what scripts.run can return). The same code runs on Google
// (pushed to a scratch project, called through the Apps Script API) and in the emulation (through
// emulator/harness.ts), and `npm run live:check` compares the two records key by key.
//
// This file is bundled for Apps Script (scripts/live/conformance.ts: buildConformanceBundle): Apps Script globals
// only, no Node API, no imports. Each scenario works in a scratch tab of the script's spreadsheet; every tab it
// adds is deleted afterwards. Keep scenarios small: each observes one rule and names its keys after what they show.

export type Observation = string | number | boolean | null;
export type Observations = Record<string, Observation>;

export interface Scenario {
  /** What the scenario checks (Vietnamese: printed by live:check). */
  title: string;
  run(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, scratch: GoogleAppsScript.Spreadsheet.Sheet): Observations;
}

export interface ScenarioResult {
  ok: boolean;
  observations?: Observations;
  /** The error that stopped the scenario itself (not one it expected and recorded). */
  error?: string;
}

function messageOf(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
}

/** Whether `fn` threw, and its message ('' when it did not). */
function attempt(fn: () => unknown): { threw: boolean; message: string } {
  try {
    fn();
    return { threw: false, message: '' };
  } catch (e) {
    return { threw: true, message: messageOf(e) };
  }
}

/** A cell value as a comparable primitive: its type and, for a date, the wall-clock time in the file's zone. */
function describeValue(v: unknown, tz: string): string {
  if (v instanceof Date) return `date:${Utilities.formatDate(v, tz, 'yyyy-MM-dd HH:mm')}`;
  return `${typeof v}:${String(v)}`;
}

export const SCENARIOS: Record<string, Scenario> = {
  'formula-text': {
    title: 'Chữ bắt đầu bằng “=” ghi bằng setValues thành công thức; thêm dấu nháy đơn thì giữ là chữ',
    run(_ss, sh) {
      sh.getRange(1, 1, 1, 2).setValues([['=1+1', "'=1+1"]]);
      const b1 = sh.getRange(1, 2).getValue();
      return {
        plainFormula: sh.getRange(1, 1).getFormula(),
        quotedFormula: sh.getRange(1, 2).getFormula(),
        quotedValue: String(b1),
        quotedType: typeof b1,
      };
    },
  },

  'dimension-mismatch': {
    title: 'setValues từ chối dữ liệu không khớp kích thước vùng (dòng, cột)',
    run(_ss, sh) {
      const rows = attempt(() => sh.getRange(1, 1, 2, 2).setValues([[1, 2]]));
      const cols = attempt(() => sh.getRange(1, 1, 1, 2).setValues([[1, 2, 3]]));
      return { rowsThrew: rows.threw, rowsMessage: rows.message, colsThrew: cols.threw, colsMessage: cols.message };
    },
  },

  'sheet-name-case': {
    title: 'getSheetByName không phân biệt chữ hoa, chữ thường; tên chỉ khác hoa thường bị coi là trùng',
    run(ss, sh) {
      const other = sh.getName().toUpperCase();
      const found = ss.getSheetByName(other);
      const duplicate = attempt(() => ss.insertSheet(other));
      return {
        foundWithOtherCase: found !== null,
        foundIsSameTab: found !== null && found.getSheetId() === sh.getSheetId(),
        duplicateRefused: duplicate.threw,
        duplicateMessage: duplicate.message,
      };
    },
  },

  'frozen-rows': {
    title: 'Không được cố định mọi dòng, không được xóa mọi dòng không cố định',
    run(_ss, sh) {
      sh.deleteRows(3, sh.getMaxRows() - 2);
      const freezeAll = attempt(() => sh.setFrozenRows(2));
      const frozenAfterFreezeAll = sh.getFrozenRows();
      sh.setFrozenRows(1);
      const deleteUnfrozen = attempt(() => sh.deleteRows(2, 1));
      return {
        freezeAllThrew: freezeAll.threw,
        freezeAllMessage: freezeAll.message,
        frozenAfterFreezeAll,
        deleteAllUnfrozenThrew: deleteUnfrozen.threw,
        deleteAllUnfrozenMessage: deleteUnfrozen.message,
        rowsLeft: sh.getMaxRows(),
        frozenLeft: sh.getFrozenRows(),
      };
    },
  },

  'number-typing': {
    title: 'Chữ ghi bằng setValues được hiểu như người dùng gõ (số, ngày, đúng/sai) theo ngôn ngữ của bảng tính',
    run(ss, sh) {
      // Besides: a day and month alone and an ISO date, which a school may type as a whole answer (a class "12/3"): the
      // emulation keeps them as text, unverified live (review emulator F4); and a time, which it reads as a time on
      // Sheets' day zero, 30/12/1899 (review r82p).
      const typed = ['07', '1.200', '1,5', '28/06/2024', 'TRUE', '12/3', '2025-09-01', '7:30'];
      sh.getRange(1, 1, 1, typed.length).setValues([typed]);
      const back = sh.getRange(1, 1, 1, typed.length).getValues()[0];
      const tz = ss.getSpreadsheetTimeZone();
      const out: Observations = { locale: ss.getSpreadsheetLocale() };
      typed.forEach((t, i) => (out[t] = describeValue(back[i], tz)));
      return out;
    },
  },

  'checkbox-separator': {
    title: 'Câu trả lời hộp kiểm nằm chung một ô của trang câu trả lời, nối bằng “, ”',
    run(ss) {
      const form = FormApp.create('Kiểm tra hộp kiểm (xóa được)');
      const item = form.addCheckboxItem().setTitle('Chọn').setChoiceValues(['Một', 'Hai', 'Ba']);
      const before: Record<number, boolean> = {};
      ss.getSheets().forEach((s) => (before[s.getSheetId()] = true));
      form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
      form.createResponse().withItemResponse(item.createResponse(['Một', 'Ba'])).submit();
      // The response row reaches the tab shortly after the submit on Google: wait for it (at most ~20 s).
      let tab: GoogleAppsScript.Spreadsheet.Sheet | null = null;
      for (let i = 0; i < 20; i++) {
        SpreadsheetApp.flush();
        tab = ss.getSheets().filter((s) => !before[s.getSheetId()])[0] ?? null;
        if (tab && tab.getLastRow() >= 2) break;
        Utilities.sleep(1000);
      }
      const header = tab ? tab.getRange(1, 1, 1, tab.getLastColumn()).getValues()[0].map(String) : [];
      const row = tab && tab.getLastRow() >= 2 ? tab.getRange(2, 1, 1, tab.getLastColumn()).getValues()[0] : [];
      const col = header.indexOf('Chọn');
      form.removeDestination();
      try {
        DriveApp.getFileById(form.getId()).setTrashed(true);
      } catch (_e) {
        // The scratch form stays in Drive when the scope to trash it is not granted.
      }
      return {
        responseTabName: tab ? tab.getName().replace(/\s*\d+$/, '') : null,
        headerCount: header.length,
        answerColumn: col,
        answerCell: col >= 0 && row.length > col ? String(row[col]) : null,
      };
    },
  },
  'update-cells': {
    title: 'Ghi bằng Sheets.Spreadsheets.batchUpdate (updateCells): chữ giữ nguyên, số ngày giờ đọc lại thành ngày theo múi giờ của tệp',
    run(ss, sh) {
      // What src/gas/cell-batch.ts relies on: a stringValue is stored as given (never a formula, "07" stays text), an
      // empty one leaves an empty cell, a date serial on the file's wall clock with a DATE_TIME format reads back through
      // SpreadsheetApp as the same instant (to the second), and SpreadsheetApp sees the write at once in the execution.
      // The scratch tab was just inserted: committed first, or the service would not find it.
      SpreadsheetApp.flush();
      const tz = ss.getSpreadsheetTimeZone();
      const at = new Date(Date.UTC(2025, 5, 1, 1, 2, 3));
      const z = /^([+-])(\d{2}):?(\d{2})$/.exec(Utilities.formatDate(at, tz, 'Z'));
      const offset = z ? (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3])) * 60000 : 0;
      const serial = (at.getTime() + offset + 0.25 - Date.UTC(1899, 11, 30)) / 86400000;
      const text = (v: string) => ({ userEnteredValue: { stringValue: v } });
      Sheets!.Spreadsheets.batchUpdate(
        {
          requests: [
            { updateCells: { start: { sheetId: sh.getSheetId(), rowIndex: 0, columnIndex: 0 }, rows: [{ values: [text('=1+1'), text('07'), text("'x"), text('')] }], fields: 'userEnteredValue' } },
            {
              updateCells: {
                start: { sheetId: sh.getSheetId(), rowIndex: 0, columnIndex: 4 },
                rows: [{ values: [{ userEnteredValue: { numberValue: serial }, userEnteredFormat: { numberFormat: { type: 'DATE_TIME', pattern: 'dd/MM/yyyy HH:mm:ss' } } }] }],
                fields: 'userEnteredValue,userEnteredFormat.numberFormat',
              },
            },
          ],
        },
        ss.getId(),
      );
      const row = sh.getRange(1, 1, 1, 5).getValues()[0];
      const date = row[4];
      return {
        formula: sh.getRange(1, 1).getFormula(),
        first: describeValue(row[0], tz),
        second: describeValue(row[1], tz),
        third: describeValue(row[2], tz),
        fourth: describeValue(row[3], tz),
        dateType: date instanceof Date ? 'date' : typeof date,
        sameInstantToTheSecond: date instanceof Date ? Math.floor(date.getTime() / 1000) === Math.floor(at.getTime() / 1000) : false,
        lastRowSeen: sh.getLastRow(),
      };
    },
  },
  'time-zone-change': {
    title: 'Đổi múi giờ của bảng tính: ô ngày giữ nguyên ngày giờ đang hiện, nên thời điểm nó chỉ dời theo chênh lệch múi giờ',
    run(ss, sh) {
      // What src/gas/time-zone.ts and the emulation (SpreadsheetModel.changeTimeZone) assume: Sheets keeps a date as a
      // serial on the file's wall clock, so setSpreadsheetTimeZone keeps what each cell shows and moves its instant.
      const tz = ss.getSpreadsheetTimeZone();
      const other = tz === 'Asia/Singapore' ? 'Asia/Ho_Chi_Minh' : 'Asia/Singapore';
      sh.getRange(1, 1).setValue(new Date(2023, 4, 31, 8, 30, 0));
      SpreadsheetApp.flush();
      const before = sh.getRange(1, 1).getValue();
      const shownBefore = sh.getRange(1, 1).getDisplayValue();
      const minutes = (d: Date, zone: string) => {
        const z = /^([+-])(\d{2}):?(\d{2})$/.exec(Utilities.formatDate(d, zone, 'Z'));
        return z ? (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3])) : 0;
      };
      ss.setSpreadsheetTimeZone(other);
      try {
        SpreadsheetApp.flush();
        const after = sh.getRange(1, 1).getValue();
        const dates = before instanceof Date && after instanceof Date;
        return {
          zoneChanged: ss.getSpreadsheetTimeZone() === other,
          shownKept: sh.getRange(1, 1).getDisplayValue() === shownBefore,
          instantMovedByTheZones: dates ? ((before as Date).getTime() - (after as Date).getTime()) / 60000 === minutes(before as Date, other) - minutes(before as Date, tz) : null,
        };
      } finally {
        ss.setSpreadsheetTimeZone(tz);
      }
    },
  },
  'confirmation-message': {
    title: 'Biểu mẫu mới: getConfirmationMessage() trả về chuỗi rỗng khi Forms hiện lời xác nhận mặc định',
    run() {
      // What src/gas/forms.ts keepConfirmation assumes of a form left with Forms' default message.
      const form = FormApp.create('Kiểm tra lời xác nhận (xóa được)');
      const message = form.getConfirmationMessage();
      try {
        DriveApp.getFileById(form.getId()).setTrashed(true);
      } catch (_e) {
        // The scratch form stays in Drive when the scope to trash it is not granted.
      }
      return { blankOnNewForm: message === '' };
    },
  },
  'form-closing': {
    title: 'Biểu mẫu: setAcceptingResponses(false) giữ biểu mẫu ở trạng thái xuất bản; lời báo đóng tùy chỉnh đọc lại được; biểu mẫu chưa xuất bản không bật nhận câu trả lời được',
    run() {
      // What src/jobs/end-period.ts and src/gas/forms.ts closeForm / reopenForm assume (emulator/forms.ts: Closing).
      const form = FormApp.create('Kiểm tra đóng biểu mẫu (xóa được)');
      const publishable = typeof form.setPublished === 'function';
      if (publishable) attempt(() => form.setPublished(true));
      const blankMessage = form.getCustomClosedFormMessage() === '';
      form.setCustomClosedFormMessage('Giai đoạn đã kết thúc.').setAcceptingResponses(false);
      let closedPublished: boolean | null = null;
      if (publishable) {
        try {
          closedPublished = form.isPublished();
        } catch (_e) {
          closedPublished = null;
        }
      }
      const closedAccepting = form.isAcceptingResponses();
      const messageKept = form.getCustomClosedFormMessage() === 'Giai đoạn đã kết thúc.';
      let acceptingUnpublishedThrows: boolean | null = null;
      if (publishable && !attempt(() => form.setPublished(false)).threw) acceptingUnpublishedThrows = attempt(() => form.setAcceptingResponses(true)).threw;
      try {
        DriveApp.getFileById(form.getId()).setTrashed(true);
      } catch (_e) {
        // The scratch form stays in Drive when the scope to trash it is not granted.
      }
      return { blankMessage, closedPublished, closedAccepting, messageKept, acceptingUnpublishedThrows };
    },
  },
  'docs-table-rows': {
    title: 'Dịch vụ Docs: ghim dòng tiêu đề, giữ dòng không tách trang; dòng chép bằng DocumentApp (copy, insertTableRow) giữ cách đặt ấy',
    run() {
      // What src/gas/docs.ts keepTableRows sets in a template, and whether a list row a generated document adds (a copy
      // of the template's row, inserted) keeps "prevent overflow" — the emulation assumes it does (docs-api.ts).
      const doc = DocumentApp.create('Kiểm tra bảng (xóa được)');
      const id = doc.getId();
      doc.getBody().appendTable([['STT', 'Họ và tên'], ['1', 'Nguyễn Văn A']]);
      doc.saveAndClose();
      const table = () => (Docs!.Documents.get(id).body!.content ?? []).filter((e) => e.table)[0];
      const at = table().startIndex;
      Docs!.Documents.batchUpdate(
        {
          requests: [
            { pinTableHeaderRows: { tableStartLocation: { index: at }, pinnedHeaderRowsCount: 1 } },
            { updateTableRowStyle: { tableStartLocation: { index: at }, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } },
          ],
        },
        id,
      );
      const again = DocumentApp.openById(id);
      const t = again.getBody().getTables()[0];
      t.insertTableRow(2, t.getRow(1).copy());
      again.saveAndClose();
      const rows = (table().table!.tableRows ?? []).map((r) => r.tableRowStyle ?? {});
      try {
        DriveApp.getFileById(id).setTrashed(true);
      } catch (_e) {
        // The scratch document stays in Drive when the scope to trash it is not granted.
      }
      return {
        rows: rows.length,
        headerPinned: rows[0]?.tableHeader === true,
        rowWhole: rows[1]?.preventOverflow === true,
        copiedRowWhole: rows[2]?.preventOverflow === true,
        copiedRowNotHeader: rows[2]?.tableHeader !== true,
      };
    },
  },
};

export function scenarioNames(): string[] {
  return Object.keys(SCENARIOS);
}

/** Runs one scenario in a new scratch tab of the script's spreadsheet; every tab added is deleted afterwards. */
export function runScenario(name: string): ScenarioResult {
  const scenario = SCENARIOS[name];
  if (!scenario) return { ok: false, error: `unknown scenario: ${name}` };
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const before: Record<number, boolean> = {};
  ss.getSheets().forEach((s) => (before[s.getSheetId()] = true));
  try {
    const scratch = ss.insertSheet(`kiểm tra ${name} ${new Date().getTime()}`);
    return { ok: true, observations: scenario.run(ss, scratch) };
  } catch (e) {
    return { ok: false, error: messageOf(e) };
  } finally {
    for (const s of ss.getSheets()) {
      if (!before[s.getSheetId()]) attempt(() => ss.deleteSheet(s));
    }
  }
}
