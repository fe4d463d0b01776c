/**
 * Facilitator worklists: for each facilitator (pendamping), the families to visit first — the
 * proposed graduates in rank order, then the reserve in rank order — with the reason each is on the
 * list. `--worklists DIR` writes one CSV per facilitator into DIR; `--worklists FILE.csv` writes
 * one file with a facilitator column. Every file is written atomically.
 *
 * Columns: facilitator, district, subdistrict, visit (the order to visit in), id, category,
 * category_label, status, rank, candidates, reason. The full explanation of each family, with its
 * values, is in the decisions file (`--out`).
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { describeStatus, type Allocation, type Lang, type Plan, type SelectedQuotas } from '@kaidah/engine';
import { asSentence } from '../caseload/evaluate-caseload.js';
import { csvLine } from './csv-cells.js';
import { AtomicFile } from './write-atomically.js';

const HEADER = ['facilitator', 'district', 'subdistrict', 'visit', 'id', 'category', 'category_label', 'status', 'rank', 'candidates', 'reason'];

/** A file name that any file system accepts: `PDP-3513-0001` stays as it is. */
function fileNameOf(name: string): string {
    const cleaned = name.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 100);
    return cleaned === '' ? 'no-facilitator' : cleaned;
}

export interface WorklistOutcome {
    facilitators: number;
    files: string[];
}

/**
 * Writes the worklists of every facilitator who has graduation candidates. `target` ending in
 * `.csv` is one file; anything else is a folder (made if missing).
 */
export function writeWorklists(
    target: string,
    plan: Plan,
    selected: SelectedQuotas,
    allocation: Allocation,
    lang: Lang,
    mask: (text: string) => string,
): WorklistOutcome {
    const count = selected.candidates;
    // every candidate, grouped by district and facilitator, proposed before reserve, then by category and rank
    const order = new Int32Array(count);
    for (let c = 0; c < count; c++) order[c] = c;
    order.sort((a, b) =>
        selected.districtIndexOf(a) - selected.districtIndexOf(b)
        || selected.facilitatorIdOf(a) - selected.facilitatorIdOf(b)
        || Number(selected.isProposed(b)) - Number(selected.isProposed(a))
        || selected.categoryIndexOf(a) - selected.categoryIndexOf(b)
        || selected.rankOf(a) - selected.rankOf(b)
        || (selected.keyOf(a) < selected.keyOf(b) ? -1 : selected.keyOf(a) > selected.keyOf(b) ? 1 : a - b));

    const labels = plan.graduations.map((g) => g.label);
    const names = plan.graduations.map((g) => g.name);
    const single = target.toLowerCase().endsWith('.csv');
    if (!single) mkdirSync(target, { recursive: true });

    // A facilitator name met in two districts gets the district in its file name.
    const districtsOfName = new Map<string, Set<number>>();
    for (let c = 0; c < count; c++) {
        const name = fileNameOf(selected.facilitatorOf(c));
        let districts = districtsOfName.get(name);
        if (districts === undefined) districtsOfName.set(name, (districts = new Set()));
        districts.add(selected.districtIndexOf(c));
    }

    const files: string[] = [];
    let facilitators = 0;
    let file: AtomicFile | undefined = single ? new AtomicFile(target) : undefined;
    try {
        if (single) file!.write(csvLine(HEADER));
        let current = '';
        let visit = 0;
        for (let i = 0; i < count; i++) {
            const c = order[i]!;
            const district = selected.districtIndexOf(c);
            const unit = `${district}\u0000${selected.facilitatorIdOf(c)}`;
            const facilitator = selected.facilitatorOf(c);
            if (unit !== current) {
                current = unit;
                visit = 0;
                facilitators++;
                if (!single) {
                    file?.commit();
                    const base = fileNameOf(facilitator);
                    const name = districtsOfName.get(base)!.size > 1 ? `${fileNameOf(plan.districts[district]!.name)}-${base}` : base;
                    const filePath = path.join(target, `${name}.csv`);
                    file = new AtomicFile(filePath);
                    files.push(filePath);
                    file.write(csvLine(HEADER));
                }
            }
            const status = selected.statusOf(c);
            const g = selected.categoryIndexOf(c);
            file!.write(csvLine([
                facilitator,
                plan.districts[district]!.name,
                selected.subdistrictOf(c),
                String(++visit),
                mask(selected.keyOf(c)),
                names[g]!,
                labels[g]!,
                status.status,
                String(status.rank),
                String(status.of),
                `${asSentence(labels[g]!)} ${asSentence(describeStatus(allocation, status, lang))}`,
            ]));
        }
        file?.commit();
        file = undefined;
        if (single) files.push(target);
    } catch (error) {
        file?.abandon();
        throw error;
    }
    return { facilitators, files };
}
