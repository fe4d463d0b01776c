import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { counterSince, formatDate, formatIsoDate, parseIsoDate, readDateCell, spreadsheetDay } from './dates.js';
import { cellSlot } from './cells.js';
import { formatValue } from './format.js';
import { dayOf } from '../plan-fixtures.test.js';

/** A cell reader's verdict as one value, `{ value }` or `{ error }`, for tests. */
const asResult = (read: (cell: string) => boolean) => (cell: string) => (read(cell) ? { value: cellSlot.value } : { error: cellSlot.error });
const dataDate = asResult(readDateCell);

/*
 * Day numbers below are worked out by hand, not by the code under test:
 * - 2000-01-01: 30 years after 1970 with 7 leap days (1972 … 1996): 30 × 365 + 7 = 10957.
 * - 2000-03-01: + 31 (January) + 29 (February 2000 is a leap month) = 11017.
 * - 2024-01-01: 54 years after 1970 with 13 leap days (1972 … 2020): 54 × 365 + 13 = 19723.
 * - 2024-02-29: + 31 + 28 = 19782; 2024-03-01 = 19783; 2024-12-31: 19723 + 365 = 20088.
 * - 2025-06-01: 2025-01-01 is 19723 + 366 = 20089, + 31 + 28 + 31 + 30 + 31 = 20240.
 */
const DAY_2000_01_01 = 10957;
const DAY_2000_03_01 = 11017;
const DAY_2024_01_01 = 19723;
const DAY_2024_02_29 = 19782;
const DAY_2024_03_01 = 19783;
const DAY_2024_12_31 = 20088;
const DAY_2025_06_01 = 20240;

describe('date literals in rule files', () => {
    it.each([
        ['1970-01-01', 0],
        ['1969-12-31', -1],
        ['2000-01-01', DAY_2000_01_01],
        ['2000-03-01', DAY_2000_03_01],
        ['2024-01-01', DAY_2024_01_01],
        ['2024-02-29', DAY_2024_02_29],
        ['2024-03-01', DAY_2024_03_01],
        ['2024-12-31', DAY_2024_12_31],
    ])('%s is day %d', (text, value) => {
        expect(parseIsoDate(text)).toEqual({ value });
    });

    it.each(['2023-02-29', '2100-02-29', '2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '0000-01-01'])(
        '%s is not a date the calendar has',
        (text) => {
            expect(parseIsoDate(text)).toEqual({ error: 'malformed' });
        },
    );

    it.each(['', '2024-3-1', '01/03/2024', '2024/03/01', '24-03-01', '2024-03-01T00:00', '20240301', 'kemarin'])(
        '"%s" is not written YYYY-MM-DD',
        (text) => {
            expect(parseIsoDate(text)).toEqual({ error: 'malformed' });
        },
    );

    it('accepts the leap day of a leap century (2000) but not of a common one (2100)', () => {
        expect(parseIsoDate('2000-02-29')).toEqual({ value: DAY_2000_03_01 - 1 });
        expect(parseIsoDate('2100-02-29')).toEqual({ error: 'malformed' });
    });
});

describe('dates in data cells', () => {
    it.each([
        ['2024-03-01', DAY_2024_03_01],
        ['2024/03/01', DAY_2024_03_01],
        ['01/03/2024', DAY_2024_03_01],
        ['1/3/2024', DAY_2024_03_01],
        ['01-03-2024', DAY_2024_03_01],
        ['1-3-2024', DAY_2024_03_01],
        [' 29/02/2024\u00a0', DAY_2024_02_29],
        ['31/12/2024', DAY_2024_12_31],
        ['03/01/2024', DAY_2024_01_01 + 2], // day first: 3 January, never 1 March
        // the month by name, as offices write dates and as Kaidah writes them itself
        ['1 Maret 2024', DAY_2024_03_01],
        ['01  maret  2024', DAY_2024_03_01],
        ['1 March 2024', DAY_2024_03_01],
        ['01-Mar-2024', DAY_2024_03_01],
        ['1/MAR/2024', DAY_2024_03_01],
        ['1 Mar. 2024', DAY_2024_03_01],
        ['29 Pebruari 2024', DAY_2024_02_29],
        ['31 Desember 2024', DAY_2024_12_31],
        ['31 Dec 2024', DAY_2024_12_31],
        ['1 Januari 2024', DAY_2024_01_01],
    ])('%s is day %d', (cell, value) => {
        expect(dataDate(cell)).toEqual({ value });
    });

    it.each([
        ['31/02/2024', 'no 31 February'],
        ['29/02/2023', '2023 is not a leap year'],
        ['2023-02-29', '2023 is not a leap year'],
        ['31/04/2024', 'April has 30 days'],
        ['13/13/2024', 'no month 13'],
        ['00/01/2024', 'no day 0'],
        ['3.51E+15', 'a number mangled by a spreadsheet'],
        ['2024', 'a year alone'],
        ['453520', 'six digits'],
        ['01/03/24', 'a two-digit year'],
        ['2024-03/01', 'mixed separators'],
        ['01.03.2024', 'dots'],
        ['2024-03-01 00:00', 'a time of day'],
        ['1 Maretan 2024', 'not a month'],
        ['Maret 2024', 'no day'],
        ['1 Maret 24', 'a two-digit year'],
        ['01-Mar-24', 'a two-digit year, as Excel\'s dd-mmm-yy writes it'],
        ['1-Maret 2024', 'two kinds of separator'],
        ['1 Maret 2024 10:00', 'a time of day'],
        ['31 April 2024', 'April has 30 days'],
        ['29 Februari 2023', '2023 is not a leap year'],
        ['2024 Maret 1', 'year first with a named month'],
        ['Senin, 1 Maret 2024', 'a weekday'],
        ['001 Maret 2024', 'a three-digit day'],
        ['001/03/2024', 'a three-digit day'],
        ['/03/2024', 'no day'],
    ])('"%s" is not a date: %s', (cell) => {
        expect(dataDate(cell)).toEqual({ error: 'not-a-date' });
    });

    it('reads back every date Kaidah writes for officers, in either language, and its ISO form (fast-check)', () => {
        // from year 1000: the readers want a four-digit year
        fc.assert(fc.property(fc.integer({ min: -354_285, max: 2_932_896 }), fc.constantFrom('en' as const, 'id' as const), (day, lang) => {
            expect(dataDate(formatDate(day, lang))).toEqual({ value: day });
            expect(dataDate(formatIsoDate(day))).toEqual({ value: day });
        }), { numRuns: 2000 });
    });

    it('calls five digits alone a spreadsheet\'s day number, and knows the date it stands for', () => {
        expect(dataDate('45292')).toEqual({ error: 'day-number' });
        expect(dataDate(' 45291 ')).toEqual({ error: 'day-number' });
        expect(formatIsoDate(spreadsheetDay(45292))).toBe('2024-01-01');
        expect(formatIsoDate(spreadsheetDay(45351))).toBe('2024-02-29');
        expect(formatIsoDate(spreadsheetDay(25569))).toBe('1970-01-01');
    });

    it('calls a blank cell empty', () => {
        expect(dataDate('')).toEqual({ error: 'empty' });
        expect(dataDate('  ')).toEqual({ error: 'empty' });
    });
});

describe('writing dates', () => {
    it('writes ISO dates', () => {
        expect(formatIsoDate(0)).toBe('1970-01-01');
        expect(formatIsoDate(-1)).toBe('1969-12-31');
        expect(formatIsoDate(DAY_2024_02_29)).toBe('2024-02-29');
        expect(formatIsoDate(DAY_2024_03_01)).toBe('2024-03-01');
    });

    it('writes dates for officers in their language', () => {
        expect(formatDate(DAY_2024_03_01, 'en')).toBe('1 March 2024');
        expect(formatDate(DAY_2024_03_01, 'id')).toBe('1 Maret 2024');
        expect(formatDate(DAY_2024_12_31, 'en')).toBe('31 December 2024');
        expect(formatDate(DAY_2024_12_31, 'id')).toBe('31 Desember 2024');
        expect(formatDate(DAY_2024_02_29, 'id')).toBe('29 Februari 2024');
        expect(formatDate(NaN, 'en')).toBe('undefined');
        expect(formatDate(NaN, 'id')).toBe('tak terdefinisi');
    });

    it('names every month in Indonesian', () => {
        const firsts = Array.from({ length: 12 }, (_, i) => formatDate(dayOf(`2024-${String(i + 1).padStart(2, '0')}-01`), 'id'));
        expect(firsts).toEqual([
            '1 Januari 2024', '1 Februari 2024', '1 Maret 2024', '1 April 2024', '1 Mei 2024', '1 Juni 2024',
            '1 Juli 2024', '1 Agustus 2024', '1 September 2024', '1 Oktober 2024', '1 November 2024', '1 Desember 2024',
        ]);
    });

    it('formats date values by type', () => {
        expect(formatValue(DAY_2024_03_01, 'date', 'en')).toBe('1 March 2024');
        expect(formatValue(DAY_2024_03_01, 'date', 'id')).toBe('1 Maret 2024');
        expect(formatValue(NaN, 'date', 'id')).toBe('tak terdefinisi');
    });

    it('agrees with JavaScript’s own UTC calendar, and reads back what it writes, for years 1 to 9999', () => {
        const FIRST = -719_162; // 0001-01-01
        const LAST = 2_932_896; // 9999-12-31
        expect(formatIsoDate(FIRST)).toBe('0001-01-01');
        expect(formatIsoDate(LAST)).toBe('9999-12-31');
        fc.assert(
            fc.property(fc.integer({ min: FIRST, max: LAST }), (day) => {
                const iso = formatIsoDate(day);
                expect(iso).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
                expect(parseIsoDate(iso)).toEqual({ value: day });
                const [year, month, dayOfMonth] = iso.split('-');
                expect(dataDate(`${dayOfMonth}/${month}/${year}`)).toEqual({ value: day });
            }),
        );
    });
});

describe('counting time since a date', () => {
    const since = (unit: 'years' | 'months' | 'days', from: string, to: string) => counterSince(unit, dayOf(to))(dayOf(from));

    it('counts whole years as age is counted: the birthday itself completes the year', () => {
        // born 2000-03-01: on 2024-02-29 the 24th birthday is a day away, so 23; on 2024-03-01 it is 24
        expect(since('years', '2000-03-01', '2024-02-29')).toBe(23);
        expect(since('years', '2000-03-01', '2024-03-01')).toBe(24);
        // born 1957-05-12, evaluated 2024-12-31: 2024 − 1957 = 67, birthday already past
        expect(since('years', '1957-05-12', '2024-12-31')).toBe(67);
        expect(since('years', '1957-12-31', '2024-12-30')).toBe(66);
        expect(since('years', '2024-03-01', '2024-03-01')).toBe(0);
    });

    it('makes someone born on 29 February a year older on 1 March in common years', () => {
        // 28 February 2023 is still before the (missing) 29th: 22; on 1 March 2023 it is 23
        expect(since('years', '2000-02-29', '2023-02-28')).toBe(22);
        expect(since('years', '2000-02-29', '2023-03-01')).toBe(23);
        // in a leap year the birthday exists: 23 on 28 February 2024, 24 on the 29th
        expect(since('years', '2000-02-29', '2024-02-28')).toBe(23);
        expect(since('years', '2000-02-29', '2024-02-29')).toBe(24);
    });

    it('counts whole calendar months by month and day', () => {
        // (2024 − 2000) × 12 + (2 − 3) = 287, the 1st already reached
        expect(since('months', '2000-03-01', '2024-02-29')).toBe(287);
        expect(since('months', '2000-03-01', '2024-03-01')).toBe(288);
        expect(since('months', '2024-01-15', '2024-02-14')).toBe(0);
        expect(since('months', '2024-01-15', '2024-02-15')).toBe(1);
        // from 31 January, February has no 31st: the month completes on 1 March
        expect(since('months', '2024-01-31', '2024-02-29')).toBe(0);
        expect(since('months', '2024-01-31', '2024-03-01')).toBe(1);
        expect(since('months', '2024-01-31', '2024-03-30')).toBe(1);
        expect(since('months', '2024-01-31', '2024-03-31')).toBe(2);
    });

    it('counts days as the plain difference, leap days included', () => {
        // 24 × 365 = 8760, plus the leap days 2004, 2008, 2012, 2016, 2020, 2024 = 8766
        expect(since('days', '2000-03-01', '2024-03-01')).toBe(8766);
        expect(since('days', '2024-02-28', '2024-03-01')).toBe(2);
        expect(since('days', '2023-02-28', '2023-03-01')).toBe(1);
    });

    it('gives a negative count for a date after the evaluation date: minus the whole units up to it', () => {
        // 2024-03-01 → 2025-06-01 is 15 whole months, 1 whole year, 365 + 31 + 30 + 31 = 457 days
        expect(since('years', '2025-06-01', '2024-03-01')).toBe(-1);
        expect(since('months', '2025-06-01', '2024-03-01')).toBe(-15);
        expect(since('days', '2025-06-01', '2024-03-01')).toBe(DAY_2024_03_01 - DAY_2025_06_01);
        expect(DAY_2024_03_01 - DAY_2025_06_01).toBe(-457);
        // less than a whole unit ahead is 0, not -0
        expect(Object.is(since('years', '2024-12-01', '2024-03-01'), 0)).toBe(true);
        expect(since('months', '2024-12-01', '2024-03-01')).toBe(-9);
    });

    it('gives NaN for a date that is not a number', () => {
        for (const unit of ['years', 'months', 'days'] as const) expect(counterSince(unit, DAY_2024_03_01)(NaN)).toBeNaN();
    });
});
