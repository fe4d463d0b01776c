/**
 * `compileToSql`: the statements that turn a households table (every column text, as the file has
 * it) into rejects, decisions and the district summary, with the JS engine's meaning. The
 * statements make temporary tables (the distinct cells of a few columns, the typed rows, the repeated households, the evaluated
 * households, the district and unit spellings, and the caseloads, units and ranked candidates); the queries read them. Everything is over the named table and self-contained: the
 * dialect is the only part that differs between engines.
 */
import type { Plan } from '@kaidah/engine';
import type { Dialect, DialectName } from './dialect/dialect.js';
import { duckdb } from './dialect/duckdb.js';
import { postgres } from './dialect/postgres.js';
import type { SqlOptions } from './options.js';
import { typedStage } from './typed.js';
import { repeatsQuery } from './repeats.js';
import { householdsQuery } from './evaluate.js';
import { districtSpellingsQuery, unitSpellingsQuery, type SpellingTables } from './spellings.js';
import { candidateUnitsQuery, decisionsQuery, rankingStatements, summaryQuery, unmatchedQuery, type RankedTables } from './ranking.js';
import { rejectsQuery } from './rejects.js';

export interface CompiledSql {
    dialect: DialectName;
    /** Run in order: they make the temporary tables the queries read. */
    statements: string[];
    /** `r, col, header, column_name, value, reason, detail`: one row per problem, in the JS engine's order. */
    rejects: string;
    /** `r, id, district, kd, g, category, benefit, status, rank, of, per, unit`: every household decided. */
    decisions: string;
    /** `kd, g, district, category, per, unit, unit_order, households, stays, target, candidates, proposed, reserve`. */
    summary: string;
    /** `spelling, households, first_r`: households in no district of the rules, per spelling. */
    unmatched: string;
    /** `r, fac_unit, sub_unit, fac_name, sub_name, fac_first_name, fac_first_r, sub_first_name, sub_first_r` per candidate, for worklists. */
    candidateUnits: string;
    /** The temporary table of evaluated households (`r`, `v<i>`: each column's typed value). */
    households: string;
}

export const DIALECTS: Readonly<Record<DialectName, Dialect>> = { duckdb, postgres };

export function compileToSql(plan: Plan, options: SqlOptions): CompiledSql {
    const d = DIALECTS[options.dialect];
    const prefix = options.prefix ?? 'kaidah_';
    const typed = d.identifier(`${prefix}typed`);
    const repeats = d.identifier(`${prefix}repeats`);
    const households = d.identifier(`${prefix}households`);
    const spellings: SpellingTables = {
        districts: d.identifier(`${prefix}district_spellings`),
        units: d.identifier(`${prefix}unit_spellings`),
    };
    const ranked: RankedTables = {
        caseload: d.identifier(`${prefix}caseload`),
        units: d.identifier(`${prefix}units`),
        decided: d.identifier(`${prefix}ranked`),
    };
    const stage = typedStage(d, plan, options, (column) => d.identifier(`${prefix}cells_${column}`));
    const statements = [
        ...stage.cellTables.flatMap(([name, query]) => d.createTempTable(name, query)),
        ...d.createTempTable(typed, stage.query),
        ...d.createTempTable(repeats, repeatsQuery(d, plan, typed)),
        ...d.createTempTable(spellings.districts, districtSpellingsQuery(d, plan, typed)),
        ...d.createTempTable(spellings.units, unitSpellingsQuery(d, plan, typed)),
        ...d.createTempTable(households, householdsQuery(d, plan, typed, repeats, spellings)),
        ...rankingStatements(d, plan, households, spellings, ranked),
    ];
    return {
        dialect: options.dialect,
        statements,
        rejects: rejectsQuery(d, plan, stage.headers, stage.width, { typed, repeats, households }, options),
        decisions: decisionsQuery(d, plan, households, ranked),
        summary: summaryQuery(d, plan, households, ranked),
        unmatched: unmatchedQuery(plan, households, spellings),
        candidateUnits: candidateUnitsQuery(plan, households, spellings, ranked),
        households,
    };
}
