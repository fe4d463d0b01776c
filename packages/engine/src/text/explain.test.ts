import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/plan.js';
import { evaluatorFor, prepareEvaluator } from '../evaluation/evaluate.js';
import { explainBenefit, explainHousehold, prepareExplainer } from './explain.js';
import { renderTrace, traceHousehold } from './trace.js';
import {
    and,
    arith,
    cmp,
    col,
    column,
    date,
    dayOf,
    hasBusiness,
    household,
    income,
    mandiriCondition,
    not,
    num,
    or,
    pkhPlan,
    povertyLine,
    since,
    txt,
    val,
    yes,
    type HouseholdData,
} from '../plan-fixtures.test.js';

function explainPkh(data: HouseholdData, plan = pkhPlan()) {
    const result = prepareEvaluator(plan).evaluate(household(data));
    return { en: explainHousehold(plan, result, 'en'), id: explainHousehold(plan, result, 'id'), result, plan };
}

const selfReliant: HouseholdData = { key: 'A', elderly: 1, income: 1_800_000, attendance: 0.85, business: true };

describe('a household in a category', () => {
    it('lists every condition of an `and` with the household’s values', () => {
        const { en, id } = explainPkh(selfReliant);
        expect(en).toBe(
            'Graduasi Sejahtera Mandiri: has_business is yes; monthly_income Rp 1.800.000 ≥ 2 × poverty_line Rp 1.165.864; ' +
                'p2k2_attendance 85% ≥ 80%',
        );
        expect(id).toBe(
            'Graduasi Sejahtera Mandiri: has_business bernilai ya; monthly_income Rp 1.800.000 ≥ 2 × poverty_line Rp 1.165.864; ' +
                'p2k2_attendance 85% ≥ 80%',
        );
    });

    it('names only the branch of an `or` that held', () => {
        expect(explainPkh({ key: 'A' }).en).toBe('Graduasi Alamiah: eligible_members 0 = 0');
        expect(explainPkh({ key: 'A', elementary: 2, decile: 6 }).en).toBe('Graduasi Alamiah: decile 6 > 4');
    });

    it('shows a literal as written, with no value of its own', () => {
        expect(explainPkh(selfReliant).en).toMatch(/; p2k2_attendance 85% ≥ 80%$/);
    });
});

describe('a household in no category', () => {
    it('gives, per category, the first condition that failed — and every branch of an `or`', () => {
        const { en, id } = explainPkh({ key: 'A', elderly: 3, business: false });
        expect(en).toBe(
            'No graduation category applies. Graduasi Sejahtera Mandiri: has_business is no; ' +
                'Graduasi Alamiah: eligible_members 3 = 0 does not hold and decile 2 > 4 does not hold',
        );
        expect(id).toBe(
            'KPM tidak memenuhi kategori graduasi mana pun. Graduasi Sejahtera Mandiri: has_business bernilai tidak; ' +
                'Graduasi Alamiah: eligible_members 3 = 0 tidak terpenuhi dan decile 2 > 4 tidak terpenuhi',
        );
    });

    it('skips the conditions that held before the one that failed', () => {
        const { en } = explainPkh({ key: 'A', elderly: 1, business: true, income: 1_000_000 });
        expect(en).toBe(
            'No graduation category applies. ' +
                'Graduasi Sejahtera Mandiri: monthly_income Rp 1.000.000 ≥ 2 × poverty_line Rp 1.165.864 does not hold; ' +
                'Graduasi Alamiah: eligible_members 1 = 0 does not hold and decile 2 > 4 does not hold',
        );
    });
});

describe('phrasing', () => {
    function withCondition(condition: Plan['graduations'][number]['condition']): Plan {
        const plan = pkhPlan();
        plan.graduations = [{ name: 'g', label: 'Graduasi Uji', condition }];
        return plan;
    }

    it('says what `not` found', () => {
        const plan = withCondition(not(hasBusiness));
        expect(explainPkh({ key: 'A', business: false }, plan).en).toBe('Graduasi Uji: has_business is no');
        expect(explainPkh({ key: 'A', business: true }, plan).en).toBe(
            'No graduation category applies. Graduasi Uji: has_business is yes',
        );
        const notRich = withCondition(not(cmp('>=', income, arith('*', num(2), povertyLine, 'money'))));
        expect(explainPkh({ key: 'A', income: 1_000_000 }, notRich).id).toBe(
            'Graduasi Uji: monthly_income Rp 1.000.000 ≥ 2 × poverty_line Rp 1.165.864 tidak terpenuhi',
        );
        const notAll = withCondition(not(mandiriCondition));
        expect(explainPkh({ key: 'A', business: true, income: 2_000_000, attendance: 0.5 }, notAll).en).toBe(
            'Graduasi Uji: p2k2_attendance 50% ≥ 80% does not hold',
        );
    });

    it('reads `x = yes` as `x is yes`', () => {
        const plan = withCondition(cmp('=', hasBusiness, yes));
        expect(explainPkh({ key: 'A', business: true }, plan).en).toBe('Graduasi Uji: has_business is yes');
        expect(explainPkh({ key: 'A', business: false }, plan).id).toBe(
            'KPM tidak memenuhi kategori graduasi mana pun. Graduasi Uji: has_business bernilai tidak',
        );
    });

    it('quotes text values and spells out an undefined number', () => {
        const plan = withCondition(
            or(
                cmp('=', col('district', 'text'), txt('Kabupaten Pasuruan')),
                cmp('>=', val('income_per_member', 'money'), num(0)),
            ),
        );
        plan.values.push({
            name: 'income_per_member',
            type: 'money',
            expr: arith('/', income, val('eligible_members', 'count'), 'money'),
        });
        expect(explainPkh({ key: 'A' }, plan).en).toBe(
            'No graduation category applies. Graduasi Uji: district "Kabupaten Probolinggo" = "Kabupaten Pasuruan" does not hold ' +
                'and income_per_member undefined ≥ 0 does not hold',
        );
    });

    it('says when a plan has no categories at all', () => {
        const plan = pkhPlan();
        plan.graduations = [];
        expect(explainPkh({ key: 'A' }, plan).id).toBe('KPM tidak memenuhi kategori graduasi mana pun.');
    });

    it('reuses the evaluator prepared for the plan', () => {
        const plan = pkhPlan();
        const evaluator = prepareEvaluator(plan);
        expect(evaluatorFor(plan)).toBe(evaluator);
        // an expression that is not part of the plan has no compiled closure
        expect(() => evaluator.valueOf(col('x', 'text'), evaluator.evaluate(household({ key: 'A' })))).toThrow(/not part of this Plan/);
    });
});

describe('explainBenefit', () => {
    it('shows the sum and the cap when it cut members', () => {
        const plan = pkhPlan();
        const result = prepareEvaluator(plan).evaluate(household({ key: 'A', pregnant: 1, elementary: 2, elderly: 2 }));
        expect(explainBenefit(plan, result, 'en')).toBe(
            'benefit Rp 8.700.000: 1 × pregnant Rp 3.000.000 + 1 × elementary Rp 900.000 + 2 × elderly Rp 2.400.000; ' +
                '5 members qualify, at most 4 are paid',
        );
        expect(explainBenefit(plan, result, 'id')).toBe(
            'bantuan Rp 8.700.000: 1 × pregnant Rp 3.000.000 + 1 × elementary Rp 900.000 + 2 × elderly Rp 2.400.000; ' +
                '5 anggota memenuhi syarat, paling banyak 4 yang dibayar',
        );
    });

    it('says when nothing is paid', () => {
        const plan = pkhPlan();
        const result = prepareEvaluator(plan).evaluate(household({ key: 'A' }));
        expect(explainBenefit(plan, result, 'en')).toBe('no benefit: no member qualifies for a component');
    });
});

describe('dates in explanations', () => {
    const birthDate = col('head_birth_date', 'date');
    const plan: Plan = {
        program: 'test',
        evaluationDate: '2024-12-31',
        schema: { columns: [column('id', 'text'), column('head_birth_date', 'date')], keyColumn: 'id' },
        constants: [],
        values: [],
        graduations: [
            {
                name: 'elderly_head',
                label: 'Kepala keluarga lansia',
                condition: and(cmp('>=', since('years', birthDate), num(60)), cmp('<', birthDate, date('1960-01-01'))),
            },
        ],
        districts: [],
        tests: [],
    };
    const explain = (born: string) => {
        const result = prepareEvaluator(plan).evaluate(['1', dayOf(born)]);
        return { en: explainHousehold(plan, result, 'en'), id: explainHousehold(plan, result, 'id') };
    };

    it('shows `since` with its count, and a date in the officer’s language; date literals as written', () => {
        // born 12 May 1957, evaluated 31 December 2024: 2024 − 1957 = 67, birthday past
        expect(explain('1957-05-12')).toEqual({
            en: 'Kepala keluarga lansia: years since head_birth_date 67 ≥ 60; head_birth_date 12 May 1957 < 1960-01-01',
            id: 'Kepala keluarga lansia: years since head_birth_date 67 ≥ 60; head_birth_date 12 Mei 1957 < 1960-01-01',
        });
    });

    it('shows the count that fell short', () => {
        // born 1 January 1965: 59 on 31 December 2024
        expect(explain('1965-01-01').id).toBe(
            'KPM tidak memenuhi kategori graduasi mana pun. Kepala keluarga lansia: years since head_birth_date 59 ≥ 60 tidak terpenuhi',
        );
    });
});

describe('prepareExplainer: explanations for a whole caseload', () => {
    /** Plans whose conditions have every shape: and, or, not, yes/no compared to a literal, text. */
    function shapes(): Plan {
        const plan = pkhPlan();
        plan.graduations.unshift({
            name: 'odd',
            label: 'graduasi percobaan',
            condition: and(not(cmp('=', hasBusiness, yes)), or(cmp('>', income, num(3_500_000)), cmp('=', col('district', 'text'), txt('Kabupaten Pringsewu')))),
        });
        return plan;
    }

    it('explains every shape of condition, and as a sentence for decision files', () => {
        const plan = shapes();
        const evaluator = prepareEvaluator(plan);
        const explain = (data: HouseholdData, lang: 'en' | 'id') => {
            const result = evaluator.evaluate(household(data));
            return [explainHousehold(plan, result, lang), prepareExplainer(plan, lang).sentence(result)];
        };
        expect(explain({ key: 'A', business: false, income: 4_000_000 }, 'en')).toEqual([
            'graduasi percobaan: has_business is no; monthly_income Rp 4.000.000 > 3.500.000',
            'Graduasi percobaan: has_business is no; monthly_income Rp 4.000.000 > 3.500.000.',
        ]);
        expect(explain({ key: 'B', business: false, district: 'Kabupaten Pringsewu' }, 'id')[0]).toBe(
            'graduasi percobaan: has_business bernilai tidak; district "Kabupaten Pringsewu" = "Kabupaten Pringsewu"',
        );
        expect(explain({ key: 'D', business: false, elderly: 2, decile: 3 }, 'en')).toEqual([
            'No graduation category applies. graduasi percobaan: monthly_income Rp 800.000 > 3.500.000 does not hold and ' +
                'district "Kabupaten Probolinggo" = "Kabupaten Pringsewu" does not hold; Graduasi Sejahtera Mandiri: has_business is no; ' +
                'Graduasi Alamiah: eligible_members 2 = 0 does not hold and decile 3 > 4 does not hold',
            'No graduation category applies. graduasi percobaan: monthly_income Rp 800.000 > 3.500.000 does not hold and ' +
                'district "Kabupaten Probolinggo" = "Kabupaten Pringsewu" does not hold; Graduasi Sejahtera Mandiri: has_business is no; ' +
                'Graduasi Alamiah: eligible_members 2 = 0 does not hold and decile 3 > 4 does not hold.',
        ]);
        expect(explain({ key: 'E', business: true, income: 900_000, attendance: 0.9, elementary: 1, decile: 8 }, 'id')).toEqual([
            'Graduasi Alamiah: decile 8 > 4',
            'Graduasi Alamiah: decile 8 > 4.',
        ]);
    });

    it('adds no second full stop to a sentence that has one', () => {
        const plan = pkhPlan();
        plan.graduations = [];
        const result = prepareEvaluator(plan).evaluate(household({ key: 'A' }));
        expect(prepareExplainer(plan, 'en').sentence(result)).toBe('No graduation category applies.');
    });

    it('is prepared once per Plan and language', () => {
        const plan = pkhPlan();
        expect(prepareExplainer(plan, 'en')).toBe(prepareExplainer(plan, 'en'));
        expect(prepareExplainer(plan, 'id')).not.toBe(prepareExplainer(plan, 'en'));
    });
});

describe('traceHousehold: the full trace of one household', () => {
    // 1 pregnant, 2 elementary, 2 elderly: five members qualify, four are paid (one pupil is not)
    const data: HouseholdData = { key: 'T1', pregnant: 1, elementary: 2, elderly: 2, income: 1_800_000, attendance: 0.85, business: true };
    const plan = pkhPlan();
    const result = prepareEvaluator(plan).evaluate(household(data));

    it('gives every value, every component paid and not paid, every category with every condition', () => {
        const trace = traceHousehold(plan, result, 'en');
        expect(trace.values.find((v) => v.name === 'eligible_members')).toMatchObject({ value: 5, formula: expect.stringContaining('pregnant +') });
        expect(trace.benefit).toMatchObject({ total: 8_700_000, cap: 4 });
        expect(trace.benefit.components.filter((c) => c.eligible > 0)).toEqual([
            { name: 'pregnant', eligible: 1, paid: 1, amount: 3_000_000 },
            { name: 'elementary', eligible: 2, paid: 1, amount: 900_000 },
            { name: 'elderly', eligible: 2, paid: 2, amount: 2_400_000 },
        ]);
        expect(trace.categories.map((c) => [c.name, c.holds, c.chosen])).toEqual([['mandiri', true, true], ['alamiah', false, false]]);
        expect(trace.rank).toMatchObject({ text: 'monthly_income', descending: true, value: 1_800_000 });
    });

    it('renders as text in both languages', () => {
        const en = renderTrace(traceHousehold(plan, result, 'en'), 'en', { status: 'proposed', statusSentence: 'ranked 1 of 1 in Kabupaten Probolinggo; target 2.580 (facilitators × 10): proposed' });
        expect(en).toContain('Household T1');
        expect(en).toContain('Benefit: Rp 8.700.000 a year (at most 4 members are paid, the highest amounts first)');
        expect(en).toContain('paid      1 × elementary Rp 900.000 = Rp 900.000');
        expect(en).toContain('not paid  1 × elementary Rp 900.000: over the cap on paid members');
        expect(en).toContain('1. Graduasi Sejahtera Mandiri (mandiri): holds ← the household\'s category');
        expect(en).toContain('✓ monthly_income Rp 1.800.000 ≥ 2 × poverty_line Rp 1.165.864');
        expect(en).toContain('2. Graduasi Alamiah (alamiah): does not hold');
        expect(en).toContain('✗ eligible_members 5 = 0');
        expect(en).toContain('Ranking: by monthly_income, highest first; this household: Rp 1.800.000');
        expect(en).toContain('Decision: proposed');
        const id = renderTrace(traceHousehold(plan, result, 'id'), 'id', { status: 'diusulkan' });
        expect(id).toContain('KPM T1');
        expect(id).toContain('tidak dibayar  1 × elementary Rp 900.000: melebihi batas anggota yang dibayar');
        expect(id).toContain('✓ has_business bernilai ya');
        expect(id).toContain('Keputusan: diusulkan');
    });
});
