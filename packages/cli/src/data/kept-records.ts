import type { SourceRecord } from './household-source.js';

/** Keeps the fields of the records it is asked to keep, for sources that cannot seek. */
export class KeptRecords {
    private readonly kept = new Map<number, string[]>();
    keep(record: SourceRecord): void {
        this.kept.set(record.position, record.fields);
    }
    recall(positions: ArrayLike<number>, onRecord: (index: number, fields: string[]) => void): void {
        for (let i = 0; i < positions.length; i++) {
            const fields = this.kept.get(positions[i]!);
            if (fields === undefined) throw new Error(`Record ${positions[i]} was not kept`);
            onRecord(i, fields);
        }
        this.kept.clear();
    }
}
