import { GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { type InlayHint, type InlayHintParams, type Position, type Range } from 'vscode-languageserver';
import { isConstant, isDistrict, isMoneyLiteral, isNumberLiteral, isRuleFile, type Constant, type District, type Target } from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { keywordsOf } from '../keywords/file-keywords.js';
import { expressionText } from '../validation/expression-text.js';
import { figureText } from './figure-text.js';
import { lspMessages } from './lsp-messages.js';

/**
 * Figures written into the text where an officer needs them: after a district's target formula what
 * it works out to (` = 2.580 families`); on the header of a district that takes its targets from
 * `every district`, those targets worked out for it; after a constant built from others, its value.
 * A target or constant written as a plain figure gets no hint: it would only repeat it.
 */
export class KaidahInlayHintProvider implements InlayHintProvider {
    private readonly services: KaidahServices;

    constructor(services: KaidahServices) {
        this.services = services;
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams): MaybePromise<InlayHint[] | undefined> {
        const root = document.parseResult.value;
        if (!isRuleFile(root)) return undefined;
        const hints: InlayHint[] = [];
        for (const element of root.elements) {
            const range = element.$cstNode?.range;
            if (!range || !overlaps(range, params.range)) continue;
            if (isDistrict(element)) hints.push(...this.districtHints(element));
            else if (isConstant(element)) hints.push(...this.constantHints(element));
        }
        return hints;
    }

    private districtHints(district: District): InlayHint[] {
        const m = lspMessages(this.services.settings.lang);
        const hints: InlayHint[] = [];
        const inherited: string[] = [];
        const tooltips: string[] = [];
        for (const { target, inherited: fromDefaults } of this.services.lsp.EvaluatedFigures.targetsOf(district)) {
            const figure = this.targetFigure(target, district);
            if (!figure) continue;
            if (fromDefaults) {
                inherited.push(`${target.category?.$refText} = ${figure}`);
                tooltips.push(`${target.category?.$refText} = ${expressionText(target.formula)} (${m.fromEveryDistrict(keywordsOf(target))})`);
            } else if (target.formula?.$cstNode && !isNumberLiteral(target.formula)) {
                hints.push(hint(target.formula.$cstNode.range.end, `= ${figure}`, expressionText(target.formula)));
            }
        }
        const brace = GrammarUtils.findNodeForKeyword(district.$cstNode, '{');
        if (inherited.length > 0 && brace) hints.push(hint(brace.range.end, inherited.join(', '), tooltips.join('\n')));
        return hints;
    }

    private targetFigure(target: Target, district: District): string | undefined {
        if (!target.formula) return undefined;
        const m = lspMessages(this.services.settings.lang);
        const figure = this.services.lsp.EvaluatedFigures.figureOf(target.formula, district);
        if (figure.kind !== 'value') return undefined;
        const text = figureText(figure, m, this.services.settings.lang, { target: true });
        return text && target.per ? `${text} ${m.perUnit[target.per]}` : text;
    }

    private constantHints(constant: Constant): InlayHint[] {
        const lang = this.services.settings.lang;
        const m = lspMessages(lang);
        const values = this.services.lsp.EvaluatedFigures.constantValues(constant);
        return constant.values.flatMap((dated, index) => {
            const { figure } = values[index];
            const plain = isMoneyLiteral(dated.value) || isNumberLiteral(dated.value) || dated.value?.$type === 'PercentLiteral';
            if (plain || figure.kind !== 'value' || !dated.value?.$cstNode) return [];
            const text = figureText(figure, m, lang);
            return text ? [hint(dated.value.$cstNode.range.end, `= ${text}`, expressionText(dated.value))] : [];
        });
    }
}

function hint(position: Position, label: string, tooltip: string): InlayHint {
    return { position, label, paddingLeft: true, tooltip };
}

function overlaps(a: Range, b: Range): boolean {
    return !(a.end.line < b.start.line || a.start.line > b.end.line);
}
