import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@kaidah/engine';
import { HEADER_SEARCH_RECORDS, HeaderSearch } from './header-search.js';

const schema: Schema = {
    keyColumn: 'id',
    districtColumn: 'district',
    columns: [
        { name: 'id', type: 'text', header: 'no_peserta' },
        { name: 'district', type: 'text', header: 'kabupaten' },
        { name: 'income', type: 'money', header: 'penghasilan' },
    ],
};
const HEADER = ['no_peserta', 'Kabupaten', ' penghasilan '];

/** Offers records as a source does: until the answer is not 'not-header'. Returns the last answer and how many were offered. */
function offerAll(search: HeaderSearch, records: string[][]): { answer: boolean | 'not-header' | undefined; offered: number } {
    let answer: boolean | 'not-header' | undefined;
    let offered = 0;
    for (const [i, record] of records.entries()) {
        answer = search.offer(record, i + 1);
        offered++;
        if (answer !== 'not-header') break;
    }
    return { answer, offered };
}

describe('HeaderSearch', () => {
    it('takes the first record when it names every column, and says nothing was passed over', () => {
        const search = new HeaderSearch(schema, true);
        expect(offerAll(search, [HEADER, ['1', 'Kab', '1']])).toEqual({ answer: true, offered: 1 });
        expect(search.found?.headers).toEqual(HEADER);
        expect(search.below).toBeUndefined();
        expect(search.missingColumns()).toBeUndefined();
    });

    it('passes over a title block and finds the header below it', () => {
        const search = new HeaderSearch(schema, true);
        const records = [['DATA KPM PKH KABUPATEN PROBOLINGGO', '', ''], ['Tahun 2024'], HEADER, ['1', 'Kab', '1']];
        expect(offerAll(search, records)).toEqual({ answer: true, offered: 3 });
        expect(search.found?.row).toBe(3);
        expect(search.below).toEqual({ row: 3, skipped: 2 });
    });

    it('does not search below the first record of a source whose fields are named (JSON)', () => {
        const search = new HeaderSearch(schema, false);
        expect(offerAll(search, [['title'], HEADER])).toEqual({ answer: false, offered: 1 });
        expect(search.missingColumns()).toEqual({ missing: ['id ("no_peserta")', 'district ("kabupaten")', 'income ("penghasilan")'], found: ['title'] });
    });

    it('reports the record that names the most columns, with its row when it is not the first', () => {
        const search = new HeaderSearch(schema, true);
        const records = [['Laporan'], ['no_peserta', 'kab', 'penghasilan'], ['no_peserta', 'kab', 'gaji'], ...Array.from({ length: 30 }, () => ['1', '2', '3'])];
        expect(offerAll(search, records)).toEqual({ answer: false, offered: HEADER_SEARCH_RECORDS });
        expect(search.found).toBeUndefined();
        expect(search.below).toBeUndefined();
        expect(search.missingColumns()).toEqual({ missing: ['district ("kabupaten")'], found: ['no_peserta', 'kab', 'penghasilan'], row: 2 });
    });

    it('finds the header below any title block shorter than the search, and only then (fast-check)', () => {
        const word = fc.constantFrom('DATA', 'KPM', 'PKH', 'Kabupaten', 'Probolinggo', 'Tahun', '2024', 'Dinas Sosial', '', 'No', 'Nama', 'kabupaten', 'no_peserta');
        const titleRecord = fc.array(word, { minLength: 1, maxLength: 4 });
        fc.assert(fc.property(fc.array(titleRecord, { maxLength: HEADER_SEARCH_RECORDS + 5 }), (titles) => {
            // a title record never names all three columns: it has no `penghasilan`
            const search = new HeaderSearch(schema, true);
            const { answer, offered } = offerAll(search, [...titles, HEADER, ['1', 'Kab', '1']]);
            if (titles.length < HEADER_SEARCH_RECORDS) {
                expect(answer).toBe(true);
                expect(offered).toBe(titles.length + 1);
                expect(search.found?.row).toBe(titles.length + 1);
                expect(search.below).toEqual(titles.length === 0 ? undefined : { row: titles.length + 1, skipped: titles.length });
            } else {
                expect(answer).toBe(false);
                expect(offered).toBe(HEADER_SEARCH_RECORDS);
                expect(search.missingColumns()?.missing).toContain('income ("penghasilan")');
            }
        }), { numRuns: 200 });
    });
});
