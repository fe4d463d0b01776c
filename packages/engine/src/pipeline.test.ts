/**
 * The engine as the CLI drives it: rows of a data file are coerced (bad rows are rejects), the
 * good ones evaluated, quotas filled. Every row ends up in exactly one place.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from './plan/plan.js';
import { createRowReader } from './coercion/row-reader.js';
import { describeProblem, describeReason } from './coercion/problem-sentences.js';
import { prepareEvaluator, type HouseholdResult } from './evaluation/evaluate.js';
import { allocateQuotas } from './quotas/allocate.js';
import { explainStatus } from './text/status-sentences.js';
import { explainHousehold } from './text/explain.js';
import { and, cmp, col, column, date, dayOf, num, pkhPlan, since } from './plan-fixtures.test.js';

// The columns of examples/generate-households.mjs (kecamatan and id_pendamping are ignored).
const CSV = `\uFEFFno_peserta,kabupaten,kecamatan,id_pendamping,ibu_hamil,anak_usia_dini,sd,smp,sma,disabilitas,lansia,penghasilan_bulanan,kehadiran_p2k2,punya_usaha,desil
3513000000000001,Kabupaten Probolinggo,Sumber,PDP-3513-0001,0,0,1,0,0,0,1,1.800.000,85,ya,2
3513000000000002,Kabupaten Probolinggo,Sumber,PDP-3513-0001,0,0,0,0,0,0,1,2.400.000,90,ya,3
3513000000000003,Kabupaten Probolinggo,Sumber,PDP-3513-0001,1,0,2,0,0,0,2,700.000,100,tidak,1
3513000000000004,Kabupaten Probolinggo,Leces,PDP-3513-0002,0,0,0,0,0,0,0,500.000,60,tidak,2
3.51E+15,Kabupaten Probolinggo,Leces,PDP-3513-0002,0,0,0,0,0,0,0,500.000,60,tidak,2
3513000000000006,Kabupaten Probolinggo,Leces,PDP-3513-0002,0,dua,0,0,0,0,0,500.000,60,mungkin,2
1810000000000001,Kabupaten Pringsewu,Gadingrejo,PDP-1810-0001,0,1,0,0,0,0,0,1.200.000,80,ya,4
1810000000000002,Kabupaten Pringsewu,Gadingrejo,PDP-1810-0001,0,0,0,0,0,0,0,900.000,80,tidak,6
3508000000000001,Kabupaten Lumajang,Tempeh,PDP-3508-0001,0,0,1,0,0,0,0,900.000,80,tidak,2`;

describe('coerce, evaluate, allocate', () => {
    const plan = pkhPlan();
    const [headerLine, ...lines] = CSV.split('\n');
    const reader = createRowReader(plan.schema, headerLine!.split(','));
    const evaluator = prepareEvaluator(plan);
    const results: HouseholdResult[] = [];
    const rejects: { line: number; problems: string[] }[] = [];
    lines.forEach((line, i) => {
        const row = reader.read(line.split(','));
        if (row.ok) results.push(evaluator.evaluate(row.values));
        else rejects.push({ line: i + 2, problems: row.problems.map((p) => describeProblem(p, 'en')) });
    });
    const allocation = allocateQuotas(plan, results);

    it('reads the generator’s columns', () => {
        expect(reader.missingColumns).toEqual([]);
    });

    it('rejects bad rows with every problem, and loses no row', () => {
        expect(rejects).toEqual([
            {
                line: 6,
                problems: [
                    'household_id (column "no_peserta"): "3.51E+15" was turned into scientific notation by a spreadsheet ' +
                        '(like 3.51E+15) and has lost its digits; format the column as text and export the file again',
                ],
            },
            {
                line: 7,
                problems: [
                    'early_childhood (column "anak_usia_dini"): "dua" is not a number',
                    'has_business (column "punya_usaha"): "mungkin" is not yes or no (write ya/tidak, y/t or 1/0)',
                ],
            },
        ]);
        expect(results.length + rejects.length).toBe(lines.length);
        const t = allocation.totals;
        expect(t.proposed + t.reserve + t.stays + t.unmatched).toBe(results.length);
    });

    it('decides and explains each household', () => {
        const decisions = results.map((r, i) => [r.key, r.category ?? '-', allocation.households[i]!.status, r.benefit]);
        expect(decisions).toEqual([
            ['3513000000000001', 'mandiri', 'proposed', 900_000 + 2_400_000],
            ['3513000000000002', 'mandiri', 'proposed', 2_400_000],
            ['3513000000000003', '-', 'stays', 3_000_000 + 2 * 2_400_000 + 900_000],
            ['3513000000000004', 'alamiah', 'proposed', 0],
            ['1810000000000001', 'mandiri', 'proposed', 3_000_000],
            ['1810000000000002', 'alamiah', 'proposed', 0],
            ['3508000000000001', '-', 'no-district', 900_000],
        ]);
        expect(explainStatus(allocation, 0, 'en')).toBe(
            'ranked 2 of 2 in Kabupaten Probolinggo; target 2.580 (facilitators × 10): proposed',
        );
        expect(explainHousehold(plan, results[0]!, 'id')).toBe(
            'Graduasi Sejahtera Mandiri: has_business bernilai ya; monthly_income Rp 1.800.000 ≥ 2 × poverty_line Rp 1.165.864; ' +
                'p2k2_attendance 85% ≥ 80%',
        );
        expect(explainHousehold(plan, results[4]!, 'en')).toBe(
            'Graduasi Sejahtera Mandiri: has_business is yes; monthly_income Rp 1.200.000 ≥ 2 × poverty_line Rp 1.165.864; ' +
                'p2k2_attendance 80% ≥ 80%',
        );
    });
});

/**
 * Dates end to end: birth dates in the formats officers' spreadsheets write, a column range, and age
 * counted up to the evaluation date, 31 December 2024. Ages below are worked out by hand: someone
 * born 31/12/1964 turns 60 on the evaluation date itself; born 01/01/1965, they are still 59.
 */
const DATED_CSV = `no_peserta;kabupaten;tgl_lahir_kepala;desil;kehadiran_p2k2;punya_usaha
3513000000000001;Kabupaten Probolinggo;12/05/1957;5;85;ya
3513000000000002;Kabupaten Probolinggo;1980-03-01;6;90;ya
3513000000000003;Kabupaten Probolinggo;1/3/1985;5;80;ya
3513000000000004;Kabupaten Probolinggo;29-02-1964;8;70;tidak
3513000000000005;Kabupaten Probolinggo;31/02/1970;5;80;ya
3513000000000006;Kabupaten Probolinggo;1975/08/17;11;120;ya
3513000000000007;Kabupaten Probolinggo;01/01/2025;5;80;ya
3513000000000008;Kabupaten Probolinggo;;5;80;ya
3513000000000009;Kabupaten Probolinggo;01/01/1965;7;80;ya
3513000000000010;Kabupaten Probolinggo;31/12/1964;7;80;ya`;

function datedPlan(): Plan {
    const age = since('years', col('head_birth_date', 'date'));
    return {
        program: 'PKH 2024',
        evaluationDate: '2024-12-31',
        schema: {
            columns: [
                column('household_id', 'text', 'no_peserta'),
                column('district', 'text', 'kabupaten'),
                { ...column('head_birth_date', 'date', 'tgl_lahir_kepala'), min: dayOf('1900-01-01'), max: dayOf('2024-12-31') },
                { ...column('decile', 'number', 'desil'), min: 1, max: 10 },
                { ...column('p2k2_attendance', 'percent', 'kehadiran_p2k2'), min: 0, max: 1 },
                column('has_business', 'yesno', 'punya_usaha'),
            ],
            keyColumn: 'household_id',
            districtColumn: 'district',
        },
        constants: [],
        values: [],
        graduations: [
            {
                name: 'mandiri',
                label: 'Graduasi Sejahtera Mandiri',
                condition: and(col('has_business', 'yesno'), cmp('>', col('decile', 'number'), num(4)), cmp('<', age, num(60))),
                rank: { expr: col('decile', 'number'), descending: true },
            },
            {
                name: 'alamiah',
                label: 'Graduasi Alamiah',
                condition: and(cmp('>', col('decile', 'number'), num(6)), cmp('<', col('head_birth_date', 'date'), date('1965-01-01'))),
            },
        ],
        districts: [
            {
                name: 'Kabupaten Probolinggo',
                quantities: [],
                targets: [{ category: 'mandiri', value: 2, formula: '2' }],
                rewards: [],
            },
        ],
        tests: [],
    };
}

describe('a data file with dates and ranges', () => {
    const plan = datedPlan();
    const [headerLine, ...lines] = DATED_CSV.split('\n');
    const reader = createRowReader(plan.schema, headerLine!.split(';'));
    const evaluator = prepareEvaluator(plan);
    const results: HouseholdResult[] = [];
    const rejects: { line: number; problems: string[]; reasons: string[] }[] = [];
    lines.forEach((line, i) => {
        const row = reader.read(line.split(';'));
        if (row.ok) results.push(evaluator.evaluate(row.values));
        else {
            rejects.push({
                line: i + 2,
                problems: row.problems.map((p) => describeProblem(p, 'en')),
                // what the CLI's reject file shows beside the header and the cell
                reasons: row.problems.map((p) => describeReason(p.reason, 'id', p.range)),
            });
        }
    });
    const allocation = allocateQuotas(plan, results);

    it('rejects impossible, missing and out-of-range cells, and loses no row', () => {
        expect(rejects).toEqual([
            {
                line: 6,
                problems: [
                    'head_birth_date (column "tgl_lahir_kepala"): "31/02/1970" is not a valid date ' +
                        '(write day/month/year with a four-digit year, for example 01/03/2024, 1 Maret 2024 or 2024-03-01)',
                ],
                reasons: ['bukan tanggal yang benar (tulis tanggal/bulan/tahun dengan tahun empat angka, contoh: 01/03/2024, 1 Maret 2024 atau 2024-03-01)'],
            },
            {
                line: 7,
                problems: [
                    'decile (column "desil"): "11" must be between 1 and 10',
                    'p2k2_attendance (column "kehadiran_p2k2"): "120" must be between 0% and 100%',
                ],
                reasons: ['harus antara 1 dan 10', 'harus antara 0% dan 100%'],
            },
            {
                line: 8,
                problems: ['head_birth_date (column "tgl_lahir_kepala"): "01/01/2025" must be between 1 January 1900 and 31 December 2024'],
                reasons: ['harus antara 1 Januari 1900 dan 31 Desember 2024'],
            },
            {
                line: 9,
                problems: ['head_birth_date (column "tgl_lahir_kepala") is empty'],
                reasons: ['kosong'],
            },
        ]);
        expect(results.length + rejects.length).toBe(lines.length);
    });

    it('reads every accepted date format', () => {
        expect(results.map((r) => r.values[2])).toEqual(
            ['1957-05-12', '1980-03-01', '1985-03-01', '1964-02-29', '1965-01-01', '1964-12-31'].map(dayOf),
        );
    });

    it('decides by age on the evaluation date, and explains with dates in the officer’s language', () => {
        const decisions = results.map((r, i) => [r.key.slice(-2), r.category ?? '-', allocation.households[i]!.status]);
        expect(decisions).toEqual([
            ['01', '-', 'stays'], // 67, decile 5: neither
            ['02', 'mandiri', 'proposed'], // 44, decile 6: ranked 2nd of 3
            ['03', 'mandiri', 'reserve'], // 39, decile 5: ranked 3rd, target 2
            ['04', 'alamiah', 'proposed'], // no business; decile 8, born before 1965
            ['09', 'mandiri', 'proposed'], // 59: a day short of 60; decile 7 ranks 1st
            ['10', 'alamiah', 'proposed'], // 60 on the evaluation date itself
        ]);
        expect(explainHousehold(plan, results[4]!, 'en')).toBe(
            'Graduasi Sejahtera Mandiri: has_business is yes; decile 7 > 4; years since head_birth_date 59 < 60',
        );
        expect(explainHousehold(plan, results[5]!, 'id')).toBe(
            'Graduasi Alamiah: decile 7 > 6; head_birth_date 31 Desember 1964 < 1965-01-01',
        );
        expect(explainHousehold(plan, results[0]!, 'en')).toBe(
            'No graduation category applies. Graduasi Sejahtera Mandiri: years since head_birth_date 67 < 60 does not hold; ' +
                'Graduasi Alamiah: decile 5 > 6 does not hold',
        );
        expect(explainStatus(allocation, 2, 'id')).toBe(
            'peringkat 3 dari 3 di Kabupaten Probolinggo; target 2: cadangan',
        );
    });
});
