/**
 * Every sentence the engine produces, one table per language. Both tables implement `Messages`, so
 * the compiler refuses a sentence that exists in one language only.
 *
 * The Indonesian is written for Dinas Sosial officers and pendamping: KPM for the household,
 * graduasi, target, diusulkan (proposed), cadangan (reserve), kekurangan (shortfall),
 * kabupaten/kota. Numbers are formatted the Indonesian way in both languages before they get here.
 */
import type { ReasonCode } from './reasons.js';
import type { LiteralError } from './numbers.js';
import type { HouseholdStatusCode } from './allocate.js';

export type Lang = 'en' | 'id';

/** Figures of one category in one district, already formatted, for `categorySummary`. */
export interface CategoryFigures {
    district: string;
    category: string;
    target?: string;
    candidates: string;
    proposed: string;
    reserve: string;
    shortfall: string;
}

/** Overall counts, already formatted, for `totals`. */
export interface TotalFigures {
    households: string;
    proposed: string;
    reserve: string;
    stays: string;
    unmatched: string;
}

export interface Messages {
    yes: string;
    no: string;
    /** A number with no value: a division by zero, or a district quantity of an unknown district. */
    undefinedNumber: string;
    /** Month names, January first, for dates such as `1 March 2024`. */
    months: readonly string[];

    /** Why a data cell was rejected, as the predicate of a sentence about the cell. */
    reasons: Record<ReasonCode, string>;
    /**
     * The range a cell must be in, as a predicate replacing `reasons['out-of-range']` when the range
     * is known. Bounds are formatted; one may be absent. `dates` picks before/after wording.
     */
    mustBeInRange(min: string | undefined, max: string | undefined, dates: boolean): string;
    /** Why a number literal in a rule file is refused, as a predicate. */
    literalErrors: Record<LiteralError, string>;
    /** Names a column together with its header in the file when the two differ. */
    columnWithHeader(column: string, header: string): string;
    /** One rejected cell; `value` is absent when the cell is blank or missing. */
    cellProblem(subject: string, value: string | undefined, reason: string): string;
    /** A column of the schema whose header is not in the data file. */
    missingColumn(column: string, header: string): string;

    /** An atomic condition that is a yes/no value: `has_business is yes`. */
    holdsAs(text: string, value: string): string;
    /** A comparison that is false: `eligible_members 3 = 0 does not hold`. */
    doesNotHold(condition: string): string;
    /** Opens the explanation of a household that falls in no graduation category. */
    noCategory: string;
    /** Between the conditions that held for a category. */
    factSeparator: string;
    /** Between the conditions that failed together (every branch of an `or`). */
    failedFactSeparator: string;

    benefit(total: string, parts: string): string;
    noBenefit: string;
    /** Appended when the cap on paid members left some eligible members unpaid. */
    benefitCap(eligible: string, paid: string): string;

    /** One word or phrase per household status, for a status column. */
    statuses: Record<HouseholdStatusCode, string>;
    ranked(rank: string, of: string, district: string): string;
    target(value: string, formula: string | undefined): string;
    noTarget: string;
    /** `ranked 12 of 340 in …; target 2.580 (…): proposed`. */
    placed(ranking: string, target: string, status: string): string;
    /** Status sentence of a household in no category. */
    staysSentence: string;
    districtNotInRules(district: string): string;
    noDistrictGiven: string;

    categorySummary(figures: CategoryFigures): string;
    totals(figures: TotalFigures): string;

    /** Column headings for decision files and summary tables. */
    labels: {
        household: string;
        district: string;
        households: string;
        category: string;
        target: string;
        formula: string;
        candidates: string;
        proposed: string;
        reserve: string;
        shortfall: string;
        surplus: string;
        stays: string;
        unmatched: string;
        benefit: string;
        status: string;
        rank: string;
        explanation: string;
    };
}

const en: Messages = {
    yes: 'yes',
    no: 'no',
    undefinedNumber: 'undefined',
    months: [
        'January', 'February', 'March', 'April', 'May', 'June',
        'July', 'August', 'September', 'October', 'November', 'December',
    ],

    reasons: {
        'empty': 'is empty',
        'missing-field': 'is missing: the row has fewer fields than the header',
        'not-a-number': 'is not a number',
        'not-money': 'is not an amount of money (for example Rp 1.500.000)',
        'not-a-percent': 'is not a percentage (for example 85 or 85%)',
        'not-a-whole-number': 'is not a whole number',
        'negative': 'is negative',
        'not-yes-no': 'is not yes or no (write ya/tidak, y/t or 1/0)',
        'percent-out-of-range': 'is not between 0 and 100%',
        'not-a-date': 'is not a valid date (write day/month/year, for example 01/03/2024, or 2024-03-01)',
        'out-of-range': 'is outside the range the rules allow for this column',
        'scientific-notation':
            'was turned into scientific notation by a spreadsheet (like 3.51E+15) and has lost its digits; ' +
            'format the column as text and export the file again',
    },
    literalErrors: {
        'malformed': 'is not a number written the Indonesian way (for example 1.500.000 or 1,5)',
        'ambiguous-dot':
            'has a dot that does not group thousands: write decimals with a comma (1,5) and group thousands with dots (1.500)',
    },
    mustBeInRange: (min, max, dates) =>
        min !== undefined && max !== undefined
            ? `must be between ${min} and ${max}`
            : min !== undefined
              ? dates ? `must be on or after ${min}` : `must be at least ${min}`
              : dates ? `must be on or before ${max}` : `must be at most ${max}`,
    columnWithHeader: (column, header) => `${column} (column "${header}")`,
    cellProblem: (subject, value, reason) => (value === undefined ? `${subject} ${reason}` : `${subject}: "${value}" ${reason}`),
    missingColumn: (column, header) =>
        column === header ? `the file has no column "${header}"` : `the file has no column "${header}" (for ${column})`,

    holdsAs: (text, value) => `${text} is ${value}`,
    doesNotHold: (condition) => `${condition} does not hold`,
    noCategory: 'No graduation category applies.',
    factSeparator: '; ',
    failedFactSeparator: ' and ',

    benefit: (total, parts) => `benefit ${total}: ${parts}`,
    noBenefit: 'no benefit: no member qualifies for a component',
    benefitCap: (eligible, paid) => `${eligible} members qualify, at most ${paid} are paid`,

    statuses: {
        'proposed': 'proposed',
        'reserve': 'reserve',
        'stays': 'stays',
        'no-district': 'district not in the rules',
    },
    ranked: (rank, of, district) => `ranked ${rank} of ${of} in ${district}`,
    target: (value, formula) => (formula === undefined ? `target ${value}` : `target ${value} (${formula})`),
    noTarget: 'no target for this category',
    placed: (ranking, target, status) => `${ranking}; ${target}: ${status}`,
    staysSentence: 'stays in the programme',
    districtNotInRules: (district) => `district "${district}" is not in the rules: not ranked`,
    noDistrictGiven: 'no district given: not ranked',

    categorySummary: (f) =>
        f.target === undefined
            ? `${f.district}, ${f.category}: no target, ${f.candidates} candidates, all proposed`
            : `${f.district}, ${f.category}: target ${f.target}, ${f.candidates} candidates: ` +
              `${f.proposed} proposed, ${f.reserve} reserve, shortfall ${f.shortfall}`,
    totals: (f) =>
        `${f.households} households: ${f.proposed} proposed, ${f.reserve} reserve, ` +
        `${f.stays} stay in the programme, ${f.unmatched} in districts not in the rules`,

    labels: {
        household: 'Household',
        district: 'District',
        households: 'Households',
        category: 'Category',
        target: 'Target',
        formula: 'Formula',
        candidates: 'Candidates',
        proposed: 'Proposed',
        reserve: 'Reserve',
        shortfall: 'Shortfall',
        surplus: 'Surplus',
        stays: 'Stays',
        unmatched: 'District not in rules',
        benefit: 'Benefit',
        status: 'Status',
        rank: 'Rank',
        explanation: 'Explanation',
    },
};

const id: Messages = {
    yes: 'ya',
    no: 'tidak',
    undefinedNumber: 'tak terdefinisi',
    months: [
        'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
        'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
    ],

    reasons: {
        'empty': 'kosong',
        'missing-field': 'tidak ada: baris ini memiliki lebih sedikit kolom daripada baris judul',
        'not-a-number': 'bukan angka',
        'not-money': 'bukan nilai uang (contoh: Rp 1.500.000)',
        'not-a-percent': 'bukan persentase (contoh: 85 atau 85%)',
        'not-a-whole-number': 'bukan bilangan bulat',
        'negative': 'bernilai negatif',
        'not-yes-no': 'bukan ya atau tidak (isi dengan ya/tidak, y/t, atau 1/0)',
        'percent-out-of-range': 'di luar rentang 0–100%',
        'not-a-date': 'bukan tanggal yang benar (tulis tanggal/bulan/tahun, contoh: 01/03/2024, atau 2024-03-01)',
        'out-of-range': 'di luar rentang yang diizinkan aturan untuk kolom ini',
        'scientific-notation':
            'diubah spreadsheet menjadi notasi ilmiah (seperti 3.51E+15) sehingga digitnya hilang; ' +
            'format kolom ini sebagai teks lalu ekspor ulang berkasnya',
    },
    literalErrors: {
        'malformed': 'bukan penulisan angka yang benar (contoh: 1.500.000 atau 1,5)',
        'ambiguous-dot':
            'memakai titik yang bukan pemisah ribuan: tulis desimal dengan koma (1,5) dan pisahkan ribuan dengan titik (1.500)',
    },
    mustBeInRange: (min, max, dates) =>
        min !== undefined && max !== undefined
            ? `harus antara ${min} dan ${max}`
            : min !== undefined
              ? dates ? `tidak boleh sebelum ${min}` : `tidak boleh kurang dari ${min}`
              : dates ? `tidak boleh setelah ${max}` : `tidak boleh lebih dari ${max}`,
    columnWithHeader: (column, header) => `${column} (kolom "${header}")`,
    cellProblem: (subject, value, reason) => (value === undefined ? `${subject} ${reason}` : `${subject}: "${value}" ${reason}`),
    missingColumn: (column, header) =>
        column === header ? `kolom "${header}" tidak ada di berkas` : `kolom "${header}" (untuk ${column}) tidak ada di berkas`,

    holdsAs: (text, value) => `${text} bernilai ${value}`,
    doesNotHold: (condition) => `${condition} tidak terpenuhi`,
    noCategory: 'KPM tidak memenuhi kategori graduasi mana pun.',
    factSeparator: '; ',
    failedFactSeparator: ' dan ',

    benefit: (total, parts) => `bantuan ${total}: ${parts}`,
    noBenefit: 'tidak ada bantuan: tidak ada anggota keluarga yang memenuhi syarat komponen',
    benefitCap: (eligible, paid) => `${eligible} anggota memenuhi syarat, paling banyak ${paid} yang dibayar`,

    statuses: {
        'proposed': 'diusulkan',
        'reserve': 'cadangan',
        'stays': 'tetap KPM',
        'no-district': 'kabupaten/kota tidak ada dalam aturan',
    },
    ranked: (rank, of, district) => `peringkat ${rank} dari ${of} di ${district}`,
    target: (value, formula) => (formula === undefined ? `target ${value}` : `target ${value} (${formula})`),
    noTarget: 'kategori ini tanpa target',
    placed: (ranking, target, status) => `${ranking}; ${target}: ${status}`,
    staysSentence: 'tetap menjadi KPM',
    districtNotInRules: (district) => `kabupaten/kota "${district}" tidak ada dalam aturan: tidak diperingkat`,
    noDistrictGiven: 'kabupaten/kota tidak diisi: tidak diperingkat',

    categorySummary: (f) =>
        f.target === undefined
            ? `${f.district}, ${f.category}: tanpa target, ${f.candidates} kandidat, semua diusulkan`
            : `${f.district}, ${f.category}: target ${f.target}, ${f.candidates} kandidat: ` +
              `${f.proposed} diusulkan, ${f.reserve} cadangan, kekurangan ${f.shortfall}`,
    totals: (f) =>
        `${f.households} KPM: ${f.proposed} diusulkan, ${f.reserve} cadangan, ` +
        `${f.stays} tetap menjadi KPM, ${f.unmatched} di kabupaten/kota yang tidak ada dalam aturan`,

    labels: {
        household: 'KPM',
        district: 'Kabupaten/Kota',
        households: 'Jumlah KPM',
        category: 'Kategori',
        target: 'Target',
        formula: 'Rumus',
        candidates: 'Kandidat',
        proposed: 'Diusulkan',
        reserve: 'Cadangan',
        shortfall: 'Kekurangan',
        surplus: 'Kelebihan',
        stays: 'Tetap KPM',
        unmatched: 'Kabupaten/kota tidak dikenal',
        benefit: 'Bantuan',
        status: 'Status',
        rank: 'Peringkat',
        explanation: 'Penjelasan',
    },
};

const TABLES: Readonly<Record<Lang, Messages>> = { en, id };

export function messagesFor(lang: Lang): Messages {
    return TABLES[lang];
}

/**
 * The officer's language from the POSIX locale: the first set of LC_ALL, LC_MESSAGES, LANG (that
 * is their precedence) decides; `id`, `id_ID.UTF-8`, `id-ID` give Indonesian, anything else English.
 */
export function detectLang(env: Record<string, string | undefined> = process.env): Lang {
    const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
    return /^id(?:[_.@-]|$)/i.test(locale) ? 'id' : 'en';
}
