/**
 * The sub-districts or facilitators met in the data, numbered, with their caseloads: what a
 * `QuotaSelection` keeps of the units while households stream by.
 */
import { copyOf } from './candidate-columns.js';

/** A unit's number when the schema has no such column. */
export const NO_UNIT = -1;

/**
 * Units are told apart within their district ignoring case and spacing; a blank
 * facilitator or sub-district is a unit of its own.
 */
export class UnitTable {
    readonly names: string[] = [];
    readonly households: number[] = [];
    /** Per district: the spelling as read → unit, then the normalised name → unit. */
    private readonly bySpelling: Map<string, number>[];
    private readonly byName: Map<string, number>[];

    constructor(districts: number) {
        this.bySpelling = Array.from({ length: districts }, () => new Map());
        this.byName = Array.from({ length: districts }, () => new Map());
    }

    // Data come unit by unit: most lookups are the last one.
    private lastDistrict = -1;
    private lastSpelling = '';
    private lastUnit = -1;

    unitOf(district: number, spelling: string): number {
        if (district === this.lastDistrict && spelling === this.lastSpelling) return this.lastUnit;
        const unit = this.lookUp(district, spelling);
        this.lastDistrict = district;
        this.lastSpelling = spelling;
        this.lastUnit = unit;
        return unit;
    }

    private lookUp(district: number, spelling: string): number {
        const known = this.bySpelling[district]!.get(spelling);
        if (known !== undefined) return known;
        const name = spelling.trim().replace(/\s+/g, ' ').toLowerCase();
        let unit = this.byName[district]!.get(name);
        if (unit === undefined) {
            unit = this.names.length;
            this.names.push(copyOf(spelling.trim().replace(/\s+/g, ' ')));
            this.households.push(0);
            this.byName[district]!.set(name, unit);
        }
        this.bySpelling[district]!.set(copyOf(spelling), unit);
        return unit;
    }

    /** Units of one district, in order of first appearance. */
    unitsOf(district: number): number[] {
        return [...this.byName[district]!.values()];
    }

    /** The unit's name as first written in the data; '' for NO_UNIT. */
    nameOf(unit: number): string {
        return unit === NO_UNIT ? '' : this.names[unit]!;
    }
}
