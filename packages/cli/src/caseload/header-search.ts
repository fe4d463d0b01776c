/**
 * Which record of a CSV file or a sheet is the header. Offices export their tables with a title
 * above them (the office, the programme, the year: `DATA KPM PKH KABUPATEN PROBOLINGGO 2024`), so
 * the header is the first of the first records that names every column the rules read. When none
 * does, the one that names the most (the first, on a tie) is the header whose missing columns the
 * run reports. Records above the header are not households: they are counted and said, not read.
 */
import { createRowReader, type RowReader, type Schema } from '@kaidah/engine';

/** How many records may stand above the header: a title block is a few lines, never a page. */
export const HEADER_SEARCH_RECORDS = 20;

export interface HeaderRecord {
    headers: string[];
    /** The line (CSV) or sheet row (Excel) it stands on. */
    row: number;
    reader: RowReader;
}

/** Where the header stands below a title: its row, and the records passed over above it. */
export interface HeaderBelowTitle {
    row: number;
    skipped: number;
}

export class HeaderSearch {
    /** The header found, or else the record that names the most columns. */
    best: HeaderRecord | undefined;
    private offered = 0;
    private firstRow = 0;

    /** `searching`: whether a title may stand above the header (CSV, Excel; not JSON, whose fields are named). */
    constructor(private readonly schema: Schema, private readonly searching: boolean) {}

    /** The answer for `HouseholdSource.read`'s `onHeader`: true for the header, 'not-header' to be offered the next record, false to give up. */
    offer(headers: string[], row: number): boolean | 'not-header' {
        if (this.offered++ === 0) this.firstRow = row;
        const reader = createRowReader(this.schema, headers);
        if (this.best === undefined || reader.missingColumns.length < this.best.reader.missingColumns.length) {
            this.best = { headers: headers.slice(), row, reader };
        }
        if (reader.missingColumns.length === 0) return true;
        return this.searching && this.offered < HEADER_SEARCH_RECORDS ? 'not-header' : false;
    }

    /** The header: every column found. */
    get found(): HeaderRecord | undefined {
        return this.best !== undefined && this.best.reader.missingColumns.length === 0 ? this.best : undefined;
    }

    /** Where the header found stands, when records were passed over above it. */
    get below(): HeaderBelowTitle | undefined {
        const found = this.found;
        return found === undefined || this.offered === 1 ? undefined : { row: found.row, skipped: this.offered - 1 };
    }

    /** The columns the best record lacks, as a run reports them; undefined when a header was found or nothing offered. */
    missingColumns(): { missing: string[]; found: string[]; row?: number } | undefined {
        const best = this.best;
        if (best === undefined || best.reader.missingColumns.length === 0) return undefined;
        return {
            missing: best.reader.missingColumns.map((c) => (c.header === c.name ? c.name : `${c.name} ("${c.header}")`)),
            found: best.headers.map((h) => h.replace(/^\uFEFF/, '').trim()),
            ...(best.row === this.firstRow ? {} : { row: best.row }),
        };
    }
}
