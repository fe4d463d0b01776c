/**
 * The engine as the CLI drives it: rows of a data file are coerced (bad rows are rejects), the
 * good ones evaluated, quotas filled. Every row ends up in exactly one place.
 */
import { describe, expect, it } from 'vitest';
import { createRowReader, describeProblem } from './coerce.js';
import { prepareEvaluator, type HouseholdResult } from './evaluate.js';
import { allocateQuotas, explainStatus } from './allocate.js';
import { explainHousehold } from './explain.js';
import { pkhPlan } from './plan-fixtures.test.js';

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
