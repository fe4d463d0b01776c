import { describeCaseName, describeCaseProblem, describeExpectationResult, type CoverageReport, type Lang } from '@kaidah/engine';
import { shown as shownPath } from '../rules/project.js';
import type { FileResults } from './report-text.js';

/**
 * `kaidah test --format json` (docs/json-output.md): one entry per rule file, one per test or row of
 * a table of cases, with the sentences of the text report for what failed and why.
 */
export function jsonReport(files: FileResults[], lang: Lang) {
    const all = files.flatMap((f) => f.cases);
    const failed = all.filter((c) => !c.passed).length;
    return {
        files: files.map(({ file, plan, cases, keywords }) => ({
            file: shownPath(file),
            cases: cases.map((result) => ({
                name: describeCaseName(result, lang),
                file: shownPath(result.test.file),
                line: result.test.line,
                ...(result.row === undefined ? {} : { row: result.row }),
                passed: result.passed,
                failures: [
                    ...result.problems.map((problem) => describeCaseProblem(problem, lang, keywords)),
                    ...result.expectations.filter((e) => !e.passed).map((e) => describeExpectationResult(plan, e, lang, keywords)),
                ],
                ...(result.passed || !result.household ? {} : { explanation: result.household.explanation, benefit: result.household.benefit }),
            })),
        })),
        passed: all.length - failed,
        failed,
    };
}

/** Coverage as JSON: the counts of the text report, without the Plan's expression trees. */
export function coverageJson(report: CoverageReport) {
    return {
        households: report.households,
        categories: report.categories.map((category) => ({
            ...category,
            conditions: category.conditions.map(({ expr: _expr, ...condition }) => condition),
        })),
        components: report.components,
    };
}
