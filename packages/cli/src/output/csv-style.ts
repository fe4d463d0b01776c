import type { Lang } from '@kaidah/engine';

/**
 * How a CSV file is written. `excel` opens by double click in Excel set to Indonesian (the
 * officer's spreadsheet): `;` between cells, decimal commas, a UTF-8 BOM (without it Excel reads
 * `≥` and `×` as Windows-1252 garbage), CRLF, and any text a spreadsheet would take for a number or
 * a date written as `="…"` so that a 16-digit NIK stays exact text. `plain` is RFC 4180 with
 * commas, for programs.
 */
export interface CsvStyle {
    readonly name: 'excel' | 'plain';
    readonly separator: ',' | ';';
    readonly newline: string;
    /** Written once, before the header. */
    readonly start: string;
    readonly decimalComma: boolean;
}

export const plainCsv: CsvStyle = { name: 'plain', separator: ',', newline: '\n', start: '', decimalComma: false };
export const excelCsv: CsvStyle = { name: 'excel', separator: ';', newline: '\r\n', start: '\uFEFF', decimalComma: true };

export const csvStyleNames = ['excel', 'plain'] as const;

/**
 * `--csv excel|plain`; without it, what the officer's language suggests: an Indonesian user's
 * spreadsheet expects `;` and decimal commas, an English one's commas.
 */
export function csvStyleFor(option: string | undefined, lang: Lang): CsvStyle | undefined {
    if (option === undefined) return lang === 'id' ? excelCsv : plainCsv;
    switch (option.trim().toLowerCase()) {
        case 'excel':
            return excelCsv;
        case 'plain':
            return plainCsv;
        default:
            return undefined;
    }
}
