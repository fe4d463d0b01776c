/**
 * Calendar dates. A date value is a whole number of days since 1970-01-01, so dates compare and
 * subtract as numbers; `2024-03-01` is day 19783.
 *
 * Conversions use integer arithmetic on the Gregorian calendar (Howard Hinnant's `days_from_civil`
 * and `civil_from_days`), not `Date`: no time zone can move a day, and reading a date cell
 * allocates nothing.
 */
import type { TimeUnit } from '../plan/plan.js';
import { cellSlot, fail, isSpace } from './cells.js';
import { messagesFor, type Lang } from '../messages/messages.js';

// ---------------------------------------------------------------------------------------------
// Days and calendar dates

/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const EPOCH_SHIFT = 719_468;
/** Days in 400 Gregorian years. */
const DAYS_PER_ERA = 146_097;

/** The date of `day`, written by `civilFromDays`: module-level so that converting allocates nothing. */
let civilYear = 1970;
let civilMonth = 1;
let civilDay = 1;

/** Day number of a calendar date; `month` 1–12. The date must exist (see `isCalendarDate`). */
function daysFromCivil(year: number, month: number, day: number): number {
    // Years start on 1 March here, so that the leap day is the last day of the year.
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const shiftedMonth = month > 2 ? month - 3 : month + 9; // March is 0
    const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/** Sets `civilYear`, `civilMonth`, `civilDay` to the date of `day`. */
function civilFromDays(day: number): void {
    const z = day + EPOCH_SHIFT;
    const era = Math.floor(z / DAYS_PER_ERA);
    const dayOfEra = z - era * DAYS_PER_ERA;
    const yearOfEra = Math.floor(
        (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
    );
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
    civilDay = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
    civilMonth = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    civilYear = yearOfEra + era * 400 + (civilMonth <= 2 ? 1 : 0);
}

function isLeapYear(year: number): boolean {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Years 1–9999 (four digits, no year 0), months 1–12, and a day the month has: 2023-02-29 is not. */
function isCalendarDate(year: number, month: number, day: number): boolean {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
    return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

// ---------------------------------------------------------------------------------------------
// Reading

const ZERO = 48;
const NINE = 57;
const MINUS = 45;
const SLASH = 47;

/** Value and length of the digit run at `text[start…]` that `scanDigits` last read. */
let digitsValue = 0;
let digitsEnd = 0;

/** Reads the digits from `start`; returns how many there were (0 when none). */
function scanDigits(text: string, start: number, end: number): number {
    let value = 0;
    let i = start;
    for (; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c < ZERO || c > NINE) break;
        value = value * 10 + (c - ZERO);
    }
    digitsValue = value;
    digitsEnd = i;
    return i - start;
}

/** A date literal in a rule file: exactly `YYYY-MM-DD`, and a date the calendar has. */
export function parseIsoDate(text: string): { value: number } | { error: 'malformed' } {
    const trimmed = text.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return { error: 'malformed' };
    const year = Number(trimmed.slice(0, 4));
    const month = Number(trimmed.slice(5, 7));
    const day = Number(trimmed.slice(8, 10));
    return isCalendarDate(year, month, day) ? { value: daysFromCivil(year, month, day) } : { error: 'malformed' };
}

/**
 * The months by name, as offices write them, lower case: Indonesian and English, in full and short
 * (`Agt`, `Agu`, `Ags`; `Sept`), and the older Indonesian spellings `Pebruari` and `Nopember`.
 * Kaidah itself writes dates this way (`formatDate`: `1 Maret 2024`, `1 March 2024`).
 */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
    ...['januari', 'january', 'jan'].map((name) => [name, 1] as const),
    ...['februari', 'pebruari', 'february', 'feb', 'peb'].map((name) => [name, 2] as const),
    ...['maret', 'march', 'mar'].map((name) => [name, 3] as const),
    ...['april', 'apr'].map((name) => [name, 4] as const),
    ...['mei', 'may'].map((name) => [name, 5] as const),
    ...['juni', 'june', 'jun'].map((name) => [name, 6] as const),
    ...['juli', 'july', 'jul'].map((name) => [name, 7] as const),
    ...['agustus', 'august', 'agu', 'agt', 'ags', 'aug'].map((name) => [name, 8] as const),
    ...['september', 'sept', 'sep'].map((name) => [name, 9] as const),
    ...['oktober', 'october', 'okt', 'oct'].map((name) => [name, 10] as const),
    ...['november', 'nopember', 'nov', 'nop'].map((name) => [name, 11] as const),
    ...['desember', 'december', 'des', 'dec'].map((name) => [name, 12] as const),
]);

const SPACE = 32;
const DOT = 46;

function isAsciiLetter(c: number): boolean {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Where the separator at `i` ends (spaces count as one), or -1 when there is none; its kind in `separatorKind`. */
let separatorKind = 0;
function separatorEnd(text: string, i: number, end: number): number {
    const c = text.charCodeAt(i);
    separatorKind = c;
    if (c === MINUS || c === SLASH) return i + 1;
    if (c !== SPACE) return -1;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    return i;
}

/**
 * A date with its month by name: day, month, four-digit year (`1 Maret 2024`, `01-Mar-2024`,
 * `17 Agt. 1980`), separated alike by spaces, `-` or `/`. `dayLength` digits of `day` end at `i`.
 */
function readNamedMonthDate(cell: string, end: number, dayLength: number, day: number, i: number): boolean {
    if (dayLength < 1 || dayLength > 2) return fail('not-a-date');
    let at = separatorEnd(cell, i, end);
    const kind = separatorKind;
    if (at < 0) return fail('not-a-date');
    const nameStart = at;
    while (at < end && isAsciiLetter(cell.charCodeAt(at))) at++;
    const month = MONTH_NAMES.get(cell.slice(nameStart, at).toLowerCase());
    if (month === undefined) return fail('not-a-date');
    if (cell.charCodeAt(at) === DOT) at++;
    at = separatorEnd(cell, at, end);
    if (at < 0 || separatorKind !== kind) return fail('not-a-date');
    if (scanDigits(cell, at, end) !== 4 || digitsEnd !== end) return fail('not-a-date');
    if (!isCalendarDate(digitsValue, month, day)) return fail('not-a-date');
    cellSlot.value = daysFromCivil(digitsValue, month, day);
    return true;
}

/**
 * A date in a data cell, as days since 1970-01-01: year first (`2024-03-01`, `2024/03/01`) or day
 * first, the Indonesian order (`01/03/2024`, `1/3/2024`, `01-03-2024`). The year has four digits,
 * day and month one or two, and both separators are the same. `03/01/2024` is 3 January: never
 * month first. The month may be named, day first (`1 Maret 2024`, `01-Mar-2024`: `MONTH_NAMES`).
 * Five digits alone are a spreadsheet's day number ('day-number': `spreadsheetDay` says
 * which date it probably means). Anything else, or a date the calendar does not have
 * (`31/02/2024`), is 'not-a-date'; a blank cell is 'empty'.
 */
export function readDateCell(cell: string): boolean {
    let start = 0;
    let end = cell.length;
    while (start < end && isSpace(cell.charCodeAt(start))) start++;
    while (end > start && isSpace(cell.charCodeAt(end - 1))) end--;
    if (start === end) return fail('empty');

    const firstLength = scanDigits(cell, start, end);
    const first = digitsValue;
    let i = digitsEnd;
    if (i === end && firstLength === 5) return fail('day-number'); // `45292`: a spreadsheet's day number (dates from 1927 to 2173)
    const separator = cell.charCodeAt(i);
    if (separator === SPACE || isAsciiLetter(cell.charCodeAt(i + 1))) return readNamedMonthDate(cell, end, firstLength, first, i);
    if (separator !== MINUS && separator !== SLASH) return fail('not-a-date');
    const secondLength = scanDigits(cell, i + 1, end);
    const second = digitsValue;
    i = digitsEnd;
    if (i >= end || cell.charCodeAt(i) !== separator) return fail('not-a-date');
    const thirdLength = scanDigits(cell, i + 1, end);
    const third = digitsValue;
    if (digitsEnd !== end || secondLength < 1 || secondLength > 2) return fail('not-a-date');

    let year: number;
    let day: number;
    if (firstLength === 4 && thirdLength >= 1 && thirdLength <= 2) {
        year = first;
        day = third;
    } else if (thirdLength === 4 && firstLength >= 1 && firstLength <= 2) {
        year = third;
        day = first;
    } else {
        return fail('not-a-date'); // two-digit years (`01/03/24`) are refused: which century?
    }
    if (!isCalendarDate(year, second, day)) return fail('not-a-date');
    cellSlot.value = daysFromCivil(year, second, day);
    return true;
}

/**
 * The date a spreadsheet's day number stands for (Excel and LibreOffice count from 30 December 1899
 * for every number past 60), as days since 1970-01-01.
 */
export function spreadsheetDay(dayNumber: number): number {
    return daysFromCivil(1899, 12, 30) + dayNumber;
}

// ---------------------------------------------------------------------------------------------
// Writing

function twoDigits(n: number): string {
    return n < 10 ? '0' + n : String(n);
}

/** `19783` → `2024-03-01`. A day that is not a whole number (NaN) is written as JavaScript does. */
export function formatIsoDate(day: number): string {
    if (!Number.isInteger(day)) return String(day);
    civilFromDays(day);
    return `${String(civilYear).padStart(4, '0')}-${twoDigits(civilMonth)}-${twoDigits(civilDay)}`;
}

/** `19783` → en `1 March 2024`, id `1 Maret 2024`. A day that is not a whole number is "undefined". */
export function formatDate(day: number, lang: Lang = 'en'): string {
    const m = messagesFor(lang);
    if (!Number.isInteger(day)) return m.undefinedNumber;
    civilFromDays(day);
    return `${civilDay} ${m.months[civilMonth - 1]} ${civilYear}`;
}

// ---------------------------------------------------------------------------------------------
// Counting

/**
 * Whole calendar months from (fromYear, fromMonth, fromDay) to a later or equal date: a month is
 * complete when the day of the month comes round again. From 31 January, a month is complete on
 * 1 March (February has no 31st).
 */
function wholeMonths(fromYear: number, fromMonth: number, fromDay: number, toYear: number, toMonth: number, toDay: number): number {
    return (toYear - fromYear) * 12 + (toMonth - fromMonth) - (toDay < fromDay ? 1 : 0);
}

/**
 * `unit`s from a date up to `today` (both days since 1970-01-01), for `years since birth_date`:
 * prepared once per Plan, then called per household without allocating.
 *
 * - `days` is the plain difference.
 * - `months` and `years` count whole calendar months and years, as age is counted: someone born
 *   2000-03-01 is 23 on 2024-02-29 and 24 on 2024-03-01. Someone born on 29 February turns a year
 *   older on 1 March in common years (Feb 28 is still before their birthday).
 * - A date after `today` gives a negative count: minus the whole units from `today` up to it
 *   (15 months ahead is -1 years, -15 months).
 * - A date that is not a number (NaN) gives NaN, which fails every comparison.
 */
export function counterSince(unit: TimeUnit, today: number): (day: number) => number {
    if (unit === 'days') return (day) => today - day;
    civilFromDays(today);
    const year = civilYear;
    const month = civilMonth;
    const dayOfMonth = civilDay;
    const monthsPerUnit = unit === 'years' ? 12 : 1;
    return (day) => {
        if (Number.isNaN(day)) return NaN;
        civilFromDays(day);
        if (day <= today) {
            return Math.floor(wholeMonths(civilYear, civilMonth, civilDay, year, month, dayOfMonth) / monthsPerUnit);
        }
        return 0 - Math.floor(wholeMonths(year, month, dayOfMonth, civilYear, civilMonth, civilDay) / monthsPerUnit); // 0 -, not -: no -0
    };
}
