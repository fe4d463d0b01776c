/**
 * A worker thread of a parallel caseload read (caseload-workers.ts): runs the tasks it is given
 * (task-runner.ts) one at a time and replies with their results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { restoreWrittenTexts } from '@kaidah/engine';
import { TaskRunner } from './task-runner.js';
import { batchBuffers, type Reply, type Task, type WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
restoreWrittenTexts(setup.plan, setup.writtenTexts);
const runner = new TaskRunner(setup);

/** Replies with the batch's columns moved, not copied. */
const post = (reply: Reply) => {
    if (reply.type !== 'rows') return parentPort!.postMessage(reply);
    parentPort!.postMessage(reply, batchBuffers(reply.batch));
};

parentPort!.on('message', (task: Task) => void runner.run(task, post));
