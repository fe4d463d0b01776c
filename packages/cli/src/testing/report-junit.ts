import { describeCaseName, describeCaseProblem, describeExpectationResult, type Lang } from '@kaidah/engine';
import { shown as shownPath } from '../rules/project.js';
import { failureDetails, type FileResults } from './report-text.js';

/**
 * Test results as JUnit XML, which CI systems (GitLab, Jenkins, GitHub Actions reporters) read: one
 * `<testsuite>` per rule file, one `<testcase>` per test or row of a table of cases, a `<failure>`
 * with the expected and actual values and the household's explanation. No timings, so the same
 * rules give the same report byte for byte.
 */
export function junitReport(files: FileResults[], lang: Lang): string {
    const all = files.flatMap((f) => f.cases);
    const failures = all.filter((c) => !c.passed).length;
    const out: string[] = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="kaidah" tests="${all.length}" failures="${failures}" errors="0">`,
    ];
    for (const { file, plan, cases, keywords } of files) {
        const suite = shownPath(file);
        const suiteFailures = cases.filter((c) => !c.passed).length;
        out.push(`  <testsuite name="${attribute(suite)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">`);
        for (const result of cases) {
            const opening = `    <testcase classname="${attribute(suite)}" name="${attribute(describeCaseName(result, lang))}" ` +
                `file="${attribute(shownPath(result.test.file))}" line="${result.test.line}"`;
            if (result.passed) {
                out.push(`${opening}/>`);
                continue;
            }
            const firstProblem = result.problems[0];
            const firstFailure = result.expectations.find((e) => !e.passed);
            const message = firstProblem !== undefined
                ? describeCaseProblem(firstProblem, lang, keywords)
                : firstFailure !== undefined ? describeExpectationResult(plan, firstFailure, lang, keywords) : '';
            const details = failureDetails(plan, result, lang, keywords).map(withoutColour).join('\n');
            out.push(`${opening}>`);
            out.push(`      <failure message="${attribute(message)}" type="expectation">${text(details)}</failure>`);
            out.push('    </testcase>');
        }
        out.push('  </testsuite>');
    }
    out.push('</testsuites>', '');
    return out.join('\n');
}

/** Characters XML 1.0 does not allow at all (most control characters, lone surrogates, U+FFFE/F). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
    return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: also quotes, and line breaks kept as character references. */
function attribute(value: string): string {
    return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function withoutColour(line: string): string {
    // eslint-disable-next-line no-control-regex
    return line.replace(/\u001b\[[0-9;]*m/g, '');
}
