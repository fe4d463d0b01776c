import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HouseholdIndex } from './household-index.js';

describe('HouseholdIndex', () => {
    it('finds every fingerprint added before, with its first row and position, and only those (fast-check)', () => {
        // few distinct high halves, so that probes run long and fingerprints share their high half
        const fingerprint = fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 3000 }));
        fc.assert(fc.property(fc.array(fingerprint, { minLength: 3000, maxLength: 6000 }), (prints) => {
            const index = new HouseholdIndex();
            const first = new Map<string, number>();
            prints.forEach(([high, low], i) => {
                const key = `${high}/${low}`;
                const entry = index.add(high * 0x01000193 >>> 0, low, i + 2, i * 100);
                const seen = first.get(key);
                if (seen === undefined) {
                    expect(entry).toBe(-1);
                    first.set(key, i);
                } else {
                    expect(entry).toBeGreaterThanOrEqual(0);
                    expect(index.rowOf(entry)).toBe(seen + 2);
                    expect(index.positionOf(entry)).toBe(seen * 100);
                }
            });
            expect(index.size).toBe(first.size);
        }), { numRuns: 20 });
    });
});
