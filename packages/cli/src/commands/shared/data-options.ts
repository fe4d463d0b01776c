/**
 * The household data named on the command line (`--data`, `--delimiter`, `--sheet`), for every
 * command that reads a caseload (run, explain, diff): checked, opened as one household source, and
 * what to say when it cannot be read.
 */
import { existsSync, statSync } from 'node:fs';
import type { Lang } from '@kaidah/engine';
import type { CaseloadFailure } from '../../caseload/evaluate-caseload.js';
import { boundedNames } from '../../data/bounded-names.js';
import { openHouseholdSource, type HouseholdSource, type SourceProblem } from '../../data/household-source.js';
import { MalformedCsvError, type CsvDelimiter } from '../../data/read-csv.js';
import { cliMessages } from '../../messages.js';
import { checkOnDate, usage } from './usage.js';

export interface DataOptions {
    data: string;
    /** CSV separator: `,`, `;` or tab (`\t`, `tab`); detected from the header when absent. */
    delimiter?: string;
    /** Excel: the sheet to read (default: the first). */
    sheet?: string;
    on?: string;
}

/** The separator named on the command line, or an error. */
function parseDelimiter(value: string | undefined): CsvDelimiter | undefined | { error: true } {
    if (value === undefined) return undefined;
    switch (value.toLowerCase()) {
        case ',':
        case 'comma':
            return ',';
        case ';':
        case 'semicolon':
            return ';';
        case '\t':
        case '\\t':
        case 'tab':
            return '\t';
        default:
            return { error: true };
    }
}

/** Usage problems with the data options and `--on`; undefined when fine. */
export function checkDataOptions(options: DataOptions, lang: Lang): string | undefined {
    const text = cliMessages(lang);
    if (!existsSync(options.data) || !statSync(options.data).isFile()) return text.fileNotFound(options.data);
    const badDate = checkOnDate(options.on, lang);
    if (badDate !== undefined) return badDate;
    if (typeof parseDelimiter(options.delimiter) === 'object') return text.badDelimiter(options.delimiter!);
    return undefined;
}

/** Opens the data file as a household source; prints why not and returns the exit code instead. */
export function openSource(options: DataOptions, lang: Lang): HouseholdSource | number {
    const delimiter = parseDelimiter(options.delimiter) as CsvDelimiter | undefined;
    const text = cliMessages(lang);
    const told = new Set<string>(); // `kaidah diff` reads the data once for each side: say it once
    const source = openHouseholdSource(options.data, {
        ...(delimiter === undefined ? {} : { delimiter }),
        ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
        onEncodingNotice: (notice) => {
            if (told.has(notice)) return;
            told.add(notice);
            console.error(notice === 'read-as-windows-1252' ? text.readAsWindows1252(options.data) : text.invalidUtf8(options.data));
        },
        onSheetNotice: (notice) => {
            if (told.has(notice.kind)) return;
            told.add(notice.kind);
            console.error(notice.kind === 'merged-cells' ? text.mergedCellsRead(options.data, notice.merges, notice.example) : text.hiddenRowsRead(options.data, notice.rows));
        },
    });
    if ('problem' in source) return usage(describeSourceProblem(source, options.data, lang));
    return source;
}

function describeSourceProblem(problem: SourceProblem, file: string, lang: Lang): string {
    const text = cliMessages(lang);
    switch (problem.problem) {
        case 'unsupported':
            return text.unsupportedFormat(file);
        case 'option-not-for-format':
            return text.optionNotForFormat(problem.option, file);
        case 'no-such-sheet':
            return text.noSuchSheet(file, problem.sheet, problem.sheets.join(', '));
        case 'not-a-table':
            return text.notATable(file, problem.detail);
        case 'header-too-long':
            return text.headerTooLong(file);
    }
}

/** Why a caseload could not be evaluated, in a sentence. */
export function describeCaseloadFailure(failure: CaseloadFailure, file: string, lang: Lang, maxRejects?: number): string {
    const text = cliMessages(lang);
    switch (failure.problem) {
        case 'empty':
            return text.emptyData(file);
        case 'missing-columns':
            return text.missingColumns(file, failure.missing.join(', '), boundedNames(failure.found, lang), failure.row)
                + (failure.otherSheets === undefined ? '' : ` ${text.otherSheets(boundedNames(failure.otherSheets, lang))}`);
        case 'too-many-rejects':
            return text.tooManyRejects(failure.rejected, failure.read, maxRejects ?? 0);
        default:
            return describeSourceProblem(failure, file, lang);
    }
}

/** Prints why a caseload could not be evaluated; returns exit code 1. Rows already rejected were written by the caller. */
export function reportCaseloadFailure(failure: CaseloadFailure, file: string, lang: Lang, maxRejects?: number): number {
    console.error(describeCaseloadFailure(failure, file, lang, maxRejects));
    return 1;
}

/** The sentence for a CSV file that stops being readable part way (an unclosed quote); undefined for any other error. */
export function describeMalformedData(error: unknown, dataFile: string, lang: Lang): string | undefined {
    if (!(error instanceof MalformedCsvError)) return undefined;
    return cliMessages(lang).malformedCsv(dataFile, error.line, error.detail);
}
