/**
 * What the main thread and the worker threads of a parallel caseload read say to each other
 * (see caseload-workers.ts). Results travel in columns — typed arrays for numbers, one string of texts —
 * because cloning a few arrays costs far less than cloning an object a row.
 */
import { problemReason, type Lang, type Plan, type RowProblem, type WrittenTexts } from '@kaidah/engine';
import type { CsvDelimiter } from '../../data/read-csv.js';
import type { DecisionLineFormat } from '../../output/csv-decision-lines.js';
import { LineBytes } from '../../output/line-bytes.js';

/** What every worker is started with. */
export interface WorkerSetup {
    filePath: string;
    fileBytes: number;
    delimiter: CsvDelimiter;
    plan: Plan;
    /** How the rule files write the Plan's parts, for the explanations: the copy of the Plan a worker gets has no record of it. */
    writtenTexts: WrittenTexts;
    lang: Lang;
    headers: string[];
    /** Decisions are written: explain the households decided at once, and every recalled one. */
    explain: boolean;
    /** The decisions file's lines, made here for the households decided at once (and not their sentences sent). */
    decisionLines?: DecisionLineFormat;
}

/** A record's start: its byte offset and its line (counted from 1 where the worker started reading). */
export interface Mark {
    byte: number;
    line: number;
}

export type Task =
    /**
     * The records that start in [start, end): from `start` itself when `exact` (a known record
     * boundary), else from the first line start at or after it (a guess the main thread checks).
     */
    | { type: 'range'; chunk: number; attempt: number; start: number; exact: boolean; end: number }
    /** The records at these byte offsets (graduation candidates, to explain them). */
    | { type: 'recall'; chunk: number; attempt: number; positions: Float64Array };

export type Reply =
    /** Rows of a range, in file order; `first` is the first record the worker read. */
    | { type: 'rows'; chunk: number; attempt: number; first: Mark; batch: RowBatch }
    /** The range is read: `next` is the first record at or after its end (the file's end: `byte` = file size). */
    | { type: 'done'; chunk: number; attempt: number; first: Mark; next: Mark }
    /** Reading failed; `line` (of a CSV that cannot be read on from there) counted as in `Mark`. */
    | { type: 'failed'; chunk: number; attempt: number; message: string; malformed?: { line: number; detail: string } };

export const HOUSEHOLD = 0;
export const REJECTED = 1;
export const UNREADABLE = 2;

const HAS_CATEGORY = 1;
const RANK_NUMBER = 2;
const RANK_TEXT = 4;
const HAS_SENTENCE = 8;
const SAME_DISTRICT = 16;
const SAME_SUBDISTRICT = 32;
const SAME_FACILITATOR = 64;

/**
 * Rows in columns. A household's texts: key, then district, sub-district and facilitator unless the
 * same as the household before, then category, rank text and sentence when it has them. The texts
 * travel as one string and their lengths: one string is copied at once, an array of them one by one.
 */
export interface RowBatch {
    count: number;
    kinds: Uint8Array;
    lines: Float64Array;
    positions: Float64Array;
    benefits: Float64Array;
    ranks: Float64Array;
    /** A household's flags, or a rejected row's number of problems. */
    flags: Uint32Array;
    /** A household's key as the household index fingerprints it (household-index.ts): two numbers a row. */
    hashes: Uint32Array;
    text: string;
    /** The length of each text in `text`, in order (the column may be longer: the rest unused). */
    lengths: Uint32Array;
    /** Where each row's decision line ends in `bytes` (a row with none: where the one before ends). */
    lineEnds: Uint32Array;
    /** The decision lines made (`WorkerSetup.decisionLines`), UTF-8. */
    bytes: Uint8Array;
}

/** A household as the main thread needs it: to place it, index its key and hand its decision over. */
export interface EvaluatedRow {
    key: string;
    district: string;
    subdistrict: string;
    facilitator: string;
    benefit: number;
    category: string | undefined;
    rankValue: number | string | undefined;
    /** Its explanation's first sentence; undefined when the worker left it (a candidate, or no decisions written). */
    sentence: string | undefined;
}

/** A problem of a row as its reject says it. */
export interface ProblemText {
    header: string;
    value: string;
    reason: string;
}

export function problemTexts(problems: readonly RowProblem[], lang: Lang): ProblemText[] {
    return problems.map((p) => ({ header: p.header, value: p.value, reason: problemReason(p, lang) }));
}

/**
 * The characters of text a batch holds at most (a row more may pass it): a string under V8's large
 * object size (128 KiB) is collected young; larger ones would pile up until a full collection, and
 * peak memory with them.
 */
const BATCH_CHARS = 32_000;
/** The bytes of decision lines a batch holds at most (a line more may pass it). */
const BATCH_BYTES = 1 << 20;

/** Fills a batch row by row (worker side). */
export class BatchWriter {
    private batch: RowBatch;
    private texts: string[] = [];
    private pieces = 0;
    private chars = 0;
    private readonly lines = new LineBytes();
    private last = { district: '\u0000', subdistrict: '\u0000', facilitator: '\u0000' };

    constructor(private readonly capacity: number) {
        this.batch = emptyBatch(capacity);
    }

    get count(): number {
        return this.batch.count;
    }

    get full(): boolean {
        return this.batch.count === this.capacity || this.chars >= BATCH_CHARS || this.lines.length >= BATCH_BYTES;
    }

    /** A household; `decision`: its decision's line, made here. */
    household(line: number, position: number, row: EvaluatedRow, high: number, low: number, decision?: string): void {
        const b = this.batch;
        const i = this.start(HOUSEHOLD, line, position);
        if (decision !== undefined) this.line(i, decision);
        const last = this.last;
        this.text(row.key);
        let flags = 0;
        if (row.district === last.district) flags |= SAME_DISTRICT;
        else this.text((last.district = row.district));
        if (row.subdistrict === last.subdistrict) flags |= SAME_SUBDISTRICT;
        else this.text((last.subdistrict = row.subdistrict));
        if (row.facilitator === last.facilitator) flags |= SAME_FACILITATOR;
        else this.text((last.facilitator = row.facilitator));
        if (row.category !== undefined) {
            flags |= HAS_CATEGORY;
            this.text(row.category);
        }
        if (typeof row.rankValue === 'number') {
            flags |= RANK_NUMBER;
            b.ranks[i] = row.rankValue;
        } else if (typeof row.rankValue === 'string') {
            flags |= RANK_TEXT;
            this.text(row.rankValue);
        }
        if (row.sentence !== undefined) {
            flags |= HAS_SENTENCE;
            this.text(row.sentence);
        }
        b.benefits[i] = row.benefit;
        b.flags[i] = flags;
        b.hashes[2 * i] = high;
        b.hashes[2 * i + 1] = low;
    }

    rejected(line: number, position: number, problems: ProblemText[]): void {
        const i = this.start(REJECTED, line, position);
        this.batch.flags[i] = problems.length;
        for (const p of problems) {
            this.text(p.header);
            this.text(p.value);
            this.text(p.reason);
        }
    }

    unreadable(line: number, position: number, preview: string): void {
        this.start(UNREADABLE, line, position);
        this.text(preview);
    }

    /** The rows so far; the writer starts a new batch. */
    take(): RowBatch {
        const b = this.batch;
        b.text = this.texts.join('');
        b.bytes = this.lines.take();
        this.batch = emptyBatch(this.capacity);
        this.texts = [];
        this.pieces = 0;
        this.chars = 0;
        this.last = { district: '\u0000', subdistrict: '\u0000', facilitator: '\u0000' };
        return b;
    }

    private text(text: string): void {
        const b = this.batch;
        if (this.pieces === b.lengths.length) {
            const lengths = new Uint32Array(2 * this.pieces);
            lengths.set(b.lengths);
            b.lengths = lengths;
        }
        b.lengths[this.pieces++] = text.length;
        this.texts.push(text);
        this.chars += text.length;
    }

    private line(i: number, decision: string): void {
        this.lines.add(decision);
        this.batch.lineEnds[i] = this.lines.length;
    }

    private start(kind: number, line: number, position: number): number {
        const b = this.batch;
        const i = b.count++;
        b.lineEnds[i] = this.lines.length;
        b.kinds[i] = kind;
        b.lines[i] = line;
        b.positions[i] = position;
        return i;
    }
}

/** A batch's number columns share one buffer: one allocation and one move a batch, not seven. */
function emptyBatch(capacity: number): RowBatch {
    const c = capacity;
    const buffer = new ArrayBuffer(49 * c);
    // the 8-byte columns first, then the 4-byte ones, then the bytes: each one aligned
    return {
        count: 0,
        lines: new Float64Array(buffer, 0, c),
        positions: new Float64Array(buffer, 8 * c, c),
        benefits: new Float64Array(buffer, 16 * c, c),
        ranks: new Float64Array(buffer, 24 * c, c),
        flags: new Uint32Array(buffer, 32 * c, c),
        hashes: new Uint32Array(buffer, 36 * c, 2 * c),
        lineEnds: new Uint32Array(buffer, 44 * c, c),
        kinds: new Uint8Array(buffer, 48 * c, c),
        text: '',
        // the texts' lengths, in a column that grows as they come
        lengths: new Uint32Array(c),
        bytes: new Uint8Array(0),
    };
}

/** The buffers a batch moves to the other thread (not copied). */
export function batchBuffers(batch: RowBatch): ArrayBuffer[] {
    return [batch.kinds.buffer as ArrayBuffer, batch.lengths.buffer as ArrayBuffer, batch.bytes.buffer as ArrayBuffer];
}

/** Reads a batch row by row (main side): `next()` moves on, then the row's fields are read. */
export class BatchCursor {
    index = -1;
    private piece = 0;
    private at = 0;
    constructor(readonly batch: RowBatch) {}

    next(): boolean {
        return ++this.index < this.batch.count;
    }

    get kind(): number {
        return this.batch.kinds[this.index]!;
    }

    get line(): number {
        return this.batch.lines[this.index]!;
    }

    get position(): number {
        return this.batch.positions[this.index]!;
    }

    get high(): number {
        return this.batch.hashes[2 * this.index]!;
    }

    get low(): number {
        return this.batch.hashes[2 * this.index + 1]!;
    }

    /** Where the current row's decision line starts in `batch.bytes`. */
    get lineStart(): number {
        return this.index === 0 ? 0 : this.batch.lineEnds[this.index - 1]!;
    }

    /** Where it ends: at its start when the row has none. */
    get lineEnd(): number {
        return this.batch.lineEnds[this.index]!;
    }

    /** The household of the current row, into `into` (one object, filled again for each row: it keeps the last district and units). */
    household(into: EvaluatedRow): EvaluatedRow {
        const b = this.batch;
        const i = this.index;
        const flags = b.flags[i]!;
        into.key = this.text();
        if (!(flags & SAME_DISTRICT)) into.district = this.text();
        if (!(flags & SAME_SUBDISTRICT)) into.subdistrict = this.text();
        if (!(flags & SAME_FACILITATOR)) into.facilitator = this.text();
        into.category = flags & HAS_CATEGORY ? this.text() : undefined;
        into.rankValue = flags & RANK_NUMBER ? b.ranks[i]! : flags & RANK_TEXT ? this.text() : undefined;
        into.sentence = flags & HAS_SENTENCE ? this.text() : undefined;
        into.benefit = b.benefits[i]!;
        return into;
    }

    problems(): ProblemText[] {
        const count = this.batch.flags[this.index]!;
        const problems: ProblemText[] = [];
        for (let p = 0; p < count; p++) problems.push({ header: this.text(), value: this.text(), reason: this.text() });
        return problems;
    }

    preview(): string {
        return this.text();
    }

    private text(): string {
        const length = this.batch.lengths[this.piece++]!;
        const start = this.at;
        this.at += length;
        return this.batch.text.slice(start, this.at);
    }
}
