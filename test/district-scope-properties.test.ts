/**
 * District scope, property-based: for any household, the category the engine gives is the first, in
 * the order national categories then the district's own, whose condition holds with the district's
 * own constants and adapted conditions; no household of another district ever sees a district's own.
 */
import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareEvaluator, traceHousehold, type Plan, type Value } from '../packages/engine/src/index.js';
import { buildRules } from '../packages/language/test/rules-workspace.js';

const national = `program "PKH 2024" year 2024

household {
  id              text    key
  district        text
  elementary      count
  monthly_income  money
  has_business    yes/no
  decile          number
}

constant poverty_line = Rp 550.458 from 2023-03-01, Rp 582.932 from 2024-03-01
constant income_floor = 2 × poverty_line

graduation natural "Graduasi Alamiah"
  when elementary = 0 or decile > 4

adaptable graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business and monthly_income >= income_floor

every district {
  quantity facilitators  count
  target self_reliant = facilitators × 10
}
`;

const jember = `use "national.kaidah"

district "Kabupaten Jember" code 3509 {
  facilitators  300
  poverty_line = Rp 601.234 from 2024-03-01

  graduation graduasi_mampu "Graduasi Mampu (Jember)"
    when monthly_income > Rp 3.500.000
}
`;

const pasuruan = `use "national.kaidah"

district "Kabupaten Pasuruan" {
  facilitators  487

  adapt graduation self_reliant
    when monthly_income >= 3 × poverty_line
}
`;

const probolinggo = `use "national.kaidah"

district "Kabupaten Probolinggo" code 3513 {
  facilitators  258
}
`;

const all = `use "jember.kaidah"
use "pasuruan.kaidah"
use "probolinggo.kaidah"
`;

const spellings = ['Kabupaten Jember', 'KAB. JEMBER', '3509', 'Kabupaten Pasuruan', 'Kab Pasuruan', 'Kabupaten Probolinggo', '35.13', 'Kabupaten Malang', ''];

/** The reference: the rules above worked out by hand, one district at a time. */
function expectedCategory(h: { district: string; elementary: number; income: number; business: boolean; decile: number }): string | undefined {
    const place = /jember|3509/i.test(h.district) ? 'jember' : /pasuruan/i.test(h.district) ? 'pasuruan' : 'other';
    const line = place === 'jember' ? 601_234 : 582_932;
    if (h.elementary === 0 || h.decile > 4) return 'natural';
    const selfReliant = place === 'pasuruan' ? h.income >= 3 * line : h.business && h.income >= 2 * line;
    if (selfReliant) return 'self_reliant';
    if (place === 'jember' && h.income > 3_500_000) return 'graduasi_mampu';
    return undefined;
}

let plan: Plan;

beforeAll(async () => {
    const rules = await buildRules({ 'national.kaidah': national, 'jember.kaidah': jember, 'pasuruan.kaidah': pasuruan, 'probolinggo.kaidah': probolinggo, 'all.kaidah': all });
    for (const name of ['national.kaidah', 'jember.kaidah', 'pasuruan.kaidah', 'probolinggo.kaidah', 'all.kaidah']) {
        expect(rules.diagnostics(name), name).toEqual([]);
    }
    const compiled = rules.compile('all.kaidah');
    expect(compiled.problems).toEqual([]);
    plan = compiled.plan;
});

describe('the Plan carries the scope plainly', () => {
    it('lists the national categories first, then Jember\'s own, with Pasuruan\'s adaptation and Jember\'s line', () => {
        expect(plan.graduations.map((g) => [g.name, g.district ?? null])).toEqual([
            ['natural', null], ['self_reliant', null], ['graduasi_mampu', 'Kabupaten Jember'],
        ]);
        expect(plan.graduations[1]!.adaptations?.map((a) => [a.district, a.condition.text])).toEqual([
            ['Kabupaten Pasuruan', 'monthly_income >= 3 × poverty_line'],
        ]);
        const jemberPlan = plan.districts.find((d) => d.name === 'Kabupaten Jember')!;
        expect(jemberPlan.constants?.map((c) => [c.name, c.expr.kind === 'literal' ? c.expr.value : null, c.from])).toEqual([
            ['poverty_line', 601_234, '2024-03-01'],
        ]);
        expect(plan.districts.find((d) => d.name === 'Kabupaten Probolinggo')!.constants).toBeUndefined();
    });
});

describe('every household gets the category its district\'s rules give', () => {
    it('matches the hand-worked reference for any district spelling, income, business and decile', () => {
        const evaluator = prepareEvaluator(plan);
        fc.assert(fc.property(
            fc.array(fc.record({
                district: fc.constantFrom(...spellings),
                elementary: fc.nat({ max: 2 }),
                income: fc.integer({ min: 0, max: 4_000_000 }).map((n) => n - (n % 1000)),
                business: fc.boolean(),
                decile: fc.integer({ min: 1, max: 6 }),
            }), { minLength: 1, maxLength: 30 }),
            (households) => {
                // rows of several districts interleaved: the district selected per row must follow
                households.forEach((h, i) => {
                    const values: Value[] = [`h${i}`, h.district, h.elementary, h.income, h.business, h.decile];
                    const result = evaluator.evaluate(values);
                    expect(result.category, JSON.stringify(h)).toBe(expectedCategory(h));
                    if (!/jember|3509/i.test(h.district)) expect(result.category).not.toBe('graduasi_mampu');
                });
            },
        ), { numRuns: 200 });
    });

    it('follows the district\'s line into constants defined from it: Rp 1.202.468 is twice Jember\'s, Rp 1.165.864 twice the national', () => {
        const evaluator = prepareEvaluator(plan);
        const at = (district: string, income: number) => evaluator.evaluate(['x', district, 1, income, true, 3]).category;
        expect(at('Kabupaten Jember', 1_202_467)).toBeUndefined();
        expect(at('Kabupaten Jember', 1_202_468)).toBe('self_reliant');
        expect(at('Kabupaten Probolinggo', 1_165_864)).toBe('self_reliant');
        expect(at('Kabupaten Probolinggo', 1_165_863)).toBeUndefined();
        // a district the rules do not know has the national line and the national categories only
        expect(at('Kabupaten Malang', 1_165_864)).toBe('self_reliant');
    });

    it('keeps the national value before the district\'s first dated one: in 2023 Jember has the national line', async () => {
        const rules = await buildRules({ 'national.kaidah': national, 'jember.kaidah': jember });
        const { plan: in2023, problems } = rules.compile('jember.kaidah', '2023-06-30');
        expect(problems).toEqual([]);
        expect(in2023.districts[0]!.constants).toBeUndefined();
        const evaluator = prepareEvaluator(in2023);
        expect(evaluator.evaluate(['x', 'Kabupaten Jember', 1, 1_100_916, true, 3]).category).toBe('self_reliant');
    });
});

describe('a district\'s own value', () => {
    it('is worked out for its households and shown only in their traces', async () => {
        const withValue = jember.replace('  facilitators  300\n', '  facilitators  300\n\n  value income_in_lines = monthly_income / poverty_line\n\n  graduation far_above "Jauh di atas garis"\n    when income_in_lines > 6\n');
        const rules = await buildRules({ 'national.kaidah': national, 'jember.kaidah': withValue });
        expect(rules.diagnostics('jember.kaidah')).toEqual([]);
        const { plan: own } = rules.compile('jember.kaidah');
        expect(own.values.map((v) => [v.name, v.district ?? null])).toEqual([['income_in_lines', 'Kabupaten Jember']]);
        const evaluator = prepareEvaluator(own);
        // Rp 3.607.404 is 6 × Jember's line, Rp 601.234: not above it
        const jemberHousehold = evaluator.evaluate(['j', 'Kabupaten Jember', 1, 3_607_405, false, 3]);
        expect(jemberHousehold.category).toBe('far_above');
        expect(traceHousehold(own, jemberHousehold, 'en').values.map((v) => v.name)).toContain('income_in_lines');
        const other = evaluator.evaluate(['p', 'Kabupaten Probolinggo', 1, 9_000_000, false, 3]);
        expect(other.category).toBeUndefined();
        expect(traceHousehold(own, other, 'en').values.map((v) => v.name)).not.toContain('income_in_lines');
    });
});

describe('the order is checked', () => {
    it('warns that a district\'s own category whose households all fall in an earlier national one is never chosen (KDH034)', async () => {
        const never = jember.replace('when monthly_income > Rp 3.500.000', 'when elementary = 0 and monthly_income > Rp 3.500.000');
        const rules = await buildRules({ 'national.kaidah': national, 'jember.kaidah': never });
        expect(rules.diagnostics('jember.kaidah').map((d) => d.message)).toEqual([
            '`graduasi_mampu` can never be chosen: every household that meets its condition already meets `natural`, which comes first.',
        ]);
    });

    it('does not hold a district\'s category against a national one the district adapted', async () => {
        const adapted = pasuruan.replace('  adapt graduation self_reliant\n    when monthly_income >= 3 × poverty_line\n',
            '  adapt graduation self_reliant\n    when monthly_income >= 3 × poverty_line\n\n  graduation business_and_income "Usaha dan penghasilan"\n    when has_business and monthly_income >= income_floor\n');
        const rules = await buildRules({ 'national.kaidah': national, 'pasuruan.kaidah': adapted });
        expect(rules.diagnostics('pasuruan.kaidah')).toEqual([]);
    });
});
