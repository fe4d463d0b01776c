import { doubleQuoted, numberText, singleQuoted, type Dialect } from './dialect.js';

export const duckdb: Dialect = {
    name: 'duckdb',
    identifier: doubleQuoted,
    text: singleQuoted,
    number: (value) => `CAST('${numberText(value)}' AS DOUBLE)`,
    double: 'DOUBLE',
    varchar: 'VARCHAR',
    // a glob, not a regular expression: half the time over every numeric cell of a file
    digitsOnly: (text, max) => `(strlen(${text}) BETWEEN 1 AND ${max} AND NOT (${text} GLOB '*[!0-9]*'))`,
    // the first and last characters' code points: any other (non-ASCII too) takes the exact test;
    // a glob ending in a class costs twice as much over every text cell of a file
    plainEnds: (text) => `(ascii(${text}) BETWEEN 35 AND 126 AND ascii(array_extract(${text}, -1)) BETWEEN 35 AND 126)`,
    matches: (text, pattern) => `regexp_full_match(${text}, ${singleQuoted(pattern)})`,
    replaceAll: (text, pattern, replacement) => `regexp_replace(${text}, ${singleQuoted(pattern)}, ${singleQuoted(replacement)}, 'g')`,
    extract: (text, pattern, group) => `regexp_extract(${text}, ${singleQuoted(pattern)}, ${group})`,
    keyHash: (text) => `hash(${text})`,
    isNaN: (x) => `isnan(${x})`,
    codePoint: (code) => (code === 0x20 ? ' ' : `\\x{${code.toString(16).toUpperCase()}}`),
    letterOrDigit: '\\p{L}\\p{N}',
    binary: (text) => text,
    createTempTable: (name, query) => [`CREATE OR REPLACE TEMPORARY TABLE ${name} AS\n${query}`],
    layerFence: '',
    rowOrdinal: () => '(rowid + 2)',
};
