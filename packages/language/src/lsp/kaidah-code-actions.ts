import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { KaidahServices } from '../kaidah-module.js';
import { Diagnostics } from '../validation/diagnostics.js';

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
        const data = diagnostic.data as { fix?: string; suggestion?: string } | undefined;
        const en = this.services.settings.lang === 'en';
        if (diagnostic.code === Diagnostics.targetNotCount.code && data?.fix === 'round-down') {
            const formula = document.textDocument.getText(diagnostic.range);
            return [quickFix(en ? 'Round the target down' : 'Bulatkan target ke bawah', diagnostic, document, `round down(${formula})`, true)];
        }
        if (diagnostic.code === Diagnostics.unknownName.code && data?.suggestion) {
            return [quickFix(en ? `Change to \`${data.suggestion}\`` : `Ganti menjadi \`${data.suggestion}\``, diagnostic, document, data.suggestion, true)];
        }
        return [];
    }
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
