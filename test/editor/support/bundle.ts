import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { bundledServer, extensionDir, repoRoot } from './paths.js';

function newestMtime(dir: string): number {
    let newest = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
    }
    return newest;
}

function bundleIsCurrent(): boolean {
    try {
        const bundled = statSync(bundledServer).mtimeMs;
        const compiled = Math.max(...['engine', 'language', 'cli'].map((pkg) => newestMtime(path.join(repoRoot, 'packages', pkg, 'dist'))));
        return bundled >= compiled;
    } catch {
        return false;
    }
}

/**
 * The tests speak to the bundled server, as the extension ships it. `npm test` builds it (the root
 * build ends with the extension's); when it is missing or older than the compiled packages (vitest
 * run by hand after a change), build it here, once, even when several test files ask at once.
 */
export async function ensureBundle(): Promise<void> {
    const lock = path.join(extensionDir, '.bundle-lock');
    for (let waited = 0; !bundleIsCurrent(); waited += 200) {
        try {
            mkdirSync(lock);
        } catch {
            if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
            await new Promise((resolve) => setTimeout(resolve, 200));
            continue;
        }
        try {
            if (!bundleIsCurrent()) execFileSync(process.execPath, [path.join(extensionDir, 'scripts/build.mjs')], { stdio: 'inherit' });
        } finally {
            rmSync(lock, { recursive: true, force: true });
        }
    }
}
