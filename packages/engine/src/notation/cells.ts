/**
 * How data-cell readers report, shared by numbers.ts and dates.ts and used by row coercion.
 *
 * A reader (`readNumberCell`, `readDateCell`, …) returns true and leaves the value in
 * `cellSlot.value`, or returns false and leaves the reason in `cellSlot.error`: reading a cell then
 * allocates no result object. The `parseData…` functions wrap readers for everyone else.
 */
import type { Value } from '../plan/plan.js';
import type { ReasonCode } from '../plan/codes.js';

export type CellParse<T extends Value = number> = { value: T } | { error: ReasonCode };

/** @internal Result of the last `read…Cell` call; read it immediately. */
export const cellSlot: { value: Value; error: ReasonCode } = { value: 0, error: 'empty' };

/** @internal Records why a cell was rejected; returns false for `return fail(…)`. */
export function fail(error: ReasonCode): false {
    cellSlot.error = error;
    return false;
}

/** @internal Turns an allocation-free reader into a function returning its result. */
export function wrap<T extends Value>(read: (cell: string) => boolean): (cell: string) => CellParse<T> {
    return (cell) => (read(cell) ? { value: cellSlot.value as T } : { error: cellSlot.error });
}
