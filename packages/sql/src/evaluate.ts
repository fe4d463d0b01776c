/**
 * Stage two: every household placed — derived values, benefit, first graduation category that
 * holds, rank value, district index and units — with the JS evaluator's meaning. The rows are the
 * rows that read, less the repeats of a household (the first row of a key listed with different
 * data is kept, flagged `cf`, because the JS engine placed it before it took it back).
 */
import { evaluateConstants, schemaSlots, type Plan, type Value } from '@kaidah/engine';
import type { Dialect } from './dialect/dialect.js';
import { Layers } from './cells/layers.js';
import { ExpressionCompiler, type Sql } from './expressions.js';
import { benefitSql, wholeMembers } from './benefit.js';
import { categorySql, varyingConstants } from './district-rules.js';
import { SqlRefusal } from './refusal.js';
import { readsCondition } from './typed.js';
import { slotText, type SpellingTables } from './spellings.js';

export function householdsQuery(d: Dialect, plan: Plan, typed: string, repeats: string, spellings: SpellingTables): string {
    const columns = plan.schema.columns;
    const slots = schemaSlots(plan.schema);
    const constants = evaluateConstants(plan);
    const layers = new Layers(d.layerFence);
    // `kd` comes from the district spellings' table joined below
    const kd = 'kd';

    const quantityNames = new Set(plan.districts.flatMap((x) => x.quantities.map((q) => q.name)));
    const valueSlot = new Map(plan.values.map((v, j) => [v.name, j]));
    const valueNaN: boolean[] = [];
    const varying = varyingConstants(d, plan, constants, kd);
    const compiler = new ExpressionCompiler(d, {
        column: (name) => {
            const i = columns.findIndex((c) => c.name === name);
            if (i < 0) throw new SqlRefusal('unknown-expression', `column ${name}`);
            return `v${i}`;
        },
        value: (name): Sql => {
            const j = valueSlot.get(name);
            if (j === undefined) throw new SqlRefusal('unknown-expression', `value ${name}`);
            return { sql: `w${j}`, nan: valueNaN[j] ?? true };
        },
        constant: (name): Value => {
            const value = constants.get(name);
            if (value === undefined) throw new SqlRefusal('unknown-expression', `constant ${name}`);
            return value;
        },
        varyingConstant: (name) => varying.get(name),
        quantity: (name): Sql => {
            if (!quantityNames.has(name)) throw new SqlRefusal('unknown-expression', `quantity ${name}`);
            const branches = plan.districts.map((x, i) => {
                const q = x.quantities.find((y) => y.name === name);
                return q === undefined ? '' : ` WHEN ${i} THEN ${d.number(q.value)}`;
            }).join('');
            return { sql: `(CASE ${kd}${branches} ELSE ${d.number(NaN)} END)`, nan: true };
        },
        evaluationDate: plan.evaluationDate,
    });

    let level = 2;
    plan.values.forEach((value, j) => {
        const compiled = compiler.compile(value.expr);
        valueNaN[j] = compiled.nan;
        const sql = value.type === 'yesno' || value.type === 'text' ? compiled.sql : `CAST(${compiled.sql} AS ${d.double})`;
        layers.add(level++, `w${j}`, sql);
    });
    const members = (plan.benefit?.components ?? []).map((c, k) => layers.add(level, `m${k}`, wholeMembers(d, compiler, c.members)));
    level++;
    layers.add(level, 'benefit', `CAST(${benefitSql(d, plan, constants, members, kd)} AS ${d.double})`);
    layers.add(level, 'g', categorySql(plan, compiler, kd));
    level++;
    const numbers: string[] = [];
    const texts: string[] = [];
    plan.graduations.forEach((g, i) => {
        if (g.rank === undefined) return;
        const rank = compiler.compile(g.rank.expr);
        if (g.rank.expr.type === 'text') texts.push(`WHEN ${i} THEN ${rank.sql}`);
        else if (g.rank.expr.type === 'yesno') numbers.push(`WHEN ${i} THEN (CASE WHEN ${rank.sql} THEN 1 ELSE 0 END)`);
        else numbers.push(`WHEN ${i} THEN ${rank.sql}`);
    });
    layers.add(level, 'rn', numbers.length === 0 ? `CAST(NULL AS ${d.double})` : `CAST((CASE g ${numbers.join(' ')} ELSE NULL END) AS ${d.double})`);
    layers.add(level, 'rt', texts.length === 0 ? `CAST(NULL AS ${d.varchar})` : `(CASE g ${texts.join(' ')} ELSE NULL END)`);

    const from = `SELECT t.*, coalesce(rp.conflict, FALSE) AS cf, ds.kd
FROM ${typed} AS t LEFT JOIN ${repeats} AS rp ON rp.r = t.r
JOIN ${spellings.districts} AS ds ON ds.spelling = ${slotText(slots.district, 't.')}
WHERE ${readsCondition('t.')} AND (rp.r IS NULL OR rp.r = rp.first_r)`;
    // only what later statements read: every text column written costs (the units' and the district's
    // names are joined from the spelling tables where needed, for the few rows that need them)
    const keep = ['r', 'cf', 'kd', 'g', 'rn', 'rt', 'benefit', ...columns.map((_, i) => `v${i}`)];
    return `SELECT ${keep.join(', ')}
FROM (${layers.wrap(from, '*')}) AS evaluated`;
}
