import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, formatPercent, formatRupiah, formatValue } from './format.js';
import {
    parseMoneyText,
    parseNumberText,
    parsePercentText,
    readCountCell,
    readMoneyCell,
    commaReadings,
    readNumberCell,
    readYesNoCell,
} from './numbers.js';
import { readPercentCell } from './percent-cells.js';
import { cellSlot } from './cells.js';

/** A cell reader's verdict as one value, `{ value }` or `{ error }`, for tests. */
const asResult = (read: (cell: string) => boolean) => (cell: string) => (read(cell) ? { value: cellSlot.value } : { error: cellSlot.error });
const dataNumber = asResult(readNumberCell);
const dataMoney = asResult(readMoneyCell);
const dataPercent = asResult(readPercentCell);
const dataCount = asResult(readCountCell);
const dataYesNo = asResult(readYesNoCell);

describe('number literals in rule files', () => {
    it.each([
        ['1.000', 1000],
        ['67.245', 67245],
        ['3.000.000', 3_000_000],
        ['1500000', 1_500_000],
        ['1,5', 1.5],
        ['9,81', 9.81],
        ['1.000,5', 1000.5],
        ['0,25', 0.25],
        ['-2', -2],
        [' 42 ', 42],
    ])('%s is %d', (text, value) => {
        expect(parseNumberText(text)).toEqual({ value });
    });

    it.each(['1.5', '2.50', '1234.567', '12.34.567', '0.500', '1.0000'])('%s is refused: the dot is ambiguous', (text) => {
        expect(parseNumberText(text)).toEqual({ error: 'ambiguous-dot' });
    });

    it.each(['', 'abc', '1,5.000', '1,5,0', '1.', '1..000', '.5', '1,', '1 000', '--1', '1e5'])(
        '"%s" is malformed',
        (text) => {
            expect(parseNumberText(text)).toEqual({ error: 'malformed' });
        },
    );
});

describe('money literals in rule files', () => {
    it.each([
        ['Rp 3.000.000', 3_000_000],
        ['Rp3.000.000', 3_000_000],
        ['Rp. 3.000.000', 3_000_000],
        ['Rp 1,5 juta', 1_500_000],
        ['rp 2 JUTA', 2_000_000],
        ['Rp 500 ribu', 500_000],
        ['Rp 1,5 miliar', 1_500_000_000],
        ['Rp 2 triliun', 2_000_000_000_000],
        ['Rp 582.932', 582_932],
        ['1,5juta', 1_500_000],
        ['-Rp 1.500.000', -1_500_000],
    ])('%s is %d', (text, value) => {
        expect(parseMoneyText(text)).toEqual({ value });
    });

    it('refuses an English decimal point, and unknown scale words', () => {
        expect(parseMoneyText('Rp 1.5 juta')).toEqual({ error: 'ambiguous-dot' });
        expect(parseMoneyText('Rp 3 lusin')).toEqual({ error: 'malformed' });
        expect(parseMoneyText('Rp')).toEqual({ error: 'malformed' });
    });
});

describe('percent literals in rule files', () => {
    it('reads percentages as fractions, exactly', () => {
        expect(parsePercentText('80%')).toEqual({ value: 0.8 });
        expect(parsePercentText('80 %')).toEqual({ value: 0.8 });
        expect(parsePercentText('9,81%')).toEqual({ value: 0.0981 });
        expect(parsePercentText('100%')).toEqual({ value: 1 });
    });

    it('needs the percent sign and Indonesian decimals', () => {
        expect(parsePercentText('80')).toEqual({ error: 'malformed' });
        expect(parsePercentText('9.81%')).toEqual({ error: 'ambiguous-dot' });
    });
});

describe('numbers in data cells', () => {
    it.each([
        ['1.500.000', 1_500_000],
        ['1500000', 1_500_000],
        ['1500000,50', 1_500_000.5],
        ['1500000.5', 1_500_000.5],
        ['0.75', 0.75],
        ['0.500', 0.5],
        ['1.500', 1500],
        ['-12,5', -12.5],
        ['  42\u00a0', 42],
    ])('%s is %d', (cell, value) => {
        expect(dataNumber(cell)).toEqual({ value });
    });

    it('rejects what it cannot read unambiguously, saying why', () => {
        expect(dataNumber('')).toEqual({ error: 'empty' });
        expect(dataNumber('   ')).toEqual({ error: 'empty' });
        expect(dataNumber('abc')).toEqual({ error: 'not-a-number' });
        expect(dataNumber('1,500,000')).toEqual({ error: 'not-a-number' });
        expect(dataNumber('1234.567')).toEqual({ error: 'not-a-number' });
        expect(dataNumber('3.51E+15')).toEqual({ error: 'scientific-notation' });
        expect(dataNumber('3,51e15')).toEqual({ error: 'scientific-notation' });
    });

    it.each([
        ['1.500.000', 1_500_000],
        ['Rp1.500.000', 1_500_000],
        ['Rp 1.500.000', 1_500_000],
        ['Rp. 1.500.000', 1_500_000],
        ['Rp 1.500.000,-', 1_500_000],
        ['IDR 1.500.000', 1_500_000],
        ['1500000', 1_500_000],
        ['1500000,50', 1_500_000.5],
        ['Rp 1,5 juta', 1_500_000],
    ])('money %s is %d', (cell, value) => {
        expect(dataMoney(cell)).toEqual({ value });
    });

    it('rejects cells that are not money', () => {
        expect(dataMoney('')).toEqual({ error: 'empty' });
        expect(dataMoney('Rp')).toEqual({ error: 'not-money' });
        expect(dataMoney('gratis')).toEqual({ error: 'not-money' });
    });

    it.each([
        ['85', 0.85],
        ['85%', 0.85],
        ['85 %', 0.85],
        ['85,5', 0.855],
        ['9,81%', 0.0981],
        ['0', 0],
        ['100', 1],
    ])('percent %s is %d', (cell, value) => {
        expect(dataPercent(cell)).toEqual({ value });
    });

    it('rejects percentages outside 0–100', () => {
        expect(dataPercent('101')).toEqual({ error: 'percent-out-of-range' });
        expect(dataPercent('-1')).toEqual({ error: 'percent-out-of-range' });
        expect(dataPercent('banyak')).toEqual({ error: 'not-a-percent' });
        expect(dataPercent('')).toEqual({ error: 'empty' });
    });

    it('reads counts as whole numbers, zero or more', () => {
        expect(dataCount('3')).toEqual({ value: 3 });
        expect(dataCount('0')).toEqual({ value: 0 });
        expect(dataCount('3,0')).toEqual({ value: 3 });
        expect(dataCount('1.000')).toEqual({ value: 1000 });
        expect(dataCount('-1')).toEqual({ error: 'negative' });
        expect(dataCount('2,5')).toEqual({ error: 'not-a-whole-number' });
        expect(dataCount('dua')).toEqual({ error: 'not-a-number' });
        expect(dataCount('')).toEqual({ error: 'empty' });
    });

    it.each([
        ['ya', true],
        ['Ya', true],
        ['tidak', false],
        ['TIDAK', false],
        ['yes', true],
        ['No', false],
        ['y', true],
        ['t', false],
        ['n', false],
        ['1', true],
        ['0', false],
        ['true', true],
        [' FALSE ', false],
    ])('yes/no %s is %s', (cell, value) => {
        expect(dataYesNo(cell)).toEqual({ value });
    });

    it('rejects other yes/no answers', () => {
        expect(dataYesNo('mungkin')).toEqual({ error: 'not-yes-no' });
        expect(dataYesNo('2')).toEqual({ error: 'not-yes-no' });
        expect(dataYesNo('')).toEqual({ error: 'empty' });
    });
});

describe('formatting', () => {
    it('writes Rupiah the Indonesian way, with the sen when there are any', () => {
        expect(formatRupiah(1_500_000)).toBe('Rp 1.500.000');
        expect(formatRupiah(-1_500_000)).toBe('-Rp 1.500.000');
        expect(formatRupiah(1_500_000.5)).toBe('Rp 1.500.000,50');
        expect(formatRupiah(1_250_000.05)).toBe('Rp 1.250.000,05');
        expect(formatRupiah(-0.4)).toBe('-Rp 0,40');
        expect(formatRupiah(-0.004)).toBe('Rp 0');
        expect(formatRupiah(333_333.333_333)).toBe('Rp 333.333,33');
        expect(formatRupiah(0.999)).toBe('Rp 1');
        expect(formatRupiah(999)).toBe('Rp 999');
        expect(formatRupiah(0)).toBe('Rp 0');
        expect(formatRupiah(1_165_864)).toBe('Rp 1.165.864');
    });

    it('writes numbers with thousands dots and up to two decimals after a comma', () => {
        expect(formatNumber(2580)).toBe('2.580');
        expect(formatNumber(67_245)).toBe('67.245');
        expect(formatNumber(1.5)).toBe('1,5');
        expect(formatNumber(0.05)).toBe('0,05');
        expect(formatNumber(0.125)).toBe('0,13');
        expect(formatNumber(1_234_567.891)).toBe('1.234.567,89');
        expect(formatNumber(2.999)).toBe('3');
        expect(formatNumber(-2580)).toBe('-2.580');
        expect(formatNumber(0)).toBe('0');
        expect(formatNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
    });

    it('writes fractions as percentages', () => {
        expect(formatPercent(0.8)).toBe('80%');
        expect(formatPercent(0.0981)).toBe('9,81%');
        expect(formatPercent(1)).toBe('100%');
        expect(formatPercent(0.855)).toBe('85,5%');
    });

    it('formats by type, with yes/no in the officer’s language', () => {
        expect(formatValue(true, 'yesno', 'en')).toBe('yes');
        expect(formatValue(false, 'yesno', 'en')).toBe('no');
        expect(formatValue(true, 'yesno', 'id')).toBe('ya');
        expect(formatValue(false, 'yesno', 'id')).toBe('tidak');
        expect(formatValue(1_800_000, 'money', 'id')).toBe('Rp 1.800.000');
        expect(formatValue(0.85, 'percent', 'en')).toBe('85%');
        expect(formatValue(2580, 'count', 'en')).toBe('2.580');
        expect(formatValue('Kabupaten Pamekasan', 'text', 'en')).toBe('Kabupaten Pamekasan');
        expect(formatValue(NaN, 'number', 'en')).toBe('undefined');
        expect(formatValue(NaN, 'number', 'id')).toBe('tak terdefinisi');
    });

    it('reads back what it writes', () => {
        for (const amount of [0, 900_000, 1_165_864, 3_000_000, 123_456_789, 1_250_000.5, 1_250_000.05, 9_999_999_999_999.99]) {
            expect(dataMoney(formatRupiah(amount))).toEqual({ value: amount });
            expect(parseMoneyText(formatRupiah(amount))).toEqual({ value: amount });
        }
        for (const n of [0.5, 9.81, 2580, 67_245.25]) expect(parseNumberText(formatNumber(n))).toEqual({ value: n });
        for (const f of [0.8, 0.0981, 0.855]) expect(parsePercentText(formatPercent(f))).toEqual({ value: f });
    });
});

describe('numbers a double cannot hold exactly are refused, never changed', () => {
    const fourHundredNines = '9'.repeat(400);

    it('refuses a 400-digit income instead of reading Infinity', () => {
        expect(dataMoney(fourHundredNines)).toEqual({ error: 'too-large' });
        expect(dataNumber(fourHundredNines)).toEqual({ error: 'too-large' });
        expect(dataCount(fourHundredNines)).toEqual({ error: 'too-large' });
        expect(dataMoney('Infinity')).toEqual({ error: 'too-large' });
        expect(dataNumber('-Infinity')).toEqual({ error: 'too-large' });
    });

    it('refuses Rp 9.007.199.254.740.993, which a double reads as …992, and keeps 2^53 − 1 exactly', () => {
        expect(dataMoney('Rp 9.007.199.254.740.993')).toEqual({ error: 'too-large' });
        expect(dataMoney('Rp 9.007.199.254.740.992')).toEqual({ error: 'too-large' });
        expect(dataMoney('Rp 9.007.199.254.740.991')).toEqual({ value: Number.MAX_SAFE_INTEGER });
        expect(dataMoney('-9007199254740991')).toEqual({ value: -Number.MAX_SAFE_INTEGER });
        expect(dataMoney('Rp 10.000 triliun')).toEqual({ error: 'too-large' });
    });

    it('refuses more digits than a double keeps, and a non-zero number that would read as 0', () => {
        expect(dataNumber('0,12345678901234567891')).toEqual({ error: 'too-many-digits' });
        expect(dataNumber(`0,${'0'.repeat(400)}1`)).toEqual({ error: 'too-many-digits' });
        expect(dataNumber('0,1234567890123456')).toEqual({ value: 0.1234567890123456 });
    });
});

describe('money keeps its sen as written', () => {
    it.each([
        ['Rp 1.250.000,5', 1_250_000.5],
        ['Rp 1.250.000,50', 1_250_000.5],
        ['1250000,05', 1_250_000.05],
        ['1250000.5', 1_250_000.5],
        ['Rp 1.250.000,500', 1_250_000.5], // a zero past the sen rounds nothing
        ['Rp 1,2345678 juta', 1_234_567.8],
        ['-Rp 0,01', -0.01],
        ['Rp 9.999.999.999.999,99', 9_999_999_999_999.99],
    ])('%s is %d', (cell, value) => {
        expect(dataMoney(cell)).toEqual({ value });
    });

    it('refuses a non-zero digit past the sen, and sen on an amount too large to keep them', () => {
        expect(dataMoney('Rp 1.250.000,505')).toEqual({ error: 'beyond-sen' });
        expect(dataMoney('1250000,001')).toEqual({ error: 'beyond-sen' });
        expect(dataMoney('Rp 1,23456789 juta')).toEqual({ value: 1_234_567.89 });
        expect(dataMoney('Rp 1,234567891 juta')).toEqual({ error: 'beyond-sen' });
        expect(dataMoney('Rp 10.000.000.000.000,5')).toEqual({ error: 'too-many-digits' });
        expect(dataMoney('Rp 10.000.000.000.000')).toEqual({ value: 10_000_000_000_000 });
    });
});

describe('money written with a comma between thousands, as English writes it', () => {
    it.each(['850,000', 'Rp 1,500', 'Rp. 999,999', '1,505', '-12,345,-', 'IDR 12,000', ' rp 850,000 '])('refuses %j, which reads two ways', (cell) => {
        expect(dataMoney(cell)).toEqual({ error: 'ambiguous-comma' });
    });

    it.each([
        ['1,5 juta', 1_500_000], // a scale word: decimals of a million
        ['1.250,500', 1_250.5], // dots between thousands: the comma is the decimal mark
        ['1,50', 1.5],
        ['1,5', 1.5],
        ['1234,500', 1_234.5], // four digits before the comma: no English grouping
    ])('still reads %j the Indonesian way', (cell, value) => {
        expect(dataMoney(cell)).toEqual({ value });
    });

    it('names both readings, with the decimal one\'s three decimals kept', () => {
        expect(commaReadings('850,000')).toEqual({ asDecimal: 'Rp 850', asThousands: 'Rp 850.000' });
        expect(commaReadings('Rp 1,505')).toEqual({ asDecimal: 'Rp 1,505', asThousands: 'Rp 1.505' });
        expect(commaReadings('Rp -12,340,-')).toEqual({ asDecimal: '-Rp 12,34', asThousands: '-Rp 12.340' });
        expect(commaReadings('1.250,500')).toBeUndefined();
    });

    it('is refused whenever the Indonesian reading would have three decimals after one to three digits (fast-check)', () => {
        fc.assert(fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('', 'Rp ', 'Rp. ', '-'), (whole, thousandths, prefix) => {
            const cell = `${prefix}${whole},${String(thousandths).padStart(3, '0')}`;
            expect(dataMoney(cell)).toEqual({ error: 'ambiguous-comma' });
            expect(commaReadings(cell)?.asThousands).toBe(`${prefix === '-' ? '-' : ''}Rp ${whole}.${String(thousandths).padStart(3, '0')}`);
        }), { numRuns: 300 });
    });
});
