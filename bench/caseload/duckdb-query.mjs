// DuckDB's own query: the SQL the rules compile to (`kaidah sql RULES --dialect duckdb --table
// households`, written to SQL_FILE beforehand) run by DuckDB directly over the CSV — the floor of
// `kaidah run --engine duckdb`, which runs the same SQL and then explains every household in JS.
// It loads the CSV as a table of text (DuckDB's own parallel reader), runs the statements, keeps
// the rejects, summary and unmatched spellings in tables, and copies the decisions (id, category,
// status, rank) to OUT.csv.
//
// Usage: node bench/caseload/duckdb-query.mjs SQL_FILE DATA.csv OUT.csv

import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [sqlFile, dataFile, outFile] = process.argv.slice(2);
if (!sqlFile || !dataFile || !outFile) {
    console.error('usage: node bench/caseload/duckdb-query.mjs SQL_FILE DATA.csv OUT.csv');
    process.exit(2);
}
const literal = (text) => `'${text.replace(/'/g, "''")}'`;

// the script as renderSqlScript writes it: comment lines, then statements each ending ";" at a line's end
const parts = readFileSync(sqlFile, 'utf8').split('\n').filter((line) => !line.startsWith('--')).join('\n')
    .split(/;\n/).map((part) => part.trim()).filter((part) => part !== '');
if (parts.length < 5) {
    console.error(`${sqlFile}: expected the statements and four queries of \`kaidah sql\`, found ${parts.length} parts`);
    process.exit(2);
}
const [rejects, decisions, summary, unmatched] = parts.slice(-4);
const statements = parts.slice(0, -4);

const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
const db = await instance.connect();
await db.run(`CREATE TABLE households AS SELECT * FROM read_csv(${literal(dataFile)}, header=true, all_varchar=true)`);
for (const statement of statements) await db.run(statement);
await db.run(`CREATE TEMPORARY TABLE bench_rejects AS ${rejects}`);
await db.run(`CREATE TEMPORARY TABLE bench_summary AS ${summary}`);
await db.run(`CREATE TEMPORARY TABLE bench_unmatched AS ${unmatched}`);
await db.run(`COPY (SELECT id, category, status, rank FROM (${decisions}) AS d) TO ${literal(outFile)} (HEADER, DELIMITER ',')`);
const counted = await db.runAndReadAll('SELECT (SELECT count(*) FROM bench_rejects) AS rejects, (SELECT count(*) FROM bench_summary) AS summary');
const [row] = counted.getRowObjects();
console.log(`decisions copied; ${row.rejects} reject rows, ${row.summary} summary rows`);
db.closeSync?.();
