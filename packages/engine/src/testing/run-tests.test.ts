/**
 * Officers' tests run against the hand-built PKH Plan of plan-fixtures (poverty line Rp 582.932,
 * so self-reliance needs Rp 1.165.864 a month; at most 4 members paid).
 */
import { describe, expect, it } from 'vitest';
import type { ExpectationPlan, Plan, TestPlan } from '../plan/plan.js';
import { pkhPlan } from '../plan-fixtures.test.js';
import { runTest, compareExpected } from './run-tests.js';
import { testHouseholdValues } from './test-household.js';
import { describeActual, describeCaseName, describeCaseProblem, describeExpectationResult } from './describe.js';
import { readCaseTable } from './case-table.js';

function test(name: string, household: TestPlan['household'], ...expectations: ExpectationPlan[]): TestPlan {
    return { name, file: '/rules/pkh.kaidah', line: 10, ...(household ? { household } : {}), expectations };
}

const category = (name: string | null): ExpectationPlan => ({ kind: 'category', category: name, text: `expect category = ${name ?? 'none'}` });
const benefit = (value: number, op: '=' | '>=' = '='): ExpectationPlan => ({ kind: 'benefit', op, value, text: '' });
const target = (category: string, district: string, value: number): ExpectationPlan => ({ kind: 'target', category, district, value, text: '' });

describe('the household of a test', () => {
    it('gives counts, numbers and money 0, yes/no no, text empty, and generates the key', () => {
        const plan = pkhPlan();
        expect(testHouseholdValues(plan, { elementary: 1, has_business: true }, 'test-10')).toEqual([
            'test-10', '', 0, 0, 1, 0, 0, 0, 0, 0, 0, true, 0,
        ]);
    });

    it('starts a number at the lower bound of its range when the range leaves 0 out', () => {
        const plan = pkhPlan();
        plan.schema.columns.find((c) => c.name === 'decile')!.min = 1;
        expect(testHouseholdValues(plan, {}, 'k').at(-1)).toBe(1);
        expect(testHouseholdValues(plan, { decile: 7 }, 'k').at(-1)).toBe(7);
    });

    it('keeps a key and district the test gives', () => {
        const values = testHouseholdValues(pkhPlan(), { household_id: 'K-1', district: 'Kabupaten Pringsewu' }, 'test-10');
        expect(values.slice(0, 2)).toEqual(['K-1', 'Kabupaten Pringsewu']);
    });

    it('puts the household in the district of rules that have only one district', () => {
        const plan: Plan = { ...pkhPlan(), districts: [pkhPlan().districts[0]!] };
        expect(testHouseholdValues(plan, {}, 'k')[1]).toBe('Kabupaten Probolinggo');
    });

    it('leaves a date not given without a value', () => {
        const plan = pkhPlan();
        plan.schema.columns.push({ name: 'birth_date', type: 'date', header: 'tgl_lahir' });
        expect(testHouseholdValues(plan, {}, 'k').at(-1)).toBeNaN();
    });
});

describe('running a test with a household', () => {
    const plan = pkhPlan();

    it('passes when category and benefit are as expected, and explains the household', () => {
        const [result] = runTest(plan, test('self-reliant', {
            elementary: 1, monthly_income: 1_200_000, p2k2_attendance: 0.85, has_business: true, decile: 3,
        }, category('mandiri'), benefit(900_000)), { lang: 'en' });
        expect(result!.passed).toBe(true);
        expect(result!.household!.result.category).toBe('mandiri');
        expect(result!.household!.explanation).toBe(
            'Graduasi Sejahtera Mandiri: has_business is yes; monthly_income Rp 1.200.000 ≥ 2 × poverty_line Rp 1.165.864; ' +
                'p2k2_attendance 85% ≥ 80%',
        );
        expect(result!.household!.benefit).toBe('benefit Rp 900.000: 1 × elementary Rp 900.000');
    });

    it('fails with the expected and the actual value, in either language', () => {
        // Rp 3.000.000 + 2 × Rp 2.400.000 + 1 × Rp 900.000 = Rp 8.700.000: the cap of 4 leaves a pupil unpaid.
        const run = (lang: 'en' | 'id') => runTest(plan, test('capped', { pregnant: 1, elementary: 2, elderly: 2, decile: 1 },
            benefit(9_600_000), category(null)), { lang })[0]!;
        const result = run('en');
        expect(result.passed).toBe(false);
        expect(result.expectations.map((e) => e.passed)).toEqual([false, true]);
        expect(describeExpectationResult(plan, result.expectations[0]!, 'en')).toBe('expected benefit = Rp 9.600.000, got Rp 8.700.000');
        expect(describeExpectationResult(plan, run('id').expectations[0]!, 'id')).toBe('diharapkan benefit = Rp 9.600.000, hasilnya Rp 8.700.000');
        expect(result.household!.explanation).toBe(
            'No graduation category applies. Graduasi Sejahtera Mandiri: has_business is no; ' +
                'Graduasi Alamiah: eligible_members 5 = 0 does not hold and decile 1 > 4 does not hold',
        );
        expect(result.household!.benefit).toContain('5 members qualify, at most 4 are paid');
    });

    it('shows a category by its label and name, and "no category"', () => {
        const [result] = runTest(plan, test('none', { elementary: 1, decile: 2 }, category('alamiah')), { lang: 'en' });
        expect(describeExpectationResult(plan, result!.expectations[0]!, 'en')).toBe(
            'expected category = Graduasi Alamiah (alamiah), got no category',
        );
        expect(describeActual(plan, result!.expectations[0]!.actual, 'id')).toBe('tanpa kategori');
    });

    it('compares derived values, constants and the quantities of the household\'s district', () => {
        const [result] = runTest(plan, test('values', { elementary: 2, elderly: 1, district: 'Kabupaten Probolinggo' },
            { kind: 'value', name: 'eligible_members', op: '=', value: 3, type: 'count', text: '' },
            { kind: 'value', name: 'poverty_line', op: '=', value: 582_932, type: 'money', text: '' },
            { kind: 'value', name: 'facilitators', op: '>=', value: 258, type: 'count', text: '' },
            { kind: 'value', name: 'monthly_income', op: '<', value: 1, type: 'money', text: '' },
        ), { lang: 'en' });
        expect(result!.expectations.map((e) => e.passed)).toEqual([true, true, true, true]);
    });
});

describe('district figures', () => {
    const plan = pkhPlan();
    const [result] = runTest(plan, test('targets', undefined,
        target('mandiri', 'Kabupaten Probolinggo', 2580),
        target('alamiah', 'kabupaten  pringsewu', 2000),
        target('mandiri', 'Kabupaten Pringsewu', 1200),
        target('alamiah', 'Kabupaten Probolinggo', 10),
        target('mandiri', 'Kabupaten Lumajang', 10),
    ), { lang: 'en' });

    it('needs no household', () => {
        expect(result!.household).toBeUndefined();
    });

    it('checks each district\'s evaluated target, matching the name as the data does', () => {
        expect(result!.expectations.map((e) => e.passed)).toEqual([true, true, false, false, false]);
        const said = result!.expectations.slice(2).map((e) => describeExpectationResult(plan, e, 'en'));
        expect(said).toEqual([
            'expected target mandiri of "Kabupaten Pringsewu" = 1.200, got 1.000',
            'expected target alamiah of "Kabupaten Probolinggo" = 10, got no target (every candidate is proposed)',
            'expected target mandiri of "Kabupaten Lumajang" = 10, got there is no district "Kabupaten Lumajang" in these rules',
        ]);
    });

    it('says when a target depends on the caseload', () => {
        const withCaseload = pkhPlan();
        withCaseload.districts[0]!.targets = [{ category: 'mandiri', formula: '10% of households', expr: { kind: 'caseload', type: 'count', text: 'households' } }];
        const [r] = runTest(withCaseload, test('caseload', undefined, target('mandiri', 'Kabupaten Probolinggo', 5)), { lang: 'en' });
        expect(r!.passed).toBe(false);
        expect(describeActual(withCaseload, r!.expectations[0]!.actual, 'en')).toContain('worked out from the caseload (10% of households)');
    });
});

describe('a table of cases', () => {
    const plan = pkhPlan();
    const headers = ['No Peserta', 'sd', 'penghasilan_bulanan', 'kehadiran_p2k2', 'punya_usaha', 'decile', 'expect category', 'expect benefit', 'expect eligible_members', 'keterangan'];
    const rows = [
        { line: 2, cells: ['A1', '1', '1.200.000', '85', 'ya', '3', 'mandiri', 'Rp 900.000', '1', 'ok'] },
        { line: 3, cells: ['A2', '0', '400.000', '', 'tidak', '2', 'Graduasi Alamiah', '0', '0', ''] },
        { line: 4, cells: ['A3', '2', '500.000', '90', 'tidak', '2', 'none', '>= Rp 2.000.000', '', ''] },
        { line: 5, cells: ['A4', 'dua', '500.000', '90', 'tidak', '2', '', '', '', ''] },
        { line: 6, cells: ['', '', '', '', '', '', '', '', '', ''] },
        { line: 7, cells: ['', '', '', '', '', '', 'sejahtera', '', '', ''] },
    ];
    const table = readCaseTable(plan, 'cases.csv', headers, rows);
    const tableTest: TestPlan = { name: 'cases', file: '/rules/pkh.kaidah', line: 20, table: '/rules/cases.csv', expectations: [] };
    const results = runTest(plan, tableTest, { lang: 'en', table });

    it('reads headers as data headers or schema names, and expected columns', () => {
        expect(table.problems).toEqual([]);
        expect(table.ignoredColumns).toEqual(['keterangan']);
        expect(table.cases.map((c) => c.row)).toEqual([2, 3, 4, 5, 7]);
        expect(table.cases[0]!.fields).toEqual({ household_id: 'A1', elementary: 1, monthly_income: 1_200_000, p2k2_attendance: 0.85, has_business: true, decile: 3 });
        expect(table.cases[2]!.expectations.map((e) => e.text)).toEqual(['expect category = none', 'expect benefit ≥ Rp 2.000.000']);
    });

    it('runs each row as a case named by its row and key', () => {
        expect(results.map((r) => [describeCaseName(r, 'en'), r.passed])).toEqual([
            ['cases › row 2 (A1)', true],
            ['cases › row 3 (A2)', true],
            ['cases › row 4 (A3)', false],
            ['cases › row 5 (A4)', false],
            ['cases › row 7', false],
        ]);
        expect(results[2]!.household!.result.benefit).toBe(1_800_000);
        expect(describeExpectationResult(plan, results[2]!.expectations[1]!, 'en')).toBe('expected benefit ≥ Rp 2.000.000, got Rp 1.800.000');
    });

    it('fails a row whose cells cannot be read, saying which and why', () => {
        expect(results[3]!.problems.map((p) => describeCaseProblem(p, 'en'))).toEqual(['column "sd": "dua" is not a number']);
        expect(results[4]!.problems.map((p) => describeCaseProblem(p, 'id'))).toEqual([
            'kolom "expect category": "sejahtera" bukan kategori graduasi dalam aturan ini (tulis salah satu dari mandiri, alamiah, atau none)',
        ]);
    });

    it('refuses an expected column that names nothing, and an empty table', () => {
        const bad = readCaseTable(plan, 'cases.csv', ['sd', 'expect income'], [{ line: 2, cells: ['1', '5'] }]);
        expect(bad.problems).toEqual([{ kind: 'unknown-expect-column', header: 'expect income' }]);
        const [failed] = runTest(plan, tableTest, { lang: 'en', table: bad });
        expect(failed!.passed).toBe(false);
        const empty = readCaseTable(plan, 'cases.csv', ['sd'], []);
        expect(describeCaseProblem(empty.problems[0]!, 'en')).toBe('the table of cases cases.csv has no cases (rows under the header)');
    });
});

describe('comparing', () => {
    it('numbers with a tolerance of a billionth, text ignoring case and spaces, undefined never', () => {
        expect(compareExpected(0.1 * 3, '=', 0.3)).toBe(true);
        expect(compareExpected(0.1 * 3, '>', 0.3)).toBe(false);
        expect(compareExpected(0.1 * 3, '<=', 0.3)).toBe(true);
        expect(compareExpected(' Ya ', '=', 'ya')).toBe(true);
        expect(compareExpected(NaN, '!=', 1)).toBe(false);
        expect(compareExpected(true, '=', true)).toBe(true);
    });
});
