/**
 * What a thread of a parallel caseload read does with a task (caseload-workers.ts): reads a byte
 * range of the CSV file, or records at given offsets, and coerces, evaluates and explains each row
 * as the single-threaded read does, replying with the results in batches (worker.ts runs it). It
 * decides nothing that depends on other rows (repeats, ranking): the main thread does, in row order.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import {
    QuotaSelection,
    createRowReader,
    prepareEvaluator,
    prepareExplainer,
    type Evaluator,
    type HouseholdExplainer,
    type RowReader,
} from '@kaidah/engine';
import { MalformedCsvError, readCsvFile, readCsvRecordsAt } from '../../data/read-csv.js';
import { TextDecoding } from '../../data/text-encoding.js';
import { evaluatedRow, rowSlots, type RowSlots } from './household-row.js';
import { HashedKey } from '../household-index.js';
import { StatusSentences } from '../explanation-sentences.js';
import { CsvDecisionLines } from '../../output/csv-decision-lines.js';
import { DecisionRows } from '../../output/decision-row.js';
import { BatchWriter, problemTexts, type Mark, type Reply, type Task, type WorkerSetup } from './protocol.js';

const BATCH_ROWS = 1024;
const LF = 10;

export class TaskRunner {
    private readonly reader: RowReader;
    private readonly evaluator: Evaluator;
    private readonly explainer: HouseholdExplainer | undefined;
    // only to ask whether a household is decided at once (then it is explained now) or is a candidate
    private readonly selection: QuotaSelection;
    private readonly slots: RowSlots;
    private readonly hashed = new HashedKey();
    /** The decisions file's lines of the households decided at once, when this thread makes them. */
    private readonly decisions: { lines: CsvDecisionLines; rows: DecisionRows; statuses: StatusSentences } | undefined;

    /** `setup.plan` must explain as the rule files write it (a worker's copy: `restoreWrittenTexts` first). */
    constructor(private readonly setup: WorkerSetup) {
        const { plan } = setup;
        this.reader = createRowReader(plan.schema, setup.headers);
        this.evaluator = prepareEvaluator(plan);
        this.explainer = setup.explain ? prepareExplainer(plan, setup.lang) : undefined;
        this.selection = new QuotaSelection(plan);
        this.slots = rowSlots(plan);
        this.decisions = setup.explain && setup.decisionLines !== undefined
            ? { lines: new CsvDecisionLines(setup.decisionLines), rows: new DecisionRows(plan), statuses: new StatusSentences(setup.lang) }
            : undefined;
    }

    /** Runs one task to its end; every reply, a failure included, goes to `reply`. */
    async run(task: Task, reply: (reply: Reply) => void): Promise<void> {
        try {
            await (task.type === 'range' ? this.readRange(task, reply) : this.recall(task, reply));
        } catch (error) {
            reply({
                type: 'failed',
                chunk: task.chunk,
                attempt: task.attempt,
                message: error instanceof Error ? error.message : String(error),
                ...(error instanceof MalformedCsvError ? { malformed: { line: error.line, detail: error.detail } } : {}),
            });
        }
    }

    /** The records starting in the task's range; the first one at or after its end is only noted. */
    private async readRange(task: Extract<Task, { type: 'range' }>, reply: (reply: Reply) => void): Promise<void> {
        const { reader, evaluator, explainer, selection, slots, hashed, decisions } = this;
        const { filePath, delimiter, fileBytes, lang } = this.setup;
        const { chunk, attempt, end } = task;
        const start = task.exact ? task.start : this.lineStartFrom(task.start);
        const atEnd: Mark = { byte: fileBytes, line: 0 };
        let first: Mark | undefined;
        let next: Mark | undefined;
        const batch = new BatchWriter(BATCH_ROWS);
        const send = () => reply({ type: 'rows', chunk, attempt, first: first!, batch: batch.take() });
        if (start < fileBytes) {
            await readCsvFile(filePath, (record) => {
                const line = record.line;
                const position = record.offset;
                first ??= { byte: position, line };
                if (position >= end) {
                    next = { byte: position, line };
                    return false;
                }
                if (record.tooLong) {
                    batch.unreadable(line, position, record.fields[0]!.slice(0, 200));
                } else {
                    const row = reader.read(record.fields);
                    if (!row.ok) {
                        batch.rejected(line, position, problemTexts(row.problems, lang));
                    } else {
                        const result = evaluator.evaluate(row.values);
                        // a candidate is explained once ranked, when its rank is known
                        const status = explainer === undefined ? undefined : selection.statusAtOnce(result);
                        const sentence = status === undefined ? undefined : explainer!.sentence(result);
                        hashed.of(result.key);
                        if (decisions === undefined || status === undefined) {
                            batch.household(line, position, evaluatedRow(result, slots, sentence), hashed.high, hashed.low);
                        } else {
                            const decision = decisions.rows.of(result, status, `${sentence!} ${decisions.statuses.of(status)}`);
                            batch.household(line, position, evaluatedRow(result, slots, undefined), hashed.high, hashed.low, decisions.lines.line(decision));
                        }
                    }
                }
                if (batch.full) send();
                return true;
            }, { delimiter, from: start, decoding: new TextDecoding() }).catch((error: unknown) => {
                // the rows before a record that cannot be read are handed over, as one thread would
                if (batch.count > 0) send();
                throw error;
            });
        }
        first ??= atEnd;
        if (batch.count > 0) send();
        reply({ type: 'done', chunk, attempt, first, next: next ?? atEnd });
    }

    /** The candidates at the task's offsets, each evaluated and explained (a row that no longer reads: rejected, with no problem). */
    private async recall(task: Extract<Task, { type: 'recall' }>, reply: (reply: Reply) => void): Promise<void> {
        const { reader, evaluator, explainer, slots } = this;
        const { chunk, attempt, positions } = task;
        const batch = new BatchWriter(BATCH_ROWS);
        const first: Mark = { byte: positions[0] ?? 0, line: 0 };
        const send = () => reply({ type: 'rows', chunk, attempt, first, batch: batch.take() });
        readCsvRecordsAt(this.setup.filePath, this.setup.delimiter, positions, (i, fields) => {
            const row = reader.read(fields);
            if (!row.ok) {
                batch.rejected(i, positions[i]!, []);
            } else {
                const result = evaluator.evaluate(row.values);
                batch.household(i, positions[i]!, evaluatedRow(result, slots, explainer?.sentence(result)), 0, 0);
            }
            if (batch.full) send();
        }, new TextDecoding());
        if (batch.count > 0) send();
        reply({ type: 'done', chunk, attempt, first, next: first });
    }

    /** The first line start at or after `offset` (the file's size when there is none). */
    private lineStartFrom(offset: number): number {
        const { filePath, fileBytes } = this.setup;
        if (offset <= 0) return 0;
        const descriptor = openSync(filePath, 'r');
        try {
            const buffer = Buffer.allocUnsafe(1 << 16);
            let at = offset - 1; // a line starts at `offset` when the byte before it ends a line
            for (;;) {
                const read = readSync(descriptor, buffer, 0, buffer.length, at);
                if (read === 0) return fileBytes;
                const lf = buffer.subarray(0, read).indexOf(LF);
                if (lf >= 0) return at + lf + 1;
                at += read;
            }
        } finally {
            closeSync(descriptor);
        }
    }
}
