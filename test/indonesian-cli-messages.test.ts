/**
 * A CLI message that tells an officer what to write in a rule file names the Indonesian keyword as
 * well as the English one when it cannot know the file: `kolom "NAMA"` beside `column "NAMA"`.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kaidah, repoRoot } from './support/run-cli.js';

describe('kaidah run on data missing a column of an Indonesian schema', () => {
    it('says to map it with `kolom "NAMA"` (and `column` for an English file), in both languages', () => {
        const root = mkdtempSync(path.join(tmpdir(), 'kaidah-cli-id-'));
        writeFileSync(path.join(root, 'kaidah.json'), '{}\n');
        for (const name of ['pkh-2024.kaidah', 'probolinggo.kaidah']) copyFileSync(path.join(repoRoot, 'examples/pkh-id', name), path.join(root, name));
        writeFileSync(path.join(root, 'short.csv'), 'no_peserta,kabupaten\nA,Kabupaten Probolinggo\n');
        const id = kaidah(['--lang', 'id', 'run', 'probolinggo.kaidah', '--data', 'short.csv'], { cwd: root });
        expect(id.status).toBe(1);
        expect(id.stderr).toContain('Kolom yang ada: no_peserta, kabupaten. Petakan kolom dengan nama lain di skema keluarga memakai `kolom "NAMA"` (`column "NAMA"` dalam file berbahasa Inggris).');
        const en = kaidah(['run', 'probolinggo.kaidah', '--data', 'short.csv'], { cwd: root });
        expect(en.stderr).toContain('Columns found: no_peserta, kabupaten. Map a differently named column in the household schema with `column "NAME"` (`kolom "NAME"` in a file written in Bahasa Indonesia).');
    });
});
