import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@kaidah/engine';
import { createKaidahServices, translateRuleFile, type RuleLanguage } from '@kaidah/language';
import { NodeFileSystem } from 'langium/node';
import { writeFileAtomically } from '../output/write-atomically.js';
import { ruleFilesFor } from '../rules/project.js';
import { usage } from './shared/usage.js';

const languageName = { en: { en: 'English', id: 'Bahasa Indonesia' }, id: { en: 'bahasa Inggris', id: 'Bahasa Indonesia' } } as const;

/** What `kaidah translate` says, in one table per language. */
const en = {
    wrongTarget: (to: string) => `--to must be id (Bahasa Indonesia) or en (English), not "${to}".`,
    skipped: (file: string) => `${file}: has syntax errors; not translated (run \`kaidah check\`)`,
    clashes: (file: string, names: string[], to: RuleLanguage) =>
        `${file}: ${names.map((n) => `\`${n}\``).join(', ')} ${names.length === 1 ? 'is a keyword' : 'are keywords'} in ${languageName.en[to]} and cannot be ${names.length === 1 ? 'a name' : 'names'} there; rename ${names.length === 1 ? 'it' : 'them'} first (the editor's Rename changes every use).`,
    translated: (file: string, to: RuleLanguage) => `${file}: translated to ${languageName.en[to]}`,
    summary: (done: number, files: number) => `${done} of ${files} rule file${files === 1 ? '' : 's'} translated.`,
};

const id: typeof en = {
    wrongTarget: (to) => `--to harus id (Bahasa Indonesia) atau en (bahasa Inggris), bukan "${to}".`,
    skipped: (file) => `${file}: ada kesalahan sintaks; tidak diterjemahkan (jalankan \`kaidah check\`)`,
    clashes: (file, names, to) =>
        `${file}: ${names.map((n) => `\`${n}\``).join(', ')} adalah kata kunci dalam ${languageName.id[to]} dan tidak dapat menjadi nama di sana; ganti namanya dulu (Rename di editor mengubah setiap pemakaiannya).`,
    translated: (file, to) => `${file}: diterjemahkan ke ${languageName.id[to]}`,
    summary: (done, files) => `${done} dari ${files} file aturan diterjemahkan.`,
};

/**
 * `kaidah translate FILE... --to id|en [--write]`: the rule files with their keywords in the other
 * language; comments, names, labels and strings are kept, the layout is the formatter's. Without
 * `--write` the translation is printed; with it each file is rewritten in place. Exit codes: 0 done,
 * 1 a file could not be translated, 2 wrong use.
 */
export async function translateCommand(paths: string[], options: { to: string; write?: boolean; lang: Lang }): Promise<number> {
    const text = options.lang === 'id' ? id : en;
    if (options.to !== 'id' && options.to !== 'en') return usage(text.wrongTarget(options.to));
    const to: RuleLanguage = options.to;
    const found = ruleFilesFor(paths, options.lang);
    if (typeof found === 'string') return usage(found);
    const { files } = found;
    const { Kaidah } = createKaidahServices(NodeFileSystem);
    let done = 0;
    for (const file of files) {
        const result = translateRuleFile(readFileSync(file, 'utf8'), to, Kaidah);
        if (!result) {
            console.error(text.skipped(shown(file)));
        } else if (!result.ok) {
            console.error(text.clashes(shown(file), result.clashes, to));
        } else if (options.write) {
            writeFileAtomically(file, result.text);
            console.log(text.translated(shown(file), to));
            done++;
        } else {
            if (files.length > 1) process.stdout.write(`// ${shown(file)}\n`);
            process.stdout.write(result.text);
            done++;
        }
    }
    if (options.write || files.length > 1) console.error(text.summary(done, files.length));
    return done === files.length ? 0 : 1;
}

function shown(file: string): string {
    return path.relative(process.cwd(), path.resolve(file)) || file;
}
