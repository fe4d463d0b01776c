/**
 * How data-cell readers report, shared by numbers.ts and dates.ts and used by row coercion and case
 * tables. A reader (`readNumberCell`, `readDateCell`, …) returns true and leaves the value in
 * `cellSlot.value`, or returns false and leaves the reason in `cellSlot.error`: reading a cell,
 * millions of times a run, then allocates no result object.
 */
import type { Value } from '../plan/plan.js';
import type { ReasonCode } from '../plan/codes.js';

/** Result of the last `read…Cell` call; read it immediately. */
export const cellSlot: { value: Value; error: ReasonCode } = { value: 0, error: 'empty' };

/** Space, tab, CR, LF, no-break space (Excel exports), narrow no-break space, byte-order mark. */
export function isSpace(c: number): boolean {
    return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x202f || c === 0xfeff;
}

/** Records why a cell was rejected; returns false for `return fail(…)`. */
export function fail(error: ReasonCode): false {
    cellSlot.error = error;
    return false;
}
