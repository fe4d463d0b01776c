/**
 * The Indonesian sentences, written for Dinas Sosial officers and pendamping: KPM for the household,
 * graduasi, target, diusulkan (proposed), cadangan (reserve), kekurangan (shortfall), kabupaten/kota.
 */
import type { Messages } from './message-types.js';

export const id: Messages = {
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
        'not-a-date': 'bukan tanggal yang benar (tulis tanggal/bulan/tahun dengan tahun empat angka, contoh: 01/03/2024, 1 Maret 2024 atau 2024-03-01)',
        'day-number': 'adalah angka yang disimpan spreadsheet untuk sebuah tanggal, bukan tanggal: format kolom ini sebagai tanggal (dd/mm/yyyy) lalu ekspor ulang berkasnya',
        'out-of-range': 'di luar rentang yang diizinkan aturan untuk kolom ini',
        'scientific-notation':
            'diubah spreadsheet menjadi notasi ilmiah (seperti 3.51E+15) sehingga digitnya hilang; ' +
            'format kolom ini sebagai teks lalu ekspor ulang berkasnya',
        'ambiguous-comma':
            'dapat dibaca dua cara (850,000 sebagai Rp 850 dengan koma desimal, atau Rp 850.000 dengan koma pemisah ribuan cara Inggris): ' +
            'tulis dengan cara Indonesia, titik sebagai pemisah ribuan (Rp 850.000)',
        'ambiguous-percent':
            'dapat dibaca dua cara (0,85 sebagai 0,85% atau 85%): tulis dengan tanda persen (85%), ' +
            'atau nyatakan kolomnya `percent as fraction` atau `percent as number` dalam aturan',
        'too-large': 'terlalu besar untuk dibaca dengan tepat (paling besar 9.007.199.254.740.991)',
        'too-many-digits': 'memiliki terlalu banyak digit untuk disimpan dengan tepat (paling banyak 15 digit bermakna)',
        'beyond-sen': 'memiliki lebih dari dua angka desimal: nilai uang disimpan sampai sen, tidak pernah dibulatkan',
        'wrong-shape': 'tidak memiliki jumlah kolom yang sama dengan baris judul: kelebihan atau kekurangan pemisah menggeser isinya',
        'unreadable-characters':
            'berisi karakter yang tidak dapat dibaca (byte yang bukan UTF-8); simpan file sebagai UTF-8 lalu ekspor ulang',
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
    ambiguousPercent: (asNumber, asFraction) =>
        `bisa berarti ${asNumber} atau ${asFraction}: tulis ${asFraction} (atau ${asNumber}) dengan tanda persen, ` +
        'atau nyatakan kolomnya `percent as fraction` (0,85 berarti 85%) atau `percent as number` (85 berarti 85%) dalam aturan',
    ambiguousComma: (asDecimal, asThousands) =>
        `bisa berarti ${asDecimal} (koma desimal) atau ${asThousands} (koma pemisah ribuan, cara penulisan Inggris): ` +
        `tulis dengan cara Indonesia, titik sebagai pemisah ribuan (${asThousands}) atau koma desimal dengan dua angka sen`,
    dayNumber: (date) =>
        `adalah angka yang disimpan spreadsheet untuk sebuah tanggal (kemungkinan ${date}), bukan tanggal: format kolom ini sebagai tanggal (dd/mm/yyyy) lalu ekspor ulang berkasnya`,
    wrongShape: (fields, header) =>
        `baris ini memiliki ${fields} kolom, baris judul ${header}: kelebihan atau kekurangan pemisah menggeser isinya, jadi tidak ada yang dibaca`,
    paddedShape: (fields, header) =>
        `baris ini memiliki ${fields} kolom, baris judul ${header}, dan isinya tidak terbaca sesuai kolomnya: kemungkinan besar tergeser oleh kelebihan atau kekurangan pemisah`,

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
        categoriesTitle: 'Kategori graduasi, berurutan (nasional dahulu, lalu milik kabupaten/kota): kategori pertama yang terpenuhi menjadi kategori KPM',
        categoryHolds: 'terpenuhi',
        categoryFails: 'tidak terpenuhi',
        chosen: '← kategori KPM ini',
        earlierCategoryWins: '(kategori sebelumnya sudah terpenuhi, jadi kategori ini tidak berlaku)',
        districtOwn: (district) => `khusus ${district}`,
        adaptedBy: (district) => `syarat ${district}`,
        allOf: 'semua:',
        anyOf: 'salah satu:',
        notOf: 'bukan:',
        rankTitle: (by, descending, value) => `Peringkat: menurut ${by}, ${descending ? 'tertinggi' : 'terendah'} lebih dulu; KPM ini: ${value}`,
        notRanked: 'Peringkat: tidak diperingkat (tidak masuk kategori graduasi)',
        decisionTitle: (status) => `Keputusan: ${status}`,
    },

    unitSummary: (f) =>
        `${f.district}, ${f.category}: target ${f.formula} ${f.per === 'facilitator' ? 'per pendamping' : 'per kecamatan'} pada ` +
        `${f.units} ${f.per === 'facilitator' ? 'pendamping' : 'kecamatan'}: ${f.unitsShort} belum mencapai target ` +
        `(kekurangan ${f.shortfall} seluruhnya), ${f.unitsOver} memiliki kandidat lebih dari target`,

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
