import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { isDistrict, isGraduation, isRuleFile, type District } from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { keywordsOf } from '../keywords/file-keywords.js';
import { Diagnostics } from '../validation/diagnostics.js';
import { lspMessages } from './lsp-messages.js';
import { moveIntoDistrict } from './move-into-district.js';

/**
 * What the validator puts in a diagnostic's data for its quick fix: KDH013 a rounding, KDH003 the
 * nearest name, KDH012 the quantity to add, KDH045 the percentage. Fixes never read the message, which is in either language.
 */
interface QuickFixData {
    fix?: 'round-down';
    suggestion?: string;
    quantity?: string;
    /** KDH045: the percentage to write in place of a plain number. */
    replacement?: string;
    /** KDH048: the district block to move the category into. */
    district?: string;
}

/** Quick fixes for the diagnostics that say exactly what to change. */
export class KaidahCodeActionProvider implements CodeActionProvider {
    private readonly services: KaidahServices;

    constructor(services: KaidahServices) {
        this.services = services;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        return params.context.diagnostics.flatMap((diagnostic) => this.fixesFor(document, diagnostic));
    }

    private fixesFor(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const data = diagnostic.data as QuickFixData | undefined;
        const m = lspMessages(this.services.settings.lang);
        if (diagnostic.code === Diagnostics.targetNotCount.code && data?.fix === 'round-down') {
            const formula = document.textDocument.getText(diagnostic.range);
            // inserted as the file writes it: `bulatkan ke bawah(...)` in a file in Bahasa Indonesia
            return [quickFix(m.roundTargetDown, diagnostic, document, `${keywordsOf(document)('round down')}(${formula})`, true)];
        }
        if (diagnostic.code === Diagnostics.percentVersusNumber.code && data?.replacement) {
            return [quickFix(m.changeTo(data.replacement), diagnostic, document, data.replacement, true)];
        }
        if (diagnostic.code === Diagnostics.unknownName.code && data?.suggestion) {
            return [quickFix(m.changeTo(data.suggestion), diagnostic, document, data.suggestion, true)];
        }
        if (diagnostic.code === Diagnostics.districtMissingQuantity.code && data?.quantity) {
            return this.addMissingQuantity(document, diagnostic, data.quantity);
        }
        if (diagnostic.code === Diagnostics.categoryForEveryDistrict.code && data?.district) {
            return this.moveCategory(document, diagnostic, data.district);
        }
        return [];
    }

    /** KDH048: the category moved into the one district block of the file. */
    private moveCategory(document: LangiumDocument, diagnostic: Diagnostic, districtName: string): CodeAction[] {
        const root = document.parseResult.value;
        if (!isRuleFile(root)) return [];
        const graduation = root.elements.filter(isGraduation)
            .find((g) => g.$cstNode && g.$cstNode.range.start.line <= diagnostic.range.start.line && g.$cstNode.range.end.line >= diagnostic.range.start.line);
        const district = root.elements.filter(isDistrict).find((d) => d.name === districtName);
        if (!graduation || !district) return [];
        const edits = moveIntoDistrict(document, graduation, district);
        if (edits.length === 0) return [];
        return [{
            title: lspMessages(this.services.settings.lang).moveIntoDistrict(graduation.name, district.name),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: { changes: { [document.textDocument.uri]: edits } },
        }];
    }

    /**
     * KDH012: the district's targets need a quantity it does not set. Adds `facilitators 0` as the
     * block's last setting, for the officer to put the real figure in place of the 0.
     */
    private addMissingQuantity(document: LangiumDocument, diagnostic: Diagnostic, quantity: string): CodeAction[] {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        const district = leaf && AstUtils.getContainerOfType(leaf.astNode, isDistrict);
        if (!district) return [];
        const edit = insertSetting(document, district, `${quantity} 0`);
        if (!edit) return [];
        return [{
            title: lspMessages(this.services.settings.lang).addQuantity(quantity, district.name),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: { changes: { [document.textDocument.uri]: [edit] } },
        }];
    }
}

/** A new line after the district's last quantity setting (or after its `{`), indented like the block. */
function insertSetting(document: LangiumDocument, district: District, setting: string): TextEdit | undefined {
    const text = document.textDocument;
    const open = GrammarUtils.findNodeForKeyword(district.$cstNode, '{');
    const close = GrammarUtils.findNodeForKeyword(district.$cstNode, '}');
    if (!open || !close) return undefined;
    const indentationAt = (line: number) => /^[ \t]*/.exec(text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))![0];
    const margin = indentationAt(district.$cstNode!.range.start.line);
    const last = district.settings[district.settings.length - 1]?.$cstNode;
    if (last) {
        const indent = last.range.start.line === open.range.start.line ? `${margin}  ` : indentationAt(last.range.start.line);
        return { range: { start: last.range.end, end: last.range.end }, newText: `\n${indent}${setting}` };
    }
    const between = { start: open.range.end, end: close.range.start };
    if (text.getText(between).trim() === '') {
        // `district "X" {}` or an empty block: open it with the new line.
        return { range: between, newText: `\n${margin}  ${setting}\n${margin}` };
    }
    return { range: { start: open.range.end, end: open.range.end }, newText: `\n${margin}  ${setting}` };
}

function quickFix(title: string, diagnostic: Diagnostic, document: LangiumDocument, newText: string, isPreferred: boolean): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [document.textDocument.uri]: [{ range: diagnostic.range, newText }] } },
    };
}
