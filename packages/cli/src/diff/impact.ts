/**
 * The impact of a rule change on a caseload: the same households run through the old and the new
 * rules, matched by their key, and every household whose graduation category, proposal status or
 * benefit differs listed with both explanations. Plain data, so that it prints as a table, as
 * Markdown for a pull request, or as JSON.
 *
 * Totals are over every household each side decided: the annual benefit of all of them, and the
 * rewards (`reward self_reliant = Rp 1,5 juta`) of those proposed for graduation. Households a side
 * rejects (a cell its schema does not accept) are not compared, only counted.
 */
import {
    explainBenefit,
    explainHousehold,
    explainStatus,
    messagesFor,
    normaliseDistrictName,
    type HouseholdStatusCode,
    type Lang,
    type Plan,
} from '@kaidah/engine';
import type { EvaluatedSide } from './evaluate-side.js';
import { diffMessages } from './messages.js';

export interface Outcome {
    /** The category's name, or null for none. */
    category: string | null;
    categoryLabel: string | null;
    status: HouseholdStatusCode;
    /** Annual benefit, Rupiah. */
    benefit: number;
    /** The reward the household receives if proposed for graduation, Rupiah (0 otherwise). */
    reward: number;
    /** Why the household is in its category and has its status. */
    explanation: string;
    /** The benefit as a sum of components. */
    benefitExplanation: string;
}

export type ChangeKind = 'category' | 'status' | 'benefit';

export interface MovedHousehold {
    key: string;
    district: string;
    changes: ChangeKind[];
    before: Outcome;
    after: Outcome;
}

export interface Totals {
    households: number;
    benefits: number;
    rewards: number;
    proposed: number;
    reserve: number;
    stays: number;
}

/** One district and category (null: no category) whose count or proposals changed. */
export interface CategoryCount {
    district: string;
    category: string | null;
    label: string;
    before: number;
    after: number;
    proposedBefore: number;
    proposedAfter: number;
}

/** Households of a district that went from one outcome to another. */
export interface Move {
    district: string;
    from: string;
    to: string;
    households: number;
    /** Sum of their benefit changes, Rupiah. */
    benefitChange: number;
}

export interface Impact {
    /** How the two sides were named on the command line (`main`, `HEAD`, a file). */
    from: string;
    to: string;
    rules: string;
    data: string;
    compared: number;
    moved: number;
    changed: Record<ChangeKind, number>;
    rejectedOnlyBefore: number;
    rejectedOnlyAfter: number;
    before: Totals;
    after: Totals;
    byDistrictCategory: CategoryCount[];
    moves: Move[];
    /** Every moved household, by district then key. */
    households: MovedHousehold[];
}

function rewardsOf(plan: Plan): Map<string, number> {
    const rewards = new Map<string, number>();
    for (const district of plan.districts) {
        for (const reward of district.rewards) rewards.set(`${normaliseDistrictName(district.name)}\u0000${reward.category}`, reward.amount);
    }
    return rewards;
}

/** Per household of a side: status, reward; and the side's totals. */
function summarise(side: EvaluatedSide) {
    const rewards = rewardsOf(side.plan);
    const rewardOf = (i: number): number => {
        const status = side.allocation.households[i]!;
        if (status.status !== 'proposed' || status.category === undefined) return 0;
        return rewards.get(`${normaliseDistrictName(status.district)}\u0000${status.category}`) ?? 0;
    };
    const totals: Totals = {
        households: side.results.length,
        benefits: 0,
        rewards: 0,
        proposed: side.allocation.totals.proposed,
        reserve: side.allocation.totals.reserve,
        stays: side.allocation.totals.stays,
    };
    const counts = new Map<string, { district: string; category: string | null; households: number; proposed: number }>();
    side.results.forEach((result, i) => {
        totals.benefits += result.benefit;
        totals.rewards += rewardOf(i);
        const status = side.allocation.households[i]!;
        const category = result.category ?? null;
        const id = `${status.district}\u0000${category ?? ''}`;
        let count = counts.get(id);
        if (count === undefined) counts.set(id, (count = { district: status.district, category, households: 0, proposed: 0 }));
        count.households++;
        if (status.status === 'proposed') count.proposed++;
    });
    return { rewardOf, totals, counts };
}

export function computeImpact(
    before: EvaluatedSide,
    after: EvaluatedSide,
    names: { from: string; to: string; rules: string; data: string },
    lang: Lang,
): Impact {
    const m = messagesFor(lang);
    const old = summarise(before);
    const now = summarise(after);

    // Households are matched by key; a key met twice is matched in order of appearance.
    const oldIndices = new Map<string, number[]>();
    before.results.forEach((r, i) => {
        const list = oldIndices.get(r.key);
        if (list) list.push(i);
        else oldIndices.set(r.key, [i]);
    });

    const labelOf = (plan: Plan, category: string | undefined) =>
        category === undefined ? null : plan.graduations.find((g) => g.name === category)?.label ?? category;
    const outcome = (side: EvaluatedSide, i: number, reward: number): Outcome => {
        const result = side.results[i]!;
        return {
            category: result.category ?? null,
            categoryLabel: labelOf(side.plan, result.category),
            status: side.allocation.households[i]!.status,
            benefit: result.benefit,
            reward,
            explanation: `${explainHousehold(side.plan, result, lang)} — ${explainStatus(side.allocation, i, lang)}`,
            benefitExplanation: explainBenefit(side.plan, result, lang),
        };
    };

    const households: MovedHousehold[] = [];
    const changed: Record<ChangeKind, number> = { category: 0, status: 0, benefit: 0 };
    let compared = 0;
    let rejectedOnlyBefore = 0;
    after.results.forEach((result, j) => {
        const i = oldIndices.get(result.key)?.shift();
        if (i === undefined) {
            rejectedOnlyBefore++;
            return;
        }
        compared++;
        const was = before.results[i]!;
        const statusBefore = before.allocation.households[i]!.status;
        const statusAfter = after.allocation.households[j]!.status;
        const changes: ChangeKind[] = [];
        if ((was.category ?? null) !== (result.category ?? null)) changes.push('category');
        if (statusBefore !== statusAfter) changes.push('status');
        if (Math.round(was.benefit) !== Math.round(result.benefit)) changes.push('benefit');
        if (changes.length === 0) return;
        for (const change of changes) changed[change]++;
        households.push({
            key: result.key,
            district: after.allocation.households[j]!.district,
            changes,
            before: outcome(before, i, old.rewardOf(i)),
            after: outcome(after, j, now.rewardOf(j)),
        });
    });
    const rejectedOnlyAfter = [...oldIndices.values()].reduce((sum, left) => sum + left.length, 0);
    const districtRank = rankIn([...after.plan.districts, ...before.plan.districts].map((d) => d.name));
    households.sort((a, b) => districtRank(a.district) - districtRank(b.district) || compareText(a.district, b.district) || compareText(a.key, b.key));

    const describe = (o: Outcome) => `${o.categoryLabel ?? diffMessages(lang).noCategory}, ${m.statuses[o.status]}`;
    const moves = new Map<string, Move>();
    for (const h of households) {
        const from = describe(h.before);
        const to = describe(h.after);
        const id = `${h.district}\u0000${from}\u0000${to}`;
        let move = moves.get(id);
        if (move === undefined) moves.set(id, (move = { district: h.district, from, to, households: 0, benefitChange: 0 }));
        move.households++;
        move.benefitChange += h.after.benefit - h.before.benefit;
    }

    return {
        ...names,
        compared,
        moved: households.length,
        changed,
        rejectedOnlyBefore,
        rejectedOnlyAfter,
        before: old.totals,
        after: now.totals,
        byDistrictCategory: categoryCounts(before.plan, after.plan, old.counts, now.counts, diffMessages(lang).noCategory),
        moves: [...moves.values()].sort((a, b) =>
            districtRank(a.district) - districtRank(b.district) || compareText(a.district, b.district)
            || b.households - a.households || compareText(a.from, b.from) || compareText(a.to, b.to)),
        households,
    };
}

type Counts = ReturnType<typeof summarise>['counts'];

/** Rows of districts and categories whose households or proposals changed, districts and categories in rule order. */
function categoryCounts(beforePlan: Plan, afterPlan: Plan, before: Counts, after: Counts, noCategory: string): CategoryCount[] {
    const districtRank = rankIn([...afterPlan.districts, ...beforePlan.districts].map((d) => d.name));
    const categoryRank = rankIn([...afterPlan.graduations, ...beforePlan.graduations].map((g) => g.name));
    const labels = new Map([...beforePlan.graduations, ...afterPlan.graduations].map((g) => [g.name, g.label]));
    const ids = new Set([...before.keys(), ...after.keys()]);
    const rows: CategoryCount[] = [];
    for (const id of ids) {
        const b = before.get(id);
        const a = after.get(id);
        const row: CategoryCount = {
            district: (a ?? b)!.district,
            category: (a ?? b)!.category,
            label: '',
            before: b?.households ?? 0,
            after: a?.households ?? 0,
            proposedBefore: b?.proposed ?? 0,
            proposedAfter: a?.proposed ?? 0,
        };
        row.label = row.category === null ? noCategory : labels.get(row.category) ?? row.category;
        if (row.before !== row.after || row.proposedBefore !== row.proposedAfter) rows.push(row);
    }
    return rows.sort((x, y) =>
        districtRank(x.district) - districtRank(y.district)
        || compareText(x.district, y.district)
        || categoryRank(x.category) - categoryRank(y.category)
        || compareText(x.category ?? '', y.category ?? ''));
}

/** The position of a name in `order` (rule order); names not in it come after, in text order. */
function rankIn(order: string[]): (name: string | null) => number {
    const positions = new Map<string, number>();
    order.forEach((name, i) => {
        if (!positions.has(name)) positions.set(name, i);
    });
    return (name) => (name === null ? order.length : positions.get(name) ?? order.length);
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
