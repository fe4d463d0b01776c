/**
 * Names that exist in Indonesia both as a kabupaten and as a kota (Kabupaten Probolinggo 3513, Kota
 * Probolinggo 3574). A bare `PROBOLINGGO` in the data could be either, so it is never matched to
 * one of them, even when the rules declare only one. Normalised as `bareDistrictName` gives them.
 * Keep this list here and only here.
 */
export const TWIN_DISTRICT_NAMES: ReadonlySet<string> = new Set([
    'bandung',
    'banjar',
    'bekasi',
    'bima',
    'blitar',
    'bogor',
    'cirebon',
    'gorontalo',
    'jayapura',
    'kediri',
    'kupang',
    'madiun',
    'magelang',
    'malang',
    'mojokerto',
    'pasuruan',
    'pekalongan',
    'probolinggo',
    'semarang',
    'serang',
    'solok',
    'sorong',
    'sukabumi',
    'tangerang',
    'tasikmalaya',
    'tegal',
]);
