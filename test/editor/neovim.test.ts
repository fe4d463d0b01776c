// Neovim (Debian's, 0.7 API `vim.lsp.start_client`) as a second real LSP client: headless, it starts the
// bundled server over stdio, opens a rule file with a seeded error and Probolinggo, and a Lua script
// writes the diagnostics, a hover and the formatted buffer to a JSON file that this test reads.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from './support/bundle.js';
import { bundledServer, examplesDir, firstExisting, missingTool, repoRoot } from './support/paths.js';

const nvim = firstExisting(process.env.KAIDAH_NVIM, '/usr/bin/nvim', '/usr/local/bin/nvim');
const reason = missingTool('neovim', nvim, 'apt-get install neovim');
const nvimTimeout = 60_000;

interface NvimResult {
    diagnostics: Record<string, Array<{ code?: string; message: string; severity?: number; range: { start: { line: number; character: number } } }>>;
    capabilities?: Record<string, unknown>;
    hover?: { contents: { kind?: string; value: string } | string } | null;
    formatted?: string;
    error?: string;
    log: string[];
}

function runNeovim(folder: string, locale: string): NvimResult {
    const out = path.join(folder, `nvim-result-${locale}.json`);
    const home = path.join(folder, `home-${locale}`);
    mkdirSync(home, { recursive: true });
    const run = spawnSync(nvim!, ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${path.join(repoRoot, 'test/editor/neovim/kaidah-client.lua')}`], {
        timeout: nvimTimeout - 5_000,
        encoding: 'utf8',
        env: {
            ...process.env,
            HOME: home,
            XDG_CONFIG_HOME: path.join(home, 'config'),
            XDG_DATA_HOME: path.join(home, 'data'),
            XDG_STATE_HOME: path.join(home, 'state'),
            XDG_CACHE_HOME: path.join(home, 'cache'),
            KAIDAH_NODE: process.execPath,
            KAIDAH_SERVER: bundledServer,
            KAIDAH_ROOT: folder,
            KAIDAH_SEEDED: path.join(folder, 'seeded-error.kaidah'),
            KAIDAH_PROBOLINGGO: path.join(folder, 'probolinggo.kaidah'),
            KAIDAH_NVIM_OUT: out,
            KAIDAH_LOCALE: locale,
        },
    });
    let text: string;
    try {
        text = readFileSync(out, 'utf8');
    } catch {
        throw new Error(`neovim wrote no result (status ${run.status}, signal ${run.signal}): ${run.stderr}${run.stdout}`);
    }
    const result = JSON.parse(text) as NvimResult;
    if (result.error) throw new Error(`the Lua client failed: ${result.error}; ${result.log.join('; ')}`);
    return result;
}

describe.skipIf(reason !== undefined)(`Neovim as an LSP client${reason ? ` (skipped: ${reason})` : ''}`, () => {
    let folder: string;

    beforeAll(async () => {
        await ensureBundle();
        folder = mkdtempSync(path.join(tmpdir(), 'kaidah-nvim-'));
        cpSync(examplesDir, folder, { recursive: true, filter: (source) => !source.includes(`${path.sep}data`) });
        writeFileSync(path.join(folder, 'seeded-error.kaidah'),
            'use "pkh-2024.kaidah"\n\ndistrict "Kabupaten Contoh" {\n  facilitators 12\n  target self_reliant = facilitatorz × 10\n}\n');
        console.log(`[neovim] ${execFileSync(nvim!, ['--version'], { encoding: 'utf8' }).split('\n')[0]}`);
    }, 120_000);

    afterAll(() => {
        if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('receives KDH003 for the seeded error, in English', () => {
        const result = runNeovim(folder, 'en');
        const uri = Object.keys(result.diagnostics).find((u) => u.endsWith('/seeded-error.kaidah'));
        expect(uri, JSON.stringify(result)).toBeDefined();
        const kdh003 = result.diagnostics[uri!].find((d) => d.code === 'KDH003');
        expect(kdh003, JSON.stringify(result.diagnostics[uri!])).toBeDefined();
        expect(kdh003!.message).toMatch(/Unknown name `facilitatorz`/);
        expect(kdh003!.range.start).toEqual({ line: 4, character: 24 });
        const probolinggo = Object.entries(result.diagnostics).find(([u]) => u.endsWith('/probolinggo.kaidah'));
        expect(probolinggo?.[1].filter((d) => d.severity === 1)).toEqual([]);
    }, nvimTimeout);

    it('receives the Indonesian message, a hover with the figure, and formats the buffer (locale id)', () => {
        const result = runNeovim(folder, 'id');
        const uri = Object.keys(result.diagnostics).find((u) => u.endsWith('/seeded-error.kaidah'))!;
        expect(result.diagnostics[uri].find((d) => d.code === 'KDH003')?.message).toMatch(/Nama `facilitatorz` tidak dikenal/);
        if (result.capabilities?.hoverProvider) {
            const contents = result.hover?.contents;
            const text = typeof contents === 'string' ? contents : contents?.value ?? '';
            expect(text).toMatch(/2\.580/);
        } else {
            console.warn('[neovim] hover not checked: the server does not advertise hoverProvider yet');
        }
        if (result.capabilities?.documentFormattingProvider) {
            expect(result.formatted).toMatch(/district "Kabupaten Probolinggo" \{\n {2}facilitators +258\n\}/);
        } else {
            console.warn('[neovim] formatting not checked: the server does not advertise documentFormattingProvider yet');
        }
    }, nvimTimeout);
});
