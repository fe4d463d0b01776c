import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type LeafCstNode, type MaybePromise } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isColumn,
    isConstant,
    isDistrict,
    isExpectTarget,
    isExpression,
    isGraduation,
    isQuantity,
    isQuantitySetting,
    isReward,
    isTarget,
    isValue,
    type District,
    type Expression,
} from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { keywordsOf, type Keywords } from '../keywords/file-keywords.js';
import {
    describeColumn,
    describeConstant,
    describeDistrict,
    describeExpectTarget,
    describeExpression,
    describeGraduation,
    describeQuantity,
    describeReward,
    describeTarget,
    describeValue,
    type HoverContext,
} from './hover-text.js';
import { lspMessages } from './lsp-messages.js';

/**
 * Hover for officers: what a name is (its doc comment, its type in plain words, its label and data
 * column), and the figure behind it: a constant's value on the program's date (with every dated
 * value), a formula that does not depend on the household, a district's targets, a target's figure
 * in its district (`facilitators × 10` in Probolinggo: 2.580 families), or, in `every district`,
 * its figure in each district that uses the file.
 */
export class KaidahHoverProvider implements HoverProvider {
    private readonly services: KaidahServices;

    constructor(services: KaidahServices) {
        this.services = services;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset);
        if (!leaf || leaf.hidden || offset > leaf.end) return undefined;
        const value = this.describe(leaf, keywordsOf(document));
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    private context(k: Keywords): HoverContext {
        return {
            k,
            figures: this.services.lsp.EvaluatedFigures,
            types: this.services.types.TypeSystem,
            documents: this.services.shared.workspace.LangiumDocuments,
            m: lspMessages(this.services.settings.lang),
            lang: this.services.settings.lang,
        };
    }

    private describe(leaf: LeafCstNode, k: Keywords): string | undefined {
        const context = this.context(k);
        const node = leaf.astNode;
        const district = AstUtils.getContainerOfType(node, isDistrict);
        const declared = this.services.references.References.findDeclarations(leaf)[0];
        // A constant or quantity named inside a formula is described as itself (a quantity with its
        // value in the district); anything else in a target, reward or expectation describes that line.
        if (isConstant(declared) || isQuantity(declared)) return this.describeDeclaration(declared, context, district);
        const line = AstUtils.getContainerOfType(node, (n) => isTarget(n) || isReward(n) || isExpectTarget(n));
        if (isTarget(line)) return describeTarget(line, context);
        if (isReward(line)) return describeReward(line, context);
        if (isExpectTarget(line) && !AstUtils.getContainerOfType(node, isExpression)) return describeExpectTarget(line, context);
        if (declared) return this.describeDeclaration(declared, context, district);
        if (isDistrict(node)) return describeDistrict(node, context);
        if (isQuantitySetting(node) || isQuantitySetting(node.$container)) {
            const setting = isQuantitySetting(node) ? node : node.$container;
            const quantity = isQuantitySetting(setting) ? setting.quantity.ref : undefined;
            return quantity && describeQuantity(quantity, context, district);
        }
        if (isExpression(node)) return describeExpression(this.formulaAround(node), context);
        return this.describeDeclaration(node, context, district);
    }

    private describeDeclaration(node: AstNode, context: HoverContext, district: District | undefined): string | undefined {
        if (isColumn(node)) return describeColumn(node, context);
        if (isConstant(node)) return describeConstant(node, context, district);
        if (isValue(node)) return describeValue(node, context);
        if (isQuantity(node)) return describeQuantity(node, context, district);
        if (isGraduation(node)) return describeGraduation(node, context);
        if (isDistrict(node)) return describeDistrict(node, context);
        return undefined;
    }

    /**
     * A number or amount on its own says little; hovering it describes the formula it is part of
     * (`2` in `2 × poverty_line` shows Rp 1.165.864), as does an operator.
     */
    private formulaAround(node: Expression): Expression {
        const isLiteral = node.$type.endsWith('Literal');
        return isLiteral && isExpression(node.$container) ? node.$container : node;
    }
}
