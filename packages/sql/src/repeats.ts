/**
 * Households listed more than once (engine-side: cli caseload/repeated-households.ts): rows that
 * read, with a key met before. The same values (the district compared as one district): the repeat
 * is a duplicate of the key's first row. Different values: nobody can know which row is right, so
 * every row of the key is refused.
 */
import type { Plan } from '@kaidah/engine';
import type { Dialect } from './dialect/dialect.js';
import { normalisedDistrict } from './districts.js';
import { readsCondition } from './typed.js';

/** One row per row of a repeated key: `r`, the key's first row `first_r`, `conflict`, and the key's rows `key_rows` (`12,40`). */
export function repeatsQuery(d: Dialect, plan: Plan, typed: string): string {
    const columns = plan.schema.columns;
    const keySlot = columns.findIndex((c) => c.name === plan.schema.keyColumn);
    const districtSlot = columns.findIndex((c) => c.name === plan.schema.districtColumn);
    const key = `v${keySlot}`;
    const differs = columns.map((_, i) => i === districtSlot
        ? `${normalisedDistrict(d, `a.v${i}`)} <> ${normalisedDistrict(d, `b.v${i}`)}`
        : `NOT (a.v${i} IS NOT DISTINCT FROM b.v${i})`).join(' OR ');
    // the rows that read, written out where used rather than as a CTE read twice, which the engine
    // would copy whole; keys are grouped first by a hash where the dialect has a cheap one, so that
    // only the few keys whose hashes repeat are grouped as text
    const ok = `(SELECT * FROM ${typed} WHERE ${readsCondition()})`;
    const hashed = d.keyHash === undefined ? ''
        : ` WHERE ${d.keyHash(key)} IN (SELECT ${d.keyHash(key)} FROM ${ok} AS ok GROUP BY ${d.keyHash(key)} HAVING count(*) > 1)`;
    return `WITH repeated AS (SELECT ${key} AS rk, min(r) AS first_r FROM ${ok} AS ok${hashed} GROUP BY ${key} HAVING count(*) > 1),
rows_of AS (SELECT ok.*, repeated.first_r FROM ${ok} AS ok JOIN repeated ON ok.${key} = repeated.rk),
compared AS (SELECT a.r, a.first_r, a.${key} AS rk, (${differs}) AS differs
  FROM rows_of AS a JOIN rows_of AS b ON b.${key} = a.${key} AND b.r = a.first_r),
repeated_keys AS (SELECT rk, max(CASE WHEN differs THEN 1 ELSE 0 END) = 1 AS conflict,
  string_agg(CAST(r AS ${d.varchar}), ',' ORDER BY r) AS key_rows FROM compared GROUP BY rk)
SELECT compared.r, compared.first_r, compared.rk, repeated_keys.conflict, repeated_keys.key_rows
FROM compared JOIN repeated_keys ON repeated_keys.rk = compared.rk`;
}
