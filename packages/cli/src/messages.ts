import { formatNumber as n, type Lang } from '@kaidah/engine';
import type { UnreadableRecord } from './data/household-source.js';

/** Every sentence the CLI itself prints, in one table per language. */
const en = {
    rulesHaveErrors: (errors: number) => `${errors} error${errors === 1 ? '' : 's'} in the rules; nothing was run.`,
    checkClean: (files: number) => `${files} rule file${files === 1 ? '' : 's'} checked: no problems.`,
    checkSummary: (errors: number, warnings: number) => `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
    fileNotFound: (file: string) => `Cannot find the file \`${file}\`.`,
    notRuleFile: (file: string) => `\`${file}\` is not a rule file: rule files end in .kaidah.`,
    /** `row`: the row that named the most columns, when it is not the first (a title above it). */
    missingColumns: (file: string, missing: string, found: string, row?: number) =>
        `${file}${row === undefined ? '' : `:${row}`}: the data has no column for ${missing}. Columns found${row === undefined ? '' : ` on row ${row}, the row that names the most`}: ${found}. Map a differently named column in the household schema with \`column "NAME"\` (\`kolom "NAME"\` in a file written in Bahasa Indonesia).`,
    mergedCellsRead: (file: string, merges: number, example: string) =>
        `${file}: ${n(merges)} merged cell${merges === 1 ? '' : 's'} (such as ${example}) cover${merges === 1 ? 's' : ''} households' rows: each was read as the sheet shows it, its value in every row it covers.`,
    hiddenRowsRead: (file: string, rows: number) =>
        `${file}: ${n(rows)} row${rows === 1 ? '' : 's'} of the sheet ${rows === 1 ? 'is' : 'are'} hidden (by a filter, or by hand); ${rows === 1 ? 'it was' : 'they were'} read like every other row.`,
    otherSheets: (sheets: string) => `The workbook has other sheets: ${sheets}; choose the table's with --sheet NAME.`,
    headerBelowTitle: (file: string, row: number, skipped: number) =>
        `${file}: the header is on row ${n(row)}; the ${skipped === 1 ? 'row' : `${n(skipped)} rows`} above it (a title) ${skipped === 1 ? 'is' : 'are'} not households and ${skipped === 1 ? 'was' : 'were'} passed over.`,
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
    /** A problem of the whole row (its shape, a record that is not JSON) has no column. */
    rejectLine: (file: string, row: number, column: string, value: string, reason: string) =>
        column !== '' ? `${file}:${row}: column ${column} = "${value}": ${reason}` : value !== '' ? `${file}:${row}: "${value}" ${reason}` : `${file}:${row}: ${reason}`,
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
    badThreads: (value: string) => `--threads ${value}: write a whole number from 1 (this thread alone), for example --threads 4.`,
    unsupportedOut: (file: string) => `--out ${file}: decisions are written as .csv, .xlsx, .json or .ndjson; choose one of those extensions.`,
    unreadableRecord: (why: UnreadableRecord): string => ({
        'not-json': 'is not valid JSON: the whole line was rejected',
        'not-an-object': 'is not a JSON object with the household\'s fields: the whole record was rejected',
        'too-long': 'is longer than 1 MB, more than any household\'s row (a quote closed much later?): the whole record was rejected, reading went on after it',
    })[why],
    headerTooLong: (file: string) =>
        `${file}: the first line, which should name the columns, is longer than 1 MB: this is not a table of households (check the file, its separator and its quotes).`,
    readAsWindows1252: (file: string) =>
        `${file} is not UTF-8; it reads as Windows-1252 (how Excel on Windows saves "CSV"), so it was read that way. Save it as "CSV UTF-8" to be sure of its letters.`,
    invalidUtf8: (file: string) =>
        `${file} has bytes that are not UTF-8; rows where the rules read such text are rejected. Save the file as "CSV UTF-8" and export it again.`,
    moreColumns: (count: number) => `… and ${n(count)} more`,
    moreCharacters: (count: number) => `… (${n(count)} more characters)`,
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
    wouldOverwriteRules: (option: string, file: string) => `${option} ${file}: that is a rule file of this program; write the results to another file.`,
    outputTwice: (first: string, second: string, file: string) => `${first} and ${second} both name ${file}; give each output a file of its own.`,
    worklistsHold: (option: string, folder: string, file: string) =>
        `${option} ${folder}: the folder holds ${file}, which this run reads or writes. The worklists folder is replaced as a whole at each run: give the worklists a folder of their own.`,
    outputIsFolder: (option: string, file: string) => `${option} ${file}: that is a folder; name a file.`,
    worklistsIsFile: (option: string, file: string) =>
        `${option} ${file}: that is an existing file, and worklists go into a folder (one CSV per facilitator) or a .csv file. Choose another name, or add --force to replace the file with the folder.`,
    notPreviousOutput: (option: string, file: string, kind: 'decisions' | 'rejects' | 'report' | 'worklists') =>
        `${option} ${file}: the file exists and is not ${{
            decisions: 'a decisions file written by Kaidah (Kaidah\'s start with the columns id,district and end with explanation)',
            rejects: 'a list of rejected rows written by Kaidah (Kaidah\'s start with the columns file,row,column,value,reason)',
            report: 'a report written by Kaidah (Kaidah\'s carry <meta name="generator" content="Kaidah">)',
            worklists: 'a worklists file or folder written by Kaidah (Kaidah marks its folders with a .kaidah-worklists file; its files start with the columns facilitator,district,subdistrict,visit,id)',
        }[kind]}. Choose another name, or add --force to replace it.`,
    cannotWriteFolder: (option: string, file: string, folder: string, reason: string) => `${option} ${file}: cannot write in the folder ${folder}: ${reason}. Nothing was run.`,
    outputFailed: (file: string, reason: string, committing: boolean) => committing
        ? `Cannot put ${file} in place: ${reason}. Some outputs of this run are in place and some are not; the next kaidah run that writes there finishes the job once the cause is fixed.`
        : `Cannot write ${file}: ${reason}. Nothing was changed: the outputs of the previous run are as they were.`,
    writeRefusals: {
        ENOSPC: 'the disk is full',
        EDQUOT: 'the disk quota is used up',
        EACCES: 'permission denied (the folder does not allow writing)',
        EPERM: 'permission denied (the folder does not allow writing)',
        EROFS: 'the disk is read-only',
        EEXIST: 'another file or folder of that name is in the way',
        ENOTDIR: 'a file stands where a folder should be',
        EISDIR: 'a folder stands where the file should be',
        ENOENT: 'the folder is gone',
        EMFILE: 'too many files are open',
        EIO: 'the disk reported a read or write error',
    } as Record<string, string>,
    otherRefusal: (code: string) => `the system refused (${code})`,
    rejectsNotWritten: (count: number) =>
        `${n(count)} row${count === 1 ? '' : 's'} rejected. To list them all with row, column and reason, add --rejects rejects.csv (or --out decisions.csv: the list goes beside it).`,
    badCsvStyle: (value: string) => `--csv ${value}: write excel (for Excel and LibreOffice: ; between cells, decimal commas) or plain (commas, for other programs).`,
    csvStyleNote: (style: 'excel' | 'plain'): string => style === 'excel'
        ? 'The CSV files are written for Excel in Indonesian (; between cells, decimal commas); --csv plain writes commas for other programs. An .xlsx file (--out decisions.xlsx) opens alike in every spreadsheet.'
        : 'The CSV files are plain (commas), for programs; Excel set to Indonesian opens them wrongly. For a spreadsheet write --out decisions.xlsx (the safest) or add --csv excel.',
};

type CliMessages = typeof en;

const id: CliMessages = {
    rulesHaveErrors: (errors) => `Ada ${errors} kesalahan dalam aturan; tidak ada yang dijalankan.`,
    checkClean: (files) => `${files} file aturan diperiksa: tidak ada masalah.`,
    checkSummary: (errors, warnings) => `${errors} kesalahan, ${warnings} peringatan.`,
    fileNotFound: (file) => `File \`${file}\` tidak ditemukan.`,
    notRuleFile: (file) => `\`${file}\` bukan file aturan: file aturan berakhiran .kaidah.`,
    missingColumns: (file, missing, found, row) =>
        `${file}${row === undefined ? '' : `:${row}`}: data tidak memiliki kolom untuk ${missing}. Kolom yang ada${row === undefined ? '' : ` di baris ${row}, baris yang paling banyak memuat nama kolom`}: ${found}. Petakan kolom dengan nama lain di skema keluarga memakai \`kolom "NAMA"\` (\`column "NAMA"\` dalam file berbahasa Inggris).`,
    mergedCellsRead: (file, merges, example) =>
        `${file}: ${n(merges)} sel gabungan (misalnya ${example}) mencakup baris KPM: masing-masing dibaca seperti tampilannya di lembar, nilainya berlaku untuk setiap baris yang dicakupnya.`,
    hiddenRowsRead: (file, rows) => `${file}: ${n(rows)} baris lembar ini tersembunyi (karena filter atau disembunyikan); baris itu tetap dibaca seperti baris lainnya.`,
    otherSheets: (sheets) => `Buku kerja ini memiliki lembar lain: ${sheets}; pilih lembar tabelnya dengan --sheet NAMA.`,
    headerBelowTitle: (file, row, skipped) =>
        `${file}: judul kolom ada di baris ${n(row)}; ${n(skipped)} baris di atasnya (judul tabel) bukan data KPM dan dilewati.`,
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
    rejectLine: (file, row, column, value, reason) =>
        column !== '' ? `${file}:${row}: kolom ${column} = "${value}": ${reason}` : value !== '' ? `${file}:${row}: "${value}" ${reason}` : `${file}:${row}: ${reason}`,
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
    badThreads: (value) => `--threads ${value}: tulis bilangan bulat mulai 1 (satu thread saja), mis. --threads 4.`,
    unsupportedOut: (file) => `--out ${file}: keputusan ditulis sebagai .csv, .xlsx, .json atau .ndjson; pilih salah satu akhiran itu.`,
    unreadableRecord: (why) => ({
        'not-json': 'bukan JSON yang sah: seluruh baris ditolak',
        'not-an-object': 'bukan objek JSON berisi data KPM: seluruh catatan ditolak',
        'too-long': 'lebih panjang dari 1 MB, melebihi baris KPM mana pun (tanda kutip yang baru ditutup jauh kemudian?): seluruh catatan ditolak, pembacaan berlanjut sesudahnya',
    })[why],
    headerTooLong: (file) =>
        `${file}: baris pertama, yang seharusnya berisi nama kolom, lebih panjang dari 1 MB: ini bukan tabel data KPM (periksa file, pemisah dan tanda kutipnya).`,
    readAsWindows1252: (file) =>
        `${file} bukan UTF-8; file ini terbaca sebagai Windows-1252 (cara Excel di Windows menyimpan "CSV"), jadi dibaca demikian. Simpan sebagai "CSV UTF-8" agar hurufnya pasti benar.`,
    invalidUtf8: (file) =>
        `${file} berisi byte yang bukan UTF-8; baris yang teksnya dipakai aturan ditolak. Simpan file sebagai "CSV UTF-8" lalu ekspor ulang.`,
    moreColumns: (count) => `… dan ${n(count)} lainnya`,
    moreCharacters: (count) => `… (${n(count)} karakter lagi)`,
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
    wouldOverwriteRules: (option, file) => `${option} ${file}: itu file aturan program ini; tulis hasilnya ke file lain.`,
    outputTwice: (first, second, file) => `${first} dan ${second} sama-sama menunjuk ${file}; beri setiap keluaran file sendiri.`,
    worklistsHold: (option, folder, file) =>
        `${option} ${folder}: folder ini berisi ${file}, yang dibaca atau ditulis oleh proses ini. Folder daftar kunjungan diganti seluruhnya setiap kali dijalankan: beri daftar kunjungan folder tersendiri.`,
    outputIsFolder: (option, file) => `${option} ${file}: itu folder; sebutkan nama file.`,
    worklistsIsFile: (option, file) =>
        `${option} ${file}: itu file yang sudah ada, sedangkan daftar kunjungan ditulis ke folder (satu CSV per pendamping) atau ke file .csv. Pilih nama lain, atau tambahkan --force untuk mengganti file itu dengan folder.`,
    notPreviousOutput: (option, file, kind) =>
        `${option} ${file}: file itu sudah ada dan bukan ${{
            decisions: 'file keputusan yang ditulis Kaidah (file Kaidah diawali kolom id,district dan diakhiri explanation)',
            rejects: 'daftar baris ditolak yang ditulis Kaidah (file Kaidah diawali kolom file,row,column,value,reason)',
            report: 'laporan yang ditulis Kaidah (laporan Kaidah memuat <meta name="generator" content="Kaidah">)',
            worklists: 'file atau folder daftar kunjungan yang ditulis Kaidah (folder Kaidah ditandai file .kaidah-worklists; filenya diawali kolom facilitator,district,subdistrict,visit,id)',
        }[kind]}. Pilih nama lain, atau tambahkan --force untuk menggantinya.`,
    cannotWriteFolder: (option, file, folder, reason) => `${option} ${file}: tidak dapat menulis di folder ${folder}: ${reason}. Tidak ada yang dijalankan.`,
    outputFailed: (file, reason, committing) => committing
        ? `Tidak dapat menempatkan ${file}: ${reason}. Sebagian keluaran proses ini sudah di tempatnya dan sebagian belum; proses kaidah berikutnya yang menulis di sana akan menuntaskannya setelah penyebabnya diatasi.`
        : `Tidak dapat menulis ${file}: ${reason}. Tidak ada yang berubah: keluaran proses sebelumnya tetap seperti semula.`,
    writeRefusals: {
        ENOSPC: 'disk penuh',
        EDQUOT: 'kuota disk habis',
        EACCES: 'izin ditolak (folder tidak boleh ditulisi)',
        EPERM: 'izin ditolak (folder tidak boleh ditulisi)',
        EROFS: 'disk hanya-baca',
        EEXIST: 'ada file atau folder lain dengan nama itu',
        ENOTDIR: 'ada file di tempat yang seharusnya folder',
        EISDIR: 'ada folder di tempat yang seharusnya file',
        ENOENT: 'folder itu sudah tidak ada',
        EMFILE: 'terlalu banyak file terbuka',
        EIO: 'disk melaporkan kesalahan baca atau tulis',
    },
    otherRefusal: (code) => `sistem menolak (${code})`,
    rejectsNotWritten: (count) =>
        `${n(count)} baris ditolak. Untuk mencatat semuanya dengan baris, kolom dan alasannya, tambahkan --rejects ditolak.csv (atau --out keputusan.csv: daftarnya ditulis di sebelahnya).`,
    badCsvStyle: (value) => `--csv ${value}: tulis excel (untuk Excel dan LibreOffice: pemisah ;, koma desimal) atau plain (pemisah koma, untuk program lain).`,
    csvStyleNote: (style) => style === 'excel'
        ? 'File CSV ditulis untuk Excel berbahasa Indonesia (pemisah ;, koma desimal); --csv plain menulis pemisah koma untuk program lain. File .xlsx (--out keputusan.xlsx) terbuka sama baiknya di semua spreadsheet.'
        : 'File CSV ditulis polos (pemisah koma) untuk program lain; Excel berbahasa Indonesia tidak membukanya dengan benar. Untuk spreadsheet tulis --out keputusan.xlsx (paling aman) atau tambahkan --csv excel.',
};

export function cliMessages(lang: Lang): CliMessages {
    return lang === 'id' ? id : en;
}
