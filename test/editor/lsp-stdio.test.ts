// The bundled language server (packages/vscode/dist/server.mjs), spawned over stdio as any editor
// would, spoken to with vscode-languageserver-protocol. Features that the server does not advertise
// yet are skipped with the reason printed; they are checked as soon as the capability appears.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    CodeActionRequest,
    CodeLensRequest,
    CompletionRequest,
    DefinitionRequest,
    DiagnosticSeverity,
    DocumentFormattingRequest,
    DocumentSymbolRequest,
    HoverRequest,
    InlayHintRequest,
    PrepareRenameRequest,
    ReferencesRequest,
    RenameRequest,
    SemanticTokensRequest,
    WorkspaceSymbolRequest,
    type CompletionItem,
    type CompletionList,
    type Diagnostic,
    type DocumentSymbol,
    type Hover,
    type MarkupContent,
    type Position,
    type ServerCapabilities,
    type SymbolInformation,
    type TextEdit,
    type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { ensureBundle } from './support/bundle.js';
import { StdioLanguageServer } from './support/lsp-client.js';
import { examplesDir, examplesIdDir } from './support/paths.js';

const startupTimeout = 60_000;
const requestTimeout = 20_000;

/** A district file with a misspelt quantity: KDH003 at `facilitatorz`. */
const seededError = `use "pkh-2024.kaidah"

district "Kabupaten Contoh" {
  facilitators 12
  target self_reliant = facilitatorz × 10
}
`;

let folder: string;
const uriOf = (name: string) => `file://${path.join(folder, name)}`;
const textOf = (name: string) => readFileSync(path.join(folder, name), 'utf8');

/** The position of the `nth` occurrence of `needle` in the text, plus `offset` characters. */
function positionOf(text: string, needle: string, offset = 0, nth = 1): Position {
    let index = -1;
    for (let i = 0; i < nth; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`${needle} not found`);
    }
    return TextDocument.create('file:///x', 'kaidah', 1, text).positionAt(index + offset);
}

function hoverText(hover: Hover | null): string {
    if (!hover) return '';
    const contents = hover.contents;
    if (typeof contents === 'string') return contents;
    if (Array.isArray(contents)) return contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    return (contents as MarkupContent).value;
}

function applyEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'kaidah', 1, text), edits);
}

function requireCapability(ctx: TestContext, caps: ServerCapabilities, capability: keyof ServerCapabilities, feature: string): void {
    if (!caps[capability]) {
        const reason = `the server does not advertise ${capability} yet (${feature} not implemented)`;
        console.warn(`[lsp-stdio] skipped: ${reason}`);
        ctx.skip(reason);
    }
}

beforeAll(async () => {
    await ensureBundle();
    folder = mkdtempSync(path.join(tmpdir(), 'kaidah-lsp-'));
    cpSync(examplesDir, folder, { recursive: true, filter: (source) => !source.includes(`${path.sep}data`) });
}, 120_000);

afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('bundled language server over stdio, English client', () => {
    let server: StdioLanguageServer;
    let caps: ServerCapabilities;

    beforeAll(async () => {
        server = new StdioLanguageServer({ locale: 'en', workspaceFolder: folder });
        caps = await server.capabilities;
        await server.open(uriOf('pkh-2024.kaidah'), textOf('pkh-2024.kaidah'));
        await server.open(uriOf('probolinggo.kaidah'), textOf('probolinggo.kaidah'));
        await server.open(uriOf('pasuruan.kaidah'), textOf('pasuruan.kaidah'));
    }, startupTimeout);

    afterAll(async () => {
        await server?.stop();
    }, 10_000);

    it('initializes with full or incremental sync and the core features', () => {
        expect(caps.textDocumentSync).toBeTruthy();
        expect(caps.hoverProvider).toBeTruthy();
        expect(caps.documentFormattingProvider).toBeTruthy();
        expect(caps.definitionProvider).toBeTruthy();
    });

    it('reports no errors in the national rules or the Probolinggo file', async () => {
        for (const name of ['pkh-2024.kaidah', 'probolinggo.kaidah']) {
            const diagnostics = await server.diagnosticsFor(uriOf(name));
            expect(diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error), name).toEqual([]);
        }
    }, requestTimeout);

    it('reports a misspelt quantity as KDH003 in English, linked to the bundled diagnostics page', async () => {
        const uri = uriOf('seeded-error.kaidah');
        await server.open(uri, seededError);
        const diagnostics = await server.diagnosticsFor(uri, (d) => d.length > 0);
        const kdh003 = diagnostics.find((d) => d.code === 'KDH003');
        expect(kdh003, JSON.stringify(diagnostics)).toBeDefined();
        expect(kdh003!.severity).toBe(DiagnosticSeverity.Error);
        expect(kdh003!.message).toMatch(/Unknown name `facilitatorz`/);
        expect(kdh003!.range.start).toEqual(positionOf(seededError, 'facilitatorz'));
        const href = kdh003!.codeDescription?.href;
        expect(href).toMatch(/diagnostics\.md#kdh003$/);
        expect(existsSync(fileURLToPath(href!.replace(/#.*$/, '')))).toBe(true);
    }, requestTimeout);

    it('offers a quick fix for the misspelt name', async (ctx) => {
        requireCapability(ctx, caps, 'codeActionProvider', 'code actions');
        const uri = uriOf('seeded-error.kaidah');
        const diagnostics = await server.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'KDH003'));
        const kdh003 = diagnostics.find((d) => d.code === 'KDH003')!;
        const actions = await server.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri }, range: kdh003.range, context: { diagnostics: [kdh003] },
        });
        const edits = (actions ?? []).flatMap((action) => ('edit' in action ? Object.values(action.edit?.changes ?? {}).flat() : []));
        expect(edits.map((e) => e.newText), JSON.stringify(actions)).toEqual(expect.arrayContaining([expect.stringMatching(/^facilitators?$/)]));
    }, requestTimeout);

    it('completes quantities and constants inside a target formula', async (ctx) => {
        requireCapability(ctx, caps, 'completionProvider', 'completion');
        const uri = uriOf('seeded-error.kaidah');
        const result = await server.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri }, position: positionOf(seededError, 'facilitatorz'),
        }) as CompletionItem[] | CompletionList | null;
        const labels = (Array.isArray(result) ? result : result?.items ?? []).map((item) => item.label);
        expect(labels).toEqual(expect.arrayContaining(['facilitators', 'reported_households', 'poverty_line']));
    }, requestTimeout);

    it('completes keywords and snippets at the start of a declaration', async (ctx) => {
        requireCapability(ctx, caps, 'completionProvider', 'completion');
        const uri = uriOf('pkh-2024.kaidah');
        const text = textOf('pkh-2024.kaidah');
        const result = await server.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri }, position: positionOf(text, 'every district'),
        }) as CompletionItem[] | CompletionList | null;
        const labels = (Array.isArray(result) ? result : result?.items ?? []).map((item) => item.label);
        expect(labels).toEqual(expect.arrayContaining(['graduation', 'district', 'test']));
    }, requestTimeout);

    it('hovers over Probolinggo\'s facilitators with the evaluated target, 2.580 families', async (ctx) => {
        requireCapability(ctx, caps, 'hoverProvider', 'hover');
        const text = textOf('probolinggo.kaidah');
        const hover = await server.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uriOf('probolinggo.kaidah') }, position: positionOf(text, 'facilitators  258', 2),
        });
        const shown = hoverText(hover);
        expect(shown).toMatch(/\bfacilitators\b/);
        expect(shown).toMatch(/258/);
        expect(shown).toMatch(/2\.580/);
    }, requestTimeout);

    it('hovers over a constant with its documentation and the amount', async (ctx) => {
        requireCapability(ctx, caps, 'hoverProvider', 'hover');
        const text = textOf('pkh-2024.kaidah');
        const hover = await server.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uriOf('pkh-2024.kaidah') }, position: positionOf(text, 'poverty_line', 2, 2),
        });
        const shown = hoverText(hover);
        expect(shown).toMatch(/Garis kemiskinan/);
        expect(shown).toMatch(/582\.932/);
    }, requestTimeout);

    it('goes to the definition of a quantity in the national file', async () => {
        const text = textOf('probolinggo.kaidah');
        const result = await server.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: uriOf('probolinggo.kaidah') }, position: positionOf(text, 'facilitators  258', 2),
        });
        const targets = (Array.isArray(result) ? result : result ? [result] : []).map((r) => ('targetUri' in r ? r.targetUri : r.uri));
        expect(targets).toContain(uriOf('pkh-2024.kaidah'));
    }, requestTimeout);

    it('finds the references of a quantity across files', async (ctx) => {
        requireCapability(ctx, caps, 'referencesProvider', 'find references');
        const text = textOf('pkh-2024.kaidah');
        const refs = await server.connection.sendRequest(ReferencesRequest.type, {
            textDocument: { uri: uriOf('pkh-2024.kaidah') }, position: positionOf(text, 'facilitators', 2, 1),
            context: { includeDeclaration: true },
        });
        const uris = new Set((refs ?? []).map((r) => r.uri));
        expect(uris).toContain(uriOf('pkh-2024.kaidah'));
        expect(uris).toContain(uriOf('probolinggo.kaidah'));
    }, requestTimeout);

    it('formats Probolinggo canonically, and formatting twice changes nothing', async (ctx) => {
        requireCapability(ctx, caps, 'documentFormattingProvider', 'formatting');
        const uri = uriOf('probolinggo.kaidah');
        const options = { tabSize: 2, insertSpaces: true };
        const original = textOf('probolinggo.kaidah');
        const edits = await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options }) ?? [];
        const once = applyEdits(original, edits);
        expect(once).toMatch(/district "Kabupaten Probolinggo" \{\n {2}facilitators +258\n\}/);
        expect(once).toContain('use "pkh-2024.kaidah"');
        // The formatted text is what the editor would now hold: format it again.
        const formattedUri = uriOf('probolinggo-formatted.kaidah');
        await server.open(formattedUri, once);
        const again = await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: formattedUri }, options }) ?? [];
        expect(applyEdits(once, again)).toBe(once);
    }, requestTimeout);

    it('renames a quantity across the national file and every district file', async (ctx) => {
        requireCapability(ctx, caps, 'renameProvider', 'rename');
        const text = textOf('probolinggo.kaidah');
        const position = positionOf(text, 'facilitators  258', 2);
        if (typeof caps.renameProvider === 'object' && caps.renameProvider.prepareProvider) {
            const prepared = await server.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uriOf('probolinggo.kaidah') }, position });
            expect(prepared).toBeTruthy();
        }
        const edit: WorkspaceEdit | null = await server.connection.sendRequest(RenameRequest.type, {
            textDocument: { uri: uriOf('probolinggo.kaidah') }, position, newName: 'pendamping',
        });
        const changes = edit?.changes ?? Object.fromEntries((edit?.documentChanges ?? []).flatMap((c) => ('textDocument' in c ? [[c.textDocument.uri, c.edits as TextEdit[]]] : [])));
        expect(Object.keys(changes)).toEqual(expect.arrayContaining([uriOf('pkh-2024.kaidah'), uriOf('probolinggo.kaidah')]));
        const renamed = applyEdits(text, changes[uriOf('probolinggo.kaidah')]);
        expect(renamed).toMatch(/pendamping +258/);
        const national = applyEdits(textOf('pkh-2024.kaidah'), changes[uriOf('pkh-2024.kaidah')]);
        expect(national).toContain('quantity pendamping');
        expect(national).toContain('target self_reliant = pendamping × 10');
    }, requestTimeout);

    it('lists the declarations of the national file as document symbols', async (ctx) => {
        requireCapability(ctx, caps, 'documentSymbolProvider', 'document symbols');
        const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf('pkh-2024.kaidah') } }) ?? [];
        const names: string[] = [];
        const walk = (list: Array<DocumentSymbol | SymbolInformation>) => list.forEach((s) => {
            names.push(s.name);
            if ('children' in s && s.children) walk(s.children);
        });
        walk(symbols);
        expect(names).toEqual(expect.arrayContaining(['poverty_line', 'eligible_members', 'self_reliant', 'natural']));
    }, requestTimeout);

    it('finds districts as workspace symbols', async (ctx) => {
        requireCapability(ctx, caps, 'workspaceSymbolProvider', 'workspace symbols');
        const symbols = await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Probolinggo' }) ?? [];
        expect(symbols.map((s) => s.name).join('\n')).toMatch(/Probolinggo/);
    }, requestTimeout);

    it('shows the evaluated target as an inlay hint after a district\'s target line', async (ctx) => {
        requireCapability(ctx, caps, 'inlayHintProvider', 'inlay hints');
        const text = textOf('pasuruan.kaidah');
        const hints = await server.connection.sendRequest(InlayHintRequest.type, {
            textDocument: { uri: uriOf('pasuruan.kaidah') },
            range: { start: { line: 0, character: 0 }, end: TextDocument.create('file:///x', 'kaidah', 1, text).positionAt(text.length) },
        }) ?? [];
        const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
        expect(labels.join(' | ')).toMatch(/4\.870/);
    }, requestTimeout);

    it('puts a "Run test" code lens on each test, invoking the extension\'s kaidah.runTest', async (ctx) => {
        requireCapability(ctx, caps, 'codeLensProvider', 'code lenses');
        const lenses = await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf('probolinggo.kaidah') } }) ?? [];
        const commands = lenses.map((lens) => lens.command).filter((c) => c !== undefined);
        const run = commands.find((c) => c.command === 'kaidah.runTest');
        expect(run, JSON.stringify(lenses)).toBeDefined();
        expect(run!.arguments?.[0]).toBe(uriOf('probolinggo.kaidah'));
        expect(run!.arguments?.[1]).toBe('Probolinggo 2024: 258 facilitators × 10 = 2.580 families');
    }, requestTimeout);

    it('colours names by what they are with semantic tokens', async (ctx) => {
        requireCapability(ctx, caps, 'semanticTokensProvider', 'semantic highlighting');
        const tokens = await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: uriOf('pkh-2024.kaidah') } });
        expect(tokens?.data.length ?? 0).toBeGreaterThan(0);
    }, requestTimeout);
});

describe('bundled language server over stdio, Indonesian client (locale id)', () => {
    let server: StdioLanguageServer;
    let caps: ServerCapabilities;

    beforeAll(async () => {
        server = new StdioLanguageServer({ locale: 'id', workspaceFolder: folder });
        caps = await server.capabilities;
    }, startupTimeout);

    afterAll(async () => {
        await server?.stop();
    }, 10_000);

    it('reports KDH003 with the Indonesian message', async () => {
        const uri = uriOf('seeded-error.kaidah');
        await server.open(uri, seededError);
        const diagnostics: Diagnostic[] = await server.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'KDH003'));
        const kdh003 = diagnostics.find((d) => d.code === 'KDH003')!;
        expect(kdh003.message).toMatch(/Nama `facilitatorz` tidak dikenal/);
        expect(kdh003.severity).toBe(DiagnosticSeverity.Error);
    }, requestTimeout);

    it('hovers in Indonesian', async (ctx) => {
        requireCapability(ctx, caps, 'hoverProvider', 'hover');
        await server.open(uriOf('probolinggo.kaidah'), textOf('probolinggo.kaidah'));
        const text = textOf('probolinggo.kaidah');
        const hover = await server.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uriOf('probolinggo.kaidah') }, position: positionOf(text, 'Kabupaten Probolinggo', 2, 2),
        });
        const shown = hoverText(hover);
        expect(shown).toMatch(/2\.580/);
        expect(shown).toMatch(/kabupaten\/kota|KPM/);
    }, requestTimeout);
});

/** A district file in Bahasa Indonesia with a misspelt quantity (KDH003) and a target that can give a fraction (KDH013). */
const seededErrorId = `pakai "pkh-2024.kaidah"

kabupaten "Kabupaten Contoh" {
  facilitators 12
  target self_reliant = facilitatorz × 10
  target natural = 10% dari jumlah keluarga
}
`;

describe('bundled language server over stdio, files written in Bahasa Indonesia (examples/pkh-id)', () => {
    let folderId: string;
    let english: StdioLanguageServer;
    let indonesian: StdioLanguageServer;
    const uriId = (name: string) => `file://${path.join(folderId, name)}`;
    const textId = (name: string) => readFileSync(path.join(folderId, name), 'utf8');
    const labelsOf = (result: CompletionItem[] | CompletionList | null) => (Array.isArray(result) ? result : result?.items ?? []).map((item) => item.label);

    beforeAll(async () => {
        folderId = mkdtempSync(path.join(tmpdir(), 'kaidah-lsp-id-'));
        cpSync(examplesIdDir, folderId, { recursive: true });
        english = new StdioLanguageServer({ locale: 'en', workspaceFolder: folderId });
        indonesian = new StdioLanguageServer({ locale: 'id', workspaceFolder: folderId });
        await Promise.all([english.capabilities, indonesian.capabilities]);
        for (const server of [english, indonesian]) {
            await server.open(uriId('pkh-2024.kaidah'), textId('pkh-2024.kaidah'));
            await server.open(uriId('probolinggo.kaidah'), textId('probolinggo.kaidah'));
            await server.open(uriId('contoh.kaidah'), seededErrorId);
        }
    }, startupTimeout);

    afterAll(async () => {
        await english?.stop();
        await indonesian?.stop();
        if (folderId) rmSync(folderId, { recursive: true, force: true });
    }, 10_000);

    it('reports no errors in the Indonesian national file or Probolinggo', async () => {
        for (const name of ['pkh-2024.kaidah', 'probolinggo.kaidah']) {
            const diagnostics = await english.diagnosticsFor(uriId(name));
            expect(diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error), name).toEqual([]);
        }
    }, requestTimeout);

    it('reports the seeded errors in the officer\'s language, quoting the file\'s keywords', async () => {
        const uri = uriId('contoh.kaidah');
        const ready = (d: Diagnostic[]) => d.some((x) => x.code === 'KDH003') && d.some((x) => x.code === 'KDH013');
        const en = await english.diagnosticsFor(uri, ready);
        expect(en.find((d) => d.code === 'KDH003')!.message).toBe('Unknown name `facilitatorz`. Did you mean `facilitators`?');
        expect(en.find((d) => d.code === 'KDH013')!.message).toBe('`10% dari jumlah keluarga` can give a fraction, but a target counts households: round it with `bulatkan ke bawah(...)` (or `bulatkan ke atas(...)`, `bulatkan(...)`).');
        const id = await indonesian.diagnosticsFor(uri, ready);
        expect(id.find((d) => d.code === 'KDH013')!.message).toBe('`10% dari jumlah keluarga` dapat menghasilkan pecahan, padahal target adalah jumlah KPM: bulatkan dengan `bulatkan ke bawah(...)` (atau `bulatkan ke atas(...)`, `bulatkan(...)`).');
    }, requestTimeout);

    it('rounds the target down with `bulatkan ke bawah(...)` as a quick fix', async () => {
        const uri = uriId('contoh.kaidah');
        const diagnostics = await english.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'KDH013'));
        const kdh013 = diagnostics.find((d) => d.code === 'KDH013')!;
        const actions = await english.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri }, range: kdh013.range, context: { diagnostics: [kdh013] },
        });
        const edits = (actions ?? []).flatMap((action) => ('edit' in action ? Object.values(action.edit?.changes ?? {}).flat() : []));
        expect(applyEdits(seededErrorId, edits)).toContain('  target natural = bulatkan ke bawah(10% dari jumlah keluarga)\n');
    }, requestTimeout);

    it('completes Indonesian keywords and no English ones', async () => {
        const text = textId('pkh-2024.kaidah');
        const top = labelsOf(await english.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: uriId('pkh-2024.kaidah') }, position: positionOf(text, 'setiap kabupaten'),
        }) as CompletionItem[] | CompletionList | null);
        expect(top).toEqual(expect.arrayContaining(['graduasi', 'kabupaten', 'uji', 'komponen bantuan']));
        expect(top).not.toEqual(expect.arrayContaining(['graduation']));
        expect(top).not.toContain('district');
    }, requestTimeout);

    it('hovers with the rule and the inherited target quoted as the file writes them', async () => {
        const national = textId('pkh-2024.kaidah');
        const category = hoverText(await english.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uriId('pkh-2024.kaidah') }, position: positionOf(national, 'self_reliant "Graduasi', 2),
        }));
        expect(category).toContain('`urutkan menurut monthly_income turun`');
        const probolinggo = textId('probolinggo.kaidah');
        const district = hoverText(await indonesian.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uriId('probolinggo.kaidah') }, position: positionOf(probolinggo, 'Kabupaten Probolinggo', 2, 2),
        }));
        expect(district).toContain('self_reliant: **2.580 KPM** (`facilitators × 10`, dari `setiap kabupaten`)');
    }, requestTimeout);

    it('names the outline\'s blocks as the file writes them', async () => {
        const symbols = await english.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriId('pkh-2024.kaidah') } }) ?? [];
        expect(symbols.map((s) => s.name)).toEqual(expect.arrayContaining(['keluarga', 'komponen bantuan', 'setiap kabupaten']));
    }, requestTimeout);
});
