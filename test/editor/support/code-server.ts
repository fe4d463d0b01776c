import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { firstExisting, toolsCache } from './paths.js';

const execFileAsync = promisify(execFile);

/** node@24 and code-server as test/editor/install-tools.sh leaves them (or where the env says). */
export function findCodeServer(): { node?: string; entry?: string; vscodeModules?: string } {
    const node = firstExisting(
        process.env.KAIDAH_NODE24,
        path.join(toolsCache, 'node24/node_modules/node/bin/node'),
        path.join(toolsCache, 'node24/node_modules/.bin/node'),
    );
    const dir = firstExisting(process.env.KAIDAH_CODE_SERVER_DIR, path.join(toolsCache, 'code-server/node_modules/code-server'));
    return {
        node,
        entry: dir && firstExisting(path.join(dir, 'out/node/entry.js')),
        vscodeModules: dir && firstExisting(path.join(dir, 'lib/vscode/node_modules')),
    };
}

async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
        });
    });
}

export interface CodeServer {
    url: string;
    log: () => string;
    stop: () => Promise<void>;
}

/**
 * A code-server of our own: fresh user-data, extensions and XDG folders under `home`, bound to
 * 127.0.0.1 without authentication, in its own session and process group (setsid), so that stop()
 * ends it and every process it started (extension host, language server) at once.
 */
export class CodeServerHarness {
    readonly userDataDir: string;
    readonly extensionsDir: string;
    private readonly env: NodeJS.ProcessEnv;

    constructor(private readonly node: string, private readonly entry: string, readonly home: string) {
        this.userDataDir = path.join(home, 'user-data');
        this.extensionsDir = path.join(home, 'extensions');
        const xdg = (name: string) => path.join(home, 'xdg', name);
        for (const dir of [this.userDataDir, this.extensionsDir, xdg('config'), xdg('data'), xdg('cache'), xdg('state'), xdg('runtime'), path.join(home, 'tmp')]) {
            mkdirSync(dir, { recursive: true, mode: 0o700 });
        }
        this.env = {
            ...process.env,
            HOME: home,
            // Temporary files (the decisions of "Run on data file…") go with the rest when `home` is removed.
            TMPDIR: path.join(home, 'tmp'),
            XDG_CONFIG_HOME: xdg('config'),
            XDG_DATA_HOME: xdg('data'),
            XDG_CACHE_HOME: xdg('cache'),
            XDG_STATE_HOME: xdg('state'),
            XDG_RUNTIME_DIR: xdg('runtime'),
            // code-server needs Node 24: put it first for everything it starts.
            PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}`,
            NODE_OPTIONS: '',
            VSCODE_PROXY_URI: '',
            // No extension gallery: the machine is offline, and nothing should even try to look it up.
            EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/items' }),
        };
        delete this.env.VSCODE_IPC_HOOK_CLI;
        delete this.env.ELECTRON_RUN_AS_NODE;
    }

    private commonArgs(): string[] {
        return ['--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
    }

    writeUserSettings(settings: Record<string, unknown>): void {
        const dir = path.join(this.userDataDir, 'User');
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
    }

    async installExtension(vsix: string): Promise<string> {
        const { stdout, stderr } = await execFileAsync(this.node, [this.entry, ...this.commonArgs(), '--install-extension', vsix], {
            env: this.env, timeout: 120_000,
        });
        return stdout + stderr;
    }

    async listExtensions(): Promise<string[]> {
        const { stdout } = await execFileAsync(this.node, [this.entry, ...this.commonArgs(), '--list-extensions', '--show-versions'], {
            env: this.env, timeout: 60_000,
        });
        return stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    }

    async start(extraArgs: string[] = [], startupTimeoutMs = 60_000): Promise<CodeServer> {
        const port = await freePort();
        const args = [
            this.entry,
            '--bind-addr', `127.0.0.1:${port}`,
            '--auth', 'none',
            ...this.commonArgs(),
            '--disable-telemetry',
            '--disable-update-check',
            '--disable-workspace-trust',
            '--disable-getting-started-override',
            '--reconnection-grace-time', '5',
            // Lets a page run an extension's tests (payload extensionTestsPath) and report the exit code.
            '--vscode-option', 'enable-smoke-test-driver',
            ...extraArgs,
        ];
        let output = '';
        // detached: the child calls setsid(), so it leads a process group of its own.
        const child: ChildProcess = spawn(this.node, args, { env: this.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
        child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        const stop = async () => {
            if (child.pid === undefined || child.exitCode !== null) return;
            try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
            const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
            try { process.kill(-child.pid, 'SIGKILL'); } catch { /* every process of the group is gone */ }
            if (!stopped) await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000))]);
        };
        const url = `http://127.0.0.1:${port}`;
        const deadline = Date.now() + startupTimeoutMs;
        for (;;) {
            if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output}`);
            try {
                const response = await fetch(`${url}/healthz`);
                if (response.ok) break;
            } catch {
                // not listening yet
            }
            if (Date.now() > deadline) {
                await stop();
                throw new Error(`code-server did not answer on ${url} within ${startupTimeoutMs} ms:\n${output}`);
            }
            await new Promise((r) => setTimeout(r, 200));
        }
        return { url, log: () => output, stop };
    }
}
