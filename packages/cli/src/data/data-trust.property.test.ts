/**
 * Property-based: random CSV rows with random bad cells, numbers past what a double holds, bytes
 * that are not UTF-8 in keys, and rows of the wrong shape, read through the household source and
 * row coercion as `kaidah run` reads them. Every row written is handed over once and is either
 * read or rejected, exactly as its cells say; a well-formed cell reads as a hand-written reference
 * reading of the number it was made from. NDJSON rows with keys named like Object.prototype
 * members read the household's own fields only.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRowReader, type Schema, type Value } from '@kaidah/engine';
import { openHouseholdSource, type HouseholdSource } from './household-source.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-data-property-'));

const schema: Schema = {
    columns: [
        { name: 'id', type: 'text', header: 'no_peserta' },
        { name: 'name', type: 'text', header: 'nama' },
        { name: 'income', type: 'money', header: 'penghasilan' },
        { name: 'attendance', type: 'percent', header: 'kehadiran' },
        { name: 'members', type: 'count', header: 'anggota' },
    ],
    keyColumn: 'id',
};
const HEADER = ['no_peserta', 'nama', 'penghasilan', 'kehadiran', 'anggota'];

/** A cell as bytes (so that a key can hold a byte that is not UTF-8), and what it must read as. */
interface Cell {
    bytes: Buffer;
    /** The value a correct reader gives, or undefined when the cell must be rejected. */
    value: Value | undefined;
}

const good = (text: string, value: Value): Cell => ({ bytes: Buffer.from(text), value });
const bad = (text: string | Buffer): Cell => ({ bytes: typeof text === 'string' ? Buffer.from(text) : text, value: undefined });

function groupThousands(digits: string): string {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const keyCell = fc.oneof(
    fc.integer({ min: 1, max: 9_999_999 }).map((n) => good(`351300000${String(n).padStart(7, '0')}`, `351300000${String(n).padStart(7, '0')}`)),
    fc.constant(bad(Buffer.concat([Buffer.from('35130'), Buffer.from([0xff, 0xfe]), Buffer.from('00000301')]))),
    fc.constant(bad('3.51E+15')),
    fc.constant(bad('')),
);

const nameCell = fc.oneof(
    fc.constantFrom('Siti', 'Budi; "Pak" RT', 'Ani\nblok B', '').map((t) => good(t, t)),
    fc.constant(bad(Buffer.concat([Buffer.from('Pak'), Buffer.from([0xe8])]))),
);

const moneyCell = fc.oneof(
    // whole Rupiah or with sen, written the Indonesian way or plainly: the reference is the decimal read by Number
    fc.tuple(fc.integer({ min: 0, max: 999_999_999_999 }), fc.integer({ min: -1, max: 99 }), fc.boolean()).map(([rupiah, sen, indonesian]) => {
        const whole = indonesian ? `Rp ${groupThousands(String(rupiah))}` : String(rupiah);
        const senText = sen < 0 ? '' : String(sen).padStart(2, '0');
        return good(sen < 0 ? whole : `${whole},${senText}`, sen < 0 ? rupiah : Number(`${rupiah}.${senText}`));
    }),
    fc.integer({ min: 17, max: 400 }).map((digits) => bad('9'.repeat(digits))),
    fc.constantFrom('Rp 9.007.199.254.740.993', 'Rp 1.250.000,505', 'gratis', '', 'Infinity').map(bad),
);

const percentCell = fc.oneof(
    // 2 to 100 percent, bare or with its sign, with up to two decimals: one reading fits 0–100%
    fc.tuple(fc.integer({ min: 2, max: 99 }), fc.integer({ min: -1, max: 99 }), fc.boolean()).map(([whole, decimals, sign]) => {
        const text = decimals < 0 ? String(whole) : `${whole},${String(decimals).padStart(2, '0')}`;
        return good(sign ? `${text}%` : text, Number(`${decimals < 0 ? whole : `${whole}.${String(decimals).padStart(2, '0')}`}e-2`));
    }),
    fc.constantFrom('0,85', '1', '0,5', '150', 'x', '-5').map(bad),
);

const countCell = fc.oneof(
    fc.integer({ min: 0, max: 20 }).map((n) => good(String(n), n)),
    fc.constantFrom('-1', '2,5', 'dua', '9'.repeat(30)).map(bad),
);

type Shape = 'exact' | 'extra' | 'short' | 'padded';
const row = fc.record({
    cells: fc.tuple(keyCell, nameCell, moneyCell, percentCell, countCell),
    shape: fc.constantFrom<Shape>('exact', 'exact', 'exact', 'extra', 'short', 'padded'),
});

function csvField(bytes: Buffer): Buffer {
    const text = bytes.toString('latin1');
    return /[;"\n\r]/.test(text) ? Buffer.concat([Buffer.from('"'), Buffer.from(text.replace(/"/g, '""'), 'latin1'), Buffer.from('"')]) : bytes;
}

async function readCsvRows(file: string) {
    const source = openHouseholdSource(file, {}) as HouseholdSource;
    let reader: ReturnType<typeof createRowReader> | undefined;
    const results: ({ ok: true; values: Value[] } | { ok: false })[] = [];
    await source.read((headers) => ((reader = createRowReader(schema, headers)), true), (record) => {
        if (record.unreadable !== undefined) results.push({ ok: false });
        else {
            const read = reader!.read(record.fields);
            results.push(read.ok ? { ok: true, values: read.values } : { ok: false });
        }
    });
    return results;
}

describe('every row read or rejected, as its cells say', () => {
    it('holds for random rows with bad cells, huge numbers, bytes that are not UTF-8 and wrong shapes', async () => {
        let file = 0;
        await fc.assert(
            fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), async (rows) => {
                // a first row with a UTF-8 letter: the file is UTF-8, so a stray byte is a bad byte, not Windows-1252
                const first = { cells: [good('3513000000000000', '3513000000000000'), good('Pakè', 'Pakè'), good('1', 1), good('85%', 0.85), good('0', 0)] as Cell[], shape: 'exact' as Shape };
                const all = [first, ...rows.map((r) => ({ cells: [...r.cells] as Cell[], shape: r.shape }))];
                const lines = all.map(({ cells, shape }) => {
                    const fields = cells.map((c) => csvField(c.bytes));
                    if (shape === 'extra') fields.splice(2, 0, Buffer.from('geser'));
                    if (shape === 'short') fields.pop();
                    if (shape === 'padded') fields.push(Buffer.from(''), Buffer.from(''));
                    return Buffer.concat(fields.flatMap((f, i) => (i === 0 ? [f] : [Buffer.from(';'), f])));
                });
                const content = Buffer.concat([Buffer.from(HEADER.join(';') + '\n'), ...lines.flatMap((l) => [l, Buffer.from('\n')])]);
                const data = path.join(dir, `rows-${file++}.csv`);
                writeFileSync(data, content);
                const results = await readCsvRows(data);
                // read = decided + rejected, row for row
                expect(results).toHaveLength(all.length);
                all.forEach(({ cells, shape }, i) => {
                    const expectedOk = (shape === 'exact' || shape === 'padded') && cells.every((c) => c.value !== undefined);
                    const result = results[i]!;
                    expect(result.ok, `row ${i + 2}`).toBe(expectedOk);
                    if (result.ok) expect(result.values).toEqual(cells.map((c) => c.value));
                });
            }),
            { numRuns: 60 },
        );
    });
});

describe('JSON keys named like Object.prototype members', () => {
    it('read the household\'s own field, or nothing', async () => {
        const names = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'] as const;
        let file = 0;
        await fc.assert(
            fc.asyncProperty(
                fc.array(fc.subarray([...names]), { minLength: 1, maxLength: 8 }),
                async (presentPerRow) => {
                    // the first row has every key, so that every name is a column
                    const rows = [[...names], ...presentPerRow];
                    const text = rows.map((present, i) => JSON.stringify(Object.fromEntries([['id', String(i)], ...present.map((k) => [k, `${k}-${i}`])]))).join('\n');
                    const data = path.join(dir, `proto-${file++}.ndjson`);
                    writeFileSync(data, text + '\n');
                    const source = openHouseholdSource(data, {}) as HouseholdSource;
                    let headers: string[] = [];
                    const got: string[][] = [];
                    await source.read((h) => ((headers = [...h]), true), (r) => {
                        got.push([...r.fields]);
                    });
                    expect(headers).toEqual(['id', ...names]);
                    got.forEach((fields, i) => {
                        expect(fields).toEqual(['' + i, ...names.map((k) => (rows[i]!.includes(k) ? `${k}-${i}` : ''))]);
                    });
                },
            ),
            { numRuns: 40 },
        );
    });
});
