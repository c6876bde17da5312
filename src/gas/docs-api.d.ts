// Requests of the Docs API v1 that the typings of its advanced service (@types/google-apps-script, apis/docs_v1.d.ts,
// generated before them) lack. The `Docs` advanced service passes the REST API's objects through as they are
// (developers.google.com/apps-script/advanced/docs: "uses the same objects, methods, and parameters as the public
// API"), so these are requests Apps Script takes; the emulation (emulator/docs-api.ts) is typed against them too.
// Source: developers.google.com/docs/api/reference/rest/v1/documents/request — PinTableHeaderRowsRequest
// ("Updates the number of pinned table header rows in a table": tableStartLocation, pinnedHeaderRowsCount, where 0
// unpins all), UpdateTableRowStyleRequest (tableStartLocation, rowIndices — none: every row —, tableRowStyle, fields);
// …/documents#TableRowStyle — tableHeader (output only: the row is a pinned header row), preventOverflow ("Whether
// the row cannot overflow across page or column boundaries"); …/documents#ParagraphStyle — pageBreakBefore ("Whether the
// current paragraph should always start at the beginning of a page", as googleapis 178's generated docs_v1 gives it).
declare namespace GoogleAppsScript {
  namespace Docs {
    namespace Schema {
      interface PinTableHeaderRowsRequest {
        tableStartLocation?: Docs.Schema.Location | undefined;
        pinnedHeaderRowsCount?: number | undefined;
      }
      interface UpdateTableRowStyleRequest {
        tableStartLocation?: Docs.Schema.Location | undefined;
        rowIndices?: number[] | undefined;
        tableRowStyle?: Docs.Schema.TableRowStyle | undefined;
        fields?: string | undefined;
      }
      interface Request {
        pinTableHeaderRows?: Docs.Schema.PinTableHeaderRowsRequest | undefined;
        updateTableRowStyle?: Docs.Schema.UpdateTableRowStyleRequest | undefined;
      }
      interface ParagraphStyle {
        pageBreakBefore?: boolean | undefined;
      }
      interface TableRowStyle {
        tableHeader?: boolean | undefined;
        preventOverflow?: boolean | undefined;
      }
    }
  }
}
