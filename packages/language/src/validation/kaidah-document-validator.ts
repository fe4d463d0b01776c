import { AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator, GrammarAST, type LangiumDocument, type ParseResult, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isConstant, isQuantity, isQuantitySetting, isReward, isTarget } from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { Diagnostics, type SyntaxDetail } from './diagnostics.js';
import { nearestName } from './nearest-name.js';
import { keywordForName, pruneCascade, suggestKeyword } from './syntax-recovery.js';
import { englishKeywordAt } from './other-language.js';
import { languageEvidence } from '../keywords/file-language.js';
import { englishKeywordsAsWritten, keywordsIn, keywordsOf } from '../keywords/file-keywords.js';
import { indonesianKeywords, keywordIn } from '../keywords/keyword-table.js';
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
    /** The same in Bahasa Indonesia, for a file written in it. */
    private readonly indonesianKeywords = [...indonesianKeywords].filter((k) => k.length >= 3);

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
            diagnostic.message = Diagnostics.unexpectedCharacter[this.lang]({ character }, englishKeywordsAsWritten);
            diagnostic.code = Diagnostics.unexpectedCharacter.code;
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        // pair each diagnostic with its parser error (errors without a place give no diagnostic)
        const errors = [...parseResult.parserErrors];
        const text = parseResult.value.$cstNode?.root.fullText ?? '';
        const evidence = languageEvidence(text);
        for (const diagnostic of diagnostics.slice(first)) {
            while (errors.length > 0 && errors[0]!.message !== diagnostic.message) errors.shift();
            const error = errors.shift();
            let detail: SyntaxDetail = diagnostic.message === nestingErrorMessage ? { kind: 'tooDeep', depth: maxNestingDepth }
                : diagnostic.message === lengthErrorMessage ? { kind: 'tooLong', operations: maxOperatorsPerFormula }
                    : diagnostic.message === lineTooLongMessage ? { kind: 'lineTooLong', characters: maxLineLength }
                        : diagnostic.message === fileTooLargeMessage ? { kind: 'fileTooLarge', characters: maxFileLength }
                    : syntaxDetail(diagnostic.message);
            if ((detail.kind === 'expected' || detail.kind === 'unexpected') && detail.found !== '') {
                const asWritten = this.inFileLanguage(detail, error, text, evidence);
                detail = asWritten.detail;
                if (asWritten.at) diagnostic.range = rangeAt(text, asWritten.at.start, asWritten.at.end);
            }
            if ((detail.kind === 'expected' || detail.kind === 'unexpected') && detail.found !== '') {
                const previous = error && 'previousToken' in error ? (error as { previousToken?: { tokenType?: { name?: string } } }).previousToken : undefined;
                const expected = detail.kind === 'expected' && detail.quoted ? detail.expected : undefined;
                const indonesian = evidence.lang === 'id';
                const suggestion = suggestKeyword(detail.found, indonesian ? englishOf(error) : expected,
                    indonesian ? this.indonesianKeywords : this.keywords, previous?.tokenType?.name === 'MONEY', evidence.lang, ruleStack(error));
                if (suggestion && suggestion !== detail.found) detail.suggestion = suggestion;
            }
            diagnostic.message = Diagnostics.syntax[this.lang]({ detail }, keywordsIn(evidence.lang));
            diagnostic.code = Diagnostics.syntax.code;
        }
    }

    /**
     * The stumble as the file is written: the text found as written (an Indonesian keyword's token
     * carries the English image), the keyword expected in the file's language, and an English keyword
     * in an Indonesian file said as such, in one sentence.
     */
    private inFileLanguage(detail: SyntaxDetail & { kind: 'expected' | 'unexpected' }, error: unknown, text: string,
        evidence: ReturnType<typeof languageEvidence>): { detail: SyntaxDetail; at?: { start: number; end: number } } {
        const token = (error as { token?: { startOffset?: number; endOffset?: number } } | undefined)?.token;
        const start = token?.startOffset;
        const end = token?.endOffset;
        const found = start !== undefined && end !== undefined && Number.isFinite(start) && Number.isFinite(end) && end >= start
            ? text.slice(start, end + 1) : detail.found;
        if (evidence.lang !== 'id') return { detail: { ...detail, found } };
        const within = ruleStack(error);
        const english = detail.kind === 'expected' && detail.quoted ? detail.expected : undefined;
        // The English word is where the parser stumbled, or the word before it, taken as a name (`not income`).
        const previous = start === undefined ? undefined : /([_a-zA-Z][_a-zA-Z0-9]*)[ \t]*$/.exec(text.slice(Math.max(0, start - 40), start));
        const places = start === undefined ? [] : [{ start, end: start + found.length }];
        if (previous && start !== undefined) places.push({ start: start - previous[0].length, end: start - previous[0].length + previous[1]!.length });
        for (const at of places) {
            const other = englishKeywordAt(text, at.start, at.end, within);
            if (other && (english === undefined || !/^[a-z]/.test(english) || other.written.split(' ').includes(english))) {
                return {
                    detail: { kind: 'otherLanguage', fileLanguage: 'id', shows: evidence.keyword ?? '', startsWith: evidence.first === true, write: other.meant, written: other.written },
                    at: { start: other.start, end: other.end },
                };
            }
        }
        if (detail.kind === 'expected' && english !== undefined) return { detail: { ...detail, found, expected: keywordIn('id', english, within) } };
        return { detail: { ...detail, found } };
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const unresolved = document.references.filter((reference) => reference.error);
        const misreadLines = new Set<number>();
        const k = keywordsOf(document);
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
            const written = keywordForName(name);
            const keyword = written && k(written);
            const suggestion = keyword ?? nearestName(name, candidates);
            const what = isTarget(info.container) ? 'category' : isQuantitySetting(info.container) ? 'quantity' : 'name';
            diagnostic.message = Diagnostics.unknownName[this.lang]({ name, what, suggestion }, k);
            diagnostic.code = Diagnostics.unknownName.code;
            diagnostic.data = { ...diagnostic.data, suggestion, ...(keyword ? { keywordName: true } : {}) };
            if (isQuantitySetting(info.container)) misreadLines.add(diagnostic.range.start.line);
        });
        // A district line whose first word names no quantity (`rnak by income descending`) was
        // probably meant as something else: one diagnostic for it, not one per word that follows.
        let kept = first;
        const reported = new Set<number>();
        for (let i = first; i < diagnostics.length; i++) {
            const diagnostic = diagnostics[i]!;
            const line = diagnostic.range.start.line;
            if (diagnostic.code === Diagnostics.unknownName.code && misreadLines.has(line)) {
                if (reported.has(line)) continue;
                reported.add(line);
            }
            diagnostics[kept++] = diagnostic;
        }
        diagnostics.length = kept;
    }

    private get lang() {
        return this.services.settings.lang;
    }
}

/** The range of `start`..`end` of `text` (one line). */
function rangeAt(text: string, start: number, end: number): Diagnostic['range'] {
    const before = text.slice(0, start);
    const line = before.split('\n').length - 1;
    const character = start - (before.lastIndexOf('\n') + 1);
    return { start: { line, character }, end: { line, character: character + (end - start) } };
}

/** The syntax rules the parser was in when it stumbled, innermost last (`TestCase`, ...). */
function ruleStack(error: unknown): string[] {
    return (error as { context?: { ruleStack?: string[] } } | undefined)?.context?.ruleStack ?? [];
}

/** The keyword the parser expected, in the grammar's English (for a suggestion in the file's language). */
function englishOf(error: unknown): string | undefined {
    const message = (error as { message?: string } | undefined)?.message ?? '';
    const expected = /Expecting token of type '([^']*)'/.exec(message)?.[1];
    return expected !== undefined && /^[a-z]/.test(expected) ? expected : undefined;
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
