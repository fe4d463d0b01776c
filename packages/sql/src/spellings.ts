/**
 * District and unit spellings worked out once per distinct spelling, not once per household: a
 * million households write a few dozen districts and a few thousand units, and normalising a
 * spelling takes regular expressions. The evaluated households join these small tables.
 */
import { schemaSlots, type Plan } from '@kaidah/engine';
import type { Dialect } from './dialect/dialect.js';
import { Layers } from './cells/layers.js';
import { districtIndex, normalisedDistrict, unitSpelling } from './districts.js';

export interface SpellingTables {
    /** `spelling, dn, kd`: each district spelling normalised, and the index of the district it names (-1 for none). */
    districts: string;
    /** `spelling, name, unit`: each sub-district or facilitator spelling as units are named, and told apart (`unit`: lower case). */
    units: string;
}

/** The text a slot's column holds in table `t` (a household without the column has ''). */
export function slotText(slot: number, t = ''): string {
    return slot < 0 ? "''" : `${t}v${slot}`;
}

export function districtSpellingsQuery(d: Dialect, plan: Plan, typed: string): string {
    const slot = schemaSlots(plan.schema).district;
    const layers = new Layers(d.layerFence);
    const dn = layers.add(0, 'dn', normalisedDistrict(d, 'spelling'));
    layers.add(1, 'kd', slot < 0 ? '-1' : districtIndex(d, plan.districts, 'spelling', dn));
    return `SELECT spelling, dn, kd FROM (${layers.wrap(`SELECT DISTINCT ${slotText(slot)} AS spelling FROM ${typed}`, '*')}) AS spellings`;
}

export function unitSpellingsQuery(d: Dialect, plan: Plan, typed: string): string {
    const slots = schemaSlots(plan.schema);
    return `SELECT spelling, name, lower(name) AS unit FROM (SELECT spelling, ${unitSpelling(d, 'spelling')} AS name
FROM (SELECT ${slotText(slots.subdistrict)} AS spelling FROM ${typed} UNION SELECT ${slotText(slots.facilitator)} FROM ${typed}) AS spellings) AS units`;
}
