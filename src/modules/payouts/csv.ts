/**
 * CSV for the accounting export (RFC 4180, `;` as separator as Norwegian spreadsheets expect, CRLF line ends,
 * fields quoted when they hold the separator, a quote or a line break; a leading =, +, - or @ is prefixed with
 * a quote mark so a spreadsheet never runs a text as a formula).
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `${rows.map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}
