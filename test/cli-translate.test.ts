import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, kaidah } from './support/run-cli.js';

const indonesianDir = path.join(examplesDir, '..', 'pkh-id');
/** The files examples/pkh and examples/pkh-id both hold: each is the other's translation. */
const twins = ['mojokerto', 'pamekasan', 'pasuruan', 'pkh-2024', 'pringsewu', 'probolinggo'];

/** Probolinggo's district file in Bahasa Indonesia, written out by hand from the English one. */
const probolinggoId = `// Kabupaten Probolinggo, 2024: 258 facilitators × 10 = 2.580 families to graduate; more than 50.000 KPM.
pakai "pkh-2024.kaidah"

kabupaten "Kabupaten Probolinggo" {
  facilitators  258
}

uji "Probolinggo 2024: 258 facilitators × 10 = 2.580 families" {
  harapkan target self_reliant untuk "Kabupaten Probolinggo" = 2.580
}
`;

/** An English file whose column `nilai` is the Indonesian keyword for `value`. */
const columnNilai = `program "Uji" year 2024

household {
  id     text    key
  nilai  number
}

graduation high "High" when nilai > 5
`;

/** A scratch folder with copies of examples/pkh (as en/) and examples/pkh-id (as id/). */
function scratch(): { en: string; id: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-translate-'));
    cpSync(examplesDir, path.join(dir, 'en'), { recursive: true });
    cpSync(indonesianDir, path.join(dir, 'id'), { recursive: true });
    return { en: path.join(dir, 'en'), id: path.join(dir, 'id') };
}

const read = (file: string) => readFileSync(file, 'utf8');

describe('kaidah translate', () => {
    it('prints a district file in Bahasa Indonesia: the hand-written text, byte for byte examples/pkh-id', () => {
        const result = kaidah(['translate', 'probolinggo.kaidah', '--to', 'id'], { cwd: examplesDir });
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(probolinggoId);
        expect(result.stdout).toBe(read(path.join(indonesianDir, 'probolinggo.kaidah')));
        expect(result.stderr).toBe(''); // one file printed: no summary
    });

    it('translates every example both ways to its twin, byte for byte', () => {
        const files = twins.map((name) => `${name}.kaidah`);
        const twinsIn = (dir: string) => twins.map((name) => `// ${name}.kaidah\n` + read(path.join(dir, `${name}.kaidah`))).join('');
        const toId = kaidah(['translate', ...files, '--to', 'id'], { cwd: examplesDir });
        expect(toId.status).toBe(0);
        expect(toId.stdout).toBe(twinsIn(indonesianDir));
        expect(toId.stderr).toBe('6 of 6 rule files translated.\n');
        const toEn = kaidah(['translate', ...files, '--to', 'en'], { cwd: indonesianDir });
        expect(toEn.status).toBe(0);
        expect(toEn.stdout).toBe(twinsIn(examplesDir));
    });

    it('translating a file to its own language gives it back unchanged', () => {
        const result = kaidah(['translate', 'probolinggo.kaidah', '--to', 'id'], { cwd: indonesianDir });
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(probolinggoId);
    });

    it('prints several files each under its name, in name order, and counts them on stderr', () => {
        const result = kaidah(['translate', 'probolinggo.kaidah', 'pamekasan.kaidah', '--to', 'en'], { cwd: indonesianDir });
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(
            '// pamekasan.kaidah\n' + read(path.join(examplesDir, 'pamekasan.kaidah')) +
            '// probolinggo.kaidah\n' + read(path.join(examplesDir, 'probolinggo.kaidah')),
        );
        expect(result.stderr).toBe('2 of 2 rule files translated.\n');
    });

    it('--write replaces the file whole (renamed into place, no temporary left), and a second run changes nothing', () => {
        const { en } = scratch();
        const file = path.join(en, 'probolinggo.kaidah');
        const before = readdirSync(en).sort();
        const inodeBefore = statSync(file).ino;
        const first = kaidah(['translate', 'probolinggo.kaidah', '--to', 'id', '--write'], { cwd: en });
        expect(first.status).toBe(0);
        expect(first.stdout).toBe('probolinggo.kaidah: translated to Bahasa Indonesia\n');
        expect(first.stderr).toBe('1 of 1 rule file translated.\n');
        expect(read(file)).toBe(probolinggoId);
        expect(statSync(file).ino).not.toBe(inodeBefore); // a new file renamed over the old, not the old one rewritten
        expect(readdirSync(en).sort()).toEqual(before); // no .probolinggo.kaidah.PID.tmp beside it
        // Already in Bahasa Indonesia: the second run writes the same bytes.
        const second = kaidah(['translate', 'probolinggo.kaidah', '--to', 'id', '--write'], { cwd: en });
        expect(second.status).toBe(0);
        expect(read(file)).toBe(probolinggoId);
        // And it still checks, with its test passing, from the English national file it uses.
        expect(kaidah(['check', 'probolinggo.kaidah'], { cwd: en }).status).toBe(0);
        const test = kaidah(['test', 'probolinggo.kaidah'], { cwd: en });
        expect(test.status).toBe(0);
        expect(test.stdout).toContain('probolinggo.kaidah\n  ✓ Probolinggo 2024: 258 facilitators × 10 = 2.580 families\n');
        expect(test.stdout).toContain('4 passed, 0 failed'); // with the three tests of the national file it uses
    });

    it('--write on a folder turns examples/pkh-id into examples/pkh, file for file', () => {
        const { id } = scratch();
        const result = kaidah(['translate', '.', '--to', 'en', '--write'], { cwd: id });
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(twins.map((name) => `${name}.kaidah: translated to English\n`).join(''));
        expect(result.stderr).toBe('6 of 6 rule files translated.\n');
        for (const name of twins) expect(read(path.join(id, `${name}.kaidah`)), name).toBe(read(path.join(examplesDir, `${name}.kaidah`)));
    });

    it('refuses a name that is a keyword in the target language, by name, and exits 1 leaving the file as it was', () => {
        const { en } = scratch();
        writeFileSync(path.join(en, 'nilai.kaidah'), columnNilai);
        expect(kaidah(['check', 'nilai.kaidah'], { cwd: en }).status).toBe(0); // a plain name in English
        const printed = kaidah(['translate', 'nilai.kaidah', '--to', 'id'], { cwd: en });
        expect(printed.status).toBe(1);
        expect(printed.stdout).toBe('');
        expect(printed.stderr).toBe(
            "nilai.kaidah: `nilai` is a keyword in Bahasa Indonesia and cannot be a name there; rename it first (the editor's Rename changes every use).\n",
        );
        // With --write beside a file that translates: that one is written, this one left alone.
        const written = kaidah(['translate', 'nilai.kaidah', 'probolinggo.kaidah', '--to', 'id', '--write'], { cwd: en });
        expect(written.status).toBe(1);
        expect(written.stdout).toBe('probolinggo.kaidah: translated to Bahasa Indonesia\n');
        expect(written.stderr).toBe(
            "nilai.kaidah: `nilai` is a keyword in Bahasa Indonesia and cannot be a name there; rename it first (the editor's Rename changes every use).\n" +
            '1 of 2 rule files translated.\n',
        );
        expect(read(path.join(en, 'nilai.kaidah'))).toBe(columnNilai);
        expect(read(path.join(en, 'probolinggo.kaidah'))).toBe(probolinggoId);
    });

    it('leaves a file with syntax errors untouched and exits 1', () => {
        const { id } = scratch();
        const broken = 'pakai "pkh-2024.kaidah"\nkonstanta   = Rp 1\n';
        writeFileSync(path.join(id, 'rusak.kaidah'), broken);
        const result = kaidah(['translate', 'rusak.kaidah', '--to', 'en', '--write'], { cwd: id });
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('rusak.kaidah: has syntax errors; not translated (run `kaidah check`)\n0 of 1 rule file translated.\n');
        expect(read(path.join(id, 'rusak.kaidah'))).toBe(broken);
    });

    it('exits 2 on wrong use: no --to, an unknown language, a missing file', () => {
        const noTo = kaidah(['translate', 'probolinggo.kaidah'], { cwd: examplesDir });
        expect(noTo.status).toBe(2);
        expect(noTo.stdout).toBe('');
        expect(noTo.stderr).toContain("error: required option '--to <lang>' not specified");
        const french = kaidah(['translate', 'probolinggo.kaidah', '--to', 'fr'], { cwd: examplesDir });
        expect(french.status).toBe(2);
        expect(french.stdout).toBe('');
        expect(french.stderr).toBe('--to must be id (Bahasa Indonesia) or en (English), not "fr".\n');
        const missing = kaidah(['translate', 'nowhere.kaidah', '--to', 'id'], { cwd: examplesDir });
        expect(missing.status).toBe(2);
        expect(missing.stdout).toBe('');
        expect(missing.stderr).toBe('Cannot find the file `nowhere.kaidah`.\n');
    });

    it('speaks Bahasa Indonesia with --lang id', () => {
        const { en } = scratch();
        writeFileSync(path.join(en, 'nilai.kaidah'), columnNilai);
        const clash = kaidah(['--lang', 'id', 'translate', 'nilai.kaidah', '--to', 'id'], { cwd: en });
        expect(clash.status).toBe(1);
        expect(clash.stderr).toBe(
            'nilai.kaidah: `nilai` adalah kata kunci dalam Bahasa Indonesia dan tidak dapat menjadi nama di sana; ganti namanya dulu (Rename di editor mengubah setiap pemakaiannya).\n',
        );
        const written = kaidah(['--lang', 'id', 'translate', 'probolinggo.kaidah', '--to', 'id', '--write'], { cwd: en });
        expect(written.status).toBe(0);
        expect(written.stdout).toBe('probolinggo.kaidah: diterjemahkan ke Bahasa Indonesia\n');
        expect(written.stderr).toBe('1 dari 1 file aturan diterjemahkan.\n');
        const back = kaidah(['--lang', 'id', 'translate', 'probolinggo.kaidah', '--to', 'en', '--write'], { cwd: en });
        expect(back.stdout).toBe('probolinggo.kaidah: diterjemahkan ke bahasa Inggris\n');
        expect(read(path.join(en, 'probolinggo.kaidah'))).toBe(read(path.join(examplesDir, 'probolinggo.kaidah')));
        const french = kaidah(['--lang', 'id', 'translate', 'probolinggo.kaidah', '--to', 'fr'], { cwd: en });
        expect(french.status).toBe(2);
        expect(french.stderr).toBe('--to harus id (Bahasa Indonesia) atau en (bahasa Inggris), bukan "fr".\n');
        const missing = kaidah(['--lang', 'id', 'translate', 'nowhere.kaidah', '--to', 'id'], { cwd: en });
        expect(missing.status).toBe(2);
        expect(missing.stderr).toBe('File `nowhere.kaidah` tidak ditemukan.\n');
    });
});
