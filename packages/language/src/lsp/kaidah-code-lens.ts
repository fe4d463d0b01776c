import { GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isRuleFile, isTestCase } from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { lspMessages } from './lsp-messages.js';

/** The command the VS Code extension registers to run one test: arguments [document URI, test name]. */
const runTestCommand = 'kaidah.runTest';

/** "▶ Run test" above every `test "..."` block, so an officer runs the one they are writing. */
export class KaidahCodeLensProvider implements CodeLensProvider {
    private readonly services: KaidahServices;

    constructor(services: KaidahServices) {
        this.services = services;
    }

    provideCodeLens(document: LangiumDocument): MaybePromise<CodeLens[] | undefined> {
        const root = document.parseResult.value;
        if (!isRuleFile(root)) return [];
        const title = lspMessages(this.services.settings.lang).runTest;
        return root.elements.filter(isTestCase).flatMap((test) => {
            const keyword = GrammarUtils.findNodeForKeyword(test.$cstNode, 'test') ?? test.$cstNode;
            if (!keyword || typeof test.name !== 'string') return [];
            return [{ range: keyword.range, command: { title, command: runTestCommand, arguments: [document.uri.toString(), test.name] } }];
        });
    }
}
