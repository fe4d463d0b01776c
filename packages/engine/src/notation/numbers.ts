/**
 * Indonesian number formats, shared by the language (literals in rule files) and the engine (data
 * cells, explanations, reports).
 *
 * Indonesian writing groups thousands with a dot and marks decimals with a comma: `3.000.000` is
 * three million and `1,5` is one and a half. A rule file must be unambiguous, so a literal such as
 * `1.5` is refused ('ambiguous-dot') instead of guessed. Data cells come from spreadsheets set up in
 * either convention, so the data readers are more lenient (see `readNumberCell`).
 *
 * Digits are scanned by hand into an integer mantissa and a power of ten, and the value is formed
 * by one multiplication or division by an exact power of ten: `9,81%` becomes exactly the double
 * nearest to 0.0981, and reading a cell allocates nothing.
 */
import type { LiteralError, ReasonCode } from '../plan/codes.js';
import { cellSlot, fail, isSpace } from './cells.js';

export type LiteralParse = { value: number } | { error: LiteralError };

// ---------------------------------------------------------------------------------------------
// Scanning

const ZERO = 48;
const NINE = 57;
const DOT = 46;
const COMMA = 44;
const MINUS = 45;
const PERCENT = 37;

const OK = 0;
const MALFORMED = 1;
const AMBIGUOUS = 2;

/** Powers of ten that are exact doubles, so that scaling a mantissa rounds only once. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

function scaleByPowerOfTen(mantissa: number, exponent: number): number {
    if (exponent === 0) return mantissa;
    if (exponent > 0) return mantissa * (POW10[exponent] ?? 10 ** exponent);
    return mantissa / (POW10[-exponent] ?? 10 ** -exponent);
}

function skipSpaceForward(text: string, i: number, end: number): number {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    return i;
}

function skipSpaceBackward(text: string, start: number, end: number): number {
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    return end;
}

/** Results of the last scan: module-level so that scanning allocates nothing. Read right after. */
let scannedMantissa = 0;
let scannedFractionDigits = 0;

/**
 * Scans an unsigned number in `text[start, end)`: digits, dots grouping thousands, one decimal
 * comma. Returns OK, MALFORMED or AMBIGUOUS (dots that are not thousands groups).
 *
 * `lenient` (data cells only) reads a single dot that is not followed by a group of three as an
 * English decimal point (`1500000.5`, `0.75`): spreadsheets set to English write that.
 */
function scanUnsigned(text: string, start: number, end: number, lenient: boolean): number {
    if (start >= end) return MALFORMED;
    const leadingZero = text.charCodeAt(start) === ZERO;
    let mantissa = 0;
    let groupLength = 0;
    let dots = 0;
    let firstGroupLength = 0;
    let lastGroupLength = 0;
    let laterGroupsOfThree = true;
    let inFraction = false;
    let fractionDigits = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= ZERO && c <= NINE) {
            mantissa = mantissa * 10 + (c - ZERO);
            groupLength++;
            if (inFraction) fractionDigits++;
            continue;
        }
        // a second comma, a dot after the comma, or an empty group (`1..000`, `.5`, `1,`)
        if (inFraction || groupLength === 0 || (c !== DOT && c !== COMMA)) return MALFORMED;
        if (dots === 0) firstGroupLength = groupLength;
        else if (groupLength !== 3) laterGroupsOfThree = false;
        lastGroupLength = groupLength;
        groupLength = 0;
        if (c === DOT) dots++;
        else inFraction = true;
    }
    if (groupLength === 0) return MALFORMED;
    if (!inFraction) {
        if (dots === 0) firstGroupLength = groupLength;
        else if (groupLength !== 3) laterGroupsOfThree = false;
        lastGroupLength = groupLength;
    }
    scannedMantissa = mantissa;
    scannedFractionDigits = fractionDigits;
    if (dots === 0) return OK;
    // `1.000`, `67.245`, `3.000.000,50`; a group may not start with 0 (`0.500` is not five hundred)
    if (firstGroupLength <= 3 && laterGroupsOfThree && !leadingZero) return OK;
    if (lenient && dots === 1 && !inFraction && (lastGroupLength !== 3 || leadingZero)) {
        scannedFractionDigits = lastGroupLength;
        return OK;
    }
    return AMBIGUOUS;
}

/** Value of the last successful `scanSigned`/`scanMoney`. */
let scannedValue = 0;
/** The power of ten a scale word gave the last `scanMoney` (`juta`: 6). */
let scannedExponent = 0;

/** Scans an optionally negative number; the value lands in `scannedValue`. */
function scanSigned(text: string, start: number, end: number, lenient: boolean, exponent: number): number {
    let negative = false;
    if (start < end && text.charCodeAt(start) === MINUS) {
        negative = true;
        start = skipSpaceForward(text, start + 1, end);
    }
    const status = scanUnsigned(text, start, end, lenient);
    if (status !== OK) return status;
    const magnitude = scaleByPowerOfTen(scannedMantissa, exponent - scannedFractionDigits);
    scannedValue = negative && magnitude !== 0 ? -magnitude : magnitude;
    scannedExponent = exponent;
    return OK;
}

/** Scale words officers write after an amount: `Rp 1,5 juta`. `milyar` is the common spelling. */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
    ['ribu', 3],
    ['juta', 6],
    ['miliar', 9],
    ['milyar', 9],
    ['triliun', 12],
]);

function isLetter(c: number): boolean {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Scans an amount of money in `text[start, end)`: optional minus, optional `Rp`/`Rp.`/`IDR`
 * prefix, a number, an optional scale word. `lenient` also accepts the `,-` that Indonesian
 * invoices put after whole amounts (`Rp 1.500.000,-`).
 */
function scanMoney(text: string, start: number, end: number, lenient: boolean): number {
    let negative = false;
    if (start < end && text.charCodeAt(start) === MINUS) {
        negative = true;
        start = skipSpaceForward(text, start + 1, end);
    }
    start = skipCurrencyPrefix(text, start, end);
    if (negative && text.charCodeAt(start) === MINUS) return MALFORMED; // `-Rp -5`
    let exponent = 0;
    let wordStart = end;
    while (wordStart > start && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart < end) {
        const scale = SCALE_WORDS.get(text.slice(wordStart, end).toLowerCase());
        if (scale === undefined) return MALFORMED;
        exponent = scale;
        end = skipSpaceBackward(text, start, wordStart);
    }
    if (lenient && end - start >= 2 && text.charCodeAt(end - 1) === MINUS && text.charCodeAt(end - 2) === COMMA) {
        end -= 2;
    }
    const status = scanSigned(text, start, end, lenient, exponent);
    if (status === OK && negative && scannedValue !== 0) scannedValue = -scannedValue;
    return status;
}

function skipCurrencyPrefix(text: string, start: number, end: number): number {
    const c0 = text.charCodeAt(start) | 0x20;
    const c1 = text.charCodeAt(start + 1) | 0x20;
    let i = start;
    if (c0 === 0x72 /* r */ && c1 === 0x70 /* p */) i = start + 2;
    else if (c0 === 0x69 /* i */ && c1 === 0x64 /* d */ && (text.charCodeAt(start + 2) | 0x20) === 0x72) i = start + 3;
    else return start;
    if (i < end && text.charCodeAt(i) === DOT) i++;
    return skipSpaceForward(text, i, end);
}

function literalError(status: number): { error: LiteralError } {
    return { error: status === AMBIGUOUS ? 'ambiguous-dot' : 'malformed' };
}

// ---------------------------------------------------------------------------------------------
// Literals in rule files (strict)

/** A number as written in a rule file: `1500000`, `1.000`, `3.000.000`, `1,5`, `-2`. */
export function parseNumberText(text: string): LiteralParse {
    const start = skipSpaceForward(text, 0, text.length);
    const end = skipSpaceBackward(text, start, text.length);
    const status = scanSigned(text, start, end, false, 0);
    return status === OK ? { value: scannedValue } : literalError(status);
}

/** Money as written in a rule file: `Rp 3.000.000`, `Rp3.000.000`, `Rp 1,5 juta`; `Rp` is optional. */
export function parseMoneyText(text: string): LiteralParse {
    const start = skipSpaceForward(text, 0, text.length);
    const end = skipSpaceBackward(text, start, text.length);
    const status = scanMoney(text, start, end, false);
    return status === OK ? { value: scannedValue } : literalError(status);
}

/** A percentage as written in a rule file, as a fraction: `80%` is 0.8, `9,81%` is 0.0981. */
export function parsePercentText(text: string): LiteralParse {
    const start = skipSpaceForward(text, 0, text.length);
    let end = skipSpaceBackward(text, start, text.length);
    if (end === start || text.charCodeAt(end - 1) !== PERCENT) return { error: 'malformed' };
    end = skipSpaceBackward(text, start, end - 1);
    const status = scanSigned(text, start, end, false, -2);
    return status === OK ? { value: scannedValue } : literalError(status);
}

// ---------------------------------------------------------------------------------------------
// Data cells (lenient), read without allocating (see cells.ts): by row coercion and case tables.

const SCIENTIFIC = /^\s*[-+]?\d+(?:[.,]\d+)?e[-+]?\d+\s*$/i;
/** How a number past any double is written by JavaScript (a JSON `1e400`) or a spreadsheet. */
const INFINITE = /^\s*[-+]?(?:Infinity|∞)\s*$/;

/** A number as a spreadsheet shows it in scientific notation (`3.51E+15`): its digits are lost. */
export function isScientificNotation(cell: string): boolean {
    return SCIENTIFIC.test(cell);
}

/** Picks the reason for a cell that did not scan: a mangled long number, a number past Infinity, or `otherwise`. */
function failScan(cell: string, otherwise: ReasonCode): false {
    return fail(SCIENTIFIC.test(cell) ? 'scientific-notation' : INFINITE.test(cell) ? 'too-large' : otherwise);
}

/**
 * Refuses a number that the double just scanned does not hold exactly: past 2^53 − 1 (a 400-digit
 * income would be Infinity, `9.007.199.254.740.993` would equal `…992`), or with more digits than a
 * double keeps. Returns false with the reason, true when the number read is the number written.
 */
function isExact(): boolean {
    const magnitude = scannedValue < 0 ? -scannedValue : scannedValue;
    if (!(magnitude <= Number.MAX_SAFE_INTEGER)) return fail('too-large');
    // digits past 2^53 were rounded while scanning; a value that underflowed to 0 was not 0
    if (scannedMantissa > Number.MAX_SAFE_INTEGER || (magnitude === 0 && scannedMantissa !== 0)) return fail('too-many-digits');
    return true;
}

/**
 * Scans a number in a data cell, with an optional `%` after it when `percentSign`: true with the
 * digits left for `scannedDigits`, or false with the reason. For readers that scale the digits
 * themselves (percent-cells.ts).
 */
export function scanNumberCell(cell: string, percentSign: boolean, otherwise: ReasonCode): boolean {
    const start = skipSpaceForward(cell, 0, cell.length);
    let end = skipSpaceBackward(cell, start, cell.length);
    if (start === end) return fail('empty');
    scannedDigits.percentSign = percentSign && cell.charCodeAt(end - 1) === PERCENT;
    if (scannedDigits.percentSign) end = skipSpaceBackward(cell, start, end - 1);
    if (scanSigned(cell, start, end, true, 0) !== OK) return failScan(cell, otherwise);
    if (!isExact()) return false;
    scannedDigits.value = scannedValue;
    scannedDigits.mantissa = scannedMantissa;
    scannedDigits.fractionDigits = scannedFractionDigits;
    return true;
}

/** What the last successful `scanNumberCell` read: the value as written, and its digits. */
export const scannedDigits = { value: 0, mantissa: 0, fractionDigits: 0, percentSign: false };

/** Scales digits by a power of ten with one rounding: `85` scaled by -2 is exactly the double 0.85. */
export function scaleDigits(mantissa: number, exponent: number, negative: boolean): number {
    const magnitude = scaleByPowerOfTen(mantissa, exponent);
    return negative && magnitude !== 0 ? -magnitude : magnitude;
}

/**
 * A number in a data cell: Indonesian (`1.500.000`, `1.500.000,50`, `2,5`), plain (`1500000`), or
 * a single English decimal point not followed by exactly three digits (`1500000.5`, `0.75`).
 * `1.500` is always one thousand five hundred. A number a double cannot hold exactly is refused.
 */
export function readNumberCell(cell: string): boolean {
    const start = skipSpaceForward(cell, 0, cell.length);
    const end = skipSpaceBackward(cell, start, cell.length);
    if (start === end) return fail('empty');
    if (scanSigned(cell, start, end, true, 0) !== OK) return failScan(cell, 'not-a-number');
    if (!isExact()) return false;
    cellSlot.value = scannedValue;
    return true;
}

/**
 * Money as English writes thousands (`850,000`, `Rp 1,500`, `-12,345,-`): one to three digits, a
 * comma, three digits. Read the Indonesian way it is Rp 850 with three decimals, which rupiah never
 * have: the cell is refused with both readings ('ambiguous-comma'), never read as either.
 */
export const ENGLISH_THOUSANDS = /^\s*-?\s*(?:(?:rp|idr)\.?\s*)?-?\d{1,3},\d{3}(?:,-)?\s*$/i;

/**
 * The two readings of an 'ambiguous-comma' cell, as amounts written the Indonesian way: the comma
 * as a decimal mark (`Rp 1,505`, its three decimals kept), and as English grouping (`Rp 1.505`).
 */
export function commaReadings(cell: string): { asDecimal: string; asThousands: string } | undefined {
    if (!ENGLISH_THOUSANDS.test(cell)) return undefined;
    const [, whole, decimals] = /(\d{1,3}),(\d{3})/.exec(cell)!;
    const minus = /^\s*-|-\s*\d/.test(cell) ? '-' : '';
    const fraction = decimals!.replace(/0+$/, '');
    return { asDecimal: `${minus}Rp ${Number(whole)}${fraction === '' ? '' : `,${fraction}`}`, asThousands: `${minus}Rp ${Number(whole)}.${decimals}` };
}

/** Money with sen is kept to at most 15 digits, so that every amount written reads as a distinct double. */
const LARGEST_WITH_SEN = 1e13;

/**
 * Money in a data cell: a data number with optional `Rp`/`Rp.`/`IDR`, scale word, trailing `,-`.
 * Sen are kept as written (`Rp 1.250.000,5` is 1250000.5), never rounded: a non-zero digit past
 * the sen is refused ('beyond-sen'), and so is an amount too large to keep its sen exactly.
 */
export function readMoneyCell(cell: string): boolean {
    const start = skipSpaceForward(cell, 0, cell.length);
    const end = skipSpaceBackward(cell, start, cell.length);
    if (start === end) return fail('empty');
    if (scanMoney(cell, start, end, true) !== OK) return failScan(cell, 'not-money');
    if (!isExact()) return false;
    const decimals = scannedFractionDigits - scannedExponent;
    if (decimals === 3 && ENGLISH_THOUSANDS.test(cell)) return fail('ambiguous-comma');
    if (decimals > 0 && scannedMantissa % scaleByPowerOfTen(1, decimals) !== 0) {
        if (decimals > 2 && scannedMantissa % scaleByPowerOfTen(1, decimals - 2) !== 0) return fail('beyond-sen');
        if (!(Math.abs(scannedValue) < LARGEST_WITH_SEN)) return fail('too-many-digits');
    }
    cellSlot.value = scannedValue;
    return true;
}

/** A count of people or things: a whole number, zero or more. `3,0` is 3. */
export function readCountCell(cell: string): boolean {
    if (!readNumberCell(cell)) return false;
    const value = cellSlot.value as number;
    if (value < 0) return fail('negative');
    if (!Number.isInteger(value)) return fail('not-a-whole-number');
    return true;
}

const YES_NO: ReadonlyMap<string, boolean> = new Map([
    ['ya', true],
    ['tidak', false],
    ['yes', true],
    ['no', false],
    ['y', true],
    ['t', false],
    ['n', false],
    ['1', true],
    ['0', false],
    ['true', true],
    ['false', false],
]);

/** ya/tidak, yes/no, y/t, y/n, 1/0, true/false, in any case. */
export function readYesNoCell(cell: string): boolean {
    const trimmed = cell.trim();
    if (trimmed === '') return fail('empty');
    const value = YES_NO.get(trimmed) ?? YES_NO.get(trimmed.toLowerCase());
    if (value === undefined) return fail('not-yes-no');
    cellSlot.value = value;
    return true;
}
