/**
 * Whether an existing file is an output Kaidah wrote before, of the same kind, and so may be
 * replaced without `--force`: a CSV by its header, a workbook by its "Decisions" sheet, JSON by
 * its first field, the HTML report by its generator meta tag, a worklists folder by its marker file
 * (or, from versions before the marker, by holding nothing but worklists). An empty file holds
 * nothing to lose.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';

export type OutputKind = 'decisions' | 'rejects' | 'report' | 'worklists';

/** The file that marks a folder as Kaidah's worklists, swapped with the folder. */
export const WORKLISTS_MARKER = '.kaidah-worklists';

const WORKLIST_HEADER = 'facilitator,district,subdistrict,visit,id';
const REJECTS_HEADER = 'file,row,column,value,reason';

export function isPreviousOutput(target: string, kind: OutputKind): boolean {
    const stat = statSync(target);
    if (stat.isDirectory()) return kind === 'worklists' && !target.toLowerCase().endsWith('.csv') && isWorklistsFolder(target);
    if (!stat.isFile()) return false;
    if (stat.size === 0) return true;
    const extension = path.extname(target).toLowerCase();
    switch (kind) {
        case 'report':
            return headOf(target, 4096).includes('<meta name="generator" content="Kaidah">');
        case 'rejects':
            return headerOf(target).startsWith(REJECTS_HEADER);
        case 'worklists':
            return extension === '.csv' && headerOf(target).startsWith(WORKLIST_HEADER);
        case 'decisions':
            if (extension === '.xlsx') return (zipEntryText(target, 'xl/workbook.xml') ?? '').includes('name="Decisions"');
            if (extension === '.json') return /^\s*\[\s*(\]|\{"id":)/.test(headOf(target, 64));
            if (extension === '.ndjson' || extension === '.jsonl') return headOf(target, 64).startsWith('{"id":');
            return /^id,district,.*explanation$/.test(headerOf(target));
    }
}

function isWorklistsFolder(folder: string): boolean {
    if (existsSync(path.join(folder, WORKLISTS_MARKER))) return true;
    const names = readdirSync(folder).filter((name) => !name.startsWith('.'));
    return names.every((name) => name.toLowerCase().endsWith('.csv') && headerOf(path.join(folder, name)).startsWith(WORKLIST_HEADER));
}

function headOf(file: string, bytes: number): string {
    const buffer = Buffer.alloc(bytes);
    const descriptor = openSync(file, 'r');
    try {
        return buffer.toString('utf8', 0, readSync(descriptor, buffer, 0, bytes, 0));
    } finally {
        closeSync(descriptor);
    }
}

/** The header row with `,` between cells whatever the separator, without a BOM or an Excel `sep=` line. */
function headerOf(file: string): string {
    try {
        const lines = headOf(file, 4096).replace(/^\uFEFF/, '').split(/\r?\n/);
        const header = /^sep=.$/.test(lines[0]!) ? lines[1] ?? '' : lines[0]!;
        return header.split(/[,;\t]/).map((cell) => cell.replace(/^"|"$/g, '')).join(',');
    } catch {
        return '';
    }
}

/** One entry of a zip file (an .xlsx) as text: the central directory says where it is. */
function zipEntryText(file: string, wanted: string): string | undefined {
    let descriptor: number | undefined;
    try {
        descriptor = openSync(file, 'r');
        const read = (length: number, at: number) => {
            const buffer = Buffer.alloc(length);
            readSync(descriptor!, buffer, 0, length, at);
            return buffer;
        };
        const size = fstatSync(descriptor).size;
        const tailLength = Math.min(size, 65_557);
        const tail = read(tailLength, size - tailLength);
        const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
        if (end < 0) return undefined;
        const directorySize = tail.readUInt32LE(end + 12);
        const directoryAt = tail.readUInt32LE(end + 16);
        if (directorySize > 16 << 20 || directoryAt + directorySize > size) return undefined;
        const directory = read(directorySize, directoryAt);
        for (let p = 0; p + 46 <= directory.length && directory.readUInt32LE(p) === 0x02014b50;) {
            const nameLength = directory.readUInt16LE(p + 28);
            const name = directory.toString('utf8', p + 46, p + 46 + nameLength);
            if (name === wanted) {
                const method = directory.readUInt16LE(p + 10);
                const compressed = directory.readUInt32LE(p + 20);
                const localAt = directory.readUInt32LE(p + 42);
                if (compressed > 16 << 20) return undefined;
                const local = read(30, localAt);
                const data = read(compressed, localAt + 30 + local.readUInt16LE(26) + local.readUInt16LE(28));
                return method === 0 ? data.toString('utf8') : method === 8 ? inflateRawSync(data).toString('utf8') : undefined;
            }
            p += 46 + nameLength + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
        }
        return undefined;
    } catch {
        return undefined;
    } finally {
        if (descriptor !== undefined) closeSync(descriptor);
    }
}
