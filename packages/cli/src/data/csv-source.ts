import type { HouseholdSource, OnHeader, SourceRecord } from './household-source.js';
import { readCsvFile, readCsvRecordsAt, type CsvDelimiter } from './read-csv.js';
import { TextDecoding, type EncodingNotice } from './text-encoding.js';

/** A CSV file; records are found again by their byte offset, so nothing is kept to recall them. */
export class CsvSource implements HouseholdSource {
    readonly kind = 'csv';
    private delimiter: CsvDelimiter | undefined;
    headerRow: number | undefined;
    /** The encoding decided by the last read, to read records again the same way. */
    private decoding = new TextDecoding();

    constructor(
        readonly filePath: string,
        delimiter: CsvDelimiter | undefined,
        private readonly onEncodingNotice?: (notice: EncodingNotice) => void,
    ) {
        this.delimiter = delimiter;
    }

    /** Records are handed over in one object, filled again for each: a reader keeps its fields, never the object. */
    async read(
        onHeader: OnHeader,
        onRecord: (record: SourceRecord) => boolean | void,
        onProgress?: (done: number, total: number) => void,
    ): Promise<'empty' | { problem: 'header-too-long' } | undefined> {
        let header = true;
        let seen = false;
        let headerTooLong = false;
        const record: SourceRecord = { row: 0, fields: [], position: 0 };
        // a record too long to read has its own object, so the one of every row keeps its shape
        const tooLong: SourceRecord = { row: 0, fields: [], position: 0, unreadable: 'too-long' };
        this.decoding = new TextDecoding(this.onEncodingNotice);
        await readCsvFile(this.filePath, (csv) => {
            seen = true;
            if (header) {
                header = false;
                if (csv.tooLong) {
                    headerTooLong = true;
                    return false;
                }
                const answer = onHeader(csv.fields, csv.line);
                if (answer === true) this.headerRow = csv.line;
                if (answer !== 'not-header') return answer;
                header = true; // a title: the next record may be the header
                return true;
            }
            const next = csv.tooLong ? tooLong : record;
            next.row = csv.line;
            next.fields = csv.fields;
            next.position = csv.offset;
            return onRecord(next);
        }, {
            ...(this.delimiter === undefined ? {} : { delimiter: this.delimiter }),
            onDelimiter: (delimiter: CsvDelimiter) => {
                this.delimiter = delimiter;
            },
            ...(onProgress === undefined ? {} : { onProgress }),
            decoding: this.decoding,
        });
        if (headerTooLong) return { problem: 'header-too-long' };
        return seen ? undefined : 'empty';
    }

    /** The separator the last read used (given, or detected from the header). */
    get delimiterInUse(): CsvDelimiter | undefined {
        return this.delimiter;
    }

    keep(): void {}

    async recall(positions: ArrayLike<number>, onRecord: (index: number, fields: string[]) => void): Promise<void> {
        if (positions.length === 0) return;
        readCsvRecordsAt(this.filePath, this.delimiter ?? ',', positions, onRecord, this.decoding);
    }
}
