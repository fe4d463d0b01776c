/**
 * A whole caseload through the rules, in bounded memory: what `kaidah run`, `kaidah explain` and
 * each side of `kaidah diff` do, whatever the format of the data (see data/household-source.ts).
 *
 * 1. Read the source once, front to back. Each row is coerced to the schema (a bad row is a
 *    reject, with file, row, column, value and reason) and evaluated. A household that stays, or
 *    whose district the rules do not know, is decided at once: its decision is handed to
 *    `onDecision` and nothing of it is kept here. A graduation candidate is placed in a
 *    `QuotaSelection`, which keeps only what ranking needs (key, units, category, rank value, and
 *    where the row is in the source).
 * 2. Every household once. Each key read is indexed (household-index.ts: a fingerprint, the row
 *    and its position, about 30 bytes a household). A row whose key was met before is held back,
 *    undecided, to the end of the read; then it and the key's first row are read again and
 *    compared on their real text (repeated-households.ts). The same data: the repeat is rejected
 *    as a "duplicate of row 12". Different data: nobody can know which row is right, so every row
 *    of the key is rejected, and the first row's decision, made during the read, is taken back:
 *    from the `QuotaSelection` (`withdraw`) when nobody was handed it yet; otherwise the callers
 *    are told to forget what they were handed (`onRestart`) and the caseload is read once more,
 *    the conflicting keys now known and rejected as they are met. A second read is the price of a
 *    conflict in a household already handed over; a caseload without conflicts is read once.
 *    Decisions do not depend on row order: which of identical rows is decided changes nothing.
 * 3. Rank every district's (sub-district's, facilitator's) candidates and fill the targets.
 * 4. Only if decisions are wanted: read the candidates again from the source, evaluate them again
 *    and hand over their decisions, now with rank and status. Read again rather than kept, because
 *    candidates can be a large part of a caseload and a household's explanation is long.
 *
 * Memory grows with the candidates and the keys, not with the text of the caseload (unless a caller
 * keeps what it is handed); every row read ends up decided or rejected: read = decided + rejected.
 *
 * Threads (`threads`, a large CSV file: parallel/). Worker threads do the reading, coercing,
 * evaluating and explaining of steps 1 and 4, range by range; this thread takes their rows in row
 * order and does the rest as above (every household once, placing, ranking, handing over), so
 * that what is handed over, and in which order, does not depend on the threads.
 */
import {
    QuotaSelection,
    describeStatus,
    prepareEvaluator,
    prepareExplainer,
    writtenTextsOf,
    type Allocation,
    type HouseholdResult,
    type HouseholdStatus,
    type Lang,
    type Plan,
    type RowProblem,
    type RowReader,
    type SelectedQuotas,
    type Value,
} from '@kaidah/engine';
import { statSync } from 'node:fs';
import { CsvSource } from '../data/csv-source.js';
import type { HouseholdSource, SourceProblem, SourceRecord, UnreadableRecord } from '../data/household-source.js';
import { BenefitBands } from '../output/benefit-bands.js';
import type { Progress } from '../output/progress.js';
import type { DecisionLineFormat } from '../output/csv-decision-lines.js';
import { cliMessages } from '../messages.js';
import { DataChangedError } from './data-changed.js';
import { HashedKey, HouseholdIndex } from './household-index.js';
import { caseloadMessages } from './messages.js';
import { asSentence, StatusSentences } from './explanation-sentences.js';
import { HeaderSearch, type HeaderBelowTitle } from './header-search.js';
import { HeldRows, settleRepeats, type RowAt } from './repeated-households.js';
import { CaseloadWorkers } from './parallel/caseload-workers.js';
import { ResultFromRow, emptyRow, rowSlots } from './parallel/household-row.js';
import { parallelCsvFile } from './parallel/parallel-csv.js';
import { BatchCursor, HOUSEHOLD, REJECTED, UNREADABLE, problemTexts, type Mark, type ProblemText } from './parallel/protocol.js';

export { DataChangedError } from './data-changed.js';
export { asSentence, NO_ALLOCATION } from './explanation-sentences.js';

const ESTIMATE_AFTER_ROWS = 8192;

/** A data row that could not be used, one per problem cell, with where it is and why. */
export interface Reject {
    file: string;
    row: number;
    column: string;
    value: string;
    reason: string;
}

export interface CaseloadOptions {
    plan: Plan;
    source: HouseholdSource;
    /** The data file as shown in rejects (relative to the working folder). */
    file: string;
    lang: Lang;
    /** Stop when more rows than this are rejected. */
    maxRejects?: number;
    progress?: Progress;
    /** Starts the bar for reading the candidates again to explain them (when decisions are written). */
    recallProgress?: () => Progress;
    /**
     * Every decision, when decisions are written: candidates come after the rest, once ranked. The
     * explanation is two sentences: the category (with the values that decided it), then the status.
     */
    onDecision?: (result: HouseholdResult, status: HouseholdStatus, explanation: string) => void;
    onReject?: (reject: Reject) => void;
    /**
     * With `onDecision`, for a CSV decisions file read by threads: the worker threads make the file's
     * lines of the households decided at once, which are handed over made (`write`), not to
     * `onDecision`; the candidates still go to `onDecision` once ranked.
     */
    decisionLines?: { format: DecisionLineFormat; write(bytes: Uint8Array, start: number, end: number): void };
    /**
     * Every household evaluated in the reading pass, in the order of the data (not again when
     * candidates are read again): with its status when it was decided at once, or else undefined and
     * its index among the candidates, whose status `selected.statusOf(candidate)` gives once ranked.
     */
    onEvaluated?: (result: HouseholdResult, status: HouseholdStatus | undefined, candidate: number) => void;
    /** `kaidah explain`: the key of the household to find (its fields are kept). */
    wantedKey?: string;
    /**
     * A household handed over already (to `onDecision`, `onEvaluated` or `onReject`) turned out to
     * be listed twice with different data: forget everything handed over; the caseload is read again.
     */
    onRestart?: () => void | Promise<void>;
    /**
     * Threads to read a CSV file with, this one counted: `threads - 1` workers beside it, which is
     * busy too (default 1: this thread alone). Used for a file of at
     * least two ranges, read whole by `onDecision`, `onReject` and the outcome (not with
     * `onEvaluated` or `wantedKey`); then the result handed to `onDecision` carries the key, district
     * and unit columns, benefit, category and rank value only, and is filled again for each household.
     */
    threads?: number;
    /** The bytes of CSV a worker reads at a time (default 4 MiB; tests make it tiny to cut small files into many ranges). */
    rangeBytes?: number;
}

export interface FoundHousehold {
    row: number;
    fields: string[];
    /** A status now, or the index of a candidate in the selection. */
    status?: HouseholdStatus;
    candidate?: number;
    /** Set when the row was rejected. */
    problems?: RowProblem[];
}

export type CaseloadOutcome =
    | {
        ok: true;
        selected: SelectedQuotas;
        allocation: Allocation;
        counts: { read: number; decided: number; rejected: number };
        benefitDistribution: { from: number; to: number; households: number }[];
        /** Rows with the wanted key (`wantedKey`), decided or rejected. */
        found: FoundHousehold[];
        /** The reader that read the rows, to read the `found` rows again (explain). */
        reader: RowReader;
        /** Threads that read the caseload, this one counted (1 or absent: this thread alone). */
        threads?: number;
        /** Where the header stood when records above it (a title) were passed over, and how many. */
        header?: HeaderBelowTitle;
    }
    | { ok: false; problem: 'empty' }
    /**
     * `row`: where the record naming the most columns stands, when it is not the first (a title
     * above it); `otherSheets`: a workbook's other sheets, where the table may be.
     */
    | { ok: false; problem: 'missing-columns'; missing: string[]; found: string[]; row?: number; otherSheets?: string[] }
    | { ok: false; problem: 'too-many-rejects'; read: number; rejected: number }
    | ({ ok: false } & SourceProblem);

/** Why a caseload could not be evaluated: nothing was decided. */
export type CaseloadFailure = Exclude<CaseloadOutcome, { ok: true }>;

export async function evaluateCaseload(options: CaseloadOptions): Promise<CaseloadOutcome> {
    const first = await readCaseload(options, new Map());
    if (first.conflicts === undefined) return first.outcome;
    await options.onRestart?.();
    const again = await readCaseload(options, first.conflicts);
    if (again.conflicts !== undefined) throw new DataChangedError([...again.conflicts.keys()][0]!);
    return again.outcome;
}

/**
 * One read of the caseload. `knownConflicts` (key → its rows) are rejected as they are met. Returns
 * the conflicts found instead of an outcome when a household handed over must be taken back.
 */
async function readCaseload(
    options: CaseloadOptions,
    knownConflicts: ReadonlyMap<string, number[]>,
): Promise<{ outcome: CaseloadOutcome; conflicts?: undefined } | { conflicts: Map<string, number[]> }> {
    const { plan, source, lang, onDecision, onReject, decisionLines: lines } = options;
    const evaluator = prepareEvaluator(plan);
    const explainer = onDecision === undefined ? undefined : prepareExplainer(plan, lang);
    const selection = new QuotaSelection(plan);
    const bands = new BenefitBands();
    /** Benefits of households taken back, out of their bands at the end. */
    const withdrawnBenefits: number[] = [];
    const maxRejects = options.maxRejects ?? Infinity;
    const wanted = options.wantedKey?.trim();
    const found: FoundHousehold[] = [];
    const index = new HouseholdIndex();
    const held = new HeldRows();
    const hashed = new HashedKey();
    const keySlot = plan.schema.columns.findIndex((c) => c.name === plan.schema.keyColumn);
    const keyHeader = plan.schema.columns[keySlot]?.header ?? plan.schema.keyColumn;
    const repeats = caseloadMessages(lang);
    // a large CSV file is read by worker threads from its first data record on (parallel/)
    const parallel = parallelCsvFile(options);
    let firstRecord: Mark | undefined;
    let headers: string[] = [];
    let reader: RowReader | undefined;
    let missing: { missing: string[]; found: string[]; row?: number } | undefined;
    let keyPosition = -1;
    let read = 0;
    let decided = 0;
    let rejected = 0;
    let stoppedByRejects = false;

    const reject = (row: number, column: string, value: string, reason: string) =>
        onReject?.({ file: options.file, row, column, value, reason });

    // an office's export may have a title above its table: the header is searched for (header-search.ts)
    const search = new HeaderSearch(plan.schema, source.kind === 'csv' || source.kind === 'xlsx');
    const onHeader = (fields: string[], row: number): boolean | 'not-header' => {
        const answer = search.offer(fields, row);
        if (answer === 'not-header') return answer;
        if (answer === false) {
            missing = search.missingColumns();
            return false;
        }
        const header = search.found!;
        headers = header.headers;
        reader = header.reader;
        // the key of a rejected row is read from its fields, where the row reader finds the key
        if (wanted !== undefined) keyPosition = reader.fieldIndexOf(plan.schema.keyColumn);
        return true;
    };

    const text = cliMessages(lang);
    const statusSentences = new StatusSentences(lang);
    const statusSentence = (status: HouseholdStatus): string => statusSentences.of(status);
    /** Counts and places one evaluated household: its status when it is decided now. */
    const place = (result: HouseholdResult, position: number): HouseholdStatus | undefined => {
        decided++;
        bands.add(result.benefit);
        return selection.place(result, position);
    };
    /** Evaluates and places one household; hands over its decision when it is decided now. */
    const decide = (record: SourceRecord, values: Value[]): void => {
        const result = evaluator.evaluate(values);
        const status = place(result, record.position);
        options.onEvaluated?.(result, status, status === undefined ? selection.candidates - 1 : -1);
        if (status === undefined) {
            if (onDecision !== undefined) source.keep(record); // to be read again and explained
            if (wanted !== undefined && result.key === wanted) {
                found.push({ row: record.row, fields: record.fields, candidate: selection.candidates - 1 });
            }
        } else {
            if (wanted !== undefined && result.key === wanted) found.push({ row: record.row, fields: record.fields, status });
            onDecision?.(result, status, `${explainer!.sentence(result)} ${statusSentence(status)}`);
        }
    };
    const tooManyRejects = (): boolean => {
        if (rejected > maxRejects) stoppedByRejects = true;
        return stoppedByRejects;
    };
    const unreadable = (row: number, preview: string, why: UnreadableRecord): boolean => {
        rejected++;
        reject(row, '', preview.slice(0, 200), text.unreadableRecord(why));
        return !tooManyRejects();
    };
    const rejectRow = (row: number, problems: readonly ProblemText[]): boolean => {
        rejected++;
        for (const problem of problems) reject(row, problem.header, problem.value, problem.reason);
        return !tooManyRejects();
    };
    /** Every household once: true for a key met for the first time; else the row is held back, or rejected (a known conflict). */
    // the households a CSV file holds, estimated from its size and its first rows: the index is made that large at once
    let fileBytes = parallel?.fileBytes ?? (source instanceof CsvSource ? statSync(source.filePath).size : 0);
    const firstOfKey = (key: string, row: number, position: number, high: number, low: number): boolean => {
        if (read >= ESTIMATE_AFTER_ROWS && fileBytes > 0) {
            index.reserve(Math.ceil(((read * fileBytes) / Math.max(position, 1)) * 1.05));
            fileBytes = 0;
        }
        if (knownConflicts.size > 0) {
            const rows = knownConflicts.get(key);
            if (rows !== undefined) {
                rejected++;
                reject(row, keyHeader, key, repeats.conflicting(rows, key));
                return false;
            }
        }
        const entry = index.add(high, low, row, position);
        if (entry < 0) return true;
        held.hold(row, position, entry); // settled once the read is over
        return false;
    };
    const onRecord = (record: SourceRecord): boolean => {
        if (parallel !== undefined) {
            // the workers read from here on
            firstRecord = { byte: record.position, line: record.row };
            return false;
        }
        read++;
        if ((read & 4095) === 0) options.progress?.update(lastDone, lastTotal, read);
        if (record.unreadable !== undefined) return unreadable(record.row, record.fields[0]!, record.unreadable);
        const row = reader!.read(record.fields);
        if (!row.ok) {
            if (wanted !== undefined && keyPosition >= 0 && (record.fields[keyPosition] ?? '').trim() === wanted) {
                found.push({ row: record.row, fields: record.fields, problems: row.problems });
            }
            return rejectRow(record.row, problemTexts(row.problems, lang));
        }
        const key = String(row.values[keySlot]);
        hashed.of(key);
        if (firstOfKey(key, record.row, record.position, hashed.high, hashed.low)) decide(record, row.values);
        return !tooManyRejects();
    };

    let lastDone = 0;
    let lastTotal = 0;
    const outcome = await source.read(onHeader, onRecord, (done, total) => {
        lastDone = done;
        lastTotal = total;
        if (firstRecord === undefined) options.progress?.update(done, total, read);
    });
    if (firstRecord === undefined) options.progress?.stop();
    if (outcome === 'empty' && search.best === undefined) return { outcome: { ok: false, problem: 'empty' } };
    if (outcome !== undefined && outcome !== 'empty') return { outcome: { ok: false, ...outcome } };
    // a file that ended while its header was searched for: the record naming the most columns is reported
    missing ??= reader === undefined ? search.missingColumns() : undefined;
    if (missing !== undefined) return { outcome: { ok: false, problem: 'missing-columns', ...missing, ...otherSheetsOf(source) } };
    if (reader === undefined) return { outcome: { ok: false, problem: 'empty' } };

    const workers = parallel === undefined || firstRecord === undefined ? undefined : new CaseloadWorkers({
        ...parallel, delimiter: (source as CsvSource).delimiterInUse!, plan, writtenTexts: writtenTextsOf(plan), lang, headers, explain: onDecision !== undefined,
        ...(onDecision === undefined || lines === undefined ? {} : { decisionLines: lines.format }),
    }, parallel.threads - 1);
    try {
        if (workers !== undefined) {
            // the rows as the workers evaluated them, taken in row order as `onRecord` takes them
            const fromRow = new ResultFromRow(rowSlots(plan));
            const household = emptyRow();
            let reading = true;
            for await (const { batch, lineDelta } of workers.ranges(firstRecord!, parallel!.rangeBytes)) {
                const rows = new BatchCursor(batch);
                while (reading && rows.next()) {
                    read++;
                    const row = rows.line + lineDelta;
                    const position = rows.position;
                    if ((read & 4095) === 0) options.progress?.update(position, parallel!.fileBytes, read);
                    if (rows.kind === UNREADABLE) reading = unreadable(row, rows.preview(), 'too-long');
                    else if (rows.kind === REJECTED) reading = rejectRow(row, rows.problems());
                    else {
                        const h = rows.household(household);
                        if (firstOfKey(h.key, row, position, rows.high, rows.low)) {
                            const result = fromRow.fill(h);
                            const status = place(result, position);
                            if (status !== undefined && onDecision !== undefined) {
                                if (rows.lineEnd > rows.lineStart) lines!.write(batch.bytes, rows.lineStart, rows.lineEnd);
                                else onDecision(result, status, `${h.sentence!} ${statusSentence(status)}`);
                            }
                        }
                        reading = !tooManyRejects();
                    }
                }
                if (!reading) break;
            }
            options.progress?.stop();
        }
        if (stoppedByRejects) return { outcome: { ok: false, problem: 'too-many-rejects', read, rejected } };

        if (held.count > 0) {
            const rowReader = reader;
            const conflicts = new Map<string, number[]>();
            let handedOver = false;
            const newHouseholds: RowAt[] = [];
            const districtSlot = plan.schema.columns.findIndex((c) => c.name === plan.schema.districtColumn);
            await settleRepeats({
                held, index, source, read: (fields) => rowReader.read(fields), keySlot, districtSlot,
                handlers: {
                    duplicate: (repeat, of, key) => {
                        rejected++;
                        reject(repeat.row, keyHeader, key, repeats.duplicateOf(of.row));
                    },
                    newHousehold: (row) => newHouseholds.push(row),
                    conflict: (rows, key) => {
                        conflicts.set(key, rows.map((r) => r.row));
                        const firstRow = rows[0]!;
                        if (!firstRow.first) return;
                        // the first row was decided during the read: take it back
                        const result = evaluator.evaluate(firstRow.values);
                        const status = selection.statusNow(result);
                        if (options.onEvaluated !== undefined || (status !== undefined && onDecision !== undefined)) handedOver = true;
                        selection.withdraw(result, status === undefined ? selection.candidateAt(firstRow.position) : -1);
                        withdrawnBenefits.push(Math.round(result.benefit));
                        decided--;
                        const at = found.findIndex((f) => f.row === firstRow.row);
                        if (at >= 0) found.splice(at, 1);
                    },
                },
            });
            if (handedOver) return { conflicts };
            for (const [key, rows] of conflicts) {
                for (const row of rows) {
                    rejected++;
                    reject(row, keyHeader, key, repeats.conflicting(rows, key));
                }
            }
            for (const row of newHouseholds) decide({ row: row.row, fields: row.fields, position: row.position }, row.values);
            if (rejected > maxRejects) return { outcome: { ok: false, problem: 'too-many-rejects', read, rejected } };
        }

        const selected = selection.finish();
        const allocation = selected.allocation;

        if (onDecision !== undefined && selected.candidates > 0) {
            const positions = new Float64Array(selected.candidates);
            for (let c = 0; c < positions.length; c++) positions[c] = selected.positionOf(c);
            const total = positions.length;
            const progress = options.recallProgress?.();
            /** A candidate read again: the same household as read first, now with its rank and status. */
            const explainCandidate = (c: number, result: HouseholdResult | undefined, sentence: () => string): void => {
                if ((c & 4095) === 0) progress?.update(c, total, c);
                if (result === undefined || result.key !== selected.keyOf(c)) throw new DataChangedError(selected.keyOf(c));
                const status = selected.statusOf(c);
                onDecision(result, status, `${sentence()} ${asSentence(describeStatus(allocation, status, lang))}`);
            };
            if (workers !== undefined) {
                const fromRow = new ResultFromRow(rowSlots(plan));
                const household = emptyRow();
                for await (const { batch, offset } of workers.recall(positions)) {
                    const rows = new BatchCursor(batch);
                    while (rows.next()) {
                        const h = rows.kind === HOUSEHOLD ? rows.household(household) : undefined;
                        explainCandidate(offset + rows.line, h === undefined ? undefined : fromRow.fill(h), () => h!.sentence!);
                    }
                }
            } else {
                const rowReader = reader;
                await source.recall(positions, (c, fields) => {
                    const row = rowReader.read(fields);
                    const result = row.ok ? evaluator.evaluate(row.values) : undefined;
                    explainCandidate(c, result, () => explainer!.sentence(result!));
                });
            }
            progress?.stop();
        }
        for (const f of found) if (f.candidate !== undefined) f.candidate = selected.indexOfPlaced(f.candidate);

        return {
            outcome: {
                ok: true,
                selected,
                allocation,
                counts: { read, decided, rejected },
                benefitDistribution: withoutBenefits(bands.bands(), withdrawnBenefits),
                found,
                reader,
                threads: workers === undefined ? 1 : parallel!.threads,
                ...(search.below === undefined ? {} : { header: search.below }),
            },
        };
    } finally {
        await workers?.close();
    }
}

/** A workbook's other sheets, for a header not found: the table may be on one of them. */
export function otherSheetsOf(source: HouseholdSource): { otherSheets?: string[] } {
    return source.otherSheets === undefined || source.otherSheets.length === 0 ? {} : { otherSheets: [...source.otherSheets] };
}

/** The benefit bands without the households taken back (`BenefitBands` only counts up). */
function withoutBenefits<B extends { from: number; to: number; households: number }>(bands: B[], benefits: number[]): B[] {
    for (const benefit of benefits) {
        const band = bands.find((b) => (b.from === b.to ? benefit === b.from || !(benefit > 0) : b.from <= benefit && benefit < b.to));
        if (band !== undefined) band.households--;
    }
    return bands;
}
