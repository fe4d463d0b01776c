// The extension's own tests, run inside a real extension host (VS Code's `extensionTestsPath`):
// test/editor/vscode-e2e.test.ts opens code-server with this module (bundled to
// dist/test/extension-host-tests.cjs, never packaged) and the extension under development. They use
// the `vscode` API, as an extension sees the editor: diagnostics, hover, formatting, commands.
// Results go to `kaidah-host-results.json` in the workspace folder; run() rejects on a failure,
// which ends the extension host with exit code 1.
import * as vscode from 'vscode';

interface Outcome {
    name: string;
    ok: boolean;
    detail?: string;
    ms: number;
}

const seededError = 'seeded-error.kaidah';
const probolinggo = 'probolinggo.kaidah';
const untidy = 'untidy.kaidah';

function check(condition: unknown, message: string): asserts condition {
    if (!condition) throw new Error(message);
}

async function eventually<T>(what: string, attempt: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
        try {
            const value = await attempt();
            if (value !== undefined) return value;
        } catch (error) {
            last = error;
        }
        if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (${String(last)})` : ''}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
}

function hoverText(hovers: vscode.Hover[]): string {
    return hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

export async function run(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    check(folder, 'no workspace folder is open');
    const fileIn = (name: string) => vscode.Uri.joinPath(folder, name);
    const outcomes: Outcome[] = [];

    const test = async (name: string, body: () => Promise<void>) => {
        const started = Date.now();
        try {
            await body();
            outcomes.push({ name, ok: true, ms: Date.now() - started });
        } catch (error) {
            outcomes.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error), ms: Date.now() - started });
        }
    };

    await test('the extension activates on a .kaidah file', async () => {
        const document = await vscode.workspace.openTextDocument(fileIn(seededError));
        await vscode.window.showTextDocument(document);
        check(document.languageId === 'kaidah', `language is ${document.languageId}`);
        const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'kaidah-vscode');
        check(extension, 'the Kaidah extension is not loaded');
        await eventually('activation', async () => (extension.isActive ? true : undefined), 30_000);
        const commands = await vscode.commands.getCommands(true);
        for (const command of ['kaidah.runOnDataFile', 'kaidah.runTests', 'kaidah.runTest']) {
            check(commands.includes(command), `${command} is not registered`);
        }
    });

    await test('a seeded error gives KDH003 in the diagnostics', async () => {
        const diagnostics = await eventually('KDH003', async () => {
            const found = vscode.languages.getDiagnostics(fileIn(seededError));
            return found.some((d) => codeOf(d) === 'KDH003') ? found : undefined;
        });
        const kdh003 = diagnostics.find((d) => codeOf(d) === 'KDH003')!;
        check(kdh003.severity === vscode.DiagnosticSeverity.Error, `severity ${kdh003.severity}`);
        check(/facilitatorz/.test(kdh003.message), kdh003.message);
        check(kdh003.range.start.line === 4 && kdh003.range.start.character === 24, `range ${JSON.stringify(kdh003.range)}`);
        const target = typeof kdh003.code === 'object' ? kdh003.code.target : undefined;
        check(target && /diagnostics\.md#kdh003$/i.test(target.toString()), `code link ${target?.toString()}`);
    });

    await test('hover over Probolinggo\'s facilitators shows 2.580 families', async () => {
        const document = await vscode.workspace.openTextDocument(fileIn(probolinggo));
        await vscode.window.showTextDocument(document);
        const line = document.getText().split('\n').findIndex((l) => /facilitators +258/.test(l));
        const text = await eventually('hover with the figure', async () => {
            const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 4));
            const shown = hoverText(hovers ?? []);
            return /2\.580/.test(shown) ? shown : undefined;
        });
        check(/facilitators/.test(text), text);
    });

    await test('Format Document lays out an untidy file, and a second pass changes nothing', async () => {
        const document = await vscode.workspace.openTextDocument(fileIn(untidy));
        const editor = await vscode.window.showTextDocument(document);
        const options = { tabSize: 2, insertSpaces: true };
        const edits = await eventually('formatting edits', async () => {
            const result = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, options);
            return result && result.length > 0 ? result : undefined;
        });
        await editor.edit((builder) => edits.forEach((edit) => builder.replace(edit.range, edit.newText)));
        const text = document.getText();
        check(/^district "Kabupaten Probolinggo" \{\n {2}facilitators +258\n\}/m.test(text), JSON.stringify(text));
        const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, options);
        check(!again || again.length === 0 || again.every((e) => document.getText(e.range) === e.newText), `second pass: ${JSON.stringify(again)}`);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    await test('the display language reaches the server (messages in English for en)', async () => {
        const diagnostics = vscode.languages.getDiagnostics(fileIn(seededError));
        const message = diagnostics.find((d) => codeOf(d) === 'KDH003')?.message ?? '';
        const indonesian = vscode.env.language.toLowerCase().startsWith('id');
        check(indonesian ? /tidak dikenal/.test(message) : /Unknown name/.test(message), `${vscode.env.language}: ${message}`);
    });

    await vscode.workspace.fs.writeFile(fileIn('kaidah-host-results.json'), new TextEncoder().encode(JSON.stringify({
        language: vscode.env.language, version: vscode.version, outcomes,
    }, null, 2)));
    const failed = outcomes.filter((o) => !o.ok);
    if (failed.length > 0) throw new Error(failed.map((o) => `${o.name}: ${o.detail}`).join('\n'));
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}
