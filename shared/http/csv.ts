import { stringify } from 'csv-stringify/sync';
import type { Reply } from './handler';

/** Whether the client asked for CSV: `Accept: text/csv` or `?format=csv`. */
export const wantsCsv = (headers: Record<string, string | undefined>, format: string | undefined): boolean =>
  format === 'csv' || /(^|,)\s*text\/csv/i.test(headers.accept ?? '');

/** A CSV download: UTF-8 with a byte-order mark, so spreadsheet programs read Indonesian names right. */
export const csvReply = (fileName: string, columns: string[], rows: Record<string, unknown>[]): Reply => ({
  text: stringify(rows, { header: true, columns, bom: true, cast: { boolean: (b) => (b ? 'true' : 'false') } }),
  headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${fileName}"` },
  body: undefined,
});
