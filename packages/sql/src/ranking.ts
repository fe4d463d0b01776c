/**
 * Stage three: rank each group of candidates (a district's category, or one sub-district's or
 * facilitator's when the target is counted per unit) by the category's ordering, ties on the key
 * and then on row order, and fill each target (engine quotas/). Gives the decisions and the
 * figures of the district summary.
 */
import { evaluateConstants, schemaSlots, type Plan, type Value } from '@kaidah/engine';
import type { Dialect } from './dialect/dialect.js';
import { ExpressionCompiler } from './expressions.js';
import { SqlRefusal } from './refusal.js';
import { slotText, type SpellingTables } from './spellings.js';

/** The target of each district's category as SQL over `kd`, `g` and the group's caseload `gh`. */
function targetSql(d: Dialect, plan: Plan, kdColumn: string, gColumn: string, caseload: string): string {
    const constants = evaluateConstants(plan);
    const branches: string[] = [];
    plan.districts.forEach((district, kd) => {
        for (const target of district.targets) {
            const g = plan.graduations.findIndex((x) => x.name === target.category);
            if (g < 0) continue;
            let sql: string;
            if (target.value !== undefined) {
                sql = d.number(target.value);
            } else {
                const compiler = new ExpressionCompiler(d, {
                    column: (name) => { throw new SqlRefusal('unknown-expression', `column ${name} in a target`); },
                    value: (name) => { throw new SqlRefusal('unknown-expression', `value ${name} in a target`); },
                    constant: (name): Value => constants.get(name) ?? NaN,
                    quantity: (name) => ({ sql: d.number(Number(district.quantities.find((q) => q.name === name)?.value ?? NaN)), nan: true }),
                    caseload: () => `CAST(${caseload} AS ${d.double})`,
                    evaluationDate: plan.evaluationDate,
                });
                sql = `CAST(${compiler.compile(target.expr!).sql} AS ${d.double})`;
            }
            branches.push(`WHEN ${kdColumn} = ${kd} AND ${gColumn} = ${g} THEN ${sql}`);
        }
    });
    return branches.length === 0 ? d.number(Infinity) : `(CASE ${branches.join(' ')} ELSE ${d.number(Infinity)} END)`;
}

/** How each district's category's target is counted: 'facilitator', 'subdistrict', or NULL for the district. */
function perSql(plan: Plan, kdColumn = 'kd', gColumn = 'g'): string {
    const branches: string[] = [];
    plan.districts.forEach((district, kd) => {
        for (const target of district.targets) {
            const g = plan.graduations.findIndex((x) => x.name === target.category);
            if (g >= 0 && target.per !== undefined) branches.push(`WHEN ${kdColumn} = ${kd} AND ${gColumn} = ${g} THEN '${target.per}'`);
        }
    });
    return branches.length === 0 ? 'CAST(NULL AS VARCHAR(12))' : `(CASE ${branches.join(' ')} ELSE NULL END)`;
}

function orderBy(d: Dialect, plan: Plan): string {
    const pick = (numeric: boolean, descending: boolean) => plan.graduations
        .map((g, i) => (g.rank !== undefined && (g.rank.expr.type === 'text') !== numeric && g.rank.descending === descending ? i : -1))
        .filter((i) => i >= 0);
    const keys: string[] = [];
    const numeric = plan.graduations.some((g) => g.rank !== undefined && g.rank.expr.type !== 'text');
    if (numeric) keys.push(`(CASE WHEN rn IS NOT NULL AND ${d.isNaN('rn')} THEN 1 ELSE 0 END)`);
    const add = (ids: number[], column: string, direction: string, text: boolean) => {
        if (ids.length === 0) return;
        const value = `(CASE WHEN g IN (${ids.join(', ')}) THEN ${column} ELSE NULL END)`;
        keys.push(`${text ? d.binary(value) : value} ${direction}`);
    };
    add(pick(true, false), 'rn', 'ASC', false);
    add(pick(true, true), 'rn', 'DESC', false);
    add(pick(false, false), 'rt', 'ASC', true);
    add(pick(false, true), 'rt', 'DESC', true);
    keys.push(`${d.binary('hkey')} ASC`, 'r ASC');
    return keys.join(', ');
}

/** The temporary tables of stage three, made once and read by the decisions, the summary and the candidates' units. */
export interface RankedTables {
    /** `kd, households, stays`: each district's caseload. */
    caseload: string;
    /** `kd, per, unit, households, first_r, unit_name`: each sub-district's and facilitator's. */
    units: string;
    /**
     * Every candidate ranked in its group, with its unit's name, its group's target and whether it
     * is proposed, and what its decision shows: only these, for the ranking sorts every column it
     * carries (the candidates' units are read from the households).
     */
    decided: string;
}

/** The households decided (not a conflicting key's first row), with their key and district spelling as `hkey` and `district`. */
function withHouseholds(plan: Plan, households: string): string {
    const slots = schemaSlots(plan.schema);
    return `WITH h AS (SELECT *, ${slotText(slots.key)} AS hkey, ${slotText(slots.district)} AS district FROM ${households} WHERE NOT cf)`;
}

/** The unit spellings' table joined as `fu` and `su` to the households `h`: each one's facilitator and sub-district, named and told apart. */
function unitJoins(plan: Plan, spellings: SpellingTables): string {
    const slots = schemaSlots(plan.schema);
    return `JOIN ${spellings.units} AS fu ON fu.spelling = ${slotText(slots.facilitator, 'h.')}
JOIN ${spellings.units} AS su ON su.spelling = ${slotText(slots.subdistrict, 'h.')}`;
}

/**
 * The statements that rank: households, caseloads, units, ranked candidates and filled targets are
 * worked out once into temporary tables, rather than once per query that reads them.
 */
export function rankingStatements(d: Dialect, plan: Plan, households: string, spellings: SpellingTables, tables: RankedTables): string[] {
    const slots = schemaSlots(plan.schema);
    const per = perSql(plan, 'h.kd', 'h.g');
    // a unit's key only where some target is counted per unit: the units' spellings joined only then
    const perUnit = plan.districts.some((x) => x.targets.some((t) => t.per !== undefined));
    const unit = perUnit ? `(CASE ${per} WHEN 'facilitator' THEN fu.unit WHEN 'subdistrict' THEN su.unit ELSE NULL END)` : `CAST(NULL AS ${d.varchar})`;
    // households counted per spelling, then per unit (the spellings a unit is written in): a unit is
    // named by the spelling of its first household
    const spelt = (kind: string, slot: number) => `SELECT kd, CAST('${kind}' AS ${d.varchar}) AS per, spelling, count(*) AS households, min(r) AS first_r
  FROM (SELECT kd, r, ${slotText(slot)} AS spelling FROM h WHERE kd >= 0) AS written GROUP BY kd, spelling`;
    return [
        ...d.createTempTable(tables.caseload, `${withHouseholds(plan, households)}
SELECT kd, count(*) AS households, sum(CASE WHEN g IS NULL THEN 1 ELSE 0 END) AS stays FROM h WHERE kd >= 0 GROUP BY kd`),
        ...d.createTempTable(tables.units, `${withHouseholds(plan, households)},
spelt AS (
  ${spelt('facilitator', slots.facilitator)}
  UNION ALL
  ${spelt('subdistrict', slots.subdistrict)}),
named AS (SELECT spelt.*, us.name, us.unit FROM spelt JOIN ${spellings.units} AS us ON us.spelling = spelt.spelling),
units AS (SELECT kd, per, unit, CAST(sum(households) AS BIGINT) AS households, min(first_r) AS first_r FROM named GROUP BY kd, per, unit)
SELECT units.kd, units.per, units.unit, units.households, units.first_r, named.name AS unit_name
FROM units JOIN named ON named.kd = units.kd AND named.per = units.per AND named.first_r = units.first_r`),
        ...d.createTempTable(tables.decided, `${withHouseholds(plan, households)},
district_caseload AS (SELECT * FROM ${tables.caseload}),
named_units AS (SELECT * FROM ${tables.units}),
candidates AS (SELECT h.r, h.hkey, h.district, h.benefit, h.kd, h.g, h.rn, h.rt, ${per} AS per, ${unit} AS unit
  FROM h ${perUnit ? unitJoins(plan, spellings) : ''} WHERE h.kd >= 0 AND h.g IS NOT NULL),
ranked AS (SELECT candidates.*,
  row_number() OVER (PARTITION BY kd, g, unit ORDER BY ${orderBy(d, plan)}) AS rank,
  count(*) OVER (PARTITION BY kd, g, unit) AS of
  FROM candidates),
targeted AS (SELECT ranked.*, named_units.unit_name,
  ${targetSql(d, plan, 'ranked.kd', 'ranked.g', '(CASE WHEN ranked.per IS NULL THEN district_caseload.households ELSE named_units.households END)')} AS target
  FROM ranked JOIN district_caseload ON district_caseload.kd = ranked.kd
  LEFT JOIN named_units ON named_units.kd = ranked.kd AND named_units.per = ranked.per AND named_units.unit = ranked.unit)
SELECT r, hkey, district, benefit, kd, g, per, unit, rank, of, unit_name, target,
  (NOT ${d.isNaN('target')} AND rank <= (CASE WHEN target < 0 THEN 0 ELSE floor(target) END)) AS proposed
FROM targeted`),
    ];
}

/** The common part of the decision and summary queries: households, caseloads, units, ranked candidates (from the tables above). */
function rankedWith(plan: Plan, households: string, tables: RankedTables): string {
    return `${withHouseholds(plan, households)},
district_caseload AS (SELECT * FROM ${tables.caseload}),
named_units AS (SELECT * FROM ${tables.units}),
decided AS (SELECT * FROM ${tables.decided})`;
}

/** Every household's decision: non-candidates first, in row order, then candidates in row order, as the JS engine writes them. */
export function decisionsQuery(d: Dialect, plan: Plan, households: string, tables: RankedTables): string {
    const names = (column: string, list: string[]) => `(CASE ${column} ${list.map((n, i) => `WHEN ${i} THEN ${d.text(n)}`).join(' ')} ELSE '' END)`;
    const category = plan.graduations.length === 0 ? "''" : names('g', plan.graduations.map((g) => g.name));
    return `${rankedWith(plan, households, tables)}
SELECT r, hkey AS id, district, kd, g, ${category} AS category, benefit,
  CASE WHEN kd < 0 THEN 'no-district' ELSE 'stays' END AS status,
  CAST(NULL AS BIGINT) AS rank, CAST(NULL AS BIGINT) AS of, CAST(NULL AS ${d.varchar}) AS per, CAST(NULL AS ${d.varchar}) AS unit, 0 AS phase
FROM h WHERE kd < 0 OR g IS NULL
UNION ALL
SELECT r, hkey, district, kd, g, ${category}, benefit, CASE WHEN proposed THEN 'proposed' ELSE 'reserve' END,
  rank, of, per, unit_name, 1
FROM decided
ORDER BY phase, r`;
}

/**
 * The candidates with what worklists need of their units: each one's own spellings and unit keys,
 * and each unit's first spelling and row among all the district's households.
 */
export function candidateUnitsQuery(plan: Plan, households: string, spellings: SpellingTables, tables: RankedTables): string {
    return `${rankedWith(plan, households, tables)}
SELECT decided.r, fu.unit AS fac_unit, su.unit AS sub_unit, fu.name AS fac_name, su.name AS sub_name,
  f.unit_name AS fac_first_name, f.first_r AS fac_first_r, s.unit_name AS sub_first_name, s.first_r AS sub_first_r
FROM decided JOIN h ON h.r = decided.r
${unitJoins(plan, spellings)}
LEFT JOIN named_units AS f ON f.kd = decided.kd AND f.per = 'facilitator' AND f.unit = fu.unit
LEFT JOIN named_units AS s ON s.kd = decided.kd AND s.per = 'subdistrict' AND s.unit = su.unit
ORDER BY decided.r`;
}

/**
 * The figures of the summary: one row per district and category (`per` NULL), and one per unit of a
 * target counted per unit, with caseload, target, candidates, proposed and reserve.
 */
export function summaryQuery(d: Dialect, plan: Plan, households: string, tables: RankedTables): string {
    const pairs = plan.districts.flatMap((_, kd) => plan.graduations.map((_g, g) => `(${kd}, ${g})`));
    const districtNames = `(CASE kd ${plan.districts.map((x, i) => `WHEN ${i} THEN ${d.text(x.name)}`).join(' ')} ELSE '' END)`;
    const categoryNames = `(CASE g ${plan.graduations.map((x, i) => `WHEN ${i} THEN ${d.text(x.name)}`).join(' ')} ELSE '' END)`;
    if (pairs.length === 0) {
        return `SELECT CAST(NULL AS INTEGER) AS kd, CAST(NULL AS INTEGER) AS g, '' AS district, '' AS category, CAST(NULL AS ${d.varchar}) AS per,
  CAST(NULL AS ${d.varchar}) AS unit, 0 AS unit_order, 0 AS households, 0 AS stays, CAST(NULL AS ${d.double}) AS target, 0 AS candidates, 0 AS proposed, 0 AS reserve WHERE FALSE`;
    }
    const gh = '(CASE WHEN groups.per IS NULL THEN coalesce(district_caseload.households, 0) ELSE groups.households END)';
    return `${rankedWith(plan, households, tables)},
pairs AS (SELECT * FROM (VALUES ${pairs.join(', ')}) AS p(kd, g)),
groups AS (
  SELECT pairs.kd, pairs.g, CAST(NULL AS ${d.varchar}) AS per, CAST(NULL AS ${d.varchar}) AS unit, CAST(NULL AS ${d.varchar}) AS unit_name, 0 AS first_r, 0 AS households
  FROM pairs WHERE ${perSql(plan, 'pairs.kd', 'pairs.g')} IS NULL
  UNION ALL
  SELECT pairs.kd, pairs.g, named_units.per, named_units.unit, named_units.unit_name, named_units.first_r, named_units.households
  FROM pairs JOIN named_units ON named_units.kd = pairs.kd
  AND named_units.per = ${perSql(plan, 'pairs.kd', 'pairs.g')}),
counted AS (SELECT kd, g, unit, count(*) AS candidates, sum(CASE WHEN proposed THEN 1 ELSE 0 END) AS proposed FROM decided GROUP BY kd, g, unit),
figures AS (SELECT groups.kd, groups.g, groups.per, groups.unit_name AS unit, groups.first_r AS unit_order,
  ${gh} AS households, coalesce(district_caseload.households, 0) AS district_households, coalesce(district_caseload.stays, 0) AS stays,
  ${targetSql(d, plan, 'groups.kd', 'groups.g', gh)} AS target,
  coalesce(counted.candidates, 0) AS candidates, coalesce(counted.proposed, 0) AS proposed
  FROM groups LEFT JOIN district_caseload ON district_caseload.kd = groups.kd
  LEFT JOIN counted ON counted.kd = groups.kd AND counted.g = groups.g AND counted.unit IS NOT DISTINCT FROM groups.unit)
SELECT kd, g, ${districtNames} AS district, ${categoryNames} AS category, per, unit, unit_order, households, district_households, stays, target,
  candidates, proposed, candidates - proposed AS reserve
FROM figures ORDER BY kd, g, unit_order`;
}

/** Households in no district of the rules, per spelling (normalised alike), with the first spelling met. */
export function unmatchedQuery(plan: Plan, households: string, spellings: SpellingTables): string {
    const district = slotText(schemaSlots(plan.schema).district, 'h.');
    return `WITH h AS (SELECT h.r, ${district} AS district, ds.dn FROM ${households} AS h JOIN ${spellings.districts} AS ds ON ds.spelling = ${district}
  WHERE NOT h.cf AND h.kd < 0),
spellings AS (SELECT dn, count(*) AS households, min(r) AS first_r FROM h GROUP BY dn)
SELECT h.district AS spelling, spellings.households, spellings.first_r
FROM spellings JOIN h ON h.r = spellings.first_r ORDER BY spellings.first_r`;
}
