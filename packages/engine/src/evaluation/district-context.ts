/**
 * What changes with the household's district: its quantities, its own values of national constants
 * (a poverty line), and the graduation categories tried for it (the national ones, with the
 * district's adapted conditions, then its own). All of it is worked out once per district when the
 * Plan is prepared; a household only selects its district, once per run of rows of one spelling.
 */
import type { Expr, Plan, Value } from '../plan/plan.js';
import type { CompiledExpr, RowFunction } from './expressions.js';
import { DistrictMatcher } from './districts.js';
import { evaluateConstants } from './formulas.js';

/** One category tried for a district's households: its index in `plan.graduations` and the condition that holds there. */
export interface TriedCategory {
    graduation: number;
    /** The category's condition, or the district's adaptation of it. */
    condition: Expr;
    holds: RowFunction;
    /** Set when `condition` is the district's own (`adapt graduation`): the district's name. */
    adaptedBy?: string;
}

export interface DistrictContext {
    /** A quantity used per household: the value of the selected district's (NaN for an unknown one). */
    compileQuantity(name: string): CompiledExpr;
    /** A constant some district gives its own value: read for the selected district; undefined otherwise. */
    compileConstant(name: string): CompiledExpr | undefined;
    /** True once a compiled expression reads something district-dependent. */
    readonly used: boolean;
    /** Makes the values above those of the district spelled so in the data. */
    select(district: string): void;
    /** The index (into `plan.districts`) selected last, -1 for a district the Plan does not know. */
    readonly index: number;
}

function sameValue(a: Value | undefined, b: Value | undefined): boolean {
    return Object.is(a, b);
}

/**
 * The constants whose value differs in some district (a district's own poverty line, and the
 * constants defined from it), and each district's values of them (`byDistrict[d][c]` for
 * `plan.districts[d]` and `varying[c]`). `national`: the Plan's constants, `evaluateConstants(plan)`.
 */
export function districtConstants(plan: Plan, national: Map<string, Value>): { varying: string[]; byDistrict: Value[][] } {
    const constantsOfDistrict = plan.districts.map((d) => (d.constants?.length ? evaluateConstants(plan, d.constants) : national));
    const varying = plan.constants.map((c) => c.name)
        .filter((name) => constantsOfDistrict.some((values) => !sameValue(values.get(name), national.get(name))));
    return { varying, byDistrict: constantsOfDistrict.map((values) => varying.map((name) => values.get(name)!)) };
}

export function prepareDistrictContext(plan: Plan, districtSlot: number, national: Map<string, Value>): DistrictContext {
    const quantityNames = [...new Set(plan.districts.flatMap((d) => d.quantities.map((q) => q.name)))];
    const quantityPosition = new Map(quantityNames.map((name, q) => [name, q]));
    const unknownQuantities: Value[] = quantityNames.map(() => NaN);
    const quantitiesByDistrict = plan.districts.map((district) => {
        const row = unknownQuantities.slice();
        for (const q of district.quantities) row[quantityPosition.get(q.name)!] = q.value;
        return row;
    });

    const { varying, byDistrict: constantsByDistrict } = districtConstants(plan, national);
    const constantPosition = new Map(varying.map((name, c) => [name, c]));
    const nationalConstants: Value[] = varying.map((name) => national.get(name)!);

    // the same match as quota allocation's: one district per spelling
    const matcher = new DistrictMatcher(plan.districts);
    let quantities = unknownQuantities;
    let constants = nationalConstants;
    let index = -1;
    let lastSpelling: string | undefined;
    let used = false;
    return {
        get used() {
            return used;
        },
        get index() {
            return index;
        },
        compileQuantity(name) {
            const q = quantityPosition.get(name);
            if (q === undefined) throw new Error(`No district of the Plan has the quantity "${name}"`);
            if (districtSlot < 0) throw new Error(`Quantity "${name}" is used per household, but the schema has no district column`);
            used = true;
            return { fn: () => quantities[q]!, constant: false };
        },
        compileConstant(name) {
            const c = constantPosition.get(name);
            if (c === undefined) return undefined;
            used = true;
            return { fn: () => constants[c]!, constant: false };
        },
        select(district) {
            if (district === lastSpelling) return; // data come district by district
            lastSpelling = district;
            index = matcher.indexOf(district);
            quantities = quantitiesByDistrict[index] ?? unknownQuantities;
            constants = constantsByDistrict[index] ?? nationalConstants;
        },
    };
}

/**
 * The categories tried for each district's households, in order (index `d + 1` for `plan.districts[d]`,
 * index 0 for a district the Plan does not know: the national categories only). Only index 0 when no
 * district has a category or condition of its own: every household then tries the same list.
 * `compile` is given the condition that holds for the district.
 */
export function categoriesByDistrict(plan: Plan, compile: (condition: Expr) => RowFunction): TriedCategory[][] {
    const graduations = plan.graduations;
    const scoped = graduations.some((g) => g.district !== undefined || (g.adaptations?.length ?? 0) > 0);
    const tried = graduations.map((g, i): TriedCategory => ({ graduation: i, condition: g.condition, holds: compile(g.condition) }));
    const national = tried.filter((t) => graduations[t.graduation]!.district === undefined);
    if (!scoped) return [national];
    const perDistrict = plan.districts.map((district) => graduations.flatMap((g, i): TriedCategory[] => {
        if (g.district !== undefined) return g.district === district.name ? [tried[i]!] : [];
        const adapted = g.adaptations?.find((a) => a.district === district.name);
        if (adapted === undefined) return [tried[i]!];
        return [{ graduation: i, condition: adapted.condition, holds: compile(adapted.condition), adaptedBy: district.name }];
    }));
    return [national, ...perDistrict];
}
