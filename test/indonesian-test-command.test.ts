/**
 * `kaidah test` on rule files written in Bahasa Indonesia: what failed is quoted as the file writes
 * it (`kategori = ...`, `bantuan = ...`, `target ... untuk "..."`, `jumlah keluarga 1.200`), the
 * sentence around it in the officer's language; an English file's tests keep `category`, `of`.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, kaidah, repoRoot } from './support/run-cli.js';

const examplesId = path.join(repoRoot, 'examples/pkh-id');

/** The national file in Bahasa Indonesia and one district file, `main.kaidah`, in a project. */
function project(district: string, national = path.join(examplesId, 'pkh-2024.kaidah')): string {
    const root = mkdtempSync(path.join(tmpdir(), 'kaidah-test-id-'));
    writeFileSync(path.join(root, 'kaidah.json'), '{}\n');
    copyFileSync(national, path.join(root, 'pkh-2024.kaidah'));
    writeFileSync(path.join(root, 'main.kaidah'), district);
    return root;
}

/** 258 facilitators × 10 = 2.580, expected wrongly as 2.000; a family expected in the wrong category and benefit. */
const wrongExpectations = `pakai "pkh-2024.kaidah"

kabupaten "Kabupaten Probolinggo" {
  facilitators  258
  target natural = bulatkan ke bawah(10% dari jumlah keluarga)
}

uji "target yang salah" {
  harapkan target self_reliant untuk "Kabupaten Probolinggo" = 2.000
}

uji "target dari jumlah KPM" {
  harapkan target natural untuk "Kabupaten Probolinggo" = 5
}

uji "keluarga yang salah" {
  keluarga {
    district        "Kabupaten Probolinggo"
    monthly_income  Rp 400.000
    welfare_decile  2
  }
  harapkan kategori = self_reliant
  harapkan bantuan = Rp 900.000
}
`;

/** The lines of the text report without colours, trimmed. */
function reportLines(output: string): string[] {
    return output.split('\n').map((line) => line.trim()).filter(Boolean);
}

describe('kaidah test in a file written in Bahasa Indonesia', () => {
    it('quotes what failed as the file writes it, in English for an English-speaking officer', () => {
        const root = project(wrongExpectations);
        const result = kaidah(['test', 'main.kaidah'], { cwd: root });
        expect(result.status).toBe(1);
        const lines = reportLines(result.stdout);
        expect(lines).toContain('expected target self_reliant untuk "Kabupaten Probolinggo" = 2.000, got 2.580');
        expect(lines).toContain('expected target natural untuk "Kabupaten Probolinggo" = 5, got the target is worked out from the caseload (bulatkan ke bawah(10% dari jumlah keluarga)): give the test a caseload, e.g. `jumlah keluarga 1.200` on its first line, or run the rules on data');
        expect(lines).toContain('expected kategori = Graduasi Sejahtera Mandiri (self_reliant), got Graduasi Alamiah (natural)');
        expect(lines).toContain('expected bantuan = Rp 900.000, got Rp 0');
        expect(result.stdout).not.toMatch(/\bof "|expected category|expected benefit/);
    });

    it('and in Bahasa Indonesia for an Indonesian-speaking officer, in the text, JSON and JUnit reports', () => {
        const root = project(wrongExpectations);
        const lines = reportLines(kaidah(['--lang', 'id', 'test', 'main.kaidah'], { cwd: root }).stdout);
        expect(lines).toContain('diharapkan target self_reliant untuk "Kabupaten Probolinggo" = 2.000, hasilnya 2.580');
        expect(lines).toContain('diharapkan kategori = Graduasi Sejahtera Mandiri (self_reliant), hasilnya Graduasi Alamiah (natural)');
        expect(lines).toContain('diharapkan target natural untuk "Kabupaten Probolinggo" = 5, hasilnya target dihitung dari jumlah KPM (bulatkan ke bawah(10% dari jumlah keluarga)): beri tes jumlah KPM, mis. `jumlah keluarga 1.200` di baris pertamanya, atau jalankan aturan pada data');

        const json = JSON.parse(kaidah(['--lang', 'id', 'test', 'main.kaidah', '--format', 'json'], { cwd: root }).stdout) as { files: { cases: { name: string; failures: string[] }[] }[] };
        const failures = json.files.flatMap((f) => f.cases).find((c) => c.name === 'keluarga yang salah')!.failures;
        expect(failures).toEqual([
            'diharapkan kategori = Graduasi Sejahtera Mandiri (self_reliant), hasilnya Graduasi Alamiah (natural)',
            'diharapkan bantuan = Rp 900.000, hasilnya Rp 0',
        ]);
        const junit = kaidah(['test', 'main.kaidah', '--reporter', 'junit'], { cwd: root }).stdout;
        expect(junit).toContain('<failure message="expected target self_reliant untuk &quot;Kabupaten Probolinggo&quot; = 2.000, got 2.580" type="expectation">');
    });

    it('keeps an English file\'s words for an Indonesian-speaking officer', () => {
        const root = project(wrongExpectations.replace('pakai "pkh-2024.kaidah"', ''), path.join(examplesDir, 'pkh-2024.kaidah'));
        writeFileSync(path.join(root, 'main.kaidah'), 'use "pkh-2024.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators  258\n}\n\n'
            + 'test "wrong" {\n  expect target self_reliant of "Kabupaten Probolinggo" = 2.000\n}\n');
        expect(reportLines(kaidah(['--lang', 'id', 'test', 'main.kaidah'], { cwd: root }).stdout))
            .toContain('diharapkan target self_reliant of "Kabupaten Probolinggo" = 2.000, hasilnya 2.580');
    });

    it('with no test to run, shows how to write one in the keywords of the officer\'s language', () => {
        const root = project('keluarga {\n  id  teks  kunci\n}\n');
        expect(kaidah(['--lang', 'id', 'test', 'main.kaidah'], { cwd: root }).stdout)
            .toMatch(/^Tidak ada tes dalam 1 file aturan\. Tulis tes dengan `uji "nama" \{ keluarga \{ \.\.\. \} harapkan \.\.\. \}`\.\n/);
        expect(kaidah(['test', 'main.kaidah'], { cwd: root }).stdout)
            .toMatch(/^No tests in 1 rule file\. Write one with `test "name" \{ household \{ \.\.\. \} expect \.\.\. \}`\.\n/);
    });

    it('reads a table of cases with `harapkan ...` columns, and asks for them in the file\'s words when there are none', () => {
        const root = project(`pakai "pkh-2024.kaidah"

uji "kasus" dari "kasus.csv" {
}

uji "tanpa harapan" dari "tanpa.csv" {
}
`);
        writeFileSync(path.join(root, 'kasus.csv'), 'monthly_income,welfare_decile,harapkan kategori,harapkan bantuan\nRp 400.000,2,natural,Rp 0\nRp 400.000,2,self_reliant,Rp 0\n');
        writeFileSync(path.join(root, 'tanpa.csv'), 'monthly_income,welfare_decile\nRp 400.000,2\n');
        const result = kaidah(['test', 'main.kaidah'], { cwd: root });
        const lines = reportLines(result.stdout);
        expect(lines).toContain('expected kategori = Graduasi Sejahtera Mandiri (self_reliant), got Graduasi Alamiah (natural)');
        expect(lines).toContain('✓ kasus (1 other case passed)');
        expect(lines).toContain('cannot read the table of cases tanpa.csv: no column says what to expect, so nothing would be checked: add a column `harapkan kategori`, `harapkan bantuan` or `harapkan <name>`, or a line `harapkan ...` to the test');
    });
});
