/**
 * `kaidah init "Kabupaten Jember"`: a district file in the project's `districts/`, using the national
 * file found there, with the figures of `every district` to fill in and a test of its target; in
 * canonical layout, checking clean, never over an existing file.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nationalRepository } from './support/national-repository.js';
import { examplesDir, kaidah } from './support/run-cli.js';

const jember = `// Kabupaten Jember: the district's figures for the national rules (pkh-2024.kaidah).
// Replace every 0 below with the figure from the district's report,
// and the 0 in the test with the target those figures give.
// Add the region code (BPS/Kemendagri) after the name, as in \`district "Kabupaten Jember" code 35.09\`,
// so that data spelling the name differently still matches.
use "../pkh-2024.kaidah"

district "Kabupaten Jember" {
  facilitators         0 // Jumlah pendamping PKH
  reported_households  0 // Jumlah KPM menurut laporan
}

test "Kabupaten Jember: the targets of the district's figures" {
  // self_reliant = facilitators × 10
  expect target self_reliant of "Kabupaten Jember" = 0
}
`;

describe('kaidah init', () => {
    it('writes districts/jember.kaidah with the figures to fill in; it checks clean, is formatted and its test passes', () => {
        const root = nationalRepository();
        const result = kaidah(['init', 'Kab. JEMBER'], { cwd: path.join(root, 'districts') });
        expect(result.stdout).toBe([
            'Wrote jember.kaidah.',
            'Fill in from the district\'s report: facilitators (Jumlah pendamping PKH), reported_households (Jumlah KPM menurut laporan); then the expected targets in its test.',
            'Then: kaidah check jember.kaidah && kaidah test jember.kaidah',
            '',
        ].join('\n'));
        expect(result.status).toBe(0);
        const file = path.join(root, 'districts/jember.kaidah');
        expect(readFileSync(file, 'utf8')).toBe(jember);
        expect(kaidah(['check'], { cwd: root }).stdout).toBe('4 rule files checked: no problems.\n');
        expect(kaidah(['fmt', '--check', 'districts/jember.kaidah'], { cwd: root }).status).toBe(0);
        const test = kaidah(['test', 'districts/jember.kaidah'], { cwd: root });
        expect(test.stdout).toContain('✓ Kabupaten Jember: the targets of the district\'s figures');
        expect(test.status).toBe(0);

        // filled in as the district reports: 150 facilitators × 10 = 1.500
        writeFileSync(file, jember.replace('facilitators         0', 'facilitators         150').replace('"Kabupaten Jember" = 0', '"Kabupaten Jember" = 1.500'));
        expect(kaidah(['test', 'districts/jember.kaidah'], { cwd: root }).status).toBe(0);
    });

    it('never overwrites a file, and refuses a bare name or a district already declared', () => {
        const root = nationalRepository();
        writeFileSync(path.join(root, 'districts/jember.kaidah'), '// mine\n');
        const again = kaidah(['init', 'Kabupaten Jember'], { cwd: root });
        expect(again.stderr.trim()).toBe('districts/jember.kaidah already exists; kaidah init never overwrites a file. Name another file: kaidah init "…" districts/other.kaidah.');
        expect(again.status).toBe(2);
        expect(readFileSync(path.join(root, 'districts/jember.kaidah'), 'utf8')).toBe('// mine\n');
        const bare = kaidah(['--lang', 'id', 'init', 'Probolinggo'], { cwd: root });
        expect(bare.stderr.trim()).toBe('"Probolinggo": tulis nama lengkap kabupaten/kota, "Kabupaten Probolinggo" atau "Kota Probolinggo"; beberapa nama adalah kabupaten sekaligus kota.');
        expect(bare.status).toBe(2);
        const twice = kaidah(['init', 'KABUPATEN PROBOLINGGO', 'districts/probolinggo-2.kaidah'], { cwd: root });
        expect(twice.stderr.trim()).toBe('Kabupaten Probolinggo is already declared at districts/probolinggo.kaidah:3.');
        expect(existsSync(path.join(root, 'districts/probolinggo-2.kaidah'))).toBe(false);
    });

    it('outside any project, marks the current folder with kaidah.json so that the district may use the national file', () => {
        const root = mkdtempSync(path.join(tmpdir(), 'kaidah-init-'));
        writeFileSync(path.join(root, 'pkh-2024.kaidah'), readFileSync(path.join(examplesDir, 'pkh-2024.kaidah')));
        mkdirSync(path.join(root, 'drafts'));
        const result = kaidah(['init', 'Kota Probolinggo'], { cwd: root });
        expect(result.stdout.split('\n').slice(0, 2)).toEqual([
            'Wrote kaidah.json: this folder is now the project, so the district file may use the national file.',
            'Wrote districts/kota-probolinggo.kaidah.',
        ]);
        expect(readFileSync(path.join(root, 'kaidah.json'), 'utf8')).toBe('{}\n');
        expect(kaidah(['check', 'districts/kota-probolinggo.kaidah'], { cwd: root }).status).toBe(0);
    });
});
