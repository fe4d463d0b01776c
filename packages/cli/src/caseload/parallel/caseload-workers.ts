/**
 * Worker threads that read, coerce, evaluate and explain a CSV caseload, range by range, while the
 * main thread takes their results in row order (evaluate-caseload.ts): the order of every output
 * is the single-threaded read's, so the outputs are the same bytes.
 *
 * Ranges. The file after its first data record is cut every `rangeBytes`; a range holds the records
 * that start in it. A worker can only guess where its first record starts: the first line start in
 * its range, wrong when a quoted field with line breaks spans the cut. The guess is checked in row
 * order: the range before reports the first record at or after the cut (`next`), which it read
 * from a known start; the guess was right when the worker's first record is that one. A wrong guess
 * (rare) is read again from the right start before its rows are used. Line numbers are counted by
 * each worker from where it started, and made whole here the same way.
 *
 * Memory: at most two ranges more than there are workers are read ahead of the one taken; their
 * batches wait here.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MalformedCsvError } from '../../data/read-csv.js';
import type { Mark, Reply, RowBatch, Task, WorkerSetup } from './protocol.js';

/** The default size of a range: large enough that a worker's start-up and a range's guess are nothing beside it. */
export const RANGE_BYTES = 4 << 20;
/** Candidates recalled by one task. */
const RECALL_PIECE = 16_384;

/** The worker script beside this module; undefined where there is none (a bundle, the sources run untranspiled). */
function workerScript(): URL | undefined {
    try {
        const script = new URL('./worker.js', import.meta.url);
        return script.protocol === 'file:' && existsSync(fileURLToPath(script)) ? script : undefined;
    } catch {
        return undefined;
    }
}

export function workersAvailable(): boolean {
    return workerScript() !== undefined;
}

interface TaskState {
    attempt: number;
    exact: boolean;
    /** A range's end (where the next range starts). */
    end: number;
    batches: RowBatch[];
    first?: Mark;
    next?: Mark;
    failed?: Extract<Reply, { type: 'failed' }>;
}

export class CaseloadWorkers {
    private readonly workers: Worker[] = [];
    private readonly idle: Worker[] = [];
    private readonly states = new Map<number, TaskState>();
    private readonly queue: Task[] = [];
    private nextId = 0;
    /** The task ids of the current phase start here; tasks before `base + taken + ahead` may run. */
    private base = 0;
    private taken = 0;
    private readonly ahead: number;
    private wake: (() => void) | undefined;
    private failure: Error | undefined;
    private closed = false;

    constructor(private readonly setup: WorkerSetup, count: number) {
        this.ahead = count + 2;
        for (let i = 0; i < count; i++) {
            const worker = new Worker(workerScript()!, { workerData: setup });
            worker.on('message', (reply: Reply) => this.receive(worker, reply));
            worker.on('error', (error) => this.fail(error));
            worker.on('exit', (code) => {
                if (!this.closed) this.fail(new Error(`A worker thread stopped (exit code ${code})`));
            });
            this.workers.push(worker);
            this.idle.push(worker);
        }
    }

    /**
     * The rows of the records from `first` (the first data record: its byte offset and line) to the
     * end of the file, batch by batch in file order, each with the number to add to its lines.
     */
    async *ranges(first: Mark, rangeBytes: number): AsyncGenerator<{ batch: RowBatch; lineDelta: number }> {
        const { fileBytes } = this.setup;
        const count = Math.max(1, Math.ceil((fileBytes - first.byte) / rangeBytes));
        const base = this.startPhase();
        for (let k = 0; k < count; k++) {
            const start = first.byte + k * rangeBytes;
            const end = k === count - 1 ? Infinity : start + rangeBytes;
            this.add({ type: 'range', chunk: base + k, attempt: 0, start, exact: k === 0, end });
        }
        let previous = first; // the first record of the range to take, as the range before found it (lines whole)
        for (let k = 0; k < count; k++) {
            const id = base + k;
            const state = this.states.get(id)!;
            this.taken = k;
            this.pump();
            await this.until(() => state.first !== undefined || state.failed !== undefined);
            if (!state.exact && (state.first === undefined || state.first.byte !== previous.byte)) {
                // the guessed start was inside a record: read the range again from its first record
                this.retry(id, state, previous.byte);
                k--;
                continue;
            }
            // an exact start's first record is on its first line
            const lineDelta = previous.line - (state.first?.line ?? 1);
            for (;;) {
                await this.until(() => state.batches.length > 0 || state.next !== undefined || state.failed !== undefined);
                if (state.batches.length > 0) yield { batch: state.batches.shift()!, lineDelta };
                else if (state.failed !== undefined) throw this.errorOf(state.failed, lineDelta);
                else break;
            }
            previous = { byte: state.next!.byte, line: state.next!.line + lineDelta };
            this.states.delete(id);
        }
    }

    /** The records at `positions` (increasing), batch by batch in that order, each with the index of its first position. */
    async *recall(positions: Float64Array): AsyncGenerator<{ batch: RowBatch; offset: number }> {
        const base = this.startPhase();
        const count = Math.ceil(positions.length / RECALL_PIECE);
        for (let p = 0; p < count; p++) {
            this.add({ type: 'recall', chunk: base + p, attempt: 0, positions: positions.slice(p * RECALL_PIECE, (p + 1) * RECALL_PIECE) });
        }
        for (let p = 0; p < count; p++) {
            const state = this.states.get(base + p)!;
            this.taken = p;
            this.pump();
            for (;;) {
                await this.until(() => state.batches.length > 0 || state.next !== undefined || state.failed !== undefined);
                if (state.batches.length > 0) yield { batch: state.batches.shift()!, offset: p * RECALL_PIECE };
                else if (state.failed !== undefined) throw this.errorOf(state.failed, 0);
                else break;
            }
            this.states.delete(base + p);
        }
    }

    async close(): Promise<void> {
        this.closed = true;
        await Promise.all(this.workers.map((w) => w.terminate()));
    }

    /** A new phase: whatever an earlier one left (a read stopped early) is dropped. */
    private startPhase(): number {
        this.states.clear();
        this.queue.length = 0;
        this.base = this.nextId;
        this.taken = 0;
        return this.base;
    }

    private add(task: Task): void {
        this.nextId = task.chunk + 1;
        this.states.set(task.chunk, task.type === 'range'
            ? { attempt: 0, exact: task.exact, end: task.end, batches: [] }
            : { attempt: 0, exact: true, end: Infinity, batches: [] });
        this.queue.push(task);
    }

    private retry(id: number, state: TaskState, start: number): void {
        state.attempt++;
        state.exact = true;
        state.batches = [];
        delete state.first;
        delete state.next;
        delete state.failed;
        this.queue.unshift({ type: 'range', chunk: id, attempt: state.attempt, start, exact: true, end: state.end });
        this.pump();
    }

    private pump(): void {
        while (this.idle.length > 0 && this.queue.length > 0 && this.queue[0]!.chunk < this.base + this.taken + this.ahead) {
            const task = this.queue.shift()!;
            const worker = this.idle.pop()!;
            worker.postMessage(task, task.type === 'recall' ? [task.positions.buffer as ArrayBuffer] : []);
        }
    }

    private receive(worker: Worker, reply: Reply): void {
        if (reply.type !== 'rows') {
            this.idle.push(worker);
            this.pump();
        }
        const state = this.states.get(reply.chunk);
        if (state !== undefined && state.attempt === reply.attempt) {
            if (reply.type === 'failed') {
                state.failed = reply;
            } else {
                state.first ??= reply.first;
                if (reply.type === 'rows') state.batches.push(reply.batch);
                else state.next = reply.next;
            }
        }
        this.wake?.();
    }

    private fail(error: Error): void {
        this.failure ??= error;
        this.wake?.();
    }

    private async until(ready: () => boolean): Promise<void> {
        while (!ready()) {
            if (this.failure !== undefined) throw this.failure;
            await new Promise<void>((resolve) => (this.wake = resolve));
            this.wake = undefined;
        }
    }

    private errorOf(failed: Extract<Reply, { type: 'failed' }>, lineDelta: number): Error {
        if (failed.malformed !== undefined) return new MalformedCsvError(this.setup.filePath, failed.malformed.line + lineDelta, failed.malformed.detail);
        return new Error(failed.message);
    }
}
