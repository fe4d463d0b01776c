import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const extensionDir = path.join(repoRoot, 'packages/vscode');
export const bundledServer = path.join(extensionDir, 'dist/server.mjs');
export const examplesDir = path.join(repoRoot, 'examples/pkh');
/** The same rules written in Bahasa Indonesia. */
export const examplesIdDir = path.join(repoRoot, 'examples/pkh-id');
export const artifactsDir = path.join(repoRoot, 'test/editor/artifacts');

/** Where `.ci/run` (through test/editor/install-tools.sh) installs node@24 and code-server. */
export const toolsCache = process.env.KAIDAH_CACHE ?? path.join(homedir(), '.cache/kaidah-ci');

/**
 * In CI (`.ci/run` sets KAIDAH_REQUIRE_EDITOR_TOOLS=1 after installing them) a missing tool is a
 * failure, never a silent skip.
 */
export const editorToolsRequired = process.env.KAIDAH_REQUIRE_EDITOR_TOOLS === '1';

/** The first of the candidates that exists on this machine, or undefined. */
export function firstExisting(...candidates: Array<string | undefined>): string | undefined {
    return candidates.find((candidate): candidate is string => candidate !== undefined && candidate !== '' && existsSync(candidate));
}

/**
 * The reason a test cannot run here (printed with the skip), or undefined. With
 * KAIDAH_REQUIRE_EDITOR_TOOLS=1 it throws instead, so that CI never passes by skipping.
 */
export function missingTool(what: string, found: string | undefined, hint: string): string | undefined {
    if (found) return undefined;
    const reason = `${what} is not installed (${hint}); run test/editor/install-tools.sh`;
    if (editorToolsRequired) throw new Error(`${reason}: KAIDAH_REQUIRE_EDITOR_TOOLS=1 demands it`);
    console.warn(`[editor tests] skipped: ${reason}`);
    return reason;
}
