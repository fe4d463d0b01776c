/**
 * A Plan expression as SQL, with the JS engine's meaning (engine evaluation/expressions.ts):
 * numbers are doubles; division by zero is NaN; every comparison with NaN is false (SQL engines
 * call NaN equal to itself and greater than every number, so comparisons that may meet NaN are
 * guarded); text equality ignores case and surrounding spaces; rounding snaps floating-point
 * noise first and rounds halves as JavaScript's Math.round; `since` counts whole calendar months
 * and years as age is counted. Names are resolved through the scope into helper columns and
 * literals: nothing of the rule file reaches the SQL but as a quoted literal.
 */
import { formatIsoDate, parseIsoDate, type ComparisonOperator, type Expr, type Value } from '@kaidah/engine';
import type { Dialect } from './dialect/dialect.js';
import { trimmed } from './cells/number-scan.js';
import { SqlRefusal } from './refusal.js';

export interface Sql {
    sql: string;
    /** The value may be NaN (a division, a district quantity of a district the rules do not know). */
    nan: boolean;
}

export interface SqlScope {
    column(name: string): string;
    value(name: string): Sql;
    constant(name: string): Value;
    /** A constant some district gives its own value, as SQL over the district; undefined for one the same everywhere. */
    varyingConstant?(name: string): Sql | undefined;
    quantity(name: string): Sql;
    /** `households` in a target formula. */
    caseload?(): string;
    /** The evaluation date, `YYYY-MM-DD`. */
    evaluationDate: string;
}

export function literal(dialect: Dialect, value: Value): string {
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (typeof value === 'string') return dialect.text(value);
    return dialect.number(value);
}

/** JavaScript's Math.round: to the nearest whole number, halves towards +∞. */
export function jsRound(x: string): string {
    return `(CASE WHEN ${x} - floor(${x}) >= 0.5 THEN ceil(${x}) ELSE floor(${x}) END)`;
}

function snapToWhole(d: Dialect, x: string): string {
    const whole = jsRound(x);
    return `(CASE WHEN abs(${x} - ${whole}) <= ${d.number(1e-9)} * (CASE WHEN abs(${x}) > 1 THEN abs(${x}) ELSE 1 END) THEN ${whole} ELSE ${x} END)`;
}

export class ExpressionCompiler {
    constructor(private readonly d: Dialect, private readonly scope: SqlScope) {}

    compile(expr: Expr): Sql {
        const d = this.d;
        switch (expr.kind) {
            case 'literal':
                return { sql: literal(d, expr.value), nan: typeof expr.value === 'number' && Number.isNaN(expr.value) };
            case 'constant': {
                const varying = this.scope.varyingConstant?.(expr.name);
                if (varying !== undefined) return varying;
                const value = this.scope.constant(expr.name);
                return { sql: literal(d, value), nan: typeof value === 'number' && Number.isNaN(value) };
            }
            case 'column':
                return { sql: this.scope.column(expr.name), nan: false };
            case 'value':
                return this.scope.value(expr.name);
            case 'quantity':
                return this.scope.quantity(expr.name);
            case 'caseload':
                if (!this.scope.caseload) throw new SqlRefusal('unknown-expression', '`households` outside a target formula');
                return { sql: this.scope.caseload(), nan: false };
            case 'arithmetic': {
                const l = this.compile(expr.left);
                const r = this.compile(expr.right);
                if (expr.op === '/') {
                    return { sql: `(CASE WHEN ${r.sql} = 0 THEN ${d.number(NaN)} ELSE ${l.sql} / ${r.sql} END)`, nan: true };
                }
                return { sql: `(${l.sql} ${expr.op} ${r.sql})`, nan: l.nan || r.nan };
            }
            case 'comparison':
                return { sql: this.comparison(expr.op, expr.left, expr.right), nan: false };
            case 'logical': {
                const l = this.compile(expr.left);
                const r = this.compile(expr.right);
                return { sql: `(${l.sql} ${expr.op === 'and' ? 'AND' : 'OR'} ${r.sql})`, nan: false };
            }
            case 'not':
                return { sql: `(NOT ${this.compile(expr.operand).sql})`, nan: false };
            case 'negate': {
                const x = this.compile(expr.operand);
                return { sql: `(- ${x.sql})`, nan: x.nan };
            }
            case 'round': {
                const x = this.compile(expr.operand);
                if (expr.mode === 'down') return { sql: `floor(${snapToWhole(d, x.sql)})`, nan: x.nan };
                if (expr.mode === 'up') return { sql: `ceil(${snapToWhole(d, x.sql)})`, nan: x.nan };
                const halves = `(${snapToWhole(d, `(${x.sql} * 2)`)} / 2)`;
                return { sql: `((CASE WHEN ${halves} < 0 THEN - ${jsRound(`(- ${halves})`)} ELSE ${jsRound(halves)} END) + 0)`, nan: x.nan };
            }
            case 'since':
                return this.since(expr.unit, this.compile(expr.operand));
        }
    }

    private comparison(op: ComparisonOperator, left: Expr, right: Expr): string {
        const d = this.d;
        const onText = left.type === 'text' || right.type === 'text';
        if (onText && (op === '=' || op === '!=')) {
            const side = (e: Expr) => {
                if (e.kind === 'literal' || (e.kind === 'constant' && this.scope.varyingConstant?.(e.name) === undefined)) {
                    const value = e.kind === 'literal' ? e.value : this.scope.constant(e.name);
                    return d.text(String(value).trim().toLowerCase());
                }
                return `lower(${trimmed(d, this.compile(e).sql, true)})`;
            };
            return `(${side(left)} ${op === '=' ? '=' : '<>'} ${side(right)})`;
        }
        const l = this.compile(left);
        const r = this.compile(right);
        const sqlOp = op === '!=' ? '<>' : op;
        const compared = onText ? `(${d.binary(l.sql)} ${sqlOp} ${d.binary(r.sql)})` : `(${l.sql} ${sqlOp} ${r.sql})`;
        const guards = [l, r].filter((x) => x.nan).map((x) => `NOT ${d.isNaN(x.sql)}`);
        return guards.length === 0 ? compared : `(${guards.join(' AND ')} AND ${compared})`;
    }

    /** Whole units from a day number up to the evaluation date (engine `counterSince`). */
    private since(unit: 'years' | 'months' | 'days', x: Sql): Sql {
        const d = this.d;
        const parsed = parseIsoDate(this.scope.evaluationDate);
        if ('error' in parsed) throw new SqlRefusal('unknown-expression', 'counting time since a date, without an evaluation date');
        const today = parsed.value;
        let sql: string;
        if (unit === 'days') {
            sql = `(${d.number(today)} - ${x.sql})`;
        } else {
            const [ty, tm, td] = formatIsoDate(today).split('-').map(Number) as [number, number, number];
            const date = `(DATE '1970-01-01' + CAST(${x.sql} AS INTEGER))`;
            const y = `CAST(EXTRACT(YEAR FROM ${date}) AS ${d.double})`;
            const m = `CAST(EXTRACT(MONTH FROM ${date}) AS ${d.double})`;
            const day = `CAST(EXTRACT(DAY FROM ${date}) AS ${d.double})`;
            const per = unit === 'years' ? 12 : 1;
            const before = `((${ty} - ${y}) * 12 + (${tm} - ${m}) - (CASE WHEN ${td} < ${day} THEN 1 ELSE 0 END))`;
            const after = `((${y} - ${ty}) * 12 + (${m} - ${tm}) - (CASE WHEN ${day} < ${td} THEN 1 ELSE 0 END))`;
            sql = `(CASE WHEN ${x.sql} <= ${today} THEN floor(${before} / ${per}) ELSE 0 - floor(${after} / ${per}) END)`;
            sql = `CAST(${sql} AS ${d.double})`;
        }
        if (x.nan) sql = `(CASE WHEN ${d.isNaN(x.sql)} THEN ${d.number(NaN)} ELSE ${sql} END)`;
        return { sql, nan: x.nan };
    }
}
