/**
 * A household's benefit: each component pays its amount for each eligible member, and with a cap
 * (PKH commonly pays at most 4 members) only the highest-paying member slots are paid.
 *
 * Example, cap 4: 1 pregnant mother (Rp 3.000.000), 2 elderly (Rp 2.400.000), 2 elementary pupils
 * (Rp 900.000) → 3.000.000 + 2 × 2.400.000 + 1 × 900.000 = Rp 8.700.000.
 */
import type { BenefitPlan, Expr, Value } from '../plan/plan.js';
import { compileExpr, type NameScope, type RowFunction } from './expressions.js';

/** A component that is paid to the household, after the cap. */
export interface PaidComponent {
    name: string;
    label?: string;
    /** Members paid for this component (eligible members, less those cut by the cap). */
    members: number;
    /** Amount per member, in Rupiah. */
    amount: number;
    /** `members × amount`. */
    total: number;
}

export interface BenefitPayment {
    benefit: number;
    /** Paid components in declaration order; components with nobody paid are left out. */
    components: PaidComponent[];
}

/** Computes the payment of the household in `slots` into `into`. */
export type PayBenefit = (slots: Value[], into: BenefitPayment) => void;

const NO_SLOTS: Value[] = [];

/** A member count as a whole number of people; a negative or undefined count pays nobody. */
function wholeMembers(count: Value): number {
    return (count as number) > 0 ? Math.floor(count as number) : 0;
}

/**
 * The paying order: component indices by amount, highest first; ties keep declaration order
 * (stable). The cap pays member slots in this order. Sorts `order` in place, without allocating
 * (it runs per household when an amount depends on the household).
 */
function sortByAmountDescending(order: Int32Array, amounts: Float64Array): void {
    for (let i = 1; i < order.length; i++) {
        const k = order[i]!;
        let j = i - 1;
        while (j >= 0 && amounts[order[j]!]! < amounts[k]!) {
            order[j + 1] = order[j]!;
            j--;
        }
        order[j + 1] = k;
    }
}

/** The paying order of components paying `amounts` (see `sortByAmountDescending`), for another back end (SQL). */
export function payingOrder(amounts: readonly number[]): number[] {
    const order = Int32Array.from(amounts, (_, k) => k);
    sortByAmountDescending(order, Float64Array.from(amounts));
    return Array.from(order);
}

export function prepareBenefit(
    plan: BenefitPlan | undefined,
    scope: NameScope,
    registry?: Map<Expr, RowFunction>,
): PayBenefit {
    if (plan === undefined || plan.components.length === 0) {
        return (_slots, into) => {
            into.benefit = 0;
            into.components = [];
        };
    }
    const components = plan.components;
    const n = components.length;
    const memberFns = components.map((c) => compileExpr(c.members, scope, registry).fn);
    const amountExprs = components.map((c) => compileExpr(c.amount, scope, registry));
    const amountFns = amountExprs.map((c) => c.fn);
    const cap = plan.maxMembers ?? Infinity;

    // Scratch space reused for every household.
    const eligible = new Float64Array(n);
    const amounts = new Float64Array(n);
    const paid = new Float64Array(n);
    const order = new Int32Array(n);
    for (let k = 0; k < n; k++) order[k] = k;

    // Amounts are almost always constants: then the payment order is fixed once, here.
    const fixedOrder = amountExprs.every((c) => c.constant);
    if (fixedOrder) {
        for (let k = 0; k < n; k++) amounts[k] = amountFns[k]!(NO_SLOTS) as number;
        sortByAmountDescending(order, amounts);
    }

    return (slots, into) => {
        for (let k = 0; k < n; k++) eligible[k] = wholeMembers(memberFns[k]!(slots));
        if (!fixedOrder) {
            for (let k = 0; k < n; k++) {
                amounts[k] = amountFns[k]!(slots) as number;
                order[k] = k;
            }
            sortByAmountDescending(order, amounts);
        }
        let remaining = cap;
        for (let j = 0; j < n; j++) {
            const k = order[j]!;
            const members = Math.min(eligible[k]!, remaining);
            paid[k] = members;
            remaining -= members;
        }
        let benefit = 0;
        const paidComponents: PaidComponent[] = [];
        for (let k = 0; k < n; k++) {
            const members = paid[k]!;
            if (members === 0) continue;
            const amount = amounts[k]!;
            const total = members * amount;
            benefit += total;
            const component = components[k]!;
            paidComponents.push(
                component.label === undefined
                    ? { name: component.name, members, amount, total }
                    : { name: component.name, label: component.label, members, amount, total },
            );
        }
        into.benefit = benefit;
        into.components = paidComponents;
    };
}
