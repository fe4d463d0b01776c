/**
 * A district's BPS/Kemendagri code as the Plan carries it, digits only: `3509` and `35.09` (province
 * 35, district 09, the way Kemendagri writes it) are both "3509". Undefined for anything that is not
 * four digits (KDH046).
 */
export function districtCodeDigits(written: string): string | undefined {
    return /^\d{4}$|^\d{2}\.\d{2}$/.test(written) ? written.replace('.', '') : undefined;
}
