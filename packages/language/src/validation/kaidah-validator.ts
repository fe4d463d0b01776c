import { normaliseDistrictName, parseIsoDate, parseMoneyText, parseNumberText, parsePercentText, type Lang } from '@kaidah/engine';
import { AstUtils, type AstNode, type LangiumDocuments, type ValidationAcceptor, type ValidationChecks } from 'langium';
import {
    isColumn,
    isConstant,
    isDistrictDefaults,
    isHousehold,
    isNameRef,
    isNamedSubject,
    isQuantity,
    isTarget,
    isValue,
    type Arithmetic,
    type Benefit,
    type Caseload,
    type Column,
    type Comparison,
    type Constant,
    type DateLiteral,
    type DatedValue,
    type District,
    type DistrictDefaults,
    type Expression,
    type Graduation,
    type Household,
    type KaidahAstType,
    type Logical,
    type MoneyLiteral,
    type Negation,
    type NumberLiteral,
    type PercentLiteral,
    type Quantity,
    type QuantitySetting,
    type Referable,
    type ExpectTarget,
    type ExpectValue,
    type Reward,
    type RuleFile,
    type Since,
    type Target,
    type TestCase,
    type TestField,
    type Use,
    type Value,
} from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { referableNodes } from '../references/kaidah-scope-computation.js';
import { documentsInUseOrder, findUseCycle, resolveUsePath } from '../references/use-paths.js';
import { inferType, referableType } from '../types/infer-type.js';
import { arithmeticResult, columnTypeToValueType, isComparable, isNumeric, typeName, type KaidahType } from '../types/kaidah-types.js';
import type { KaidahSettings } from '../workspace/kaidah-settings.js';
import { Diagnostics, type DiagnosticKind } from './diagnostics.js';
import { expressionText } from './expression-text.js';
import { findDependencyCycle } from './dependency-cycles.js';
import { alternativesOf, analyseCondition, constantValue, implies, type FixedComparison } from './condition-analysis.js';
import { describeLocation, ruleFilesInScope } from './rule-file-closure.js';
import { nearestName } from './nearest-name.js';

export function registerValidationChecks(services: KaidahServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.KaidahValidator;
    const checks: ValidationChecks<KaidahAstType> = {
        RuleFile: [
            validator.checkNamesAreUnique, validator.checkSchemaInScope, validator.checkDistrictsAreUnique,
            validator.checkNamesAreUsed, validator.checkCategoriesAreReachable,
        ],
        Use: validator.checkUsePath,
        Household: validator.checkKeyColumn,
        Column: validator.checkColumnRange,
        Constant: [validator.checkConstant, validator.checkNoCycle],
        Value: [validator.checkValue, validator.checkNoCycle],
        Benefit: validator.checkBenefit,
        Graduation: validator.checkGraduation,
        DistrictDefaults: validator.checkDistrictDefaults,
        Quantity: validator.checkQuantity,
        District: validator.checkDistrict,
        QuantitySetting: validator.checkQuantitySetting,
        Target: validator.checkTarget,
        Comparison: validator.checkComparison,
        Arithmetic: validator.checkArithmetic,
        Logical: validator.checkLogical,
        Negation: validator.checkNegation,
        NumberLiteral: validator.checkNumberLiteral,
        MoneyLiteral: validator.checkMoneyLiteral,
        PercentLiteral: validator.checkPercentLiteral,
        DateLiteral: validator.checkDateLiteral,
        Since: validator.checkSince,
        Caseload: validator.checkCaseload,
        Reward: validator.checkReward,
        TestCase: validator.checkTestCase,
        TestField: validator.checkTestField,
        ExpectValue: validator.checkExpectValue,
        ExpectTarget: validator.checkExpectTarget,
    };
    registry.register(checks, validator);
}

type Where = { node: AstNode; property?: string; data?: unknown };

/** Columns the engine reads by name: where a household is and who looks after it. */
const placeColumns = new Set(['district', 'subdistrict', 'facilitator']);

/** For `p2k2_attendance >= 80` or `monthly_income > 0`: the literal, to suggest `80%` or `Rp 0`. */
function unitHint(_side: Expression, type: KaidahType, other: Expression): { unit: 'percent' | 'money'; literal: string } | undefined {
    if ((type !== 'percent' && type !== 'money') || !isNumberLiteralNode(other)) return undefined;
    return { unit: type, literal: expressionText(other) };
}

/** A plain `4` counts for the checker, but an officer reads it as a number. */
function shownType(expr: Expression, type: KaidahType): string {
    return isNumberLiteralNode(expr) ? 'number' : typeName(type);
}

function isNumberLiteralNode(expr: Expression): boolean {
    return expr.$type === 'NumberLiteral';
}

function isGraduationNode(node: AstNode): boolean {
    return node.$type === 'Graduation';
}

/**
 * The checks that find an officer's mistakes in a rule file. Each check is small and reports
 * through `report`, so every message carries its stable code and comes in the session's language.
 */
export class KaidahValidator {
    private readonly settings: KaidahSettings;
    private readonly documents: LangiumDocuments;

    private readonly references: KaidahServices['references']['References'];

    constructor(services: KaidahServices) {
        this.settings = services.settings;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.references = services.references.References;
    }

    private get lang(): Lang {
        return this.settings.lang;
    }

    private report<A>(accept: ValidationAcceptor, kind: DiagnosticKind<A>, args: A, where: Where): void {
        accept(kind.severity, kind[this.lang](args), { ...where, code: kind.code } as never);
    }

    // ---- files and names ------------------------------------------------------------------

    checkUsePath = (use: Use, accept: ValidationAcceptor): void => {
        if (!use.path) return;
        const document = AstUtils.getDocument(use);
        const target = resolveUsePath(document.uri, use.path);
        if (!this.settings.isInsideRoots(target)) {
            this.report(accept, Diagnostics.useOutside, { path: use.path }, { node: use, property: 'path' });
        } else if (!this.documents.hasDocument(target)) {
            this.report(accept, Diagnostics.useMissing, { path: use.path }, { node: use, property: 'path' });
        } else {
            const cycle = findUseCycle(document, target, (uri) => this.documents.getDocument(uri));
            if (cycle) this.report(accept, Diagnostics.useCycle, { cycle }, { node: use, property: 'path' });
        }
    };

    /** Constants, values and columns nobody refers to are probably a mistake (or left over). */
    checkNamesAreUsed = (file: RuleFile, accept: ValidationAcceptor): void => {
        for (const node of referableNodes(file)) {
            if (isQuantity(node) || isGraduationNode(node)) continue; // quantities are what district files fill in
            if (isColumn(node) && (node.key || placeColumns.has(node.name))) continue;
            if (this.references.findReferences(node, { includeDeclaration: false }).head() === undefined) {
                this.report(accept, Diagnostics.unused, { name: (node as Referable).name }, { node, property: 'name' });
            }
        }
    };

    /** A category after one that always holds, or whose condition implies an earlier one's, is never chosen. */
    checkCategoriesAreReachable = (file: RuleFile, accept: ValidationAcceptor): void => {
        const document = AstUtils.getDocument(file);
        const graduations = documentsInUseOrder(document, (uri) => this.documents.getDocument(uri))
            .flatMap((d) => (d.parseResult.value as RuleFile).elements ?? [])
            .filter((e): e is Graduation => e.$type === 'Graduation');
        const seen: { graduation: Graduation; always: boolean; alternatives: ReturnType<typeof alternativesOf> }[] = [];
        for (const graduation of graduations) {
            const verdict = analyseCondition(graduation.condition, this.lang);
            const alternatives = alternativesOf(graduation.condition);
            if (AstUtils.getDocument(graduation) === document) {
                const winner = seen.find((e) => e.always || (alternatives && e.alternatives && implies(alternatives, e.alternatives)));
                if (winner) {
                    this.report(accept, Diagnostics.unreachable, { name: graduation.name, earlier: winner.graduation.name, always: winner.always }, { node: graduation, property: 'name' });
                }
            }
            seen.push({ graduation, always: verdict === 'always', alternatives });
        }
    };

    checkNamesAreUnique = (file: RuleFile, accept: ValidationAcceptor): void => {
        const firstByName = new Map<string, AstNode>();
        const [own, ...used] = ruleFilesInScope(file, this.documents);
        for (const usedFile of used) {
            for (const node of referableNodes(usedFile)) {
                const name = (node as Referable).name;
                if (name && !firstByName.has(name)) firstByName.set(name, node);
            }
        }
        for (const node of referableNodes(own)) {
            const name = (node as Referable).name;
            if (!name) continue;
            const earlier = firstByName.get(name);
            if (earlier && earlier !== node) {
                this.report(accept, Diagnostics.duplicateName, { name, where: describeLocation(earlier, node, this.lang) }, { node, property: 'name' });
            } else {
                firstByName.set(name, node);
            }
        }
    };

    checkSchemaInScope = (file: RuleFile, accept: ValidationAcceptor): void => {
        const files = ruleFilesInScope(file, this.documents);
        const schemas = files.flatMap((f) => f.elements.filter(isHousehold));
        const ownSchemas = file.elements.filter(isHousehold);
        for (const schema of ownSchemas) {
            const other = schemas.find((s) => s !== schema);
            if (other && (AstUtils.getDocument(other) !== AstUtils.getDocument(schema) || ownSchemas.indexOf(schema) > 0)) {
                this.report(accept, Diagnostics.schemaTwice, { where: describeLocation(other, schema, this.lang) }, { node: schema, keyword: 'household' } as Where);
            }
        }
        const needsSchema = file.elements.find((e) => e.$type === 'Graduation' || e.$type === 'Value' || e.$type === 'Benefit' || e.$type === 'District');
        if (needsSchema && schemas.length === 0) {
            this.report(accept, Diagnostics.schemaMissing, {}, { node: needsSchema });
        }
        const declaresDistricts = files.some((f) => f.elements.some((e) => e.$type === 'District'));
        const hasDistrictColumn = schemas.some((s) => s.columns.some((c) => c.name === 'district'));
        const ownDistrict = file.elements.find((e) => e.$type === 'District');
        const reportOn = ownSchemas[0] ?? ownDistrict;
        if (declaresDistricts && schemas.length > 0 && !hasDistrictColumn && reportOn) {
            this.report(accept, Diagnostics.noDistrictColumn, {}, { node: reportOn, keyword: reportOn === ownSchemas[0] ? 'household' : 'district' } as Where);
        }
    };

    checkDistrictsAreUnique = (file: RuleFile, accept: ValidationAcceptor): void => {
        const [own, ...used] = ruleFilesInScope(file, this.documents);
        const seen = new Map<string, District>();
        const key = (name: string | undefined) => (name ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
        for (const district of used.flatMap((f) => f.elements).filter((e): e is District => e.$type === 'District')) {
            if (!seen.has(key(district.name))) seen.set(key(district.name), district);
        }
        for (const district of own.elements.filter((e): e is District => e.$type === 'District')) {
            if (!district.name) continue;
            const earlier = seen.get(key(district.name));
            if (earlier && earlier !== district) {
                this.report(accept, Diagnostics.districtTwice, { name: district.name, where: describeLocation(earlier, district, this.lang) }, { node: district, property: 'name' });
            } else {
                seen.set(key(district.name), district);
            }
        }
    };

    // ---- declarations ----------------------------------------------------------------------

    checkKeyColumn = (household: Household, accept: ValidationAcceptor): void => {
        const keys = household.columns.filter((c) => c.key);
        if (keys.length !== 1) {
            this.report(accept, Diagnostics.keyColumn, { found: keys.length }, keys[1] ? { node: keys[1], property: 'key' } : { node: household, keyword: 'household' } as Where);
        }
        for (const key of keys) {
            if (key.type !== 'text') {
                this.report(accept, Diagnostics.keyNotText, { name: key.name, type: key.type }, { node: key, property: 'type' });
            }
        }
    };

    checkConstant = (constant: Constant, accept: ValidationAcceptor): void => {
        for (const dated of constant.values) {
            this.checkWorkedOutOnce(dated.value, this.lang === 'en' ? 'a constant' : 'konstanta', accept, false);
        }
        this.checkDatedValues(constant.name, constant.values, accept);
    };

    private checkDatedValues(name: string, values: DatedValue[], accept: ValidationAcceptor): void {
        if (values.length === 0) return;
        for (const dated of values) {
            if (dated.from && 'error' in parseIsoDate(dated.from)) {
                this.report(accept, Diagnostics.badDate, { text: dated.from }, { node: dated, property: 'from' });
            }
        }
        const firstType = inferType(values[0].value);
        for (const dated of values.slice(1)) {
            const type = inferType(dated.value);
            if (type !== 'error' && firstType !== 'error' && type !== firstType && !(isNumeric(type) && isNumeric(firstType) && [type, firstType].every((t) => t === 'count' || t === 'number'))) {
                this.report(accept, Diagnostics.datedTypes, {
                    name, text: expressionText(dated.value), type: shownType(dated.value, type), firstText: expressionText(values[0].value), firstType: shownType(values[0].value, firstType),
                }, { node: dated, property: 'value' });
            }
        }
        if (values.length === 1) return;
        const wellOrdered = values.every((dated, i) => dated.from && (i === 0 || values[i - 1].from! < dated.from));
        if (!wellOrdered) this.report(accept, Diagnostics.datedOrder, { name }, { node: values.find((v, i) => !v.from || (i > 0 && values[i - 1].from! >= v.from)) ?? values[0] });
    }

    checkValue = (value: Value, accept: ValidationAcceptor): void => {
        this.checkNoQuantities(value.expression, accept);
        if (inferType(value.expression) === 'yesno') this.reportFixedComparisons(value.expression, accept);
    };

    private reportFixedComparisons(condition: Expression, accept: ValidationAcceptor): void {
        const fixed: FixedComparison[] = [];
        analyseCondition(condition, this.lang, fixed);
        for (const comparison of fixed) {
            const kind = comparison.verdict === 'never' ? Diagnostics.neverHolds : Diagnostics.alwaysHolds;
            this.report(accept, kind, { text: expressionText(comparison.node), subject: comparison.subject, range: comparison.range }, { node: comparison.node });
        }
    }

    checkColumnRange = (column: Column, accept: ValidationAcceptor): void => {
        if (!column.min || !column.max) return;
        const min = constantValue(column.min);
        const max = constantValue(column.max);
        const expected = column.type === 'yes/no' ? 'yesno' : column.type;
        const fits = (e: Expression) => {
            const type = inferType(e);
            return type === expected || (type === 'count' && expected === 'number');
        };
        if (min === undefined || max === undefined || min > max || !fits(column.min) || !fits(column.max)) {
            this.report(accept, Diagnostics.columnRange, { name: column.name, type: column.type }, { node: column, property: 'min' });
        }
    };

    checkCaseload = (caseload: Caseload, accept: ValidationAcceptor): void => {
        if (!AstUtils.getContainerOfType(caseload, isTarget)) this.report(accept, Diagnostics.caseloadOutsideTarget, {}, { node: caseload });
    };

    checkReward = (reward: Reward, accept: ValidationAcceptor): void => {
        const type = inferType(reward.amount);
        if (type !== 'error' && type !== 'money') {
            this.report(accept, Diagnostics.rewardNotMoney, { text: expressionText(reward.amount), type: shownType(reward.amount, type) }, { node: reward, property: 'amount' });
        }
        this.checkWorkedOutOnce(reward.amount, this.lang === 'en' ? 'a reward' : 'penghargaan', accept, true);
    };

    checkTestCase = (test: TestCase, accept: ValidationAcceptor): void => {
        if (!test.table) return;
        const target = resolveUsePath(AstUtils.getDocument(test).uri, test.table);
        const outside = !this.settings.isInsideRoots(target);
        const exists = this.settings.fileExists ? this.settings.fileExists(target) : true;
        if (outside || !exists) {
            this.report(accept, Diagnostics.testTableMissing, { path: test.table, outside }, { node: test, property: 'table' });
        }
    };

    checkTestField = (field: TestField, accept: ValidationAcceptor): void => {
        const column = field.column?.ref;
        if (!column || !field.value) return;
        const expected = columnTypeToValueType(column.type);
        const actual = inferType(field.value);
        if (actual !== 'error' && actual !== expected && !(expected === 'number' && actual === 'count')) {
            this.report(accept, Diagnostics.testFieldType, {
                name: column.name, expected: typeName(expected), text: expressionText(field.value), actual: shownType(field.value, actual),
            }, { node: field, property: 'value' });
        }
        this.checkWorkedOutOnce(field.value, this.lang === 'en' ? 'a test household' : 'KPM dalam tes', accept, false);
    };

    checkExpectValue = (expectation: ExpectValue, accept: ValidationAcceptor): void => {
        const subject = isNamedSubject(expectation.subject) ? referableType(expectation.subject.ref?.ref) : 'money';
        const value = inferType(expectation.value);
        if (subject === 'error' || value === 'error') return;
        if (!isComparable(expectation.operator, subject, value)) {
            this.report(accept, Diagnostics.incomparable, {
                text: expressionText(expectation), left: typeName(subject), right: shownType(expectation.value, value), operator: expectation.operator,
            }, { node: expectation });
        }
        this.checkWorkedOutOnce(expectation.value, this.lang === 'en' ? 'an expected value' : 'nilai yang diharapkan', accept, false);
    };

    checkExpectTarget = (expectation: ExpectTarget, accept: ValidationAcceptor): void => {
        if (expectation.district === undefined) return;
        const districts = ruleFilesInScope(expectation, this.documents)
            .flatMap((f) => f.elements)
            .filter((e): e is District => e.$type === 'District' && typeof e.name === 'string');
        const wanted = normaliseDistrictName(expectation.district);
        if (!districts.some((d) => normaliseDistrictName(d.name) === wanted)) {
            const suggestion = nearestName(expectation.district, districts.map((d) => d.name));
            this.report(accept, Diagnostics.testUnknownDistrict, { name: expectation.district, ...(suggestion ? { suggestion } : {}) }, { node: expectation, property: 'district' });
        }
    };

    checkDateLiteral = (literal: DateLiteral, accept: ValidationAcceptor): void => {
        if ('error' in parseIsoDate(literal.value)) this.report(accept, Diagnostics.badDate, { text: literal.value }, { node: literal });
    };

    checkSince = (since: Since, accept: ValidationAcceptor): void => {
        const type = inferType(since.operand);
        if (type !== 'error' && type !== 'date') {
            this.report(accept, Diagnostics.sinceNotDate, { unit: since.unit, text: expressionText(since.operand), type: typeName(type) }, { node: since.operand });
        }
    };

    checkNoCycle = (node: Constant | Value, accept: ValidationAcceptor): void => {
        const cycle = findDependencyCycle(node);
        if (cycle) this.report(accept, Diagnostics.cycle, { cycle: cycle.join(' → ') }, { node, property: 'name' });
    };

    checkBenefit = (benefit: Benefit, accept: ValidationAcceptor): void => {
        if (benefit.maxMembers !== undefined) {
            const parsed = parseNumberText(benefit.maxMembers);
            if ('value' in parsed && (!Number.isInteger(parsed.value) || parsed.value < 1)) {
                this.report(accept, Diagnostics.maxMembers, { text: benefit.maxMembers }, { node: benefit, property: 'maxMembers' });
            }
        }
        const seen = new Set<string>();
        for (const component of benefit.components) {
            const name = component.members.$refText;
            if (seen.has(name)) this.report(accept, Diagnostics.componentTwice, { name }, { node: component, property: 'members' });
            seen.add(name);
            const target = component.members.ref;
            if (isQuantity(target)) {
                this.report(accept, Diagnostics.quantityOutsideDistrict, { name }, { node: component, property: 'members' });
            } else if (target) {
                const type = inferType({ $type: 'NameRef', ref: component.members } as unknown as Expression);
                if (type !== 'error' && type !== 'count') {
                    this.report(accept, Diagnostics.membersNotCount, { name, type: typeName(type) }, { node: component, property: 'members' });
                }
            }
            for (const dated of component.amounts) {
                const amountType = inferType(dated.value);
                if (amountType !== 'error' && amountType !== 'money') {
                    this.report(accept, Diagnostics.amountNotMoney, { text: expressionText(dated.value), type: shownType(dated.value, amountType) }, { node: dated, property: 'value' });
                }
                this.checkWorkedOutOnce(dated.value, this.lang === 'en' ? 'a benefit amount' : 'besaran bantuan', accept, false);
            }
            this.checkDatedValues(name, component.amounts, accept);
        }
    };

    checkGraduation = (graduation: Graduation, accept: ValidationAcceptor): void => {
        this.expectYesNo(graduation.condition, this.lang === 'en' ? `The condition of \`${graduation.name}\`` : `Syarat \`${graduation.name}\``, accept);
        this.checkNoQuantities(graduation.condition, accept);
        if (inferType(graduation.condition) === 'yesno') this.reportFixedComparisons(graduation.condition, accept);
        if (graduation.rank) {
            const type = inferType(graduation.rank);
            if (type === 'yesno') {
                this.report(accept, Diagnostics.rankType, { text: expressionText(graduation.rank), type: typeName(type) }, { node: graduation, property: 'rank' });
            }
            this.checkNoQuantities(graduation.rank, accept);
        }
    };

    checkDistrictDefaults = (defaults: DistrictDefaults, accept: ValidationAcceptor): void => {
        this.checkTargetsUnique(defaults.targets, accept);
    };

    checkQuantity = (quantity: Quantity, accept: ValidationAcceptor): void => {
        if (quantity.default) this.checkSettingValue(quantity, quantity.default, accept);
    };

    checkQuantitySetting = (setting: QuantitySetting, accept: ValidationAcceptor): void => {
        const quantity = setting.quantity.ref;
        if (quantity) this.checkSettingValue(quantity, setting.value, accept);
    };

    checkTarget = (target: Target, accept: ValidationAcceptor): void => {
        const type = inferType(target.formula);
        if (type !== 'error' && type !== 'count') {
            this.report(accept, Diagnostics.targetNotCount, { text: expressionText(target.formula), type: typeName(type) }, {
                node: target, property: 'formula', data: type === 'number' ? { fix: 'round-down' } : undefined,
            } as Where);
        }
        this.checkWorkedOutOnce(target.formula, this.lang === 'en' ? 'a target' : 'target', accept, true);
    };

    checkDistrict = (district: District, accept: ValidationAcceptor): void => {
        this.checkTargetsUnique(district.targets, accept);
        const files = ruleFilesInScope(district, this.documents);
        const defaults = files.flatMap((f) => f.elements.filter(isDistrictDefaults));
        const given = new Set(district.settings.map((s) => s.quantity.ref).filter((q) => q !== undefined));
        const overridden = new Set(district.targets.map((t) => t.category?.ref));
        const effective = [...defaults.flatMap((d) => d.targets).filter((t) => !overridden.has(t.category?.ref)), ...district.targets];
        for (const target of effective.filter((t) => t.formula)) {
            for (const ref of AstUtils.streamAst(target.formula).filter(isNameRef)) {
                const quantity = ref.ref.ref;
                if (isQuantity(quantity) && !given.has(quantity) && !quantity.default) {
                    this.report(accept, Diagnostics.districtMissingQuantity, {
                        district: district.name,
                        quantity: quantity.name,
                        category: target.category?.$refText ?? '',
                        formula: expressionText(target.formula),
                    }, { node: district, property: 'name' });
                    given.add(quantity);
                }
            }
        }
    };

    private checkTargetsUnique(targets: Target[], accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const target of targets) {
            const name = target.category?.$refText ?? '';
            if (seen.has(name)) this.report(accept, Diagnostics.targetTwice, { category: name }, { node: target, property: 'category' });
            seen.add(name);
        }
    }

    private checkSettingValue(quantity: Quantity, value: Expression, accept: ValidationAcceptor): void {
        const expected = quantity.type === 'yes/no' ? 'yesno' : quantity.type;
        const actual = inferType(value);
        // A whole number may stand where a number is wanted, never a fraction where a count is.
        const compatible = actual === expected || (expected === 'number' && actual === 'count');
        if (actual !== 'error' && !compatible) {
            this.report(accept, Diagnostics.settingType, { name: quantity.name, expected: typeName(expected as KaidahType), text: expressionText(value), actual: shownType(value, actual) }, { node: value });
        }
        this.checkWorkedOutOnce(value, this.lang === 'en' ? 'a district quantity' : 'besaran kabupaten/kota', accept, true);
    }

    // ---- expressions -----------------------------------------------------------------------

    checkComparison = (comparison: Comparison, accept: ValidationAcceptor): void => {
        const left = inferType(comparison.left);
        const right = inferType(comparison.right);
        if (left === 'error' || right === 'error') return;
        if (!isComparable(comparison.operator, left, right)) {
            const hint = unitHint(comparison.left, left, comparison.right) ?? unitHint(comparison.right, right, comparison.left);
            this.report(accept, Diagnostics.incomparable, {
                text: expressionText(comparison), left: shownType(comparison.left, left), right: shownType(comparison.right, right), operator: comparison.operator,
                ...(hint ? { hint } : {}),
            }, { node: comparison });
        }
    };

    checkArithmetic = (arithmetic: Arithmetic, accept: ValidationAcceptor): void => {
        const left = inferType(arithmetic.left);
        const right = inferType(arithmetic.right);
        if (arithmetic.operator === '/' && constantValue(arithmetic.right) === 0) {
            this.report(accept, Diagnostics.divisionByZero, { text: expressionText(arithmetic) }, { node: arithmetic });
        }
        if (left === 'error' || right === 'error') return;
        if (!arithmeticResult(arithmetic.operator, left, right)) {
            this.report(accept, Diagnostics.unitMismatch, {
                text: expressionText(arithmetic), leftText: expressionText(arithmetic.left), left: shownType(arithmetic.left, left), right: shownType(arithmetic.right, right), operator: arithmetic.operator,
            }, { node: arithmetic });
        }
    };

    checkLogical = (logical: Logical, accept: ValidationAcceptor): void => {
        const what = this.lang === 'en' ? `Each side of \`${logical.operator}\`` : `Kedua sisi \`${logical.operator}\``;
        this.expectYesNo(logical.left, what, accept);
        this.expectYesNo(logical.right, what, accept);
    };

    checkNegation = (negation: Negation, accept: ValidationAcceptor): void => {
        this.expectYesNo(negation.operand, this.lang === 'en' ? 'What follows `not`' : 'Yang mengikuti `not`', accept);
    };

    checkNumberLiteral = (literal: NumberLiteral, accept: ValidationAcceptor): void => {
        this.checkNumberFormat(literal, parseNumberText(literal.value), accept);
    };

    checkMoneyLiteral = (literal: MoneyLiteral, accept: ValidationAcceptor): void => {
        this.checkNumberFormat(literal, parseMoneyText(literal.value), accept);
    };

    checkPercentLiteral = (literal: PercentLiteral, accept: ValidationAcceptor): void => {
        this.checkNumberFormat(literal, parsePercentText(literal.value), accept);
    };

    private checkNumberFormat(literal: NumberLiteral | MoneyLiteral | PercentLiteral, parsed: { value: number } | { error: string }, accept: ValidationAcceptor): void {
        if ('error' in parsed) {
            const suggestion = literal.value.replace(/\.(?=\d+$|\d+\s*%$|\d+\s*[a-z]+$)/, ',');
            this.report(accept, Diagnostics.numberFormat, { text: literal.value, suggestion }, { node: literal });
        }
    }

    private expectYesNo(expr: Expression | undefined, what: string, accept: ValidationAcceptor): void {
        const type = inferType(expr);
        if (expr && type !== 'error' && type !== 'yesno') {
            this.report(accept, Diagnostics.notYesNo, { what, text: expressionText(expr), type: typeName(type) }, { node: expr });
        }
    }

    /** Constants, amounts, targets and quantities are worked out once, so they cannot read household data. */
    private checkWorkedOutOnce(expr: Expression | undefined, where: string, accept: ValidationAcceptor, quantitiesAllowed: boolean): void {
        if (!expr) return;
        for (const ref of AstUtils.streamAst(expr).filter(isNameRef)) {
            const target = ref.ref.ref;
            if (isColumn(target) || isValue(target)) {
                this.report(accept, Diagnostics.householdDataOutsideRules, { name: ref.ref.$refText, where }, { node: ref });
            } else if (isQuantity(target) && !quantitiesAllowed) {
                this.report(accept, Diagnostics.quantityOutsideDistrict, { name: ref.ref.$refText }, { node: ref });
            } else if (isConstant(target)) {
                // Constants are checked where they are declared.
            }
        }
    }

    private checkNoQuantities(expr: Expression | undefined, accept: ValidationAcceptor): void {
        if (!expr) return;
        for (const ref of AstUtils.streamAst(expr).filter(isNameRef)) {
            if (isQuantity(ref.ref.ref)) {
                this.report(accept, Diagnostics.quantityOutsideDistrict, { name: ref.ref.$refText }, { node: ref });
            }
        }
    }
}
