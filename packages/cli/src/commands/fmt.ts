import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@kaidah/engine';
import { createKaidahServices, type KaidahServices } from '@kaidah/language';
import { TextDocument, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { cliMessages } from '../messages.js';
import { formatDiagnostic } from '../output/format-diagnostic.js';
import { writeFileAtomically } from '../output/write-atomically.js';
import { usage } from './shared/usage.js';

/** What `kaidah fmt` says, in one table per language. */
const en = {
    notFormatted: (file: string) => `${file}: not formatted`,
    reformatted: (file: string) => `${file}: formatted`,
    skipped: (file: string) => `${file}: has syntax errors; left as it is`,
    wouldBreak: (file: string) => `${file}: formatting it would make it unreadable; left as it is. Please report this with the file.`,
    noRuleFiles: (folder: string) => `\`${folder}\` holds no rule files (.kaidah).`,
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
    noRuleFiles: (folder) => `\`${folder}\` tidak berisi file aturan (.kaidah).`,
    checkClean: (files) => `${files} file aturan sudah diformat.`,
    checkSummary: (unformatted) => `${unformatted} file aturan belum diformat; jalankan \`kaidah fmt\` padanya.`,
    writeSummary: (changed, files) => `${changed} dari ${files} file aturan diformat ulang.`,
    syntaxSummary: (files) => `${files} file dengan kesalahan sintaks tidak diformat.`,
};

/**
 * `kaidah fmt [--check] FILE|FOLDER...`: puts rule files in the one canonical layout, with the
 * formatter the editor uses. With `--check` nothing is written; the files that are not formatted are
 * listed. A file with syntax errors is never touched. Exit codes: 0 done (or all formatted), 1 some
 * file not formatted (`--check`) or with syntax errors, 2 wrong use of the command.
 */
export async function fmtCommand(paths: string[], options: { check?: boolean; lang: Lang }): Promise<number> {
    const text = options.lang === 'id' ? id : en;
    const files = ruleFilesIn(paths, options.lang);
    if (typeof files === 'string') return usage(files);
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
        if (options.check) {
            console.log(text.notFormatted(shown(file)));
        } else {
            writeFileAtomically(file, formatted);
            console.log(text.reformatted(shown(file)));
        }
    }
    const readable = files.length - withSyntaxErrors;
    if (options.check && readable > 0) console.log(unformatted === 0 ? text.checkClean(readable) : text.checkSummary(unformatted));
    else if (readable > 0) console.log(text.writeSummary(unformatted, readable));
    if (withSyntaxErrors > 0) console.error(text.syntaxSummary(withSyntaxErrors));
    return withSyntaxErrors > 0 || (options.check && unformatted > 0) ? 1 : 0;
}

/** The same edits the editor gets for "Format Document", applied to the file's text. */
async function formattedText(services: KaidahServices, document: LangiumDocument): Promise<string> {
    const edits = await services.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 2, insertSpaces: true },
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Whether a text parses without any syntax error, as the file did before formatting. */
function readsCleanly(services: KaidahServices, text: string): boolean {
    const { lexerErrors, parserErrors } = services.parser.LangiumParser.parse(text);
    return lexerErrors.length === 0 && parserErrors.length === 0;
}

/** The file's syntax errors (KDH001), as `kaidah check` reports them; nothing else is checked. */
async function syntaxDiagnostics(services: KaidahServices, document: LangiumDocument) {
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length === 0 && parserErrors.length === 0) return [];
    return services.validation.DocumentValidator.validateDocument(document, { stopAfterLexingErrors: true, stopAfterParsingErrors: true });
}

/**
 * The rule files named, with the `.kaidah` files inside named folders (sorted, hidden folders and
 * node_modules skipped); a message when a path is missing or is not a rule file.
 */
function ruleFilesIn(paths: string[], lang: Lang): string[] | string {
    const messages = cliMessages(lang);
    const text = lang === 'id' ? id : en;
    const files: string[] = [];
    for (const given of paths) {
        if (!existsSync(given)) return messages.fileNotFound(given);
        if (statSync(given).isDirectory()) {
            const found = ruleFilesUnder(given);
            if (found.length === 0) return text.noRuleFiles(given);
            files.push(...found);
        } else if (given.endsWith('.kaidah')) {
            files.push(given);
        } else {
            return messages.notRuleFile(given);
        }
    }
    return [...new Set(files)];
}

function ruleFilesUnder(folder: string): string[] {
    const found: string[] = [];
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) found.push(...ruleFilesUnder(full));
        else if (entry.isFile() && entry.name.endsWith('.kaidah')) found.push(full);
    }
    return found;
}

function shown(file: string): string {
    return path.relative(process.cwd(), path.resolve(file)) || file;
}
