import {
    evaluateConstants,
    evaluateFormula,
    formatNumber,
    type ColumnDef,
    type DistrictPlan,
    type Expr as PlanExpr,
    type Lang,
    type Plan,
    type TargetPlan,
    type Value as PlanValue,
} from '@kaidah/engine';
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import {
    isBenefit,
    isDistrict,
    isDistrictDefaults,
    isHousehold,
    isCaseload,
    isRuleFile,
    isSince,
    isTestCase,
    type DatedValue,
    type District,
    type Expression,
    type Quantity,
    type Reward,
    type RuleFile,
    type Target,
} from '../generated/ast.js';
import { documentsInUseOrder } from '../references/use-paths.js';
import { columnTypeToValueType } from '../types/kaidah-types.js';
import { expressionText } from '../validation/expression-text.js';
import { planText } from '../keywords/translate.js';
import { orderByDependencies } from './definition-order.js';
import { expressionToPlan } from './expression-to-plan.js';
import { recordAsWritten } from './written-text.js';
import { typesOfOneCompile, type TypeLookup } from '../types/infer-type.js';
import { documentationOf } from './documentation.js';
import { compileTests } from './compile-tests.js';
import { Diagnostics, formatMessage, type DiagnosticKind } from '../validation/diagnostics.js';
import { keywordsOf } from '../keywords/file-keywords.js';
import { evaluationDateFor, valueInForce } from './dated-values.js';
import { districtCodeDigits } from './district-code.js';
import { inForceInDistrict } from './district-targets.js';
import { definitionBodies } from '../validation/dependency-cycles.js';
import { adaptationsOf, constantOverrides, scopedDeclarations } from './district-scope.js';

function problem<A>(node: AstNode, kind: DiagnosticKind<A>, args: A, lang: Lang, property?: string): CompileProblem {
    const cst = (property && GrammarUtils.findNodeForProperty(node.$cstNode, property)) || node.$cstNode;
    const range = cst?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { node, range, code: kind.code, message: formatMessage(kind, args, lang, keywordsOf(node)) };
}

const noEnvironment = { constants: new Map(), quantities: new Map() };

/**
 * Picks, for each constant or amount that changes by date, the value in force on the evaluation date;
 * a date before the first value is a problem (and the first value stands in, so compiling goes on).
 */
function datedResolver(date: string | undefined, problems: CompileProblem[], lang: Lang) {
    return (values: DatedValue[], name: string, node: AstNode): Expression => {
        const dated = values.length > 1 || values[0]?.from;
        if (dated && !date) {
            problems.push(problem(node, Diagnostics.noEvaluationDate, { name }, lang));
            return values[0].value;
        }
        const chosen = valueInForce(values, date ?? '');
        if (!chosen) {
            problems.push(problem(node, Diagnostics.nothingInForce, { name, date: date!, first: values[0]?.from ?? '' }, lang));
            return values[0].value;
        }
        return chosen.value;
    };
}

/** A problem found while working out figures (a target that is not a whole number of households). */
export interface CompileProblem {
    node: AstNode;
    /** The part of the node to point at (the district's name rather than its whole block). */
    range: Range;
    code: string;
    message: string;
}

export interface CompileResult {
    plan: Plan;
    problems: CompileProblem[];
}

export interface CompileOptions {
    lang?: Lang;
    /** Evaluate for this date (`YYYY-MM-DD`) instead of the program's year. */
    on?: string;
}

/**
 * Compiles a checked rule file and the files it uses into a Plan. Declarations from used files come
 * first, so the national program's graduation categories keep their priority over a district's own.
 * District targets are evaluated here, once, from the district's quantities and the constants.
 */
export function compilePlan(entry: LangiumDocument, documents: LangiumDocuments, options: CompileOptions = {}): CompileResult {
    const lang = options.lang ?? 'en';
    const types = typesOfOneCompile();
    const files = documentsInUseOrder(entry, (uri) => documents.getDocument(uri))
        .map((d) => d.parseResult.value)
        .filter(isRuleFile);
    const elements = files.flatMap((f) => f.elements);
    const entryRoot = entry.parseResult.value as RuleFile;
    const program = entryRoot.program?.name ?? files.find((f) => f.program)?.program?.name;
    const problems: CompileProblem[] = [];
    const evaluationDate = evaluationDateFor([entryRoot, ...files], options.on);
    const inForce = datedResolver(evaluationDate, problems, lang);
    if (!evaluationDate) {
        const since = files.flatMap((f) => AstUtils.streamAst(f).filter(isSince).head() ?? [])[0];
        if (since) problems.push(problem(since, Diagnostics.noEvaluationDate, { name: expressionText(since) }, lang));
    }

    const household = elements.find(isHousehold);
    const columns: ColumnDef[] = (household?.columns ?? []).map((column) => ({
        name: column.name,
        type: columnTypeToValueType(column.type),
        header: column.header || column.name,
        ...optional('label', column.label),
        ...optional('doc', documentationOf(column)),
        ...optional('min', column.min && Number(evaluateFormula(expressionToPlan(column.min, types), noEnvironment))),
        ...optional('max', column.max && Number(evaluateFormula(expressionToPlan(column.max, types), noEnvironment))),
        ...optional('percentWritten', column.type === 'percent' ? column.percentWritten : undefined),
    }));
    const keyColumn = household?.columns.find((c) => c.key)?.name ?? '';
    const districtColumn = household?.columns.find((c) => c.name === 'district')?.name;

    const declarations = scopedDeclarations(elements);
    const districtOf = new Map<AstNode, string | undefined>([...declarations.constants, ...declarations.values].map((d) => [d.node, d.district]));
    const fromOf = (values: DatedValue[]) => evaluationDate === undefined ? undefined : valueInForce(values, evaluationDate)?.from;
    const constants = orderByDependencies(declarations.constants.map((d) => d.node), definitionBodies).map((constant) => {
        const expr = expressionToPlan(inForce(constant.values, constant.name, constant), types);
        // which dated value was picked, for the run's summary ("in force from 1 March 2024")
        return {
            name: constant.name, type: expr.type, expr, ...optional('doc', documentationOf(constant)),
            ...optional('from', fromOf(constant.values)), ...optional('district', districtOf.get(constant)),
        };
    });
    const values = orderByDependencies(declarations.values.map((d) => d.node), definitionBodies).map((value) => {
        const expr = expressionToPlan(value.expression, types);
        return { name: value.name, type: expr.type, expr, ...optional('doc', documentationOf(value)), ...optional('district', districtOf.get(value)) };
    });
    const benefitNode = elements.find(isBenefit);
    const benefit = benefitNode && {
        ...optional('maxMembers', benefitNode.maxMembers !== undefined ? Number(benefitNode.maxMembers.replace(/\./g, '')) : undefined),
        components: benefitNode.components.map((component) => ({
            name: component.members.$refText,
            members: { kind: 'column' as const, type: 'count' as const, name: component.members.$refText, text: component.members.$refText },
            amount: expressionToPlan(inForce(component.amounts, component.members.$refText, component), types),
        })),
        ...optional('doc', documentationOf(benefitNode)),
    };
    const districtNodes = elements.filter(isDistrict);
    const toPlan = (e: Expression) => expressionToPlan(e, types);
    const graduations = declarations.graduations.map(({ node: graduation, district }) => ({
        name: graduation.name,
        label: graduation.label || graduation.name,
        condition: toPlan(graduation.condition),
        ...optional('rank', graduation.rank && { expr: toPlan(graduation.rank), descending: graduation.direction === 'descending' }),
        ...optional('doc', documentationOf(graduation)),
        ...optional('district', district),
        ...nonEmpty('adaptations', district === undefined ? adaptationsOf(graduation, districtNodes, toPlan) : []),
    }));

    const plan: Plan = {
        program: program ?? '',
        evaluationDate: evaluationDate ?? '',
        schema: {
            columns,
            keyColumn,
            ...optional('districtColumn', districtColumn),
            ...optional('subdistrictColumn', household?.columns.find((c) => c.name === 'subdistrict')?.name),
            ...optional('facilitatorColumn', household?.columns.find((c) => c.name === 'facilitator')?.name),
        },
        constants,
        values,
        ...optional('benefit', benefit),
        graduations,
        districts: [],
        tests: [],
    };
    const constantValues = evaluateConstants(plan);
    const defaultBlocks = elements.filter(isDistrictDefaults);
    const defaults = {
        quantities: defaultBlocks.flatMap((d) => d.quantities),
        targets: defaultBlocks.flatMap((d) => d.targets),
        rewards: defaultBlocks.flatMap((d) => d.rewards),
    };
    plan.districts = districtNodes.map((district) => {
        const overrides = constantOverrides(district, inForce, toPlan, evaluationDate);
        const own = overrides.length === 0 ? constantValues : evaluateConstants(plan, overrides);
        return { ...compileDistrict(district, defaults, own, evaluationDate, problems, lang, types), ...nonEmpty('constants', overrides) };
    });
    plan.tests = compileTests(elements.filter(isTestCase), constantValues, evaluationDate, types);
    return { plan, problems };
}

interface DistrictDefaultsInScope {
    quantities: Quantity[];
    targets: Target[];
    rewards: Reward[];
}

function compileDistrict(
    district: District,
    defaults: DistrictDefaultsInScope,
    constants: Map<string, PlanValue>,
    evaluationDate: string | undefined,
    problems: CompileProblem[],
    lang: Lang,
    types: TypeLookup,
): DistrictPlan {
    const quantityValues = new Map<string, PlanValue>();
    const environment = { constants, quantities: quantityValues, ...optional('evaluationDate', evaluationDate) };
    for (const quantity of defaults.quantities) {
        const setting = district.settings.find((s) => s.quantity.ref === quantity);
        const expression = setting?.value ?? quantity.default;
        if (expression) quantityValues.set(quantity.name, evaluateFormula(expressionToPlan(expression, types), environment));
    }
    const targetPlans: TargetPlan[] = [];
    for (const target of inForceInDistrict(defaults.targets, district.targets)) {
        const category = target.category.$refText;
        const formula = planText(target.formula);
        const expr = expressionToPlan(target.formula, types);
        const per = { ...optional('per', target.per), ...optional('perQuantity', quantityTimesWhole(expr)) };
        if (AstUtils.streamAst(target.formula).some(isCaseload)) {
            // Depends on the caseload found in the data: the engine works it out per unit.
            targetPlans.push(asWritten({ category, expr, formula, ...per }, target.formula));
            continue;
        }
        const value = evaluateFormula(expr, environment);
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
            // A default target fails because of the district's figures: point at the district.
            const own = district.targets.includes(target);
            problems.push(problem(own ? target : district, Diagnostics.targetNotWhole, {
                category, district: district.name, value: typeof value === 'number' ? formatNumber(value) : String(value), formula,
            }, lang, own ? undefined : 'name'));
            continue;
        }
        targetPlans.push(asWritten({ category, value, formula, ...per }, target.formula));
    }
    const rewards = inForceInDistrict(defaults.rewards, district.rewards).map((reward) => ({
        category: reward.category.$refText,
        amount: Number(evaluateFormula(expressionToPlan(reward.amount, types), environment)),
    }));
    return {
        name: district.name,
        ...optional('code', district.code !== undefined ? districtCodeDigits(district.code) : undefined),
        quantities: defaults.quantities
            .filter((q) => quantityValues.has(q.name))
            .map((q) => ({ name: q.name, type: columnTypeToValueType(q.type), value: Number(quantityValues.get(q.name)) })),
        targets: targetPlans,
        rewards,
    };
}

/** A target, its formula recorded as its file writes it (written-text.ts). */
function asWritten(target: TargetPlan, formula: Expression): TargetPlan {
    recordAsWritten(target, formula);
    return target;
}

/** `{ key: list }` when the list has entries, `{}` otherwise. */
function nonEmpty<K extends string, V>(key: K, list: V[]): { [P in K]?: V[] } {
    return list.length === 0 ? {} : ({ [key]: list } as { [P in K]?: V[] });
}

/** `{ key: value }` when value is defined, `{}` otherwise: keeps the Plan free of undefined fields. */
function optional<K extends string, V>(key: K, value: V | undefined | null | ''): { [P in K]?: V } {
    return value === undefined || value === null || value === '' ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** `facilitators × 10` or `10 × facilitators`: the quantity a target counts per head of, if any. */
function quantityTimesWhole(expr: PlanExpr): string | undefined {
    if (expr.kind !== 'arithmetic' || expr.op !== '*') return undefined;
    const whole = (e: PlanExpr) => e.kind === 'literal' && typeof e.value === 'number' && Number.isInteger(e.value) && e.value > 0;
    if (expr.left.kind === 'quantity' && whole(expr.right)) return expr.left.name;
    if (expr.right.kind === 'quantity' && whole(expr.left)) return expr.right.name;
    return undefined;
}
