/**
 * District names in data are typed by hand: `kabupaten  probolinggo` is Kabupaten Probolinggo.
 * Evaluation (district quantities) and allocation (quotas) must agree on the match, so both use this.
 */
export function normaliseDistrictName(name: string): string {
    return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
