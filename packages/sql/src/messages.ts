/** What the SQL back end says to officers, one table per language. */
import type { Lang } from '@kaidah/engine';
import type { RefusedFeature } from './refusal.js';

export interface SqlMessages {
    refused(feature: RefusedFeature, detail: string): string;
}

const FEATURES_EN: Record<RefusedFeature, string> = {
    'household-dependent-amounts': 'benefit amounts that depend on the household',
    'unknown-expression': 'an expression the SQL compiler does not know',
};

const FEATURES_ID: Record<RefusedFeature, string> = {
    'household-dependent-amounts': 'besaran bantuan yang bergantung pada keluarga',
    'unknown-expression': 'ekspresi yang belum dikenal oleh kompiler SQL',
};

const en: SqlMessages = {
    refused: (feature, detail) =>
        `These rules cannot run as SQL yet: they use ${FEATURES_EN[feature]} (${detail}). Run them with the default engine (without --engine).`,
};

const id: SqlMessages = {
    refused: (feature, detail) =>
        `Aturan ini belum dapat dijalankan sebagai SQL: aturan memakai ${FEATURES_ID[feature]} (${detail}). Jalankan dengan mesin bawaan (tanpa --engine).`,
};

export function sqlMessages(lang: Lang): SqlMessages {
    return lang === 'id' ? id : en;
}
