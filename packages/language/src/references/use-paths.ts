import { URI, UriUtils, type LangiumDocument } from 'langium';
import { isRuleFile, type Use } from '../generated/ast.js';

/** A `use "file.kaidah"` path, resolved relative to the folder of the file that says it. */
export function resolveUsePath(fromDocument: URI, path: string): URI {
    return UriUtils.resolvePath(UriUtils.dirname(fromDocument), wellFormed(path));
}

/** A path an editor sent with a lone surrogate cannot become a URI; such characters become U+FFFD. */
function wellFormed(path: string): string {
    return path.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
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

/**
 * When `from` uses `target` and `target` (through the files it uses) comes back to `from`, the file
 * names around the circle, starting and ending at `from`; otherwise undefined.
 */
export function findUseCycle(
    from: LangiumDocument,
    target: URI,
    getDocument: (uri: URI) => LangiumDocument | undefined,
): string[] | undefined {
    const name = (uri: URI) => UriUtils.basename(uri);
    const start = from.uri.toString();
    const previous = new Map<string, string>();
    const queue: URI[] = [target];
    const seen = new Set<string>([target.toString()]);
    while (queue.length > 0) {
        const uri = queue.shift()!;
        if (uri.toString() === start) {
            const chain: string[] = [];
            for (let at: string | undefined = start; at !== undefined; at = previous.get(at)) chain.unshift(at);
            return [name(from.uri), ...chain.map((u) => name(URI.parse(u)))];
        }
        const document = getDocument(uri);
        if (!document) continue;
        for (const next of usedUris(document)) {
            if (seen.has(next.toString())) continue;
            seen.add(next.toString());
            previous.set(next.toString(), uri.toString());
            queue.push(next);
        }
    }
    return undefined;
}
