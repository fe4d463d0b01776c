/**
 * Threads that explain the decided households (explain-chunk.ts) while the main thread reads the
 * next chunks out of DuckDB and hands the explained ones over: explaining (every household
 * evaluated again, its sentence worded) was half of the main thread's work in the last phase of a
 * run. Chunks go to the threads in turn and each thread answers in the order it was given them, so
 * the answers are taken in the order of the chunks.
 *
 * A thread's failure rejects every chunk it was given or will be (never a wait without end): the
 * engines' disagreement as `EnginesDisagreeError`, which stops the run as it does without threads.
 * Without a worker script beside this module (the sources run untranspiled) chunks are explained
 * in the main thread, as with a single thread asked for.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { writtenTextsOf } from '@kaidah/engine';
import { EnginesDisagreeError } from '../sql-caseload.js';
import type { DecidedChunk } from './decided-chunk.js';
import { chunkExplainer, type ExplainedChunk, type ExplainSetup } from './explain-chunk.js';
import type { ExplainReply, ExplainWorkerData } from './duckdb-explain-worker.js';

export interface ChunkExplaining {
    /** How many chunks may wait to be taken, explained or being explained, for every thread to stay busy. */
    readonly ahead: number;
    /** The chunk's explanations (a rejected promise is handled: await it to see the error). */
    explain(chunk: DecidedChunk): Promise<ExplainedChunk>;
    close(): Promise<void>;
}

/** `threads` worker threads running `script` (none: the chunks are explained in this one). */
export function startExplaining(setup: ExplainSetup, threads: number, script = workerScript()): ChunkExplaining {
    if (threads < 1 || script === undefined) {
        const explain = chunkExplainer(setup);
        return { ahead: 0, explain: async (chunk) => explain(chunk), close: async () => {} };
    }
    return new ExplainThreads(script, { ...setup, writtenTexts: writtenTextsOf(setup.plan) }, threads);
}

function workerScript(): URL | undefined {
    const script = new URL('./duckdb-explain-worker.js', import.meta.url);
    return script.protocol === 'file:' && existsSync(fileURLToPath(script)) ? script : undefined;
}

interface Waiting {
    resolve(explained: ExplainedChunk): void;
    reject(error: Error): void;
}

class ExplainThreads implements ChunkExplaining {
    readonly ahead: number;
    private readonly workers: Worker[] = [];
    private readonly waiting = new Map<number, Waiting>();
    private next = 0;
    private failure: Error | undefined;
    private closed = false;

    constructor(script: URL, data: ExplainWorkerData, threads: number) {
        this.ahead = 2 * threads;
        for (let i = 0; i < threads; i++) {
            const worker = new Worker(script, { workerData: data });
            worker.on('message', (reply: ExplainReply) => this.receive(reply));
            worker.on('error', (error) => this.fail(error));
            worker.on('exit', (code) => {
                if (!this.closed) this.fail(new Error(`A thread explaining decisions stopped (exit code ${code})`));
            });
            this.workers.push(worker);
        }
    }

    explain(chunk: DecidedChunk): Promise<ExplainedChunk> {
        const id = this.next++;
        const explained = new Promise<ExplainedChunk>((resolve, reject) => {
            if (this.failure !== undefined) return reject(this.failure);
            this.waiting.set(id, { resolve, reject });
            this.workers[id % this.workers.length]!.postMessage({ id, chunk });
        });
        explained.catch(() => {}); // taken later, in order: an early failure is no unhandled rejection
        return explained;
    }

    async close(): Promise<void> {
        this.closed = true;
        await Promise.all(this.workers.map((w) => w.terminate()));
    }

    private receive(reply: ExplainReply): void {
        const waiting = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        if (reply.explained !== undefined) return waiting?.resolve(reply.explained);
        const error = reply.disagree ? new EnginesDisagreeError(reply.message) : new Error(reply.message);
        if (reply.stack !== undefined) error.stack = reply.stack; // where in the thread it failed
        waiting?.reject(error);
        this.fail(error);
    }

    private fail(error: Error): void {
        this.failure ??= error;
        for (const waiting of this.waiting.values()) waiting.reject(this.failure);
        this.waiting.clear();
    }
}
