/**
 * What a thread that explains decided households does with a chunk of them (decided-chunk.ts):
 * evaluates each one again with the JS engine, which must agree with the SQL (`decidedReader`: else
 * the run stops), and words its explanation — and, for a CSV decisions file, makes the file's lines
 * too (output/csv-decision-lines.ts: the bytes the writer would make), which were most of the work
 * left to the main thread.
 */
import { prepareExplainer, type Allocation, type Lang, type Plan, type Value } from '@kaidah/engine';
import { CsvDecisionLines, type DecisionLineFormat } from '../../output/csv-decision-lines.js';
import { DecisionRows } from '../../output/decision-row.js';
import { LineBytes } from '../../output/line-bytes.js';
import { engineMessages } from '../messages.js';
import { decidedReader, statusSentence } from '../sql-caseload.js';
import { columnValues, type DecidedChunk } from './decided-chunk.js';

export type ExplainedChunk =
    /** The chunk's decision lines, UTF-8. */
    | { lines: Uint8Array }
    /** Its explanations one after another, each `lengths` long, and the benefits the JS engine worked out (the SQL's: it checked). */
    | { lines?: undefined; text: string; lengths: Uint32Array; benefits: Float64Array };

export interface ExplainSetup {
    plan: Plan;
    lang: Lang;
    /** The lists of words the chunks' `words` columns number into. */
    words: string[][];
    /** The summary the candidates' statuses are worded against. */
    allocation: Allocation;
    /** The decisions file's lines are made here, in this format. */
    lines?: DecisionLineFormat | undefined;
}

export function chunkExplainer({ plan, lang, words, allocation, lines }: ExplainSetup): (chunk: DecidedChunk) => ExplainedChunk {
    const read = decidedReader(plan, engineMessages(lang).enginesDisagree);
    const explainer = prepareExplainer(plan, lang);
    const decisions = lines === undefined ? undefined : { rows: new DecisionRows(plan), lines: new CsvDecisionLines(lines) };
    return (chunk) => {
        const { count, gs, phases, kds, candidates } = chunk;
        const byColumn = chunk.columns.map((column) => columnValues(column, count, words));
        const width = byColumn.length;
        const texts = new Array<string>(count);
        const lengths = new Uint32Array(count);
        const benefits = new Float64Array(count);
        const made = decisions === undefined ? undefined : new LineBytes();
        let candidate = 0;
        for (let r = 0; r < count; r++) {
            const values = new Array<Value>(width);
            for (let c = 0; c < width; c++) values[c] = byColumn[c]![r]!;
            const g = gs[r]!;
            const decided = read({ values, g: g < 0 ? null : g, benefit: chunk.benefits[r]!, phase: phases[r]!, kd: kds[r]! });
            const status = decided.status ?? candidates[candidate++]!;
            const explanation = `${explainer.sentence(decided.result)} ${statusSentence(status, lang, decided.status === undefined ? allocation : undefined)}`;
            if (made !== undefined) {
                made.add(decisions!.lines.line(decisions!.rows.of(decided.result, status, explanation)));
                continue;
            }
            texts[r] = explanation;
            lengths[r] = explanation.length;
            benefits[r] = decided.result.benefit;
        }
        return made === undefined ? { text: texts.join(''), lengths, benefits } : { lines: made.take() };
    };
}
