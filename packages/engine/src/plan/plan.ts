/**
 * The Plan: a plain, typed, serialisable description of a Kaidah program.
 *
 * The language package compiles checked rule files into a Plan; the engine evaluates a Plan against
 * household rows. Nothing here refers to Langium or to AST nodes, so that a second back end (SQL,
 * say) can take the same Plan. Every type below is JSON-safe.
 */
import type { TargetUnit } from './codes.js';

/** The types an officer writes in a schema; `yesno` is written `yes/no` in rule files. */
export type ValueType = 'text' | 'count' | 'number' | 'money' | 'percent' | 'yesno' | 'date';

/**
 * A runtime value. Percentages are fractions (80% is 0.8); money is Rupiah; a date is the number of
 * days since 1970-01-01 (UTC), so dates compare and subtract as numbers.
 */
export type Value = number | string | boolean;

export interface Plan {
    /** The program's name, e.g. "PKH 2024". */
    program: string;
    /**
     * The date the rules are evaluated for, `YYYY-MM-DD`: values that change by date (a poverty line,
     * a component amount) were resolved for it, and `years since` counts up to it. '' when the rules
     * name no date; the engine then refuses a Plan that uses `since`.
     */
    evaluationDate: string;
    schema: Schema;
    constants: ConstantDef[];
    /** Derived values, ordered so that each one only depends on values before it. */
    values: ValueDef[];
    benefit?: BenefitPlan;
    /**
     * Graduation categories in priority order: the first that applies to the household's district
     * and whose condition holds is the household's. The national ones come first, then each
     * district's own (`district` set), so a district's own stand after every national category.
     */
    graduations: GraduationPlan[];
    /** Districts with their quantities and evaluated targets (defaults already merged in). */
    districts: DistrictPlan[];
    /** Tests written in the rule files, in file order. */
    tests: TestPlan[];
}

export interface Schema {
    columns: ColumnDef[];
    /** Name of the key column (the household identifier; ties in ranking break on it). */
    keyColumn: string;
    /** Name of the column holding the household's district, matched against district names. */
    districtColumn?: string;
    /** The columns named `subdistrict` and `facilitator`, for targets per unit and worklists. */
    subdistrictColumn?: string;
    facilitatorColumn?: string;
}

export interface ColumnDef {
    name: string;
    type: ValueType;
    /** The header in the data file: the mapped header if the rules give one, otherwise the name. */
    header: string;
    label?: string;
    doc?: string;
    /**
     * Allowed range (`between 1 and 10`), inclusive, in the value's units (percent as a fraction, a
     * date as days since 1970-01-01). Cells outside it are rejected 'out-of-range'. On a percent
     * column it replaces the usual 0–100%; text and yes/no columns ignore it.
     */
    min?: number;
    max?: number;
    /**
     * How a percent column's bare numbers are written (`percent as fraction`: `0,85` is 85%;
     * `percent as number`: `85` is 85%). Unset when the rules do not say.
     */
    percentWritten?: 'fraction' | 'number';
}

export interface ConstantDef {
    name: string;
    type: ValueType;
    expr: Expr;
    doc?: string;
    /** For a value that changes by date: the `from` date (`YYYY-MM-DD`) of the value in force on the evaluation date. */
    from?: string;
    /** A district's own constant (its `DistrictPlan.name`): only that district's rules use it. */
    district?: string;
}

export interface ValueDef {
    name: string;
    type: ValueType;
    expr: Expr;
    doc?: string;
    /** A district's own value (its `DistrictPlan.name`): only that district's rules use it. */
    district?: string;
}

export interface BenefitPlan {
    /** At most this many eligible members are paid per household, highest amounts first. */
    maxMembers?: number;
    components: BenefitComponent[];
    doc?: string;
}

export interface BenefitComponent {
    /** The column or value that counts the household's eligible members for this component. */
    name: string;
    label?: string;
    /** How many of the household's members qualify (a count expression, usually a column). */
    members: Expr;
    /** Annual amount per eligible member, in Rupiah. */
    amount: Expr;
}

export interface GraduationPlan {
    name: string;
    /** The officers' name for the category, e.g. "Graduasi Sejahtera Mandiri". */
    label: string;
    doc?: string;
    condition: Expr;
    /** Candidates are ranked by this; without it, by key. Ties always break on the key, ascending. */
    rank?: { expr: Expr; descending: boolean };
    /**
     * A district's own category (its `DistrictPlan.name`): only households of that district can
     * fall in it. Absent: a national category, tried for every household.
     */
    district?: string;
    /**
     * Districts that give this national category their own condition (`adapt graduation`): for
     * their households `condition` is replaced by theirs; place, label, rank and targets stay.
     */
    adaptations?: GraduationAdaptation[];
}

export interface GraduationAdaptation {
    /** The district's `DistrictPlan.name`. */
    district: string;
    condition: Expr;
}

export interface DistrictPlan {
    /** As written in the rules, e.g. "Kabupaten Probolinggo". Data rows match it as officers write it (see evaluation/districts.ts). */
    name: string;
    /** The BPS/Kemendagri region code, digits only (e.g. "3509"): rows whose district cell is this code match. */
    code?: string;
    quantities: QuantityValue[];
    /** One entry per category that has a target in this district; a category without one has no limit. */
    targets: TargetPlan[];
    /** What each graduate of a category receives (Rupiah), for the budget line. */
    rewards: RewardPlan[];
    /**
     * The district's own values of national constants (its poverty line), the value in force on the
     * evaluation date. Constants defined from an overridden one follow it for this district's households.
     */
    constants?: ConstantDef[];
}

export interface RewardPlan {
    category: string;
    amount: number;
}

export interface QuantityValue {
    name: string;
    type: ValueType;
    value: number;
}

export interface TargetPlan {
    category: string;
    /**
     * The evaluated target: how many households of this category to propose (per unit when `per` is
     * set). Absent when the formula depends on the caseload; then `expr` is evaluated per unit.
     */
    value?: number;
    /** The formula, kept when it uses `households` (the unit's caseload read from the data). */
    expr?: Expr;
    /** The formula as written, e.g. "facilitators × 10", for explanations and reports. */
    formula: string;
    /** Absent: one target for the whole district. Otherwise each sub-district or facilitator has its own. */
    per?: TargetUnit;
    /**
     * The district quantity the target counts per head of, when the formula is that quantity times a
     * whole number (`facilitators × 10`): the summary and the report show it as the facilitators column.
     */
    perQuantity?: string;
}

/** A test written in a rule file. */
export interface TestPlan {
    name: string;
    /** Where the test is written, for reports (`file` as given to the compiler, `line` 1-based). */
    file: string;
    line: number;
    /** The household given field by field: column name → value. Counts not given are 0. */
    household?: Record<string, Value>;
    /** A table of cases (one household a row, `expect ...` columns), as an absolute path. */
    table?: string;
    /**
     * The caseload the test gives (`households 1.200`): targets worked out from `households` are
     * worked out for it, per unit they are counted on.
     */
    households?: number;
    expectations: ExpectationPlan[];
}

export type ExpectationPlan =
    | { kind: 'category'; category: string | null; text: string }
    | { kind: 'benefit'; op: ComparisonOperator; value: number; text: string }
    | { kind: 'value'; name: string; op: ComparisonOperator; value: Value; type: ValueType; text: string }
    | { kind: 'target'; category: string; district: string; value: number; text: string };

export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '=' | '!=';
export type ArithmeticOperator = '+' | '-' | '*' | '/';
export type LogicalOperator = 'and' | 'or';
export type RoundingMode = 'nearest' | 'down' | 'up';

/**
 * An expression, already resolved and typed by the language. `text` is the expression as the
 * officer wrote it (normalised spacing), used in explanations.
 */
export type Expr =
    | { kind: 'literal'; type: ValueType; value: Value; text: string }
    | { kind: 'column'; type: ValueType; name: string; text: string }
    | { kind: 'constant'; type: ValueType; name: string; text: string }
    | { kind: 'value'; type: ValueType; name: string; text: string }
    | { kind: 'quantity'; type: ValueType; name: string; text: string }
    | { kind: 'arithmetic'; type: ValueType; op: ArithmeticOperator; left: Expr; right: Expr; text: string }
    | { kind: 'comparison'; type: 'yesno'; op: ComparisonOperator; left: Expr; right: Expr; text: string }
    | { kind: 'logical'; type: 'yesno'; op: LogicalOperator; left: Expr; right: Expr; text: string }
    | { kind: 'not'; type: 'yesno'; operand: Expr; text: string }
    | { kind: 'negate'; type: ValueType; operand: Expr; text: string }
    | { kind: 'round'; type: ValueType; mode: RoundingMode; operand: Expr; text: string }
    /**
     * Whole years, months or days from a date up to the Plan's evaluation date (`years since birth_date`),
     * counted as age is; negative for a date after it. See `counterSince` in notation/dates.ts.
     */
    | { kind: 'since'; type: 'number'; unit: TimeUnit; operand: Expr; text: string }
    /** The number of households in the unit a target is counted on (district, sub-district, facilitator). */
    | { kind: 'caseload'; type: 'count'; text: string };

export type TimeUnit = 'years' | 'months' | 'days';
