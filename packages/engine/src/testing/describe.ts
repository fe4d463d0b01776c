/**
 * Test results as officers read them: `expected benefit = Rp 8.700.000, got Rp 9.600.000`, in
 * English or Indonesian, values by type the Indonesian way.
 */
import type { ExpectationPlan, Plan } from '../plan/plan.js';
import { describeReason } from '../coercion/problem-sentences.js';
import { formatNumber, formatValue } from '../notation/format.js';
import type { Lang } from '../messages/messages.js';
import { operatorSign } from '../notation/display.js';
import { testingMessagesFor } from './messages.js';
import type { Actual, CaseResult, ExpectationResult } from './run-tests.js';

/**
 * Rule code is quoted as the test's rule file writes it: the caller (which knows the file) gives its
 * keywords, `(english) => written`, so that a test in Bahasa Indonesia reads `kategori = ...`,
 * `target ... untuk "..."`. The engine holds no keyword table; English is the default.
 */
export type WrittenKeywords = (english: string, within?: string) => string;

const englishAsWritten: WrittenKeywords = (english) => english;

function categoryShown(plan: Plan, name: string | null, lang: Lang): string {
    const m = testingMessagesFor(lang);
    if (name === null) return m.noCategory;
    const label = plan.graduations.find((g) => g.name === name)?.label ?? name;
    return m.category(label, name);
}

/** What the expectation asks for: `benefit = Rp 900.000`, `category = Graduasi Alamiah (natural)`. */
function describeExpected(plan: Plan, expectation: ExpectationPlan, lang: Lang, k: WrittenKeywords): string {
    switch (expectation.kind) {
        case 'category':
            return `${k('category')} = ${categoryShown(plan, expectation.category, lang)}`;
        case 'benefit':
            return `${k('benefit')} ${operatorSign(expectation.op)} ${formatValue(expectation.value, 'money', lang)}`;
        case 'value': {
            const shown = expectation.type === 'text' ? JSON.stringify(expectation.value) : formatValue(expectation.value, expectation.type, lang);
            return `${expectation.name} ${operatorSign(expectation.op)} ${shown}`;
        }
        case 'target':
            return `target ${expectation.category} ${k('of', 'ExpectTarget')} "${expectation.district}" = ${formatNumber(expectation.value)}`;
    }
}

/** What the rules gave: `Rp 9.600.000`, `no category`, `2.570`, or why there is nothing to compare. */
export function describeActual(plan: Plan, actual: Actual, lang: Lang, k: WrittenKeywords = englishAsWritten): string {
    const m = testingMessagesFor(lang);
    switch (actual.kind) {
        case 'category':
            return categoryShown(plan, actual.category, lang);
        case 'value':
            return actual.type === 'text' ? JSON.stringify(actual.value) : formatValue(actual.value, actual.type, lang);
        case 'target':
            return formatNumber(actual.value);
        case 'no-target':
            return m.noTarget;
        case 'target-needs-caseload':
            return m.targetNeedsCaseload(actual.formula, k('households'));
        case 'district-not-in-rules':
            return m.districtNotInRules(actual.district);
        case 'unknown-name':
            return m.unknownName(actual.name);
    }
}

/** `expected benefit = Rp 8.700.000, got Rp 9.600.000`. */
export function describeExpectationResult(plan: Plan, result: ExpectationResult, lang: Lang, k: WrittenKeywords = englishAsWritten): string {
    return testingMessagesFor(lang).expectedGot(describeExpected(plan, result.expectation, lang, k), describeActual(plan, result.actual, lang, k));
}

/** A problem that made a case fail before anything could be compared. */
export function describeCaseProblem(problem: CaseResult['problems'][number], lang: Lang, k: WrittenKeywords = englishAsWritten): string {
    const m = testingMessagesFor(lang);
    switch (problem.kind) {
        case 'cell':
            return m.badCell(problem.header, problem.value, describeReason(problem.reason, lang, problem.range));
        case 'unknown-category':
            return m.unknownCategory(problem.header, problem.value, problem.known.join(', '), k('none'));
        case 'unknown-expect-column':
            return m.unknownExpectColumn(problem.header, k('expect'), k('category'), k('benefit'));
        case 'empty':
            return m.tableEmpty(problem.file);
        case 'unreadable':
            return m.tableUnreadable(problem.file, problem.detail);
        case 'table-not-read':
            return m.tableNotRead(problem.file);
    }
}

/** The name of a case: the test's, and for a row of a table its row and key (`… › row 3 (3513…)`). */
export function describeCaseName(result: CaseResult, lang: Lang): string {
    if (result.row === undefined) return result.test.name;
    return `${result.test.name} › ${testingMessagesFor(lang).row(result.row, result.key)}`;
}
