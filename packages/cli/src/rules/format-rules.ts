import type { KaidahServices } from '@kaidah/language';
import { TextDocument, type LangiumDocument } from 'langium';

/** The same edits the editor gets for "Format Document", applied to the file's text. */
export async function formattedText(services: KaidahServices, document: LangiumDocument): Promise<string> {
    const edits = await services.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 2, insertSpaces: true },
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Whether a text parses without any syntax error, as the file did before formatting. */
export function readsCleanly(services: KaidahServices, text: string): boolean {
    const { lexerErrors, parserErrors } = services.parser.LangiumParser.parse(text);
    return lexerErrors.length === 0 && parserErrors.length === 0;
}
