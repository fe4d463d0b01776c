import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kaidah, scratchCopyOfExamples } from './support/run-cli.js';

describe('kaidah check', () => {
    it('finds no problems in any example', () => {
        const files = ['pkh-2024', 'probolinggo', 'pamekasan', 'pasuruan', 'mojokerto', 'pringsewu', 'pandeglang', 'field-reports']
            .map((name) => `examples/pkh/${name}.kaidah`);
        const result = kaidah(['check', ...files]);
        expect(result.stdout).toContain('8 rule files checked: no problems.');
        expect(result.status).toBe(0);
    });

    it('prints located diagnostics like a compiler and exits 1 on errors', () => {
        const dir = scratchCopyOfExamples();
        writeFileSync(path.join(dir, 'broken.kaidah'), 'use "pkh-2024.kaidah"\n\ngraduation odd "Aneh"\n  when district > 4 and eligible_member = 0\n');
        const result = kaidah(['check', 'broken.kaidah'], { cwd: dir });
        expect(result.status).toBe(1);
        expect(result.stdout.split('\n').filter(Boolean)).toEqual([
            'broken.kaidah:4:8: error KDH006: Cannot compare text with a number using `>` in `district > 4`.',
            'broken.kaidah:4:25: error KDH003: Unknown name `eligible_member`. Did you mean `eligible_members`?',
            '2 errors, 0 warnings.',
        ]);
    });

    it('speaks Indonesian with --lang id', () => {
        const dir = scratchCopyOfExamples();
        writeFileSync(path.join(dir, 'broken.kaidah'), 'use "pkh-2024.kaidah"\nvalue x = eldery\n');
        const result = kaidah(['--lang', 'id', 'check', 'broken.kaidah'], { cwd: dir });
        expect(result.stdout).toContain('broken.kaidah:2:11: kesalahan KDH003: Nama `eldery` tidak dikenal. Mungkin maksud Anda `elderly`?');
        expect(result.status).toBe(1);
    });

    it('takes the language from LANG when --lang is not given', () => {
        const dir = scratchCopyOfExamples();
        writeFileSync(path.join(dir, 'broken.kaidah'), 'use "pkh-2024.kaidah"\nvalue x = eldery\n');
        const result = kaidah(['check', 'broken.kaidah'], { cwd: dir, env: { LANG: 'id_ID.UTF-8' } });
        expect(result.stdout).toContain('kesalahan KDH003');
    });

    it('refuses a `use` that leaves the folder of the named file', () => {
        const dir = scratchCopyOfExamples();
        writeFileSync(path.join(dir, 'sneaky.kaidah'), 'use "../../etc/passwd.kaidah"\n');
        const result = kaidah(['check', 'sneaky.kaidah'], { cwd: dir });
        expect(result.status).toBe(1);
        expect(result.stdout).toContain(`sneaky.kaidah:1:5: error KDH010: \`../../etc/passwd.kaidah\` lies outside \`${dir}/\`, the folder of the rules`);
    });

    it('exits 2 on usage errors: a missing file, a file that is not a rule file', () => {
        const missing = kaidah(['check', 'nowhere.kaidah']);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('Cannot find the file `nowhere.kaidah`');
        expect(kaidah(['check', 'README.md']).status).toBe(2);
        expect(kaidah(['frobnicate']).status).toBe(2);
    });
});
