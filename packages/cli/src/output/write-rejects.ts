import type { Reject } from '../data/read-households.js';
import { toCsv } from './csv-cells.js';
import { writeFileAtomically } from './write-atomically.js';

/** One line per problem cell: file, row (line in the file), column, the value as found, and why. */
export function writeRejects(filePath: string, rejects: Reject[]): void {
    const rows = rejects.map((r) => [r.file, String(r.row), r.column, r.value, r.reason]);
    writeFileAtomically(filePath, toCsv(['file', 'row', 'column', 'value', 'reason'], rows));
}
