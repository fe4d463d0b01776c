/**
 * Household evaluation: derived values, benefit, graduation category and rank value.
 *
 * `prepareEvaluator` does all the work that does not depend on the household — resolving names,
 * evaluating constants, compiling expressions, ordering benefit components — so that `evaluate`
 * only runs closures over one slot array per household: the columns, then the derived values in
 * Plan order.
 */
import type { ColumnDef, Expr, Plan, Value, ValueType } from '../plan/plan.js';
import { compileExpr, type NameScope, type RowFunction } from './expressions.js';
import { prepareBenefit, type PaidComponent } from './benefit.js';
import { categoriesByDistrict, prepareDistrictContext, type TriedCategory } from './district-context.js';
import { evaluateConstants, evaluationDayOf } from './formulas.js';

export interface HouseholdResult {
    /** The key column's value: the household identifier. */
    key: string;
    /** The district column's value as written in the data ('' when the schema has none). */
    district: string;
    /** Annual benefit in Rupiah, after the cap on paid members. */
    benefit: number;
    /** Paid components in declaration order, after the cap. */
    components: PaidComponent[];
    /** Name of the first graduation (Plan order) whose condition holds; absent when none does. */
    category?: string;
    /** The category's rank expression for this household; absent without category or rank. */
    rankValue?: number | string;
    /** Columns (schema order), then derived values (Plan order). See `Evaluator.slots`. */
    values: Value[];
}

/** What each position of `HouseholdResult.values` holds. */
export interface Slot {
    name: string;
    type: ValueType;
    kind: 'column' | 'value';
}

export interface Evaluator {
    readonly plan: Plan;
    readonly slots: readonly Slot[];
    /**
     * `values[i]` is the value of `plan.schema.columns[i]`, as produced by a row reader. The array
     * becomes the household's `values`: the derived values are appended to it, not to a copy (only
     * an array longer than the columns, one evaluated before, is copied first).
     */
    evaluate(values: Value[]): HouseholdResult;
    /**
     * The value of an expression of this Plan (the same object, not a copy) for an evaluated
     * household, with the closure compiled for it: explanations use this.
     */
    valueOf(expr: Expr, result: HouseholdResult): Value;
    /**
     * The closure compiled for an expression of this Plan, to run on `result.values` after
     * `selectDistrict(result.district)`: for explanations that run once per household and cannot
     * afford a lookup per value.
     */
    compiled(expr: Expr): RowFunction;
    /** Makes district quantities and constants used in household expressions those of this district. */
    selectDistrict(district: string): void;
    /** The categories tried, in order, for a household of the district spelled so in the data. */
    categoriesFor(district: string): readonly TriedCategory[];
    /** The name of the Plan's district spelled so in the data, undefined when the rules do not know it. */
    districtOf(district: string): string | undefined;
}

const evaluators = new WeakMap<Plan, Evaluator>();

/** The evaluator of a Plan, prepared on first use and then shared (explanations use it too). */
export function evaluatorFor(plan: Plan): Evaluator {
    return evaluators.get(plan) ?? prepareEvaluator(plan);
}

function indexOfColumn(columns: ColumnDef[], name: string | undefined, role: string): number {
    if (name === undefined) return -1;
    const index = columns.findIndex((c) => c.name === name);
    if (index < 0) throw new Error(`The Plan's ${role} column "${name}" is not a column of its schema`);
    return index;
}

function toRankValue(value: Value): number | string {
    return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

const NO_COMPONENTS: PaidComponent[] = Object.freeze([]) as unknown as PaidComponent[];

export function prepareEvaluator(plan: Plan): Evaluator {
    const columns = plan.schema.columns;
    const columnCount = columns.length;
    const slots: Slot[] = [
        ...columns.map((c): Slot => ({ name: c.name, type: c.type, kind: 'column' })),
        ...plan.values.map((v): Slot => ({ name: v.name, type: v.type, kind: 'value' })),
    ];
    const keySlot = indexOfColumn(columns, plan.schema.keyColumn, 'key');
    const districtSlot = indexOfColumn(columns, plan.schema.districtColumn, 'district');

    const constants = evaluateConstants(plan);
    const districts = prepareDistrictContext(plan, districtSlot, constants);
    const columnSlot = new Map(columns.map((c, i) => [c.name, i]));
    const valueSlot = new Map(plan.values.map((v, j) => [v.name, columnCount + j]));
    let definedSlots = columnCount; // a derived value may only use the values before it

    const scope: NameScope = {
        slot(kind, name) {
            const slot = (kind === 'column' ? columnSlot : valueSlot).get(name);
            if (slot === undefined) throw new Error(`Unknown ${kind} "${name}" in the Plan`);
            if (slot >= definedSlots) throw new Error(`Value "${name}" is used before it is computed: the Plan's values are out of order`);
            return slot;
        },
        varyingConstant: (name) => districts.compileConstant(name),
        constant(name) {
            const value = constants.get(name);
            if (value === undefined) throw new Error(`Unknown constant "${name}" in the Plan`);
            return value;
        },
        quantity: (name) => districts.compileQuantity(name),
        evaluationDay: evaluationDayOf(plan.evaluationDate),
    };

    const registry = new Map<Expr, RowFunction>();
    const derived: RowFunction[] = [];
    for (const value of plan.values) {
        derived.push(compileExpr(value.expr, scope, registry).fn);
        definedSlots++;
    }
    const derivedCount = derived.length;
    const payBenefit = prepareBenefit(plan.benefit, scope, registry);
    const graduations = plan.graduations;
    const tried = categoriesByDistrict(plan, (condition) => compileExpr(condition, scope, registry).fn);
    const categoriesPerDistrict = tried.length > 1;
    const ranks = graduations.map((g) => (g.rank === undefined ? undefined : compileExpr(g.rank.expr, scope, registry).fn));
    const usesDistrict = districts.used || categoriesPerDistrict;

    const evaluator: Evaluator = {
        plan,
        slots,
        evaluate(values) {
            if (values.length < columnCount) throw new Error(`A household needs ${columnCount} column values, got ${values.length}`);
            const all = values.length === columnCount ? values : values.slice(0, columnCount);
            const district = districtSlot < 0 ? '' : String(all[districtSlot]);
            if (usesDistrict) districts.select(district);
            for (let j = 0; j < derivedCount; j++) all.push(derived[j]!(all));
            const categories = categoriesPerDistrict ? tried[districts.index + 1]! : tried[0]!;

            const result: HouseholdResult = {
                key: String(all[keySlot]),
                district,
                benefit: 0,
                components: NO_COMPONENTS, // payBenefit sets the household's own
                category: undefined,
                rankValue: undefined,
                values: all,
            };
            payBenefit(all, result);
            for (let c = 0; c < categories.length; c++) {
                const { graduation: g, holds } = categories[c]!;
                if (holds(all) !== true) continue;
                result.category = graduations[g]!.name;
                const rank = ranks[g];
                if (rank !== undefined) result.rankValue = toRankValue(rank(all));
                break;
            }
            return result;
        },
        valueOf(expr, result) {
            const fn = registry.get(expr);
            if (fn === undefined) throw new Error(`Expression "${expr.text}" is not part of this Plan`);
            if (usesDistrict) districts.select(result.district);
            return fn(result.values);
        },
        compiled(expr) {
            const fn = registry.get(expr);
            if (fn === undefined) throw new Error(`Expression "${expr.text}" is not part of this Plan`);
            return fn;
        },
        selectDistrict(district) {
            if (usesDistrict) districts.select(district);
        },
        districtOf(district) {
            districts.select(district);
            return plan.districts[districts.index]?.name;
        },
        categoriesFor(district) {
            if (!categoriesPerDistrict) return tried[0]!;
            districts.select(district);
            return tried[districts.index + 1]!;
        },
    };
    evaluators.set(plan, evaluator);
    return evaluator;
}
