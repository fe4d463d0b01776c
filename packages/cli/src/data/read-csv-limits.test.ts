/**
 * What one CSV record may hold: a record past `MAX_RECORD_CHARS` (a quote closed megabytes later,
 * a 200 MB line) is handed over as too long and walked past, and the records after it keep their
 * fields, line numbers and offsets; a quoted field full of `""` is read in one piece.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECORD_CHARS, readCsvFile, readCsvRecordsAt } from './read-csv.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-csv-limits-'));

async function readAll(file: string) {
    const records: { line: number; fields: string[]; offset: number; tooLong: boolean }[] = [];
    await readCsvFile(file, (r) => {
        records.push({ ...r, fields: [...r.fields] });
    });
    return records;
}

describe('records too long to read', () => {
    it('rejects a quoted field with millions of line breaks and reads the next record on its own line', async () => {
        const file = path.join(dir, 'breaks.csv');
        const breaks = 3 * MAX_RECORD_CHARS;
        writeFileSync(file, `id;note;x\n1;"${'\n'.repeat(breaks)}";a\n2;ok;b\n`);
        const records = await readAll(file);
        expect(records.map((r) => [r.line, r.tooLong, r.tooLong ? r.fields[0]!.slice(0, 6) : r.fields])).toEqual([
            [1, false, ['id', 'note', 'x']],
            [2, true, '1;"↵↵↵'],
            [3 + breaks, false, ['2', 'ok', 'b']],
        ]);
        const again: string[][] = [];
        readCsvRecordsAt(file, ';', [records[2]!.offset], (_, fields) => again.push(fields));
        expect(again).toEqual([['2', 'ok', 'b']]);
    });

    it('rejects a line of 5 MB without a line break in sight, and one just over the limit', async () => {
        const file = path.join(dir, 'long-line.csv');
        writeFileSync(file, `a,b\n1,${'x'.repeat(5 * MAX_RECORD_CHARS)}\n2,${'y'.repeat(MAX_RECORD_CHARS)}\n3,z\n`);
        const records = await readAll(file);
        expect(records.map((r) => [r.line, r.tooLong, r.fields[0]!.length <= 200 ? r.fields : r.fields.length])).toEqual([
            [1, false, ['a', 'b']],
            [2, true, [`1,${'x'.repeat(198)}`]],
            [3, true, [`2,${'y'.repeat(198)}`]],
            [4, false, ['3', 'z']],
        ]);
    });

    it('reads a record just under the limit', async () => {
        const file = path.join(dir, 'just-under.csv');
        const long = 'x'.repeat(MAX_RECORD_CHARS - 10);
        writeFileSync(file, `a,b\n1,"${long}"\n2,z\n`);
        const records = await readAll(file);
        expect(records.map((r) => [r.line, r.tooLong, r.fields[1]!.length])).toEqual([[1, false, 1], [2, false, long.length], [3, false, 1]]);
    });

    it('walks a too-long record by the same grammar: a separator or line break inside quotes, "" and text after the quote', async () => {
        const file = path.join(dir, 'grammar.csv');
        const filler = `"${'a""b;\n'.repeat(MAX_RECORD_CHARS / 4)}"tail;x`;
        writeFileSync(file, `a;b\n${filler}\n"q;1";"r\n2"\n`);
        const records = await readAll(file);
        expect(records.map((r) => [r.line, r.tooLong, r.tooLong ? undefined : r.fields])).toEqual([
            [1, false, ['a', 'b']],
            [2, true, undefined],
            [3 + MAX_RECORD_CHARS / 4, false, ['q;1', 'r\n2']],
        ]);
    });

    it('stops at a quote never closed when the rest of the file is short', async () => {
        const file = path.join(dir, 'unclosed.csv');
        writeFileSync(file, 'a,b\n1,"never closed\n2,x\n');
        await expect(readAll(file)).rejects.toThrow('a quoted field is never closed');
    });
});

describe('quoted fields full of ""', () => {
    it('reads 300.000 escaped quotes in one field exactly, without a rope of pieces', async () => {
        const file = path.join(dir, 'quotes.csv');
        const inner = 'a"'.repeat(300_000);
        writeFileSync(file, `a,b\n1,"${inner.replace(/"/g, '""')}"\n`);
        const before = process.memoryUsage().heapUsed;
        const records = await readAll(file);
        expect(records[1]!.tooLong).toBe(false);
        expect(records[1]!.fields[1] === inner).toBe(true); // not toBe: a failure would print 600.000 characters
        expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
    });
});
