/**
 * A household between the threads: what a worker sends of an evaluated household, and the
 * `HouseholdResult` the main thread hands on from it. The main thread only places households,
 * indexes their keys and hands decisions over, which needs the key, the district and its units, the
 * benefit, the category and the rank value: the rest of the result (components, derived values)
 * stays in the worker.
 */
import { schemaSlots, type HouseholdResult, type Plan } from '@kaidah/engine';
import type { EvaluatedRow } from './protocol.js';

export interface RowSlots {
    subdistrict: number;
    facilitator: number;
    key: number;
    district: number;
    columns: number;
}

export function rowSlots(plan: Plan): RowSlots {
    const slots = schemaSlots(plan.schema);
    const columns = plan.schema.columns;
    return {
        subdistrict: slots.subdistrict,
        facilitator: slots.facilitator,
        key: columns.findIndex((c) => c.name === plan.schema.keyColumn),
        district: columns.findIndex((c) => c.name === plan.schema.districtColumn),
        columns: columns.length,
    };
}

/** What a worker sends of a household it evaluated (`sentence`: its explanation's first sentence, if wanted). */
export function evaluatedRow(result: HouseholdResult, slots: RowSlots, sentence: string | undefined): EvaluatedRow {
    const values = result.values;
    return {
        key: result.key,
        district: result.district,
        subdistrict: slots.subdistrict < 0 ? '' : String(values[slots.subdistrict]),
        facilitator: slots.facilitator < 0 ? '' : String(values[slots.facilitator]),
        benefit: result.benefit,
        category: result.category,
        rankValue: result.rankValue,
        sentence,
    };
}

/**
 * The result a household's decision is handed over with, filled again for each household: its
 * `values` hold the key, district, sub-district and facilitator columns only, and `components` is
 * empty. Enough for `QuotaSelection.place` and the decision writers, which keep nothing of it.
 */
export class ResultFromRow {
    // every property always present (undefined for none): one shape for every household
    private readonly result: Omit<HouseholdResult, 'category' | 'rankValue'> & { category: string | undefined; rankValue: number | string | undefined };
    constructor(private readonly slots: RowSlots) {
        this.result = { key: '', district: '', benefit: 0, components: [], category: undefined, rankValue: undefined, values: new Array(slots.columns).fill('') };
    }

    fill(row: EvaluatedRow): HouseholdResult {
        const { result, slots } = this;
        result.key = row.key;
        result.district = row.district;
        result.benefit = row.benefit;
        result.category = row.category;
        result.rankValue = row.rankValue;
        const values = result.values;
        if (slots.key >= 0) values[slots.key] = row.key;
        if (slots.district >= 0) values[slots.district] = row.district;
        if (slots.subdistrict >= 0) values[slots.subdistrict] = row.subdistrict;
        if (slots.facilitator >= 0) values[slots.facilitator] = row.facilitator;
        return result as HouseholdResult;
    }
}

/** A row object to fill again and again (`BatchCursor.household`). */
export function emptyRow(): EvaluatedRow {
    return { key: '', district: '', subdistrict: '', facilitator: '', benefit: 0, category: undefined, rankValue: undefined, sentence: undefined };
}
