import {
    createCoverage,
    mergeCoverage,
    readCaseTable,
    runTest,
    unreadableTable,
    type CaseResult,
    type CoverageCollector,
    type Lang,
    type Plan,
    type TestPlan,
} from '@kaidah/engine';
import { formatDiagnostic } from '../output/format-diagnostic.js';
import { writeFileAtomically } from '../output/write-atomically.js';
import { coverageLines } from '../testing/coverage-report.js';
import { shown as shownPath } from '../rules/project.js';
import { loadTests } from '../testing/load-tests.js';
import { testCliMessages } from '../testing/messages.js';
import { readCaseFile } from '../testing/read-case-file.js';
import { keywordsIn, type Keywords } from '@kaidah/language';
import { junitReport } from '../testing/report-junit.js';
import { textReport, type FileResults } from '../testing/report-text.js';
import { diagnosticJson, printJson } from '../output/json-format.js';
import { ruleFilesFor } from '../rules/project.js';
import { coverageJson, jsonReport } from '../testing/report-json.js';
import { checkOnDate, usage } from './shared/usage.js';

export interface TestOptions {
    coverage?: boolean;
    reporter?: string;
    output?: string;
    on?: string;
    /** `text` (default) or `json`: one versioned document on stdout (docs/json-output.md). */
    format?: string;
    lang: Lang;
}

/**
 * `kaidah test [FILES|FOLDERS]`: runs the tests written in rule files (default: the project's rule
 * files, without those its kaidah.json leaves out). Exit 0 when every test passes, 1 on a failure or on errors in the rules
 * (then nothing is run), 2 on wrong use.
 */
export async function testCommand(paths: string[], options: TestOptions): Promise<number> {
    const { lang } = options;
    const text = testCliMessages(lang);
    const reporter = options.reporter ?? 'text';
    if (reporter !== 'text' && reporter !== 'junit') return usage(text.badReporter(reporter));
    if (options.output !== undefined && reporter !== 'junit') return usage(text.outputWithoutJunit);
    const badDate = checkOnDate(options.on, lang);
    if (badDate !== undefined) return usage(badDate);

    const json = options.format === 'json';
    if (json && reporter !== 'text') return usage(text.formatWithReporter);
    const found = ruleFilesFor(paths, lang);
    if (typeof found === 'string') return usage(found);

    const loaded = await loadTests(found.files, lang, options.on);
    if (!loaded.ok) {
        if (json) {
            printJson('test', { files: [], passed: 0, failed: 0, diagnostics: loaded.diagnostics.map(diagnosticJson), errors: loaded.errors });
            return 1;
        }
        for (const located of loaded.diagnostics) console.error(formatDiagnostic(located, lang));
        console.error(text.rulesHaveErrors(loaded.errors));
        return 1;
    }

    const collectors = new Map<Plan, CoverageCollector>();
    const collectorOf = (plan: Plan) => {
        let collector = collectors.get(plan);
        if (collector === undefined) collectors.set(plan, (collector = createCoverage(plan)));
        return collector;
    };
    const results: FileResults[] = [];
    for (const { file, plan, tests, keywords } of loaded.files) {
        const cases: CaseResult[] = [];
        for (const test of tests) {
            const table = test.table === undefined ? undefined : await caseTableOf(plan, test, lang, keywords);
            const record = options.coverage ? collectorOf(plan) : undefined;
            cases.push(...runTest(plan, test, {
                lang,
                ...(table ? { table } : {}),
                ...(record ? { onHousehold: (result) => record.record(result) } : {}),
            }));
        }
        results.push({ file, plan, cases, keywords });
    }

    const all = results.flatMap((r) => r.cases);
    const failed = all.filter((c) => !c.passed).length;
    if (json) {
        const coverage = options.coverage ? { coverage: coverageJson(mergeCoverage(loaded.plans.map((plan) => collectorOf(plan).report()))) } : {};
        printJson('test', { ...jsonReport(results, lang), diagnostics: [], errors: 0, ...coverage });
        return failed > 0 ? 1 : 0;
    }
    const xmlToStdout = reporter === 'junit' && options.output === undefined;
    if (xmlToStdout) {
        process.stdout.write(junitReport(results, lang));
    } else {
        // no file to follow: the officer's language says which keywords to show
        if (all.length === 0) console.log(text.noTests(found.files.length, keywordsIn(lang)));
        else for (const line of textReport(results, lang)) console.log(line);
    }
    if (options.coverage) {
        const report = mergeCoverage(loaded.plans.map((plan) => collectorOf(plan).report()));
        const print = xmlToStdout ? console.error : console.log;
        print('');
        for (const line of coverageLines(report, lang)) print(line);
    }
    if (reporter === 'junit' && options.output !== undefined) {
        writeFileAtomically(options.output, junitReport(results, lang));
    }
    const summary = text.summary(all.length - failed, failed);
    if (xmlToStdout) {
        console.error(summary);
    } else {
        console.log('');
        console.log(summary);
        if (options.output !== undefined) console.log(text.junitWritten(options.output));
    }
    return failed > 0 ? 1 : 0;
}

/** The test's table of cases, read from its file; a file that cannot be read fails the test, saying why. */
async function caseTableOf(plan: Plan, test: TestPlan, lang: Lang, keywords: Keywords) {
    const file = shownPath(test.table!);
    try {
        const { headers, rows } = await readCaseFile(test.table!, lang, { expectsOfItsOwn: test.expectations.length > 0, keywords });
        return readCaseTable(plan, file, headers, rows);
    } catch (error) {
        return unreadableTable(file, error instanceof Error ? error.message : String(error));
    }
}
