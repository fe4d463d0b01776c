/**
 * The ranked candidates out of DuckDB, a chunk at a time and column by column (as `decided-rows`
 * reads the decided households): their texts — status, units and unit names, a few hundred distinct
 * among hundreds of thousands of candidates — come as numbers into one list of words read once,
 * and the key in two pieces of at most 12 characters, which DuckDB keeps inside the row. Reading
 * each text out of DuckDB one at a time cost most of the time of the summary and candidates.
 */
import type { CandidateRow } from '@kaidah/sql';
import { candidatesSql, type CandidatesReader } from '../sql-caseload.js';
import { idColumn, numberColumn, textColumn } from './chunk-vectors.js';
import type { DuckDbSession } from './session.js';

const CANDIDATES = 'kaidah_candidates';
const WORDS = 'kaidah_candidate_words';
const TEXTS = ['status', 'per', 'unit', 'fac_unit', 'sub_unit', 'fac_name', 'sub_name', 'fac_first_name', 'sub_first_name'] as const;
const NUMBERS = ['r', 'kd', 'g', 'rank', 'of', 'fac_first_r', 'sub_first_r'] as const;

export function candidatesFromDuckDb(session: DuckDbSession): CandidatesReader {
    return async (_, sql, decisions) => {
        await session.run(`CREATE OR REPLACE TEMPORARY TABLE ${CANDIDATES} AS ${candidatesSql(sql, decisions)}`);
        await session.run(`CREATE OR REPLACE TEMPORARY TABLE ${WORDS} AS SELECT t, CAST(row_number() OVER (ORDER BY t) - 1 AS INTEGER) AS id
FROM (${TEXTS.map((c) => `SELECT ${c} AS t FROM ${CANDIDATES}`).join(' UNION ')}) AS w WHERE t IS NOT NULL`);
        const words: string[] = [];
        await session.eachChunk(`SELECT t FROM ${WORDS} ORDER BY id`, (chunk) => {
            for (const word of chunk.column(0)) words.push(String(word));
        });
        const wordOf = (id: number) => (id < 0 ? null : words[id]!);
        const candidates: CandidateRow[] = [];
        await session.eachChunk(`SELECT ${NUMBERS.map((c) => `c.${c}`).join(', ')}, substr(c.id, 1, 12), substr(c.id, 13), ${TEXTS.map((c) => `w_${c}.id`).join(', ')}
FROM ${CANDIDATES} AS c ${TEXTS.map((c) => `LEFT JOIN ${WORDS} AS w_${c} ON w_${c}.t = c.${c}`).join(' ')}
ORDER BY c.r`, (chunk) => {
            // a NULL number read as 0, as Number(null) read it before
            const [r, kd, g, rank, of, facFirstR, subFirstR] = NUMBERS.map((_, i) => numberColumn(chunk, i, 0));
            const ids = textColumn(chunk, NUMBERS.length);
            const [status, per, unit, facUnit, subUnit, facName, subName, facFirstName, subFirstName] =
                TEXTS.map((_, i) => idColumn(chunk, NUMBERS.length + 2 + i));
            let at = 0;
            for (let i = 0; i < chunk.rowCount; i++) {
                const length = ids.lengths[i]!;
                const id = length >= 0 ? ids.text.slice(at, (at += length)) : String(chunk.column(NUMBERS.length)[i]) + String(chunk.column(NUMBERS.length + 1)[i]);
                candidates.push({
                    r: r![i]!, id, kd: kd![i]!, g: g![i]!,
                    status: wordOf(status![i]!) as CandidateRow['status'], rank: rank![i]!, of: of![i]!,
                    per: wordOf(per![i]!) as CandidateRow['per'], unit: wordOf(unit![i]!),
                    fac_unit: wordOf(facUnit![i]!)!, sub_unit: wordOf(subUnit![i]!)!, fac_name: wordOf(facName![i]!)!, sub_name: wordOf(subName![i]!)!,
                    fac_first_name: wordOf(facFirstName![i]!)!, fac_first_r: facFirstR![i]!,
                    sub_first_name: wordOf(subFirstName![i]!)!, sub_first_r: subFirstR![i]!,
                });
            }
        });
        await session.run(`DROP TABLE ${CANDIDATES}`);
        await session.run(`DROP TABLE ${WORDS}`);
        return candidates;
    };
}
