/**
 * The rejects of one `kaidah run`, in plain sight: written to a file beside `--out` (or beside
 * `--report` when there is no `--out`, or where `--rejects` says), counted for the report, and the
 * first of them printed on the terminal with where the rest went. Never written silently into the
 * folder the officer happens to stand in: with none of those options, no file is written and the
 * terminal says how to write one.
 */
import * as path from 'node:path';
import type { Lang } from '@kaidah/engine';
import type { Reject } from '../caseload/evaluate-caseload.js';
import { cliMessages } from '../messages.js';
import type { CsvStyle } from './csv-style.js';
import { RejectTally, type RejectSummary } from './reject-tally.js';
import { RejectsFile } from './write-rejects.js';

/** Rejects printed on the terminal; the report shows a few more, the file all. */
const SHOWN_ON_TERMINAL = 10;

/** `decisions.rejects.csv` beside `decisions.csv` (or beside the report); none without either. */
export function rejectsPathFor(options: { rejects?: string | undefined; out?: string | undefined; report?: string | undefined }): string | undefined {
    if (options.rejects !== undefined) return options.rejects;
    const beside = options.out ?? options.report;
    if (beside === undefined) return undefined;
    const parsed = path.parse(beside);
    return path.join(parsed.dir, `${parsed.name}.rejects.csv`);
}

export class RunRejects {
    private file: RejectsFile | undefined;
    private tally: RejectTally;

    constructor(
        readonly filePath: string | undefined,
        private readonly mask: (text: string) => string,
        private readonly style: CsvStyle,
        private readonly lang: Lang,
    ) {
        this.tally = new RejectTally(mask);
        this.file = filePath === undefined ? undefined : new RejectsFile(filePath, mask, style);
    }

    add(reject: Reject): void {
        this.tally.add(reject);
        this.file?.add(reject);
    }

    /** The run starts reading again from the top: what was counted so far is forgotten. */
    restart(): void {
        this.abandon();
        this.tally = new RejectTally(this.mask);
        this.file = this.filePath === undefined ? undefined : new RejectsFile(this.filePath, this.mask, this.style);
    }

    abandon(): void {
        this.file?.abandon();
    }

    /** Puts the file in place (or stages it with the run's outputs); true when there was anything. */
    commit(): boolean {
        return this.file?.commit() ?? false;
    }

    /**
     * Tells the officer: the first rejects, how many more, and where the whole list is (or how to
     * write it). `rows` is the number of rows rejected; `soFar` when the run stopped early.
     */
    tell(rows: number, written: boolean, soFar = false): void {
        if (this.tally.problems === 0) return;
        const text = cliMessages(this.lang);
        const first = this.tally.summary(undefined).first.slice(0, SHOWN_ON_TERMINAL);
        for (const reject of first) console.error(this.mask(text.rejectLine(reject.file, reject.row, reject.column, reject.value, reject.reason)));
        if (this.tally.problems > first.length) console.error(text.moreRejects(this.tally.problems - first.length));
        if (!written) console.error(text.rejectsNotWritten(rows));
        else console.error(soFar ? text.rejectsSoFar(rows, this.filePath!) : text.rejectsWritten(rows, this.filePath!));
    }

    /** `commit` and `tell`, for a run that stops without other outputs. */
    finish(rows: number, soFar = false): void {
        this.tell(rows, this.commit(), soFar);
    }

    /** What the report shows; the link to the whole list is relative to the report's folder. */
    summary(reportPath: string | undefined): RejectSummary {
        const summary = this.tally.summary(this.filePath);
        if (this.filePath !== undefined && reportPath !== undefined) {
            const relative = path.relative(path.dirname(path.resolve(reportPath)), path.resolve(this.filePath)).split(path.sep).join('/');
            summary.link = relative.startsWith('.') ? relative : `./${relative}`;
        }
        return summary;
    }
}
