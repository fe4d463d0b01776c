import type { Range } from 'vscode-languageserver-types';
import type { RuleFiles } from './case.js';

export const open = '⟦';
export const close = '⟧';

export interface Marked {
    file: string;
    range: Range;
    /** The text between the markers. */
    text: string;
}

/**
 * Strips `⟦...⟧` markers from each file and returns the files as they are built, with the ranges
 * the markers enclosed: files in the order given, then by where each marker opens (so an outer
 * marker comes before one nested inside it). Markers may be empty (`⟦⟧`) to mark a position.
 */
export function stripMarkers(files: RuleFiles): { files: RuleFiles; marked: Marked[] } {
    const stripped: RuleFiles = {};
    const marked: Marked[] = [];
    for (const [file, text] of Object.entries(files)) {
        const result = stripMarkersOf(text);
        stripped[file] = result.text;
        marked.push(...result.ranges.map((r) => ({ file, ...r })));
    }
    return { files: stripped, marked };
}

function stripMarkersOf(marked: string): { text: string; ranges: { range: Range; text: string }[] } {
    let text = '';
    let line = 0;
    let character = 0;
    const stack: { line: number; character: number; offset: number; index: number }[] = [];
    const ranges: { range: Range; text: string; index: number }[] = [];
    let opened = 0;
    for (const ch of marked) {
        if (ch === open) {
            stack.push({ line, character, offset: text.length, index: opened++ });
        } else if (ch === close) {
            const start = stack.pop();
            if (!start) throw new Error(`A \`${close}\` without \`${open}\` at ${line + 1}:${character + 1}`);
            ranges.push({
                range: { start: { line: start.line, character: start.character }, end: { line, character } },
                text: text.slice(start.offset),
                index: start.index,
            });
        } else {
            text += ch;
            if (ch === '\n') {
                line++;
                character = 0;
            } else {
                character += ch.length; // UTF-16 code units, as LSP positions count
            }
        }
    }
    if (stack.length > 0) throw new Error(`An \`${open}\` that is never closed`);
    ranges.sort((a, b) => a.index - b.index);
    return { text, ranges: ranges.map(({ range, text }) => ({ range, text })) };
}

/** Rule text without markers, for documentation. */
export function withoutMarkers(text: string): string {
    return text.split(open).join('').split(close).join('');
}

/** `main.kaidah 7:25-7:31`, 1-based like `kaidah check`, for readable test failures. */
export function describeRange(file: string, range: Range): string {
    const at = (p: Range['start']) => `${p.line + 1}:${p.character + 1}`;
    return `${file} ${at(range.start)}-${at(range.end)}`;
}
