import { evaluateFormula, type ExpectationPlan, type TestPlan, type Value } from '@kaidah/engine';
import { AstUtils, UriUtils } from 'langium';
import {
    isBenefitSubject,
    isExpectCategory,
    isExpectTarget,
    type Expectation,
    type TestCase,
} from '../generated/ast.js';
import { planText } from '../keywords/translate.js';
import type { TypeLookup } from '../types/infer-type.js';
import { expressionToPlan } from './expression-to-plan.js';

const comparisonOperators = { '<': '<', '<=': '<=', '≤': '<=', '>': '>', '>=': '>=', '≥': '>=', '=': '=', '!=': '!=', '≠': '!=' } as const;

/**
 * Tests become plain data: field values and expected values are worked out here (they may use
 * constants, `Rp` amounts, percentages), so the engine only compares.
 */
export function compileTests(tests: TestCase[], constants: Map<string, Value>, evaluationDate: string | undefined, types: TypeLookup): TestPlan[] {
    const environment = { constants, quantities: new Map<string, Value>(), ...(evaluationDate ? { evaluationDate } : {}) };
    const valueOf = (expression: Parameters<typeof expressionToPlan>[0]) => evaluateFormula(expressionToPlan(expression, types), environment);
    return tests.map((test) => {
        const document = AstUtils.getDocument(test);
        const plan: TestPlan = {
            name: test.name,
            file: document.uri.fsPath,
            line: (test.$cstNode?.range.start.line ?? 0) + 1,
            expectations: test.expectations.map((expectation) => expectationPlan(expectation, valueOf, types)),
        };
        if (test.household) {
            plan.household = Object.fromEntries(test.household.fields.map((field) => [field.column.$refText, valueOf(field.value)]));
        }
        if (test.caseload) plan.households = Number(test.caseload.count.replace(/\./g, '').replace(',', '.'));
        if (test.table) plan.table = UriUtils.resolvePath(UriUtils.dirname(document.uri), test.table).fsPath;
        return plan;
    });
}

function expectationPlan(expectation: Expectation, valueOf: (e: Parameters<typeof expressionToPlan>[0]) => Value, types: TypeLookup): ExpectationPlan {
    const text = planText(expectation);
    if (isExpectCategory(expectation)) {
        return { kind: 'category', category: expectation.none ? null : expectation.category?.$refText ?? null, text };
    }
    if (isExpectTarget(expectation)) {
        return { kind: 'target', category: expectation.category.$refText, district: expectation.district, value: Number(valueOf(expectation.value)), text };
    }
    const op = comparisonOperators[expectation.operator];
    if (isBenefitSubject(expectation.subject)) return { kind: 'benefit', op, value: Number(valueOf(expectation.value)), text };
    const value = expressionToPlan(expectation.value, types);
    return { kind: 'value', name: expectation.subject.ref.$refText, op, value: valueOf(expectation.value), type: value.type, text };
}
