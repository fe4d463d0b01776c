/**
 * A household's decision as every decisions file has it (decision-writer.ts): made from its
 * evaluated result, its status and its explanation, wherever the household is explained (a worker
 * thread writes the CSV lines of the households it decides at once: csv-decision-lines.ts).
 */
import { schemaSlots, type HouseholdResult, type HouseholdStatus, type Plan } from '@kaidah/engine';

export interface DecisionRow {
    id: string;
    district: string;
    subdistrict: string;
    facilitator: string;
    /** Annual benefit, Rupiah. */
    benefit: number;
    category: string;
    categoryLabel: string;
    status: string;
    rank?: number | undefined;
    of?: number | undefined;
    explanation: string;
}

/** Fills one row object again and again: a writer keeps nothing of it. */
export class DecisionRows {
    private readonly row: DecisionRow = {
        id: '', district: '', subdistrict: '', facilitator: '', benefit: 0, category: '', categoryLabel: '', status: '', explanation: '',
    };
    private readonly subdistrictSlot: number;
    private readonly facilitatorSlot: number;
    private readonly labels: Map<string, string>;

    constructor(plan: Plan) {
        const slots = schemaSlots(plan.schema);
        this.subdistrictSlot = slots.subdistrict;
        this.facilitatorSlot = slots.facilitator;
        this.labels = new Map(plan.graduations.map((g) => [g.name, g.label]));
    }

    of(result: HouseholdResult, status: HouseholdStatus, explanation: string): DecisionRow {
        const { row, subdistrictSlot, facilitatorSlot } = this;
        const values = result.values;
        row.id = result.key;
        row.district = result.district;
        row.subdistrict = subdistrictSlot < 0 ? '' : String(values[subdistrictSlot]);
        row.facilitator = facilitatorSlot < 0 ? '' : String(values[facilitatorSlot]);
        row.benefit = result.benefit;
        row.category = result.category ?? '';
        row.categoryLabel = result.category === undefined ? '' : this.labels.get(result.category) ?? '';
        row.status = status.status;
        row.rank = status.rank;
        row.of = status.of;
        row.explanation = explanation;
        return row;
    }
}
