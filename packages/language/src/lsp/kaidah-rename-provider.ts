import { AstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { KaidahServices } from '../kaidah-module.js';
import { lspMessages } from './lsp-messages.js';
import { fileLanguage } from '../keywords/file-language.js';
import { keywordsIn } from '../keywords/file-keywords.js';
import type { RuleLanguage } from '../keywords/keyword-table.js';

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
        const lang = fileLanguage(document.textDocument.getText());
        if (!this.isValidName(params.newName, lang)) {
            throw new ResponseError(ErrorCodes.InvalidParams, lspMessages(this.kaidah.settings.lang).invalidName(params.newName, keywordsIn(lang)));
        }
        return super.rename(document, params);
    }

    /** Whether the name reads as one name in a file of `lang` (a keyword first sets the file's language). */
    private isValidName(name: string, lang: RuleLanguage): boolean {
        const prefix = lang === 'id' ? 'keluarga ' : 'household ';
        const { tokens, errors } = this.kaidah.parser.Lexer.tokenize(prefix + name);
        const token = tokens[1];
        if (errors.length > 0 || tokens.length !== 2 || !token || token.startOffset !== prefix.length || token.endOffset !== prefix.length + name.length - 1) return false;
        return token.tokenType.name === 'ID' || this.keywordNames.has(token.tokenType.name);
    }
}
