// The extension's manifest, translations and package contents: what VS Code reads before any code
// runs. Fast, and needs no editor.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from './support/bundle.js';
import { extensionDir, repoRoot } from './support/paths.js';

const json = (file: string) => JSON.parse(readFileSync(path.join(extensionDir, file), 'utf8'));
const manifest = json('package.json');
const nlsEn = json('package.nls.json') as Record<string, string>;
const nlsId = json('package.nls.id.json') as Record<string, string>;
const bundleId = json('l10n/bundle.l10n.id.json') as Record<string, string>;

/** Every string the extension's code passes to vscode.l10n.t. */
function l10nStrings(): string[] {
    const strings = new Set<string>();
    const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (entry.name.endsWith('.ts')) {
                for (const match of readFileSync(full, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
                    strings.add(match[1].replace(/\\(.)/g, '$1'));
                }
            }
        }
    };
    walk(path.join(extensionDir, 'src'));
    return [...strings].sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('the VS Code extension manifest', () => {
    it('activates on Kaidah files and starts from the bundled extension', () => {
        expect(manifest.activationEvents).toContain('onLanguage:kaidah');
        expect(manifest.main).toBe('./dist/extension.cjs');
        expect(manifest.contributes.languages[0]).toMatchObject({ id: 'kaidah', extensions: ['.kaidah'] });
        expect(manifest.l10n).toBe('./l10n');
    });

    it('keeps @types/vscode no newer than the VS Code it declares', () => {
        const engine = /^\^(\d+)\.(\d+)/.exec(manifest.engines.vscode)!;
        const types = manifest.devDependencies['@types/vscode'].split('.').map(Number);
        const installed = JSON.parse(readFileSync(createRequire(path.join(repoRoot, 'package.json')).resolve('@types/vscode/package.json'), 'utf8')).version.split('.').map(Number);
        for (const version of [types, installed]) {
            expect(version[0] * 1000 + version[1], version.join('.')).toBeLessThanOrEqual(Number(engine[1]) * 1000 + Number(engine[2]));
        }
    });

    it('names every command in English and Indonesian', () => {
        for (const command of manifest.contributes.commands) {
            const key = /^%(.+)%$/.exec(command.title)?.[1];
            expect(key, command.command).toBeDefined();
            expect(nlsEn[key!], key).toBeTruthy();
            expect(nlsId[key!], key).toBeTruthy();
        }
        expect(Object.keys(nlsId).sort()).toEqual(Object.keys(nlsEn).sort());
        expect(manifest.contributes.commands.map((c: { command: string }) => c.command)).toEqual(
            expect.arrayContaining(['kaidah.runOnDataFile', 'kaidah.runTests', 'kaidah.runTest']));
    });

    it('says every text of the manifest (commands, settings, walkthrough) in English and Indonesian', () => {
        const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
        expect(keys).toEqual(expect.arrayContaining(['command.runTests', 'config.trace.server', 'walkthrough.title', 'walkthrough.language.description']));
        for (const key of keys) {
            expect(nlsEn[key], key).toBeTruthy();
            expect(nlsId[key], key).toBeTruthy();
            expect(nlsId[key], key).not.toBe(nlsEn[key]);
        }
        // nothing translated that the manifest does not use
        expect(Object.keys(nlsEn).sort()).toEqual([...new Set(keys)].sort());
    });

    it('has a walkthrough whose steps show both languages and run the extension\'s commands', () => {
        const [walkthrough] = manifest.contributes.walkthroughs as { id: string; steps: { id: string; description: string; media: { markdown: string } }[] }[];
        expect(walkthrough!.steps.map((s) => s.id)).toEqual(['kaidah.start.language', 'kaidah.start.figures', 'kaidah.start.tests', 'kaidah.start.data']);
        const languages = readFileSync(path.join(extensionDir, walkthrough!.steps[0]!.media.markdown), 'utf8');
        expect(languages).toContain('district "Kabupaten Probolinggo" {');
        expect(languages).toContain('kabupaten "Kabupaten Probolinggo" {');
        expect(languages).toContain('harapkan target self_reliant untuk "Kabupaten Probolinggo" = 2.580');
        for (const step of walkthrough!.steps) expect(readFileSync(path.join(extensionDir, step.media.markdown), 'utf8').length).toBeGreaterThan(0);
        const key = (step: number) => /^%(.+)%$/.exec(walkthrough!.steps[step]!.description)![1]!;
        for (const nls of [nlsEn, nlsId]) {
            expect(nls[key(2)]).toContain('(command:kaidah.runTests)');
            expect(nls[key(3)]).toContain('(command:kaidah.runOnDataFile)');
        }
        expect(nlsId[key(2)]).toContain('[Jalankan tes](command:kaidah.runTests)');
    });

    it('translates every message of the extension into Indonesian, with the same placeholders', () => {
        const used = l10nStrings();
        expect(used.length).toBeGreaterThan(10);
        expect(Object.keys(bundleId).sort()).toEqual(used);
        for (const [english, indonesian] of Object.entries(bundleId)) {
            expect(placeholders(indonesian), english).toEqual(placeholders(english));
        }
    });
});

describe('the .vsix contents', () => {
    beforeAll(async () => {
        await ensureBundle();
    }, 120_000);

    it('ships the bundles, the grammar, the translations and the diagnostics page, and nothing else', () => {
        const vsce = createRequire(path.join(repoRoot, 'package.json')).resolve('@vscode/vsce/vsce');
        const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: extensionDir, encoding: 'utf8' })
            .split('\n').map((l) => l.trim()).filter(Boolean).sort();
        expect(listed).toEqual([
            'README.md',
            'dist/cli.mjs',
            'dist/diagnostics.md',
            'dist/extension.cjs',
            'dist/server.mjs',
            'l10n/bundle.l10n.id.json',
            'language-configuration.json',
            'package.json',
            'package.nls.id.json',
            'package.nls.json',
            'syntaxes/kaidah.tmLanguage.json',
            'walkthrough/figures.md',
            'walkthrough/languages.md',
            'walkthrough/run.md',
        ]);
    }, 60_000);
});
