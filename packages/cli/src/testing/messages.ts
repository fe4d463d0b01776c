import { formatNumber as n, type Lang, type WrittenKeywords } from '@kaidah/engine';

/** Every sentence `kaidah test` and coverage print, in one table per language. */
const en = {
    rulesHaveErrors: (errors: number) => `${errors} error${errors === 1 ? '' : 's'} in the rules; no test was run.`,
    noTests: (files: number, k: WrittenKeywords) => `No tests in ${files} rule file${files === 1 ? '' : 's'}. Write one with \`${k('test')} "name" { ${k('household')} { ... } ${k('expect')} ... }\`.`,
    summary: (passed: number, failed: number) => `${n(passed)} passed, ${n(failed)} failed`,
    casesPassed: (count: number) => `${n(count)} case${count === 1 ? '' : 's'}`,
    otherCasesPassed: (count: number) => `${n(count)} other case${count === 1 ? '' : 's'} passed`,
    why: 'why',
    junitWritten: (file: string) => `JUnit report written to ${file}.`,
    badReporter: (reporter: string) => `--reporter ${reporter}: choose text or junit.`,
    outputWithoutJunit: '--output writes the JUnit report: add --reporter junit.',
    formatWithReporter: '--format json and --reporter junit each choose the output: give one of them.',
    tableFormats: 'tables of cases are read from CSV (.csv, .txt, .tsv), Excel (.xlsx), JSON (.json) and NDJSON (.ndjson, .jsonl) files',
    tableMalformedCsv: (line: number, detail: string) => `line ${line} cannot be read as CSV (${detail})`,
    tableUnreadableRecord: (row: number) => `line ${row} is not a JSON object with the case's fields`,
    tableExpectsNothing: (k: WrittenKeywords) => `no column says what to expect, so nothing would be checked: add a column \`${k('expect')} ${k('category')}\`, \`${k('expect')} ${k('benefit')}\` or \`${k('expect')} <name>\`, or a line \`${k('expect')} ...\` to the test`,

    coverageTitle: (households: number) => `Coverage on ${n(households)} household${households === 1 ? '' : 's'}`,
    coverageHelp:
        'A condition fired when it held at least once; it is exercised when it both held and failed. ' +
        'Never evaluated: no household got that far (an earlier category took it, or `and`/`or` (`dan`/`atau` in a file written in Bahasa Indonesia) stopped before it).',
    categoriesHeading: 'Graduation categories',
    conditionsHeading: 'Conditions',
    componentsHeading: 'Benefit components',
    categoryHeaders: ['Category', 'Reached', 'In category', ''],
    conditionHeaders: ['Category', 'Condition', 'Evaluated', 'Held', 'Failed', ''],
    componentHeaders: ['Component', 'Eligible', 'Paid', ''],
    fired: 'fired',
    neverFired: 'never fired',
    paid: 'paid',
    neverPaid: 'never paid',
    conditionStatuses: {
        'exercised': 'exercised',
        'held-only': 'fired, never failed',
        'failed-only': 'never fired',
        'never-evaluated': 'never evaluated',
    },
    neverFiredTitle: 'Never fired:',
    neverFiredCategories: (names: string) => `categories: ${names}`,
    neverFiredConditions: (names: string) => `conditions: ${names}`,
    neverFiredComponents: (names: string) => `components: ${names}`,
    everythingFired: 'Every category, condition and component fired at least once.',
};

export type TestCliMessages = typeof en;

const id: TestCliMessages = {
    rulesHaveErrors: (errors) => `Ada ${errors} kesalahan dalam aturan; tidak ada tes yang dijalankan.`,
    noTests: (files, k) => `Tidak ada tes dalam ${files} file aturan. Tulis tes dengan \`${k('test')} "nama" { ${k('household')} { ... } ${k('expect')} ... }\`.`,
    summary: (passed, failed) => `${n(passed)} lulus, ${n(failed)} gagal`,
    casesPassed: (count) => `${n(count)} kasus`,
    otherCasesPassed: (count) => `${n(count)} kasus lainnya lulus`,
    why: 'alasan',
    junitWritten: (file) => `Laporan JUnit ditulis ke ${file}.`,
    badReporter: (reporter) => `--reporter ${reporter}: pilih text atau junit.`,
    outputWithoutJunit: '--output menulis laporan JUnit: tambahkan --reporter junit.',
    formatWithReporter: '--format json dan --reporter junit masing-masing memilih keluaran: berikan salah satunya.',
    tableFormats: 'tabel kasus dibaca dari file CSV (.csv, .txt, .tsv), Excel (.xlsx), JSON (.json) dan NDJSON (.ndjson, .jsonl)',
    tableMalformedCsv: (line, detail) => `baris ${line} tidak dapat dibaca sebagai CSV (${detail})`,
    tableUnreadableRecord: (row) => `baris ${row} bukan objek JSON berisi data kasus`,
    tableExpectsNothing: (k) => `tidak ada kolom yang menyebut hasil yang diharapkan, sehingga tidak ada yang diperiksa: tambahkan kolom \`${k('expect')} ${k('category')}\`, \`${k('expect')} ${k('benefit')}\` atau \`${k('expect')} <nama>\`, atau baris \`${k('expect')} ...\` pada tes`,

    coverageTitle: (households) => `Cakupan pada ${n(households)} KPM`,
    coverageHelp:
        'Suatu syarat terpenuhi bila bernilai benar sedikitnya sekali; teruji penuh bila pernah benar dan pernah salah. ' +
        'Tidak pernah diperiksa: tidak ada KPM yang sampai ke syarat itu (kategori sebelumnya sudah berlaku, atau `dan`/`atau` (`and`/`or` dalam file berbahasa Inggris) berhenti sebelumnya).',
    categoriesHeading: 'Kategori graduasi',
    conditionsHeading: 'Syarat',
    componentsHeading: 'Komponen bantuan',
    categoryHeaders: ['Kategori', 'Diperiksa', 'Masuk kategori', ''],
    conditionHeaders: ['Kategori', 'Syarat', 'Diperiksa', 'Benar', 'Salah', ''],
    componentHeaders: ['Komponen', 'Memenuhi syarat', 'Dibayar', ''],
    fired: 'pernah berlaku',
    neverFired: 'tidak pernah berlaku',
    paid: 'pernah dibayar',
    neverPaid: 'tidak pernah dibayar',
    conditionStatuses: {
        'exercised': 'teruji penuh',
        'held-only': 'pernah benar, tidak pernah salah',
        'failed-only': 'tidak pernah benar',
        'never-evaluated': 'tidak pernah diperiksa',
    },
    neverFiredTitle: 'Tidak pernah berlaku:',
    neverFiredCategories: (names) => `kategori: ${names}`,
    neverFiredConditions: (names) => `syarat: ${names}`,
    neverFiredComponents: (names) => `komponen: ${names}`,
    everythingFired: 'Setiap kategori, syarat dan komponen pernah berlaku sedikitnya sekali.',
};

export function testCliMessages(lang: Lang): TestCliMessages {
    return lang === 'id' ? id : en;
}
