/**
 * `--engine`: which engine decides a caseload. `js` (the default) is the reference and streams any
 * size in bounded memory; `duckdb` runs the SQL the Plan compiles to in an embedded DuckDB, and
 * also reads Parquet. Both hand the caseload over in the same form, for the same writers.
 */
import type { Lang } from '@kaidah/engine';
import { SqlRefusal, sqlMessages } from '@kaidah/sql';
import { evaluateCaseload, type CaseloadOptions, type CaseloadOutcome } from '../caseload/evaluate-caseload.js';
import type { HouseholdSource } from '../data/household-source.js';
import type { CsvDelimiter } from '../data/read-csv.js';
import { evaluateCaseloadInDuckDb } from './duckdb/evaluate-in-duckdb.js';
import { EnginesDisagreeError } from './sql-caseload.js';
import { DuckDbOutOfMemoryError } from './duckdb/session.js';
import { engineMessages } from './messages.js';

export type EngineName = 'js' | 'duckdb';

/** A usage problem with `--engine` and the options beside it, or undefined. */
export function checkEngine(engine: string | undefined, others: { coverage?: boolean | undefined }, lang: Lang): string | undefined {
    if (engine === undefined || engine === 'js') return undefined;
    if (engine !== 'duckdb') return engineMessages(lang).unknownEngine(engine);
    if (others.coverage) return engineMessages(lang).engineNotWith('--coverage');
    return undefined;
}

/** Parquet is read by DuckDB alone: it has no household source of its own. */
export function isParquet(file: string): boolean {
    return /\.parquet$/i.test(file);
}

/** A stand-in source for a file only DuckDB reads. */
export const DUCKDB_ONLY_SOURCE: HouseholdSource = {
    kind: 'csv',
    headerRow: undefined,
    read: async () => 'empty',
    keep: () => {},
    recall: async () => {},
};

function delimiterOf(value: string | undefined): CsvDelimiter | undefined {
    switch (value?.toLowerCase()) {
        case ',': case 'comma': return ',';
        case ';': case 'semicolon': return ';';
        case '\t': case '\\t': case 'tab': return '\t';
        default: return undefined;
    }
}

/** The caseload evaluation of `engine`, over the data file `data`. */
export function caseloadEvaluation(engine: string | undefined, data: string, delimiter: string | undefined): (options: CaseloadOptions) => Promise<CaseloadOutcome> {
    if (engine !== 'duckdb') return evaluateCaseload;
    const parsed = delimiterOf(delimiter);
    return (options) => evaluateCaseloadInDuckDb({
        ...options,
        dataPath: data,
        ...(parsed === undefined ? {} : { delimiter: parsed }),
    });
}

/** The sentence for an engine's refusal or fault; undefined for any other error. */
export function describeEngineError(error: unknown, lang: Lang): string | undefined {
    if (error instanceof SqlRefusal) return sqlMessages(lang).refused(error.feature, error.detail);
    if (error instanceof EnginesDisagreeError) return error.message;
    if (error instanceof DuckDbOutOfMemoryError) return engineMessages(lang).outOfMemory(error.limit);
    return undefined;
}
