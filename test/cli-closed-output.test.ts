/**
 * A reader that stops early (`kaidah translate … | head`) closes the pipe while kaidah still writes:
 * kaidah stops quietly, as command-line tools do, with no Node stack trace.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, repoRoot } from './support/run-cli.js';

const bin = path.join(repoRoot, 'packages/cli/bin/kaidah.js');

describe('output closed by its reader', () => {
    it('stops quietly when the reader takes only the first line', async () => {
        // Eight files translated, printed one after another: far more than one read takes.
        const files = ['pkh-2024', 'field-reports', 'probolinggo', 'pamekasan', 'pasuruan', 'mojokerto', 'pringsewu', 'pandeglang']
            .map((name) => path.join(examplesDir, `${name}.kaidah`));
        const child = spawn(process.execPath, [bin, 'translate', ...files, '--to', 'id'], { env: { ...process.env, LANG: 'C' } });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
        child.stdout.destroy();
        const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
        expect(first).toMatch(/^\/\/ examples\/pkh\/field-reports\.kaidah\n/); // files in name order, each under its name
        expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
        expect(code).toBe(0);
    });
});
