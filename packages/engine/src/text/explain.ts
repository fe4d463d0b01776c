/**
 * Why a household is in its graduation category, or in none, as a sentence in either language: the
 * atomic conditions that decided, with the household's values.
 *
 * `kaidah run` explains every household of a caseload, so the explanation is compiled: every
 * decision about what to show is taken once per Plan and language (`prepareExplainer`), and every
 * value comes from the closures the evaluator compiled for the Plan; explaining a household is then
 * only closure calls and number formatting.
 *
 * - For a category that applies: every conjunct of an `and`, the first branch of an `or` that held.
 * - For a category that does not: the first conjunct of an `and` that failed, every branch of an
 *   `or` (all of them failed).
 * - `not x` holds because x fails, and fails because x holds: the facts say what x did.
 *
 * Values are shown by type in the chosen language (a date as `1 March 2024` / `1 Maret 2024`);
 * literals, date literals included, are shown as written. `years since birth_date` is a side like
 * any other: its text, then its count (`years since birth_date 67 ≥ 60`).
 */
import type { Expr, Plan, Value } from '../plan/plan.js';
import { evaluatorFor, type HouseholdResult } from '../evaluation/evaluate.js';
import type { TriedCategory } from '../evaluation/district-context.js';
import { formatNumber, formatRupiah, formatValue } from '../notation/format.js';
import { messagesFor, type Lang } from '../messages/messages.js';
import { operatorSign, shownExpr } from '../notation/display.js';
import { isLiteral, yesNoReference } from './conditions.js';

/** Explains households of one Plan in one language; `explain(result)` is `explainHousehold(plan, result, lang)`. */
export interface HouseholdExplainer {
    explain(result: HouseholdResult): string;
    /** `explain` as a sentence: capitalised, closed with a full stop (for decision files). */
    sentence(result: HouseholdResult): string;
}

/** A first letter in upper case (`graduasi` → `Graduasi`). */
function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether text ends a sentence already. */
function endsSentence(text: string): boolean {
    const last = text.charCodeAt(text.length - 1);
    return last === 46 || last === 33 || last === 63; // . ! ?
}

/** Adds the sentences of the facts that explain a condition, for the household in `slots`. */
type EmitFacts = (slots: Value[], out: string[]) => void;

/** How the categories a district tries explain a household: why the chosen one holds, why each fails. */
interface CategoryExplanations {
    categories: Map<string, { label: string; sentenceLabel: string; why: EmitFacts }>;
    failures: { label: string; why: EmitFacts }[];
}

const explainers = new WeakMap<Plan, Partial<Record<Lang, HouseholdExplainer>>>();

/** The explainer of a Plan in a language, prepared once and then shared. */
export function prepareExplainer(plan: Plan, lang: Lang): HouseholdExplainer {
    const cached = explainers.get(plan)?.[lang];
    if (cached !== undefined) return cached;
    const evaluator = evaluatorFor(plan);
    const m = messagesFor(lang);
    const valueOf = (expr: Expr) => evaluator.compiled(expr);

    const nothing: EmitFacts = () => {};
    const both = (a: EmitFacts, b: EmitFacts): EmitFacts => (a === nothing ? b : b === nothing ? a : (slots, out) => {
        a(slots, out);
        b(slots, out);
    });

    function shownSide(expr: Expr): (slots: Value[]) => string {
        const text = shownExpr(expr);
        if (isLiteral(expr)) return () => text;
        const fn = valueOf(expr);
        const prefix = `${text} `;
        const type = expr.type;
        if (type === 'text') return (slots) => `${prefix}"${String(fn(slots))}"`;
        return (slots) => prefix + formatValue(fn(slots), type, lang);
    }

    function yesNoFact(reference: Expr): EmitFacts {
        const fn = valueOf(reference);
        const text = shownExpr(reference);
        const whenYes = m.holdsAs(text, m.yes);
        const whenNo = m.holdsAs(text, m.no);
        return (slots, out) => {
            out.push(fn(slots) === true ? whenYes : whenNo);
        };
    }

    function atom(expr: Expr): EmitFacts {
        // a literal `yes` as a whole condition says nothing worth showing
        if (expr.kind !== 'comparison') return isLiteral(expr) ? nothing : yesNoFact(expr);
        const reference = yesNoReference(expr);
        if (reference !== undefined) return yesNoFact(reference);
        const shownLeft = shownSide(expr.left);
        const shownRight = shownSide(expr.right);
        const sign = ` ${operatorSign(expr.op)} `;
        const holds = valueOf(expr);
        return (slots, out) => {
            const sentence = shownLeft(slots) + sign + shownRight(slots);
            out.push(holds(slots) === true ? sentence : m.doesNotHold(sentence));
        };
    }

    function whyTrue(expr: Expr): EmitFacts {
        switch (expr.kind) {
            case 'logical': {
                if (expr.op === 'and') return both(whyTrue(expr.left), whyTrue(expr.right));
                const left = valueOf(expr.left);
                const ifLeft = whyTrue(expr.left);
                const ifRight = whyTrue(expr.right);
                return (slots, out) => (left(slots) === true ? ifLeft : ifRight)(slots, out);
            }
            case 'not':
                return whyFalse(expr.operand);
            default:
                return atom(expr);
        }
    }

    function whyFalse(expr: Expr): EmitFacts {
        switch (expr.kind) {
            case 'logical': {
                if (expr.op === 'or') return both(whyFalse(expr.left), whyFalse(expr.right));
                const left = valueOf(expr.left);
                const ifLeftHeld = whyFalse(expr.right);
                const ifLeftFailed = whyFalse(expr.left);
                return (slots, out) => (left(slots) === true ? ifLeftHeld : ifLeftFailed)(slots, out);
            }
            case 'not':
                return whyTrue(expr.operand);
            default:
                return atom(expr);
        }
    }

    // per list of categories a district tries (one per district at most), made when first needed
    const explanations = new Map<readonly TriedCategory[], CategoryExplanations>();
    const explanationsFor = (tried: readonly TriedCategory[]): CategoryExplanations => {
        let made = explanations.get(tried);
        if (made === undefined) {
            const graduationOf = (t: TriedCategory) => plan.graduations[t.graduation]!;
            made = {
                categories: new Map(tried.map((t) => [graduationOf(t).name, { label: graduationOf(t).label, sentenceLabel: capitalised(graduationOf(t).label), why: whyTrue(t.condition) }])),
                failures: tried.map((t) => ({ label: graduationOf(t).label, why: whyFalse(t.condition) })),
            };
            explanations.set(tried, made);
        }
        return made;
    };
    const noCategorySentence = capitalised(m.noCategory);
    /** The last piece of the last explanation: whether it ends a sentence is read from it, not from the whole text. */
    let lastPiece = '';

    const explain = (result: HouseholdResult, asSentence: boolean): string => {
        evaluator.selectDistrict(result.district);
        const { categories, failures } = explanationsFor(evaluator.categoriesFor(result.district));
        const slots = result.values;
        const category = result.category === undefined ? undefined : categories.get(result.category);
        if (category !== undefined) {
            const facts: string[] = [];
            category.why(slots, facts);
            const label = asSentence ? category.sentenceLabel : category.label;
            lastPiece = facts.length === 0 ? category.label : facts[facts.length - 1]!;
            return facts.length === 0 ? label : `${label}: ${facts.join(m.factSeparator)}`;
        }
        let text = asSentence ? noCategorySentence : m.noCategory;
        lastPiece = m.noCategory;
        for (let g = 0; g < failures.length; g++) {
            const failure = failures[g]!;
            const facts: string[] = [];
            failure.why(slots, facts);
            text += (g === 0 ? ' ' : '; ') + (facts.length === 0 ? failure.label : `${failure.label}: ${facts.join(m.failedFactSeparator)}`);
            lastPiece = facts.length === 0 ? failure.label : facts[facts.length - 1]!;
        }
        return text;
    };

    const explainer: HouseholdExplainer = {
        explain: (result) => explain(result, false),
        sentence(result) {
            const text = explain(result, true);
            return endsSentence(lastPiece) ? text : `${text}.`;
        },
    };
    explainers.set(plan, { ...explainers.get(plan), [lang]: explainer });
    return explainer;
}

/**
 * en `Graduasi Sejahtera Mandiri: has_business is yes; monthly_income Rp 1.800.000 ≥ 2 × poverty_line Rp 1.165.864`
 * id `Graduasi Sejahtera Mandiri: has_business bernilai ya; …`
 */
export function explainHousehold(plan: Plan, result: HouseholdResult, lang: Lang): string {
    return prepareExplainer(plan, lang).explain(result);
}

/**
 * The benefit as a sum: en `benefit Rp 8.700.000: 1 × pregnant Rp 3.000.000 + 2 × elderly
 * Rp 2.400.000 + 1 × elementary Rp 900.000; 5 members qualify, at most 4 are paid`.
 */
export function explainBenefit(plan: Plan, result: HouseholdResult, lang: Lang): string {
    const m = messagesFor(lang);
    if (result.components.length === 0) return m.noBenefit;
    const parts = result.components
        .map((c) => `${formatNumber(c.members)} × ${c.label ?? c.name} ${formatRupiah(c.amount)}`)
        .join(' + ');
    let sentence = m.benefit(formatRupiah(result.benefit), parts);
    const cap = plan.benefit?.maxMembers;
    if (cap !== undefined && plan.benefit !== undefined) {
        const evaluator = evaluatorFor(plan);
        let eligible = 0;
        for (const component of plan.benefit.components) {
            const members = evaluator.valueOf(component.members, result) as number;
            if (members > 0) eligible += Math.floor(members);
        }
        if (eligible > cap) sentence += '; ' + m.benefitCap(formatNumber(eligible), formatNumber(cap));
    }
    return sentence;
}
