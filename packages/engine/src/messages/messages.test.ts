import { describe, expect, it } from 'vitest';
import type { ReasonCode } from '../plan/codes.js';
import { detectLang, messagesFor, type Messages } from './messages.js';

describe('detectLang', () => {
    it.each([
        [{ LANG: 'id_ID.UTF-8' }, 'id'],
        [{ LANG: 'id' }, 'id'],
        [{ LC_MESSAGES: 'id_ID' }, 'id'],
        [{ LC_ALL: 'id_ID.UTF-8', LANG: 'en_US.UTF-8' }, 'id'],
        [{ LANG: 'en_US.UTF-8' }, 'en'],
        [{ LC_ALL: 'C', LANG: 'id_ID.UTF-8' }, 'en'], // LC_ALL takes precedence, as in POSIX
        [{ LANG: 'ido' }, 'en'],
        [{}, 'en'],
    ])('%o → %s', (env, lang) => {
        expect(detectLang(env)).toBe(lang);
    });
});

/** The shape of a table: keys, with functions and strings told apart, recursively. */
function shape(table: object): unknown {
    return Object.fromEntries(
        Object.entries(table).map(([key, value]) => [
            key,
            typeof value === 'object' && value !== null ? shape(value) : typeof value,
        ]),
    );
}

function strings(table: object): string[] {
    return Object.values(table).flatMap((value) =>
        typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? strings(value) : [],
    );
}

describe('message tables', () => {
    const en: Messages = messagesFor('en');
    const id: Messages = messagesFor('id');

    it('have the same sentences in both languages', () => {
        expect(shape(id)).toEqual(shape(en));
    });

    it('have no empty sentence', () => {
        for (const text of [...strings(en), ...strings(id)]) expect(text.trim()).not.toBe('');
    });

    it('describe every reason code, differently in each language', () => {
        for (const code of Object.keys(en.reasons) as ReasonCode[]) {
            expect(en.reasons[code]).toBeTruthy();
            expect(id.reasons[code]).toBeTruthy();
            expect(id.reasons[code]).not.toBe(en.reasons[code]);
        }
    });

    it('name twelve months in each language, and the range a cell must be in', () => {
        expect(en.months).toHaveLength(12);
        expect(id.months).toHaveLength(12);
        expect(id.months[2]).toBe('Maret');
        expect(en.mustBeInRange('1', '10', false)).toBe('must be between 1 and 10');
        expect(id.mustBeInRange('1', '10', false)).toBe('harus antara 1 dan 10');
        expect(id.mustBeInRange('1', undefined, false)).toBe('tidak boleh kurang dari 1');
        expect(id.mustBeInRange(undefined, '10', false)).toBe('tidak boleh lebih dari 10');
        expect(en.mustBeInRange('1 January 1900', undefined, true)).toBe('must be on or after 1 January 1900');
        expect(id.mustBeInRange(undefined, '31 Desember 2024', true)).toBe('tidak boleh setelah 31 Desember 2024');
    });

    it('use the officers’ words in Indonesian', () => {
        expect(id.statuses).toEqual({
            'proposed': 'diusulkan',
            'reserve': 'cadangan',
            'stays': 'tetap KPM',
            'no-district': 'kabupaten/kota tidak ada dalam aturan',
        });
        expect(id.labels.shortfall).toBe('Kekurangan');
        expect(id.ranked('12', '340', 'Kabupaten Probolinggo')).toBe('peringkat 12 dari 340 di Kabupaten Probolinggo');
    });
});
