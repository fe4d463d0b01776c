import type { Lang } from '@kaidah/engine';
import { URI, UriUtils } from 'langium';
import { isInsideFolder, PROJECT_FILE } from './project-root.js';

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
 * A folder `use` may not leave: a project root (`workspace/project-root.ts`), or, outside any
 * project, the folder of the rules (`marked` false: nothing marks it as a project).
 */
export interface RulesRoot {
    uri: URI;
    marked: boolean;
}

/** What KDH010 says of the folder a `use` left, and the path that would reach the file inside it. */
export interface OutsideAdvice {
    root: string;
    marked: boolean;
    suggestion?: string;
}

/**
 * Per-session settings: the language of messages, and the folders rule files may `use` files from.
 * The CLI sets them from the project of the files named; the language server from the project of the
 * folders the client opened.
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
    private roots: RulesRoot[] = [];

    /** The project roots (or folders, when not `marked`) that `use` may not leave. */
    setRoots(roots: Array<URI | RulesRoot>): void {
        this.roots = roots.map((root) => (root instanceof URI ? { uri: root, marked: true } : root));
    }

    /** The innermost allowed folder holding `uri`: the project a rule file belongs to. */
    rootOf(uri: URI): RulesRoot | undefined {
        return this.roots.filter((root) => isInsideFolder(root.uri, uri))
            .sort((a, b) => b.uri.path.length - a.uri.path.length)[0];
    }

    /**
     * For KDH010: the project `from` belongs to, and the path from `from`'s folder to a file of the
     * same name at the project's top, when there is one (`use "../../pkh-2024.kaidah"` one `..` too many).
     */
    outsideAdvice(from: URI, target: URI): OutsideAdvice {
        const root = this.rootOf(from) ?? this.roots[0];
        if (!root) return { root: '', marked: false };
        const advice: OutsideAdvice = { root: shownFolder(root.uri), marked: root.marked };
        const name = UriUtils.basename(target);
        const candidate = UriUtils.joinPath(root.uri, name);
        if (name !== PROJECT_FILE && name.endsWith('.kaidah') && this.files?.kind(candidate) === 'file') {
            const relative = UriUtils.relative(UriUtils.dirname(from), candidate);
            if (relative !== '') advice.suggestion = relative;
        }
        return advice;
    }

    /**
     * True when `uri` lies inside one of the allowed folders (or when none are set). On disk, paths
     * are compared with their links followed: `rules/link.kaidah → ../outside/x.kaidah` is outside.
     */
    isInsideRoots(uri: URI): boolean {
        if (this.roots.length === 0) return true;
        const realTarget = this.files?.realPath(uri);
        return this.roots.some(({ uri: root }) => isInsideFolder(root, uri)
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

/** A folder as messages show it: its path on disk, with a final `/`. */
function shownFolder(folder: URI): string {
    const path = folder.scheme === 'file' ? folder.fsPath : folder.toString();
    return path.endsWith('/') || path.endsWith('\\') ? path : `${path}/`;
}
