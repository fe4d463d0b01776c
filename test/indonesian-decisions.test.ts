/**
 * The decisions of a run under `--lang id`: the columns and status values stay as they are in every
 * language (docs/json-output.md says why), the explanations are in Bahasa Indonesia, and a workbook
 * carries a sheet "Keterangan" that says in Bahasa Indonesia what each column and status means.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kaidah, readCsv, scratchCopyOfExamples } from './support/run-cli.js';

async function sheets(file: string): Promise<Map<string, string[][]>> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    return new Map(book.worksheets.map((sheet) => {
        const rows: string[][] = [];
        sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
        return [sheet.name, rows];
    }));
}

describe('decisions written for an officer who reads Bahasa Indonesia', () => {
    it('keep the columns and statuses, explain in Indonesian, and a workbook carries the legend after the decisions', async () => {
        const dir = scratchCopyOfExamples();
        const run = (lang: 'en' | 'id', out: string) => kaidah(['--lang', lang, 'run', 'probolinggo.kaidah', '--data', 'data/probolinggo-sample.csv', '--out', out], { cwd: dir });
        expect(run('id', 'keputusan.xlsx').status).toBe(0);
        const id = await sheets(path.join(dir, 'keputusan.xlsx'));
        expect([...id.keys()]).toEqual(['Decisions', 'Keterangan']);
        const decisions = id.get('Decisions')!;
        expect(decisions[0]).toEqual(['id', 'district', 'subdistrict', 'facilitator', 'benefit', 'category', 'category_label', 'status', 'rank', 'candidates', 'explanation']);
        const statuses = new Set(decisions.slice(1).map((row) => row[7]));
        expect([...statuses].sort()).toEqual(['proposed', 'stays']);
        const proposed = decisions.find((row) => row[7] === 'proposed')!;
        expect(proposed[10]).toMatch(/: diusulkan\.$/);
        expect(id.get('Keterangan')).toEqual([
            ['kolom', 'artinya'],
            ['id', 'nomor peserta KPM (kolom kunci aturan)'],
            ['district', 'kabupaten/kota'],
            ['subdistrict', 'kecamatan'],
            ['facilitator', 'pendamping'],
            ['benefit', 'bantuan per tahun, dalam rupiah'],
            ['category', 'kategori graduasi; kosong bila KPM tidak masuk kategori mana pun'],
            ['category_label', 'label kategori graduasi'],
            ['status', 'lihat di bawah'],
            ['rank', 'peringkat KPM di antara kandidat kategorinya'],
            ['candidates', 'jumlah kandidat kategori itu'],
            ['explanation', 'penjelasan keputusan'],
            ['status proposed', 'diusulkan: graduasi (keluar dari program), di dalam target'],
            ['status reserve', 'cadangan: memenuhi syarat kategori, tetapi target sudah penuh'],
            ['status stays', 'tetap KPM: tidak masuk kategori graduasi mana pun'],
            ['status no-district', 'kabupaten/kota tidak ada dalam aturan: tidak diperingkat'],
        ]);
        // an earlier workbook with its legend is recognised as an earlier output and replaced
        expect(run('id', 'keputusan.xlsx').status).toBe(0);

        // in English, the same decisions and no legend
        expect(run('en', 'decisions.xlsx').status).toBe(0);
        const en = await sheets(path.join(dir, 'decisions.xlsx'));
        expect([...en.keys()]).toEqual(['Decisions']);
        expect(en.get('Decisions')!.map((row) => row.slice(0, 10))).toEqual(decisions.map((row) => row.slice(0, 10)));

        // a CSV file keeps the same columns and statuses under --lang id
        expect(run('id', 'keputusan.csv').status).toBe(0);
        const csv = readCsv(path.join(dir, 'keputusan.csv'));
        expect(Object.keys(csv[0]!)).toEqual(decisions[0]);
        expect(new Set(csv.map((row) => row.status))).toEqual(statuses);
    }, 120_000);
});
