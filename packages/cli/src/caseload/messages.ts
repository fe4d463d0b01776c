import { formatNumber as n, type Lang } from '@kaidah/engine';

/** Rows whose household is met more than once: "12", "12 and 40", "12, 40 and 51". */
function rowList(rows: number[], and: string): string {
    const numbers = rows.map((row) => n(row));
    return numbers.length === 1 ? numbers[0]! : `${numbers.slice(0, -1).join(', ')} ${and} ${numbers[numbers.length - 1]}`;
}

/** The sentences of the caseload evaluation about households met more than once, one table per language. */
const en = {
    duplicateOf: (row: number) => `duplicate of row ${n(row)}`,
    conflicting: (rows: number[], key: string) =>
        rows.length === 2
            ? `row ${n(rows[0]!)} and row ${n(rows[1]!)} both have household ${key} with different data; neither is decided, as nobody can tell which is right`
            : `rows ${rowList(rows, 'and')} all have household ${key} with different data; none is decided, as nobody can tell which is right`,
};

const id: typeof en = {
    duplicateOf: (row) => `duplikat baris ${n(row)}`,
    conflicting: (rows, key) =>
        rows.length === 2
            ? `baris ${n(rows[0]!)} dan baris ${n(rows[1]!)} sama-sama memuat KPM ${key} dengan data berbeda; keduanya tidak diputuskan, karena tidak dapat diketahui mana yang benar`
            : `baris ${rowList(rows, 'dan')} memuat KPM ${key} dengan data berbeda; tidak ada yang diputuskan, karena tidak dapat diketahui mana yang benar`,
};

export function caseloadMessages(lang: Lang): typeof en {
    return lang === 'id' ? id : en;
}
