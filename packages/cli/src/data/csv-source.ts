import type { HouseholdSource, SourceRecord } from './household-source.js';
import { readCsvFile, readCsvRecordsAt, type CsvDelimiter } from './read-csv.js';

/** A CSV file; records are found again by their byte offset, so nothing is kept to recall them. */
export class CsvSource implements HouseholdSource {
    readonly kind = 'csv';
    private delimiter: CsvDelimiter | undefined;

    constructor(private readonly filePath: string, delimiter: CsvDelimiter | undefined) {
        this.delimiter = delimiter;
    }

    /** Records are handed over in one object, filled again for each: a reader keeps its fields, never the object. */
    async read(
        onHeader: (headers: string[]) => boolean,
        onRecord: (record: SourceRecord) => boolean | void,
        onProgress?: (done: number, total: number) => void,
    ): Promise<'empty' | undefined> {
        let header = true;
        let seen = false;
        const record: SourceRecord = { row: 0, fields: [], position: 0 };
        await readCsvFile(this.filePath, (csv) => {
            seen = true;
            if (header) {
                header = false;
                return onHeader(csv.fields);
            }
            record.row = csv.line;
            record.fields = csv.fields;
            record.position = csv.offset;
            return onRecord(record);
        }, {
            ...(this.delimiter === undefined ? {} : { delimiter: this.delimiter }),
            onDelimiter: (delimiter: CsvDelimiter) => {
                this.delimiter = delimiter;
            },
            ...(onProgress === undefined ? {} : { onProgress }),
        });
        return seen ? undefined : 'empty';
    }

    keep(): void {}

    async recall(positions: ArrayLike<number>, onRecord: (index: number, fields: string[]) => void): Promise<void> {
        if (positions.length === 0) return;
        readCsvRecordsAt(this.filePath, this.delimiter ?? ',', positions, onRecord);
    }
}
