import {
    describeCaseName,
    describeCaseProblem,
    describeExpectationResult,
    type CaseResult,
    type Lang,
    type Plan,
    type TestPlan,
    type WrittenKeywords,
} from '@kaidah/engine';
import pc from 'picocolors';
import { shown as shownPath } from '../rules/project.js';
import { testCliMessages } from './messages.js';

/** The results of the tests declared in one rule file. */
export interface FileResults {
    file: string;
    plan: Plan;
    cases: CaseResult[];
    /** The file's keywords: what failed is quoted as the file writes it (`kategori = ...`, `target ... untuk "..."`). */
    keywords: WrittenKeywords;
}

const PASS = '✓';
const FAIL = '✗';

/**
 * The report an officer reads: per file, one line per test (a table of cases that passes is one
 * line; its failing rows are shown one by one), and under a failing case what was expected, what
 * came out, and why the household landed where it did.
 */
export function textReport(files: FileResults[], lang: Lang): string[] {
    const lines: string[] = [];
    for (const { file, plan, cases, keywords } of files) {
        lines.push(pc.bold(shownPath(file)));
        for (const group of byTest(cases)) {
            const [first] = group;
            if (first!.test.table === undefined || first!.row === undefined) {
                for (const result of group) lines.push(...caseLines(plan, result, lang, keywords));
                continue;
            }
            const failed = group.filter((r) => !r.passed);
            if (failed.length === 0) {
                lines.push(`  ${pc.green(PASS)} ${first!.test.name} ${pc.dim(`(${testCliMessages(lang).casesPassed(group.length)})`)}`);
                continue;
            }
            for (const result of failed) lines.push(...caseLines(plan, result, lang, keywords));
            const passed = group.length - failed.length;
            if (passed > 0) lines.push(`  ${pc.green(PASS)} ${first!.test.name} ${pc.dim(`(${testCliMessages(lang).otherCasesPassed(passed)})`)}`);
        }
    }
    return lines;
}

function byTest(cases: CaseResult[]): CaseResult[][] {
    const groups = new Map<TestPlan, CaseResult[]>();
    for (const result of cases) {
        const group = groups.get(result.test);
        if (group) group.push(result);
        else groups.set(result.test, [result]);
    }
    return [...groups.values()];
}

/** Lines of one case; for a failure, the details an officer needs to fix the rules or the test. */
function caseLines(plan: Plan, result: CaseResult, lang: Lang, keywords: WrittenKeywords): string[] {
    const name = describeCaseName(result, lang);
    if (result.passed) return [`  ${pc.green(PASS)} ${name}`];
    const lines = [`  ${pc.red(FAIL)} ${name} ${pc.dim(`(${shownPath(result.test.file)}:${result.test.line})`)}`];
    lines.push(...failureDetails(plan, result, lang, keywords).map((line) => `      ${line}`));
    return lines;
}

/** What failed and why, without indentation: shared by the text and the JUnit reports. */
export function failureDetails(plan: Plan, result: CaseResult, lang: Lang, keywords: WrittenKeywords): string[] {
    const lines: string[] = [];
    for (const problem of result.problems) lines.push(pc.red(describeCaseProblem(problem, lang, keywords)));
    for (const expectation of result.expectations) {
        if (expectation.passed) continue;
        lines.push(pc.red(describeExpectationResult(plan, expectation, lang, keywords)));
    }
    if (result.household) {
        const text = testCliMessages(lang);
        lines.push(`${text.why}: ${result.household.explanation}`);
        lines.push(result.household.benefit);
    }
    return lines;
}
