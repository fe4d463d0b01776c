/**
 * One extreme row must not kill the run (issue 14): a count column holding 200000000 (a NIK pasted
 * into it) once made one benefit band per Rp 1.000.000 up to Rp 200.000.000.000.000 and aborted V8
 * (exit 133); at 150000 the report failed with "Maximum call stack size exceeded"; at 100000 it
 * was 44 MB. Bands are bounded: bands of a million up to Rp 20.000.000, then one open band.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BenefitBands } from '../../packages/cli/src/output/benefit-bands.js';
import { kaidah } from '../support/run-cli.js';

const rules = `program "Ekstrem" year 2024

household {
  id        text   key  column "no_peserta"
  district  text        column "kabupaten"
  elderly   count       column "lansia"
}

benefit components {
  elderly Rp 1.000.000
}

graduation natural "Graduasi Alamiah"
  when elderly = 0

district "Kabupaten Probolinggo" {
  target natural = 1
}
`;

describe('a run with one extreme benefit', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-extreme-'));
    writeFileSync(path.join(dir, 'rules.kaidah'), rules);

    for (const elderly of [100_000, 150_000, 200_000_000]) {
        it(`ends with exit 0 and a report of reasonable size when one family counts ${elderly} elderly`, () => {
            const data = path.join(dir, `d${elderly}.csv`);
            writeFileSync(data, [
                'no_peserta,kabupaten,lansia',
                '3513000000000001,Kabupaten Probolinggo,1',
                `3513000000000002,Kabupaten Probolinggo,${elderly}`,
                '3513000000000003,Kabupaten Probolinggo,0',
            ].join('\n') + '\n');
            const report = path.join(dir, `r${elderly}.html`);
            const result = kaidah(['run', path.join(dir, 'rules.kaidah'), '--data', data, '--report', report]);
            expect(result.stderr).toBe('');
            expect(result.status).toBe(0);
            expect(statSync(report).size).toBeLessThan(60_000);
            const page = readFileSync(report, 'utf8');
            // Rp 0, the band of the family with one elderly member, then the open band with the extreme
            const highest = `Rp ${(elderly * 1_000_000).toLocaleString('de-DE')}`;
            expect(page).toContain(`aria-label="Rp 20.000.000 and more (highest ${highest}: check that row): 1 household (33,3%)"`);
            expect(page.match(/class="bar bar-band"/g)).toHaveLength(22);
        });
    }
});

describe('BenefitBands, bounded', () => {
    const bandsOf = (benefits: number[]) => {
        const bands = new BenefitBands();
        for (const benefit of benefits) bands.add(benefit);
        return bands.bands();
    };

    it('puts every benefit from Rp 20.000.000 up in one open band that gives the highest', () => {
        const bands = bandsOf([0, 2_500_000, 19_999_999, 20_000_000, 1e300, 35_000_000]);
        expect(bands).toHaveLength(22);
        expect(bands[20]).toEqual({ from: 19_000_000, to: 20_000_000, households: 1 });
        expect(bands[21]).toEqual({ from: 20_000_000, to: Infinity, households: 3, highest: 1e300 });
    });

    it('keeps bands of a million up to the highest when nothing reaches the open band', () => {
        expect(bandsOf([12_000_000]).map((b) => b.from)).toEqual([0, 1, ...Array.from({ length: 12 }, (_, i) => (i + 1) * 1_000_000)]);
    });

    it('counts every benefit once in at most 22 bands, whatever the amounts', () => {
        const amount = fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: 0, max: 30_000_000 }), fc.constantFrom(Infinity, -Infinity, Number.MAX_VALUE));
        fc.assert(fc.property(fc.array(amount, { maxLength: 200 }), (benefits) => {
            const bands = bandsOf(benefits);
            expect(bands.length).toBeLessThanOrEqual(22);
            expect(bands.reduce((sum, b) => sum + b.households, 0)).toBe(benefits.length);
        }));
    });
});
