/**
 * The project root (docs/projects.md): the nearest folder with a `kaidah.json` or `.git`. The
 * national layout — `pkh-2024.kaidah` at the top, one file per district in `districts/` — works in
 * check, test, run, explain and diff, and in the language server opened on `districts/` alone;
 * `use` may not leave the project, and KDH010 names it and the path that would reach the file.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { createKaidahServices } from '../packages/language/src/kaidah-module.js';
import { applyWorkspaceFolders } from '../packages/language/src/lsp/settings-from-client.js';
import { nodeFileProbe } from '../packages/language/src/node/file-probe.js';
import { nodeOpenedProject } from '../packages/language/src/node/opened-project.js';
import type { KaidahWorkspaceManager } from '../packages/language/src/workspace/kaidah-workspace-manager.js';
import { nationalRepository } from './support/national-repository.js';
import { kaidah } from './support/run-cli.js';

describe('the national layout on the command line', () => {
    it('checks a district file that uses the national file one folder up (once KDH010 and 18 more errors)', () => {
        const root = nationalRepository();
        const result = kaidah(['check', 'districts/probolinggo.kaidah'], { cwd: root });
        expect(result.stdout.trim()).toBe('1 rule file checked: no problems.');
        expect(result.status).toBe(0);
    });

    it('checks, tests and runs from the districts folder, taking the project from the .git above', () => {
        const root = nationalRepository();
        const cwd = path.join(root, 'districts');
        const check = kaidah(['check'], { cwd });
        expect(check.stdout.trim()).toBe('3 rule files checked: no problems.');
        const test = kaidah(['test'], { cwd });
        expect(test.stdout).toContain('✓ Probolinggo 2024: 258 facilitators × 10 = 2.580 families');
        expect(test.stdout).toContain('✓ Pamekasan: 191 facilitators × 10 = 1.910');
        expect(test.status).toBe(0);
        const run = kaidah(['run', 'probolinggo.kaidah', '--data', '../households.csv'], { cwd });
        expect(run.status).toBe(0);
        // A, B, C self-reliant within 2.580, E natural (no target): 4 proposed, D stays
        expect(run.stdout).toContain('Read 5 households: 5 decided + 0 rejected.');
        expect(run.stdout).toContain('Proposed 4, in reserve 0, staying in the programme 1.');
        const explain = kaidah(['explain', 'probolinggo.kaidah', '--data', '../households.csv', '--id', 'C'], { cwd });
        expect(explain.status).toBe(0);
        expect(explain.stdout).toContain('self_reliant');
    });

    it('names the project in KDH010 and the path that reaches a file of that name at its top', () => {
        const root = nationalRepository();
        writeFileSync(path.join(root, 'districts/jember.kaidah'), 'use "../../pkh-2024.kaidah"\n');
        const en = kaidah(['check', 'districts/jember.kaidah'], { cwd: root });
        expect(en.stdout.split('\n')[0]).toBe(`districts/jember.kaidah:1:5: error KDH010: \`../../pkh-2024.kaidah\` lies outside the project \`${root}/\` `
            + '(the folder with `kaidah.json` or `.git`); Kaidah only uses files inside it. Did you mean `../pkh-2024.kaidah`?');
        const id = kaidah(['--lang', 'id', 'check', 'districts/jember.kaidah'], { cwd: root });
        expect(id.stdout.split('\n')[0]).toBe(`districts/jember.kaidah:1:5: kesalahan KDH010: \`../../pkh-2024.kaidah\` berada di luar proyek \`${root}/\` `
            + '(folder yang berisi `kaidah.json` atau `.git`); Kaidah hanya memakai file di dalam proyek. Mungkin maksud Anda `../pkh-2024.kaidah`?');
        expect(en.status).toBe(1);
    });

    it('still refuses a link that leaves the project, comparing real paths', () => {
        const root = nationalRepository();
        const outside = mkdtempSync(path.join(tmpdir(), 'kaidah-outside-'));
        writeFileSync(path.join(outside, 'secret.kaidah'), 'constant secret = Rp 1\n');
        symlinkSync(path.join(outside, 'secret.kaidah'), path.join(root, 'districts/link.kaidah'));
        writeFileSync(path.join(root, 'districts/jember.kaidah'), 'use "link.kaidah"\n');
        const result = kaidah(['check', 'districts/jember.kaidah'], { cwd: root });
        expect(result.stdout).toContain(`districts/jember.kaidah:1:5: error KDH010: \`link.kaidah\` lies outside the project \`${root}/\``);
        expect(result.status).toBe(1);
    });

    it('without .git, a kaidah.json marks the project; without either, KDH010 says to add one', () => {
        const bare = nationalRepository('none');
        const refused = kaidah(['check', 'districts/probolinggo.kaidah'], { cwd: bare });
        expect(refused.stdout.split('\n')[0]).toBe(`districts/probolinggo.kaidah:1:5: error KDH010: \`../pkh-2024.kaidah\` lies outside \`${bare}/districts/\`, `
            + 'the folder of the rules: no folder above it has a `kaidah.json` or `.git` marking a project. '
            + 'Put a `kaidah.json` (`{}` will do) in the folder that holds all the rules, or write a path inside this folder.');
        const marked = nationalRepository('kaidah.json');
        expect(kaidah(['check', 'districts/probolinggo.kaidah'], { cwd: marked }).status).toBe(0);
    });
});

describe('the national layout in the language server', () => {
    async function openFolder(folder: string) {
        const { shared, Kaidah } = createKaidahServices(NodeFileSystem);
        Kaidah.settings.files = nodeFileProbe;
        const manager = shared.workspace.WorkspaceManager as KaidahWorkspaceManager;
        manager.projectOf = nodeOpenedProject;
        applyWorkspaceFolders(shared, Kaidah, [URI.file(folder)]);
        await manager.initializeWorkspace([{ uri: URI.file(folder).toString(), name: 'districts' }]);
        const documents = shared.workspace.LangiumDocuments;
        await shared.workspace.DocumentBuilder.build(documents.all.toArray(), { validation: true });
        return (file: string) => documents.getDocument(URI.file(path.join(folder, file)));
    }

    it('opened on districts/ alone, loads the national file above and finds no problem', async () => {
        const root = nationalRepository();
        const document = await openFolder(path.join(root, 'districts'));
        expect(document('probolinggo.kaidah')?.diagnostics?.filter((d) => d.code !== 'KDH030')).toEqual([]);
        expect(document('../pkh-2024.kaidah')).toBeDefined();
    });

    it('reports a use past the project as the command line does, and leaves out what kaidah.json excludes', async () => {
        const root = nationalRepository('kaidah.json');
        writeFileSync(path.join(root, 'kaidah.json'), '{"exclude": ["drafts"]}\n');
        mkdirSync(path.join(root, 'drafts'));
        writeFileSync(path.join(root, 'drafts/broken.kaidah'), 'district {\n');
        writeFileSync(path.join(root, 'districts/jember.kaidah'), 'use "../../pkh-2024.kaidah"\n');
        const document = await openFolder(root);
        const messages = document('districts/jember.kaidah')?.diagnostics?.filter((d) => d.code === 'KDH010').map((d) => d.message);
        expect(messages).toEqual([`\`../../pkh-2024.kaidah\` lies outside the project \`${root}/\` (the folder with \`kaidah.json\` or \`.git\`); `
            + 'Kaidah only uses files inside it. Did you mean `../pkh-2024.kaidah`?']);
        expect(document('drafts/broken.kaidah')).toBeUndefined();
        rmSync(root, { recursive: true, force: true });
    });
});
