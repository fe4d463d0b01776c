import { CstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { District, Graduation } from '../generated/ast.js';

/**
 * KDH048's fix: the category (with its doc comment) cut from the file's top level and written as the
 * district block's last entry, indented one level more, so it applies to that district's households only.
 */
export function moveIntoDistrict(document: LangiumDocument, graduation: Graduation, district: District): TextEdit[] {
    const text = document.textDocument;
    const node = graduation.$cstNode;
    const open = GrammarUtils.findNodeForKeyword(district.$cstNode, '{');
    const close = GrammarUtils.findNodeForKeyword(district.$cstNode, '}');
    if (!node || !open || !close || close.range.start.line === open.range.start.line) return [];
    const comment = CstUtils.findCommentNode(node, ['ML_COMMENT']);
    const first = (comment ?? node).range.start.line;
    let next = node.range.end.line + 1;
    // the blank line after the category goes with it
    if (next < text.lineCount && text.getText({ start: { line: next, character: 0 }, end: { line: next + 1, character: 0 } }).trim() === '') next++;
    const blankAt = (line: number) => text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).trim() === '';
    // at the end of the file, the blank line before the category goes instead, so the file ends as before
    let from = first;
    if (next >= text.lineCount - 1 && first > 0 && blankAt(first - 1) && first - 1 > close.range.start.line) from = first - 1;
    const lines = text.getText({ start: { line: first, character: 0 }, end: { line: node.range.end.line + 1, character: 0 } })
        .replace(/\r?\n$/, '').split(/\r?\n/);
    const margin = /^[ \t]*/.exec(text.getText({ start: { line: close.range.start.line, character: 0 }, end: close.range.start }))![0];
    const moved = lines.map((line) => (line.trim() === '' ? '' : `${margin}  ${line}`)).join('\n');
    return [
        { range: { start: { line: from, character: 0 }, end: { line: next, character: 0 } }, newText: '' },
        { range: { start: { line: close.range.start.line, character: 0 }, end: { line: close.range.start.line, character: 0 } }, newText: `\n${moved}\n` },
    ];
}
