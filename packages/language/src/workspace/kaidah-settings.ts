import type { Lang } from '@kaidah/engine';
import { URI, UriUtils } from 'langium';

/** What a path names on disk, as far as reading rules goes. */
export type FileKind = 'file' | 'folder' | 'other' | 'missing';

/**
 * What the file system can say about a path, where there is one (the CLI, the language server;
 * `node/file-probe.ts`). Left unset in memory, where only the documents built exist.
 */
export interface FileProbe {
    kind(uri: URI): FileKind;
    /** The path with every symbolic link followed; undefined when it does not exist. */
    realPath(uri: URI): URI | undefined;
}

/** Why a `use` cannot be followed (KDH009, KDH010), or `ok`. */
export type UseTarget = 'ok' | 'outside' | 'missing' | 'folder' | 'notKaidah' | 'notAFile';

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
    files?: FileProbe;
    /** Folders that `use` may not leave; empty means no restriction is known yet. */
    private roots: URI[] = [];

    setRoots(roots: URI[]): void {
        this.roots = [...roots];
    }

    /**
     * True when `uri` lies inside one of the allowed folders (or when none are set). On disk, paths
     * are compared with their links followed: `rules/link.kaidah → ../outside/x.kaidah` is outside.
     */
    isInsideRoots(uri: URI): boolean {
        if (this.roots.length === 0) return true;
        const realTarget = this.files?.realPath(uri);
        return this.roots.some((root) => isInsideFolder(root, uri)
            && (!realTarget || isInsideFolder(this.files?.realPath(root) ?? root, realTarget)));
    }

    /**
     * The one decision on what a `use` may load, taken alike by the CLI's loader and the validator:
     * a regular `.kaidah` file inside the rules' folders. `isDocument` says whether the file is
     * already among the documents (in memory it is all there is).
     */
    useTarget(uri: URI, isDocument: boolean): UseTarget {
        if (!this.isInsideRoots(uri)) return 'outside';
        // A document open in the editor counts even before it is saved.
        const kind = isDocument ? 'file' : this.files?.kind(uri) ?? (this.fileExists?.(uri) ? 'file' : 'missing');
        if (kind === 'missing') return 'missing';
        if (kind === 'folder') return 'folder';
        if (kind === 'other') return 'notAFile';
        if (!uri.path.endsWith('.kaidah')) return 'notKaidah';
        return 'ok';
    }
}

function isInsideFolder(folder: URI, uri: URI): boolean {
    if (folder.scheme !== uri.scheme) return false;
    const relative = UriUtils.relative(folder, uri);
    return !relative.startsWith('..') && !relative.startsWith('/');
}
