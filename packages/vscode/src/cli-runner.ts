import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface CliResult {
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
}

/**
 * Runs the bundled `kaidah` command (dist/cli.mjs) with the Node that runs VS Code's extensions, in
 * the display language, and copies everything it prints to the "Kaidah" output channel.
 */
export class CliRunner {
    private nameOption: Promise<string | undefined> | undefined;

    constructor(private readonly cliPath: string, readonly output: vscode.OutputChannel) {}

    /** `id` when VS Code's display language is Indonesian, else `en`. */
    get lang(): 'id' | 'en' {
        return vscode.env.language.toLowerCase().startsWith('id') ? 'id' : 'en';
    }

    async temporaryFolder(): Promise<string> {
        return mkdtemp(path.join(os.tmpdir(), 'kaidah-run-'));
    }

    /** Runs with a cancellable progress notification; undefined when the officer cancelled. */
    async runWithProgress(title: string, args: string[], cwd: string): Promise<CliResult | undefined> {
        return vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title, cancellable: true },
            async (_progress, token) => {
                const result = await this.run(args, cwd, token);
                return token.isCancellationRequested ? undefined : result;
            },
        );
    }

    run(args: string[], cwd: string, token?: vscode.CancellationToken, quiet = false): Promise<CliResult> {
        const fullArgs = ['--lang', this.lang, ...args];
        if (!quiet) {
            this.output.appendLine(`$ kaidah ${fullArgs.map(quote).join(' ')}`);
        }
        return new Promise((resolve) => {
            const child = spawn(process.execPath, [this.cliPath, ...fullArgs], {
                cwd,
                env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
                stdio: ['ignore', 'pipe', 'pipe'],
            });
            let stdout = '';
            let stderr = '';
            child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
                stdout += chunk;
                if (!quiet) this.output.append(chunk);
            });
            child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
                stderr += chunk;
                if (!quiet) this.output.append(chunk);
            });
            const cancel = token?.onCancellationRequested(() => child.kill());
            child.on('error', (error) => {
                cancel?.dispose();
                stderr += error.message;
                if (!quiet) this.output.appendLine(error.message);
                resolve({ code: null, signal: null, stdout, stderr });
            });
            child.on('close', (code, signal) => {
                cancel?.dispose();
                if (!quiet) this.output.appendLine(vscode.l10n.t('(exit code {0})', String(code ?? signal)));
                resolve({ code, signal, stdout, stderr });
            });
        });
    }

    /**
     * The option of `kaidah test` that selects one test by name, read from its --help once (the
     * command line and the extension ship together, but the option's name is the CLI's to choose).
     */
    testNameOption(): Promise<string | undefined> {
        this.nameOption ??= this.run(['test', '--help'], os.tmpdir(), undefined, true).then((result) => {
            const help = result.stdout + result.stderr;
            return ['--name', '--test', '--filter', '--grep', '--only'].find((option) => new RegExp(`${option}\\b`).test(help));
        });
        return this.nameOption;
    }
}

function quote(arg: string): string {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `"${arg.replace(/(["\\$`])/g, '\\$1')}"`;
}
