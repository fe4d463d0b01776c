import { formatNumber, type Lang } from '@kaidah/engine';
import { englishKeywordsAsWritten, type Keywords } from '../keywords/file-keywords.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One kind of diagnostic: a stable code, a severity and the message in both languages. The message
 * is in the officer's language; the code it quotes is written with `k`, the keywords of the file the
 * diagnostic is in (`bulatkan ke bawah(...)` in a file in Bahasa Indonesia, whatever the officer reads).
 */
export interface DiagnosticKind<A> {
    code: string;
    severity: Severity;
    en: (args: A, k: Keywords) => string;
    id: (args: A, k: Keywords) => string;
}

function kind<A>(code: string, severity: Severity, en: (a: A, k: Keywords) => string, id: (a: A, k: Keywords) => string): DiagnosticKind<A> {
    return { code, severity, en, id };
}

export function formatMessage<A>(diagnostic: DiagnosticKind<A>, args: A, lang: Lang, k: Keywords = englishKeywordsAsWritten): string {
    return diagnostic[lang](args, k);
}

/**
 * Every diagnostic Kaidah reports, in one table. Codes are stable: documentation and officers'
 * notes refer to them. Names appear the way the officer wrote them, in backticks.
 */
export const Diagnostics = {
    syntax: kind<{ detail: SyntaxDetail }>('KDH001', 'error',
        (a, k) => `Cannot read this part of the rules: ${en.syntax(a.detail, k)}`,
        (a, k) => `Bagian aturan ini tidak dapat dibaca: ${id.syntax(a.detail, k)}`),
    unexpectedCharacter: kind<{ character: string }>('KDH001', 'error',
        (a) => `Unexpected character \`${a.character}\`.`,
        (a) => `Karakter \`${a.character}\` tidak dikenal.`),
    numberFormat: kind<{ text: string; suggestion: string }>('KDH002', 'error',
        (a) => `\`${a.text}\` is ambiguous: in Kaidah a dot groups thousands (1.000) and a comma marks decimals (1,5). Write \`${a.suggestion}\`.`,
        (a) => `\`${a.text}\` tidak jelas: di Kaidah titik memisahkan ribuan (1.000) dan koma menandai desimal (1,5). Tulis \`${a.suggestion}\`.`),
    unknownName: kind<{ name: string; what: 'name' | 'category' | 'quantity'; suggestion?: string }>('KDH003', 'error',
        (a) => `Unknown ${a.what === 'category' ? 'graduation category' : a.what} \`${a.name}\`.${en.didYouMean(a.suggestion)}`,
        (a) => `${a.what === 'category' ? 'Kategori graduasi' : a.what === 'quantity' ? 'Besaran' : 'Nama'} \`${a.name}\` tidak dikenal.${id.didYouMean(a.suggestion)}`),
    duplicateName: kind<{ name: string; where: Location; districtValue?: string }>('KDH004', 'error',
        (a, k) => `\`${a.name}\` is declared twice; the other declaration is at ${en.location(a.where)}. ${a.districtValue
            ? `To give a district its own value, write \`${a.name} = ${a.districtValue}\` inside its \`${k('district')} "..." { ... }\` block; otherwise give each a different name.`
            : 'Give each a different name.'}`,
        (a, k) => `\`${a.name}\` dideklarasikan dua kali; deklarasi lainnya ada di ${id.location(a.where)}. ${a.districtValue
            ? `Untuk memberi kabupaten/kota nilainya sendiri, tulis \`${a.name} = ${a.districtValue}\` di dalam blok \`${k('district')} "..." { ... }\`-nya; jika bukan itu maksudnya, beri nama yang berbeda.`
            : 'Beri nama yang berbeda.'}`),
    notYesNo: kind<{ what: YesNoPlace; text: string; type: string }>('KDH005', 'error',
        (a, k) => `${en.yesNoPlace(a.what, k)} must be yes/no, but \`${a.text}\` is ${article(a.type)}.`,
        (a, k) => `${id.yesNoPlace(a.what, k)} harus bernilai ya/tidak, tetapi \`${a.text}\` bertipe ${idType(a.type)}.`),
    incomparable: kind<{ text: string; left: string; right: string; operator: string; hint?: { unit: 'money'; literal: string } }>('KDH006', 'error',
        (a) => `Cannot compare ${article(a.left)} with ${article(a.right)} using \`${a.operator}\` in \`${a.text}\`${en.comparisonHint(a.hint)}.`,
        (a) => `Tidak dapat membandingkan ${idType(a.left)} dengan ${idType(a.right)} memakai \`${a.operator}\` pada \`${a.text}\`${id.comparisonHint(a.hint)}.`),
    unitMismatch: kind<{ text: string; leftText: string; left: string; right: string; operator: string; hint?: string }>('KDH007', 'error',
        (a, k) => a.operator === 'of'
            ? `\`${k('of')}\` takes a percentage on its left (e.g. \`10% ${k('of')} ${k('households')}\`), but \`${a.leftText}\` is ${article(a.left)}.`
            : `\`${a.text}\` has no meaning: ${a.left} ${k(a.operator)} ${a.right}.${en.didYouMean(a.hint)}`,
        (a, k) => a.operator === 'of'
            ? `\`${k('of')}\` memerlukan persentase di sebelah kiri (mis. \`10% ${k('of')} ${k('households')}\`), tetapi \`${a.leftText}\` bertipe ${idType(a.left)}.`
            : `\`${a.text}\` tidak bermakna: ${idType(a.left)} ${k(a.operator)} ${idType(a.right)}.${id.didYouMean(a.hint)}`),
    schemaMissing: kind<Record<string, never>>('KDH008', 'error',
        (_, k) => `These rules have no \`${k('household')} { ... }\` schema, in this file or in the files it uses.`,
        (_, k) => `Aturan ini tidak memiliki skema \`${k('household')} { ... }\`, baik di file ini maupun di file yang dipakainya.`),
    emptyRules: kind<Record<string, never>>('KDH008', 'error',
        (_, k) => `This file holds no rules, so no household schema either: write \`${k('household')} { ... }\` with the columns of the data, or \`${k('use')}\` the file that has it.`,
        (_, k) => `File ini tidak berisi aturan, sehingga juga tidak ada skema ${k('household')}: tulis \`${k('household')} { ... }\` berisi kolom-kolom data, atau \`${k('use')}\` file yang memilikinya.`),
    schemaTwice: kind<{ where: Location }>('KDH008', 'error',
        (a) => `The household schema is declared twice; the other one is at ${en.location(a.where)}.`,
        (a, k) => `Skema ${k('household')} dideklarasikan dua kali; yang lain ada di ${id.location(a.where)}.`),
    keyColumn: kind<{ found: number }>('KDH008', 'error',
        (a, k) => a.found === 0
            ? `The household schema needs one \`${k('key')}\` column that identifies each household (e.g. \`id ${k('text')} ${k('key')}\`).`
            : `The household schema has ${a.found} \`${k('key')}\` columns; mark exactly one.`,
        (a, k) => a.found === 0
            ? `Skema ${k('household')} memerlukan satu kolom \`${k('key')}\` sebagai identitas KPM (mis. \`id ${k('text')} ${k('key')}\`).`
            : `Skema ${k('household')} memiliki ${a.found} kolom \`${k('key')}\`; tandai tepat satu.`),
    keyNotText: kind<{ name: string; type: string }>('KDH008', 'error',
        (a) => `The key column \`${a.name}\` must be text, but it is ${article(a.type)}: identifiers such as NIK or participant numbers are not numbers (spreadsheets would mangle them).`,
        (a, k) => `Kolom ${k('key')} \`${a.name}\` harus bertipe teks (\`${k('text')}\`), tetapi saat ini bertipe ${idType(a.type)}: nomor identitas seperti NIK atau nomor peserta bukan angka (spreadsheet akan merusaknya).`),
    useMissing: kind<{ path: string }>('KDH009', 'error',
        (a) => `Cannot find the rule file \`${a.path}\` (paths are relative to this file's folder).`,
        (a) => `File aturan \`${a.path}\` tidak ditemukan (path dihitung dari folder file ini).`),
    useNotRuleFile: kind<{ path: string; what: NotARuleFile }>('KDH009', 'error',
        (a) => a.what === 'folder' ? `\`${a.path}\` is a folder, not a rule file; name a \`.kaidah\` file in it.`
            : a.what === 'notKaidah' ? `\`${a.path}\` is not a rule file: the names of rule files end in \`.kaidah\`.`
                : `\`${a.path}\` is not an ordinary file (a device, a pipe or a socket); Kaidah reads rules only from ordinary files.`,
        (a) => a.what === 'folder' ? `\`${a.path}\` adalah folder, bukan file aturan; sebut file \`.kaidah\` di dalamnya.`
            : a.what === 'notKaidah' ? `\`${a.path}\` bukan file aturan: nama file aturan berakhiran \`.kaidah\`.`
                : `\`${a.path}\` bukan file biasa (perangkat, pipe atau socket); Kaidah hanya membaca aturan dari file biasa.`),
    useOutside: kind<{ path: string; root: string; marked: boolean; suggestion?: string }>('KDH010', 'error',
        (a) => a.root === '' ? `\`${a.path}\` lies outside the folder of the rules; Kaidah only uses files inside it.`
            : a.marked ? `\`${a.path}\` lies outside the project \`${a.root}\` (the folder with \`kaidah.json\` or \`.git\`); Kaidah only uses files inside it.`
                + (a.suggestion ? en.didYouMean(a.suggestion) : ' Write the path from this file\'s folder to a file inside the project, or copy the file into it.')
                : `\`${a.path}\` lies outside \`${a.root}\`, the folder of the rules: no folder above it has a \`kaidah.json\` or \`.git\` marking a project. Put a \`kaidah.json\` (\`{}\` will do) in the folder that holds all the rules, or write a path inside this folder.`,
        (a) => a.root === '' ? `\`${a.path}\` berada di luar folder aturan; Kaidah hanya memakai file di dalam folder itu.`
            : a.marked ? `\`${a.path}\` berada di luar proyek \`${a.root}\` (folder yang berisi \`kaidah.json\` atau \`.git\`); Kaidah hanya memakai file di dalam proyek.`
                + (a.suggestion ? id.didYouMean(a.suggestion) : ' Tulis path dari folder file ini ke file di dalam proyek, atau salin file itu ke dalamnya.')
                : `\`${a.path}\` berada di luar \`${a.root}\`, folder aturan: tidak ada folder di atasnya yang berisi \`kaidah.json\` atau \`.git\` sebagai penanda proyek. Letakkan \`kaidah.json\` (cukup \`{}\`) di folder yang memuat semua aturan, atau tulis path di dalam folder ini.`),
    districtTwice: kind<{ name: string; where: Location }>('KDH011', 'error',
        (a) => `District "${a.name}" is declared twice; the other declaration is at ${en.location(a.where)}.`,
        (a) => `Kabupaten/kota "${a.name}" dideklarasikan dua kali; deklarasi lainnya ada di ${id.location(a.where)}.`),
    districtMissingQuantity: kind<{ district: string; quantity: string; category: string; formula: string }>('KDH012', 'error',
        (a) => `District "${a.district}" does not set \`${a.quantity}\`, which its target for \`${a.category}\` needs (\`${a.formula}\`). Add \`${a.quantity} ...\` to the district.`,
        (a) => `Kabupaten/kota "${a.district}" tidak menetapkan \`${a.quantity}\`, padahal target \`${a.category}\` memerlukannya (\`${a.formula}\`). Tambahkan \`${a.quantity} ...\` pada kabupaten/kota itu.`),
    targetNotCount: kind<{ text: string; type: string }>('KDH013', 'error',
        (a, k) => a.type === 'number'
            ? `\`${a.text}\` can give a fraction, but a target counts households: round it with \`${k('round down')}(...)\` (or \`${k('round up')}(...)\`, \`${k('round')}(...)\`).`
            : `A target counts households, but \`${a.text}\` is ${article(a.type)}.`,
        (a, k) => a.type === 'number'
            ? `\`${a.text}\` dapat menghasilkan pecahan, padahal target adalah jumlah KPM: bulatkan dengan \`${k('round down')}(...)\` (atau \`${k('round up')}(...)\`, \`${k('round')}(...)\`).`
            : `Target menghitung jumlah KPM, tetapi \`${a.text}\` bertipe ${idType(a.type)}.`),
    membersNotCount: kind<{ name: string; type: string }>('KDH014', 'error',
        (a) => `A benefit component counts eligible members, but \`${a.name}\` is ${article(a.type)}; use a count column or value.`,
        (a, k) => `Komponen bantuan menghitung jumlah anggota yang memenuhi syarat, tetapi \`${a.name}\` bertipe ${idType(a.type)}; pakai kolom atau nilai bertipe jumlah (\`${k('count')}\`).`),
    amountNotMoney: kind<{ text: string; type: string }>('KDH015', 'error',
        (a) => `A benefit amount must be money (e.g. \`Rp 900.000\`), but \`${a.text}\` is ${article(a.type)}.`,
        (a) => `Besaran bantuan harus berupa uang (mis. \`Rp 900.000\`), tetapi \`${a.text}\` bertipe ${idType(a.type)}.`),
    cycle: kind<{ cycle: string }>('KDH016', 'error',
        (a) => `These definitions depend on each other in a circle: ${a.cycle}.`,
        (a) => `Definisi-definisi ini saling bergantung melingkar: ${a.cycle}.`),
    householdDataOutsideRules: kind<{ name: string; where: WorkedOutOnce }>('KDH017', 'error',
        (a) => `\`${a.name}\` differs per household, so it cannot be used in ${en.workedOutOnce[a.where]}, which is worked out once.`,
        (a) => `\`${a.name}\` berbeda untuk tiap KPM, sehingga tidak dapat dipakai dalam ${id.workedOutOnce[a.where]}, yang dihitung sekali saja.`),
    quantityOutsideDistrict: kind<{ name: string }>('KDH017', 'error',
        (a) => `\`${a.name}\` is a district quantity; it can only be used in district targets and quantities.`,
        (a) => `\`${a.name}\` adalah besaran kabupaten/kota; hanya dapat dipakai dalam target dan besaran kabupaten/kota.`),
    rankType: kind<{ text: string; type: string }>('KDH018', 'error',
        (a, k) => `\`${k('rank by')}\` needs something that has an order (a number, count, money, percentage, date or text), but \`${a.text}\` is ${article(a.type)}.`,
        (a, k) => `\`${k('rank by')}\` memerlukan nilai yang dapat diurutkan (angka, jumlah, uang, persen, tanggal atau teks), tetapi \`${a.text}\` bertipe ${idType(a.type)}.`),
    settingType: kind<{ name: string; expected: string; text: string; actual: string }>('KDH019', 'error',
        (a) => `\`${a.name}\` is ${article(a.expected)}, but \`${a.text}\` is ${article(a.actual)}.`,
        (a) => `\`${a.name}\` bertipe ${idType(a.expected)}, tetapi \`${a.text}\` bertipe ${idType(a.actual)}.`),
    noDistrictColumn: kind<Record<string, never>>('KDH020', 'error',
        () => 'Districts are declared, but the household schema has no column named `district` to match households to them.',
        (_, k) => `Kabupaten/kota dideklarasikan, tetapi skema ${k('household')} tidak memiliki kolom bernama \`district\` untuk mencocokkan KPM.`),
    maxMembers: kind<{ text: string }>('KDH021', 'error',
        (a, k) => `\`${k('at most')} ${a.text}\` must be a whole number of members, 1 or more.`,
        (a, k) => `Dalam \`${k('at most')} ${a.text}\`, jumlah anggota harus bilangan bulat, minimal 1.`),
    componentTwice: kind<{ name: string }>('KDH022', 'error',
        (a) => `The benefit component \`${a.name}\` is listed twice.`,
        (a) => `Komponen bantuan \`${a.name}\` tercantum dua kali.`),
    targetTwice: kind<{ category: string }>('KDH023', 'error',
        (a) => `The target for \`${a.category}\` is set twice in this block.`,
        (a) => `Target \`${a.category}\` ditetapkan dua kali dalam blok ini.`),
    targetNotWhole: kind<{ category: string; district: string; value: string; formula: string }>('KDH024', 'error',
        (a) => `The target for \`${a.category}\` in ${a.district} works out to ${a.value} households (\`${a.formula}\`); a target must be a whole number of households, 0 or more.`,
        (a) => `Target \`${a.category}\` di ${a.district} bernilai ${a.value} KPM (\`${a.formula}\`); target harus berupa bilangan bulat, minimal 0.`),
    noEvaluationDate: kind<{ name: string }>('KDH025', 'error',
        (a, k) => `\`${a.name}\` depends on the date, but the rules do not say which date to use: write \`program "..." ${k('year')} 2024\` or run with \`--on 2024-12-31\`.`,
        (a, k) => `\`${a.name}\` bergantung pada tanggal, tetapi aturan tidak menyebut tanggal yang dipakai: tulis \`program "..." ${k('year')} 2024\` atau jalankan dengan \`--on 2024-12-31\`.`),
    nothingInForce: kind<{ name: string; date: string; first: string }>('KDH025', 'error',
        (a) => `\`${a.name}\` has no value on ${a.date}: its first value applies from ${a.first}.`,
        (a) => `\`${a.name}\` tidak memiliki nilai pada ${a.date}: nilai pertamanya baru berlaku mulai ${a.first}.`),
    datedTypes: kind<{ name: string; text: string; type: string; firstText: string; firstType: string }>('KDH026', 'error',
        (a) => `Every value of \`${a.name}\` must have the same type: \`${a.text}\` is ${article(a.type)}, but \`${a.firstText}\` is ${article(a.firstType)}.`,
        (a) => `Semua nilai \`${a.name}\` harus bertipe sama: \`${a.text}\` bertipe ${idType(a.type)}, tetapi \`${a.firstText}\` bertipe ${idType(a.firstType)}.`),
    datedOrder: kind<{ name: string }>('KDH027', 'error',
        (a, k) => `\`${a.name}\` changes by date: give every value a \`${k('from')}\` date, each later than the one before (\`Rp 550.458 ${k('from')} 2023-03-01, Rp 582.932 ${k('from')} 2024-03-01\`).`,
        (a, k) => `\`${a.name}\` berubah menurut tanggal: beri setiap nilai tanggal \`${k('from')}\`, masing-masing lebih akhir dari sebelumnya (\`Rp 550.458 ${k('from')} 2023-03-01, Rp 582.932 ${k('from')} 2024-03-01\`).`),
    badDate: kind<{ text: string }>('KDH028', 'error',
        (a) => `\`${a.text}\` is not a date in the calendar; write dates as YYYY-MM-DD.`,
        (a) => `\`${a.text}\` bukan tanggal yang ada di kalender; tulis tanggal sebagai TTTT-BB-HH.`),
    sinceNotDate: kind<{ unit: string; text: string; type: string }>('KDH029', 'error',
        (a, k) => `\`${k(`${a.unit} since`)}\` needs a date, but \`${a.text}\` is ${article(a.type)}.`,
        (a, k) => `\`${k(`${a.unit} since`)}\` memerlukan tanggal, tetapi \`${a.text}\` bertipe ${idType(a.type)}.`),
    unused: kind<{ name: string }>('KDH030', 'warning',
        (a) => `\`${a.name}\` is declared but never used; remove it or use it.`,
        (a) => `\`${a.name}\` dideklarasikan tetapi tidak pernah dipakai; hapus atau pakai.`),
    useCycle: kind<{ cycle: string[] }>('KDH031', 'error',
        (a, k) => a.cycle.length <= 2
            ? `\`${a.cycle[0]}\` uses itself; remove this \`${k('use')}\`.`
            : `These files use each other in a circle: ${a.cycle.join(' → ')}.`,
        (a, k) => a.cycle.length <= 2
            ? `\`${a.cycle[0]}\` memakai dirinya sendiri; hapus \`${k('use')}\` ini.`
            : `File-file ini saling memakai secara melingkar: ${a.cycle.join(' → ')}.`),
    neverHolds: kind<{ text: string; subject: string; range: ValueRange }>('KDH032', 'warning',
        (a) => `\`${a.text}\` can never hold: \`${a.subject}\` is ${en.range(a.range)}.`,
        (a) => `\`${a.text}\` tidak mungkin terpenuhi: \`${a.subject}\` ${id.range(a.range)}.`),
    alwaysHolds: kind<{ text: string; subject: string; range: ValueRange }>('KDH033', 'warning',
        (a) => `\`${a.text}\` always holds: \`${a.subject}\` is ${en.range(a.range)}.`,
        (a) => `\`${a.text}\` selalu terpenuhi: \`${a.subject}\` ${id.range(a.range)}.`),
    unreachable: kind<{ name: string; earlier: string; always: boolean }>('KDH034', 'warning',
        (a) => a.always
            ? `\`${a.name}\` can never be chosen: the condition of \`${a.earlier}\`, which comes first, holds for every household.`
            : `\`${a.name}\` can never be chosen: every household that meets its condition already meets \`${a.earlier}\`, which comes first.`,
        (a) => a.always
            ? `\`${a.name}\` tidak mungkin terpilih: syarat \`${a.earlier}\`, yang lebih dulu, terpenuhi oleh setiap KPM.`
            : `\`${a.name}\` tidak mungkin terpilih: setiap KPM yang memenuhi syaratnya sudah memenuhi \`${a.earlier}\`, yang lebih dulu.`),
    divisionByZero: kind<{ text: string }>('KDH035', 'error',
        (a) => `\`${a.text}\` divides by zero.`,
        (a) => `\`${a.text}\` membagi dengan nol.`),
    columnRange: kind<{ name: string; type: string }>('KDH036', 'error',
        (a, k) => `\`${k('between')}\` for \`${a.name}\` needs two fixed values of type ${a.type}, the first not above the second (e.g. \`${rangeExample(a.type, k)}\`).`,
        (a, k) => `\`${k('between')}\` untuk \`${a.name}\` memerlukan dua nilai tetap bertipe ${idType(a.type)}, yang pertama tidak lebih besar dari yang kedua (mis. \`${rangeExample(a.type, k)}\`).`),
    caseloadOutsideTarget: kind<Record<string, never>>('KDH037', 'error',
        (_, k) => `\`${k('households')}\` is the number of households of a district, sub-district or facilitator; it can only be used in a target.`,
        (_, k) => `\`${k('households')}\` adalah jumlah KPM di suatu kabupaten/kota, kecamatan atau pendamping; hanya dapat dipakai dalam target.`),
    rewardNotMoney: kind<{ text: string; type: string }>('KDH038', 'error',
        (a) => `A reward is an amount of money per graduate (e.g. \`Rp 1,5 juta\`), but \`${a.text}\` is ${article(a.type)}.`,
        (a) => `Penghargaan adalah sejumlah uang per KPM yang graduasi (mis. \`Rp 1,5 juta\`), tetapi \`${a.text}\` bertipe ${idType(a.type)}.`),
    testFieldType: kind<{ name: string; expected: string; text: string; actual: string }>('KDH039', 'error',
        (a) => `\`${a.name}\` is ${article(a.expected)}, but the test gives \`${a.text}\`, which is ${article(a.actual)}.`,
        (a) => `\`${a.name}\` bertipe ${idType(a.expected)}, tetapi tes memberi \`${a.text}\` yang bertipe ${idType(a.actual)}.`),
    testUnknownDistrict: kind<{ name: string; suggestion?: string }>('KDH040', 'error',
        (a) => `There is no district "${a.name}" in these rules.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
        (a) => `Tidak ada kabupaten/kota "${a.name}" dalam aturan ini.${a.suggestion ? ` Mungkin maksud Anda "${a.suggestion}"?` : ''}`),
    testTableMissing: kind<{ path: string; outside: boolean }>('KDH041', 'error',
        (a) => a.outside
            ? `\`${a.path}\` lies outside the folder of the rules; Kaidah only reads tables of cases inside it.`
            : `Cannot find the table of cases \`${a.path}\` (paths are relative to this file's folder).`,
        (a) => a.outside
            ? `\`${a.path}\` berada di luar folder aturan; Kaidah hanya membaca tabel kasus di dalam folder itu.`
            : `Tabel kasus \`${a.path}\` tidak ditemukan (path dihitung dari folder file ini).`),
    yearOutOfRange: kind<{ text: string }>('KDH042', 'error',
        (a, k) => `\`${k('year')} ${a.text}\` is not a year these rules can apply to: write the program year with four digits, from ${minProgramYear} to ${maxProgramYear} (e.g. \`${k('year')} 2024\`).`,
        (a, k) => `\`${k('year')} ${a.text}\` bukan tahun berlakunya aturan: tulis tahun program dengan empat angka, dari ${minProgramYear} sampai ${maxProgramYear} (mis. \`${k('year')} 2024\`).`),
    numberTooLarge: kind<{ text: string }>('KDH043', 'error',
        (a) => `\`${short(a.text)}\` is too large to be kept exactly: Kaidah computes with whole numbers up to ${largestExactNumber}.`,
        (a) => `\`${short(a.text)}\` terlalu besar untuk disimpan dengan tepat: Kaidah menghitung dengan bilangan bulat sampai ${largestExactNumber}.`),
    quantityNotYetKnown: kind<{ name: string; uses: string }>('KDH044', 'error',
        (a) => a.name === a.uses
            ? `The default of \`${a.name}\` is worked out from \`${a.name}\` itself; a quantity's default can use only quantities declared before it.`
            : `The default of \`${a.name}\` uses \`${a.uses}\`, which is declared after it; a quantity's default can use only quantities declared before it, so move \`${a.uses}\` up.`,
        (a) => a.name === a.uses
            ? `Nilai bawaan \`${a.name}\` dihitung dari \`${a.name}\` sendiri; nilai bawaan suatu besaran hanya dapat memakai besaran yang dideklarasikan sebelumnya.`
            : `Nilai bawaan \`${a.name}\` memakai \`${a.uses}\`, yang dideklarasikan sesudahnya; nilai bawaan suatu besaran hanya dapat memakai besaran yang dideklarasikan sebelumnya, jadi pindahkan \`${a.uses}\` ke atas.`),
    percentVersusNumber: kind<{ text: string; number: string; fix: string; reading: 'fraction' | 'percent' }>('KDH045', 'error',
        (a) => `\`${a.text}\` compares a percentage with the plain number \`${a.number}\`; write it as a percentage: \`${a.fix}\` (${a.reading === 'fraction' ? `reading \`${a.number}\` as a fraction of 1, as a spreadsheet stores percentages` : `reading \`${a.number}\` as a number of percent`}).`,
        (a) => `\`${a.text}\` membandingkan persentase dengan angka biasa \`${a.number}\`; tulis sebagai persentase: \`${a.fix}\` (${a.reading === 'fraction' ? `membaca \`${a.number}\` sebagai pecahan dari 1, seperti spreadsheet menyimpan persentase` : `membaca \`${a.number}\` sebagai jumlah persen`}).`),
    districtCode: kind<{ text: string }>('KDH046', 'error',
        (a, k) => `\`${k('code')} ${a.text}\` is not a district code: a BPS/Kemendagri district code has four digits, province then district (e.g. \`${k('code')} 3509\` or \`${k('code')} 35.09\` for Kabupaten Jember).`,
        (a, k) => `\`${k('code')} ${a.text}\` bukan kode kabupaten/kota: kode BPS/Kemendagri kabupaten/kota terdiri atas empat angka, provinsi lalu kabupaten/kota (mis. \`${k('code')} 3509\` atau \`${k('code')} 35.09\` untuk Kabupaten Jember).`),
    districtCodeTwice: kind<{ code: string; name: string; where: Location }>('KDH046', 'error',
        (a) => `The district code ${a.code} is already given to "${a.name}" at ${en.location(a.where)}; each district has its own code.`,
        (a) => `Kode kabupaten/kota ${a.code} sudah dipakai "${a.name}" di ${id.location(a.where)}; setiap kabupaten/kota memiliki kodenya sendiri.`),
    percentWrittenNotPercent: kind<{ name: string; type: string; written: string }>('KDH047', 'error',
        (a, k) => `\`${k(`as ${a.written}`)}\` says how the cells of a percent column are written, but \`${a.name}\` is ${article(a.type)}; remove it, or make the column \`${k('percent')}\`.`,
        (a, k) => `\`${k(`as ${a.written}`)}\` menyatakan cara sel kolom persen ditulis, tetapi \`${a.name}\` bertipe ${idType(a.type)}; hapus, atau jadikan kolom itu \`${k('percent')}\`.`),
    categoryForEveryDistrict: kind<{ name: string; district: string }>('KDH048', 'warning',
        (a, k) => `\`${a.name}\` applies to the households of every district, but this file sets up only "${a.district}": used together with other districts' files, their households would fall in it too. Move it into \`${k('district')} "${a.district}" { ... }\` to keep it to this district.`,
        (a, k) => `\`${a.name}\` berlaku bagi KPM semua kabupaten/kota, padahal file ini hanya mengatur "${a.district}": bila dipakai bersama file kabupaten/kota lain, KPM mereka juga bisa masuk kategori ini. Pindahkan ke dalam \`${k('district')} "${a.district}" { ... }\` agar hanya berlaku di kabupaten/kota ini.`),
    notAdaptable: kind<{ name: string; why: 'national' | 'own' }>('KDH049', 'error',
        (a, k) => a.why === 'own'
            ? `\`${a.name}\` is already this district's own category: change its condition where it is declared.`
            : `The national category \`${a.name}\` may not be adapted by a district: only a category declared \`${k('adaptable graduation')}\` may. Ask for it in the national file, or declare a category of the district's own under another name.`,
        (a, k) => a.why === 'own'
            ? `\`${a.name}\` sudah merupakan kategori milik kabupaten/kota ini: ubah syaratnya di tempat kategori itu dideklarasikan.`
            : `Kategori nasional \`${a.name}\` tidak boleh disesuaikan oleh kabupaten/kota: hanya kategori yang dideklarasikan \`${k('adaptable graduation')}\` yang boleh. Mintalah di file nasional, atau deklarasikan kategori milik kabupaten/kota sendiri dengan nama lain.`),
} as const;

export type DiagnosticName = keyof typeof Diagnostics;

const types: Record<string, string> = { count: 'a count', number: 'a number', money: 'money', percent: 'a percentage', text: 'text', 'yes/no': 'yes/no', date: 'a date' };

function article(type: string): string {
    return types[type] ?? type;
}

/** The types in Indonesian, as officers say them: uang, jumlah, persen. */
const idTypes: Record<string, string> = { count: 'jumlah', number: 'angka', money: 'uang', percent: 'persen', text: 'teks', 'yes/no': 'ya/tidak', date: 'tanggal' };

function idType(type: string): string {
    return idTypes[type] ?? type;
}

function rangeExample(type: string, k: Keywords): string {
    const [lo, hi] = type === 'money' ? ['Rp 0', 'Rp 10.000.000'] : type === 'percent' ? ['0%', '100%']
        : type === 'date' ? ['1900-01-01', '2024-12-31'] : ['1', '10'];
    return `${k('between')} ${lo} ${k('and')} ${hi}`;
}

/** What a `use` names when it is not a rule file (KDH009). */
export type NotARuleFile = 'folder' | 'notKaidah' | 'notAFile';

/** The years a program may be for (KDH042): a year outside has no calendar date the engine can work with. */
export const minProgramYear = 1900;
export const maxProgramYear = 2200;

const largestExactNumber = '9.007.199.254.740.991';

/** A literal of hundreds of digits is shown by its start and end. */
function short(text: string): string {
    return text.length <= 40 ? text : `${text.slice(0, 20)}…${text.slice(-10)}`;
}

/** Where a figure worked out once is written (KDH017): household data cannot be used there. */
export type WorkedOutOnce = 'constant' | 'benefitAmount' | 'target' | 'districtQuantity' | 'reward' | 'testHousehold' | 'expectedValue';

/** What must be yes/no (KDH005): a graduation's condition, each side of `and`/`or`, what follows `not`. */
export type YesNoPlace = { place: 'condition'; name: string } | { place: 'logical'; operator: string } | { place: 'not' };

/** Where another declaration is: a line of the same file, or a line of another file. */
export type Location = { line: number; file?: string };

/** The values a column or value can take (KDH032, KDH033), each bound already written as a figure. */
export type ValueRange = { lo?: string; hi?: string };

/** Why the parser could not read a part of the rules (KDH001). */
export type SyntaxDetail =
    | { kind: 'tooDeep'; depth: number }
    | { kind: 'tooLong'; operations: number }
    | { kind: 'lineTooLong'; characters: number }
    | { kind: 'fileTooLarge'; characters: number }
    | { kind: 'unexpected'; found: string; suggestion?: string }
    | { kind: 'expected'; expected: string; found: string; quoted: boolean; suggestion?: string }
    /** A keyword of the other language: `when` in a file written in Bahasa Indonesia, which it `shows` (`keluarga`). */
    | { kind: 'otherLanguage'; fileLanguage: 'en' | 'id'; shows: string; startsWith: boolean; write: string; written: string }
    /** A parser message Kaidah has no words of its own for, passed on as it is. */
    | { kind: 'other'; message: string };

type ComparisonHint = { unit: 'money'; literal: string } | undefined;

/** The parts of messages that change with the situation, in English. */
const en = {
    didYouMean: (suggestion: string | undefined) => (suggestion ? ` Did you mean \`${suggestion}\`?` : ''),
    comparisonHint: (hint: ComparisonHint) => !hint ? ''
        : `; write the amount with \`Rp\`: \`Rp ${hint.literal}\``,
    location: (where: Location) => where.file === undefined ? `line ${where.line}` : `${where.file}:${where.line}`,
    workedOutOnce: {
        constant: 'a constant', benefitAmount: 'a benefit amount', target: 'a target', districtQuantity: 'a district quantity',
        reward: 'a reward', testHousehold: 'a test household', expectedValue: 'an expected value',
    } as Record<WorkedOutOnce, string>,
    yesNoPlace: (what: YesNoPlace, k: Keywords) => what.place === 'condition' ? `The condition of \`${what.name}\``
        : what.place === 'logical' ? `Each side of \`${k(what.operator)}\`` : `What follows \`${k('not')}\``,
    range: (range: ValueRange) => range.lo !== undefined && range.hi !== undefined ? `between ${range.lo} and ${range.hi}`
        : range.lo !== undefined ? `never below ${range.lo}` : range.hi !== undefined ? `never above ${range.hi}` : 'any value',
    syntax: (detail: SyntaxDetail, k: Keywords): string => {
        switch (detail.kind) {
            case 'tooDeep': return `brackets or repeated \`${k('not')}\` go more than ${detail.depth} levels deep here.`;
            case 'tooLong': return `this formula has more than ${detail.operations} operations; split it into several values.`;
            case 'lineTooLong': return `this line is longer than ${formatNumber(detail.characters)} characters and was not read.`;
            case 'fileTooLarge': return `this file is longer than ${formatNumber(detail.characters)} characters, too large to be a rule file; nothing in it was read.`;
            case 'unexpected': return detail.found === '' ? 'the file ends before this part is complete.' : `unexpected \`${detail.found}\` here.${en.didYouMean(detail.suggestion)}`;
            case 'expected': return `expected ${quoted(detail.expected, detail.quoted)} but found \`${detail.found}\`.${en.didYouMean(detail.suggestion)}`;
            case 'otherLanguage': return `this file is written in ${detail.fileLanguage === 'id' ? 'Bahasa Indonesia' : 'English'} (it ${detail.startsWith ? 'starts with' : 'says'} \`${detail.shows}\`): write \`${detail.write}\` for \`${detail.written}\`.`;
            case 'other': return detail.message;
        }
    },
};

/** The parts of messages that change with the situation, in Bahasa Indonesia. */
const id: typeof en = {
    didYouMean: (suggestion) => (suggestion ? ` Mungkin maksud Anda \`${suggestion}\`?` : ''),
    comparisonHint: (hint) => !hint ? ''
        : `; tulis nominal uang dengan \`Rp\`: \`Rp ${hint.literal}\``,
    location: (where) => where.file === undefined ? `baris ${where.line}` : `${where.file}:${where.line}`,
    workedOutOnce: {
        constant: 'konstanta', benefitAmount: 'besaran bantuan', target: 'target', districtQuantity: 'besaran kabupaten/kota',
        reward: 'penghargaan', testHousehold: 'KPM dalam tes', expectedValue: 'nilai yang diharapkan',
    },
    yesNoPlace: (what, k) => what.place === 'condition' ? `Syarat \`${what.name}\``
        : what.place === 'logical' ? `Kedua sisi \`${k(what.operator)}\`` : `Yang mengikuti \`${k('not')}\``,
    range: (range) => range.lo !== undefined && range.hi !== undefined ? `selalu antara ${range.lo} dan ${range.hi}`
        : range.lo !== undefined ? `tidak pernah di bawah ${range.lo}` : range.hi !== undefined ? `tidak pernah di atas ${range.hi}` : 'nilai apa pun',
    syntax: (detail, k) => {
        switch (detail.kind) {
            case 'tooDeep': return `tanda kurung atau \`${k('not')}\` bersarang lebih dari ${detail.depth} tingkat di sini.`;
            case 'tooLong': return `rumus ini memiliki lebih dari ${detail.operations} operasi; pecah menjadi beberapa ${k('value')}.`;
            case 'lineTooLong': return `baris ini lebih panjang dari ${formatNumber(detail.characters)} karakter dan tidak dibaca.`;
            case 'fileTooLarge': return `file ini lebih panjang dari ${formatNumber(detail.characters)} karakter, terlalu besar untuk file aturan; isinya tidak dibaca.`;
            case 'unexpected': return detail.found === '' ? 'file berakhir sebelum bagian ini selesai ditulis.' : `\`${detail.found}\` tidak semestinya ada di sini.${id.didYouMean(detail.suggestion)}`;
            case 'expected': return `seharusnya ${quoted(detail.expected, detail.quoted)}, tetapi tertulis \`${detail.found}\`.${id.didYouMean(detail.suggestion)}`;
            case 'otherLanguage': return `file ini ditulis dalam ${detail.fileLanguage === 'id' ? 'bahasa Indonesia' : 'bahasa Inggris'} (${detail.startsWith ? 'diawali' : 'memakai'} \`${detail.shows}\`): tulis \`${detail.write}\`, bukan \`${detail.written}\`.`;
            case 'other': return detail.message;
        }
    },
};

function quoted(text: string, inBackticks: boolean): string {
    return inBackticks ? `\`${text}\`` : text;
}
