import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MergedCells, parseRange, readSheetLayout, type CellRange } from './sheet-layout.js';

const normalise = (name: string) => name.trim().toLowerCase();

describe('parseRange', () => {
    it.each([
        ['B2:B40', { top: 2, left: 2, bottom: 40, right: 2 }],
        ['A1:E1', { top: 1, left: 1, bottom: 1, right: 5 }],
        ['AA10:AB12', { top: 10, left: 27, bottom: 12, right: 28 }],
        ['$C$3:$C$9', { top: 3, left: 3, bottom: 9, right: 3 }],
        ['D7', { top: 7, left: 4, bottom: 7, right: 4 }],
    ])('%s', (ref, range) => {
        expect(parseRange(ref)).toEqual({ ref, ...range });
    });

    it('is undefined for what is not a reference', () => {
        expect(parseRange('Sheet1!A1')).toBeUndefined();
        expect(parseRange('')).toBeUndefined();
    });
});

describe('MergedCells', () => {
    it('gives a merged district to every row below its first, and only to cells left blank', () => {
        const merged = new MergedCells([parseRange('B2:B4')!, parseRange('C3:D3')!]);
        const rows = [['A001', 'Kab. Jember', 'x'], ['A002', '', 'Leces', ''], ['A003', ' ', 'y'], ['A004', '', 'z']];
        const filled = rows.map((fields, i) => merged.fill(i + 2, fields).map((r) => r.ref));
        expect(rows).toEqual([['A001', 'Kab. Jember', 'x'], ['A002', 'Kab. Jember', 'Leces', 'Leces'], ['A003', 'Kab. Jember', 'y'], ['A004', '', 'z']]);
        expect(filled).toEqual([[], ['B2:B4', 'C3:D3'], ['B2:B4'], []]);
    });

    it('spreads no blank first cell, and pads a row Excel left short', () => {
        const merged = new MergedCells([parseRange('B1:B3')!, parseRange('D1:D2')!]);
        const rows = [['h', '', 'x', 'v'], ['a'], ['b']];
        rows.forEach((fields, i) => merged.fill(i + 1, fields));
        expect(rows).toEqual([['h', '', 'x', 'v'], ['a', '', '', 'v'], ['b']]);
    });

    it('fills as a cell-by-cell reference does, on random merges and rows, some rows skipped (fast-check)', () => {
        const range = fc.record({ top: fc.integer({ min: 1, max: 12 }), height: fc.nat({ max: 5 }), left: fc.integer({ min: 1, max: 4 }), width: fc.nat({ max: 2 }) })
            .map(({ top, height, left, width }) => ({ ref: `${top},${left}`, top, left, bottom: top + height, right: left + width }));
        const cell = fc.constantFrom('', '', ' ', 'a', 'b', 'Kab. Jember');
        fc.assert(fc.property(fc.array(range, { maxLength: 4 }), fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 16 }), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
            (ranges, sheet, skipped) => {
                // merges do not overlap in a workbook: keep those that do not
                const merges: CellRange[] = [];
                for (const r of ranges) {
                    if (merges.every((m) => r.bottom < m.top || r.top > m.bottom || r.right < m.left || r.left > m.right)) merges.push(r);
                }
                const merged = new MergedCells(merges);
                sheet.forEach((fields, i) => {
                    const row = i + 1;
                    // a row the reader skips (blank) is never filled; a merge's first row is never skipped
                    if (skipped[i] && !merges.some((m) => m.top === row)) return;
                    const expected = [...fields];
                    for (const m of merges) {
                        if (row < m.top || row > m.bottom) continue;
                        const value = m.top === row ? (fields[m.left - 1] ?? '') : (sheet[m.top - 1]?.[m.left - 1] ?? '');
                        if (value.trim() === '') continue;
                        for (let c = m.left; c <= m.right; c++) {
                            while (expected.length < c) expected.push('');
                            if (expected[c - 1]!.trim() === '') expected[c - 1] = value;
                        }
                    }
                    const actual = [...fields];
                    merged.fill(row, actual);
                    expect(actual).toEqual(expected);
                });
            }), { numRuns: 300 });
    });
});

describe('readSheetLayout', () => {
    it('reads the merges and hidden rows of the first sheet, or of the sheet named', async () => {
        const book = new ExcelJS.Workbook();
        const cover = book.addWorksheet('Petunjuk');
        cover.addRow(['Petunjuk']);
        cover.mergeCells('A1:C1');
        const data = book.addWorksheet('Data KPM');
        for (let i = 0; i < 6; i++) data.addRow([`A00${i}`, i === 1 ? 'Kab. Jember' : null, i]);
        data.mergeCells('B2:B5');
        data.getRow(3).hidden = true;
        data.getRow(6).hidden = true;
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'kaidah-layout-')), 'book.xlsx');
        await book.xlsx.writeFile(file);
        expect(await readSheetLayout(file, undefined, normalise)).toEqual({ merges: [parseRange('A1:C1')], hiddenRows: [] });
        expect(await readSheetLayout(file, 'data kpm', normalise)).toEqual({ merges: [parseRange('B2:B5')], hiddenRows: [3, 6] });
        expect(await readSheetLayout(file, 'rekap', normalise)).toBeUndefined();
    });
});
