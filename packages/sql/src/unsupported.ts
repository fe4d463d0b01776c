/**
 * Plan features the SQL compiler does not compile yet: refused with the feature named, never
 * compiled into SQL that would decide differently from the JS engine.
 */
import type { Plan } from '@kaidah/engine';
import { SqlRefusal } from './refusal.js';

export function refuseUnsupported(plan: Plan): void {
    const scoped = [
        ...plan.constants.filter((c) => c.district !== undefined).map((c) => `constant ${c.name} (${c.district})`),
        ...plan.values.filter((v) => v.district !== undefined).map((v) => `value ${v.name} (${v.district})`),
        ...plan.graduations.filter((g) => g.district !== undefined).map((g) => `graduation ${g.name} (${g.district})`),
        ...plan.graduations.filter((g) => (g.adaptations ?? []).length > 0).map((g) => `adapt graduation ${g.name}`),
        ...plan.districts.filter((d) => (d.constants ?? []).length > 0).map((d) => `constants of ${d.name}`),
    ];
    if (scoped.length > 0) throw new SqlRefusal('district-scoped-definitions', scoped.slice(0, 3).join(', '));
}
