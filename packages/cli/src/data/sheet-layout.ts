/**
 * What a workbook's streaming reader does not say about a sheet, read from the sheet's own XML:
 * its merged cells (listed after its rows, so they must be known before the rows are read) and its
 * hidden rows. Offices merge a district's or sub-district's cells over the households below it,
 * and filter tables before saving: a merged cell is read as the sheet shows it, its value in every
 * cell it covers; hidden rows are read like the others, and said.
 */

/** A block of merged cells, 1-based and inclusive, as `B2:B40` names it. */
export interface CellRange {
    ref: string;
    top: number;
    left: number;
    bottom: number;
    right: number;
}

export interface SheetLayout {
    merges: CellRange[];
    /** The sheet rows (1-based) that are hidden. */
    hiddenRows: number[];
}

/** `B2:C40` (or a single cell) as a range; undefined when it is not a cell reference. */
export function parseRange(ref: string): CellRange | undefined {
    const match = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref.trim().toUpperCase().replace(/\$/g, ''));
    if (match === null) return undefined;
    const column = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    const a = { row: Number(match[2]), column: column(match[1]!) };
    const b = match[3] === undefined ? a : { row: Number(match[4]), column: column(match[3]) };
    return { ref, top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

interface ZipEntry {
    path: string;
    stream(): NodeJS.ReadableStream;
    buffer(): Promise<Buffer>;
}

/** An opening tag's name (without its prefix) and attributes. */
interface Tag {
    name: string;
    attributes: Record<string, string>;
}

/** An opening tag with any namespace prefix, matched where it starts; its attributes hold no `>`. */
const TAG = /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?=[\s/>])([^>]*)>/y;
const ATTRIBUTE = /([^\s=>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Calls `onTag` for every opening tag named in `names` that holds one of the `marks` (a text it must
 * contain: `hidden` for a hidden row), in an XML entry, streamed. A sheet's XML is a few hundred
 * bytes a row: finding the marks is a native search, and only the tags around them are read (an XML
 * parser over the whole sheet took as long as reading the workbook). The tags asked for (`row`,
 * `mergeCell`, a workbook's `sheet` and `Relationship`) hold no markup.
 */
async function eachTag(entry: ZipEntry, names: ReadonlySet<string>, marks: readonly string[], onTag: (tag: Tag) => void): Promise<void> {
    const markBytes = marks.map((mark) => Buffer.from(mark));
    let rest: Buffer = Buffer.alloc(0);
    const scan = (bytes: Buffer, last: boolean) => {
        // a tag cut at the chunk's end waits for the next chunk (the marks are ASCII: the bytes are searched as they are)
        const open = last ? -1 : bytes.lastIndexOf(LT);
        const end = open < 0 || bytes.indexOf(GT, open) >= 0 ? bytes.length : open;
        rest = bytes.subarray(end);
        const starts = new Set<number>();
        for (const mark of markBytes) {
            for (let at = bytes.indexOf(mark); at >= 0 && at < end; at = bytes.indexOf(mark, at + mark.length)) {
                const start = bytes.lastIndexOf(LT, at);
                if (start >= 0 && bytes.lastIndexOf(GT, at) < start) starts.add(start); // the mark is inside a tag
            }
        }
        for (const start of [...starts].sort((a, b) => a - b)) {
            TAG.lastIndex = 0;
            const match = TAG.exec(bytes.toString('utf8', start, bytes.indexOf(GT, start) + 1));
            if (match === null || !names.has(match[1]!)) continue;
            const attributes: Record<string, string> = {};
            ATTRIBUTE.lastIndex = 0;
            for (let a = ATTRIBUTE.exec(match[2]!); a !== null; a = ATTRIBUTE.exec(match[2]!)) attributes[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
            onTag({ name: match[1]!, attributes });
        }
    };
    for await (const chunk of entry.stream()) scan(rest.length === 0 ? (chunk as Buffer) : Buffer.concat([rest, chunk as Buffer]), false);
    scan(rest, true);
}

const LT = 0x3c;
const GT = 0x3e;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute's value as written in XML: `Data &amp; Rekap` is `Data & Rekap`. */
function decodeEntities(value: string): string {
    if (!value.includes('&')) return value;
    return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (entity, hex: string | undefined, decimal: string | undefined, name: string | undefined) =>
        hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : decimal !== undefined ? String.fromCodePoint(Number(decimal)) : ENTITIES[name!] ?? entity);
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const WORKBOOK_TAGS = new Set(['sheet']);
const RELATION_TAGS = new Set(['Relationship']);
const SHEET_TAGS = new Set(['row', 'mergeCell']);

/**
 * The layout of the sheet a workbook's reader takes: the one whose name is `wanted` after
 * `normalise`, or the first. Undefined when the workbook does not say where that sheet is.
 */
export async function readSheetLayout(file: string, wanted: string | undefined, normalise: (name: string) => string): Promise<SheetLayout | undefined> {
    const unzipper = (await import('unzipper')).default;
    const directory = await unzipper.Open.file(file);
    const entries = new Map((directory.files as ZipEntry[]).map((entry) => [entry.path.replace(/^\//, ''), entry]));
    const workbook = entries.get('xl/workbook.xml');
    const relations = entries.get('xl/_rels/workbook.xml.rels');
    if (workbook === undefined || relations === undefined) return undefined;
    const sheets: { name: string; id: string }[] = [];
    await eachTag(workbook, WORKBOOK_TAGS, ['sheet'], (tag) => {
        const id = Object.entries(tag.attributes).find(([name]) => localName(name) === 'id')?.[1];
        if (id !== undefined) sheets.push({ name: tag.attributes.name ?? '', id });
    });
    const sheet = wanted === undefined ? sheets[0] : sheets.find((s) => normalise(s.name) === wanted);
    if (sheet === undefined) return undefined;
    let target: string | undefined;
    await eachTag(relations, RELATION_TAGS, ['Relationship'], (tag) => {
        if (tag.attributes.Id === sheet.id) target = tag.attributes.Target;
    });
    if (target === undefined) return undefined;
    const entry = entries.get(target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/'));
    if (entry === undefined) return undefined;
    const layout: SheetLayout = { merges: [], hiddenRows: [] };
    await eachTag(entry, SHEET_TAGS, ['hidden', 'mergeCell'], (tag) => {
        if (tag.name === 'row') {
            const hidden = tag.attributes.hidden;
            if (hidden === '1' || hidden === 'true') layout.hiddenRows.push(Number(tag.attributes.r));
        } else {
            const range = parseRange(tag.attributes.ref ?? '');
            if (range !== undefined) layout.merges.push(range);
        }
    });
    return layout;
}

/**
 * Fills the cells a merge covers with the value of its first cell, row by row as a sheet is read
 * (top to bottom: a merge's first cell comes before the rest of it).
 */
export class MergedCells {
    private readonly starting = new Map<number, CellRange[]>();
    /** The merges the rows have reached, with their value. */
    private open: { range: CellRange; value: string }[] = [];

    constructor(merges: readonly CellRange[]) {
        for (const range of merges) {
            if (range.top === range.bottom && range.left === range.right) continue;
            const list = this.starting.get(range.top) ?? [];
            list.push(range);
            this.starting.set(range.top, list);
        }
    }

    /**
     * Fills `fields`, the cells of sheet row `row` (column 1 at index 0), where merges cover them;
     * returns the merges that gave this row a value it did not have.
     */
    fill(row: number, fields: string[]): CellRange[] {
        if (this.open.length > 0) this.open = this.open.filter((m) => m.range.bottom >= row);
        for (const range of this.starting.get(row) ?? []) this.open.push({ range, value: fields[range.left - 1] ?? '' });
        const filled: CellRange[] = [];
        for (const { range, value } of this.open) {
            if (value.trim() === '') continue;
            let gave = false;
            for (let column = range.left; column <= range.right; column++) {
                while (fields.length < column) fields.push('');
                if (fields[column - 1]!.trim() === '') {
                    fields[column - 1] = value;
                    gave = true;
                }
            }
            if (gave) filled.push(range);
        }
        return filled;
    }
}
