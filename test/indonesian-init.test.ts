/**
 * `kaidah init` for an officer who reads Bahasa Indonesia: the new district file is written with the
 * Indonesian keywords when the messages are Indonesian (`--lang id`, or LANG=id_*), or when asked
 * (`--keywords id`); `--keywords en` keeps English keywords. The comments follow the messages. The
 * file checks clean, is formatted and its test passes.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, kaidah, repoRoot } from './support/run-cli.js';

const examplesId = path.join(repoRoot, 'examples/pkh-id');

/** A project holding one national file (`pkh-2024.kaidah`) from `from`. */
function project(from: string): string {
    const root = mkdtempSync(path.join(tmpdir(), 'kaidah-init-id-'));
    copyFileSync(path.join(from, 'pkh-2024.kaidah'), path.join(root, 'pkh-2024.kaidah'));
    writeFileSync(path.join(root, 'kaidah.json'), '{}\n');
    return root;
}

const jemberIndonesian = `// Kabupaten Jember: angka kabupaten/kota untuk aturan nasional (pkh-2024.kaidah).
// Ganti setiap 0 di bawah dengan angka dari laporan kabupaten/kota,
// dan 0 dalam tes dengan target yang dihasilkan angka itu.
// Tambahkan kode wilayah (BPS/Kemendagri) setelah nama, seperti \`kabupaten "Kabupaten Jember" kode 35.09\`,
// agar data yang menulis nama secara lain tetap cocok.
pakai "../pkh-2024.kaidah"

kabupaten "Kabupaten Jember" {
  facilitators         0 // Jumlah pendamping PKH
  reported_households  0 // Jumlah KPM menurut laporan
}

uji "Kabupaten Jember: target dari angka kabupaten/kota" {
  // self_reliant = facilitators × 10
  harapkan target self_reliant untuk "Kabupaten Jember" = 0
}
`;

function expectClean(root: string, file: string, env: Record<string, string> = {}): void {
    const check = kaidah(['check'], { cwd: root, env });
    expect(check.stdout + check.stderr).toMatch(/2 (rule files checked: no problems|file aturan diperiksa: tidak ada masalah)\./);
    expect(check.status).toBe(0);
    expect(kaidah(['fmt', '--check', file], { cwd: root }).status).toBe(0);
    const test = kaidah(['test', file], { cwd: root, env });
    expect(test.status).toBe(0);
}

describe('kaidah init in Bahasa Indonesia', () => {
    it('writes the district file with Indonesian keywords under --lang id; it checks clean, is formatted and its test passes, then pins the filled-in figure', () => {
        const root = project(examplesId);
        const result = kaidah(['--lang', 'id', 'init', 'Kabupaten Jember'], { cwd: root });
        expect(result.stdout).toBe([
            'districts/jember.kaidah ditulis.',
            'Isi dari laporan kabupaten/kota: facilitators (Jumlah pendamping PKH), reported_households (Jumlah KPM menurut laporan); lalu target yang diharapkan dalam tesnya.',
            'Lalu: kaidah check districts/jember.kaidah && kaidah test districts/jember.kaidah',
            '',
        ].join('\n'));
        expect(result.status).toBe(0);
        const file = path.join(root, 'districts/jember.kaidah');
        expect(readFileSync(file, 'utf8')).toBe(jemberIndonesian);
        expectClean(root, 'districts/jember.kaidah');
        expect(kaidah(['--lang', 'id', 'test', 'districts/jember.kaidah'], { cwd: root }).stdout).toContain('✓ Kabupaten Jember: target dari angka kabupaten/kota');

        // filled in from the district's report: 150 facilitators × 10 = 1.500
        writeFileSync(file, jemberIndonesian.replace('facilitators         0', 'facilitators         150').replace('"Kabupaten Jember" = 0', '"Kabupaten Jember" = 1.500'));
        expect(kaidah(['test', 'districts/jember.kaidah'], { cwd: root }).status).toBe(0);
    });

    it('takes the language from LANG=id_ID as from --lang id', () => {
        const root = project(examplesId);
        const env = { LANG: 'id_ID.UTF-8' };
        expect(kaidah(['init', 'Kabupaten Jember'], { cwd: root, env }).status).toBe(0);
        expect(readFileSync(path.join(root, 'districts/jember.kaidah'), 'utf8')).toBe(jemberIndonesian);
        expectClean(root, 'districts/jember.kaidah', env);
    });

    it('--keywords id writes Indonesian keywords with English comments, using an English national file', () => {
        const root = project(examplesDir);
        expect(kaidah(['init', 'Kota Batu', '--keywords', 'id'], { cwd: root }).status).toBe(0);
        const text = readFileSync(path.join(root, 'districts/kota-batu.kaidah'), 'utf8');
        expect(text).toContain('// Add the region code (BPS/Kemendagri) after the name, as in `kabupaten "Kabupaten Jember" kode 35.09`,\n');
        expect(text).toContain('\npakai "../pkh-2024.kaidah"\n\nkabupaten "Kota Batu" {\n');
        expect(text).toContain('\nuji "Kota Batu: the targets of the district\'s figures" {\n  // self_reliant = facilitators × 10\n  harapkan target self_reliant untuk "Kota Batu" = 0\n}\n');
        expectClean(root, 'districts/kota-batu.kaidah');
    });

    it('--keywords en keeps English keywords for an officer who reads Bahasa Indonesia', () => {
        const root = project(examplesId);
        expect(kaidah(['--lang', 'id', 'init', 'Kota Batu', '--keywords', 'en'], { cwd: root }).status).toBe(0);
        const text = readFileSync(path.join(root, 'districts/kota-batu.kaidah'), 'utf8');
        expect(text).toContain('// Tambahkan kode wilayah (BPS/Kemendagri) setelah nama, seperti `district "Kabupaten Jember" code 35.09`,\n');
        expect(text).toContain('\nuse "../pkh-2024.kaidah"\n\ndistrict "Kota Batu" {\n');
        expect(text).toContain('  expect target self_reliant of "Kota Batu" = 0\n');
        expectClean(root, 'districts/kota-batu.kaidah');
    });

    it('refuses any other --keywords (exit 2) and writes nothing', () => {
        const root = project(examplesId);
        const result = kaidah(['--lang', 'id', 'init', 'Kota Batu', '--keywords', 'jawa'], { cwd: root });
        expect(result.stderr.trim()).toBe('--keywords jawa: tulis --keywords id (bahasa Indonesia) atau --keywords en (bahasa Inggris).');
        expect(result.status).toBe(2);
        expect(kaidah(['check'], { cwd: root }).stdout).toBe('1 rule file checked: no problems.\n');
    });

    it('keeps English keywords, and says why, when a name of the national file is an Indonesian keyword', () => {
        const root = mkdtempSync(path.join(tmpdir(), 'kaidah-init-id-'));
        writeFileSync(path.join(root, 'kaidah.json'), '{}\n');
        writeFileSync(path.join(root, 'national.kaidah'), [
            'household {', '  id        text  key', '  district  text', '  children  count', '}', '',
            'graduation natural "Alamiah" when children = 0', '',
            'every district {', '  quantity nilai count', '  target natural = nilai × 2', '}', '',
        ].join('\n'));
        const result = kaidah(['--lang', 'id', 'init', 'Kota Batu'], { cwd: root });
        expect(result.status).toBe(0);
        expect(result.stdout.split('\n')[1]).toBe('Ditulis dengan kata kunci bahasa Inggris: `nilai`, sebuah nama di file nasional, adalah kata kunci dalam bahasa Indonesia.');
        const text = readFileSync(path.join(root, 'districts/kota-batu.kaidah'), 'utf8');
        expect(text).toContain('\ndistrict "Kota Batu" {\n  nilai  0\n}\n');
        expect(kaidah(['check'], { cwd: root }).status).toBe(0);
        expect(kaidah(['test', 'districts/kota-batu.kaidah'], { cwd: root }).status).toBe(0);
    });
});
