import { readFileSync } from 'node:fs';

/** The version of the `kaidah` command, from its package.json (beside dist/ and src/ alike). */
export function cliVersion(): string {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return manifest.version;
}
