/**
 * Plans built by hand for the engine's tests: small expression builders and the PKH program of
 * the field reports (components, the two graduation categories, Probolinggo and Pringsewu).
 *
 * This file is imported by other test files. It has one test of its own (the Plan is plain JSON),
 * registered only when this file is the one being run, so importers do not repeat it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type {
    ArithmeticOperator,
    ColumnDef,
    ComparisonOperator,
    Expr,
    Plan,
    RoundingMode,
    TimeUnit,
    Value,
    ValueType,
} from './plan/plan.js';
import { formatNumber, formatPercent, formatRupiah } from './notation/format.js';
import { parseIsoDate } from './notation/dates.js';
import type { HouseholdResult } from './evaluation/evaluate.js';

// ---------------------------------------------------------------------------------------------
// Expression builders. Texts are what an officer would write (ASCII operators), so that tests
// also show how explanations turn `*` into `×`.

export const num = (value: number, text = formatNumber(value)): Expr => ({ kind: 'literal', type: 'number', value, text });
export const cnt = (value: number, text = formatNumber(value)): Expr => ({ kind: 'literal', type: 'count', value, text });
export const rp = (value: number, text = formatRupiah(value)): Expr => ({ kind: 'literal', type: 'money', value, text });
export const pct = (value: number, text = formatPercent(value)): Expr => ({ kind: 'literal', type: 'percent', value, text });
export const txt = (value: string): Expr => ({ kind: 'literal', type: 'text', value, text: JSON.stringify(value) });
export const yes: Expr = { kind: 'literal', type: 'yesno', value: true, text: 'yes' };
/** A date literal as the language compiles `2024-03-01`: its day number, its text as written. */
export const date = (text: string): Expr => ({ kind: 'literal', type: 'date', value: dayOf(text), text });
export const no: Expr = { kind: 'literal', type: 'yesno', value: false, text: 'no' };

export const col = (name: string, type: ValueType): Expr => ({ kind: 'column', type, name, text: name });
export const val = (name: string, type: ValueType): Expr => ({ kind: 'value', type, name, text: name });
export const con = (name: string, type: ValueType): Expr => ({ kind: 'constant', type, name, text: name });
export const qty = (name: string, type: ValueType): Expr => ({ kind: 'quantity', type, name, text: name });

const PRECEDENCE: Record<ArithmeticOperator, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

function operandText(operand: Expr, parentPrecedence: number, isRight: boolean): string {
    if (operand.kind === 'logical' || operand.kind === 'comparison') return `(${operand.text})`;
    if (operand.kind !== 'arithmetic') return operand.text;
    const own = PRECEDENCE[operand.op];
    return own < parentPrecedence || (isRight && own === parentPrecedence) ? `(${operand.text})` : operand.text;
}

export function arith(op: ArithmeticOperator, left: Expr, right: Expr, type: ValueType = left.type): Expr {
    const p = PRECEDENCE[op];
    const text = `${operandText(left, p, false)} ${op} ${operandText(right, p, true)}`;
    return { kind: 'arithmetic', type, op, left, right, text };
}

export function cmp(op: ComparisonOperator, left: Expr, right: Expr): Expr {
    return { kind: 'comparison', type: 'yesno', op, left, right, text: `${left.text} ${op} ${right.text}` };
}

function logical(op: 'and' | 'or', conditions: Expr[]): Expr {
    return conditions.reduce((left, right) => ({
        kind: 'logical',
        type: 'yesno',
        op,
        left,
        right,
        text: `${left.kind === 'logical' && left.op !== op ? `(${left.text})` : left.text} ${op} ${
            right.kind === 'logical' ? `(${right.text})` : right.text
        }`,
    }));
}

export const and = (...conditions: Expr[]): Expr => logical('and', conditions);
export const or = (...conditions: Expr[]): Expr => logical('or', conditions);
export const not = (operand: Expr): Expr => ({
    kind: 'not',
    type: 'yesno',
    operand,
    text: operand.kind === 'logical' || operand.kind === 'comparison' ? `not (${operand.text})` : `not ${operand.text}`,
});
export const neg = (operand: Expr): Expr => ({ kind: 'negate', type: operand.type, operand, text: `-${operand.text}` });
export const since = (unit: TimeUnit, operand: Expr): Expr => ({
    kind: 'since',
    type: 'number',
    unit,
    operand,
    text: `${unit} since ${operand.text}`,
});
export const round = (mode: RoundingMode, operand: Expr): Expr => ({
    kind: 'round',
    type: operand.type,
    mode,
    operand,
    text: `round ${mode} (${operand.text})`,
});

/** The day number of a valid `YYYY-MM-DD` date (throws otherwise: tests write valid dates). */
export function dayOf(text: string): number {
    const parsed = parseIsoDate(text);
    if ('error' in parsed) throw new Error(`not a date: ${text}`);
    return parsed.value;
}

// ---------------------------------------------------------------------------------------------
// The PKH program

export const column = (name: string, type: ValueType, header = name): ColumnDef => ({ name, type, header });

/** Component columns in declaration order, with their annual amounts (domain/pkh.md). */
export const COMPONENTS = [
    { name: 'pregnant', header: 'ibu_hamil', amount: 3_000_000 },
    { name: 'early_childhood', header: 'anak_usia_dini', amount: 3_000_000 },
    { name: 'elementary', header: 'sd', amount: 900_000 },
    { name: 'junior_high', header: 'smp', amount: 1_500_000 },
    { name: 'senior_high', header: 'sma', amount: 2_000_000 },
    { name: 'disability', header: 'disabilitas', amount: 2_400_000 },
    { name: 'elderly', header: 'lansia', amount: 2_400_000 },
] as const;

export type ComponentName = (typeof COMPONENTS)[number]['name'];

export const income = col('monthly_income', 'money');
export const attendance = col('p2k2_attendance', 'percent');
export const hasBusiness = col('has_business', 'yesno');
export const decile = col('decile', 'count');
export const povertyLine = con('poverty_line', 'money');
export const eligibleMembers = val('eligible_members', 'count');

/** Self-reliant: a business, income at least twice the poverty line, P2K2 attendance 80% or more. */
export const mandiriCondition = and(
    hasBusiness,
    cmp('>=', income, arith('*', num(2), povertyLine, 'money')),
    cmp('>=', attendance, pct(0.8)),
);

/** Natural: no eligible member left, or no longer poor (decile above 4). */
export const alamiahCondition = or(cmp('=', eligibleMembers, cnt(0)), cmp('>', decile, cnt(4)));

export function pkhPlan(): Plan {
    return {
        program: 'PKH 2024',
        evaluationDate: '2024-12-31',
        schema: {
            columns: [
                column('household_id', 'text', 'no_peserta'),
                column('district', 'text', 'kabupaten'),
                ...COMPONENTS.map((c) => column(c.name, 'count', c.header)),
                column('monthly_income', 'money', 'penghasilan_bulanan'),
                column('p2k2_attendance', 'percent', 'kehadiran_p2k2'),
                column('has_business', 'yesno', 'punya_usaha'),
                column('decile', 'count', 'desil'),
            ],
            keyColumn: 'household_id',
            districtColumn: 'district',
        },
        // BPS national poverty line, March 2024, per person per month
        constants: [{ name: 'poverty_line', type: 'money', expr: rp(582_932) }],
        values: [
            {
                name: 'eligible_members',
                type: 'count',
                expr: COMPONENTS.slice(1).reduce<Expr>(
                    (sum, c) => arith('+', sum, col(c.name, 'count')),
                    col(COMPONENTS[0].name, 'count'),
                ),
            },
        ],
        benefit: {
            maxMembers: 4,
            components: COMPONENTS.map((c) => ({ name: c.name, members: col(c.name, 'count'), amount: rp(c.amount) })),
        },
        graduations: [
            {
                name: 'mandiri',
                label: 'Graduasi Sejahtera Mandiri',
                condition: mandiriCondition,
                rank: { expr: income, descending: true },
            },
            { name: 'alamiah', label: 'Graduasi Alamiah', condition: alamiahCondition },
        ],
        districts: [
            {
                name: 'Kabupaten Probolinggo',
                quantities: [{ name: 'facilitators', type: 'count', value: 258 }],
                targets: [{ category: 'mandiri', value: 2580, formula: 'facilitators * 10', perQuantity: 'facilitators' }],
                rewards: [],
            },
            {
                name: 'Kabupaten Pringsewu',
                quantities: [],
                targets: [
                    { category: 'mandiri', value: 1000, formula: '1.000' },
                    { category: 'alamiah', value: 2000, formula: '2.000' },
                ],
                rewards: [],
            },
        ],
        tests: [],
    };
}

export interface HouseholdData extends Partial<Record<ComponentName, number>> {
    key: string;
    district?: string;
    income?: number;
    attendance?: number;
    business?: boolean;
    decile?: number;
}

/** A household's column values, in the order of `pkhPlan().schema.columns`. */
export function household(data: HouseholdData): Value[] {
    return [
        data.key,
        data.district ?? 'Kabupaten Probolinggo',
        ...COMPONENTS.map((c) => data[c.name] ?? 0),
        data.income ?? 800_000,
        data.attendance ?? 0.9,
        data.business ?? false,
        data.decile ?? 2,
    ];
}

// Registered only when vitest runs this file itself; importers must not repeat (or skip) these tests.
if (expect.getState().testPath === fileURLToPath(import.meta.url)) describe('plan fixtures', () => {
    it('the PKH plan is plain JSON: it survives a round trip unchanged', () => {
        const plan = pkhPlan();
        expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    });

    it('builds the texts an officer would write', () => {
        expect(mandiriCondition.text).toBe(
            'has_business and monthly_income >= 2 * poverty_line and p2k2_attendance >= 80%',
        );
        expect(arith('*', arith('+', num(1), num(2)), num(3)).text).toBe('(1 + 2) * 3');
    });
});

export const PROBOLINGGO = 'Kabupaten Probolinggo';
export const PRINGSEWU = 'Kabupaten Pringsewu';

/** A household as allocation reads it: key, district, category and rank value only. */
export function allocationResult(key: string, district: string, category?: string, rankValue?: number): HouseholdResult {
    return { key, district, benefit: 0, components: [], category, rankValue, values: [] };
}

/** The PKH plan with small targets in Pringsewu: 2 self-reliant, 1 natural. */
export function smallTargets(): Plan {
    const plan = pkhPlan();
    plan.districts[1]!.targets = [
        { category: 'mandiri', value: 2, formula: '2' },
        { category: 'alamiah', value: 1, formula: '1' },
    ];
    return plan;
}
