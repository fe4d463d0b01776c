/**
 * The journal of an output set's commit: which complete temporaries go where, which leftovers go
 * away. It is written whole (temporary, then rename) into every folder the set writes to before
 * the first output moves, so that whichever of those folders the next run writes to, it finds the
 * journal and finishes a commit that a killed run left half done. Every step below can be done
 * twice: a temporary that is gone has already been moved. Removals come first in a journal, so a
 * journal whose temporaries are all gone is finished, and its removals are never done again (they
 * might remove a file a later run wrote).
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { faultPoint } from './test-faults.js';

/** A file output: `staged` is complete and replaces `target`. */
export interface FileEntry { kind: 'file'; target: string; staged: string }
/** A folder swapped as a whole: the old one steps `aside`, `staged` takes its name, the old one goes. */
export interface FolderEntry { kind: 'folder'; target: string; staged: string; aside: string }
/** An output of the previous set that the new set does not have. */
export interface RemoveEntry { kind: 'remove'; target: string }
export type JournalEntry = FileEntry | FolderEntry | RemoveEntry;

export interface Journal {
    kaidah: 'output-journal';
    version: 1;
    /** Every copy of this journal, each in a folder of the set. Paths are absolute. */
    copies: string[];
    entries: JournalEntry[];
}

export function journalPathIn(folder: string, pid = process.pid): string {
    return path.join(folder, `.kaidah-outputs.${pid}.journal`);
}

export const JOURNAL_NAME = /^\.kaidah-outputs\.(\d+)\.journal$/;

/** Writes one copy whole and on disk: a journal that is there is complete. */
export function writeJournalCopy(copy: string, journal: Journal): void {
    const temporary = `${copy}.${process.pid}.tmp`;
    try {
        const descriptor = openSync(temporary, 'w');
        try {
            writeSync(descriptor, JSON.stringify(journal));
            fsyncSync(descriptor);
        } finally {
            closeSync(descriptor);
        }
        renameSync(temporary, copy);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
    }
    faultPoint('journal', copy);
}

export function readJournal(copy: string): Journal | undefined {
    try {
        const journal = JSON.parse(readFileSync(copy, 'utf8')) as Journal;
        return journal.kaidah === 'output-journal' && Array.isArray(journal.entries) && Array.isArray(journal.copies) ? journal : undefined;
    } catch {
        return undefined;
    }
}

/** Moves one entry into place; done again, it does nothing. */
export function applyEntry(entry: JournalEntry): void {
    if (entry.kind === 'remove') {
        rmSync(entry.target, { force: true });
        return;
    }
    if (!existsSync(entry.staged)) return;
    if (entry.kind === 'folder' && existsSync(entry.target)) {
        if (existsSync(entry.aside)) rmSync(entry.target, { recursive: true, force: true });
        else renameSync(entry.target, entry.aside);
        faultPoint('rename', entry.target);
    }
    renameSync(entry.staged, entry.target);
    faultPoint('rename', entry.target);
}

/** Removes what the old set left once every entry is in place. */
export function cleanEntry(entry: JournalEntry): void {
    if (entry.kind !== 'folder' || !existsSync(entry.aside)) return;
    rmSync(entry.aside, { recursive: true, force: true });
    faultPoint('clean', entry.target);
}

export function removeJournal(journal: Journal): void {
    for (const copy of journal.copies) {
        rmSync(copy, { force: true });
        faultPoint('clean', copy);
    }
}

/** Whether a journal still has outputs to move (its removals are then still to be done too). */
export function isUnfinished(journal: Journal): boolean {
    return journal.entries.some((entry) => entry.kind !== 'remove' && existsSync(entry.staged));
}

/** Finishes what a killed run's journal says, as far as the disk allows, and removes the journal. */
export function rollForward(journal: Journal): void {
    const steps = isUnfinished(journal) ? [applyEntry, cleanEntry] : [cleanEntry];
    for (const step of steps) {
        for (const entry of journal.entries) {
            try {
                step(entry);
            } catch {
                // a step the disk refuses now is left; the stale temporaries are removed after
            }
        }
    }
    removeJournal(journal);
}
