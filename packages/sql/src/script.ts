/** The compiled SQL as one script an officer's database administrator can read and run. */
import type { CompiledSql } from './compile.js';

export function renderSqlScript(sql: CompiledSql, header: string[]): string {
    const comment = (lines: string[]) => lines.map((line) => `-- ${line.replace(/[\r\n]+/g, ' ')}`).join('\n');
    return [
        comment(header),
        '',
        comment(['Typed rows, repeated households, evaluated households (temporary tables)']),
        ...sql.statements.map((s) => `${s};`),
        '',
        comment(['Rejects: rows that do not fit the schema, and households listed twice']),
        `${sql.rejects};`,
        '',
        comment(['Decisions: every household that reads']),
        `${sql.decisions};`,
        '',
        comment(['District summary: per district and category (and unit, for targets per unit)']),
        `${sql.summary};`,
        '',
        comment(['Households in no district of the rules, per spelling']),
        `${sql.unmatched};`,
        '',
    ].join('\n');
}
