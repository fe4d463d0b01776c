/**
 * The keywords of Kaidah in English and in Bahasa Indonesia. The grammar is written with the English
 * keywords; an Indonesian file is read by turning its keywords into the English ones (kaidah-lexer.ts),
 * so both languages share one syntax tree, one checker and one compile path. The reasoning for the
 * harder choices is in docs/keywords.md.
 */

export type RuleLanguage = 'en' | 'id';

/**
 * A keyword phrase: English keywords and, for each of them, the Indonesian word or words read in its
 * place (`round down` ↔ `bulatkan` `ke bawah`). The two sides have as many parts, in the order the
 * grammar reads them. `within` picks the Indonesian form by the syntax node the phrase belongs to,
 * where one English keyword has two Indonesian ones (`from` a date is `mulai`, `from` a table `dari`).
 */
export interface KeywordPhrase {
    readonly en: readonly string[];
    readonly id: readonly string[];
    readonly within?: string;
}

/** Longer phrases first: where two start alike, the longer one is meant. */
export const keywordPhrases: readonly KeywordPhrase[] = [
    { en: ['benefit', 'components'], id: ['komponen', 'bantuan'] },
    { en: ['at', 'most'], id: ['paling', 'banyak'] },
    { en: ['adaptable', 'graduation'], id: ['graduasi', 'adaptif'] },
    { en: ['rank', 'by'], id: ['urutkan', 'menurut'] },
    { en: ['every', 'district'], id: ['setiap', 'kabupaten'] },
    { en: ['round', 'down'], id: ['bulatkan', 'ke bawah'] },
    { en: ['round', 'up'], id: ['bulatkan', 'ke atas'] },
    { en: ['years', 'since'], id: ['tahun', 'sejak'] },
    { en: ['months', 'since'], id: ['bulan', 'sejak'] },
    { en: ['days', 'since'], id: ['hari', 'sejak'] },
    { en: ['households'], id: ['jumlah keluarga'] },
    { en: ['none'], id: ['tidak ada'] },
    { en: ['year'], id: ['tahun'] },
    { en: ['use'], id: ['pakai'] },
    { en: ['household'], id: ['keluarga'] },
    { en: ['text'], id: ['teks'] },
    { en: ['count'], id: ['jumlah'] },
    { en: ['number'], id: ['angka'] },
    { en: ['money'], id: ['uang'] },
    { en: ['percent'], id: ['persen'] },
    { en: ['yes/no'], id: ['ya/tidak'] },
    { en: ['date'], id: ['tanggal'] },
    { en: ['as'], id: ['sebagai'] },
    { en: ['fraction'], id: ['pecahan'] },
    { en: ['key'], id: ['kunci'] },
    { en: ['between'], id: ['antara'] },
    { en: ['column'], id: ['kolom'] },
    { en: ['constant'], id: ['konstanta'] },
    { en: ['from'], id: ['dari'], within: 'TestCase' },
    { en: ['from'], id: ['mulai'] },
    { en: ['value'], id: ['nilai'] },
    { en: ['benefit'], id: ['bantuan'] },
    { en: ['graduation'], id: ['graduasi'] },
    { en: ['when'], id: ['jika'] },
    { en: ['ascending'], id: ['naik'] },
    { en: ['descending'], id: ['turun'] },
    { en: ['district'], id: ['kabupaten'] },
    { en: ['quantity'], id: ['besaran'] },
    { en: ['facilitator'], id: ['pendamping'] },
    { en: ['subdistrict'], id: ['kecamatan'] },
    { en: ['reward'], id: ['penghargaan'] },
    { en: ['code'], id: ['kode'] },
    { en: ['adapt'], id: ['sesuaikan'] },
    { en: ['test'], id: ['uji'] },
    { en: ['expect'], id: ['harapkan'] },
    { en: ['category'], id: ['kategori'] },
    { en: ['of'], id: ['untuk'], within: 'ExpectTarget' },
    { en: ['of'], id: ['dari'] },
    { en: ['and'], id: ['dan'] },
    { en: ['or'], id: ['atau'] },
    { en: ['not'], id: ['bukan'] },
    { en: ['round'], id: ['bulatkan'] },
    { en: ['yes'], id: ['ya'] },
    { en: ['no'], id: ['tidak'] },
];

/** Keywords written alike in both languages. */
export const sharedKeywords: ReadonlySet<string> = new Set(['program', 'target', 'per']);

/** Every word keyword of one language (the words of multi-word parts included), for detection and suggestions. */
export const englishKeywords: ReadonlySet<string> = new Set(keywordPhrases.flatMap((p) => p.en));
export const indonesianKeywords: ReadonlySet<string> = new Set(keywordPhrases.flatMap((p) => p.id.flatMap((part) => part.split(' '))));

/**
 * The Indonesian form of an English keyword as one word or phrase, for completion and messages:
 * `when` → `jika`, `round down` → `bulatkan ke bawah`. Where one English keyword has two Indonesian
 * forms, `within` (the syntax rules the keyword stands in, innermost last) picks one: `from` is
 * `dari` in a test (`TestCase`) and `mulai` elsewhere. Undefined for one written alike or unknown.
 */
export function indonesianPhrase(english: string, within: readonly string[] = []): string | undefined {
    const words = english.split(' ').join(' ');
    const phrase = keywordPhrases.find((p) => p.en.join(' ') === words && (p.within === undefined || within.includes(p.within)));
    return phrase?.id.join(' ');
}

/** The keyword as a file in `lang` writes it (`when` in an Indonesian file is `jika`). */
export function keywordIn(lang: RuleLanguage, english: string, within: readonly string[] = []): string {
    return lang === 'id' ? (indonesianPhrase(english, within) ?? english) : english;
}

/** The English keyword an Indonesian word or phrase stands for, for "did you mean" (`jika` → `when`). */
export function englishPhrase(indonesian: string): string | undefined {
    const phrase = keywordPhrases.find((p) => p.id.join(' ') === indonesian);
    return phrase?.en.join(' ');
}
