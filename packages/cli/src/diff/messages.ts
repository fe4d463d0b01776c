import { formatNumber as n, type Lang } from '@kaidah/engine';

/** Every sentence `kaidah diff` prints, in one table per language. */
const en = {
    notAGitRepository: (spec: string) =>
        `\`${spec}\` is neither a rule file (.kaidah) nor a Git revision: this folder is not in a Git repository.`,
    unknownRevision: (spec: string) => `\`${spec}\` is neither a rule file (.kaidah) nor a Git revision of this repository.`,
    needRules: (candidates: string) =>
        `Name the rule file to compare with --rules (the file that uses the others), e.g. --rules ${candidates}, or once as "entry" in the project's kaidah.json.`,
    workingCopy: 'the working copy',
    noRulesAt: (file: string, revision: string) => `${file} does not exist at ${revision}.`,
    rulesOutsideRepository: (file: string) => `${file} is not inside the Git repository.`,
    badFormat: (format: string) => `--format ${format}: choose table, json or markdown.`,
    badLimit: (limit: string) => `--limit ${limit}: give a whole number, 0 or more.`,
    rulesHaveErrors: (side: string, errors: number) => `${errors} error${errors === 1 ? '' : 's'} in the rules of ${side}; nothing was compared.`,
    dataProblem: (side: string, problem: string) => `With the rules of ${side}: ${problem}`,

    title: (from: string, to: string) => `Impact of the change ${from} → ${to}`,
    context: (rules: string, data: string) => `Rules ${rules}, data ${data}.`,
    compared: (households: number, moved: number) =>
        `${n(households)} household${households === 1 ? '' : 's'} compared: ${n(moved)} moved.`,
    changeKinds: (category: number, status: number, benefit: number) =>
        `Category changed for ${n(category)}, proposal status for ${n(status)}, benefit for ${n(benefit)}.`,
    rejectedOnOneSide: (old: number, new_: number) =>
        `Rejected by the old rules only: ${n(old)}; by the new rules only: ${n(new_)} (not compared).`,
    noChange: 'No household moves: the change does not affect these households.',
    totalsHeaders: ['', 'Before', 'After', 'Change'],
    totalBenefits: 'Total annual benefits',
    totalRewards: 'Rewards for proposed graduates',
    proposed: 'Proposed for graduation',
    reserve: 'In reserve',
    stays: 'Staying in the programme',
    perDistrictHeading: 'Per district and category',
    perDistrictHeaders: ['District', 'Category', 'Before', 'After', 'Change', 'Proposed before', 'Proposed after', 'Change'],
    movesHeading: 'Moves',
    movesHeaders: ['District', 'From', 'To', 'Households', 'Benefit change'],
    movedHeading: (shown: number, total: number) =>
        shown === total ? `Moved households (${n(total)})` : `Moved households (first ${n(shown)} of ${n(total)}; --limit to see more)`,
    movedHeaders: ['Household', 'District', 'Before', 'After', 'Why before', 'Why after'],
    before: 'before',
    after: 'after',
    noCategory: 'no category',
    districtNotInRules: '(district not in the rules)',
    outcome: (category: string, status: string, benefit: string) => `${category}, ${status}; benefit ${benefit}`,
};

export type DiffMessages = typeof en;

const id: DiffMessages = {
    notAGitRepository: (spec) =>
        `\`${spec}\` bukan file aturan (.kaidah) dan bukan revisi Git: folder ini tidak berada dalam repositori Git.`,
    unknownRevision: (spec) => `\`${spec}\` bukan file aturan (.kaidah) dan bukan revisi Git dari repositori ini.`,
    needRules: (candidates) =>
        `Sebutkan file aturan yang dibandingkan dengan --rules (file yang memakai file lainnya), mis. --rules ${candidates}, atau sekali sebagai "entry" di kaidah.json proyek.`,
    workingCopy: 'salinan kerja',
    noRulesAt: (file, revision) => `${file} tidak ada pada ${revision}.`,
    rulesOutsideRepository: (file) => `${file} tidak berada di dalam repositori Git.`,
    badFormat: (format) => `--format ${format}: pilih table, json atau markdown.`,
    badLimit: (limit) => `--limit ${limit}: isi dengan bilangan bulat, 0 atau lebih.`,
    rulesHaveErrors: (side, errors) => `Ada ${errors} kesalahan dalam aturan ${side}; tidak ada yang dibandingkan.`,
    dataProblem: (side, problem) => `Dengan aturan ${side}: ${problem}`,

    title: (from, to) => `Dampak perubahan ${from} → ${to}`,
    context: (rules, data) => `Aturan ${rules}, data ${data}.`,
    compared: (households, moved) => `${n(households)} KPM dibandingkan: ${n(moved)} berpindah.`,
    changeKinds: (category, status, benefit) =>
        `Kategori berubah untuk ${n(category)}, status usulan untuk ${n(status)}, bantuan untuk ${n(benefit)}.`,
    rejectedOnOneSide: (old, new_) =>
        `Ditolak hanya oleh aturan lama: ${n(old)}; hanya oleh aturan baru: ${n(new_)} (tidak dibandingkan).`,
    noChange: 'Tidak ada KPM yang berpindah: perubahan ini tidak memengaruhi KPM dalam data.',
    totalsHeaders: ['', 'Sebelum', 'Sesudah', 'Perubahan'],
    totalBenefits: 'Total bantuan setahun',
    totalRewards: 'Penghargaan untuk KPM yang diusulkan graduasi',
    proposed: 'Diusulkan graduasi',
    reserve: 'Cadangan',
    stays: 'Tetap KPM',
    perDistrictHeading: 'Per kabupaten/kota dan kategori',
    perDistrictHeaders: ['Kabupaten/Kota', 'Kategori', 'Sebelum', 'Sesudah', 'Perubahan', 'Diusulkan sebelum', 'Diusulkan sesudah', 'Perubahan'],
    movesHeading: 'Perpindahan',
    movesHeaders: ['Kabupaten/Kota', 'Dari', 'Ke', 'KPM', 'Perubahan bantuan'],
    movedHeading: (shown, total) =>
        shown === total ? `KPM yang berpindah (${n(total)})` : `KPM yang berpindah (${n(shown)} pertama dari ${n(total)}; --limit untuk melihat lebih banyak)`,
    movedHeaders: ['KPM', 'Kabupaten/Kota', 'Sebelum', 'Sesudah', 'Alasan sebelum', 'Alasan sesudah'],
    before: 'sebelum',
    after: 'sesudah',
    noCategory: 'tanpa kategori',
    districtNotInRules: '(kabupaten/kota tidak ada dalam aturan)',
    outcome: (category, status, benefit) => `${category}, ${status}; bantuan ${benefit}`,
};

export function diffMessages(lang: Lang): DiffMessages {
    return lang === 'id' ? id : en;
}
