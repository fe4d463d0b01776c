/**
 * A thread explaining chunks of decided households (explain-threads.ts), one at a time in the
 * order they come; a failure is answered, never left unanswered.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { restoreWrittenTexts, type WrittenTexts } from '@kaidah/engine';
import { EnginesDisagreeError } from '../sql-caseload.js';
import type { DecidedChunk } from './decided-chunk.js';
import { chunkExplainer, type ExplainedChunk, type ExplainSetup } from './explain-chunk.js';

/** What the thread is started with: a copy of the Plan, which explains as the rule files write it once `writtenTexts` is put back. */
export interface ExplainWorkerData extends ExplainSetup {
    writtenTexts: WrittenTexts;
}

export type ExplainReply =
    | { id: number; explained: ExplainedChunk }
    | { id: number; explained?: undefined; message: string; stack: string | undefined; disagree: boolean };

const data = workerData as ExplainWorkerData;
restoreWrittenTexts(data.plan, data.writtenTexts);
const explain = chunkExplainer(data);

parentPort!.on('message', ({ id, chunk }: { id: number; chunk: DecidedChunk }) => {
    let explained: ExplainedChunk;
    try {
        explained = explain(chunk);
    } catch (error) {
        const failed: ExplainReply = error instanceof Error
            ? { id, message: error.message, stack: error.stack, disagree: error instanceof EnginesDisagreeError }
            : { id, message: String(error), stack: undefined, disagree: false };
        return parentPort!.postMessage(failed);
    }
    // the arrays moved, not copied
    const moved = explained.lines !== undefined ? [explained.lines.buffer] : [explained.lengths.buffer, explained.benefits.buffer];
    parentPort!.postMessage({ id, explained } satisfies ExplainReply, moved as ArrayBuffer[]);
});
