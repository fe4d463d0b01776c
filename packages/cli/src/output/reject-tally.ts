import type { Reject } from '../caseload/evaluate-caseload.js';

/** How many rejects the report and the terminal show as rows; the rest are in the rejects file. */
export const FIRST_REJECTS = 20;
/** Distinct reasons (or columns) counted by name; any beyond share one "other" count. */
const DISTINCT = 50;
/** A value longer than this is cut in what is shown (the rejects file has it whole). */
const SHOWN_VALUE = 200;

export interface RejectCount {
    name: string;
    problems: number;
}

/** What the report and the terminal say about the rejects of one run; bounded whatever the data. */
export interface RejectSummary {
    /** One per problem cell: a row with two bad cells is two. */
    problems: number;
    /** Most first; `otherReasons` counts the problems whose reason is not in the list. */
    byReason: RejectCount[];
    otherReasons: number;
    byColumn: RejectCount[];
    otherColumns: number;
    /** The first rejects, values masked and cut to a readable length. */
    first: Reject[];
    /** Where the whole list was written, if it was; `link`: the same, relative to the report. */
    file?: string | undefined;
    link?: string | undefined;
}

/** Counts by key, at most `DISTINCT` keys: a reason that names its row cannot grow it without end. */
class BoundedCounts {
    private readonly counts = new Map<string, number>();
    other = 0;

    add(name: string): void {
        const key = name.length > SHOWN_VALUE ? `${name.slice(0, SHOWN_VALUE - 1)}…` : name;
        const count = this.counts.get(key);
        if (count !== undefined) this.counts.set(key, count + 1);
        else if (this.counts.size < DISTINCT) this.counts.set(key, 1);
        else this.other++;
    }

    /** Most first; ties in the order first met, so the report does not change between runs. */
    sorted(): RejectCount[] {
        return [...this.counts].map(([name, problems]) => ({ name, problems })).sort((a, b) => b.problems - a.problems);
    }
}

/** Rejects counted by reason and by column as they come, with the first few kept to show. */
export class RejectTally {
    private readonly reasons = new BoundedCounts();
    private readonly columns = new BoundedCounts();
    private readonly first: Reject[] = [];
    problems = 0;

    constructor(private readonly mask: (text: string) => string) {}

    add(reject: Reject): void {
        this.problems++;
        this.reasons.add(reject.reason);
        this.columns.add(reject.column);
        if (this.first.length < FIRST_REJECTS) {
            const value = this.mask(reject.value);
            this.first.push({ ...reject, value: value.length > SHOWN_VALUE ? `${value.slice(0, SHOWN_VALUE - 1)}…` : value });
        }
    }

    summary(file: string | undefined): RejectSummary {
        return {
            problems: this.problems,
            byReason: this.reasons.sorted(),
            otherReasons: this.reasons.other,
            byColumn: this.columns.sorted(),
            otherColumns: this.columns.other,
            first: [...this.first],
            file,
        };
    }
}
