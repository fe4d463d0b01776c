/**
 * The lines of a CSV decisions file (decision-writer.ts). Made by the writer, or by a worker thread
 * for the households it decides at once: the format travels between threads as plain data
 * (`DecisionLineFormat`), so both make the same bytes.
 *
 * Data come sorted by district, sub-district and facilitator more often than not, and categories
 * and statuses are few, so those cells are escaped again only when they change; the benefit and
 * ranks are numbers the maker formats itself and never need escaping: `Rp 1.500.000` in plain CSV,
 * as officers read it, and 1500000 for Excel, a number that sums.
 */
import { formatRupiah } from '@kaidah/engine';
import { csvCell, csvNumber } from './csv-cells.js';
import { excelCsv, plainCsv, type CsvStyle } from './csv-style.js';
import type { DecisionRow } from './decision-row.js';
import { masker } from './mask.js';

export interface DecisionColumns {
    subdistrict: boolean;
    facilitator: boolean;
}

/** How a CSV decisions file writes a line. */
export interface DecisionLineFormat {
    columns: DecisionColumns;
    style: CsvStyle['name'];
    /** `--mask`: NIK and KK numbers masked in the id and the explanation. */
    masked: boolean;
}

/** A column whose cells repeat from one household to the next: the last cell escaped is remembered. */
class RepeatedCells {
    private last = '';
    private escaped = '';
    constructor(private readonly style: CsvStyle) {}
    cell(text: string): string {
        if (text !== this.last) {
            this.last = text;
            this.escaped = csvCell(text, this.style);
        }
        return this.escaped;
    }
}

export class CsvDecisionLines {
    readonly style: CsvStyle;
    private readonly columns: DecisionColumns;
    private readonly mask: (text: string) => string;
    private readonly district: RepeatedCells;
    private readonly subdistrict: RepeatedCells;
    private readonly facilitator: RepeatedCells;
    private readonly category: RepeatedCells;
    private readonly label: RepeatedCells;
    private readonly status: RepeatedCells;

    constructor(format: DecisionLineFormat) {
        const style = format.style === 'excel' ? excelCsv : plainCsv;
        this.style = style;
        this.columns = format.columns;
        this.mask = masker(format.masked);
        this.district = new RepeatedCells(style);
        this.subdistrict = new RepeatedCells(style);
        this.facilitator = new RepeatedCells(style);
        this.category = new RepeatedCells(style);
        this.label = new RepeatedCells(style);
        this.status = new RepeatedCells(style);
    }

    /** One household's line, with its line end. */
    line(row: DecisionRow): string {
        const { mask, style } = this;
        const s = style.separator;
        const benefit = style.name === 'excel' ? csvNumber(row.benefit, style) : formatRupiah(row.benefit);
        let line = `${csvCell(mask(row.id), style)}${s}${this.district.cell(row.district)}`;
        if (this.columns.subdistrict) line += `${s}${this.subdistrict.cell(row.subdistrict)}`;
        if (this.columns.facilitator) line += `${s}${this.facilitator.cell(row.facilitator)}`;
        return line + `${s}${benefit}${s}${this.category.cell(row.category)}${s}${this.label.cell(row.categoryLabel)}${s}${this.status.cell(row.status)}${s}` +
            `${csvNumber(row.rank)}${s}${csvNumber(row.of)}${s}${csvCell(mask(row.explanation), style)}${style.newline}`;
    }
}
