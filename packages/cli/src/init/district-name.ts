/**
 * The district an officer names for `kaidah init`: written in full (`Kabupaten Jember`, `Kota
 * Probolinggo`), since a bare `Probolinggo` names two districts, and the file it goes to by default.
 */

export type DistrictName = { name: string; kind: 'kabupaten' | 'kota'; place: string } | { problem: 'bare' | 'empty' | 'characters' };

const PREFIXES: [RegExp, 'kabupaten' | 'kota'][] = [
    [/^(kabupaten|kab\.?)\s+/i, 'kabupaten'],
    [/^(kota|kot\.?)\s+/i, 'kota'],
];

/** `Kab. JEMBER` → `Kabupaten Jember`; a name without Kabupaten or Kota is refused. */
export function readDistrictName(given: string): DistrictName {
    const text = given.trim().replace(/\s+/g, ' ');
    if (text === '') return { problem: 'empty' };
    // the name goes into a rule file's string: letters, digits and the marks place names use only
    if (!/^[\p{L}\p{N} .'()-]+$/u.test(text)) return { problem: 'characters' };
    for (const [prefix, kind] of PREFIXES) {
        const match = prefix.exec(text);
        if (!match) continue;
        const rest = text.slice(match[0].length);
        if (rest === '') return { problem: 'empty' };
        // a name typed in capitals, as exports write them, is written as a report would
        const place = rest === rest.toUpperCase() ? rest.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : rest;
        return { name: `${kind === 'kabupaten' ? 'Kabupaten' : 'Kota'} ${place}`, kind, place };
    }
    return { problem: 'bare' };
}

/** `districts/jember.kaidah` for Kabupaten Jember, `districts/kota-probolinggo.kaidah` for the city. */
export function districtFileName(district: { kind: 'kabupaten' | 'kota'; place: string }): string {
    const slug = district.place.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    return `${district.kind === 'kota' ? 'kota-' : ''}${slug || 'district'}.kaidah`;
}
