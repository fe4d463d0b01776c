/**
 * The CSV reader against csv-parse (the library it replaces on the hot path), on random files with
 * every quirk: quoted separators, escaped quotes, line breaks inside quotes, `\r\n`, a BOM, text
 * that is not ASCII; across the 1 MiB chunks it reads in; and records read again at their offsets.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvParser, MalformedCsvError, delimiterOfHeader, readCsvFile, readCsvRecordsAt, type CsvDelimiter } from './read-csv.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-csv-'));

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number) {
    let state = seed;
    return (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648) % n);
}

async function readAll(file: string, delimiter?: CsvDelimiter) {
    const records: { line: number; fields: string[]; offset: number }[] = [];
    await readCsvFile(file, (r) => {
        records.push({ ...r });
    }, delimiter === undefined ? {} : { delimiter });
    return records;
}

/** What csv-parse reads, without the rows of bare separators the reader skips. */
function expected(text: string, delimiter: CsvDelimiter): string[][] {
    const rows = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
    return rows.filter((row) => !row.every((f) => f.trim() === ''));
}

describe('readCsvFile', () => {
    it('reads what csv-parse reads, on 300 random files with every quirk', async () => {
        const next = random(1);
        const pieces = ['a', 'Rp 1.500.000', '1,5', '', ' ', 'é', 'ü漢'];
        for (let t = 0; t < 300; t++) {
            const delimiter = ([',', ';', '\t'] as const)[t % 3]!;
            const field = () => {
                if (next(2) === 0) return pieces[next(pieces.length)]!;
                let inner = '';
                for (let i = 0; i <= next(4); i++) {
                    const k = next(10);
                    inner += k < 2 ? '""' : k < 4 ? delimiter : k < 5 ? '\n' : k < 6 ? '\r\n' : pieces[next(pieces.length)]!;
                }
                return `"${inner}"`;
            };
            const columns = 3 + next(3);
            const lines = [Array.from({ length: columns }, (_, i) => `h${i}`).join(delimiter)];
            for (let r = 0; r <= next(40); r++) lines.push(Array.from({ length: columns }, field).join(delimiter));
            const eol = t % 2 ? '\r\n' : '\n';
            const text = (t % 5 === 0 ? '\uFEFF' : '') + lines.join(eol) + (next(2) ? eol : '');
            const file = path.join(dir, `random-${t}.csv`);
            writeFileSync(file, text);
            const records = await readAll(file);
            expect(records.map((r) => r.fields), `file ${t}`).toEqual(expected(text, delimiter));
            const again: string[][] = [];
            readCsvRecordsAt(file, delimiter, records.map((r) => r.offset), (_, fields) => again.push(fields));
            expect(again, `file ${t} read again`).toEqual(records.map((r) => r.fields));
        }
    }, 60_000);

    it('reads across chunks: quoted line breaks, text that is not ASCII, line numbers, offsets', async () => {
        const next = random(7);
        const lines = ['id,name,note'];
        for (let i = 0; i < 60_000; i++) {
            const k = next(10);
            lines.push(`${i},nama ${i},${k === 0 ? '"multi\nline, with ""quotes""\r\nend"' : k === 1 ? '"ünïcödé 漢字"' : `plain${i}`}`);
        }
        const text = `\uFEFF${lines.join('\r\n')}\r\n`;
        const file = path.join(dir, 'big.csv');
        writeFileSync(file, text); // about 1,8 MB: two chunk boundaries
        const records = await readAll(file);
        expect(records.map((r) => r.fields)).toEqual(expected(text, ','));
        // each record's line is the line it starts on
        let line = 1;
        records.forEach((record, i) => {
            expect(record.line).toBe(line);
            line += 1 + (lines[i]!.match(/\n/g)?.length ?? 0);
        });
        const wanted = records.filter((_, i) => i % 7 === 3);
        const again: string[][] = [];
        readCsvRecordsAt(file, ',', wanted.map((r) => r.offset), (_, fields) => again.push(fields));
        expect(again).toEqual(wanted.map((r) => r.fields));
    });

    it('keeps stray quotes in unquoted cells, as spreadsheets write them', async () => {
        const file = path.join(dir, 'stray.csv');
        writeFileSync(file, 'a,b\n=HYPERLINK("x"),2\n"quoted"tail,3\n');
        expect((await readAll(file)).map((r) => r.fields)).toEqual([['a', 'b'], ['=HYPERLINK("x")', '2'], ['quotedtail', '3']]);
    });

    it('stops at a quote that is never closed, naming the line it opens on', async () => {
        const file = path.join(dir, 'open.csv');
        writeFileSync(file, 'a,b\n1,2\n"3,4\n5,6\n');
        await expect(readAll(file)).rejects.toThrow(MalformedCsvError);
        await expect(readAll(file)).rejects.toMatchObject({ line: 3 });
    });

    it('skips empty lines and rows of bare separators, counting their lines', async () => {
        const file = path.join(dir, 'blank.csv');
        writeFileSync(file, 'a;b\r\n\r\n1;2\r\n;\r\n ; \r\n3;4');
        expect((await readAll(file)).map((r) => [r.line, r.fields])).toEqual([[1, ['a', 'b']], [3, ['1', '2']], [6, ['3', '4']]]);
    });
});

describe('delimiterOfHeader', () => {
    it.each([
        ['no_peserta;kabupaten;desil', ';'],
        ['no_peserta,kabupaten,desil', ','],
        ['no_peserta\tkabupaten\tdesil', '\t'],
        ['"penghasilan; per bulan",kabupaten,desil', ','], // separators inside quotes do not count
        ['single', ','],
    ])('%j → %j', (header, delimiter) => {
        expect(delimiterOfHeader(`${header}\nnext;line;,,,,`)).toBe(delimiter);
    });

    it.each([
        ['DATA KPM PKH 2024\nDinas Sosial\n\nno_peserta;kabupaten;desil\n1,5;2,5;3,5', ';'], // a title without separators is passed over
        ['DATA KPM PKH 2024;;\nno_peserta;kabupaten;desil', ';'], // Excel pads a title to the table's width
        ['"Data KPM, Kab. Jember";;\nno_peserta;kabupaten;desil', ';'],
        ['Judul\nno_peserta\tkabupaten\tdesil', '\t'],
        ['Judul\nno_peserta,kabupaten,desil', ','],
        ['Judul\nLaporan\n' + 'baris\n'.repeat(30) + 'no_peserta;kabupaten', ','], // looked for in the first 20 lines only
    ])('passes over lines without a separator: %j → %j', (text, delimiter) => {
        expect(delimiterOfHeader(text)).toBe(delimiter);
    });

    it('is what the parser uses', () => {
        expect(new CsvParser(';').delimiter).toBe(';');
    });
});
