/** What the other engines say, one table per language. */
import type { Lang } from '@kaidah/engine';

const en = {
    enginesDisagree: (key: string) =>
        `Internal error: DuckDB and the JavaScript engine decided household ${key} differently. Nothing was written; please report this, with the rule file, to the Kaidah team.`,
    unknownEngine: (engine: string) => `Unknown engine "${engine}": use js (the default) or duckdb.`,
    engineNotWith: (option: string) => `--engine duckdb does not work with ${option} yet; run without --engine.`,
};

const id: typeof en = {
    enginesDisagree: (key) =>
        `Kesalahan internal: DuckDB dan mesin JavaScript memutuskan KPM ${key} secara berbeda. Tidak ada yang ditulis; laporkan hal ini, beserta berkas aturannya, kepada tim Kaidah.`,
    unknownEngine: (engine) => `Mesin "${engine}" tidak dikenal: gunakan js (bawaan) atau duckdb.`,
    engineNotWith: (option) => `--engine duckdb belum dapat dipakai bersama ${option}; jalankan tanpa --engine.`,
};

export function engineMessages(lang: Lang): typeof en {
    return lang === 'id' ? id : en;
}
