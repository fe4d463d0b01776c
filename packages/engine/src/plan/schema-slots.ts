/**
 * Where the columns with a role (key, district, sub-district, facilitator) stand among a schema's
 * columns: worked out once, here, for every command and the quota selection.
 */
import type { Schema } from './plan.js';

/** Indexes into `schema.columns` (and so into a household's `values`); -1 when the role is absent. */
export interface SchemaSlots {
    key: number;
    district: number;
    subdistrict: number;
    facilitator: number;
}

export function schemaSlots(schema: Schema): SchemaSlots {
    const slotOf = (name: string | undefined) => (name === undefined ? -1 : schema.columns.findIndex((c) => c.name === name));
    return {
        key: slotOf(schema.keyColumn),
        district: slotOf(schema.districtColumn),
        subdistrict: slotOf(schema.subdistrictColumn),
        facilitator: slotOf(schema.facilitatorColumn),
    };
}
