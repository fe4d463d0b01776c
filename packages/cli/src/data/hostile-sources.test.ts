/**
 * Household sources on unlucky files: Windows-1252 exports, bytes that are not UTF-8, JSON keys
 * named like Object.prototype members, numbers past what a double holds, lines past 1 MB; and
 * records read again at their offsets in every one of those cases.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHouseholdSource, type HouseholdSource, type SourceRecord } from './household-source.js';
import { TextDecoding, type EncodingNotice } from './text-encoding.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-hostile-'));

async function readAll(file: string, notices: EncodingNotice[] = []) {
    const source = openHouseholdSource(file, { onEncodingNotice: (n) => notices.push(n) }) as HouseholdSource;
    let headers: string[] = [];
    const records: SourceRecord[] = [];
    const outcome = await source.read((h) => ((headers = [...h]), true), (r) => {
        records.push({ ...r, fields: [...r.fields] });
    });
    const again: string[][] = [];
    const readable = records.filter((r) => r.unreadable === undefined);
    for (const r of readable) source.keep(r);
    await source.recall(readable.map((r) => r.position), (_, fields) => again.push([...fields]));
    return { outcome, headers, records, again, readable };
}

describe('text encodings', () => {
    it('reads a Windows-1252 export as Windows-1252, says so once, and recalls records at the right offsets', async () => {
        const file = path.join(dir, 'cp1252.csv');
        // 40.000 plain ASCII rows first: the first byte that is not ASCII comes after the first 1 MiB piece
        const ascii = Array.from({ length: 40_000 }, (_, i) => `${i + 10};Kraksaan;${'x'.repeat(20)}\n`).join('');
        writeFileSync(file, Buffer.concat([
            Buffer.from(`id;kecamatan;note\n${ascii}`),
            Buffer.from('2;Pak\xe8;\xb1 Rp 1.500.000\n3;Gading;ok\n', 'latin1'),
        ]));
        const notices: EncodingNotice[] = [];
        const { records, again } = await readAll(file, notices);
        expect(notices).toEqual(['read-as-windows-1252']);
        expect(records.slice(-2).map((r) => r.fields)).toEqual([['2', 'Pakè', '± Rp 1.500.000'], ['3', 'Gading', 'ok']]);
        expect(records).toHaveLength(40_002);
        expect(again.length === records.length && again.every((fields, i) => fields.join(';') === records[i]!.fields.join(';'))).toBe(true);
    });

    it('keeps a file that mixes UTF-8 and bad bytes as UTF-8: the bad bytes are U+FFFD, offsets stay right', async () => {
        const file = path.join(dir, 'mixed.csv');
        writeFileSync(file, Buffer.concat([
            Buffer.from('id;nama\n3513000000000301;Siti Aisyah é\n'),
            Buffer.from('35130\xff\xfe00000302;Budi\n', 'latin1'),
            Buffer.from('3513000000000303;Ani ü\n'),
        ]));
        const notices: EncodingNotice[] = [];
        const { records, again } = await readAll(file, notices);
        expect(notices).toEqual(['invalid-utf-8']);
        expect(records.map((r) => r.fields)).toEqual([
            ['3513000000000301', 'Siti Aisyah é'],
            ['35130\uFFFD\uFFFD00000302', 'Budi'],
            ['3513000000000303', 'Ani ü'],
        ]);
        expect(again).toEqual(records.map((r) => r.fields));
    });

    it('decides per file: valid UTF-8 (with a real U+FFFD) stays UTF-8 without a word', () => {
        const notices: EncodingNotice[] = [];
        const decoding = new TextDecoding((n) => notices.push(n));
        expect(decoding.decode(Buffer.from('a;b\nPakè;\uFFFD\n'))).toBe('a;b\nPakè;\uFFFD\n');
        expect(decoding.encoding).toBe('utf-8');
        expect(notices).toEqual([]);
    });
});

describe('JSON', () => {
    it('reads own properties only: constructor, toString and __proto__ missing from a household are empty', async () => {
        const file = path.join(dir, 'proto.ndjson');
        writeFileSync(file, [
            '{"id":"1","constructor":"a","toString":"b","__proto__":"c"}',
            '{"id":"2"}',
            '{"id":"3","constructor":{"x":1}}',
        ].join('\n') + '\n');
        const { headers, records } = await readAll(file);
        expect(headers).toEqual(['id', 'constructor', 'toString', '__proto__']);
        expect(records.map((r) => r.fields)).toEqual([['1', 'a', 'b', 'c'], ['2', '', '', ''], ['3', '{"x":1}', '', '']]);
        const array = path.join(dir, 'proto.json');
        writeFileSync(array, '[{"id":"1","toString":"b"},{"id":"2","valueOf":"v"}]');
        expect((await readAll(array)).records.map((r) => r.fields)).toEqual([['1', 'b', ''], ['2', '', 'v']]);
    });

    it('writes numbers past 2^53 out in full, so that the cell readers refuse them', async () => {
        const file = path.join(dir, 'huge.ndjson');
        writeFileSync(file, `{"id":"1","income":9007199254740993}\n{"id":"2","income":1e400}\n{"id":"3","income":1500000.5}\n`);
        const { records } = await readAll(file);
        expect(records.map((r) => r.fields[1])).toEqual(['9007199254740992', 'Infinity', '1500000,5']);
    });

    it('rejects a line longer than 1 MB and reads the next one', async () => {
        const file = path.join(dir, 'long.ndjson');
        writeFileSync(file, `{"id":"1"}\n{"id":"2","note":"${'x'.repeat(3 << 20)}"}\n{"id":"3"}\n`);
        const { records, again } = await readAll(file);
        expect(records.map((r) => [r.row, r.unreadable ?? 'read', r.fields[0]!.slice(0, 12)])).toEqual([
            [1, 'read', '1'], [2, 'too-long', '{"id":"2","n'], [3, 'read', '3'],
        ]);
        expect(again).toEqual([['1'], ['3']]);
    });
});

describe('CSV headers and records past 1 MB', () => {
    it('stops on a header line of 5 MB: it is not a table of households', async () => {
        const file = path.join(dir, 'long-header.csv');
        writeFileSync(file, `no_peserta;${'x'.repeat(5 << 20)}\n1;2\n`);
        expect((await readAll(file)).outcome).toEqual({ problem: 'header-too-long' });
    });

    it('hands over a record past 1 MB as unreadable, and the rows after it as usual', async () => {
        const file = path.join(dir, 'long-record.csv');
        writeFileSync(file, `a;b\n1;"${'\n'.repeat(2 << 20)}"\n2;x\n`);
        const { records, again } = await readAll(file);
        expect(records.map((r) => [r.row, r.unreadable ?? 'read'])).toEqual([[2, 'too-long'], [3 + (2 << 20), 'read']]);
        expect(again).toEqual([['2', 'x']]);
    });
});
