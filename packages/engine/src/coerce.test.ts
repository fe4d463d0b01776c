import { describe, expect, it } from 'vitest';
import type { Schema } from './plan.js';
import { createRowReader, describeMissingColumn, describeProblem, describeReason } from './coerce.js';
import { REASON_CODES } from './reasons.js';

const schema: Schema = {
    columns: [
        { name: 'household_id', type: 'text', header: 'no_peserta' },
        { name: 'district', type: 'text', header: 'kabupaten' },
        { name: 'village', type: 'text', header: 'desa' },
        { name: 'elderly', type: 'count', header: 'lansia' },
        { name: 'land_area', type: 'number', header: 'luas_lahan' },
        { name: 'monthly_income', type: 'money', header: 'penghasilan_bulanan' },
        { name: 'p2k2_attendance', type: 'percent', header: 'kehadiran_p2k2' },
        { name: 'has_business', type: 'yesno', header: 'punya_usaha' },
    ],
    keyColumn: 'household_id',
    districtColumn: 'district',
};

const headers = [
    '\uFEFFNo Peserta', // BOM and a space, as Excel writes it
    'KABUPATEN',
    'Desa',
    'lansia',
    'Luas_Lahan',
    'Penghasilan Bulanan',
    'kehadiran_p2k2',
    'punya usaha',
    'catatan', // extra columns are ignored
];

describe('createRowReader', () => {
    it('matches headers ignoring case, spaces, underscores and the BOM', () => {
        const reader = createRowReader(schema, headers);
        expect(reader.missingColumns).toEqual([]);
    });

    it('lists the columns the file lacks', () => {
        const reader = createRowReader(schema, ['no_peserta', 'kabupaten', 'lansia']);
        expect(reader.missingColumns.map((c) => c.name)).toEqual([
            'village',
            'land_area',
            'monthly_income',
            'p2k2_attendance',
            'has_business',
        ]);
    });

    it('types a good row, in schema order', () => {
        const reader = createRowReader(schema, headers);
        const row = reader.read([' 3513000000000001 ', 'Kabupaten Probolinggo', '', '2', '0,5', 'Rp 1.800.000', '85%', 'ya', 'x']);
        expect(row).toEqual({
            ok: true,
            values: ['3513000000000001', 'Kabupaten Probolinggo', '', 2, 0.5, 1_800_000, 0.85, true],
        });
    });

    it('follows the file’s column order, not the schema’s', () => {
        const reader = createRowReader(schema, [...headers].reverse());
        const row = reader.read(['x', 'tidak', '100', '500000', '12', '0', 'Sumber', 'Kab. Probolinggo', '35130001']);
        expect(row).toEqual({ ok: true, values: ['35130001', 'Kab. Probolinggo', 'Sumber', 0, 12, 500_000, 1, false] });
    });

    it('reports every problem of a row, with column, header, cell and reason', () => {
        const reader = createRowReader(schema, headers);
        const row = reader.read(['3.51E+15', 'Kabupaten Probolinggo', 'Sumber', '-1', 'abc', 'gratis', '120', 'mungkin', '']);
        expect(row).toEqual({
            ok: false,
            problems: [
                { column: 'household_id', header: 'No Peserta', value: '3.51E+15', reason: 'scientific-notation' },
                { column: 'elderly', header: 'lansia', value: '-1', reason: 'negative' },
                { column: 'land_area', header: 'Luas_Lahan', value: 'abc', reason: 'not-a-number' },
                { column: 'monthly_income', header: 'Penghasilan Bulanan', value: 'gratis', reason: 'not-money' },
                { column: 'p2k2_attendance', header: 'kehadiran_p2k2', value: '120', reason: 'percent-out-of-range' },
                { column: 'has_business', header: 'punya usaha', value: 'mungkin', reason: 'not-yes-no' },
            ],
        });
    });

    it('rejects the remaining reasons: empty key and numbers, whole numbers, percentages, short rows', () => {
        const reader = createRowReader(schema, headers);
        const row = reader.read(['  ', 'Kabupaten Probolinggo', '', '1,5', '', 'Rp 900.000', 'hampir', 'y']);
        expect(row.ok).toBe(false);
        if (row.ok) return;
        expect(row.problems.map((p) => [p.column, p.reason])).toEqual([
            ['household_id', 'empty'],
            ['elderly', 'not-a-whole-number'],
            ['land_area', 'empty'],
            ['p2k2_attendance', 'not-a-percent'],
        ]);
        const short = reader.read(['35130001', 'Kabupaten Probolinggo', 'Sumber', '0', '1', '1000']);
        expect(short).toEqual({
            ok: false,
            problems: [
                { column: 'p2k2_attendance', header: 'kehadiran_p2k2', value: '', reason: 'missing-field' },
                { column: 'has_business', header: 'punya usaha', value: '', reason: 'missing-field' },
            ],
        });
    });

    it('accepts a blank text column other than the key, and a long identifier kept as text', () => {
        const reader = createRowReader(schema, headers);
        const row = reader.read(['3513000000000001', '', '', '0', '0', '0', '0', 'tidak']);
        expect(row.ok && row.values.slice(0, 3)).toEqual(['3513000000000001', '', '']);
    });
});

describe('describing problems', () => {
    it('has a sentence for every reason in both languages', () => {
        for (const code of REASON_CODES) {
            expect(describeReason(code, 'en')).not.toBe('');
            expect(describeReason(code, 'id')).not.toBe('');
        }
        expect(describeReason('not-a-number', 'en')).toBe('is not a number');
        expect(describeReason('not-a-number', 'id')).toBe('bukan angka');
    });

    it('names the column and, when it differs, the header in the file', () => {
        const problem = { column: 'monthly_income', header: 'Penghasilan Bulanan', value: 'gratis', reason: 'not-money' } as const;
        expect(describeProblem(problem, 'en')).toBe(
            'monthly_income (column "Penghasilan Bulanan"): "gratis" is not an amount of money (for example Rp 1.500.000)',
        );
        expect(describeProblem(problem, 'id')).toBe(
            'monthly_income (kolom "Penghasilan Bulanan"): "gratis" bukan nilai uang (contoh: Rp 1.500.000)',
        );
        const empty = { column: 'land_area', header: 'land_area', value: '', reason: 'empty' } as const;
        expect(describeProblem(empty, 'en')).toBe('land_area is empty');
        expect(describeProblem(empty, 'id')).toBe('land_area kosong');
    });

    it('describes a missing column', () => {
        expect(describeMissingColumn(schema.columns[5]!, 'en')).toBe(
            'the file has no column "penghasilan_bulanan" (for monthly_income)',
        );
        expect(describeMissingColumn(schema.columns[5]!, 'id')).toBe(
            'kolom "penghasilan_bulanan" (untuk monthly_income) tidak ada di berkas',
        );
    });
});
