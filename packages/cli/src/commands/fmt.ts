import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@kaidah/engine';
import { createKaidahServices, type KaidahServices } from '@kaidah/language';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { formatDiagnostic } from '../output/format-diagnostic.js';
import { unifiedDiff } from '../output/unified-diff.js';
import { writeFileAtomically } from '../output/write-atomically.js';
import { formattedText, readsCleanly } from '../rules/format-rules.js';
import { ruleFilesFor } from '../rules/project.js';
import { usage } from './shared/usage.js';

/** What `kaidah fmt` says, in one table per language. */
const en = {
    notFormatted: (file: string) => `${file}: not formatted`,
    reformatted: (file: string) => `${file}: formatted`,
    skipped: (file: string) => `${file}: has syntax errors; left as it is`,
    wouldBreak: (file: string) => `${file}: formatting it would make it unreadable; left as it is. Please report this with the file.`,
    checkClean: (files: number) => `${files} rule file${files === 1 ? ' is' : 's are'} formatted.`,
    checkSummary: (unformatted: number) =>
        `${unformatted} rule file${unformatted === 1 ? ' is' : 's are'} not formatted; run \`kaidah fmt\` on ${unformatted === 1 ? 'it' : 'them'}.`,
    writeSummary: (changed: number, files: number) => `${changed} of ${files} rule file${files === 1 ? '' : 's'} reformatted.`,
    syntaxSummary: (files: number) => `${files} file${files === 1 ? '' : 's'} with syntax errors ${files === 1 ? 'was' : 'were'} not formatted.`,
};

const id: typeof en = {
    notFormatted: (file) => `${file}: belum diformat`,
    reformatted: (file) => `${file}: diformat`,
    skipped: (file) => `${file}: ada kesalahan sintaks; dibiarkan apa adanya`,
    wouldBreak: (file) => `${file}: memformatnya akan membuat file tidak terbaca; dibiarkan apa adanya. Mohon laporkan bersama file ini.`,
    checkClean: (files) => `${files} file aturan sudah diformat.`,
    checkSummary: (unformatted) => `${unformatted} file aturan belum diformat; jalankan \`kaidah fmt\` padanya.`,
    writeSummary: (changed, files) => `${changed} dari ${files} file aturan diformat ulang.`,
    syntaxSummary: (files) => `${files} file dengan kesalahan sintaks tidak diformat.`,
};

/**
 * `kaidah fmt [--check|--diff] [FILE|FOLDER...]`: puts rule files (default: the project's) in the
 * one canonical layout, with the formatter the editor uses. With `--check` nothing is written; the
 * files that are not formatted are listed. With `--diff` nothing is written either; what would change
 * is printed as a unified diff. A file with syntax errors is never touched. Exit codes: 0 done (or all
 * formatted), 1 some file not formatted (`--check`, `--diff`) or with syntax errors, 2 wrong use.
 */
export async function fmtCommand(paths: string[], options: { check?: boolean; diff?: boolean; lang: Lang }): Promise<number> {
    const text = options.lang === 'id' ? id : en;
    const found = ruleFilesFor(paths, options.lang);
    if (typeof found === 'string') return usage(found);
    const { files } = found;
    // --diff, like --check, writes nothing: it shows what fmt would change
    const writes = !options.check && !options.diff;
    const { Kaidah } = createKaidahServices(NodeFileSystem);
    Kaidah.settings.lang = options.lang;
    let unformatted = 0;
    let withSyntaxErrors = 0;
    for (const file of files) {
        const original = readFileSync(file, 'utf8');
        const document = Kaidah.shared.workspace.LangiumDocuments.createDocument(URI.file(path.resolve(file)), original);
        const syntaxErrors = await syntaxDiagnostics(Kaidah, document);
        if (syntaxErrors.length > 0) {
            withSyntaxErrors++;
            for (const diagnostic of syntaxErrors) console.error(formatDiagnostic({ filePath: document.uri.fsPath, diagnostic }, options.lang));
            console.error(text.skipped(shown(file)));
            continue;
        }
        const formatted = await formattedText(Kaidah, document);
        if (formatted === original) continue;
        if (!readsCleanly(Kaidah, formatted)) {
            // A formatter bug must never cost an officer a file that was readable.
            withSyntaxErrors++;
            console.error(text.wouldBreak(shown(file)));
            continue;
        }
        unformatted++;
        if (options.diff) {
            process.stdout.write(unifiedDiff(original, formatted, shown(file).split(path.sep).join('/')));
        } else if (options.check) {
            console.log(text.notFormatted(shown(file)));
        } else {
            writeFileAtomically(file, formatted);
            console.log(text.reformatted(shown(file)));
        }
    }
    const readable = files.length - withSyntaxErrors;
    // the diff alone on stdout, so that it can be piped to `git apply`; the verdict goes to stderr
    const say = options.diff ? console.error : console.log;
    if (!writes && readable > 0) say(unformatted === 0 ? text.checkClean(readable) : text.checkSummary(unformatted));
    else if (readable > 0) say(text.writeSummary(unformatted, readable));
    if (withSyntaxErrors > 0) console.error(text.syntaxSummary(withSyntaxErrors));
    return withSyntaxErrors > 0 || (!writes && unformatted > 0) ? 1 : 0;
}

/** The file's syntax errors (KDH001), as `kaidah check` reports them; nothing else is checked. */
async function syntaxDiagnostics(services: KaidahServices, document: LangiumDocument) {
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length === 0 && parserErrors.length === 0) return [];
    return services.validation.DocumentValidator.validateDocument(document, { stopAfterLexingErrors: true, stopAfterParsingErrors: true });
}

function shown(file: string): string {
    return path.relative(process.cwd(), path.resolve(file)) || file;
}
