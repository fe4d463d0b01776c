import { describe, expect, it } from 'vitest';
import { cellSlot } from './cells.js';
import { percentCellReader, percentReadings, readPercentCell, readUnboundedPercentCell } from './percent-cells.js';

const asResult = (read: (cell: string) => boolean) => (cell: string) => (read(cell) ? { value: cellSlot.value } : { error: cellSlot.error });
const undeclared = asResult(readPercentCell);
const asFraction = asResult(percentCellReader('fraction', 0, 1, 'percent-out-of-range'));
const asNumber = asResult(percentCellReader('number', 0, 1, 'percent-out-of-range'));

describe('a percent column the rules do not declare (0–100%)', () => {
    it.each([
        ['85%', 0.85],
        ['0,85%', 0.0085],
        ['85', 0.85], // 8.500% is out of range: only 85% fits
        ['85,5', 0.855],
        ['100', 1],
        ['1,5', 0.015], // 150% is out of range
        ['0', 0],
        ['0%', 0],
        ['100%', 1],
    ])('%s is %d', (cell, value) => {
        expect(undeclared(cell)).toEqual({ value });
    });

    it.each(['0,85', '1', '0,5', '0.85', '0,01'])('%s could mean two things: refused', (cell) => {
        expect(undeclared(cell)).toEqual({ error: 'ambiguous-percent' });
    });

    it('refuses what fits neither way, and what is not a percentage', () => {
        expect(undeclared('150')).toEqual({ error: 'percent-out-of-range' });
        expect(undeclared('-5')).toEqual({ error: 'percent-out-of-range' });
        expect(undeclared('101%')).toEqual({ error: 'percent-out-of-range' });
        expect(undeclared('hampir')).toEqual({ error: 'not-a-percent' });
        expect(undeclared('')).toEqual({ error: 'empty' });
        expect(undeclared('9'.repeat(30))).toEqual({ error: 'too-large' });
    });

    it('within a declared range, a bare number is read the one way that fits it', () => {
        const upToTwice = asResult(percentCellReader(undefined, 0, 2, 'out-of-range'));
        expect(upToTwice('1,5')).toEqual({ error: 'ambiguous-percent' }); // 1,5% and 150% both fit
        expect(upToTwice('150')).toEqual({ value: 1.5 });
        expect(upToTwice('250')).toEqual({ error: 'out-of-range' });
        const small = asResult(percentCellReader(undefined, 0, 0.5, 'out-of-range'));
        expect(small('0,85')).toEqual({ value: 0.0085 }); // 85% is above the 50% the column allows
    });
});

describe('a percent column declared `percent as fraction` or `percent as number`', () => {
    it('as fraction: 0,85 is 85%, 1 is 100%, 85 is out of range; 85% is still 85%', () => {
        expect(asFraction('0,85')).toEqual({ value: 0.85 });
        expect(asFraction('1')).toEqual({ value: 1 });
        expect(asFraction('0,855')).toEqual({ value: 0.855 });
        expect(asFraction('85')).toEqual({ error: 'percent-out-of-range' });
        expect(asFraction('85%')).toEqual({ value: 0.85 });
    });

    it('as number: 85 is 85%, 0,85 is 0,85%, 1 is 1%; 85% is still 85%', () => {
        expect(asNumber('85')).toEqual({ value: 0.85 });
        expect(asNumber('0,85')).toEqual({ value: 0.0085 });
        expect(asNumber('1')).toEqual({ value: 0.01 });
        expect(asNumber('85%')).toEqual({ value: 0.85 });
        expect(asNumber('150')).toEqual({ error: 'percent-out-of-range' });
    });
});

describe('percentages of any size (expected values in case tables)', () => {
    const unbounded = asResult(readUnboundedPercentCell);
    it('reads numbers above 1 as a number of percent, refuses a bare number between -1 and 1', () => {
        expect(unbounded('150')).toEqual({ value: 1.5 });
        expect(unbounded('85')).toEqual({ value: 0.85 });
        expect(unbounded('0')).toEqual({ value: 0 });
        expect(unbounded('0,85%')).toEqual({ value: 0.0085 });
        expect(unbounded('0,85')).toEqual({ error: 'ambiguous-percent' });
        expect(unbounded('-0,5')).toEqual({ error: 'ambiguous-percent' });
    });
});

describe('percentReadings', () => {
    it('gives both readings of a bare number, none of a number with its sign', () => {
        expect(percentReadings('0,85')).toEqual({ asNumber: 0.0085, asFraction: 0.85 });
        expect(percentReadings(' 1 ')).toEqual({ asNumber: 0.01, asFraction: 1 });
        expect(percentReadings('85%')).toBeUndefined();
        expect(percentReadings('abc')).toBeUndefined();
    });
});
