/**
 * @kaidah/sql: compiles a Plan to SQL that decides a households table as the JS engine does —
 * rejects, decisions, district summary — for DuckDB and PostgreSQL. Knows nothing of Langium.
 *
 *   const sql = compileToSql(plan, { dialect: 'duckdb', table: 'households' });
 *   run sql.statements in order, then read sql.rejects, sql.decisions, sql.summary, sql.unmatched
 */
export type { Dialect, DialectName } from './dialect/dialect.js';
export type { SqlOptions } from './options.js';
export type { CompiledSql } from './compile.js';
export { compileToSql, DIALECTS } from './compile.js';
export { SqlRefusal, type RefusedFeature } from './refusal.js';
export { sqlMessages, type SqlMessages } from './messages.js';
export { renderSqlScript } from './script.js';
export { allocationFromSql, type SummaryRow, type UnmatchedRow } from './results/allocation.js';
export { selectedFromSql, type CandidateRow } from './results/selected.js';
