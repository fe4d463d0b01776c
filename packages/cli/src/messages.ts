import { formatNumber as n, type Lang } from '@kaidah/engine';

/** Every sentence the CLI itself prints, in one table per language. */
const en = {
    rulesHaveErrors: (errors: number) => `${errors} error${errors === 1 ? '' : 's'} in the rules; nothing was run.`,
    checkClean: (files: number) => `${files} rule file${files === 1 ? '' : 's'} checked: no problems.`,
    checkSummary: (errors: number, warnings: number) => `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
    fileNotFound: (file: string) => `Cannot find the file \`${file}\`.`,
    notRuleFile: (file: string) => `\`${file}\` is not a rule file: rule files end in .kaidah.`,
    missingColumns: (file: string, missing: string, found: string) =>
        `${file}: the data has no column for ${missing}. Columns found: ${found}. Map a differently named column in the household schema with \`column "NAME"\`.`,
    emptyData: (file: string) => `${file}: the file is empty; it needs a header row.`,
    unsupportedData: (file: string) => `${file}: only CSV files are read so far (.csv).`,
    badOnDate: (date: string) => `--on ${date}: write the date as YYYY-MM-DD, e.g. --on 2024-12-31.`,
    malformedCsv: (file: string, line: number, detail: string) =>
        `${file}:${line}: this line cannot be read as CSV (${detail}); the run stopped here. Check the quotes on that line.`,
    internalError: (detail: string) => `kaidah stopped on an internal error: ${detail}. Please report it with the command you ran (set KAIDAH_DEBUG=1 for details).`,
    rejectsWritten: (count: number, file: string) => `${n(count)} row${count === 1 ? '' : 's'} rejected; each is listed with row, column and reason in ${file}.`,
    decisionsWritten: (file: string) => `Decisions written to ${file}.`,
    noOutHint: 'Add --out decisions.csv to write every household\'s decision and explanation.',
    counts: (read: number, decided: number, rejected: number) => `Read ${n(read)} household${read === 1 ? '' : 's'}: ${n(decided)} decided + ${n(rejected)} rejected.`,
    statusCounts: (proposed: number, reserve: number, stays: number, unmatched: number) =>
        `Proposed ${n(proposed)}, in reserve ${n(reserve)}, staying in the programme ${n(stays)}` + (unmatched > 0 ? `, in districts without rules ${n(unmatched)}` : '') + '.',
    rejectLine: (file: string, row: number, column: string, value: string, reason: string) => `${file}:${row}: column ${column} = "${value}": ${reason}`,
    moreRejects: (count: number) => `… and ${count} more.`,
    headers: ['District', 'Households', 'Facilitators', 'Category', 'Target', 'Candidates', 'Proposed', 'Reserve', 'Shortfall'],
    noLimit: 'no limit',
    otherDistricts: '(districts without rules)',
};

type CliMessages = typeof en;

const id: CliMessages = {
    rulesHaveErrors: (errors) => `Ada ${errors} kesalahan dalam aturan; tidak ada yang dijalankan.`,
    checkClean: (files) => `${files} file aturan diperiksa: tidak ada masalah.`,
    checkSummary: (errors, warnings) => `${errors} kesalahan, ${warnings} peringatan.`,
    fileNotFound: (file) => `File \`${file}\` tidak ditemukan.`,
    notRuleFile: (file) => `\`${file}\` bukan file aturan: file aturan berakhiran .kaidah.`,
    missingColumns: (file, missing, found) =>
        `${file}: data tidak memiliki kolom untuk ${missing}. Kolom yang ada: ${found}. Petakan kolom dengan nama lain di skema household memakai \`column "NAMA"\`.`,
    emptyData: (file) => `${file}: file kosong; diperlukan baris judul kolom.`,
    unsupportedData: (file) => `${file}: saat ini hanya file CSV yang dapat dibaca (.csv).`,
    badOnDate: (date) => `--on ${date}: tulis tanggal sebagai TTTT-BB-HH, mis. --on 2024-12-31.`,
    malformedCsv: (file, line, detail) =>
        `${file}:${line}: baris ini tidak dapat dibaca sebagai CSV (${detail}); proses berhenti di sini. Periksa tanda kutip pada baris itu.`,
    internalError: (detail) => `kaidah berhenti karena kesalahan internal: ${detail}. Mohon laporkan beserta perintah yang dijalankan (setel KAIDAH_DEBUG=1 untuk rincian).`,
    rejectsWritten: (count, file) => `${n(count)} baris ditolak; masing-masing tercatat dengan baris, kolom dan alasannya di ${file}.`,
    decisionsWritten: (file) => `Keputusan ditulis ke ${file}.`,
    noOutHint: 'Tambahkan --out keputusan.csv untuk menulis keputusan dan penjelasan setiap KPM.',
    counts: (read, decided, rejected) => `Dibaca ${n(read)} KPM: ${n(decided)} diputuskan + ${n(rejected)} ditolak.`,
    statusCounts: (proposed, reserve, stays, unmatched) =>
        `Diusulkan ${n(proposed)}, cadangan ${n(reserve)}, tetap dalam program ${n(stays)}` + (unmatched > 0 ? `, di kabupaten/kota tanpa aturan ${n(unmatched)}` : '') + '.',
    rejectLine: (file, row, column, value, reason) => `${file}:${row}: kolom ${column} = "${value}": ${reason}`,
    moreRejects: (count) => `… dan ${count} lainnya.`,
    headers: ['Kabupaten/Kota', 'KPM', 'Pendamping', 'Kategori', 'Target', 'Kandidat', 'Diusulkan', 'Cadangan', 'Kekurangan'],
    noLimit: 'tanpa batas',
    otherDistricts: '(kabupaten/kota tanpa aturan)',
};

export function cliMessages(lang: Lang): CliMessages {
    return lang === 'id' ? id : en;
}
