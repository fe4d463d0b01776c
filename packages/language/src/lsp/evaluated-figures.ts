import { evaluateFormula, normaliseDistrictName, type Value, type ValueType } from '@kaidah/engine';
import { AstUtils, WorkspaceCache, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import { evaluationDateFor, valueInForce } from '../compile/dated-values.js';
import { orderByDependencies } from '../compile/definition-order.js';
import { expressionToPlan } from '../compile/expression-to-plan.js';
import {
    isCaseload,
    isColumn,
    isConstant,
    isDistrict,
    isDistrictDefaults,
    isNameRef,
    isQuantity,
    isRuleFile,
    isValue,
    type Constant,
    type District,
    type Expression,
    type Quantity,
    type Target,
} from '../generated/ast.js';
import type { KaidahServices } from '../kaidah-module.js';
import { collectUseClosure } from '../references/use-paths.js';
import { definitionBodies } from '../validation/dependency-cycles.js';
import { defaultTargets, targetsInForce, type TargetInForce } from '../compile/district-targets.js';
import type { KaidahTypeSystem } from '../types/kaidah-type-system.js';

/** What the editor can say about the figure an expression stands for. */
export type Figure =
    | { kind: 'value'; value: Value; type: ValueType }
    /** It reads household data (a column, a value): there is one figure per household. */
    | { kind: 'per-household' }
    /** It uses district quantities, outside any one district. */
    | { kind: 'per-district' }
    /** It uses `households`, the caseload found in the data. */
    | { kind: 'caseload' }
    | { kind: 'unknown' };

/** The figures a rule file's declarations work out to, on the date the rules are evaluated for. */
interface Environment {
    evaluationDate?: string;
    constants: Map<string, Value>;
    /** District quantities, by normalised district name (defaults merged in). */
    quantitiesByDistrict: Map<string, Map<string, Value>>;
}

/**
 * Works out the figures hover, inlay hints and the outline show, with the compiler's expression
 * step and the engine `kaidah run` uses (expressionToPlan, evaluateFormula), picking dated values and
 * merging district defaults as compilePlan does; a test holds the two to the same figures. Only the
 * declarations a figure needs are compiled (constants, district quantities), not the whole Plan:
 * compiling every household value is the slow part on long files and fails as a whole on any
 * mistake, while officers need the figures while they type. A language service: what it works out
 * is kept in `WorkspaceCache`s until the next change.
 */
export class EvaluatedFigures {
    private readonly documents: LangiumDocuments;
    private readonly types: KaidahTypeSystem;
    private readonly environments: WorkspaceCache<string, Environment>;
    private readonly defaults: WorkspaceCache<string, Target[]>;

    constructor(services: KaidahServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.types = services.types.TypeSystem;
        this.environments = new WorkspaceCache(services.shared);
        this.defaults = new WorkspaceCache(services.shared);
    }

    /** The targets that apply in a district, with the `every district` ones looked up once per file. */
    targetsOf(district: District): TargetInForce[] {
        const document = AstUtils.getDocument(district);
        return targetsInForce(district, this.defaults.get(document.uri.toString(), () => defaultTargets(district, this.documents)));
    }

    evaluationDate(node: AstNode): string | undefined {
        return this.environment(AstUtils.getDocument(node)).evaluationDate;
    }

    /** The figure of an expression; inside a district block, with that district's quantities. */
    figureOf(expression: Expression, district?: District): Figure {
        const refs = AstUtils.streamAst(expression).filter(isNameRef).map((r) => r.ref.ref).toArray();
        if (refs.some((target) => isColumn(target) || isValue(target))) return { kind: 'per-household' };
        if (AstUtils.streamAst(expression).some(isCaseload)) return { kind: 'caseload' };
        const needsQuantities = refs.some(isQuantity);
        if (needsQuantities && !district) return { kind: 'per-district' };
        const environment = this.environment(AstUtils.getDocument(district ?? expression));
        const quantities = district ? this.quantitiesOf(district) : new Map<string, Value>();
        const type = this.types.valueTypeOf(expression);
        if (!type) return { kind: 'unknown' };
        try {
            const value = evaluateFormula(expressionToPlan(expression, this.types), {
                constants: environment.constants,
                quantities,
                ...(environment.evaluationDate ? { evaluationDate: environment.evaluationDate } : {}),
            });
            return { kind: 'value', value, type };
        } catch {
            return { kind: 'unknown' };
        }
    }

    /** Each value of a constant with the date it applies from, and which one is in force. */
    constantValues(constant: Constant): Array<{ from?: string; figure: Figure; inForce: boolean }> {
        const date = this.evaluationDate(constant);
        const inForce = date ? valueInForce(constant.values, date) : constant.values.length === 1 ? constant.values[0] : undefined;
        return constant.values.map((dated) => ({
            ...(dated.from ? { from: dated.from } : {}),
            figure: dated.value ? this.figureOf(dated.value) : { kind: 'unknown' as const },
            inForce: dated === inForce,
        }));
    }

    /** The value a district gives a quantity (its own setting, else the default); undefined when unset. */
    quantityValue(district: District, quantity: Quantity): Value | undefined {
        return this.quantitiesOf(district).get(quantity.name);
    }

    quantitiesOf(district: District): Map<string, Value> {
        const environment = this.environment(AstUtils.getDocument(district));
        return environment.quantitiesByDistrict.get(normaliseDistrictName(district.name ?? '')) ?? new Map();
    }

    /**
     * Districts declared in files that use `document` (directly or through others), with the rule file
     * they are declared in: a target in `every district` has one figure in each of them.
     */
    districtsUsing(document: LangiumDocument): District[] {
        const uri = document.uri.toString();
        const found: District[] = [];
        for (const other of this.documents.all) {
            const root = other.parseResult.value;
            if (!isRuleFile(root) || !root.elements.some(isDistrict)) continue;
            if (!collectUseClosure(other, (u) => this.documents.getDocument(u)).has(uri)) continue;
            found.push(...root.elements.filter(isDistrict).filter((d) => typeof d.name === 'string'));
        }
        return found.sort((a, b) => a.name.localeCompare(b.name));
    }

    private environment(document: LangiumDocument): Environment {
        return this.environments.get(document.uri.toString(), () => this.workOut(document));
    }

    /** Constants in dependency order, then each district's quantities: its setting, else the default. */
    private workOut(document: LangiumDocument): Environment {
        const files = [...collectUseClosure(document, (uri) => this.documents.getDocument(uri)).values()]
            .map((d) => d.parseResult.value)
            .filter(isRuleFile);
        const evaluationDate = evaluationDateFor(files, undefined);
        const constants = new Map<string, Value>();
        const dateEnvironment = evaluationDate ? { evaluationDate } : {};
        const elements = files.flatMap((f) => f.elements);
        for (const constant of orderByDependencies(elements.filter(isConstant), definitionBodies)) {
            // As compilePlan: the value in force on the date, or the first while no date is known.
            const dated = (evaluationDate ? valueInForce(constant.values, evaluationDate) : undefined) ?? constant.values[0];
            const value = dated?.value && this.tryEvaluate(dated.value, { constants, quantities: new Map(), ...dateEnvironment });
            if (value !== undefined) constants.set(constant.name, value);
        }
        const quantities = elements.filter(isDistrictDefaults).flatMap((d) => d.quantities);
        const quantitiesByDistrict = new Map<string, Map<string, Value>>();
        for (const district of elements.filter(isDistrict)) {
            const values = new Map<string, Value>();
            for (const quantity of quantities) {
                const expression = district.settings.find((s) => s.quantity.ref === quantity)?.value ?? quantity.default;
                const value = expression && this.tryEvaluate(expression, { constants, quantities: values, ...dateEnvironment });
                if (value !== undefined) values.set(quantity.name, value);
            }
            const key = normaliseDistrictName(district.name ?? '');
            if (!quantitiesByDistrict.has(key)) quantitiesByDistrict.set(key, values);
        }
        return { ...dateEnvironment, constants, quantitiesByDistrict };
    }

    private tryEvaluate(expression: Expression, environment: Parameters<typeof evaluateFormula>[1]): Value | undefined {
        try {
            return evaluateFormula(expressionToPlan(expression, this.types), environment);
        } catch {
            return undefined;
        }
    }
}
