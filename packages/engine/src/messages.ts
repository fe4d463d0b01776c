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

/** Words of `renderTrace`, the full trace of one household. */
export interface TraceMessages {
    household(key: string): string;
    /** `sub-district Leces`, `facilitator PDP-3513-0001`: where the household is. */
    where(unit: TargetUnit, name: string): string;
    valuesTitle: string;
    /** Marks a derived value (worked out by the rules) in the values list. */
    derived: string;
    benefitTitle(total: string): string;
    /** After the benefit title when the rules cap paid members. */
    cap(members: string): string;
    paid(members: string, component: string, amount: string, total: string): string;
    notPaid(members: string, component: string, amount: string): string;
    noMemberQualifies: string;
    categoriesTitle: string;
    categoryHolds: string;
    categoryFails: string;
    /** After the category that is the household's. */
    chosen: string;
    /** A category that holds but comes after the household's: it does not count. */
    earlierCategoryWins: string;
    allOf: string;
    anyOf: string;
    notOf: string;
    rankTitle(by: string, descending: boolean, value: string): string;
    notRanked: string;
    decisionTitle(status: string): string;
}

/** How a target is counted when not for the whole district. */
export type TargetUnit = 'subdistrict' | 'facilitator';

/** Figures of a category counted per unit in one district, already formatted, for `unitSummary`. */
export interface UnitFigures {
    district: string;
    category: string;
    per: TargetUnit;
    /** The formula as written, e.g. `10`. */
    formula: string;
    units: string;
    /** Units with fewer candidates than their target, and by how many households in all. */
    unitsShort: string;
    shortfall: string;
    /** Units with more candidates than their target. */
    unitsOver: string;
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
    /** `ranked 3 of 12 among the households of facilitator PDP-3513-0001`; `unit` '' when the data give none. */
    rankedInUnit(rank: string, of: string, per: TargetUnit, unit: string): string;
    /** `per facilitator`, `per sub-district`: how a target is counted. */
    perUnit: Record<TargetUnit, string>;
    /** The unit words, for tables: `facilitator`, `sub-district`. */
    unitNames: Record<TargetUnit, string>;
    /** A unit with no name in the data: `(no facilitator given)`. */
    unnamedUnit(per: TargetUnit): string;
    /** The caseload a target was worked out on: `225 households`. */
    caseload(households: string): string;
    /** `target 10 per facilitator`; with details `target 22 per facilitator (round down(10% of households), 225 households)`. */
    targetPer(value: string, per: TargetUnit, details: string | undefined): string;
    /** Status sentence of a household in no category. */
    staysSentence: string;
    districtNotInRules(district: string): string;
    noDistrictGiven: string;

    /** Words of the full trace of one household (`kaidah explain`). */
    trace: TraceMessages;

    categorySummary(figures: CategoryFigures): string;
    /**
     * The targets of one category counted per unit, for the lines under the summary table:
     * `Kabupaten Pamekasan, Graduasi Sejahtera Mandiri: 10 per facilitator, 191 facilitators: 23 short of their target (shortfall 57), 140 with a surplus`.
     */
    unitSummary(figures: UnitFigures): string;
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
    rankedInUnit: (rank, of, per, unit) =>
        unit === ''
            ? `ranked ${rank} of ${of} among the households with no ${per === 'facilitator' ? 'facilitator' : 'sub-district'} given`
            : per === 'facilitator'
              ? `ranked ${rank} of ${of} among the households of facilitator ${unit}`
              : `ranked ${rank} of ${of} in sub-district ${unit}`,
    perUnit: { subdistrict: 'per sub-district', facilitator: 'per facilitator' },
    unitNames: { subdistrict: 'sub-district', facilitator: 'facilitator' },
    unnamedUnit: (per) => (per === 'facilitator' ? '(no facilitator given)' : '(no sub-district given)'),
    caseload: (households) => `${households} households`,
    targetPer: (value, per, details) =>
        `target ${value} ${per === 'facilitator' ? 'per facilitator' : 'per sub-district'}${details === undefined ? '' : ` (${details})`}`,
    staysSentence: 'stays in the programme',
    districtNotInRules: (district) => `district "${district}" is not in the rules: not ranked`,
    noDistrictGiven: 'no district given: not ranked',

    trace: {
        household: (key) => `Household ${key}`,
        where: (unit, name) => (unit === 'facilitator' ? `facilitator ${name}` : `sub-district ${name}`),
        valuesTitle: 'Values',
        derived: 'worked out',
        benefitTitle: (total) => `Benefit: ${total} a year`,
        cap: (members) => `at most ${members} members are paid, the highest amounts first`,
        paid: (members, component, amount, total) => `paid      ${members} × ${component} ${amount} = ${total}`,
        notPaid: (members, component, amount) => `not paid  ${members} × ${component} ${amount}: over the cap on paid members`,
        noMemberQualifies: 'no member qualifies for a component',
        categoriesTitle: 'Graduation categories, in order: the first that holds is the household\'s',
        categoryHolds: 'holds',
        categoryFails: 'does not hold',
        chosen: '← the household\'s category',
        earlierCategoryWins: '(an earlier category holds, so this one does not count)',
        allOf: 'all of:',
        anyOf: 'any of:',
        notOf: 'not:',
        rankTitle: (by, descending, value) => `Ranking: by ${by}, ${descending ? 'highest' : 'lowest'} first; this household: ${value}`,
        notRanked: 'Ranking: not ranked (no graduation category)',
        decisionTitle: (status) => `Decision: ${status}`,
    },

    categorySummary: (f) =>
        f.target === undefined
            ? `${f.district}, ${f.category}: no target, ${f.candidates} candidates, all proposed`
            : `${f.district}, ${f.category}: target ${f.target}, ${f.candidates} candidates: ` +
              `${f.proposed} proposed, ${f.reserve} reserve, shortfall ${f.shortfall}`,
    unitSummary: (f) =>
        `${f.district}, ${f.category}: target ${f.formula} ${f.per === 'facilitator' ? 'per facilitator' : 'per sub-district'} in ` +
        `${f.units} ${f.per === 'facilitator' ? 'facilitators' : 'sub-districts'}: ${f.unitsShort} short of their target ` +
        `(shortfall ${f.shortfall} in all), ${f.unitsOver} with more candidates than their target`,
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
    rankedInUnit: (rank, of, per, unit) =>
        unit === ''
            ? `peringkat ${rank} dari ${of} di antara KPM tanpa ${per === 'facilitator' ? 'pendamping' : 'kecamatan'}`
            : per === 'facilitator'
              ? `peringkat ${rank} dari ${of} pada pendamping ${unit}`
              : `peringkat ${rank} dari ${of} di kecamatan ${unit}`,
    perUnit: { subdistrict: 'per kecamatan', facilitator: 'per pendamping' },
    unitNames: { subdistrict: 'kecamatan', facilitator: 'pendamping' },
    unnamedUnit: (per) => (per === 'facilitator' ? '(tanpa pendamping)' : '(tanpa kecamatan)'),
    caseload: (households) => `${households} KPM`,
    targetPer: (value, per, details) =>
        `target ${value} ${per === 'facilitator' ? 'per pendamping' : 'per kecamatan'}${details === undefined ? '' : ` (${details})`}`,
    staysSentence: 'tetap menjadi KPM',
    districtNotInRules: (district) => `kabupaten/kota "${district}" tidak ada dalam aturan: tidak diperingkat`,
    noDistrictGiven: 'kabupaten/kota tidak diisi: tidak diperingkat',

    trace: {
        household: (key) => `KPM ${key}`,
        where: (unit, name) => (unit === 'facilitator' ? `pendamping ${name}` : `kecamatan ${name}`),
        valuesTitle: 'Nilai',
        derived: 'dihitung',
        benefitTitle: (total) => `Bantuan: ${total} per tahun`,
        cap: (members) => `paling banyak ${members} anggota dibayar, mulai dari nilai tertinggi`,
        paid: (members, component, amount, total) => `dibayar        ${members} × ${component} ${amount} = ${total}`,
        notPaid: (members, component, amount) => `tidak dibayar  ${members} × ${component} ${amount}: melebihi batas anggota yang dibayar`,
        noMemberQualifies: 'tidak ada anggota keluarga yang memenuhi syarat komponen',
        categoriesTitle: 'Kategori graduasi, berurutan: kategori pertama yang terpenuhi menjadi kategori KPM',
        categoryHolds: 'terpenuhi',
        categoryFails: 'tidak terpenuhi',
        chosen: '← kategori KPM ini',
        earlierCategoryWins: '(kategori sebelumnya sudah terpenuhi, jadi kategori ini tidak berlaku)',
        allOf: 'semua:',
        anyOf: 'salah satu:',
        notOf: 'bukan:',
        rankTitle: (by, descending, value) => `Peringkat: menurut ${by}, ${descending ? 'tertinggi' : 'terendah'} lebih dulu; KPM ini: ${value}`,
        notRanked: 'Peringkat: tidak diperingkat (tidak masuk kategori graduasi)',
        decisionTitle: (status) => `Keputusan: ${status}`,
    },

    categorySummary: (f) =>
        f.target === undefined
            ? `${f.district}, ${f.category}: tanpa target, ${f.candidates} kandidat, semua diusulkan`
            : `${f.district}, ${f.category}: target ${f.target}, ${f.candidates} kandidat: ` +
              `${f.proposed} diusulkan, ${f.reserve} cadangan, kekurangan ${f.shortfall}`,
    unitSummary: (f) =>
        `${f.district}, ${f.category}: target ${f.formula} ${f.per === 'facilitator' ? 'per pendamping' : 'per kecamatan'} pada ` +
        `${f.units} ${f.per === 'facilitator' ? 'pendamping' : 'kecamatan'}: ${f.unitsShort} belum mencapai target ` +
        `(kekurangan ${f.shortfall} seluruhnya), ${f.unitsOver} memiliki kandidat lebih dari target`,
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
