import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@kaidah/engine';
import { isExcluded, openProject } from '@kaidah/language';
import { evaluateSide, type EvaluatedSide } from '../diff/evaluate-side.js';
import { GitProblem, repositoryPath, repositoryRoot, resolveCommit, rulesAtRevision, topRuleFiles, type RulesAtRevision } from '../diff/git-rules.js';
import { computeImpact } from '../diff/impact.js';
import { diffMessages } from '../diff/messages.js';
import { renderJson, renderMarkdown, renderTerminal } from '../diff/render.js';
import { cliMessages } from '../messages.js';
import { formatDiagnostic } from '../output/format-diagnostic.js';
import { isError } from '../rules/load-rules.js';
import { writeFileAtomically } from '../output/write-atomically.js';
import { currentProject, shown as shownPath } from '../rules/project.js';
import { projectMessages } from '../rules/project-messages.js';
import { checkDataOptions, describeCaseloadFailure, describeMalformedData, openSource, type DataOptions } from './shared/data-options.js';
import { checkAndCompile } from './shared/rules.js';
import { checkDatabaseOptions, databaseEvaluation, DATABASE_SOURCE, describeDatabaseError, type DatabaseOptions } from '../engines/postgres/database-options.js';
import { checkOnDate, usage } from './shared/usage.js';

export interface DiffOptions extends Omit<DataOptions, 'data'>, Omit<DatabaseOptions, 'into'> {
    /** The household data; default: the project's (`kaidah.json`). */
    data?: string;
    rules?: string;
    format?: string;
    limit?: string;
    output?: string;
    lang: Lang;
}

/**
 * One side as named on the command line: a rule file, or a revision of the Git repository; NEW left
 * out is the working copy of the entry file, known once the entry is.
 */
type SideSpec = { kind: 'file'; spec: string; file: string } | { kind: 'revision'; spec: string } | { kind: 'working-copy'; spec: string };

const DEFAULT_LIMIT = 20;

/**
 * `kaidah diff [OLD [NEW]] [--data FILE]`: runs the same households through two versions of the rules
 * and reports who moves. OLD and NEW are rule files or Git revisions (`main`, `HEAD`, `HEAD~1`);
 * for revisions, the rule files are read from Git into a temporary folder (see diff/git-rules.ts).
 * OLD defaults to HEAD and NEW to the working copy; the entry file and the data to the project's
 * (`kaidah.json`), else to the one rule file no other uses.
 * Exit 0 with the report, 1 when either side's rules have errors or the data cannot be read, 2 on
 * wrong use.
 */
export async function diffCommand(oldArgument: string | undefined, newArgument: string | undefined, options: DiffOptions): Promise<number> {
    const { lang } = options;
    const m = diffMessages(lang);
    const format = options.format ?? 'table';
    if (!['table', 'json', 'markdown'].includes(format)) return usage(m.badFormat(format));
    const limit = options.limit === undefined ? DEFAULT_LIMIT : Number(options.limit);
    if (!Number.isInteger(limit) || limit < 0) return usage(m.badLimit(options.limit ?? ''));
    const project = currentProject(lang);
    if (typeof project === 'string') return usage(project);
    // --database: both sides decide the households of a table, in the database (engines/postgres)
    const database = checkDatabaseOptions(options, { '--data': options.data, '--delimiter': options.delimiter, '--sheet': options.sheet }, lang);
    if (typeof database === 'string') return usage(database);
    // the project file may name the data and the entry once, for every diff
    const data = database?.shown ?? options.data ?? project.data;
    if (data === undefined) return usage(projectMessages(lang).noData('diff'));
    const dataOptions: DataOptions = { ...options, data };
    const dataProblem = database === undefined ? checkDataOptions(dataOptions, lang) : checkOnDate(options.on, lang);
    if (dataProblem) return usage(dataProblem);
    if (options.rules !== undefined && !existsSync(options.rules) && !options.rules.endsWith('.kaidah')) {
        return usage(cliMessages(lang).notRuleFile(options.rules));
    }

    // one source, read through once for each side
    const source = database === undefined ? openSource(dataOptions, lang) : DATABASE_SOURCE;
    if (typeof source === 'number') return source;
    const dataFile = database?.shown ?? (path.relative(process.cwd(), data) || data);
    const evaluation = database === undefined ? undefined : databaseEvaluation(database);

    // without arguments: the last commit against the working copy, as `git diff` does
    const oldSpec = oldArgument ?? 'HEAD';
    const sides: SideSpec[] = [sideSpec(oldSpec), newArgument === undefined ? { kind: 'working-copy', spec: m.workingCopy } : sideSpec(newArgument)];
    const checkouts: RulesAtRevision[] = [];
    try {
        let entryInRepository: string | undefined;
        let projectInRepository = '';
        let root: string | undefined;
        if (sides.some((s) => s.kind === 'revision')) {
            root = repositoryRoot(process.cwd());
            const firstRevision = sides.find((s) => s.kind === 'revision')!;
            if (root === undefined) return usage(m.notAGitRepository(firstRevision.spec));
            for (const side of sides) {
                if (side.kind === 'revision' && resolveCommit(root, side.spec) === undefined) return usage(m.unknownRevision(side.spec));
            }
            const fileSide = sides.find((s) => s.kind === 'file');
            const named = options.rules ?? (fileSide?.kind === 'file' ? fileSide.file : undefined) ?? project.entry;
            if (named !== undefined) {
                entryInRepository = repositoryPath(root, named);
            } else {
                const folder = path.relative(root, process.cwd()).split(path.sep).join('/');
                const latest = sides[1].kind === 'revision' ? sides[1].spec : sides[0].spec;
                // deliberately broken fixtures left out by the project file are no candidates
                const candidates = topRuleFiles(root, latest, folder).filter((file) => !isExcluded(project, path.join(root!, file)));
                if (candidates.length !== 1) return usage(m.needRules(candidates.length > 0 ? candidates.join(' or --rules ') : 'rules.kaidah'));
                entryInRepository = candidates[0]!;
            }
            projectInRepository = projectFolderOf(root, path.join(root, entryInRepository));
        }
        if (sides[1].kind === 'working-copy') {
            if (entryInRepository === undefined || root === undefined) return usage(m.needRules('rules.kaidah'));
            const file = path.join(root, entryInRepository);
            if (!existsSync(file)) return usage(cliMessages(lang).fileNotFound(shownPath(file)));
            sides[1] = { kind: 'file', spec: m.workingCopy, file };
        }

        const evaluated: EvaluatedSide[] = [];
        for (const side of sides) {
            let entry: string;
            let prefix = '';
            let folder = process.cwd();
            if (side.kind === 'file') {
                entry = side.file;
            } else {
                // the working copy was turned into a file side above
                if (side.kind !== 'revision') throw new Error('diff: a side left unresolved');
                const checkout = rulesAtRevision(root!, side.spec, entryInRepository!, projectInRepository);
                checkouts.push(checkout);
                entry = checkout.entry;
                prefix = checkout.prefix;
                folder = checkout.folder;
            }
            const compiled = await checkAndCompile(entry, options.on, lang);
            if (!compiled.ok) {
                for (const located of compiled.diagnostics.filter(isError)) console.error(prefix + formatDiagnostic(located, lang, folder));
                console.error(m.rulesHaveErrors(side.spec, compiled.errors));
                return 1;
            }
            const outcome = await evaluateSide(compiled.plan, source, dataFile, lang, evaluation);
            if (!outcome.ok) {
                console.error(m.dataProblem(side.spec, describeCaseloadFailure(outcome, data, lang)));
                return 1;
            }
            evaluated.push(outcome.side);
        }

        const rules = entryInRepository ?? (sides[0].kind === 'file' && sides[1].kind === 'file'
            ? `${shownPath(sides[0].file)} → ${shownPath(sides[1].file)}`
            : '');
        const impact = computeImpact(evaluated[0]!, evaluated[1]!, { from: oldSpec, to: sides[1].spec, rules, data: database?.shown ?? shownPath(path.resolve(data)) }, lang);
        const report = format === 'json' ? renderJson(impact) : format === 'markdown' ? renderMarkdown(impact, lang, limit) : renderTerminal(impact, lang, limit);
        if (options.output !== undefined) writeFileAtomically(options.output, report);
        else process.stdout.write(report);
        return 0;
    } catch (error) {
        const malformed = describeMalformedData(error, data, lang) ?? describeDatabaseError(error, lang);
        if (malformed !== undefined) {
            console.error(malformed);
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

/** The folder, relative to the repository's top with `/`, of the project holding `entry` (`''` at the top). */
function projectFolderOf(root: string, entry: string): string {
    const project = openProject(path.dirname(entry), path.dirname(entry));
    const folder = 'problem' in project ? root : project.root;
    const relative = path.relative(root, folder);
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? '' : relative.split(path.sep).join('/');
}

function sideSpec(spec: string): SideSpec {
    if (spec.endsWith('.kaidah') && existsSync(spec) && statSync(spec).isFile()) return { kind: 'file', spec, file: path.resolve(spec) };
    return { kind: 'revision', spec };
}
