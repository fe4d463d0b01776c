import { messagesFor, type HouseholdStatusCode, type Lang } from '@kaidah/engine';

/**
 * A workbook of decisions written for an officer who reads Bahasa Indonesia carries a sheet that
 * says what its columns and statuses mean. The columns and status values themselves stay as they are
 * in every language (docs/json-output.md: a decision file is passed on and read again), so the
 * officer reads them with this legend beside them. The statuses' words are the engine's, as the
 * explanations say them (`diusulkan`, `cadangan`, `tetap KPM`).
 */
export interface DecisionLegend {
    sheet: string;
    header: [string, string];
    rows: [string, string][];
}

const columnsId: Record<string, string> = {
    id: 'nomor peserta KPM (kolom kunci aturan)',
    district: 'kabupaten/kota',
    subdistrict: 'kecamatan',
    facilitator: 'pendamping',
    benefit: 'bantuan per tahun, dalam rupiah',
    category: 'kategori graduasi; kosong bila KPM tidak masuk kategori mana pun',
    category_label: 'label kategori graduasi',
    status: 'lihat di bawah',
    rank: 'peringkat KPM di antara kandidat kategorinya',
    candidates: 'jumlah kandidat kategori itu',
    explanation: 'penjelasan keputusan',
};

const statusesId: Record<HouseholdStatusCode, string> = {
    proposed: 'graduasi (keluar dari program), di dalam target',
    reserve: 'memenuhi syarat kategori, tetapi target sudah penuh',
    stays: 'tidak masuk kategori graduasi mana pun',
    'no-district': 'tidak diperingkat',
};

/** The legend for `lang`, or none: an English reader reads the columns and statuses as they are. */
export function decisionLegend(lang: Lang, header: readonly string[]): DecisionLegend | undefined {
    if (lang !== 'id') return undefined;
    const said = messagesFor('id').statuses;
    const statuses = (Object.keys(statusesId) as HouseholdStatusCode[]).map((code): [string, string] => [`status ${code}`, `${said[code]}: ${statusesId[code]}`]);
    return {
        sheet: 'Keterangan',
        header: ['kolom', 'artinya'],
        rows: [...header.map((column): [string, string] => [column, columnsId[column] ?? '']), ...statuses],
    };
}
