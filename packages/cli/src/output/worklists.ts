/**
 * Facilitator worklists: for each facilitator (pendamping), the families to visit first — the
 * proposed graduates in rank order, then the reserve in rank order — with the reason each is on the
 * list. `--worklists DIR` writes one CSV per facilitator into DIR; `--worklists FILE.csv` writes
 * one file with a facilitator column. The folder is written whole beside DIR and replaces it as a
 * whole when the run's outputs are committed (output-set.ts): no worklist of an earlier run stays.
 * File names: worklist-names.ts.
 *
 * Columns: facilitator, district, subdistrict, visit (the order to visit in), id, category,
 * category_label, status, rank, candidates, reason. The full explanation of each family, with its
 * values, is in the decisions file (`--out`).
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describeStatus, type Allocation, type Lang, type Plan, type SelectedQuotas } from '@kaidah/engine';
import { asSentence } from '../caseload/evaluate-caseload.js';
import { csvHeader, csvLine } from './csv-cells.js';
import { plainCsv, type CsvStyle } from './csv-style.js';
import { BufferedFile } from './buffered-file.js';
import { about } from './output-error.js';
import type { OutputSet } from './output-set.js';
import { WORKLISTS_MARKER } from './recognise-output.js';
import { worklistFileNames } from './worklist-names.js';
import { AtomicFile } from './write-atomically.js';

const HEADER = ['facilitator', 'district', 'subdistrict', 'visit', 'id', 'category', 'category_label', 'status', 'rank', 'candidates', 'reason'];

export interface WorklistOutcome {
    /** Facilitators with a worklist: in a folder, the files written. */
    facilitators: number;
    files: string[];
}

/** Where a worklist's lines go: one file of the staged folder, or the one `.csv` file. */
interface Sink {
    write(text: string): void;
    close(): void;
}

/**
 * Stages the worklists of every facilitator who has graduation candidates in `outputs`. `target`
 * ending in `.csv` is one file; anything else is a folder.
 */
export function writeWorklists(
    target: string,
    plan: Plan,
    selected: SelectedQuotas,
    allocation: Allocation,
    lang: Lang,
    mask: (text: string) => string,
    outputs: OutputSet,
    /** How the CSV files are written (output/csv-style.ts). */
    csv: CsvStyle = plainCsv,
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
    const staged = single ? undefined : outputs.folder(target);
    if (staged !== undefined) {
        about(target, () => writeFileSync(path.join(staged, WORKLISTS_MARKER), 'Worklists written by Kaidah: this folder is replaced as a whole at each run.\n'));
    }

    // one unit per facilitator of a district, in the order of `order`
    const unitStarts: number[] = [];
    for (let i = 0; i < count; i++) {
        const previous = i === 0 ? -1 : order[i - 1]!;
        const c = order[i]!;
        if (i === 0 || selected.districtIndexOf(c) !== selected.districtIndexOf(previous) || selected.facilitatorIdOf(c) !== selected.facilitatorIdOf(previous)) unitStarts.push(i);
    }
    const fileNames = single ? [] : worklistFileNames(unitStarts.map((i) => ({
        facilitator: selected.facilitatorOf(order[i]!),
        district: plan.districts[selected.districtIndexOf(order[i]!)]!.name,
    })));

    const files: string[] = [];
    const one: AtomicFile | undefined = single ? new AtomicFile(target) : undefined;
    let file: Sink | undefined = one === undefined ? undefined : { write: (text) => one.write(text), close: () => one.commit() };
    let current: BufferedFile | undefined; // closed, or dropped on an error, before the folder goes
    try {
        file?.write(csvHeader(HEADER, csv));
        for (const [u, start] of unitStarts.entries()) {
            if (staged !== undefined) {
                const name = `${fileNames[u]!}.csv`;
                file = current = new BufferedFile(path.join(staged, name), path.join(target, name));
                files.push(path.join(target, name));
                file.write(csvHeader(HEADER, csv));
            }
            const end = unitStarts[u + 1] ?? count;
            for (let i = start, visit = 1; i < end; i++, visit++) {
                const c = order[i]!;
                const district = selected.districtIndexOf(c);
                const status = selected.statusOf(c);
                const g = selected.categoryIndexOf(c);
                file!.write(csvLine([
                    selected.facilitatorOf(c),
                    plan.districts[district]!.name,
                    selected.subdistrictOf(c),
                    visit,
                    mask(selected.keyOf(c)),
                    names[g]!,
                    labels[g]!,
                    status.status,
                    status.rank,
                    status.of,
                    `${asSentence(labels[g]!)} ${asSentence(describeStatus(allocation, status, lang))}`,
                ], csv));
            }
            if (staged !== undefined) file!.close();
        }
        if (one !== undefined) {
            file!.close();
            files.push(target);
        }
    } catch (error) {
        one?.abandon();
        current?.drop();
        throw error;
    }
    return { facilitators: single ? unitStarts.length : files.length, files };
}
