import type { LangiumDocument, MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams,
    DocumentOnTypeFormattingOptions,
    DocumentRangeFormattingParams,
    TextEdit,
} from 'vscode-languageserver';
import { canonicalText } from './canonical-text.js';
import { lineEdits } from './line-diff.js';

/**
 * Kaidah's formatter: one canonical layout (2-space indentation, tables of columns, amounts and
 * settings aligned, one blank line between declarations), whatever the editor's tab settings, so that
 * two officers' edits give small, clean diffs. Langium's AbstractFormatter places spaces token by
 * token and cannot line up columns across rows, so the layout is computed as a whole text
 * (canonical-text.ts) and handed back as edits of the lines that changed.
 */
export class KaidahFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return this.editsFor(document);
    }

    /** Keeps the changes that touch the selected lines; the rest of the file is left as it is. */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        const { start, end } = params.range;
        const lastLine = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
        return this.editsFor(document).filter((edit) => {
            const from = edit.range.start.line;
            const to = Math.max(from, edit.range.end.line - 1);
            return from <= lastLine && to >= start.line;
        });
    }

    formatDocumentOnType(): MaybePromise<TextEdit[]> {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private editsFor(document: LangiumDocument): TextEdit[] {
        const formatted = canonicalText(document);
        if (formatted === undefined) return [];
        const text = document.textDocument.getText();
        // A file written with Windows line endings keeps them: only the layout changes. Any other
        // file, old Mac files ending lines with a lone CR and mixed ones included, gets LF.
        return lineEdits(text, text.includes('\r\n') ? formatted.replace(/\n/g, '\r\n') : formatted);
    }
}
