/** What `--database` says, one table per language. The database's address is shown without its password. */
import type { Lang } from '@kaidah/engine';

const en = {
    tableNeedsDatabase: (option: string) => `${option} goes with --database: the database holding the households table.`,
    needsTable: '--database needs --table: the households table, e.g. --table households or --table dinsos.households.',
    badTable: (option: string, name: string) => `${option} "${name}" is not a table name: write households, or schema.table (double quotes around a part that holds a dot).`,
    notWith: (option: string) => `--database does not work with ${option}: the households are read from the table in the database.`,
    connectFailed: (database: string, detail: string) => `Could not connect to the database ${database}: ${detail}`,
    failed: (detail: string) => `The database stopped the run: ${detail}. Nothing was written to it.`,
    noSuchTable: (table: string) => `The database has no table ${table} (or this user may not read it). Names are taken exactly as written: "Households" and households are two tables.`,
    notOurs: (table: string) => `The table ${table} exists and was not made by Kaidah: its decisions are not put in its place. Name another table with --into.`,
    sameTable: '--into names the households table itself: name another table for the decisions, e.g. --into kaidah_decisions.',
    decisionsStored: (households: number, table: string) =>
        `Decisions of ${households.toLocaleString('id-ID')} households stored in the table ${table} of the database (replacing the previous run's).`,
    enginesDisagree: (key: string) =>
        `Internal error: PostgreSQL and the JavaScript engine decided household ${key} differently. Nothing was written; please report this, with the rule file, to the Kaidah team.`,
};

const id: typeof en = {
    tableNeedsDatabase: (option) => `${option} dipakai bersama --database: basis data tempat tabel keluarga berada.`,
    needsTable: '--database memerlukan --table: tabel keluarga, misalnya --table households atau --table dinsos.households.',
    badTable: (option, name) => `${option} "${name}" bukan nama tabel: tulis households, atau skema.tabel (beri tanda kutip ganda pada bagian yang memuat titik).`,
    notWith: (option) => `--database tidak dapat dipakai bersama ${option}: data keluarga dibaca dari tabel di basis data.`,
    connectFailed: (database, detail) => `Tidak dapat terhubung ke basis data ${database}: ${detail}`,
    failed: (detail) => `Basis data menghentikan proses: ${detail}. Tidak ada yang ditulis ke basis data.`,
    noSuchTable: (table) => `Basis data tidak memiliki tabel ${table} (atau pengguna ini tidak boleh membacanya). Nama dibaca persis seperti ditulis: "Households" dan households adalah dua tabel.`,
    notOurs: (table) => `Tabel ${table} sudah ada dan tidak dibuat oleh Kaidah: keputusan tidak ditulis menggantikannya. Sebutkan tabel lain dengan --into.`,
    sameTable: '--into menyebut tabel keluarga itu sendiri: sebutkan tabel lain untuk keputusan, misalnya --into kaidah_decisions.',
    decisionsStored: (households, table) =>
        `Keputusan ${households.toLocaleString('id-ID')} KPM disimpan di tabel ${table} pada basis data (menggantikan hasil proses sebelumnya).`,
    enginesDisagree: (key) =>
        `Kesalahan internal: PostgreSQL dan mesin JavaScript memutuskan KPM ${key} secara berbeda. Tidak ada yang ditulis; laporkan hal ini, beserta berkas aturannya, kepada tim Kaidah.`,
};

export function postgresMessages(lang: Lang): typeof en {
    return lang === 'id' ? id : en;
}
