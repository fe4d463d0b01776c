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
    unsupportedFormat: (file: string) =>
        `${file}: Kaidah reads CSV (.csv, .txt, .tsv), Excel workbooks (.xlsx), JSON (.json: an array of households) and NDJSON (.ndjson, .jsonl: one household a line).`,
    optionNotForFormat: (option: string, file: string) =>
        option === '--sheet' ? `--sheet: ${file} is not an Excel workbook; --sheet chooses a sheet of an .xlsx file.` : `--delimiter: ${file} is not a CSV file; --delimiter applies to CSV only.`,
    noSuchSheet: (file: string, sheet: string, sheets: string) => `${file}: the workbook has no sheet "${sheet}". Sheets found: ${sheets}.`,
    notATable: (file: string, detail: string) => `${file}: cannot read the households in this file (${detail}).`,
    badDelimiter: (value: string) => `--delimiter ${value}: write , or ; or tab (\\t).`,
    badMaxRejects: (value: string) => `--max-rejects ${value}: write a whole number, for example --max-rejects 100.`,
    unsupportedOut: (file: string) => `--out ${file}: decisions are written as .csv, .xlsx, .json or .ndjson; choose one of those extensions.`,
    unreadableRecord: (why: 'not-json' | 'not-an-object'): string =>
        why === 'not-json' ? 'is not valid JSON: the whole line was rejected' : 'is not a JSON object with the household\'s fields: the whole record was rejected',
    tooManyRejects: (rejected: number, read: number, max: number) =>
        `Stopped: ${n(rejected)} of the ${n(read)} rows read so far were rejected, more than --max-rejects ${n(max)} allows. The file looks mostly unusable; nothing was decided and no decisions were written. Fix the rows listed below (or raise --max-rejects) and run again.`,
    rejectsSoFar: (count: number, file: string) => `${n(count)} rejected row${count === 1 ? '' : 's'} so far are listed with row, column and reason in ${file}.`,
    budgetTitle: 'Rewards for graduates (budget):',
    budgetLine: (district: string, category: string, graduates: number, amount: string, budget: string) =>
        `  ${district}, ${category}: ${n(graduates)} proposed × ${amount} = ${budget}`,
    budgetTotal: (budget: string) => `  Total: ${budget}`,
    worklistsWritten: (count: number, where: string) => `Worklists for ${n(count)} facilitator${count === 1 ? '' : 's'} written to ${where}.`,
    worklistsNeedFacilitator: 'Worklists list each facilitator\'s families, but the household schema has no column named facilitator.',
    reportWritten: (file: string) => `Report written to ${file}.`,
    explainNotFound: (id: string, file: string) => `No household with id ${id} in ${file}.`,
    explainRejected: (id: string, row: number) => `Household ${id} (row ${row}) was rejected and has no decision:`,
    explainDuplicate: (id: string, count: number) => `${count} rows have id ${id}; each is shown.`,
    explainRow: (file: string, row: number) => `Row ${row} of ${file}`,
    unitNotes: 'Targets counted per sub-district or facilitator:',
    dataChanged: (file: string) => `${file} changed while it was being read; no decisions were written. Run again once the file is complete.`,
    wouldOverwriteData: (option: string, file: string) => `${option} ${file}: that is the data file; write the results to another file.`,
    noSuchFolder: (option: string, file: string, folder: string) => `${option} ${file}: the folder ${folder} does not exist.`,
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
    unsupportedFormat: (file) =>
        `${file}: Kaidah membaca CSV (.csv, .txt, .tsv), buku kerja Excel (.xlsx), JSON (.json: larik data KPM) dan NDJSON (.ndjson, .jsonl: satu KPM per baris).`,
    optionNotForFormat: (option, file) =>
        option === '--sheet' ? `--sheet: ${file} bukan buku kerja Excel; --sheet memilih lembar kerja file .xlsx.` : `--delimiter: ${file} bukan file CSV; --delimiter hanya untuk CSV.`,
    noSuchSheet: (file, sheet, sheets) => `${file}: buku kerja tidak memiliki lembar "${sheet}". Lembar yang ada: ${sheets}.`,
    notATable: (file, detail) => `${file}: data KPM dalam file ini tidak dapat dibaca (${detail}).`,
    badDelimiter: (value) => `--delimiter ${value}: tulis , atau ; atau tab (\\t).`,
    badMaxRejects: (value) => `--max-rejects ${value}: tulis bilangan bulat, mis. --max-rejects 100.`,
    unsupportedOut: (file) => `--out ${file}: keputusan ditulis sebagai .csv, .xlsx, .json atau .ndjson; pilih salah satu akhiran itu.`,
    unreadableRecord: (why) =>
        why === 'not-json' ? 'bukan JSON yang sah: seluruh baris ditolak' : 'bukan objek JSON berisi data KPM: seluruh catatan ditolak',
    tooManyRejects: (rejected, read, max) =>
        `Dihentikan: ${n(rejected)} dari ${n(read)} baris yang sudah dibaca ditolak, lebih dari batas --max-rejects ${n(max)}. Sebagian besar file tampaknya tidak dapat dipakai; tidak ada keputusan yang dibuat atau ditulis. Perbaiki baris yang tercatat di bawah (atau naikkan --max-rejects) lalu jalankan lagi.`,
    rejectsSoFar: (count, file) => `${n(count)} baris yang ditolak sejauh ini tercatat dengan baris, kolom dan alasannya di ${file}.`,
    budgetTitle: 'Penghargaan bagi KPM graduasi (anggaran):',
    budgetLine: (district, category, graduates, amount, budget) =>
        `  ${district}, ${category}: ${n(graduates)} diusulkan × ${amount} = ${budget}`,
    budgetTotal: (budget) => `  Jumlah: ${budget}`,
    worklistsWritten: (count, where) => `Daftar kunjungan untuk ${n(count)} pendamping ditulis ke ${where}.`,
    worklistsNeedFacilitator: 'Daftar kunjungan disusun per pendamping, tetapi skema household tidak memiliki kolom bernama facilitator.',
    reportWritten: (file) => `Laporan ditulis ke ${file}.`,
    explainNotFound: (id, file) => `Tidak ada KPM dengan nomor ${id} di ${file}.`,
    explainRejected: (id, row) => `KPM ${id} (baris ${row}) ditolak dan tidak memiliki keputusan:`,
    explainDuplicate: (id, count) => `${count} baris memiliki nomor ${id}; semuanya ditampilkan.`,
    explainRow: (file, row) => `Baris ${row} dari ${file}`,
    unitNotes: 'Target yang dihitung per kecamatan atau per pendamping:',
    dataChanged: (file) => `${file} berubah saat sedang dibaca; tidak ada keputusan yang ditulis. Jalankan lagi setelah file lengkap.`,
    wouldOverwriteData: (option, file) => `${option} ${file}: itu file data; tulis hasilnya ke file lain.`,
    noSuchFolder: (option, file, folder) => `${option} ${file}: folder ${folder} tidak ada.`,
};

export function cliMessages(lang: Lang): CliMessages {
    return lang === 'id' ? id : en;
}
