import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kaidah, scratchCopyOfExamples } from './support/run-cli.js';

const messy = `use "pkh-2024.kaidah"
district "Kabupaten Sidoarjo" {
facilitators   150
    reported_households 80.000
}
`;
const tidy = `use "pkh-2024.kaidah"

district "Kabupaten Sidoarjo" {
  facilitators         150
  reported_households  80.000
}
`;

describe('kaidah fmt', () => {
    it('rewrites files in the canonical layout, and a second run changes nothing', () => {
        const dir = scratchCopyOfExamples();
        writeFileSync(path.join(dir, 'sidoarjo.kaidah'), messy);
        const first = kaidah(['fmt', 'sidoarjo.kaidah'], { cwd: dir });
        expect(first.status).toBe(0);
        expect(first.stdout).toBe('sidoarjo.kaidah: formatted\n1 of 1 rule file reformatted.\n');
        expect(readFileSync(path.join(dir, 'sidoarjo.kaidah'), 'utf8')).toBe(tidy);
        const second = kaidah(['fmt', 'sidoarjo.kaidah'], { cwd: dir });
        expect(second.stdout).toBe('0 of 1 rule file reformatted.\n');
    });

    it('formats every rule file in a folder, after which --check finds nothing to do', () => {
        const dir = scratchCopyOfExamples();
        writeFileSync(path.join(dir, 'sidoarjo.kaidah'), messy);
        expect(kaidah(['fmt', '.'], { cwd: dir }).status).toBe(0);
        const check = kaidah(['fmt', '--check', '.'], { cwd: dir });
        expect(check.status).toBe(0);
        expect(check.stdout).toBe('10 rule files are formatted.\n'); // the examples (Jember's too) and sidoarjo.kaidah
        // The formatted rules still check clean and give the same figures.
        expect(kaidah(['check', 'field-reports.kaidah'], { cwd: dir }).status).toBe(0);
    });

    it('with --check, lists the files that are not formatted, writes nothing and exits 1', () => {
        const dir = scratchCopyOfExamples();
        writeFileSync(path.join(dir, 'sidoarjo.kaidah'), messy);
        const result = kaidah(['fmt', '--check', 'sidoarjo.kaidah', 'pringsewu.kaidah'], { cwd: dir });
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('sidoarjo.kaidah: not formatted\n1 rule file is not formatted; run `kaidah fmt` on it.\n');
        expect(readFileSync(path.join(dir, 'sidoarjo.kaidah'), 'utf8')).toBe(messy);
    });

    it('never touches a file with syntax errors: it reports them and exits 1', () => {
        const dir = scratchCopyOfExamples();
        const broken = 'use "pkh-2024.kaidah"\nconstant   = Rp 1\n';
        writeFileSync(path.join(dir, 'broken.kaidah'), broken);
        writeFileSync(path.join(dir, 'sidoarjo.kaidah'), messy);
        const result = kaidah(['fmt', 'broken.kaidah', 'sidoarjo.kaidah'], { cwd: dir });
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('broken.kaidah:2:12: error KDH001: Cannot read this part of the rules');
        expect(result.stderr).toContain('broken.kaidah: has syntax errors; left as it is');
        expect(readFileSync(path.join(dir, 'broken.kaidah'), 'utf8')).toBe(broken);
        // The other file is still formatted.
        expect(readFileSync(path.join(dir, 'sidoarjo.kaidah'), 'utf8')).toBe(tidy);
    });

    it('speaks Indonesian with --lang id', () => {
        const dir = scratchCopyOfExamples();
        writeFileSync(path.join(dir, 'sidoarjo.kaidah'), messy);
        const result = kaidah(['--lang', 'id', 'fmt', '--check', 'sidoarjo.kaidah'], { cwd: dir });
        expect(result.stdout).toBe('sidoarjo.kaidah: belum diformat\n1 file aturan belum diformat; jalankan `kaidah fmt` padanya.\n');
    });

    it('exits 2 on usage errors: a missing path, a file that is not a rule file', () => {
        const missing = kaidah(['fmt', 'nowhere.kaidah']);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('Cannot find the file `nowhere.kaidah`');
        expect(kaidah(['fmt', 'README.md']).status).toBe(2);
        expect(kaidah(['fmt', '--bogus', 'examples']).status).toBe(2);
    });
});
