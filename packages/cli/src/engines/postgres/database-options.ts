/**
 * `--database URL --table NAME [--into NAME]`, for run, explain and diff: checked once, and turned
 * into the caseload evaluation the commands call in place of `evaluateCaseload`. The household
 * source is a stand-in: the rows are read where they are, in the database.
 */
import type { Lang } from '@kaidah/engine';
import type { CaseloadOptions, CaseloadOutcome } from '../../caseload/evaluate-caseload.js';
import type { HouseholdSource } from '../../data/household-source.js';
import { evaluateCaseloadInPostgres } from './evaluate-in-postgres.js';
import { postgresMessages } from './messages.js';
import { PostgresError } from './session.js';
import { parseTableName, tableSql, type TableName } from './table-name.js';

export interface DatabaseOptions {
    /** `postgresql://user@host/db`; the password may also come from PGPASSWORD or ~/.pgpass. */
    database?: string;
    table?: string;
    into?: string;
}

export interface DatabaseTarget {
    database: string;
    table: TableName;
    into: TableName;
    /** The table as rejects and messages name it. */
    shown: string;
}

/** The default table of decisions, beside the households table. */
const DEFAULT_INTO = 'kaidah_decisions';

/** Stands in for the household source: nothing is read from a file. */
export const DATABASE_SOURCE: HouseholdSource = {
    kind: 'csv',
    headerRow: undefined,
    read: async () => 'empty',
    keep: () => {},
    recall: async () => {},
};

/**
 * The database named by the options; undefined without `--database`; a usage problem as a string.
 * `others` are the options that read a file, which do not go with a database.
 */
export function checkDatabaseOptions(options: DatabaseOptions, others: Record<string, unknown>, lang: Lang): DatabaseTarget | string | undefined {
    const text = postgresMessages(lang);
    if (options.database === undefined) {
        if (options.table !== undefined) return text.tableNeedsDatabase('--table');
        if (options.into !== undefined) return text.tableNeedsDatabase('--into');
        return undefined;
    }
    for (const [option, value] of Object.entries(others)) if (value !== undefined && value !== false) return text.notWith(option);
    if (options.table === undefined) return text.needsTable;
    const table = parseTableName(options.table);
    if (table === undefined) return text.badTable('--table', options.table);
    const into = options.into === undefined
        ? { ...(table.schema === undefined ? {} : { schema: table.schema }), name: DEFAULT_INTO }
        : parseTableName(options.into);
    if (into === undefined) return text.badTable('--into', options.into!);
    if (tableSql(into) === tableSql(table)) return text.sameTable;
    return { database: options.database, table, into, shown: options.table };
}

/** The caseload evaluation in the database; with `store`, the decisions are also stored in `into`. */
export function databaseEvaluation(target: DatabaseTarget, store?: { program: string; onStored: (households: number) => void }):
    (options: CaseloadOptions) => Promise<CaseloadOutcome> {
    return (options) => evaluateCaseloadInPostgres({
        ...options,
        database: target.database,
        table: target.table,
        ...(store === undefined ? {} : { into: { table: target.into, ...store } }),
    });
}

/** The sentence for a database's refusal or fault (never with the password); undefined for any other error. */
export function describeDatabaseError(error: unknown, lang: Lang): string | undefined {
    if (!(error instanceof PostgresError)) return undefined;
    // messages made here are whole sentences; the database's own are framed
    return error.framed ? error.message : postgresMessages(lang).failed(error.message);
}
