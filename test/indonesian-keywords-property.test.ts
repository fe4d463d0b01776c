/**
 * The keyword writer (keywords/file-keywords.ts) that diagnostics, hover, quick fixes, `kaidah test`
 * and `kaidah init` use: properties over the one keyword table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywordsIn } from '../packages/language/src/keywords/file-keywords.js';
import { fileLanguage } from '../packages/language/src/keywords/file-language.js';
import { englishPhrase, keywordPhrases } from '../packages/language/src/keywords/keyword-table.js';

const k = keywordsIn('id');
/** Phrases with one Indonesian form wherever they stand (`from` and `of` have two, picked by `within`). */
const plain = keywordPhrases.filter((p) => !keywordPhrases.some((q) => q !== p && q.en.join(' ') === p.en.join(' ')));

describe('keywords written as a file in Bahasa Indonesia writes them', () => {
    it('gives each phrase of the table its Indonesian form, which reads back as the English one', () => {
        fc.assert(fc.property(fc.constantFrom(...plain), (phrase) => {
            const written = k(phrase.en.join(' '));
            expect(written).toBe(phrase.id.join(' '));
            expect(englishPhrase(written)).toBe(phrase.en.join(' '));
        }));
    });

    it('writes a run of keywords phrase by phrase, and the run tells an Indonesian file', () => {
        fc.assert(fc.property(fc.array(fc.constantFrom(...plain), { minLength: 1, maxLength: 5 }), (phrases) => {
            // two neighbours may form a longer phrase of the table (`round` `down`): the writer takes the longer one
            const english = phrases.map((p) => p.en.join(' ')).join(' ');
            const written = k(english);
            expect(written.split(' ').length).toBeGreaterThanOrEqual(phrases.length);
            expect(written.split(' ').some((w) => /^[a-z]/.test(w) && englishWords.has(w) && !indonesianWords.has(w))).toBe(false);
            expect(fileLanguage(written)).toBe('id');
        }));
    });

    it('picks the form the syntax asks for, and leaves English and shared words alone', () => {
        expect([k('of'), k('of', 'ExpectTarget'), k('from'), k('from', 'TestCase')]).toEqual(['dari', 'untuk', 'mulai', 'dari']);
        expect([k('target'), k('per'), k('program')]).toEqual(['target', 'per', 'program']);
        expect(k('adapt graduation')).toBe('sesuaikan graduasi');
        expect(k('rank by monthly_income descending')).toBe('urutkan menurut monthly_income turun');
        fc.assert(fc.property(fc.constantFrom(...keywordPhrases), (phrase) => {
            expect(keywordsIn('en')(phrase.en.join(' '))).toBe(phrase.en.join(' '));
        }));
    });
});

const englishWords = new Set(keywordPhrases.flatMap((p) => p.en));
const indonesianWords = new Set(keywordPhrases.flatMap((p) => p.id.flatMap((part) => part.split(' '))));
