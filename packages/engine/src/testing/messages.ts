/**
 * The sentences of officers' tests, one table per language: why an expectation failed, what a
 * table of cases could not read. Numbers are formatted the Indonesian way before they get here.
 */
import type { Lang } from '../messages/messages.js';

export interface TestingMessages {
    /** `expected benefit = Rp 8.700.000, got Rp 9.600.000`. */
    expectedGot(expected: string, actual: string): string;
    /** The category shown in a comparison: `Graduasi Sejahtera Mandiri (self_reliant)`. */
    category(label: string, name: string): string;
    /** Instead of a category: the household is in no graduation category. */
    noCategory: string;
    /** A target of a district that the rules do not name. */
    districtNotInRules(district: string): string;
    /** The district has no target for the category: every candidate is proposed. */
    noTarget: string;
    /** A target worked out from the district's caseload (`10% of households`) in a test that gives none; `households` as the test's file writes it. */
    targetNeedsCaseload(formula: string, households: string): string;
    /** A name the expectation refers to that the Plan does not have (a programming error, normally). */
    unknownName(name: string): string;
    /** A row of a table of cases: `row 3` or `row 3 (3513000000000001)`. */
    row(row: number, key: string | undefined): string;
    /** Problems of a table of cases as a whole. */
    tableUnreadable(file: string, detail: string): string;
    tableNotRead(file: string): string;
    tableEmpty(file: string): string;
    /** `expect`, `category` and `benefit` as the test's file writes them (`harapkan`, `kategori`, `bantuan`). */
    unknownExpectColumn(header: string, expect: string, category: string, benefit: string): string;
    /** A header that is neither a column of the household nor an expectation. */
    ignoredColumns(headers: string): string;
    /** A cell of the table that cannot be read as its column's type. */
    badCell(header: string, value: string, reason: string): string;
    /** An `expect category` cell that names no category of the rules; `none` as the test's file writes it. */
    unknownCategory(header: string, value: string, known: string, none: string): string;
}

const en: TestingMessages = {
    expectedGot: (expected, actual) => `expected ${expected}, got ${actual}`,
    category: (label, name) => (label === name ? name : `${label} (${name})`),
    noCategory: 'no category',
    districtNotInRules: (district) => `there is no district "${district}" in these rules`,
    noTarget: 'no target (every candidate is proposed)',
    targetNeedsCaseload: (formula, households) => `the target is worked out from the caseload (${formula}): give the test a caseload, e.g. \`${households} 1.200\` on its first line, or run the rules on data`,
    unknownName: (name) => `the rules have no value called ${name}`,
    row: (row, key) => (key === undefined ? `row ${row}` : `row ${row} (${key})`),
    tableUnreadable: (file, detail) => `cannot read the table of cases ${file}: ${detail}`,
    tableNotRead: (file) => `the table of cases ${file} was not read`,
    tableEmpty: (file) => `the table of cases ${file} has no cases (rows under the header)`,
    unknownExpectColumn: (header, expect, category, benefit) =>
        `column "${header}": expect what? Write "${expect} ${category}", "${expect} ${benefit}" or "${expect}" and the name of a value or column of the rules`,
    ignoredColumns: (headers) => `columns not used by the test: ${headers}`,
    badCell: (header, value, reason) => `column "${header}": "${value}" ${reason}`,
    unknownCategory: (header, value, known, none) => `column "${header}": "${value}" is not a graduation category of these rules (write one of ${known}, or ${none})`,
};

const id: TestingMessages = {
    expectedGot: (expected, actual) => `diharapkan ${expected}, hasilnya ${actual}`,
    category: (label, name) => (label === name ? name : `${label} (${name})`),
    noCategory: 'tanpa kategori',
    districtNotInRules: (district) => `tidak ada kabupaten/kota "${district}" dalam aturan ini`,
    noTarget: 'tanpa target (semua kandidat diusulkan)',
    targetNeedsCaseload: (formula, households) => `target dihitung dari jumlah KPM (${formula}): beri tes jumlah KPM, mis. \`${households} 1.200\` di baris pertamanya, atau jalankan aturan pada data`,
    unknownName: (name) => `aturan tidak memiliki nilai bernama ${name}`,
    row: (row, key) => (key === undefined ? `baris ${row}` : `baris ${row} (${key})`),
    tableUnreadable: (file, detail) => `tabel kasus ${file} tidak dapat dibaca: ${detail}`,
    tableNotRead: (file) => `tabel kasus ${file} belum dibaca`,
    tableEmpty: (file) => `tabel kasus ${file} tidak berisi kasus (baris di bawah judul kolom)`,
    unknownExpectColumn: (header, expect, category, benefit) =>
        `kolom "${header}": mengharapkan apa? Tulis "${expect} ${category}", "${expect} ${benefit}" atau "${expect}" diikuti nama nilai atau kolom dalam aturan`,
    ignoredColumns: (headers) => `kolom yang tidak dipakai tes: ${headers}`,
    badCell: (header, value, reason) => `kolom "${header}": "${value}" ${reason}`,
    unknownCategory: (header, value, known, none) => `kolom "${header}": "${value}" bukan kategori graduasi dalam aturan ini (tulis salah satu dari ${known}, atau ${none})`,
};

const TABLES: Readonly<Record<Lang, TestingMessages>> = { en, id };

export function testingMessagesFor(lang: Lang): TestingMessages {
    return TABLES[lang];
}
