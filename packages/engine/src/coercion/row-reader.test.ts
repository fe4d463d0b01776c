import { describe, expect, it } from 'vitest';
import type { Schema } from '../plan/plan.js';
import type { ReasonCode } from '../plan/codes.js';
import { createRowReader } from './row-reader.js';
import { describeProblem, describeReason } from './problem-sentences.js';
import { messagesFor } from '../messages/messages.js';
import { dayOf } from '../plan-fixtures.test.js';

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

    it('rejects the remaining reasons: empty key and numbers, whole numbers, percentages; a short row for its shape', () => {
        const reader = createRowReader(schema, headers);
        const row = reader.read(['  ', 'Kabupaten Probolinggo', '', '1,5', '', 'Rp 900.000', 'hampir', 'y', '']);
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
            problems: [{ column: '', header: '', value: '', reason: 'wrong-shape', shape: { fields: 6, header: 9, padded: false } }],
        });
    });

    it('accepts a blank text column other than the key, and a long identifier kept as text', () => {
        const reader = createRowReader(schema, headers);
        const row = reader.read(['3513000000000001', '', '', '0', '0', '0', '0', 'tidak', '']);
        expect(row.ok && row.values.slice(0, 3)).toEqual(['3513000000000001', '', '']);
    });
});

describe('describing problems', () => {
    it('has a sentence for every reason in both languages', () => {
        for (const code of Object.keys(messagesFor('en').reasons) as ReasonCode[]) {
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
});

describe('dates and declared ranges', () => {
    // Day numbers worked out by hand in dates.test.ts: 2024-03-01 is 19783, 2024-12-31 is 20088.
    const ranged: Schema = {
        columns: [
            { name: 'household_id', type: 'text', header: 'no_peserta' },
            { name: 'decile', type: 'number', header: 'desil', min: 1, max: 10 },
            { name: 'p2k2_attendance', type: 'percent', header: 'kehadiran_p2k2', min: 0, max: 1 },
            { name: 'head_birth_date', type: 'date', header: 'tgl_lahir_kepala', min: dayOf('1900-01-01'), max: dayOf('2024-12-31') },
            { name: 'monthly_income', type: 'money', header: 'penghasilan', max: 10_000_000 },
            { name: 'members', type: 'count', header: 'anggota', min: 1 },
        ],
        keyColumn: 'household_id',
    };
    const reader = createRowReader(ranged, ['no_peserta', 'desil', 'kehadiran_p2k2', 'tgl_lahir_kepala', 'penghasilan', 'anggota']);

    it('reads date cells into day numbers, and accepts the bounds of every range', () => {
        expect(reader.read(['1', '1', '0', '01/03/2024', 'Rp 10.000.000', '1'])).toEqual({
            ok: true,
            values: ['1', 1, 0, 19783, 10_000_000, 1],
        });
        expect(reader.read(['2', '10', '100%', '31-12-2024', '0', '12'])).toEqual({
            ok: true,
            values: ['2', 10, 1, 20088, 0, 12],
        });
    });

    it('rejects a cell outside its column’s range, carrying the range', () => {
        const row = reader.read(['1', '11', '120', '2025-01-01', 'Rp 12.000.000', '0']);
        expect(row).toEqual({
            ok: false,
            problems: [
                { column: 'decile', header: 'desil', value: '11', reason: 'out-of-range', range: { type: 'number', min: 1, max: 10 } },
                {
                    column: 'p2k2_attendance',
                    header: 'kehadiran_p2k2',
                    value: '120',
                    reason: 'out-of-range',
                    range: { type: 'percent', min: 0, max: 1 },
                },
                {
                    column: 'head_birth_date',
                    header: 'tgl_lahir_kepala',
                    value: '2025-01-01',
                    reason: 'out-of-range',
                    range: { type: 'date', min: dayOf('1900-01-01'), max: dayOf('2024-12-31') },
                },
                {
                    column: 'monthly_income',
                    header: 'penghasilan',
                    value: 'Rp 12.000.000',
                    reason: 'out-of-range',
                    range: { type: 'money', max: 10_000_000 },
                },
                { column: 'members', header: 'anggota', value: '0', reason: 'out-of-range', range: { type: 'count', min: 1 } },
            ],
        });
    });

    it('names the range in the column’s units, in both languages', () => {
        const row = reader.read(['1', '11', '120', '2025-01-01', 'Rp 12.000.000', '0']);
        if (row.ok) throw new Error('expected a reject');
        expect(row.problems.map((p) => describeProblem(p, 'en'))).toEqual([
            'decile (column "desil"): "11" must be between 1 and 10',
            'p2k2_attendance (column "kehadiran_p2k2"): "120" must be between 0% and 100%',
            'head_birth_date (column "tgl_lahir_kepala"): "2025-01-01" must be between 1 January 1900 and 31 December 2024',
            'monthly_income (column "penghasilan"): "Rp 12.000.000" must be at most Rp 10.000.000',
            'members (column "anggota"): "0" must be at least 1',
        ]);
        expect(row.problems.map((p) => describeProblem(p, 'id'))).toEqual([
            'decile (kolom "desil"): "11" harus antara 1 dan 10',
            'p2k2_attendance (kolom "kehadiran_p2k2"): "120" harus antara 0% dan 100%',
            'head_birth_date (kolom "tgl_lahir_kepala"): "2025-01-01" harus antara 1 Januari 1900 dan 31 Desember 2024',
            'monthly_income (kolom "penghasilan"): "Rp 12.000.000" tidak boleh lebih dari Rp 10.000.000',
            'members (kolom "anggota"): "0" tidak boleh kurang dari 1',
        ]);
        // what a reject file shows beside the column and the cell
        expect(describeReason(row.problems[0]!.reason, 'id', row.problems[0]!.range)).toBe('harus antara 1 dan 10');
        expect(describeReason('out-of-range', 'en')).toBe('is outside the range the rules allow for this column');
    });

    it('says before/after for dates with one bound', () => {
        expect(describeReason('out-of-range', 'en', { type: 'date', max: dayOf('2024-12-31') })).toBe(
            'must be on or before 31 December 2024',
        );
        expect(describeReason('out-of-range', 'id', { type: 'date', min: dayOf('1900-01-01') })).toBe(
            'tidak boleh sebelum 1 Januari 1900',
        );
    });

    it('lets a percent column’s declared range replace 0–100%', () => {
        const schemaWith = (min: number | undefined, max: number | undefined): Schema => ({
            columns: [
                { name: 'id', type: 'text', header: 'id' },
                { name: 'growth', type: 'percent', header: 'growth', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) },
            ],
            keyColumn: 'id',
        });
        const wide = createRowReader(schemaWith(0, 2), ['id', 'growth']);
        expect(wide.read(['1', '150'])).toEqual({ ok: true, values: ['1', 1.5] });
        const half = createRowReader(schemaWith(undefined, 0.5), ['id', 'growth']);
        const rejected = half.read(['1', '-5']);
        expect(rejected.ok === false && rejected.problems[0]).toMatchObject({ reason: 'out-of-range', range: { min: 0, max: 0.5 } });
        expect(rejected.ok === false && describeProblem(rejected.problems[0]!, 'en')).toBe('growth: "-5" must be between 0% and 50%');
    });

    it('rejects dates it cannot read, and impossible ones', () => {
        const row = reader.read(['1', '5', '50', '31/02/2024', '0', '3']);
        expect(row).toEqual({
            ok: false,
            problems: [{ column: 'head_birth_date', header: 'tgl_lahir_kepala', value: '31/02/2024', reason: 'not-a-date' }],
        });
        if (row.ok) return;
        expect(describeProblem(row.problems[0]!, 'en')).toBe(
            'head_birth_date (column "tgl_lahir_kepala"): "31/02/2024" is not a valid date ' +
                '(write day/month/year with a four-digit year, for example 01/03/2024, 1 Maret 2024 or 2024-03-01)',
        );
        expect(describeProblem(row.problems[0]!, 'id')).toBe(
            'head_birth_date (kolom "tgl_lahir_kepala"): "31/02/2024" bukan tanggal yang benar ' +
                '(tulis tanggal/bulan/tahun dengan tahun empat angka, contoh: 01/03/2024, 1 Maret 2024 atau 2024-03-01)',
        );
        const mangled = reader.read(['1', '5', '50', '3.51E+15', '0', '3']);
        expect(mangled.ok === false && mangled.problems.map((p) => p.reason)).toEqual(['not-a-date']);
    });

    it('names both readings of money grouped the English way, in both languages', () => {
        const schema: Schema = { keyColumn: 'id', columns: [{ name: 'id', type: 'text', header: 'id' }, { name: 'income', type: 'money', header: 'penghasilan' }] };
        const row = createRowReader(schema, ['id', 'penghasilan']).read(['1', '850,000']);
        expect(row.ok === false && row.problems.map((p) => p.reason)).toEqual(['ambiguous-comma']);
        if (row.ok) return;
        expect(describeProblem(row.problems[0]!, 'en')).toBe(
            'income (column "penghasilan"): "850,000" could mean Rp 850 (a decimal comma) or Rp 850.000 (a comma between thousands, as English writes it): ' +
                'write it the Indonesian way, with dots between thousands (Rp 850.000) or a decimal comma and two decimals',
        );
        expect(describeProblem(row.problems[0]!, 'id')).toBe(
            'income (kolom "penghasilan"): "850,000" bisa berarti Rp 850 (koma desimal) atau Rp 850.000 (koma pemisah ribuan, cara penulisan Inggris): ' +
                'tulis dengan cara Indonesia, titik sebagai pemisah ribuan (Rp 850.000) atau koma desimal dengan dua angka sen',
        );
    });

    it('says which date a spreadsheet\'s day number probably stands for, in both languages', () => {
        const row = reader.read(['1', '5', '50', '45291', '0', '3']);
        expect(row.ok === false && row.problems.map((p) => p.reason)).toEqual(['day-number']);
        if (row.ok) return;
        expect(describeProblem(row.problems[0]!, 'en')).toBe(
            'head_birth_date (column "tgl_lahir_kepala"): "45291" is the number a spreadsheet keeps for a date (probably 31 December 2023), ' +
                'not a date: format the column as a date (dd/mm/yyyy) and export the file again',
        );
        expect(describeProblem(row.problems[0]!, 'id')).toBe(
            'head_birth_date (kolom "tgl_lahir_kepala"): "45291" adalah angka yang disimpan spreadsheet untuk sebuah tanggal (kemungkinan 31 Desember 2023), ' +
                'bukan tanggal: format kolom ini sebagai tanggal (dd/mm/yyyy) lalu ekspor ulang berkasnya',
        );
    });
});

describe('columns found by name, and identifiers a spreadsheet mangled', () => {
    it('finds a column by its own name when the file does not use the mapped header', () => {
        const reader = createRowReader(schema, ['no_peserta', 'District', 'desa', 'lansia', 'luas lahan', 'Monthly Income', 'kehadiran_p2k2', 'punya_usaha']);
        expect(reader.missingColumns).toEqual([]);
        const row = reader.read(['1', 'Kabupaten Probolinggo', 'Sumber', '0', '0', 'Rp 1.500.000', '80', 'ya']);
        expect(row).toEqual({ ok: true, values: ['1', 'Kabupaten Probolinggo', 'Sumber', 0, 0, 1_500_000, 0.8, true] });
    });

    it('prefers the mapped header when the file has both', () => {
        const reader = createRowReader(schema, ['no_peserta', 'kabupaten', 'district', 'desa', 'lansia', 'luas_lahan', 'penghasilan_bulanan', 'kehadiran_p2k2', 'punya_usaha']);
        const row = reader.read(['1', 'from the header', 'from the name', 'Sumber', '0', '0', '0', '80', 'ya']);
        expect(row.ok && row.values[1]).toBe('from the header');
    });

    it('rejects a long number shown as 3.51E+15 in any text column, not text that merely has an E', () => {
        const reader = createRowReader(schema, headers);
        const row = reader.read(['1', 'Kabupaten Probolinggo', '3,51E+15', '0', '0', '0', '80', 'ya', '']);
        expect(row.ok).toBe(false);
        if (!row.ok) expect(row.problems).toEqual([{ column: 'village', header: 'Desa', value: '3,51E+15', reason: 'scientific-notation' }]);
        expect(reader.read(['1', 'Kabupaten Probolinggo', '2E3', '0', '0', '0', '80', 'ya', '']).ok).toBe(true);
        expect(reader.read(['1', 'Kabupaten Probolinggo', 'Desa 1E', '0', '0', '0', '80', 'ya', '']).ok).toBe(true);
    });
});
