import type { Lang } from '@kaidah/engine';
import { writeFileAtomically } from '../output/write-atomically.js';
import { buildHtmlReport } from './build-html-report.js';
import type { ReportInput } from './report-input.js';

/** Writes the run's HTML report to `filePath`, atomically: a reader never sees half a page. */
export function writeHtmlReport(filePath: string, input: ReportInput, lang: Lang): void {
    writeFileAtomically(filePath, buildHtmlReport(input, lang));
}
