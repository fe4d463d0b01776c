/**
 * Writing decisions as a run goes: CSV (safe to open in Excel; in the `CsvStyle` asked for), Excel
 * (.xlsx) or JSON, chosen by the extension of `--out`. Every writer writes to a temporary file and renames it when the run is
 * complete (`commit`); a run that fails leaves no half file (`abandon`).
 *
 * Columns: id, district, sub-district and facilitator (when the rules name those columns), benefit,
 * category, category label, status, rank, candidates ranked together, and the explanation.
 */
import * as path from 'node:path';
import type { Lang } from '@kaidah/engine';
import type ExcelJS from 'exceljs';
import { csvHeader } from './csv-cells.js';
import { CsvDecisionLines, type DecisionColumns, type DecisionLineFormat } from './csv-decision-lines.js';
import { plainCsv, type CsvStyle } from './csv-style.js';
import type { DecisionRow } from './decision-row.js';
import { masker } from './mask.js';
import { AtomicFile, registerTemporary, temporaryPathFor } from './write-atomically.js';
import { decisionLegend, type DecisionLegend } from './decisions-legend.js';

export type { DecisionRow } from './decision-row.js';
export type { DecisionColumns, DecisionLineFormat } from './csv-decision-lines.js';

export type DecisionFormat = 'csv' | 'xlsx' | 'json' | 'ndjson';

export interface DecisionWriter {
    write(row: DecisionRow): void;
    /** How another thread makes this file's lines (CSV only), to hand them over made (`writeLines`). */
    readonly lineFormat?: DecisionLineFormat;
    /** Lines made in `lineFormat`, as bytes: `bytes` from `start` to `end`. */
    writeLines?(bytes: Uint8Array, start: number, end: number): void;
    /** Finishes the file and puts it in place. */
    commit(): Promise<void>;
    /** Removes what was written; anything already at the target stays as it was. */
    abandon(): void;
}

export function decisionFormatOf(filePath: string): DecisionFormat | undefined {
    switch (path.extname(filePath).toLowerCase()) {
        case '.csv':
        case '.txt':
            return 'csv';
        case '.xlsx':
            return 'xlsx';
        case '.json':
            return 'json';
        case '.ndjson':
        case '.jsonl':
            return 'ndjson';
        default:
            return undefined;
    }
}

function headerOf(columns: DecisionColumns): string[] {
    return [
        'id',
        'district',
        ...(columns.subdistrict ? ['subdistrict'] : []),
        ...(columns.facilitator ? ['facilitator'] : []),
        'benefit',
        'category',
        'category_label',
        'status',
        'rank',
        'candidates',
        'explanation',
    ];
}

/**
 * Opens a writer for `filePath` (its format from its extension); `masked`: NIK and KK numbers are
 * masked in every text cell; `csv` is how a CSV file is written; a workbook for an officer who reads Bahasa Indonesia
 * (`lang`) gets a sheet of what its columns and statuses mean (decisions-legend.ts).
 */
export async function openDecisionWriter(
    filePath: string,
    columns: DecisionColumns,
    masked: boolean,
    csv: CsvStyle = plainCsv,
    lang: Lang = 'en',
): Promise<DecisionWriter> {
    const format = decisionFormatOf(filePath);
    const mask = masker(masked);
    switch (format) {
        case 'xlsx':
            // loaded only for workbooks: it takes most of a second to load
            return new XlsxDecisionWriter((await import('exceljs')).default, filePath, columns, mask, decisionLegend(lang, headerOf(columns)));
        case 'json':
        case 'ndjson':
            return new JsonDecisionWriter(filePath, columns, mask, format);
        default:
            return new CsvDecisionWriter(filePath, { columns, style: csv.name, masked });
    }
}

/** Decisions as CSV, a line a household (csv-decision-lines.ts), safe to open in Excel. */
class CsvDecisionWriter implements DecisionWriter {
    private readonly file: AtomicFile;
    private readonly lines: CsvDecisionLines;

    constructor(filePath: string, readonly lineFormat: DecisionLineFormat) {
        this.lines = new CsvDecisionLines(lineFormat);
        const style = this.lines.style;
        this.file = new AtomicFile(filePath);
        this.file.write(csvHeader(headerOf(lineFormat.columns), style));
    }

    write(row: DecisionRow): void {
        this.file.write(this.lines.line(row));
    }

    writeLines(bytes: Uint8Array, start: number, end: number): void {
        this.file.writeBytes(bytes, start, end);
    }

    async commit(): Promise<void> {
        this.file.commit();
    }

    abandon(): void {
        this.file.abandon();
    }
}

/** A JSON array of objects (or NDJSON: one object a line); numbers as numbers, a missing rank as null. */
class JsonDecisionWriter implements DecisionWriter {
    private readonly file: AtomicFile;
    private first = true;

    constructor(
        filePath: string,
        private readonly columns: DecisionColumns,
        private readonly mask: (text: string) => string,
        private readonly format: 'json' | 'ndjson',
    ) {
        this.file = new AtomicFile(filePath);
        if (format === 'json') this.file.write('[');
    }

    write(row: DecisionRow): void {
        const object: Record<string, string | number | null> = { id: this.mask(row.id), district: row.district };
        if (this.columns.subdistrict) object.subdistrict = row.subdistrict;
        if (this.columns.facilitator) object.facilitator = row.facilitator;
        object.benefit = row.benefit;
        object.category = row.category === '' ? null : row.category;
        object.category_label = row.categoryLabel === '' ? null : row.categoryLabel;
        object.status = row.status;
        object.rank = row.rank ?? null;
        object.candidates = row.of ?? null;
        object.explanation = this.mask(row.explanation);
        const text = JSON.stringify(object);
        if (this.format === 'ndjson') {
            this.file.write(`${text}\n`);
        } else {
            this.file.write(this.first ? `\n${text}` : `,\n${text}`);
        }
        this.first = false;
    }

    async commit(): Promise<void> {
        if (this.format === 'json') this.file.write(this.first ? ']\n' : '\n]\n');
        this.file.commit();
    }

    abandon(): void {
        this.file.abandon();
    }
}

/** Excel allows 1.048.576 rows a sheet: a longer list continues on "Decisions 2", and so on. */
const ROWS_PER_SHEET = 1_048_575;

/**
 * An Excel workbook written as a stream. Identifiers are text cells (a 16-digit number would lose
 * digits), the benefit a number shown as Rupiah. Text cells are never formulas in a workbook, so
 * they need no neutralising.
 */
class XlsxDecisionWriter implements DecisionWriter {
    private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
    private readonly temporary: ReturnType<typeof registerTemporary>;
    private sheet!: ExcelJS.Worksheet;
    private sheets = 0;
    private rowsInSheet = 0;
    private readonly header: string[];

    constructor(
        excel: typeof ExcelJS,
        private readonly filePath: string,
        private readonly columns: DecisionColumns,
        private readonly mask: (text: string) => string,
        private readonly legend: DecisionLegend | undefined,
    ) {
        const temporaryPath = temporaryPathFor(filePath);
        this.temporary = registerTemporary(temporaryPath);
        this.workbook = new excel.stream.xlsx.WorkbookWriter({ filename: temporaryPath, useStyles: true, useSharedStrings: false });
        this.header = headerOf(columns);
        this.nextSheet();
    }

    private nextSheet(): void {
        if (this.sheets > 0) this.sheet.commit();
        this.sheets++;
        this.sheet = this.workbook.addWorksheet(this.sheets === 1 ? 'Decisions' : `Decisions ${this.sheets}`, {
            views: [{ state: 'frozen', ySplit: 1 }],
        });
        this.sheet.columns = this.header.map((key) => ({
            key,
            width: key === 'explanation' ? 100 : key === 'id' ? 20 : key === 'benefit' ? 16 : 14,
            ...(key === 'benefit' ? { style: { numFmt: '"Rp "#,##0' } } : {}),
        }));
        this.sheet.addRow(this.header).commit();
        this.rowsInSheet = 0;
    }

    write(row: DecisionRow): void {
        if (this.rowsInSheet === ROWS_PER_SHEET) this.nextSheet();
        const values: (string | number | null)[] = [this.mask(row.id), row.district];
        if (this.columns.subdistrict) values.push(row.subdistrict);
        if (this.columns.facilitator) values.push(row.facilitator);
        values.push(row.benefit, row.category, row.categoryLabel, row.status, row.rank ?? null, row.of ?? null, this.mask(row.explanation));
        this.sheet.addRow(values).commit();
        this.rowsInSheet++;
    }

    async commit(): Promise<void> {
        try {
            this.sheet.commit();
            if (this.legend !== undefined) {
                // after the decisions: the first sheet is still the decisions, for every reader of the file
                const sheet = this.workbook.addWorksheet(this.legend.sheet);
                sheet.columns = [{ width: 24 }, { width: 80 }];
                sheet.addRow(this.legend.header).commit();
                for (const row of this.legend.rows) sheet.addRow(row).commit();
                sheet.commit();
            }
            await this.workbook.commit();
        } catch (error) {
            this.temporary.abandon();
            throw error;
        }
        this.temporary.commit(this.filePath);
    }

    abandon(): void {
        this.temporary.abandon();
    }
}
