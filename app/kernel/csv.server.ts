// Every CSV the hub offers is opened in Excel in Japan sooner or later: UTF-8 with a byte-order mark (without it
// Excel reads Shift_JIS and the Japanese turns to mojibake), CRLF line ends and RFC 4180 quoting by csv-stringify.
// Text people wrote (a challenge title, an outcome's unit) must never run as a formula there: see defuseFormula.
import { stringify } from "csv-stringify/sync";

// A spreadsheet reads a cell starting with one of these as a formula (OWASP, "CSV Injection").
const formulaStart = /^[=+\-@\t\r]/;
// A cell that is only a number (-3, +4, -0.25, 1e-3) is a number in every spreadsheet, not a formula: kept.
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** OWASP's rule: a text cell that a spreadsheet would run gets a leading single quote, which makes it plain text. */
export function defuseFormula(value: string): string {
  return formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value;
}

export const csvByteOrderMark = "\uFEFF";

export const csvContentType = "text/csv; charset=utf-8; header=present";

type CsvRecords = Array<Array<string | number>> | Array<Record<string, string | number>>;

/** Rows as CSV text without the byte-order mark: a chunk of a streamed file after its first. */
export function csvRows(records: CsvRecords, options: { columns?: readonly string[]; header?: boolean } = {}): string {
  return stringify(records, {
    header: options.header ?? false,
    columns: options.columns ? [...options.columns] : undefined,
    record_delimiter: "windows",
    // Every string cell of every CSV passes here; numbers are written by csv-stringify's number cast, unchanged.
    cast: { string: defuseFormula },
  });
}

/** A whole CSV file: the byte-order mark, then the rows (with a header row when `columns` and `header` say so). */
export function csvDocument(records: CsvRecords, options: { columns?: readonly string[]; header?: boolean } = {}): string {
  return csvByteOrderMark + csvRows(records, options);
}

/** The download headers every CSV shares; the caller adds caching and CORS as fits the data. */
export function csvDownloadHeaders(filename: string): Record<string, string> {
  return { "Content-Type": csvContentType, "Content-Disposition": `attachment; filename="${filename}"` };
}
