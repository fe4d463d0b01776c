/**
 * Whether a caseload is read by worker threads: a CSV file of at least two ranges, more than one
 * thread asked for, and nothing asked that needs every row's whole result here (`onEvaluated`,
 * `wantedKey`). And the file must be UTF-8 throughout: the single-threaded read settles a file's
 * encoding on its first piece that is not plain ASCII, which a worker reading the middle of the
 * file cannot know; a file that is not wholly UTF-8 is read by one thread, as before.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { CsvSource } from '../../data/csv-source.js';
import type { HouseholdSource } from '../../data/household-source.js';
import { RANGE_BYTES, workersAvailable } from './caseload-workers.js';

export interface ParallelCsv {
    filePath: string;
    fileBytes: number;
    threads: number;
    rangeBytes: number;
}

export function parallelCsvFile(options: {
    source: HouseholdSource;
    threads?: number;
    rangeBytes?: number;
    onEvaluated?: unknown;
    wantedKey?: string;
}): ParallelCsv | undefined {
    const threads = options.threads ?? 1;
    const rangeBytes = options.rangeBytes ?? RANGE_BYTES;
    const { source } = options;
    if (threads < 2 || !(source instanceof CsvSource) || options.onEvaluated !== undefined || options.wantedKey !== undefined) return undefined;
    if (!workersAvailable()) return undefined;
    const fileBytes = statSync(source.filePath).size;
    if (fileBytes < 2 * rangeBytes || !isUtf8File(source.filePath)) return undefined;
    return { filePath: source.filePath, fileBytes, threads, rangeBytes };
}

const PIECE_BYTES = 4 << 20;
const LF = 10;

/** True when every byte of the file is UTF-8 (checked in pieces cut after a line break, never inside a character). */
function isUtf8File(filePath: string): boolean {
    const descriptor = openSync(filePath, 'r');
    try {
        const buffer = Buffer.allocUnsafe(PIECE_BYTES);
        let at = 0;
        for (;;) {
            const read = readSync(descriptor, buffer, 0, PIECE_BYTES, at);
            if (read === 0) return true;
            let cut = read < PIECE_BYTES ? read : buffer.lastIndexOf(LF, read - 1) + 1;
            if (cut === 0) cut = read; // a line longer than a piece: its bytes are checked as they come
            if (!isUtf8(buffer.subarray(0, cut))) return false;
            at += cut;
        }
    } finally {
        closeSync(descriptor);
    }
}
