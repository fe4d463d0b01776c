/** What the other engines say, one table per language. */
import type { Lang } from '@kaidah/engine';

const en = {
    enginesDisagree: (key: string) =>
        `Internal error: DuckDB and the JavaScript engine decided household ${key} differently. Nothing was written; please report this, with the rule file, to the Kaidah team.`,
    unknownEngine: (engine: string) => `Unknown engine "${engine}": use js (the default) or duckdb.`,
    engineNotWith: (option: string) => `--engine duckdb does not work with ${option} yet; run without --engine.`,
    outOfMemory: (limit: string) =>
        `DuckDB needed more memory than the ${limit} it may use, and nothing was written. Give it more with KAIDAH_DUCKDB_MEMORY (for example KAIDAH_DUCKDB_MEMORY=8GB), or run without --engine: the default engine needs far less.`,
};

const id: typeof en = {
    enginesDisagree: (key) =>
        `Kesalahan internal: DuckDB dan mesin JavaScript memutuskan KPM ${key} secara berbeda. Tidak ada yang ditulis; laporkan hal ini, beserta berkas aturannya, kepada tim Kaidah.`,
    unknownEngine: (engine) => `Mesin "${engine}" tidak dikenal: gunakan js (bawaan) atau duckdb.`,
    engineNotWith: (option) => `--engine duckdb belum dapat dipakai bersama ${option}; jalankan tanpa --engine.`,
    outOfMemory: (limit) =>
        `DuckDB membutuhkan memori lebih dari ${limit} yang boleh dipakainya, dan tidak ada yang ditulis. Beri lebih banyak dengan KAIDAH_DUCKDB_MEMORY (misalnya KAIDAH_DUCKDB_MEMORY=8GB), atau jalankan tanpa --engine: mesin bawaan memerlukan jauh lebih sedikit.`,
};

export function engineMessages(lang: Lang): typeof en {
    return lang === 'id' ? id : en;
}

const sqlEn = {
    badDialect: (dialect: string) => `Unknown SQL dialect "${dialect}": use duckdb or postgres.`,
    badTable: 'The table name is empty: give --table the households table, e.g. --table households.',
    header: (program: string, date: string, dialect: string, table: string) => [
        `Kaidah: ${program}, evaluated for ${date || 'no date'}, as ${dialect} SQL over the table ${table}.`,
        'Every column of the table is text, named as the export\'s header; the SQL reads the cells as Kaidah does.',
    ],
};

const sqlId: typeof sqlEn = {
    badDialect: (dialect) => `Dialek SQL "${dialect}" tidak dikenal: gunakan duckdb atau postgres.`,
    badTable: 'Nama tabel kosong: beri --table tabel keluarga, misalnya --table households.',
    header: (program, date, dialect, table) => [
        `Kaidah: ${program}, dievaluasi untuk ${date || 'tanpa tanggal'}, sebagai SQL ${dialect} atas tabel ${table}.`,
        'Setiap kolom tabel berupa teks, dinamai sesuai header ekspor; SQL membaca sel seperti Kaidah membacanya.',
    ],
};

export function sqlCommandMessages(lang: Lang): typeof sqlEn {
    return lang === 'id' ? sqlId : sqlEn;
}
