import { describe, expect, it } from 'vitest';
import { allocateQuotas } from '../quotas/allocate.js';
import { explainStatus } from './status-sentences.js';
import { PRINGSEWU, PROBOLINGGO, allocationResult as result, pkhPlan, smallTargets } from '../plan-fixtures.test.js';


describe('explainStatus', () => {
    it('explains a proposed household with its rank and the target formula', () => {
        const results = Array.from({ length: 340 }, (_, i) =>
            result(`K${String(i).padStart(3, '0')}`, PROBOLINGGO, 'mandiri', 1_000_000 + i),
        );
        const allocation = allocateQuotas(pkhPlan(), results);
        const twelfth = allocation.households.findIndex((h) => h.rank === 12);
        expect(results[twelfth]!.key).toBe('K328'); // the 12th highest income
        expect(explainStatus(allocation, twelfth, 'en')).toBe(
            'ranked 12 of 340 in Kabupaten Probolinggo; target 2.580 (facilitators × 10): proposed',
        );
        expect(explainStatus(allocation, twelfth, 'id')).toBe(
            'peringkat 12 dari 340 di Kabupaten Probolinggo; target 2.580 (facilitators × 10): diusulkan',
        );
    });

    it('explains reserve, no target, stays and unknown districts', () => {
        const results = [
            result('A', PRINGSEWU, 'mandiri', 3),
            result('B', PRINGSEWU, 'mandiri', 2),
            result('C', PRINGSEWU, 'mandiri', 1),
            result('N', PROBOLINGGO, 'alamiah'),
            result('S', PROBOLINGGO),
            result('X', 'Kabupaten Lumajang', 'mandiri', 5),
            result('Y', ' '),
        ];
        const allocation = allocateQuotas(smallTargets(), results);
        const say = (i: number) => [explainStatus(allocation, i, 'en'), explainStatus(allocation, i, 'id')];
        expect(say(2)).toEqual([
            'ranked 3 of 3 in Kabupaten Pringsewu; target 2: reserve',
            'peringkat 3 dari 3 di Kabupaten Pringsewu; target 2: cadangan',
        ]);
        expect(say(3)).toEqual([
            'ranked 1 of 1 in Kabupaten Probolinggo; no target for this category: proposed',
            'peringkat 1 dari 1 di Kabupaten Probolinggo; kategori ini tanpa target: diusulkan',
        ]);
        expect(say(4)).toEqual([
            'stays in the programme',
            'tetap menjadi KPM',
        ]);
        expect(say(5)).toEqual([
            'district "Kabupaten Lumajang" is not in the rules: not ranked',
            'kabupaten/kota "Kabupaten Lumajang" tidak ada dalam aturan: tidak diperingkat',
        ]);
        expect(say(6)).toEqual(['no district given: not ranked', 'kabupaten/kota tidak diisi: tidak diperingkat']);
    });
});
