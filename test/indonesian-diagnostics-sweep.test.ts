/**
 * Every documented diagnostic case (packages/language/test/diagnostic-cases), its rule files
 * translated to Bahasa Indonesia: every diagnostic an Indonesian file gets, in either language of the
 * officer, quotes code with the file's keywords. No backquoted piece of a message holds an English
 * keyword, unless the file itself writes that word (as a name).
 */
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createKaidahServices } from '../packages/language/src/kaidah-module.js';
import { fileLanguage } from '../packages/language/src/keywords/file-language.js';
import { translateRuleFile } from '../packages/language/src/keywords/translate.js';
import { englishKeywords, indonesianKeywords, sharedKeywords } from '../packages/language/src/keywords/keyword-table.js';
import { loadCases } from '../packages/language/test/diagnostic-cases/load-cases.js';
import { withoutMarkers } from '../packages/language/test/diagnostic-cases/markers.js';
import { observe } from '../packages/language/test/diagnostic-cases/observe.js';

const services = createKaidahServices(EmptyFileSystem).Kaidah;

/**
 * English-only keywords: a word both languages write (`program`, `target`) or an Indonesian one is no
 * sign; nor are the column names the rules look for (`district`: "no column named `district`").
 */
const columnNames = new Set(['district', 'subdistrict', 'facilitator']);
const englishOnly = [...englishKeywords].filter((k) => !indonesianKeywords.has(k) && !sharedKeywords.has(k) && !columnNames.has(k));

/** The words of the backquoted pieces of a message that are English keywords the file does not write. */
function englishInQuotes(message: string, fileWords: Set<string>): string[] {
    const quoted = [...message.matchAll(/`([^`]*)`/g)].map((m) => m[1]!)
        // strings and paths are quoted as written
        .map((q) => q.replace(/"[^"]*"/g, '""'))
        .filter((q) => !/\.kaidah$|^--/.test(q));
    return quoted.flatMap((q) => (q.match(/[a-z_][a-z_0-9/]*/gi) ?? []))
        .filter((word) => englishOnly.includes(word) && !fileWords.has(word));
}

describe('diagnostics of files written in Bahasa Indonesia', async () => {
    const cases = await loadCases();
    const translatedCases = cases.flatMap((c) => c.wrong.map((wrong) => ({ code: c.code, wrong })))
        .map(({ code, wrong }) => {
            const files: Record<string, string> = {};
            for (const [name, text] of Object.entries(wrong.files)) {
                const translated = translateRuleFile(withoutMarkers(text), 'id', services);
                if (!translated?.ok) return undefined; // a syntax error or a name that is an Indonesian keyword
                // a file of comments alone has no keyword to tell its language, and is English
                if (fileLanguage(translated.text) !== 'id') return undefined;
                files[name] = translated.text;
            }
            return { code, title: wrong.title, files, wrong };
        })
        .filter((c) => c !== undefined);

    it('translates most of the documented cases (the others have syntax errors to show, or names that are Indonesian keywords)', () => {
        expect(translatedCases.length).toBeGreaterThan(60);
        expect(new Set(translatedCases.map((c) => c.code)).size).toBeGreaterThan(35);
    });

    it.each(translatedCases.map((c) => [`${c.code}: ${c.title}`, c] as const))('%s', async (_, c) => {
        const fileWords = new Set(Object.values(c.files).flatMap((text) => text.match(/[a-z_][a-z_0-9]*/gi) ?? []));
        for (const lang of ['en', 'id'] as const) {
            const { observed } = await observe(c.files, lang, c.wrong.compile, c.wrong.dataFiles);
            // the translated files give the diagnostics of the English ones, code for code
            expect(observed.map((o) => o.code), lang).toEqual(c.wrong.expect.map((e) => e.code));
            for (const diagnostic of observed) {
                expect(englishInQuotes(diagnostic.message, fileWords), `${lang}: ${diagnostic.message}`).toEqual([]);
            }
        }
    });
});
