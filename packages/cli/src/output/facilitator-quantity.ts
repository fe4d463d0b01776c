import type { Plan } from '@kaidah/engine';

/**
 * The name the rules give the district figure that counts facilitators (`facilitators`,
 * `pendamping`), for the summary table and the report: the quantity a target counts per head of —
 * `target self_reliant = facilitators × 10`, so many graduates per facilitator, as the Minister has
 * expected since 2025 (the compiler marks it `perQuantity`). A share of the caseload
 * (`10% of reported_households`) is not one. The first such quantity in the order of the districts
 * and their targets; undefined when no target is worked out that way (then there is no facilitators
 * column).
 */
export function facilitatorQuantity(plan: Plan): string | undefined {
    for (const district of plan.districts) {
        for (const target of district.targets) {
            if (target.perQuantity !== undefined) return target.perQuantity;
        }
    }
    return undefined;
}
