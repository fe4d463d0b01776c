import type ExcelJS from 'exceljs';
import { cellText } from './cell-text.js';
import type { HouseholdSource, OnHeader, SheetNotice, SourceProblem, SourceRecord } from './household-source.js';
import { MergedCells, readSheetLayout, type CellRange, type SheetLayout } from './sheet-layout.js';
import { KeptRecords } from './kept-records.js';

/**
 * An Excel workbook, read as a stream (a workbook of a million rows does not fit in memory as a
 * whole). The first sheet, or the one named with `--sheet` (case and spaces ignored). The first
 * non-empty row the reader takes for the header (a title may stand above it) is the header; rows are
 * numbered as Excel numbers them.
 */
export class XlsxSource implements HouseholdSource {
    readonly kind = 'xlsx';
    private readonly kept = new KeptRecords();
    headerRow: number | undefined;
    otherSheets: string[] = [];

    constructor(
        private readonly filePath: string,
        private readonly sheet: string | undefined,
        private readonly onSheetNotice?: (notice: SheetNotice) => void,
    ) {}

    async read(
        onHeader: OnHeader,
        onRecord: (record: SourceRecord) => boolean | void,
        onProgress?: (done: number, total: number) => void,
    ): Promise<SourceProblem | 'empty' | undefined> {
        // loaded only for workbooks: it takes most of a second to load
        const excel = (await import('exceljs')).default;
        let reader: ExcelJS.stream.xlsx.WorkbookReader;
        try {
            reader = new excel.stream.xlsx.WorkbookReader(this.filePath, {
                sharedStrings: 'cache',
                styles: 'cache',
                hyperlinks: 'ignore',
                worksheets: 'emit',
                entries: 'ignore',
            });
        } catch (error) {
            return { problem: 'not-a-table', detail: error instanceof Error ? error.message : String(error) };
        }
        const wanted = this.sheet === undefined ? undefined : normaliseSheetName(this.sheet);
        // merged cells and hidden rows, which the streaming reader does not give (sheet-layout.ts)
        let layout: SheetLayout | undefined;
        try {
            layout = await readSheetLayout(this.filePath, wanted, normaliseSheetName);
        } catch {
            layout = undefined; // a workbook the zip reader cannot open: ExcelJS says why below
        }
        const merged = new MergedCells(layout?.merges ?? []);
        const hidden = new Set(layout?.hiddenRows ?? []);
        const filledBy = new Map<string, CellRange>();
        let hiddenRead = 0;
        const sheetNames: string[] = [];
        let found = false;
        let taken: string | undefined;
        let header: string[] | undefined;
        let stop = false;
        let rows = 0;
        try {
            for await (const worksheet of reader as AsyncIterable<ExcelJS.stream.xlsx.WorksheetReader & { name?: string; id?: number | string }>) {
                const workbookSheets = (reader as unknown as { model?: { sheets?: { name: string; id: number }[] } }).model?.sheets;
                const name = worksheet.name ?? `Sheet${String(worksheet.id ?? sheetNames.length + 1)}`;
                sheetNames.push(name);
                const first = workbookSheets?.[0]?.name;
                const isWanted = !found && !stop && (wanted !== undefined
                    ? normaliseSheetName(name) === wanted
                    : first === undefined || first === name);
                for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
                    if (!isWanted || stop) continue; // the rest of the sheet must still be read through
                    const fields = rowFields(row);
                    if (fields.every((f) => f.trim() === '')) continue;
                    const filled = merged.fill(row.number, fields);
                    if (header === undefined) {
                        const answer = onHeader(fields, row.number);
                        if (answer === 'not-header') continue; // a title: the next row may be the header
                        header = fields;
                        if (answer) this.headerRow = row.number;
                        else stop = true;
                        continue;
                    }
                    // pad to the header: Excel leaves trailing empty cells out
                    while (fields.length < header.length) fields.push('');
                    for (const range of filled) filledBy.set(range.ref, range);
                    if (hidden.has(row.number)) hiddenRead++;
                    if (onRecord({ row: row.number, fields, position: row.number }) === false) stop = true;
                    if (++rows % 4096 === 0) onProgress?.(rows, 0);
                }
                if (isWanted) {
                    found = true;
                    taken = name;
                }
            }
        } catch (error) {
            return { problem: 'not-a-table', detail: error instanceof Error ? error.message : String(error) };
        }
        this.otherSheets = sheetNames.filter((name) => name !== taken);
        if (filledBy.size > 0) this.onSheetNotice?.({ kind: 'merged-cells', merges: filledBy.size, example: filledBy.keys().next().value! });
        if (hiddenRead > 0) this.onSheetNotice?.({ kind: 'hidden-rows', rows: hiddenRead });
        if (!found) {
            if (wanted === undefined && sheetNames.length === 0) return 'empty';
            return { problem: 'no-such-sheet', sheet: this.sheet ?? '', sheets: sheetNames };
        }
        return header === undefined ? 'empty' : undefined;
    }

    keep(record: SourceRecord): void {
        this.kept.keep(record);
    }

    async recall(positions: ArrayLike<number>, onRecord: (index: number, fields: string[]) => void): Promise<void> {
        this.kept.recall(positions, onRecord);
    }
}

function normaliseSheetName(name: string): string {
    return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A row's cells as text, column A first; a cell formatted as a percentage gives `85%`. */
function rowFields(row: ExcelJS.Row): string[] {
    const fields: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
        while (fields.length < column - 1) fields.push('');
        const numberFormat = typeof cell.numFmt === 'string' ? cell.numFmt : '';
        fields[column - 1] = cellText(cell.value, { percent: typeof cell.value === 'number' && numberFormat.includes('%') });
    });
    return fields;
}
