import { formatNumber as n, type Lang } from '@kaidah/engine';

/** Sentences of the run's summary about trust: the evaluation date, districts not matched, --strict. One table per language. */
const en = {
    evaluationDate: (date: string, fromOn: boolean) => `Evaluated for ${date}${fromOn ? ' (--on)' : ' (31 December of the program year; choose another date with --on)'}.`,
    datedValue: (name: string, value: string, from: string) => `  ${name} = ${value} (in force from ${from})`,
    districtValue: (name: string, value: string, district: string, from: string | undefined) =>
        `  ${name} = ${value} in ${district}${from === undefined ? '' : ` (in force from ${from})`}`,
    unmatchedTitle: (households: number) =>
        `${n(households)} household${households === 1 ? ' is' : 's are'} in no district of the rules; their district as written in the data:`,
    blank: '(blank)',
    unmatchedLine: (spelling: string, households: number) => `  "${spelling}": ${n(households)} household${households === 1 ? '' : 's'}`,
    didYouMean: (district: string) => ` — did you mean \`${district}\`?`,
    ambiguous: (spelling: string, districts: string[]) =>
        districts.length > 1
            ? ` — "${spelling}" could be ${districts.join(' or ')}: write which (or the region code) in the data`
            : ` — not matched to \`${districts[0]}\`: "${spelling}" is the name of both a kabupaten and a kota in Indonesia; write "Kabupaten …" or "Kota …", or the region code`,
    unmatchedMore: (spellings: number, households: number) =>
        `  … and ${n(households)} more household${households === 1 ? '' : 's'}${spellings > 0 ? ` under ${n(spellings)} other spelling${spellings === 1 ? '' : 's'}` : ''}.`,
    noDistrictMatched: (file: string, declared: string) =>
        `No row of ${file} matches a district of the rules (${declared}), so nothing can be proposed. Write the district as the rules do (Kabupaten or Kab., Kota or Kot.), or declare its region code: district "Kabupaten Jember" code 3509 { ... }.`,
    strictFailed: (rejected: number, unmatched: number) =>
        `--strict: ${[
            rejected > 0 ? `${n(rejected)} row${rejected === 1 ? ' was' : 's were'} rejected` : '',
            unmatched > 0 ? `${n(unmatched)} household${unmatched === 1 ? ' is' : 's are'} in no district of the rules` : '',
        ].filter((s) => s !== '').join(' and ')}; the outputs are written, but the run fails.`,
};

const id: typeof en = {
    evaluationDate: (date, fromOn) => `Dievaluasi per ${date}${fromOn ? ' (--on)' : ' (31 Desember tahun program; pilih tanggal lain dengan --on)'}.`,
    datedValue: (name, value, from) => `  ${name} = ${value} (berlaku sejak ${from})`,
    districtValue: (name, value, district, from) => `  ${name} = ${value} di ${district}${from === undefined ? '' : ` (berlaku sejak ${from})`}`,
    unmatchedTitle: (households) => `${n(households)} KPM tidak termasuk kabupaten/kota mana pun dalam aturan; kabupaten/kota mereka seperti tertulis di data:`,
    blank: '(kosong)',
    unmatchedLine: (spelling, households) => `  "${spelling}": ${n(households)} KPM`,
    didYouMean: (district) => ` — maksud Anda \`${district}\`?`,
    ambiguous: (spelling, districts) =>
        districts.length > 1
            ? ` — "${spelling}" bisa berarti ${districts.join(' atau ')}: tulis yang mana (atau kode wilayahnya) di data`
            : ` — tidak dicocokkan dengan \`${districts[0]}\`: "${spelling}" adalah nama kabupaten sekaligus kota di Indonesia; tulis "Kabupaten …" atau "Kota …", atau kode wilayahnya`,
    unmatchedMore: (spellings, households) =>
        `  … dan ${n(households)} KPM lainnya${spellings > 0 ? ` dengan ${n(spellings)} penulisan lain` : ''}.`,
    noDistrictMatched: (file, declared) =>
        `Tidak ada baris ${file} yang cocok dengan kabupaten/kota dalam aturan (${declared}), sehingga tidak ada yang dapat diusulkan. Tulis kabupaten/kota seperti dalam aturan (Kabupaten atau Kab., Kota atau Kot.), atau nyatakan kode wilayahnya: district "Kabupaten Jember" code 3509 { ... }.`,
    strictFailed: (rejected, unmatched) =>
        `--strict: ${[
            rejected > 0 ? `${n(rejected)} baris ditolak` : '',
            unmatched > 0 ? `${n(unmatched)} KPM tidak termasuk kabupaten/kota mana pun dalam aturan` : '',
        ].filter((s) => s !== '').join(' dan ')}; keluaran tetap ditulis, tetapi proses dinyatakan gagal.`,
};

export function summaryMessages(lang: Lang): typeof en {
    return lang === 'id' ? id : en;
}
