import { spawn, type ChildProcess } from 'node:child_process';
import {
    createMessageConnection,
    StreamMessageReader,
    StreamMessageWriter,
    type MessageConnection,
} from 'vscode-languageserver-protocol/node.js';
import {
    DidOpenTextDocumentNotification,
    ExitNotification,
    InitializedNotification,
    InitializeRequest,
    PublishDiagnosticsNotification,
    ShutdownRequest,
    type Diagnostic,
    type InitializeResult,
    type ServerCapabilities,
} from 'vscode-languageserver-protocol';
import { bundledServer } from './paths.js';

/** The bundled language server (packages/vscode/dist/server.mjs) over stdio, with a plain LSP client. */
export class StdioLanguageServer {
    readonly connection: MessageConnection;
    readonly capabilities: Promise<ServerCapabilities>;
    readonly stderr: string[] = [];
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    private readonly waiters: Array<{ uri: string; test: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
    private readonly child: ChildProcess;

    constructor(options: { locale?: string; workspaceFolder: string }) {
        this.child = spawn(process.execPath, [bundledServer, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => this.stderr.push(chunk));
        this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
        this.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
            this.diagnostics.set(uri, diagnostics);
            for (const waiter of [...this.waiters]) {
                if (waiter.uri === uri && waiter.test(diagnostics)) {
                    this.waiters.splice(this.waiters.indexOf(waiter), 1);
                    waiter.resolve(diagnostics);
                }
            }
        });
        // Langium asks for configuration and registers watchers; answer like a minimal client.
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
        const folderUri = `file://${options.workspaceFolder}`;
        this.capabilities = this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            locale: options.locale,
            rootUri: folderUri,
            workspaceFolders: [{ uri: folderUri, name: 'rules' }],
            capabilities: {
                workspace: { configuration: true, workspaceFolders: true },
                textDocument: {
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    completion: { completionItem: { snippetSupport: true } },
                    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
                    rename: { prepareSupport: true },
                },
            },
        }).then(async (result: InitializeResult) => {
            await this.connection.sendNotification(InitializedNotification.type, {});
            return result.capabilities;
        });
    }

    async open(uri: string, text: string, version = 1): Promise<void> {
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'kaidah', version, text },
        });
    }

    /** The next diagnostics published for `uri` that pass `test` (or the last ones, if they pass). */
    diagnosticsFor(uri: string, test: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
        const known = this.diagnostics.get(uri);
        if (known && test(known)) return Promise.resolve(known);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}; server stderr: ${this.stderr.join('')}`)), timeoutMs);
            this.waiters.push({ uri, test, resolve: (d) => { clearTimeout(timer); resolve(d); } });
        });
    }

    async stop(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 3000))]);
            await this.connection.sendNotification(ExitNotification.type);
        } catch {
            // the server may be gone already
        }
        this.connection.dispose();
        const exited = new Promise((resolve) => this.child.once('exit', resolve));
        if (this.child.exitCode === null) await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (this.child.exitCode === null) this.child.kill('SIGKILL');
    }
}
