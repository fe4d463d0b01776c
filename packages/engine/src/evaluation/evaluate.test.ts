import { describe, expect, it } from 'vitest';
import type { ColumnDef, Plan } from '../plan/plan.js';
import { evaluateConstants, evaluateFormula } from './formulas.js';
import { prepareEvaluator } from './evaluate.js';
import {
    and,
    arith,
    cmp,
    cnt,
    col,
    column,
    con,
    date,
    dayOf,
    household,
    income,
    not,
    num,
    pkhPlan,
    qty,
    round,
    rp,
    since,
    txt,
    val,
} from '../plan-fixtures.test.js';

/** A plan with only a schema (key `id`, optional district column) and the given parts. */
function smallPlan(
    parts: Partial<Omit<Plan, 'schema'>> & { columns?: ColumnDef[]; districtColumn?: string },
): Plan {
    return {
        program: 'test',
        evaluationDate: parts.evaluationDate ?? '2024-12-31',
        schema: {
            columns: parts.columns ?? [column('id', 'text')],
            keyColumn: 'id',
            ...(parts.districtColumn === undefined ? {} : { districtColumn: parts.districtColumn }),
        },
        constants: parts.constants ?? [],
        values: parts.values ?? [],
        graduations: parts.graduations ?? [],
        districts: parts.districts ?? [],
        tests: parts.tests ?? [],
        ...(parts.benefit === undefined ? {} : { benefit: parts.benefit }),
    };
}

describe('benefit', () => {
    const evaluator = prepareEvaluator(pkhPlan());

    it('pays only the highest-paying members up to the cap of 4', () => {
        // 1 pregnant Rp3.000.000 + 2 elementary Rp900.000 + 2 elderly Rp2.400.000, cap 4:
        // 3.000.000 + 2.400.000 + 2.400.000 + 900.000 = 8.700.000
        const result = evaluator.evaluate(household({ key: 'A', pregnant: 1, elementary: 2, elderly: 2 }));
        expect(result.benefit).toBe(8_700_000);
        expect(result.components).toEqual([
            { name: 'pregnant', members: 1, amount: 3_000_000, total: 3_000_000 },
            { name: 'elementary', members: 1, amount: 900_000, total: 900_000 },
            { name: 'elderly', members: 2, amount: 2_400_000, total: 4_800_000 },
        ]);
    });

    it('pays every member when there are no more than the cap', () => {
        const result = evaluator.evaluate(household({ key: 'A', junior_high: 1, senior_high: 1, disability: 1 }));
        expect(result.benefit).toBe(1_500_000 + 2_000_000 + 2_400_000);
    });

    it('breaks ties between equal amounts by declaration order', () => {
        // pregnant and early childhood both pay Rp3.000.000; pregnant is declared first
        const result = evaluator.evaluate(household({ key: 'A', pregnant: 2, early_childhood: 3 }));
        expect(result.components.map((c) => [c.name, c.members])).toEqual([
            ['pregnant', 2],
            ['early_childhood', 2],
        ]);
        expect(result.benefit).toBe(12_000_000);
    });

    it('pays nothing to a household without eligible members', () => {
        const result = evaluator.evaluate(household({ key: 'A' }));
        expect(result.benefit).toBe(0);
        expect(result.components).toEqual([]);
    });

    it('orders components per household when amounts depend on the household', () => {
        const plan = smallPlan({
            columns: [column('id', 'text'), column('a', 'count'), column('b', 'count'), column('rate', 'money')],
            benefit: {
                maxMembers: 1,
                components: [
                    { name: 'a', members: col('a', 'count'), amount: rp(1000) },
                    { name: 'b', members: col('b', 'count'), amount: col('rate', 'money') },
                ],
            },
        });
        const ev = prepareEvaluator(plan);
        expect(ev.evaluate(['1', 1, 1, 2000]).components.map((c) => c.name)).toEqual(['b']);
        expect(ev.evaluate(['2', 1, 1, 500]).components.map((c) => c.name)).toEqual(['a']);
        expect(ev.evaluate(['3', 1, 1, 500]).benefit).toBe(1000);
    });
});

describe('graduation category', () => {
    const qualifiesForBoth = household({
        key: 'A',
        elementary: 1,
        income: 1_800_000,
        attendance: 0.85,
        business: true,
        decile: 5,
    });

    it('is the first category, in plan order, whose condition holds', () => {
        const plan = pkhPlan();
        const result = prepareEvaluator(plan).evaluate(qualifiesForBoth);
        expect(result.category).toBe('mandiri');
        expect(result.rankValue).toBe(1_800_000);

        plan.graduations.reverse();
        const reversed = prepareEvaluator(plan).evaluate(qualifiesForBoth);
        expect(reversed.category).toBe('alamiah');
        expect(reversed.rankValue).toBeUndefined(); // alamiah ranks by key
    });

    it('is absent when no condition holds', () => {
        const result = prepareEvaluator(pkhPlan()).evaluate(household({ key: 'A', elderly: 1, income: 1_165_863, business: true }));
        expect(result.category).toBeUndefined();
        expect(result.rankValue).toBeUndefined();
    });

    it('uses 2 × the poverty line exactly: Rp 1.165.864 qualifies, one Rupiah less does not', () => {
        const evaluator = prepareEvaluator(pkhPlan());
        const at = (income: number) =>
            evaluator.evaluate(household({ key: 'A', elderly: 1, income, business: true, attendance: 0.8 })).category;
        expect(at(1_165_864)).toBe('mandiri');
        expect(at(1_165_863)).toBeUndefined();
    });

    it('reports key, district, and the columns followed by the derived values', () => {
        const result = prepareEvaluator(pkhPlan()).evaluate(
            household({ key: '3513000000000001', district: 'Kabupaten Pringsewu', pregnant: 1, elderly: 2 }),
        );
        expect(result.key).toBe('3513000000000001');
        expect(result.district).toBe('Kabupaten Pringsewu');
        expect(result.values).toHaveLength(13 + 1); // 13 columns, 1 derived value
        expect(result.values[13]).toBe(3); // eligible_members
    });
});

describe('expression semantics', () => {
    const xPlan = (values: Plan['values'], graduations: Plan['graduations'] = []) =>
        smallPlan({ columns: [column('id', 'text'), column('x', 'number'), column('y', 'number')], values, graduations });

    it('rounds to whole numbers: nearest (halves away from zero), down, up', () => {
        const x = col('x', 'number');
        const ev = prepareEvaluator(
            xPlan([
                { name: 'nearest', type: 'number', expr: round('nearest', x) },
                { name: 'down', type: 'number', expr: round('down', x) },
                { name: 'up', type: 'number', expr: round('up', x) },
            ]),
        );
        const rounded = (value: number) => ev.evaluate(['1', value, 0]).values.slice(3);
        expect(rounded(2.5)).toEqual([3, 2, 3]);
        expect(rounded(-2.5)).toEqual([-3, -3, -2]);
        expect(rounded(2.7)).toEqual([3, 2, 3]);
        expect(rounded(2.1)).toEqual([2, 2, 3]);
        expect(rounded(-2.1)).toEqual([-2, -3, -2]);
        expect(rounded(0.1 * 3 * 10)).toEqual([3, 3, 3]); // 3.0000000000000004 is 3
    });

    it('folds constant sub-expressions with the same meaning', () => {
        const ev = prepareEvaluator(
            xPlan([{ name: 'up', type: 'number', expr: round('up', arith('*', arith('*', num(0.1), num(3)), num(10))) }]),
        );
        expect(ev.evaluate(['1', 0, 0]).values[3]).toBe(3);
    });

    it('makes a division by zero undefined, and every comparison with it false', () => {
        const ratio = val('ratio', 'number');
        const ev = prepareEvaluator(
            xPlan(
                [{ name: 'ratio', type: 'number', expr: arith('/', col('x', 'number'), col('y', 'number')) }],
                [
                    { name: 'at_least', label: 'at least', condition: cmp('>=', ratio, num(0)) },
                    { name: 'below', label: 'below', condition: cmp('<', ratio, num(0)) },
                    { name: 'differs', label: 'differs', condition: cmp('!=', ratio, num(1)) },
                    { name: 'equals', label: 'equals', condition: cmp('=', ratio, ratio) },
                ],
            ),
        );
        const zero = ev.evaluate(['1', 6, 0]);
        expect(zero.values[3]).toBeNaN();
        expect(zero.category).toBeUndefined();
        expect(ev.evaluate(['1', 6, 3]).category).toBe('at_least');
        expect(ev.evaluate(['1', 0, 0]).category).toBeUndefined(); // 0/0 as well
    });

    it('compares text ignoring case and surrounding spaces', () => {
        const plan = smallPlan({
            columns: [column('id', 'text'), column('district', 'text'), column('other', 'text')],
            graduations: [
                { name: 'literal', label: 'literal', condition: cmp('=', col('district', 'text'), txt(' kabupaten PROBOLINGGO ')) },
                { name: 'columns', label: 'columns', condition: cmp('=', col('district', 'text'), col('other', 'text')) },
                { name: 'differs', label: 'differs', condition: cmp('!=', col('district', 'text'), txt('Kabupaten Pasuruan')) },
            ],
        });
        const ev = prepareEvaluator(plan);
        expect(ev.evaluate(['1', 'Kabupaten Probolinggo', '']).category).toBe('literal');
        expect(ev.evaluate(['1', 'Kota Probolinggo', 'KOTA probolinggo']).category).toBe('columns');
        expect(ev.evaluate(['1', 'Kabupaten Pamekasan', 'x']).category).toBe('differs');
        expect(ev.evaluate(['1', 'kabupaten pasuruan', 'x']).category).toBeUndefined();
    });

    it('evaluates and/or/not with yes/no columns', () => {
        const a = col('a', 'yesno');
        const b = col('b', 'yesno');
        const plan = smallPlan({
            columns: [column('id', 'text'), column('a', 'yesno'), column('b', 'yesno')],
            graduations: [{ name: 'g', label: 'g', condition: and(a, not(b)) }],
        });
        const ev = prepareEvaluator(plan);
        expect(ev.evaluate(['1', true, false]).category).toBe('g');
        expect(ev.evaluate(['1', true, true]).category).toBeUndefined();
        expect(ev.evaluate(['1', false, false]).category).toBeUndefined();
    });

    it('reads district quantities per household, and undefined for an unknown district', () => {
        const line = qty('district_poverty_line', 'money');
        const plan = smallPlan({
            columns: [column('id', 'text'), column('district', 'text'), column('monthly_income', 'money')],
            districtColumn: 'district',
            graduations: [{ name: 'above', label: 'above', condition: cmp('>=', income, line) }],
            districts: [
                { name: 'Kabupaten Probolinggo', quantities: [{ name: 'district_poverty_line', type: 'money', value: 500_000 }], targets: [], rewards: [] },
                { name: 'Kabupaten Pringsewu', quantities: [{ name: 'district_poverty_line', type: 'money', value: 700_000 }], targets: [], rewards: [] },
            ],
        });
        const ev = prepareEvaluator(plan);
        expect(ev.evaluate(['1', 'Kabupaten Probolinggo', 600_000]).category).toBe('above');
        expect(ev.evaluate(['2', ' kabupaten  pringsewu', 600_000]).category).toBeUndefined();
        expect(ev.evaluate(['3', 'Kabupaten Pringsewu', 700_000]).category).toBe('above');
        expect(ev.evaluate(['4', 'Kabupaten Lumajang', 10_000_000]).category).toBeUndefined();
    });

    it('has district "" without a district column', () => {
        expect(prepareEvaluator(smallPlan({})).evaluate(['K1']).district).toBe('');
    });

    it('refuses a Plan whose key column is not in its schema', () => {
        const plan = smallPlan({});
        plan.schema.keyColumn = 'nomor';
        expect(() => prepareEvaluator(plan)).toThrow(/key column "nomor"/);
    });
});

describe('constants and formulas', () => {
    it('evaluates constants in any order of definition', () => {
        const plan = smallPlan({
            constants: [
                { name: 'threshold', type: 'money', expr: arith('*', num(2), con('poverty_line', 'money'), 'money') },
                { name: 'poverty_line', type: 'money', expr: rp(582_932) },
            ],
        });
        expect([...evaluateConstants(plan)]).toEqual([
            ['threshold', 1_165_864],
            ['poverty_line', 582_932],
        ]);
    });

    it('refuses a constant defined in terms of itself', () => {
        const plan = smallPlan({ constants: [{ name: 'a', type: 'number', expr: arith('+', con('a', 'number'), num(1)) }] });
        expect(() => evaluateConstants(plan)).toThrow(/itself/);
    });

    it('evaluates a district target: 258 facilitators × 10 = 2.580', () => {
        const target = arith('*', qty('facilitators', 'count'), cnt(10));
        const env = { constants: new Map(), quantities: new Map([['facilitators', 258]]) };
        expect(evaluateFormula(target, env)).toBe(2580);
        const tenPercent = round('down', arith('*', qty('caseload', 'count'), con('share', 'percent')));
        expect(
            evaluateFormula(tenPercent, { constants: new Map([['share', 0.1]]), quantities: new Map([['caseload', 67_245]]) }),
        ).toBe(6724);
    });

    it('treats a household reference in a formula as a programming error', () => {
        const env = { constants: new Map(), quantities: new Map() };
        expect(() => evaluateFormula(arith('*', col('elderly', 'count'), cnt(10)), env)).toThrow(/column "elderly"/);
        expect(() => evaluateFormula(qty('facilitators', 'count'), env)).toThrow(/facilitators/);
    });
});

describe('dates', () => {
    const birthDate = col('birth_date', 'date');
    const datePlan = (parts: Partial<Plan> = {}) =>
        smallPlan({
            evaluationDate: '2024-03-01',
            columns: [column('id', 'text'), column('birth_date', 'date')],
            values: [
                { name: 'age', type: 'number', expr: since('years', birthDate) },
                { name: 'age_in_months', type: 'number', expr: since('months', birthDate) },
                { name: 'age_in_days', type: 'number', expr: since('days', birthDate) },
            ],
            ...parts,
        });

    it('counts years, months and days since a date up to the evaluation date', () => {
        const ev = prepareEvaluator(datePlan());
        const counts = (born: string) => ev.evaluate(['1', dayOf(born)]).values.slice(2);
        // born 2000-03-01, evaluated 2024-03-01: exactly 24 years = 288 months; 8766 days (24 × 365 + 6 leap days)
        expect(counts('2000-03-01')).toEqual([24, 288, 8766]);
        // one day later: the birthday is tomorrow, so 23 years, 287 months, 8765 days
        expect(counts('2000-03-02')).toEqual([23, 287, 8765]);
        // born on a leap day: 2024-02-29 is this year's birthday, 1 day ago
        expect(counts('2000-02-29')).toEqual([24, 288, 8767]);
        // born after the evaluation date: minus the whole units up to it
        expect(counts('2025-06-01')).toEqual([-1, -15, -457]);
    });

    it('gives NaN for a missing date, which fails every comparison', () => {
        const plan = datePlan({ graduations: [{ name: 'young', label: 'young', condition: cmp('<', val('age', 'number'), num(200)) }] });
        const result = prepareEvaluator(plan).evaluate(['1', NaN]);
        expect(result.values.slice(2)).toEqual([NaN, NaN, NaN]);
        expect(result.category).toBeUndefined();
    });

    it('compares dates as days, `=` included', () => {
        const plan = datePlan({
            values: [],
            graduations: [
                { name: 'leap_day', label: 'leap day', condition: cmp('=', birthDate, date('2000-02-29')) },
                { name: 'before_1960', label: 'before 1960', condition: cmp('<', birthDate, date('1960-01-01')) },
                { name: 'not_today', label: 'not today', condition: cmp('!=', birthDate, date('2024-03-01')) },
            ],
        });
        const ev = prepareEvaluator(plan);
        const category = (born: string) => ev.evaluate(['1', dayOf(born)]).category;
        expect(category('2000-02-29')).toBe('leap_day');
        expect(category('1959-12-31')).toBe('before_1960');
        expect(category('1960-01-01')).toBe('not_today');
        expect(category('2024-03-01')).toBeUndefined();
    });

    it('folds `since` of a constant date, in constants and formulas too', () => {
        const plan = datePlan({
            constants: [{ name: 'programme_years', type: 'number', expr: since('years', date('2007-07-01')) }],
        });
        // PKH began in July 2007: on 2024-03-01 that is 16 whole years (the 17th completes 2024-07-01)
        expect(evaluateConstants(plan).get('programme_years')).toBe(16);
        const env = { constants: new Map(), quantities: new Map(), evaluationDate: '2024-12-31' };
        expect(evaluateFormula(since('years', date('2007-07-01')), env)).toBe(17);
    });

    it('needs an evaluation date only when the Plan counts time', () => {
        expect(() => prepareEvaluator(datePlan({ evaluationDate: '' }))).toThrow(/no evaluation date/);
        expect(() => prepareEvaluator(datePlan({ evaluationDate: '2024-02-30' }))).toThrow(/"2024-02-30" is not a date/);
        expect(() => evaluateFormula(since('days', date('2024-01-01')), { constants: new Map(), quantities: new Map() })).toThrow(
            /no evaluation date/,
        );
        expect(prepareEvaluator(datePlan({ evaluationDate: '', values: [] })).evaluate(['1', 0]).values).toEqual(['1', 0]);
    });
});
