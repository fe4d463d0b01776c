import { AstUtils, GrammarAST, type AstNode, type AstNodeDescription, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor,
    type CompletionContext,
    type CompletionValueItem,
    type LangiumServices,
    type NextFeature,
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { documentationOf } from '../compile/documentation.js';
import { isDistrict, isGraduation, isTestCase, type District } from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { ruleFilesInScope } from '../validation/rule-file-closure.js';
import { TypesForList } from './declaration-types.js';
import { lspMessages } from './lsp-messages.js';
import { snippetsFor } from './completion-snippets.js';
import { indonesianKeywordsFor } from './keyword-completion.js';
import { fileLanguage } from '../keywords/file-language.js';

/**
 * Which kinds of names make sense where, so that completion offers what the checks would accept:
 * a graduation condition reads household columns, values and constants but never a district
 * quantity; a target reads quantities and constants but never household data.
 */
const namesAllowedIn: Record<string, ReadonlySet<string>> = {
    Graduation: new Set(['Column', 'Value', 'Constant']),
    Value: new Set(['Column', 'Value', 'Constant']),
    Constant: new Set(['Constant']),
    Column: new Set(['Constant']),
    Component: new Set(['Column', 'Value', 'Constant']),
    Target: new Set(['Quantity', 'Constant']),
    Reward: new Set(['Quantity', 'Constant']),
    Quantity: new Set(['Quantity', 'Constant']),
    QuantitySetting: new Set(['Quantity', 'Constant']),
    TestField: new Set(['Constant']),
    ExpectTarget: new Set(['Constant']),
    ExpectValue: new Set(['Constant']),
};

/**
 * Completion: Langium's keywords in context and names in scope (only from the files a file uses),
 * narrowed to what fits where the cursor is and described in the officer's words (kind and type,
 * doc comment); district names inside `expect target ... of "..."`; and snippets for a new
 * graduation rule, district and test.
 */
export class KaidahCompletionProvider extends DefaultCompletionProvider {
    private readonly kaidah: KaidahServices;

    constructor(services: KaidahServices) {
        super(services as LangiumServices);
        this.kaidah = services;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        if (assignment?.feature === 'district' && GrammarAST.isRuleCall(next.feature) && context.node) {
            return this.completeDistrictName(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        // Keywords and snippets as the file writes them: in an Indonesian file `jika`, `graduasi ...`.
        const lang = fileLanguage(context.textDocument.getText());
        // `graduation`, `district` and `test` start a declaration only where one may start.
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        if (rule) {
            for (const snippet of snippetsFor(rule, keyword.value, context.node ?? context.document.parseResult.value, this.kaidah, lang)) {
                acceptor(context, { ...snippet, kind: CompletionItemKind.Snippet, insertTextFormat: InsertTextFormat.Snippet, sortText: '2' });
            }
        }
        if (!this.filterKeyword(context, keyword)) return;
        const detail = lspMessages(this.kaidah.settings.lang).keyword;
        for (const label of lang === 'en' ? [keyword.value] : indonesianKeywordsFor(keyword)) {
            acceptor(context, { label, kind: this.getKeywordCompletionItemKind(keyword), detail, sortText: '1' });
        }
    }

    /** Types shown beside the names offered; a new budget for each completion request. */
    private types: TypesForList | undefined;

    override async getCompletion(...args: Parameters<DefaultCompletionProvider['getCompletion']>) {
        this.types = new TypesForList(this.kaidah.types.TypeSystem);
        return super.getCompletion(...args);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        // Only names inside formulas are narrowed; `expect x = ...` may name any column or value.
        const place = refInfo.container.$type === 'NameRef' ? placeOf(refInfo.container) : undefined;
        const allowed = place ? namesAllowedIn[place.$type] : undefined;
        return allowed ? candidates.filter((c) => allowed.has(c.type)) : candidates;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const m = lspMessages(this.kaidah.settings.lang);
        const node = description.node;
        const type = node && !isGraduation(node) ? this.types?.typeOf(node) : undefined;
        const label = isGraduation(node) && node.label ? `"${node.label}"` : undefined;
        const detail = [m.kinds[description.type] ?? description.type, type ? m.typeNames[type] : label].filter(Boolean).join(' · ');
        const doc = node ? documentationOf(node) : undefined;
        return { ...item, detail, ...(doc ? { documentation: { kind: 'markdown', value: doc } } : {}) };
    }

    /** `expect target self_reliant of "` offers the districts the file sees, quoted. */
    private completeDistrictName(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const documents = this.kaidah.shared.workspace.LangiumDocuments;
        const districts = ruleFilesInScope(context.node!, documents)
            .flatMap((f) => f.elements)
            .filter((e): e is District => isDistrict(e) && typeof e.name === 'string');
        const text = context.textDocument.getText();
        // Replace the whole string under the cursor (editors close quotes as they are typed).
        const end = text[context.tokenOffset] === '"' ? Math.max(context.offset, context.tokenEndOffset) : context.offset;
        const range = { start: context.textDocument.positionAt(context.tokenOffset), end: context.textDocument.positionAt(end) };
        const kind = lspMessages(this.kaidah.settings.lang).kinds.District;
        for (const district of districts) {
            const quoted = `"${district.name}"`;
            acceptor(context, { label: quoted, kind: CompletionItemKind.Module, detail: kind, sortText: '0', textEdit: { range, newText: quoted } });
        }
    }
}

/** The declaration, setting or test line a reference is written in. */
function placeOf(node: AstNode | undefined): AstNode | undefined {
    return AstUtils.getContainerOfType(node, (n): n is AstNode => n.$type in namesAllowedIn || isTestCase(n));
}
