import type { Lang } from '@kaidah/engine';
import type { Keywords } from '@kaidah/language';

/** What `kaidah init` says and writes into the new file's comments, in one table per language. */
const en = {
    bareName: (given: string) =>
        `"${given}": write the district's full name, "Kabupaten ${given}" or "Kota ${given}"; several names are both a kabupaten and a kota.`,
    emptyName: 'Name the district, e.g. kaidah init "Kabupaten Jember".',
    badCharacters: (given: string) => `"${given}": a district's name holds letters, digits, spaces and . ' ( ) - only.`,
    exists: (file: string) => `${file} already exists; kaidah init never overwrites a file. Name another file: kaidah init "…" districts/other.kaidah.`,
    notKaidah: (file: string) => `${file}: the new rule file's name must end in .kaidah.`,
    outsideProject: (file: string, root: string) => `${file} lies outside the project ${root}; write the district file inside it.`,
    noNational: (root: string, k: Keywords) =>
        `No national rule file in the project ${root}: kaidah init needs the file with the \`${k('household')}\` schema and \`${k('every district')} { ... }\` (e.g. pkh-2024.kaidah). Name it with --national FILE.`,
    nationalHasErrors: (file: string) => `${file} has errors; run kaidah check ${file} first.`,
    notNational: (file: string, k: Keywords) => `${file} has no \`${k('every district')} { ... }\` block, so there are no district figures to fill in.`,
    badKeywords: (given: string) => `--keywords ${given}: write --keywords id (Bahasa Indonesia) or --keywords en (English).`,
    englishKeywords: (name: string) => `Written with English keywords: \`${name}\`, a name in the national file, is a keyword in Bahasa Indonesia.`,
    alreadyDeclared: (district: string, where: string) => `${district} is already declared at ${where}.`,
    markedProject: 'Wrote kaidah.json: this folder is now the project, so the district file may use the national file.',
    written: (file: string) => `Wrote ${file}.`,
    fillIn: (figures: string) => `Fill in from the district's report: ${figures}; then the expected targets in its test.`,
    nothingToFill: 'Fill in the expected targets in its test.',
    next: (file: string) => `Then: kaidah check ${file} && kaidah test ${file}`,

    // the new file's comments
    header: (district: string, national: string) => `${district}: the district's figures for the national rules (${national}).`,
    instructions: (k: Keywords) => [
        'Replace every 0 below with the figure from the district\'s report,',
        'and the 0 in the test with the target those figures give.',
        `Add the region code (BPS/Kemendagri) after the name, as in \`${k('district')} "Kabupaten Jember" ${k('code')} 35.09\`,`,
        'so that data spelling the name differently still matches.',
    ],
    testName: (district: string) => `${district}: the targets of the district's figures`,
    formula: (category: string, formula: string) => `${category} = ${formula}`,
};

const id: typeof en = {
    bareName: (given) =>
        `"${given}": tulis nama lengkap kabupaten/kota, "Kabupaten ${given}" atau "Kota ${given}"; beberapa nama adalah kabupaten sekaligus kota.`,
    emptyName: 'Sebutkan kabupaten/kota, mis. kaidah init "Kabupaten Jember".',
    badCharacters: (given) => `"${given}": nama kabupaten/kota hanya berisi huruf, angka, spasi dan . ' ( ) -.`,
    exists: (file) => `${file} sudah ada; kaidah init tidak pernah menimpa file. Sebut file lain: kaidah init "…" districts/lain.kaidah.`,
    notKaidah: (file) => `${file}: nama file aturan baru harus berakhiran .kaidah.`,
    outsideProject: (file, root) => `${file} berada di luar proyek ${root}; tulis file kabupaten di dalamnya.`,
    noNational: (root, k) =>
        `Tidak ada file aturan nasional di proyek ${root}: kaidah init memerlukan file dengan skema \`${k('household')}\` dan \`${k('every district')} { ... }\` (mis. pkh-2024.kaidah). Sebut dengan --national FILE.`,
    nationalHasErrors: (file) => `${file} mengandung kesalahan; jalankan dulu kaidah check ${file}.`,
    notNational: (file, k) => `${file} tidak memiliki blok \`${k('every district')} { ... }\`, jadi tidak ada angka kabupaten yang perlu diisi.`,
    badKeywords: (given) => `--keywords ${given}: tulis --keywords id (bahasa Indonesia) atau --keywords en (bahasa Inggris).`,
    englishKeywords: (name) => `Ditulis dengan kata kunci bahasa Inggris: \`${name}\`, sebuah nama di file nasional, adalah kata kunci dalam bahasa Indonesia.`,
    alreadyDeclared: (district, where) => `${district} sudah dideklarasikan di ${where}.`,
    markedProject: 'kaidah.json ditulis: folder ini sekarang proyek, sehingga file kabupaten dapat memakai file nasional.',
    written: (file) => `${file} ditulis.`,
    fillIn: (figures) => `Isi dari laporan kabupaten/kota: ${figures}; lalu target yang diharapkan dalam tesnya.`,
    nothingToFill: 'Isi target yang diharapkan dalam tesnya.',
    next: (file) => `Lalu: kaidah check ${file} && kaidah test ${file}`,

    header: (district, national) => `${district}: angka kabupaten/kota untuk aturan nasional (${national}).`,
    instructions: (k) => [
        'Ganti setiap 0 di bawah dengan angka dari laporan kabupaten/kota,',
        'dan 0 dalam tes dengan target yang dihasilkan angka itu.',
        `Tambahkan kode wilayah (BPS/Kemendagri) setelah nama, seperti \`${k('district')} "Kabupaten Jember" ${k('code')} 35.09\`,`,
        'agar data yang menulis nama secara lain tetap cocok.',
    ],
    testName: (district) => `${district}: target dari angka kabupaten/kota`,
    formula: (category, formula) => `${category} = ${formula}`,
};

export function initMessages(lang: Lang): typeof en {
    return lang === 'id' ? id : en;
}
