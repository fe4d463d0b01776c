/**
 * Masks NIK and KK numbers (16 digits) in text an officer shares: `3513040101800001` becomes
 * `3513********0001`. The first four digits (province and district) and the last four stay, so a
 * masked list can still be checked against a paper list. Any run of exactly 16 digits is masked,
 * wherever it appears: an identifier column, an explanation, a rejected cell.
 */
const SIXTEEN_DIGITS = /(?<!\d)(\d{4})\d{8}(\d{4})(?!\d)/g;

function maskIdentifiers(text: string): string {
    return text.replace(SIXTEEN_DIGITS, '$1********$2');
}

/** The identity, or masking, as chosen with `--mask`. */
export function masker(enabled: boolean): (text: string) => string {
    return enabled ? maskIdentifiers : (text) => text;
}
