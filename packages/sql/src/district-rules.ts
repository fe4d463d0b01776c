/**
 * District-scoped rules in SQL, with the engine's meaning (evaluation/district-context.ts): a
 * constant that some district gives its own value (its poverty line, and the constants defined
 * from it) is a CASE on the household's district index; the graduation categories tried are the
 * household's district's list — the national ones (with the district's adapted conditions), then
 * its own. The engine decides the values and the lists (`districtConstants`,
 * `categoriesByDistrict`); this file only writes them as SQL, grouping districts that read alike.
 */
import { categoriesByDistrict, districtConstants, type Plan, type Value } from '@kaidah/engine';
import type { Dialect } from './dialect/dialect.js';
import { literal, type ExpressionCompiler, type Sql } from './expressions.js';

/** `WHEN kd IN (…) THEN sql` for each distinct branch unlike `otherwise`, or `otherwise` alone. */
function caseOnDistrict(kd: string, perDistrict: readonly string[], otherwise: string): string {
    const districts = new Map<string, number[]>();
    perDistrict.forEach((sql, i) => {
        if (sql !== otherwise) districts.set(sql, [...(districts.get(sql) ?? []), i]);
    });
    if (districts.size === 0) return otherwise;
    const branches = [...districts].map(([sql, ds]) => `WHEN ${kd} IN (${ds.join(', ')}) THEN ${sql}`);
    return `(CASE ${branches.join(' ')} ELSE ${otherwise} END)`;
}

/** The constants some district gives its own value, each as SQL over the district index `kd`. */
export function varyingConstants(d: Dialect, plan: Plan, national: Map<string, Value>, kd: string): Map<string, Sql> {
    const { varying, byDistrict } = districtConstants(plan, national);
    return new Map(varying.map((name, c) => {
        const values = [national.get(name)!, ...byDistrict.map((row) => row[c]!)];
        const nan = values.some((v) => typeof v === 'number' && Number.isNaN(v));
        return [name, { sql: caseOnDistrict(kd, byDistrict.map((row) => literal(d, row[c]!)), literal(d, national.get(name)!)), nan }];
    }));
}

/** The constants in force for each district (`plan.districts[i]`): the national ones with the district's own values. */
export function constantsPerDistrict(plan: Plan, national: Map<string, Value>): Map<string, Value>[] {
    const { varying, byDistrict } = districtConstants(plan, national);
    return byDistrict.map((row) => {
        const values = new Map(national);
        varying.forEach((name, c) => values.set(name, row[c]!));
        return values;
    });
}

const UNUSED = (): never => {
    throw new Error('the SQL compiler never runs a category condition in JavaScript');
};

/**
 * The index (into `plan.graduations`) of the first category that holds for the household, among
 * those its district tries, NULL for none.
 */
export function categorySql(plan: Plan, compiler: ExpressionCompiler, kd: string): string {
    const lists = categoriesByDistrict(plan, () => UNUSED);
    const firstHolding = (list: (typeof lists)[number]) => list.length === 0
        ? 'CAST(NULL AS INTEGER)'
        : `(CASE ${list.map((t) => `WHEN ${compiler.compile(t.condition).sql} THEN ${t.graduation}`).join(' ')} ELSE NULL END)`;
    const national = firstHolding(lists[0]!);
    return caseOnDistrict(kd, lists.slice(1).map(firstHolding), national);
}
