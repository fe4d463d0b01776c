/** A small hand-made run for unit tests of the report: hostile names, a reward, unmatched rows. */
import { allocateQuotas, type Expr, type HouseholdResult, type Plan } from '@kaidah/engine';
import type { ReportInput } from '../../packages/cli/src/report/report-input.js';

export const hostileDistrict = '<script>alert("x")</script>';

const column = (name: string, type: 'money' | 'count' | 'percent'): Expr => ({ kind: 'column', type, name, text: name });
const money = (value: number, text: string): Expr => ({ kind: 'literal', type: 'money', value, text });

export function fixturePlan(districtName = hostileDistrict): Plan {
    const twice: Expr = { kind: 'arithmetic', type: 'money', op: '*', left: { kind: 'literal', type: 'number', value: 2, text: '2' }, right: { kind: 'constant', type: 'money', name: 'poverty_line', text: 'poverty_line' }, text: '2 * poverty_line' };
    return {
        program: 'PKH <Uji> & "coba"',
        evaluationDate: '2024-12-31',
        schema: {
            columns: [
                { name: 'id', type: 'text', header: 'no_peserta' },
                { name: 'district', type: 'text', header: 'kabupaten' },
                { name: 'pregnant', type: 'count', header: 'ibu_hamil', label: 'Ibu <hamil>' },
                { name: 'monthly_income', type: 'money', header: 'penghasilan' },
            ],
            keyColumn: 'id',
            districtColumn: 'district',
        },
        constants: [{ name: 'poverty_line', type: 'money', expr: money(582932, 'Rp 582.932'), doc: 'Garis <b>kemiskinan</b> & BPS' }],
        values: [],
        benefit: {
            maxMembers: 4,
            components: [{ name: 'pregnant', members: column('pregnant', 'count'), amount: money(3000000, 'Rp 3.000.000') }],
            doc: 'Per member </p><p onclick="x">',
        },
        graduations: [
            {
                name: 'self_reliant',
                label: 'Graduasi <Sejahtera> Mandiri',
                doc: '<img src=x onerror=alert(1)>',
                condition: { kind: 'comparison', type: 'yesno', op: '>=', left: column('monthly_income', 'money'), right: twice, text: 'monthly_income >= 2 * poverty_line' },
                rank: { expr: column('monthly_income', 'money'), descending: true },
            },
            { name: 'natural', label: 'Graduasi Alamiah', condition: { kind: 'literal', type: 'yesno', value: true, text: 'yes' } },
        ],
        districts: [
            {
                name: districtName,
                quantities: [{ name: 'facilitators', type: 'count', value: 258 }],
                targets: [{ category: 'self_reliant', value: 2580, formula: 'facilitators * 10', perQuantity: 'facilitators' }],
                rewards: [{ category: 'self_reliant', amount: 1500000 }],
            },
            {
                name: 'Kabupaten Pringsewu',
                quantities: [{ name: 'reported_households', type: 'count', value: 20667 }],
                targets: [{ category: 'natural', value: 2, formula: '2' }],
                rewards: [],
            },
        ],
        tests: [],
    };
}

function household(key: string, district: string, benefit: number, category?: string, rankValue?: number): HouseholdResult {
    return { key, district, benefit, components: [], values: [], ...(category ? { category } : {}), ...(rankValue === undefined ? {} : { rankValue }) };
}

/** `candidates` (1.234) self-reliant candidates in the first district, 5 natural in Pringsewu (target 2), stays and strays. */
export function fixtureInput(districtName = hostileDistrict, candidates = 1234): ReportInput {
    const plan = fixturePlan(districtName);
    const results: HouseholdResult[] = [];
    for (let i = 0; i < candidates; i++) results.push(household(`A${String(i).padStart(5, '0')}`, districtName, 900000 * (i % 5), 'self_reliant', 1_200_000 + i));
    for (let i = 0; i < 5; i++) results.push(household(`B${i}`, 'Kabupaten Pringsewu', 0, 'natural'));
    for (let i = 0; i < 10; i++) results.push(household(`C${i}`, 'Kabupaten Pringsewu', 2400000));
    results.push(household('D1', 'Kab. <Salah> Tulis', 900000));
    const allocation = allocateQuotas(plan, results);
    return {
        rulesFile: 'rules/<pkh>.kaidah',
        dataFile: 'data/kpm "2024".csv',
        plan,
        allocation,
        counts: { read: results.length + 3, decided: results.length, rejected: 3 },
        benefitDistribution: [
            { from: 0, to: 0, households: 252 },
            { from: 1, to: 1_000_000, households: 247 },
            { from: 1_000_000, to: 2_000_000, households: 246 },
            { from: 2_000_000, to: 3_000_000, households: 257 },
            { from: 3_000_000, to: 4_000_000, households: 248 },
        ],
    };
}
