import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, AllSemanticTokenModifiers, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isColumn,
    isComponent,
    isConstant,
    isDatedValue,
    isDateLiteral,
    isDistrict,
    isExpectCategory,
    isExpectTarget,
    isGraduation,
    isMoneyLiteral,
    isNamedSubject,
    isNameRef,
    isNumberLiteral,
    isPercentLiteral,
    isQuantity,
    isQuantitySetting,
    isReward,
    isTarget,
    isTestField,
    isValue,
} from '../generated/ast.js';

/**
 * Modifiers Kaidah adds to the standard ones, so that a theme (or the extension's
 * `semanticTokenScopes`) can colour Rupiah amounts, percentages and dates apart from plain numbers.
 */
export const KaidahTokenModifiers = {
    money: 1 << 10,
    percent: 1 << 11,
    date: 1 << 12,
} as const;

/** How each kind of name is shown, wherever it is declared or used. */
const tokenTypeOf: Record<string, { type: string; modifier?: string[] }> = {
    Column: { type: SemanticTokenTypes.property },
    Constant: { type: SemanticTokenTypes.variable, modifier: [SemanticTokenModifiers.readonly] },
    Value: { type: SemanticTokenTypes.variable },
    Quantity: { type: SemanticTokenTypes.parameter },
    Graduation: { type: SemanticTokenTypes.enumMember },
    District: { type: SemanticTokenTypes.namespace },
};

/**
 * Semantic highlighting: categories, columns, constants, values and quantities each in their own
 * colour, declared or used; district names; Rupiah amounts, percentages and dates as numbers with a
 * modifier that tells them apart. Keywords are left to the TextMate grammar.
 */
export class KaidahSemanticTokenProvider extends AbstractSemanticTokenProvider {
    override get tokenModifiers(): Record<string, number> {
        return { ...AllSemanticTokenModifiers, ...KaidahTokenModifiers };
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declared = tokenTypeOf[node.$type];
        if (declared && (isColumn(node) || isConstant(node) || isValue(node) || isQuantity(node) || isGraduation(node) || isDistrict(node))) {
            acceptor({ node, property: 'name', type: declared.type, modifier: [...(declared.modifier ?? []), SemanticTokenModifiers.declaration] });
            return;
        }
        if (isNameRef(node) || isNamedSubject(node)) {
            this.reference(acceptor, node, 'ref', node.ref?.ref?.$type);
        } else if (isTarget(node) || isReward(node) || isExpectCategory(node)) {
            acceptor({ node, property: 'category', type: SemanticTokenTypes.enumMember });
        } else if (isExpectTarget(node)) {
            acceptor({ node, property: 'category', type: SemanticTokenTypes.enumMember });
            acceptor({ node, property: 'district', type: SemanticTokenTypes.namespace });
        } else if (isQuantitySetting(node)) {
            acceptor({ node, property: 'quantity', type: SemanticTokenTypes.parameter });
        } else if (isComponent(node)) {
            this.reference(acceptor, node, 'members', node.members?.ref?.$type);
        } else if (isTestField(node)) {
            acceptor({ node, property: 'column', type: SemanticTokenTypes.property });
        } else if (isMoneyLiteral(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number, modifier: 'money' });
        } else if (isPercentLiteral(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number, modifier: 'percent' });
        } else if (isDateLiteral(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number, modifier: 'date' });
        } else if (isDatedValue(node) && node.from) {
            acceptor({ node, property: 'from', type: SemanticTokenTypes.number, modifier: 'date' });
        } else if (isNumberLiteral(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number });
        }
    }

    private reference(acceptor: SemanticTokenAcceptor, node: AstNode, property: string, targetType: string | undefined): void {
        const token = targetType ? tokenTypeOf[targetType] : undefined;
        if (token) acceptor({ node, property: property as never, type: token.type, ...(token.modifier ? { modifier: token.modifier } : {}) });
    }
}
