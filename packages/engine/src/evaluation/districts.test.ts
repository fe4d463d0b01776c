import { describe, expect, it } from 'vitest';
import { DistrictMatcher, districtCodeOf, editDistance, normaliseDistrictName } from './districts.js';

describe('district names as officers write them', () => {
    it('KAB. JEMBER, Kab Jember, kabupaten  jember and Kabupaten Jember are one district', () => {
        for (const spelling of ['KAB. JEMBER', 'Kab Jember', 'kabupaten  jember', 'Kab.Jember', ' Kabupaten Jember ']) {
            expect(normaliseDistrictName(spelling)).toBe('kabupaten jember');
        }
        expect(normaliseDistrictName('Kot. Malang')).toBe('kota malang');
        expect(normaliseDistrictName('KOTA MALANG')).toBe('kota malang');
    });

    it('reads region codes 3509 and 35.09, not other numbers', () => {
        expect(districtCodeOf('3509')).toBe('3509');
        expect(districtCodeOf(' 35.09 ')).toBe('3509');
        expect(districtCodeOf('35.09.01')).toBeUndefined();
        expect(districtCodeOf('Jember')).toBeUndefined();
    });

    const matcher = new DistrictMatcher([
        { name: 'Kabupaten Jember', code: '3509' },
        { name: 'Kabupaten Probolinggo', code: '3513' },
        { name: 'Kabupaten Bondowoso' },
        { name: 'Kota Bondowoso' },
    ]);

    it('matches prefixes, codes and an unambiguous bare name', () => {
        expect(['KAB. JEMBER', 'Kabupaten Jember', '3509', '35.09', 'JEMBER', 'jember'].map((s) => matcher.indexOf(s))).toEqual([0, 0, 0, 0, 0, 0]);
        expect(matcher.indexOf('3513')).toBe(1);
        expect(matcher.indexOf('Kota Jember')).toBe(-1);
        expect(matcher.indexOf('3574')).toBe(-1);
    });

    it('never guesses a bare name that is both a kabupaten and a kota, in Indonesia or in the rules', () => {
        expect(matcher.indexOf('PROBOLINGGO')).toBe(-1);
        expect(matcher.hintFor('PROBOLINGGO')).toEqual({ kind: 'ambiguous', districts: ['Kabupaten Probolinggo'] });
        expect(matcher.indexOf('Bondowoso')).toBe(-1);
        expect(matcher.hintFor('Bondowoso')).toEqual({ kind: 'ambiguous', districts: ['Kabupaten Bondowoso', 'Kota Bondowoso'] });
        expect(matcher.indexOf('KOTA BONDOWOSO')).toBe(3);
    });

    it('suggests the nearest district for a misspelling, and nothing for a far one', () => {
        expect(matcher.hintFor('KAB. JEMBR')).toEqual({ kind: 'nearest', district: 'Kabupaten Jember' });
        expect(matcher.hintFor('Jembre')).toEqual({ kind: 'nearest', district: 'Kabupaten Jember' });
        expect(matcher.hintFor('Kabupaten Malang')).toBeUndefined();
        expect(matcher.hintFor('')).toBeUndefined();
    });

    it('counts edits', () => {
        expect(editDistance('jember', 'jembr')).toBe(1);
        expect(editDistance('kitten', 'sitting')).toBe(3);
    });
});
