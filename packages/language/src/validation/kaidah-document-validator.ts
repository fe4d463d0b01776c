import { AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator, GrammarAST, type LangiumDocument, type ParseResult, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isConstant, isQuantity, isQuantitySetting, isReward, isTarget } from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { Diagnostics, type SyntaxDetail } from './diagnostics.js';
import { nearestName } from './nearest-name.js';
import { keywordForName, pruneCascade, suggestKeyword } from './syntax-recovery.js';
import { fileTooLargeMessage, lineTooLongMessage, maxFileLength, maxLineLength } from '../parser/size-guard.js';
import { lengthErrorMessage, maxNestingDepth, maxOperatorsPerFormula, nestingErrorMessage } from '../parser/nesting-guard.js';

/**
 * Gives syntax and name-resolution errors Kaidah's codes and bilingual messages; Langium's own
 * messages speak of tokens and AST types, which officers should never have to read.
 */
export class KaidahDocumentValidator extends DefaultDocumentValidator {
    private readonly services: KaidahServices;
    /** The grammar's word keywords, for "did you mean" on a misspelled one. */
    private readonly keywords: string[];

    constructor(services: KaidahServices) {
        super(services);
        this.services = services;
        this.keywords = [...new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword)
            .map((k) => k.value).filter((v) => /^[a-z]{3,}$/.test(v)))];
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = pruneCascade(
            await super.validateDocument(document, options, cancelToken),
            (d) => (d.data as { code?: string } | undefined)?.code === DocumentValidator.ParsingError,
            (d) => (d.data as { keywordName?: boolean } | undefined)?.keywordName === true,
            (d) => (d.data as { code?: string } | undefined)?.code === DocumentValidator.LexingError,
            document.textDocument.getText().split(/\r?\n/),
        );
        const docs = this.services.settings.diagnosticsDocUri;
        if (docs) {
            for (const diagnostic of diagnostics) {
                if (typeof diagnostic.code === 'string') diagnostic.codeDescription = { href: `${docs}#${diagnostic.code.toLowerCase()}` };
            }
        }
        return diagnostics;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        for (const diagnostic of diagnostics.slice(first)) {
            const character = /->(.*?)<-/s.exec(diagnostic.message)?.[1] ?? diagnostic.message;
            diagnostic.message = Diagnostics.unexpectedCharacter[this.lang](({ character }));
            diagnostic.code = Diagnostics.unexpectedCharacter.code;
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        // pair each diagnostic with its parser error (errors without a place give no diagnostic)
        const errors = [...parseResult.parserErrors];
        for (const diagnostic of diagnostics.slice(first)) {
            while (errors.length > 0 && errors[0]!.message !== diagnostic.message) errors.shift();
            const error = errors.shift();
            const detail: SyntaxDetail = diagnostic.message === nestingErrorMessage ? { kind: 'tooDeep', depth: maxNestingDepth }
                : diagnostic.message === lengthErrorMessage ? { kind: 'tooLong', operations: maxOperatorsPerFormula }
                    : diagnostic.message === lineTooLongMessage ? { kind: 'lineTooLong', characters: maxLineLength }
                        : diagnostic.message === fileTooLargeMessage ? { kind: 'fileTooLarge', characters: maxFileLength }
                    : syntaxDetail(diagnostic.message);
            if ((detail.kind === 'expected' || detail.kind === 'unexpected') && detail.found !== '') {
                const previous = error && 'previousToken' in error ? (error as { previousToken?: { tokenType?: { name?: string } } }).previousToken : undefined;
                const expected = detail.kind === 'expected' && detail.quoted ? detail.expected : undefined;
                const suggestion = suggestKeyword(detail.found, expected, this.keywords, previous?.tokenType?.name === 'MONEY');
                if (suggestion) detail.suggestion = suggestion;
            }
            diagnostic.message = Diagnostics.syntax[this.lang]({ detail });
            diagnostic.code = Diagnostics.syntax.code;
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const unresolved = document.references.filter((reference) => reference.error);
        diagnostics.slice(first).forEach((diagnostic, index) => {
            const reference = unresolved[index];
            const info = reference?.error?.info;
            if (!info) return;
            const name = info.reference.$refText;
            const scope = this.services.references.ScopeProvider.getScope(info);
            // Where only figures worked out once may stand (targets, constants, district quantities),
            // a household column is no answer to a misspelling.
            const workedOutOnce = AstUtils.getContainerOfType(info.container, (n) => isTarget(n) || isReward(n) || isConstant(n) || isQuantity(n) || isQuantitySetting(n));
            const candidates = scope.getAllElements()
                .filter((d) => !workedOutOnce || (d.type !== 'Column' && d.type !== 'Value'))
                .map((d) => d.name);
            // `rounddown(`: a keyword written as one word, not a misspelt name
            const keyword = keywordForName(name);
            const suggestion = keyword ?? nearestName(name, candidates);
            const what = isTarget(info.container) ? 'category' : isQuantitySetting(info.container) ? 'quantity' : 'name';
            diagnostic.message = Diagnostics.unknownName[this.lang]({ name, what, suggestion });
            diagnostic.code = Diagnostics.unknownName.code;
            diagnostic.data = { ...diagnostic.data, suggestion, ...(keyword ? { keywordName: true } : {}) };
        });
    }

    private get lang() {
        return this.services.settings.lang;
    }
}

/**
 * Chevrotain says "Expecting token of type 'when' but found `x`."; officers read "expected `when` but
 * found `x`" (or "seharusnya `when`, tetapi tertulis `x`"), and never "EOF".
 */
function syntaxDetail(message: string): SyntaxDetail {
    const expectedToken = /Expecting token of type '([^']*)' but found `([^`]*)`/.exec(message);
    if (expectedToken) {
        const [, expected, found] = expectedToken;
        if (expected === 'EOF' || found === '') return { kind: 'unexpected', found };
        return { kind: 'expected', expected, found, quoted: true };
    }
    const endOfFile = /Expecting end of file but found `([^`]*)`/.exec(message);
    if (endOfFile) return { kind: 'unexpected', found: endOfFile[1] };
    const alternatives = /Expecting: one of these possible Token sequences:[\s\S]*but found: '([^']*)'/.exec(message);
    if (alternatives) return { kind: 'unexpected', found: alternatives[1] };
    const arrows = /Expecting --> (.*?) <-- but found --> '(.*?)' <--/.exec(message);
    if (arrows) return arrows[2] === '' ? { kind: 'unexpected', found: '' } : { kind: 'expected', expected: arrows[1], found: arrows[2], quoted: false };
    return { kind: 'other', message };
}
