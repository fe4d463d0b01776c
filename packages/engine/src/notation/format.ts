/**
 * Values as officers read them: numbers always the Indonesian way, in both languages (officers read
 * Rupiah like this: `Rp 1.500.000`, `1,5`, `9,81%`); yes/no and dates in the officer's language.
 */
import type { Value, ValueType } from '../plan/plan.js';
import { formatDate } from './dates.js';
import { messagesFor, type Lang } from '../messages/messages.js';

/** Rounds half away from zero (JavaScript's Math.round rounds -2.5 to -2). */
function roundHalfAwayFromZero(x: number): number {
    return x < 0 ? -Math.round(-x) : Math.round(x);
}

function groupThousands(whole: number): string {
    if (whole < 1e15) {
        // The common case, on the hot path of explanations: whole Rupiah and counts.
        if (whole < 1000) return '' + whole;
        let text = '';
        while (whole >= 1000) {
            const group = whole % 1000;
            text = (group < 10 ? '.00' : group < 100 ? '.0' : '.') + group + text;
            whole = (whole - group) / 1000;
        }
        return whole + text;
    }
    const digits = whole < 1e21 ? whole.toFixed(0) : BigInt(whole).toString();
    const head = digits.length % 3 || 3;
    let out = digits.slice(0, head);
    for (let i = head; i < digits.length; i += 3) out += '.' + digits.slice(i, i + 3);
    return out;
}

function formatNonFinite(n: number): string {
    return Number.isNaN(n) ? 'NaN' : n > 0 ? '∞' : '-∞';
}

/** `2580` → `2.580`, `1.5` → `1,5`, `0.125` → `0,13`: at most two decimals, trailing zeros dropped. */
export function formatNumber(n: number): string {
    if (Number.isInteger(n) && n >= 0 && n < 1e15) return groupThousands(n);
    if (!Number.isFinite(n)) return formatNonFinite(n);
    const magnitude = Math.abs(n);
    // Beyond 2^53 / 100 hundredths are not representable; such numbers show no decimals.
    const hundredths = magnitude < 9e13 ? Math.round(magnitude * 100) : -1;
    const whole = hundredths < 0 ? Math.round(magnitude) : Math.floor(hundredths / 100);
    const fraction = hundredths < 0 ? 0 : hundredths - whole * 100;
    let text = groupThousands(whole);
    if (fraction !== 0) text += ',' + (fraction < 10 ? '0' + fraction : fraction % 10 === 0 ? fraction / 10 : fraction);
    return (whole !== 0 || fraction !== 0) && n < 0 ? '-' + text : text;
}

/** Below this, hundredths of a Rupiah are exact in a double; above it amounts are shown whole. */
const SEN_SHOWN_BELOW = 2 ** 46;

/**
 * `1500000` → `Rp 1.500.000`, `-1500000` → `-Rp 1.500.000`, `1250000.5` → `Rp 1.250.000,50`:
 * whole Rupiah, or with both digits of the sen when there are any (data keep sen as written).
 * Rounded to the nearest sen, half away from zero.
 */
export function formatRupiah(amount: number): string {
    if (!Number.isFinite(amount)) return 'Rp ' + formatNonFinite(amount);
    if (Number.isInteger(amount)) {
        const text = 'Rp ' + groupThousands(Math.abs(amount));
        return amount < 0 ? '-' + text : text;
    }
    const magnitude = Math.abs(amount);
    const sen = magnitude < SEN_SHOWN_BELOW ? roundHalfAwayFromZero(magnitude * 100) : roundHalfAwayFromZero(magnitude) * 100;
    const fraction = sen % 100;
    const text = 'Rp ' + groupThousands((sen - fraction) / 100) + (fraction === 0 ? '' : (fraction < 10 ? ',0' : ',') + fraction);
    return amount < 0 && sen !== 0 ? '-' + text : text;
}

/** A fraction as a percentage: `0.8` → `80%`, `0.0981` → `9,81%`. */
export function formatPercent(fraction: number): string {
    if (!Number.isFinite(fraction)) return formatNonFinite(fraction) + '%';
    return formatNumber(fraction * 100) + '%';
}

/**
 * A value as officers read it, by its type. Yes/no and dates follow the language (`yes`/`ya`,
 * `1 March 2024`/`1 Maret 2024`); numbers are Indonesian in both languages. A number that is not
 * defined (a division by zero) is spelled out.
 */
export function formatValue(value: Value, type: ValueType, lang: Lang = 'en'): string {
    if (typeof value === 'boolean') return value ? messagesFor(lang).yes : messagesFor(lang).no;
    if (typeof value === 'string') return value;
    if (Number.isNaN(value)) return messagesFor(lang).undefinedNumber;
    switch (type) {
        case 'money':
            return formatRupiah(value);
        case 'percent':
            return formatPercent(value);
        case 'date':
            return formatDate(value, lang);
        default:
            return formatNumber(value);
    }
}
