import { URI, UriUtils, type LangiumDocument } from 'langium';
import { isRuleFile, type Use } from '../generated/ast.js';

/** A `use "file.kaidah"` path, resolved relative to the folder of the file that says it. */
export function resolveUsePath(fromDocument: URI, path: string): URI {
    return UriUtils.resolvePath(UriUtils.dirname(fromDocument), path);
}

export function usedUris(document: LangiumDocument): URI[] {
    const root = document.parseResult.value;
    if (!isRuleFile(root)) return [];
    return root.uses.filter(hasPath).map((use) => resolveUsePath(document.uri, use.path));
}

function hasPath(use: Use): boolean {
    return typeof use.path === 'string' && use.path.length > 0;
}

/**
 * The document and every document it uses, directly or through others, keyed by URI string, in
 * the order found (the document itself first). Documents not loaded are skipped; the validator
 * reports them.
 */
export function collectUseClosure(
    start: LangiumDocument,
    getDocument: (uri: URI) => LangiumDocument | undefined,
): Map<string, LangiumDocument> {
    const found = new Map<string, LangiumDocument>([[start.uri.toString(), start]]);
    const queue: LangiumDocument[] = [start];
    while (queue.length > 0) {
        const document = queue.shift()!;
        for (const uri of usedUris(document)) {
            const key = uri.toString();
            if (found.has(key)) continue;
            const used = getDocument(uri);
            if (!used) continue;
            found.set(key, used);
            queue.push(used);
        }
    }
    return found;
}

/**
 * The document and the documents it uses, each after the files it uses (a file's own
 * declarations come after those it builds on). Used files appear once, however often they are used.
 */
export function documentsInUseOrder(
    entry: LangiumDocument,
    getDocument: (uri: URI) => LangiumDocument | undefined,
): LangiumDocument[] {
    const ordered: LangiumDocument[] = [];
    const visited = new Set<string>();
    const visit = (document: LangiumDocument) => {
        visited.add(document.uri.toString());
        for (const uri of usedUris(document)) {
            const used = getDocument(uri);
            if (used && !visited.has(uri.toString())) visit(used);
        }
        ordered.push(document);
    };
    visit(entry);
    return ordered;
}
