import { GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { districtCodeDigits } from '../compile/district-code.js';
import {
    isBenefit,
    isConstant,
    isDistrict,
    isDistrictDefaults,
    isGraduation,
    isHousehold,
    isRuleFile,
    isTestCase,
    isValue,
    type District,
    type Element,
    type Target,
} from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { englishKeywordsAsWritten, keywordsOf, type Keywords } from '../keywords/file-keywords.js';
import { expressionText } from '../validation/expression-text.js';
import { TypesForList } from './declaration-types.js';
import { figureText } from './figure-text.js';
import { lspMessages, type LspMessages } from './lsp-messages.js';

/**
 * The outline of a rule file as an officer thinks of it: the household columns, constants (with
 * their value), values, benefit components, graduation categories, the `every district` block, each
 * district with its quantities and every target that applies in it (worked out), and the tests.
 */
export class KaidahDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly services: KaidahServices;

    constructor(services: KaidahServices) {
        this.services = services;
    }

    getSymbols(document: LangiumDocument): MaybePromise<DocumentSymbol[]> {
        const root = document.parseResult.value;
        if (!isRuleFile(root)) return [];
        const m = lspMessages(this.services.settings.lang);
        this.types = new TypesForList(this.services.types.TypeSystem);
        this.k = keywordsOf(document);
        const symbols: DocumentSymbol[] = [];
        if (root.program?.$cstNode) symbols.push(symbol(root.program.name ?? 'program', SymbolKind.Package, root.program, nameNode(root.program), root.program.year));
        for (const element of root.elements) {
            const made = this.elementSymbol(element, m);
            if (made) symbols.push(made);
        }
        return symbols;
    }

    private elementSymbol(element: Element, m: LspMessages): DocumentSymbol | undefined {
        if (!element.$cstNode) return undefined;
        if (isHousehold(element)) {
            return symbol(this.k('household'), SymbolKind.Struct, element, keywordNode(element, 'household'), m.kinds.Household,
                element.columns.map((c) => symbol(c.name, SymbolKind.Field, c, nameNode(c), this.typeName(c, m))));
        }
        if (isConstant(element)) {
            const inForce = this.services.lsp.EvaluatedFigures.constantValues(element).find((v) => v.inForce);
            const value = inForce && figureText(inForce.figure, m, this.services.settings.lang);
            return symbol(element.name, SymbolKind.Constant, element, nameNode(element), value ?? this.typeName(element, m));
        }
        if (isValue(element)) return symbol(element.name, SymbolKind.Variable, element, nameNode(element), this.typeName(element, m));
        if (isBenefit(element)) {
            return symbol(this.k('benefit components'), SymbolKind.Struct, element, keywordNode(element, 'benefit'), m.kinds.Benefit,
                element.components.map((c) => symbol(c.members.$refText, SymbolKind.Field, c, propertyNode(c, 'members'),
                    c.amounts.map((a) => expressionText(a)).join(', '))));
        }
        if (isGraduation(element)) return symbol(element.name, SymbolKind.EnumMember, element, nameNode(element), element.label);
        if (isDistrictDefaults(element)) {
            return symbol(this.k('every district'), SymbolKind.Namespace, element, keywordNode(element, 'every'), m.kinds.DistrictDefaults, [
                ...element.quantities.map((q) => symbol(q.name, SymbolKind.Property, q, nameNode(q), this.typeName(q, m))),
                ...element.targets.map((t) => symbol(`target ${t.category?.$refText ?? ''}`, SymbolKind.Property, t, propertyNode(t, 'category'), formula(t))),
            ]);
        }
        if (isDistrict(element)) return this.districtSymbol(element, m);
        if (isTestCase(element)) {
            return symbol(element.name, SymbolKind.Method, element, nameNode(element), `${m.kinds.TestCase} · ${m.testsDetail(element.expectations.length)}`);
        }
        return undefined;
    }

    private districtSymbol(district: District, m: LspMessages): DocumentSymbol {
        const name = nameNode(district) ?? district.$cstNode!;
        const figures = this.services.lsp.EvaluatedFigures;
        const settings = district.settings.map((s) => symbol(s.quantity.$refText, SymbolKind.Property, s, propertyNode(s, 'quantity'), expressionText(s.value)));
        // Inherited targets are not written in the district; they point at its name.
        const targets = this.services.lsp.EvaluatedFigures.targetsOf(district).map(({ target, inherited }) => {
            const shown = target.formula && figureText(figures.figureOf(target.formula, district), m, this.services.settings.lang, { target: true });
            const detail = [shown, inherited ? `${formula(target)}, ${m.fromEveryDistrict(keywordsOf(target))}` : formula(target)].filter(Boolean).join(' · ');
            const label = `target ${target.category?.$refText ?? ''}`;
            return inherited
                ? { name: label, kind: SymbolKind.Property, range: name.range, selectionRange: name.range, detail }
                : symbol(label, SymbolKind.Property, target, propertyNode(target, 'category'), detail);
        });
        const code = district.code !== undefined ? districtCodeDigits(district.code) : undefined;
        const detail = code ? `${m.kinds.District} · ${m.regionCode(code)}` : m.kinds.District;
        // the district's own declarations, as at the top level, and its values of national constants
        const own = [...district.constants, ...district.values, ...district.graduations].flatMap((e) => this.elementSymbol(e, m) ?? []);
        const overrides = district.overrides.map((o) => symbol(o.constant.$refText, SymbolKind.Constant, o, propertyNode(o, 'constant'), o.values.map((v) => expressionText(v)).join(', ')));
        const adaptations = district.adaptations.map((a) => symbol(`${this.k('adapt')} ${a.category.$refText}`, SymbolKind.EnumMember, a, propertyNode(a, 'category'), expressionText(a.condition)));
        return symbol(district.name, SymbolKind.Namespace, district, name, detail, [...settings, ...overrides, ...own, ...adaptations, ...targets]);
    }

    /** Types shown beside names; a new budget for each outline. */
    private types: TypesForList | undefined;
    /** The outlined file's keywords: its blocks are named as it writes them (`keluarga`, `setiap kabupaten`). */
    private k: Keywords = englishKeywordsAsWritten;

    private typeName(node: AstNode, m: LspMessages): string | undefined {
        const type = this.types?.typeOf(node);
        return type && m.typeNames[type];
    }
}

function symbol(name: string, kind: SymbolKind, node: AstNode, selection: CstNode | undefined, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
    const range: Range = node.$cstNode!.range;
    return {
        name: name || '?',
        kind,
        range,
        selectionRange: selection?.range ?? range,
        ...(detail ? { detail } : {}),
        ...(children && children.length > 0 ? { children } : {}),
    };
}

function nameNode(node: AstNode): CstNode | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
}

function propertyNode(node: AstNode, property: string): CstNode | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property);
}

function keywordNode(node: AstNode, keyword: string): CstNode | undefined {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, keyword);
}

function formula(target: Target): string {
    const text = expressionText(target.formula);
    return target.per ? `${text} per ${target.per}` : text;
}
