/**
 * The file name of each facilitator's worklist. Names must be safe on every disk an officer uses
 * (no separators, no Windows device names such as CON or LPT1, no trailing dot, bounded length),
 * unique even where letters in another case are the same name (Windows, macOS), and the same from
 * one run to the next for the same facilitator, so that an officer who opened `PDP-0001.csv` last
 * month finds it again. An id that is already a safe name is its own file name; an id changed to
 * make it safe (`PDP 0001`, `PDP/0001`) gets a short fingerprint of the id as written, so two ids
 * that become alike never share a file, whatever else is in the data.
 */
import { createHash } from 'node:crypto';

export interface WorklistUnit {
    /** The facilitator as written in the data. */
    facilitator: string;
    district: string;
}

const MAX_NAME = 80;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** A name that any file system accepts, and whether it is the text itself, unchanged. */
function safeName(text: string): { name: string; exact: boolean } {
    // accents dropped (Ñ → N), anything else unsafe made `_`
    let name = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._-]+/, '').replace(/[.]+$/, '');
    if (name.length > MAX_NAME) name = name.slice(0, MAX_NAME).replace(/[.]+$/, '');
    const exact = name === text && !RESERVED.test(name);
    // Windows reserves NUL.csv as it reserves NUL: the part before the first dot must change
    if (RESERVED.test(name)) name = name.replace(/\./g, '_');
    return { name: name === '' ? 'facilitator' : name, exact };
}

function fingerprint(text: string): string {
    return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}

/**
 * File names without `.csv`, one per unit, in the units' order. A facilitator id met in more than
 * one district (in any case) gets the district's name before it.
 */
export function worklistFileNames(units: WorklistUnit[]): string[] {
    const districtsOf = new Map<string, Set<string>>();
    for (const unit of units) {
        const key = safeName(unit.facilitator).name.toLowerCase();
        if (!districtsOf.has(key)) districtsOf.set(key, new Set());
        districtsOf.get(key)!.add(unit.district);
    }
    const names = units.map((unit) => {
        const own = safeName(unit.facilitator);
        const shared = districtsOf.get(own.name.toLowerCase())!.size > 1;
        const district = shared ? `${safeName(unit.district).name}-` : '';
        // a blank id, or one made safe, is told apart by what was written
        const mark = own.exact ? '' : `-${fingerprint(unit.facilitator)}`;
        return unit.facilitator.trim() === '' ? `${district}no-facilitator-${fingerprint(unit.district)}` : `${district}${own.name}${mark}`;
    });
    return distinct(names);
}

/** The last guard: an exact id that happens to look like another's fingerprinted name. */
function distinct(names: string[]): string[] {
    const count = new Map<string, number>();
    for (const name of names) count.set(name.toLowerCase(), (count.get(name.toLowerCase()) ?? 0) + 1);
    const used = new Set(names.filter((name) => count.get(name.toLowerCase()) === 1).map((name) => name.toLowerCase()));
    return names.map((name) => {
        if (count.get(name.toLowerCase()) === 1) return name;
        let candidate = name;
        for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name}-${n}`;
        used.add(candidate.toLowerCase());
        return candidate;
    });
}
