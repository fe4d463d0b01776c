import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseIsoDate, type Lang } from '@kaidah/engine';
import { MalformedCsvError } from '../data/read-csv.js';
import { evaluateSide, type EvaluatedSide } from '../diff/evaluate-side.js';
import { GitProblem, repositoryPath, repositoryRoot, resolveCommit, rulesAtRevision, topRuleFiles, type RulesAtRevision } from '../diff/git-rules.js';
import { computeImpact } from '../diff/impact.js';
import { diffMessages } from '../diff/messages.js';
import { renderJson, renderMarkdown, renderTerminal } from '../diff/render.js';
import { cliMessages } from '../messages.js';
import { formatDiagnostic } from '../output/format-diagnostic.js';
import { writeFileAtomically } from '../output/write-atomically.js';
import { shownPath } from '../testing/find-rule-files.js';

export interface DiffOptions {
    data: string;
    rules?: string;
    format?: string;
    limit?: string;
    output?: string;
    on?: string;
    lang: Lang;
}

/** One side as named on the command line: a rule file, or a revision of the Git repository. */
type SideSpec = { kind: 'file'; spec: string; file: string } | { kind: 'revision'; spec: string };

const DEFAULT_LIMIT = 20;

/**
 * `kaidah diff OLD NEW --data FILE`: runs the same households through two versions of the rules
 * and reports who moves. OLD and NEW are rule files or Git revisions (`main`, `HEAD`, `HEAD~1`);
 * for revisions, the rule files are read from Git into a temporary folder (see diff/git-rules.ts).
 * Exit 0 with the report, 1 when either side's rules have errors or the data cannot be read, 2 on
 * wrong use.
 */
export async function diffCommand(oldSpec: string, newSpec: string, options: DiffOptions): Promise<number> {
    const { lang } = options;
    const m = diffMessages(lang);
    const format = options.format ?? 'table';
    if (!['table', 'json', 'markdown'].includes(format)) return usage(m.badFormat(format));
    const limit = options.limit === undefined ? DEFAULT_LIMIT : Number(options.limit);
    if (!Number.isInteger(limit) || limit < 0) return usage(m.badLimit(options.limit ?? ''));
    if (options.on !== undefined && 'error' in parseIsoDate(options.on)) return usage(cliMessages(lang).badOnDate(options.on));
    if (!existsSync(options.data)) return usage(cliMessages(lang).fileNotFound(options.data));
    if (!/\.(csv|txt)$/i.test(options.data)) return usage(cliMessages(lang).unsupportedData(options.data));
    if (options.rules !== undefined && !existsSync(options.rules) && !options.rules.endsWith('.kaidah')) {
        return usage(cliMessages(lang).notRuleFile(options.rules));
    }

    const sides = [sideSpec(oldSpec), sideSpec(newSpec)] as const;
    const checkouts: RulesAtRevision[] = [];
    try {
        let entryInRepository: string | undefined;
        let root: string | undefined;
        if (sides.some((s) => s.kind === 'revision')) {
            root = repositoryRoot(process.cwd());
            const firstRevision = sides.find((s) => s.kind === 'revision')!;
            if (root === undefined) return usage(m.notAGitRepository(firstRevision.spec));
            for (const side of sides) {
                if (side.kind === 'revision' && resolveCommit(root, side.spec) === undefined) return usage(m.unknownRevision(side.spec));
            }
            const fileSide = sides.find((s) => s.kind === 'file');
            const named = options.rules ?? (fileSide?.kind === 'file' ? fileSide.file : undefined);
            if (named !== undefined) {
                entryInRepository = repositoryPath(root, named);
            } else {
                const folder = path.relative(root, process.cwd()).split(path.sep).join('/');
                const candidates = topRuleFiles(root, sides[1].kind === 'revision' ? sides[1].spec : sides[0].spec, folder);
                if (candidates.length !== 1) return usage(m.needRules(candidates.length > 0 ? candidates.join(' or --rules ') : 'rules.kaidah'));
                entryInRepository = candidates[0]!;
            }
        }

        const evaluated: EvaluatedSide[] = [];
        for (const side of sides) {
            let entry: string;
            let prefix = '';
            let folder = process.cwd();
            if (side.kind === 'file') {
                entry = side.file;
            } else {
                const checkout = rulesAtRevision(root!, side.spec, entryInRepository!);
                checkouts.push(checkout);
                entry = checkout.entry;
                prefix = checkout.prefix;
                folder = checkout.folder;
            }
            const outcome = await evaluateSide(entry, options.data, lang, options.on);
            if (outcome.ok) {
                evaluated.push(outcome.side);
                continue;
            }
            if (outcome.problem === 'rules') {
                for (const located of outcome.diagnostics) console.error(prefix + formatDiagnostic(located, lang, folder));
                console.error(m.rulesHaveErrors(side.spec, outcome.errors));
            } else if (outcome.problem === 'empty') {
                console.error(m.dataProblem(side.spec, cliMessages(lang).emptyData(options.data)));
            } else {
                console.error(m.dataProblem(side.spec, cliMessages(lang).missingColumns(options.data, outcome.missing.join(', '), outcome.found.join(', '))));
            }
            return 1;
        }

        const rules = entryInRepository ?? (sides[0].kind === 'file' && sides[1].kind === 'file'
            ? `${shownPath(sides[0].file)} → ${shownPath(sides[1].file)}`
            : '');
        const impact = computeImpact(evaluated[0]!, evaluated[1]!, { from: oldSpec, to: newSpec, rules, data: shownPath(path.resolve(options.data)) }, lang);
        const report = format === 'json' ? renderJson(impact) : format === 'markdown' ? renderMarkdown(impact, lang, limit) : renderTerminal(impact, lang, limit);
        if (options.output !== undefined) writeFileAtomically(options.output, report);
        else process.stdout.write(report);
        return 0;
    } catch (error) {
        if (error instanceof MalformedCsvError) {
            console.error(cliMessages(lang).malformedCsv(options.data, error.line, error.detail));
            return 1;
        }
        if (error instanceof GitProblem) {
            if (error.kind === 'outside') return usage(m.rulesOutsideRepository(error.detail));
            if (error.kind === 'no-rules-at') return usage(m.noRulesAt(error.detail, error.revision ?? ''));
            return usage(m.unknownRevision(error.detail));
        }
        throw error;
    } finally {
        for (const checkout of checkouts) checkout.dispose();
    }
}

function sideSpec(spec: string): SideSpec {
    if (spec.endsWith('.kaidah') && existsSync(spec) && statSync(spec).isFile()) return { kind: 'file', spec, file: path.resolve(spec) };
    return { kind: 'revision', spec };
}

function usage(message: string): number {
    console.error(message);
    return 2;
}
