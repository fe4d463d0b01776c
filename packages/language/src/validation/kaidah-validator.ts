import type { Lang } from '@kaidah/engine';
import { AstUtils, type AstNode, type LangiumDocuments, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isColumn, isNameRef, isQuantity, isValue, type Expression, type KaidahAstType } from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { keywordsOf } from '../keywords/file-keywords.js';
import type { KaidahTypeSystem } from '../types/kaidah-type-system.js';
import { typeName, type KaidahType } from '../types/kaidah-types.js';
import type { KaidahSettings } from '../workspace/kaidah-settings.js';
import { benefitChecks } from './checks/benefits.js';
import { constantAndValueChecks } from './checks/constants-and-values.js';
import { districtChecks } from './checks/districts.js';
import { districtScopeChecks } from './checks/district-scope.js';
import { expressionChecks } from './checks/expressions.js';
import { graduationChecks } from './checks/graduations.js';
import { nameChecks } from './checks/names.js';
import { programChecks } from './checks/program.js';
import { schemaChecks } from './checks/schema.js';
import { testChecks } from './checks/tests.js';
import { useChecks } from './checks/uses.js';
import type { DependencyCycles } from './dependency-cycles.js';
import { analyseCondition, type FixedComparison } from './condition-analysis.js';
import { Diagnostics, type DiagnosticKind, type WorkedOutOnce, type YesNoPlace } from './diagnostics.js';
import { expressionText } from './expression-text.js';

/**
 * Maps each AST type to its checks. The checks live in `checks/`, one file per language concept;
 * they are listed here in the order they run, which is the order their diagnostics come in.
 */
export function registerValidationChecks(services: KaidahServices): void {
    const validator = services.validation.KaidahValidator;
    const program = programChecks(validator);
    const uses = useChecks(validator);
    const names = nameChecks(validator);
    const schema = schemaChecks(validator);
    const definitions = constantAndValueChecks(validator);
    const benefits = benefitChecks(validator);
    const graduations = graduationChecks(validator);
    const districts = districtChecks(validator);
    const scope = districtScopeChecks(validator);
    const expressions = expressionChecks(validator);
    const tests = testChecks(validator);
    const checks: ValidationChecks<KaidahAstType> = {
        RuleFile: [
            names.checkNamesAreUnique, schema.checkSchemaInScope, districts.checkDistrictsAreUnique,
            names.checkNamesAreUsed, graduations.checkCategoriesAreReachable, scope.checkCategoriesStayInDistrict,
        ],
        Program: program.checkProgramYear,
        Use: uses.checkUsePath,
        Household: schema.checkKeyColumn,
        Column: [schema.checkPercentWritten, schema.checkColumnRange],
        Constant: [definitions.checkConstant, definitions.checkNoCycle],
        Value: [definitions.checkValue, definitions.checkNoCycle],
        Benefit: benefits.checkBenefit,
        Graduation: graduations.checkGraduation,
        DistrictDefaults: districts.checkDistrictDefaults,
        Quantity: districts.checkQuantity,
        District: districts.checkDistrict,
        QuantitySetting: districts.checkQuantitySetting,
        ConstantOverride: scope.checkConstantOverride,
        Adaptation: scope.checkAdaptation,
        Target: districts.checkTarget,
        Comparison: expressions.checkComparison,
        Arithmetic: expressions.checkArithmetic,
        Logical: expressions.checkLogical,
        Negation: expressions.checkNegation,
        NumberLiteral: expressions.checkNumberLiteral,
        MoneyLiteral: expressions.checkMoneyLiteral,
        PercentLiteral: expressions.checkPercentLiteral,
        DateLiteral: expressions.checkDateLiteral,
        Since: expressions.checkSince,
        Caseload: districts.checkCaseload,
        Reward: districts.checkReward,
        TestCase: tests.checkTestCase,
        TestField: tests.checkTestField,
        ExpectValue: tests.checkExpectValue,
        ExpectTarget: tests.checkExpectTarget,
    };
    services.validation.ValidationRegistry.register(checks);
}

/** Where a diagnostic points: a node, optionally one of its properties or keywords, and data for quick fixes. */
export type Where = { node: AstNode; property?: string; keyword?: string; range?: Range; data?: unknown };

/** A plain `4` counts for the checker, but an officer reads it as a number. */
export function shownType(expr: Expression, type: KaidahType): string {
    return expr.$type === 'NumberLiteral' ? 'number' : typeName(type);
}

/**
 * What every check shares: the workspace, the session's language, the types, and the few checks
 * several concepts make (yes/no conditions, figures worked out once). Each check reports through
 * `report`, so every message carries its stable code and comes in the session's language.
 */
export class KaidahValidator {
    readonly settings: KaidahSettings;
    readonly documents: LangiumDocuments;
    readonly references: KaidahServices['references']['References'];
    readonly types: KaidahTypeSystem;
    readonly cycles: DependencyCycles;

    constructor(services: KaidahServices) {
        this.settings = services.settings;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.references = services.references.References;
        this.types = services.types.TypeSystem;
        this.cycles = services.validation.DependencyCycles;
    }

    get lang(): Lang {
        return this.settings.lang;
    }

    report<A>(accept: ValidationAcceptor, kind: DiagnosticKind<A>, args: A, where: Where): void {
        accept(kind.severity, kind[this.lang](args, keywordsOf(where.node)), { ...where, code: kind.code } as never);
    }

    expectYesNo(expr: Expression | undefined, what: YesNoPlace, accept: ValidationAcceptor): void {
        const type = this.types.typeOf(expr);
        if (expr && type !== 'error' && type !== 'yesno') {
            this.report(accept, Diagnostics.notYesNo, { what, text: expressionText(expr), type: typeName(type) }, { node: expr });
        }
    }

    /** Constants, amounts, targets and quantities are worked out once, so they cannot read household data. */
    checkWorkedOutOnce(expr: Expression | undefined, where: WorkedOutOnce, accept: ValidationAcceptor, quantitiesAllowed: boolean): void {
        if (!expr) return;
        for (const ref of AstUtils.streamAst(expr).filter(isNameRef)) {
            const target = ref.ref.ref;
            if (isColumn(target) || isValue(target)) {
                this.report(accept, Diagnostics.householdDataOutsideRules, { name: ref.ref.$refText, where }, { node: ref });
            } else if (isQuantity(target) && !quantitiesAllowed) {
                this.report(accept, Diagnostics.quantityOutsideDistrict, { name: ref.ref.$refText }, { node: ref });
            }
        }
    }

    checkNoQuantities(expr: Expression | undefined, accept: ValidationAcceptor): void {
        if (!expr) return;
        for (const ref of AstUtils.streamAst(expr).filter(isNameRef)) {
            if (isQuantity(ref.ref.ref)) {
                this.report(accept, Diagnostics.quantityOutsideDistrict, { name: ref.ref.$refText }, { node: ref });
            }
        }
    }

    /** Comparisons in a yes/no formula that always or never hold, given the columns' ranges. */
    reportFixedComparisons(condition: Expression, accept: ValidationAcceptor): void {
        const fixed: FixedComparison[] = [];
        analyseCondition(condition, this.types, fixed);
        for (const comparison of fixed) {
            const kind = comparison.verdict === 'never' ? Diagnostics.neverHolds : Diagnostics.alwaysHolds;
            this.report(accept, kind, { text: expressionText(comparison.node), subject: comparison.subject, range: comparison.range }, { node: comparison.node });
        }
    }
}
