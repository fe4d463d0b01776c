import { AstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { KaidahServices } from '../kaidah-module.js';
import { lspMessages } from './lsp-messages.js';

/**
 * Rename across files (Langium's, through the references the scope provider resolved), refusing a new
 * name the rules could not read: `monthly income` or `when` would turn every use into an error.
 */
export class KaidahRenameProvider extends DefaultRenameProvider {
    private readonly kaidah: KaidahServices;
    /** The keywords the grammar also accepts as names (`district`, `count`, ...). */
    private readonly keywordNames: Set<string>;

    constructor(services: KaidahServices) {
        super(services as LangiumServices);
        this.kaidah = services;
        const nameRule = services.Grammar.rules.find((rule) => rule.name === 'Name');
        this.keywordNames = new Set(nameRule ? AstUtils.streamAllContents(nameRule).filter(GrammarAST.isKeyword).map((k) => k.value) : []);
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        if (!this.isValidName(params.newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, lspMessages(this.kaidah.settings.lang).invalidName(params.newName));
        }
        return super.rename(document, params);
    }

    private isValidName(name: string): boolean {
        const { tokens, errors } = this.kaidah.parser.Lexer.tokenize(name);
        if (errors.length > 0 || tokens.length !== 1 || tokens[0].image !== name) return false;
        return tokens[0].tokenType.name === 'ID' || this.keywordNames.has(name);
    }
}
