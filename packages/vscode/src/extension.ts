import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CliRunner, type CliResult } from './cli-runner';
import { SummaryDocuments } from './summary-documents';

let client: LanguageClient | undefined;

/**
 * Starts the bundled Kaidah language server for `.kaidah` files and registers the commands that run
 * the bundled `kaidah` command line: on a data file, and the tests written in rule files.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('Kaidah');
    const cli = new CliRunner(context.asAbsolutePath(path.join('dist', 'cli.mjs')), output);
    const summaries = new SummaryDocuments();
    context.subscriptions.push(
        output,
        vscode.workspace.registerTextDocumentContentProvider(SummaryDocuments.scheme, summaries),
        vscode.commands.registerCommand('kaidah.runOnDataFile', (uri?: vscode.Uri) => runOnDataFile(cli, summaries, uri)),
        vscode.commands.registerCommand('kaidah.runTests', (uri?: vscode.Uri) => runTests(cli, uri)),
        vscode.commands.registerCommand('kaidah.runTest', (uri?: vscode.Uri | string, testName?: string) => runTest(cli, uri, testName)),
    );

    client = startLanguageClient(context);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

/**
 * The server is one ES module in dist/, started by VS Code's own Node over IPC. The client sends the
 * display language as `locale` at initialize, and the server answers in Indonesian for `id`.
 */
function startLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath(path.join('dist', 'server.mjs'));
    const env = { ...process.env, KAIDAH_DIAGNOSTICS_DOC: context.asAbsolutePath(path.join('dist', 'diagnostics.md')) };
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc, options: { env } },
        debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'kaidah' },
            { scheme: 'untitled', language: 'kaidah' },
        ],
        synchronize: {
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.kaidah'),
        },
    };
    return new LanguageClient('kaidah', vscode.l10n.t('Kaidah language server'), serverOptions, clientOptions);
}

/** "Kaidah: Run on data file…": the rule file (the one open, or chosen) on a CSV or Excel file. */
async function runOnDataFile(cli: CliRunner, summaries: SummaryDocuments, uri?: vscode.Uri): Promise<void> {
    const rules = await chooseRuleFile(uri);
    if (!rules) return;
    const data = await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Household data for {0}', path.basename(rules.fsPath)),
        openLabel: vscode.l10n.t('Run on this file'),
        canSelectMany: false,
        defaultUri: vscode.workspace.getWorkspaceFolder(rules)?.uri ?? vscode.Uri.file(path.dirname(rules.fsPath)),
        filters: {
            [vscode.l10n.t('Household data (CSV, Excel, JSON)')]: ['csv', 'txt', 'xlsx', 'json', 'ndjson'],
            [vscode.l10n.t('All files')]: ['*'],
        },
    });
    if (!data || data.length === 0) return;
    const dataFile = data[0].fsPath;
    const outDir = await cli.temporaryFolder();
    const decisions = path.join(outDir, 'decisions.csv');

    const result = await cli.runWithProgress(
        vscode.l10n.t('Kaidah: running {0} on {1}…', path.basename(rules.fsPath), path.basename(dataFile)),
        ['run', rules.fsPath, '--data', dataFile, '--out', decisions],
        path.dirname(rules.fsPath),
    );
    if (!result) return;

    const title = vscode.l10n.t('Summary {0} × {1}', path.basename(rules.fsPath), path.basename(dataFile));
    const summary = summaries.add(title, summaryText(result));
    await vscode.window.showTextDocument(summary, { preview: false });
    if (result.code === 0) {
        // Not awaited: the command is done; the notification stays until the officer answers it.
        const open = vscode.l10n.t('Open decisions');
        void vscode.window.showInformationMessage(
            vscode.l10n.t('Kaidah: decisions for every household written to {0}.', decisions), open).then(async (choice) => {
            if (choice === open) await vscode.window.showTextDocument(vscode.Uri.file(decisions), { preview: false });
        });
    } else {
        void vscode.window.showErrorMessage(failureMessage(result), vscode.l10n.t('Show output')).then((choice) => {
            if (choice) cli.output.show(true);
        });
    }
}

/** "Kaidah: Run tests": every test in the workspace (or in the folder or file chosen in the explorer). */
async function runTests(cli: CliRunner, uri?: vscode.Uri): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const paths = uri instanceof vscode.Uri ? [uri.fsPath] : folders.map((folder) => folder.uri.fsPath);
    if (paths.length === 0) {
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.languageId === 'kaidah' && editor.document.uri.scheme === 'file') paths.push(editor.document.uri.fsPath);
    }
    if (paths.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Kaidah: open a folder or a rule file to run its tests.'));
        return;
    }
    await vscode.workspace.saveAll(false);
    const cwd = uri instanceof vscode.Uri ? path.dirname(uri.fsPath) : (folders[0]?.uri.fsPath ?? path.dirname(paths[0]));
    const result = await cli.runWithProgress(vscode.l10n.t('Kaidah: running tests…'), ['test', ...paths], cwd);
    if (result) reportTestResult(cli, result);
}

/** `kaidah.runTest(uri, name)`: one test, from the "Run test" code lens above a `test` block. */
async function runTest(cli: CliRunner, target?: vscode.Uri | string, testName?: string): Promise<void> {
    const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target ?? vscode.window.activeTextEditor?.document.uri;
    if (!uri || uri.scheme !== 'file') {
        void vscode.window.showWarningMessage(vscode.l10n.t('Kaidah: save the rule file before running its tests.'));
        return;
    }
    const document = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
    if (document?.isDirty) await document.save();
    const args = ['test', uri.fsPath];
    if (testName) {
        const option = await cli.testNameOption();
        if (option) args.push(option, testName);
        else cli.output.appendLine(vscode.l10n.t('This version of kaidah cannot run one test by name; running every test of {0}.', path.basename(uri.fsPath)));
    }
    const title = testName
        ? vscode.l10n.t('Kaidah: running test "{0}"…', testName)
        : vscode.l10n.t('Kaidah: running tests…');
    const result = await cli.runWithProgress(title, args, path.dirname(uri.fsPath));
    if (result) reportTestResult(cli, result);
}

function reportTestResult(cli: CliRunner, result: CliResult): void {
    cli.output.show(true);
    const counts = /(\d+) passed, (\d+) failed/.exec(result.stdout);
    if (result.code === 0) {
        void vscode.window.showInformationMessage(counts
            ? vscode.l10n.t('Kaidah: {0} tests passed.', counts[1])
            : vscode.l10n.t('Kaidah: the tests passed.'));
    } else if (result.code === 1 && counts) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Kaidah: {0} passed, {1} failed. See the output for the failing expectations.', counts[1], counts[2]));
    } else {
        void vscode.window.showErrorMessage(failureMessage(result));
    }
}

function failureMessage(result: CliResult): string {
    const firstLine = (result.stderr.trim() || result.stdout.trim()).split(/\r?\n/)[0] ?? '';
    return vscode.l10n.t('Kaidah stopped (exit code {0}): {1}', String(result.code ?? result.signal ?? '?'), firstLine);
}

function summaryText(result: CliResult): string {
    const parts = [result.stdout.trimEnd(), result.stderr.trimEnd()].filter((part) => part.length > 0);
    return `${parts.join('\n\n')}\n`;
}

async function chooseRuleFile(uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
    let rules = uri instanceof vscode.Uri && uri.fsPath.endsWith('.kaidah') ? uri : undefined;
    const editor = vscode.window.activeTextEditor;
    if (!rules && editor?.document.languageId === 'kaidah') {
        if (editor.document.uri.scheme !== 'file') {
            void vscode.window.showWarningMessage(vscode.l10n.t('Kaidah: save the rule file before running it.'));
            return undefined;
        }
        rules = editor.document.uri;
    }
    if (!rules) {
        const files = await vscode.workspace.findFiles('**/*.kaidah', '**/node_modules/**', 200);
        if (files.length === 0) {
            void vscode.window.showWarningMessage(vscode.l10n.t('Kaidah: there is no .kaidah rule file in this workspace.'));
            return undefined;
        }
        const picked = await vscode.window.showQuickPick(
            files.map((file) => ({ label: path.basename(file.fsPath), description: vscode.workspace.asRelativePath(file), file })),
            { placeHolder: vscode.l10n.t('Which rule file should run?') },
        );
        rules = picked?.file;
    }
    const document = rules && vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === rules!.toString());
    if (document?.isDirty) await document.save();
    return rules;
}
