import type { DatedValue, RuleFile } from '../generated/ast.js';

/**
 * The value in force on `date` (`YYYY-MM-DD`): the one with the latest `from` on or before it, or the
 * only value when it has no `from`. Undefined when every value starts later.
 */
export function valueInForce(values: DatedValue[], date: string): DatedValue | undefined {
    if (values.length === 1 && !values[0].from) return values[0];
    let inForce: DatedValue | undefined;
    for (const dated of values) {
        // ISO dates order as text.
        if (dated.from && dated.from <= date && (!inForce || dated.from > inForce.from!)) inForce = dated;
    }
    return inForce;
}

/**
 * The date rules are evaluated for: the `--on` date when given, else 31 December of the program's
 * `year`, else of a four-digit year in the program's name ("PKH 2024"). Undefined when nothing says.
 */
export function evaluationDateFor(files: RuleFile[], on: string | undefined): string | undefined {
    if (on) return on;
    const program = files.map((f) => f.program).find((p) => p !== undefined);
    const year = program?.year ?? /\b(19|20)\d{2}\b/.exec(program?.name ?? '')?.[0];
    return year ? `${year}-12-31` : undefined;
}
