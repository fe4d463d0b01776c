import type { DialectName } from './dialect/dialect.js';

export interface SqlOptions {
    dialect: DialectName;
    /** The households table: every column text, as the file has it. */
    table: string;
    /**
     * The table's columns in order, named as the data file's header; default: each schema column's
     * header. Schema columns are found among them as the JS row reader finds them.
     */
    headers?: string[];
    /** The SQL name of each header's column, when the table names them otherwise (a loader's `f0`, `f1`, …). */
    fieldColumns?: string[];
    /** A column holding each row's number as the source numbers it (a CSV line); default: the dialect's row ordinal. */
    rowColumn?: string;
    /**
     * The table says the shape of each row as read (a loader of files): `kaidah_fields`, how many
     * fields the row had, and `kaidah_extra`, whether a field beyond the header was not blank.
     */
    shape?: boolean;
    /**
     * Rows of a household listed twice with different data are rejected where they stand, among the
     * other rejects (as the JS engine does when it had already written the first row's decision),
     * rather than after the duplicates: 'when-decided-now' when decisions are written.
     */
    conflictsInline?: 'never' | 'when-decided-now';
    /** Prefix of the temporary tables made (default `kaidah_`). */
    prefix?: string;
}
