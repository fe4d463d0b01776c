import { doubleQuoted, numberText, singleQuoted, type Dialect } from './dialect.js';

/** A literal for PostgreSQL whatever `standard_conforming_strings` says: backslashes go through E''. */
function postgresText(value: string): string {
    return value.includes('\\') ? `E${singleQuoted(value.replace(/\\/g, '\\\\'))}` : singleQuoted(value);
}

export const postgres: Dialect = {
    name: 'postgres',
    identifier: doubleQuoted,
    text: postgresText,
    number: (value) => `CAST('${numberText(value)}' AS DOUBLE PRECISION)`,
    double: 'DOUBLE PRECISION',
    varchar: 'TEXT',
    digitsOnly: (text, max) => `(${text} ~ '^[0-9]{1,${max}}$')`,
    plainEnds: () => 'FALSE',
    matches: (text, pattern) => `(${text} ~ ${postgresText(`^(?:${pattern})$`)})`,
    replaceAll: (text, pattern, replacement) => `regexp_replace(${text}, ${postgresText(pattern)}, ${postgresText(replacement)}, 'g')`,
    extract: (text, pattern, group) => `coalesce((regexp_match(${text}, ${postgresText(pattern)}))[${group}], '')`,
    codePoint: (code) => (code === 0x20 ? ' ' : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`),
    isNaN: (x) => `(${x} = CAST('NaN' AS DOUBLE PRECISION))`,
    letterOrDigit: '[:alnum:]',
    binary: (text) => `(${text}) COLLATE "C"`,
    // temporary tables get no statistics unless asked: the planner would guess the sizes of the later joins
    createTempTable: (name, query) => [`DROP TABLE IF EXISTS ${name}`, `CREATE TEMPORARY TABLE ${name} AS\n${query}`, `ANALYZE ${name}`],
    layerFence: ' OFFSET 0',
    rowOrdinal: () => '(row_number() OVER (ORDER BY ctid) + 1)',
};
