import type { Lang } from '@kaidah/engine';
import { URI, UriUtils } from 'langium';

/**
 * Per-session settings: the language of messages, and the folders rule files may `use` files from.
 * The CLI sets them from its arguments; the language server from the client at initialize.
 */
export class KaidahSettings {
    lang: Lang = 'en';
    /** Where `docs/diagnostics.md` is, so editors can link each diagnostic code to its explanation. */
    diagnosticsDocUri?: string;
    /**
     * Whether a file exists, for tables of test cases; set where there is a file system (the CLI, the
     * language server), left unset in memory, where every table is taken to exist.
     */
    fileExists?: (uri: URI) => boolean;
    /** Folders that `use` may not leave; empty means no restriction is known yet. */
    private roots: URI[] = [];

    setRoots(roots: URI[]): void {
        this.roots = [...roots];
    }

    /** True when `uri` lies inside one of the allowed folders (or when none are set). */
    isInsideRoots(uri: URI): boolean {
        if (this.roots.length === 0) return true;
        return this.roots.some((root) => isInsideFolder(root, uri));
    }
}

function isInsideFolder(folder: URI, uri: URI): boolean {
    if (folder.scheme !== uri.scheme) return false;
    const relative = UriUtils.relative(folder, uri);
    return !relative.startsWith('..') && !relative.startsWith('/');
}
