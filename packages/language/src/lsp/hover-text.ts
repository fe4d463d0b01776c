import { formatValue, normaliseDistrictName, type Lang, type Value as PlanValue } from '@kaidah/engine';
import { AstUtils, type AstNode, type LangiumDocuments } from 'langium';
import { documentationOf } from '../compile/documentation.js';
import { districtCodeDigits } from '../compile/district-code.js';
import {
    isDistrict,
    isDistrictDefaults,
    isGraduation,
    isNameRef,
    isQuantity,
    type Column,
    type Constant,
    type District,
    type ExpectTarget,
    type Expression,
    type Graduation,
    type Quantity,
    type Reward,
    type Target,
    type Value,
} from '../generated/ast.js';
import { expressionText } from '../validation/expression-text.js';
import { ruleFilesInScope } from '../validation/rule-file-closure.js';
import { nationalCategories } from './category-order.js';
import type { KaidahTypeSystem } from '../types/kaidah-type-system.js';
import type { EvaluatedFigures } from './evaluated-figures.js';
import { dateText, figureText } from './figure-text.js';
import type { LspMessages } from './lsp-messages.js';
import { keywordsOf, type Keywords } from '../keywords/file-keywords.js';

/** What every description needs: the figures and types, the workspace, and the officer's language. */
export interface HoverContext {
    figures: EvaluatedFigures;
    types: KaidahTypeSystem;
    documents: LangiumDocuments;
    m: LspMessages;
    lang: Lang;
    /** The keywords of the file hovered, for code the officer is told to write there. */
    k: Keywords;
}

/** At most this many districts are listed under a target of `every district`. */
const districtsListed = 10;

/** `**monthly_income** · household column · money`, then the doc comment and the details. */
function card(title: string, kind: string, type: string | undefined, node: AstNode | undefined, ...details: Array<string | undefined>): string {
    const head = [`**${title}**`, kind, type].filter(Boolean).join(' · ');
    const doc = node ? documentationOf(node) : undefined;
    return [head, doc, ...details].filter((part) => part !== undefined && part !== '').join('\n\n');
}

function typeOf(node: Column | Constant | Value | Quantity, { m, types }: HoverContext): string | undefined {
    const type = types.valueTypeOfDeclaration(node);
    return type && m.typeNames[type];
}

function code(text: string): string {
    return `\`${text.replace(/`/g, "'")}\``;
}

export function describeColumn(column: Column, context: HoverContext): string {
    const { m } = context;
    const facts = [
        column.label,
        column.key ? m.key : undefined,
        column.min && column.max ? m.allowedRange(expressionText(column.min), expressionText(column.max)) : undefined,
        m.dataColumn(column.header || column.name),
    ].filter(Boolean);
    return card(column.name, m.kinds.Column, typeOf(column, context), column, facts.join(' · '));
}

export function describeConstant(constant: Constant, context: HoverContext, district?: District): string {
    const { figures, m, lang } = context;
    const values = figures.constantValues(constant);
    const date = figures.evaluationDate(constant);
    const inForce = values.find((v) => v.inForce) ?? (values.length === 1 ? values[0] : undefined);
    const shown = inForce && figureText(inForce.figure, m, lang);
    const headline = shown ? `${date ? m.valueOn(dateText(date, lang)) : m.value}: **${shown}**` : undefined;
    const byDate = values.length > 1 || values[0]?.from
        ? [m.changesByDate, ...values.map((v) => {
            const text = figureText(v.figure, m, lang) ?? '?';
            const from = v.from ? ` ${m.fromDate(dateText(v.from, lang))}` : '';
            return `- ${v.inForce ? `**${text}**` : text}${from}${v.inForce ? ` (${m.inForce})` : ''}`;
        })].join('\n')
        : undefined;
    // inside a district that gives the constant its own value, that value is the one its households use
    const own = district?.overrides.find((o) => o.constant.ref === constant);
    const ownLine = own && district ? m.districtOwnValue(district.name, own.values.map((v) => expressionText(v)).join(', ')) : undefined;
    return card(constant.name, m.kinds.Constant, typeOf(constant, context), constant, ownLine, headline, byDate);
}

export function describeValue(value: Value, context: HoverContext): string {
    const { m, lang, figures } = context;
    const figure = value.expression ? figures.figureOf(value.expression) : { kind: 'unknown' as const };
    const formula = value.expression ? code(`${value.name} = ${expressionText(value.expression)}`) : undefined;
    return card(value.name, m.kinds.Value, typeOf(value, context), value, formula, figureText(figure, m, lang));
}

/** A quantity; inside a district, with the value the district gives it and the targets it feeds. */
export function describeQuantity(quantity: Quantity, context: HoverContext, district?: District): string {
    const { m, lang, figures } = context;
    const facts = [quantity.label, quantity.default ? m.defaultValue(expressionText(quantity.default)) : undefined].filter(Boolean).join(' · ');
    if (!district) return card(quantity.name, m.kinds.Quantity, typeOf(quantity, context), quantity, facts);
    const value = figures.quantityValue(district, quantity);
    const type = context.types.valueTypeOfDeclaration(quantity);
    const inDistrict = `${district.name}: **${value === undefined || !type ? m.notSet : figureText({ kind: 'value', value, type }, m, lang)}**`;
    const fed = figures.targetsOf(district)
        .filter(({ target }) => target.formula && AstUtils.streamAst(target.formula).some((n) => isNameRef(n) && n.ref.ref === quantity))
        .map(({ target }) => `- ${targetLine(target, district, context)}`);
    return card(quantity.name, m.kinds.Quantity, typeOf(quantity, context), quantity, facts, inDistrict, fed.length > 0 ? fed.join('\n') : undefined);
}

/** A category with its rule quoted as its file writes it: `when ...`, `rank by ... descending` (`jika ...`, `urutkan menurut ... turun`). */
export function describeGraduation(graduation: Graduation, { m, documents, k }: HoverContext): string {
    const written = keywordsOf(graduation);
    const rule = [
        graduation.condition ? code(`${written('when')} ${expressionText(graduation.condition)}`) : undefined,
        graduation.rank ? code([written('rank by'), expressionText(graduation.rank), graduation.direction && written(graduation.direction)].filter(Boolean).join(' ')) : undefined,
    ].filter(Boolean).join('  \n');
    const national = nationalCategories(graduation, documents);
    const district = isDistrict(graduation.$container) ? graduation.$container : undefined;
    const order = district
        ? m.orderOwn(district.name, national.length + district.graduations.indexOf(graduation) + 1, national.map((g) => g.name).join(', '))
        : m.orderNational(national.indexOf(graduation) + 1);
    const adaptable = graduation.adaptable ? m.adaptable(graduation.name, k) : undefined;
    return card(graduation.name, m.kinds.Graduation, graduation.label ? `"${graduation.label}"` : undefined, graduation, rule, order, adaptable);
}

/** A district: the quantities it sets and every target that applies in it, worked out. */
export function describeDistrict(district: District, context: HoverContext): string {
    const { m, lang, figures } = context;
    const quantities = [...figures.quantitiesOf(district)].map(([name, value]) => `${name} ${formatPlain(value, lang)}`);
    const targets = figures.targetsOf(district).map(({ target }) => `- ${targetLine(target, district, context)}`);
    const code = district.code !== undefined ? districtCodeDigits(district.code) : undefined;
    return card(district.name, m.kinds.District, code && m.regionCode(code), district,
        quantities.length > 0 ? `${m.quantities}: ${quantities.join(' · ')}` : undefined,
        targets.length > 0 ? `${m.targets}:\n${targets.join('\n')}` : m.noTargets);
}

/** A target line: inside a district its figure there; inside `every district` the figure in each district that uses the file. */
export function describeTarget(target: Target, context: HoverContext): string {
    const { m, figures } = context;
    const category = target.category?.$refText ?? '';
    const district = AstUtils.getContainerOfType(target, isDistrict);
    if (district) {
        return [`**${m.targetIn(category, district.name)}: ${targetFigure(target, district, context)}**`, targetDetails(target, district, context)]
            .filter(Boolean).join('\n\n');
    }
    const lines = [`**${m.kinds.Target}** ${code(category)} · ${code(formulaText(target))}`, documentationOf(target), m.dependsOnDistrict];
    const districts = figures.districtsUsing(AstUtils.getDocument(target));
    if (districts.length > 0) {
        const listed = districts.slice(0, districtsListed).map((d) => {
            const effective = figures.targetsOf(d).find((e) => e.target.category?.$refText === category);
            return `- ${d.name}: ${effective ? targetFigure(effective.target, d, context) : m.notSet}${effective && !effective.inherited ? ` (${m.setHere})` : ''}`;
        });
        if (districts.length > districtsListed) listed.push(`- ${m.moreDistricts(districts.length - districtsListed)}`);
        lines.push(`${m.inDistricts}\n${listed.join('\n')}`);
    }
    return lines.filter(Boolean).join('\n\n');
}

export function describeReward(reward: Reward, context: HoverContext): string | undefined {
    const { m, lang, figures } = context;
    const district = AstUtils.getContainerOfType(reward, isDistrict);
    if (!reward.amount) return undefined;
    const shown = figureText(figures.figureOf(reward.amount, district), m, lang);
    const title = district ? m.rewardIn(reward.category?.$refText ?? '', district.name) : `${m.kinds.Reward} ${code(reward.category?.$refText ?? '')}`;
    return [`**${title}**${shown ? `: ${shown}` : ''}`, documentationOf(reward)].filter(Boolean).join('\n\n');
}

/** `expect target self_reliant of "Kabupaten Probolinggo" = 2.580`: what the rules give there. */
export function describeExpectTarget(expectation: ExpectTarget, context: HoverContext): string | undefined {
    const { m, documents, figures } = context;
    const wanted = normaliseDistrictName(expectation.district ?? '');
    const district = ruleFilesInScope(expectation, documents)
        .flatMap((f) => f.elements)
        .find((e): e is District => isDistrict(e) && normaliseDistrictName(e.name ?? '') === wanted);
    if (!district) return undefined;
    const category = expectation.category?.$refText;
    const effective = figures.targetsOf(district).find((e) => e.target.category?.$refText === category);
    if (!effective) return `**${m.targetIn(category ?? '', district.name)}**\n\n${m.noTargets}`;
    return `**${m.targetIn(category ?? '', district.name)}**\n\n${m.rulesGive(targetFigure(effective.target, district, context))}\n\n${targetDetails(effective.target, district, context)}`;
}

/** An expression with the figure it works out to, when it does not depend on the household. */
export function describeExpression(expression: Expression, context: HoverContext): string | undefined {
    const { m, lang, figures } = context;
    const district = AstUtils.getContainerOfType(expression, isDistrict);
    const figure = figures.figureOf(expression, district);
    const shown = figureText(figure, m, lang);
    if (!shown) return undefined;
    const inferred = context.types.valueTypeOf(expression);
    const type = inferred && m.typeNames[inferred];
    if (figure.kind === 'value') return `${code(expressionText(expression))} = **${shown}**${type ? ` · ${type}` : ''}`;
    return `${code(expressionText(expression))}${type ? ` · ${type}` : ''}\n\n${shown}`;
}

/** `self_reliant: **2.580 families** (`facilitators × 10`, from `every district`)`. */
function targetLine(target: Target, district: District, context: HoverContext): string {
    const { m } = context;
    const origin = isDistrictDefaults(target.$container) ? `, ${m.fromEveryDistrict(keywordsOf(target))}` : '';
    return `${target.category?.$refText ?? ''}: **${targetFigure(target, district, context)}** (${code(formulaText(target))}${origin})`;
}

function targetFigure(target: Target, district: District, context: HoverContext): string {
    const { m, lang, figures } = context;
    if (!target.formula) return '?';
    const shown = figureText(figures.figureOf(target.formula, district), m, lang, { target: true }) ?? '?';
    return target.per ? `${shown} ${m.perUnit[target.per]}` : shown;
}

/** The formula and the quantities that went into it: `facilitators × 10` with facilitators = 258. */
function targetDetails(target: Target, district: District, context: HoverContext): string {
    const { m, lang, figures } = context;
    const quantities = target.formula
        ? AstUtils.streamAst(target.formula).filter(isNameRef).map((r) => r.ref.ref).filter(isQuantity).distinct().toArray()
        : [];
    const given = quantities.map((q) => {
        const value = figures.quantityValue(district, q);
        return `${q.name} = ${value === undefined ? m.notSet : formatPlain(value, lang)}`;
    });
    const category = target.category?.ref;
    const origin = isDistrictDefaults(target.$container) ? m.fromEveryDistrict(keywordsOf(target)) : m.setHere;
    const formula = `${code(formulaText(target))}${given.length > 0 ? ` ${m.with} ${given.join(', ')}` : ''} · ${origin}`;
    return [isGraduation(category) && category.label ? `"${category.label}"` : undefined, formula].filter(Boolean).join(' · ');
}

function formulaText(target: Target): string {
    const formula = expressionText(target.formula);
    return target.per ? `${formula} per ${target.per}` : formula;
}

/** A quantity's figure without its unit: `258`, `67.245`. */
function formatPlain(value: PlanValue, lang: Lang): string {
    return typeof value === 'number' ? formatValue(value, 'number', lang) : String(value);
}
