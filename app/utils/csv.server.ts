import { stringify } from "csv-stringify/sync";

/**
 * An RFC 4180 CSV download: UTF-8 with a BOM so Excel reads æøå, CRLF line ends, and text that a
 * spreadsheet would run as a formula (=, +, -, @) prefixed with ' (OWASP CSV injection).
 */
export function csvResponse(rows: (string | number)[][], filename: string): Response {
  const csv = stringify(rows, {
    bom: true,
    record_delimiter: "\r\n",
    cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
  });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
