import type { Plan } from '@kaidah/engine';

/** `facilitators × 10`, `10 * pendamping`: a quantity times a whole number. */
const PER_UNIT_FORMULA = /^\s*(?:([\p{L}_][\p{L}\p{N}_]*)\s*[×*]\s*\d[\d.]*|\d[\d.]*\s*[×*]\s*([\p{L}_][\p{L}\p{N}_]*))\s*$/u;

/**
 * The name the rules give the district figure that counts facilitators (`facilitators`,
 * `pendamping`), for the summary table and the report: the quantity a target multiplies by a whole
 * number — `target self_reliant = facilitators × 10`, so many graduates per facilitator, as the
 * Minister has expected since 2025. A share of the caseload (`10% of reported_households`) is not
 * one. The first such quantity in the order of the districts and their targets; undefined when no
 * target is worked out that way (then there is no facilitators column).
 */
export function facilitatorQuantity(plan: Plan): string | undefined {
    for (const district of plan.districts) {
        const quantities = new Set(district.quantities.map((q) => q.name));
        for (const target of district.targets) {
            const match = PER_UNIT_FORMULA.exec(target.formula);
            const name = match?.[1] ?? match?.[2];
            if (name !== undefined && quantities.has(name)) return name;
        }
    }
    return undefined;
}
