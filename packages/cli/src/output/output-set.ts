/**
 * The outputs of one run (decisions, rejects, report, worklists) as one set: a reader finds the
 * previous run's set or this run's, never some of each, and a killed run never costs the old set.
 *
 * 1. Stage. Every output is written complete beside its target: a file as `.NAME.PID.tmp`, the
 *    worklists folder as a whole new folder `.NAME.PID.tmp`. Nothing the officer sees has changed;
 *    a run that fails or is interrupted here removes its temporaries (a killed one leaves them, and
 *    the next run removes them: see recover-outputs.ts).
 * 2. Journal. A small journal listing every move is written whole into each folder of the set.
 * 3. Commit. Stale outputs of the old set are removed, each file is renamed over its target, the
 *    old worklists folder steps aside and the new one takes its name. These are renames in the
 *    same folder: each is atomic, together they take milliseconds, and no signal handler runs
 *    between them (the commit is synchronous).
 * 4. Clean. The old worklists folder and the journal are removed.
 *
 * A run killed during 3 or 4 leaves the journal: the next kaidah run that writes into one of those
 * folders rolls the commit forward before it starts. A full disk or a refused write in 1 or 2
 * leaves the old set whole and is reported as such. The guarantee is against a process that
 * stops, not a machine that loses power (outputs are not flushed to the platters before the move).
 */
import { mkdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { applyEntry, cleanEntry, journalPathIn, removeJournal, writeJournalCopy, type Journal, type JournalEntry } from './journal.js';
import { OutputError, about } from './output-error.js';
import { discardTemporary, temporaryPathFor, trackTemporary, untrackTemporary } from './temporaries.js';
import { stageCommits } from './write-atomically.js';

export class OutputSet {
    private entries: JournalEntry[] = [];
    /** The officer's spelling of each target, for messages. */
    private readonly shown = new Map<string, string>();

    /** Opens the set: from now on every atomic file this process commits is staged here. */
    constructor() {
        stageCommits((staged, target) => this.add({ kind: 'file', target: path.resolve(target), staged: path.resolve(staged) }, target));
    }

    private add(entry: JournalEntry, shown: string): void {
        this.entries.push(entry);
        this.shown.set(entry.target, shown);
    }

    /** A new, empty folder that replaces `target` as a whole at the commit. */
    folder(target: string): string {
        const staged = temporaryPathFor(path.resolve(target));
        trackTemporary(staged);
        about(target, () => {
            rmSync(staged, { recursive: true, force: true });
            mkdirSync(staged);
        });
        this.add({ kind: 'folder', target: path.resolve(target), staged, aside: temporaryPathFor(path.resolve(target), '.old') }, target);
        return staged;
    }

    /** An output of the previous run that this run does not write (the set has no such output now). */
    remove(target: string): void {
        this.add({ kind: 'remove', target: path.resolve(target) }, target);
    }

    /** Puts the whole set in place (see the steps above). Throws OutputError naming the officer's path. */
    commit(): void {
        stageCommits(undefined);
        const entries = [...this.entries.filter((e) => e.kind === 'remove'), ...this.entries.filter((e) => e.kind !== 'remove')];
        this.entries = [];
        if (entries.length === 0) return;
        const journal: Journal = {
            kaidah: 'output-journal',
            version: 1,
            copies: [...new Set(entries.map((e) => path.dirname(e.target)))].map((folder) => journalPathIn(folder)),
            entries,
        };
        const staged = entries.flatMap((e) => (e.kind === 'remove' ? [] : [e.staged]));
        if (staged.length > 0) {
            for (const copy of journal.copies) {
                try {
                    writeJournalCopy(copy, journal);
                } catch (error) {
                    removeJournal(journal);
                    for (const temporary of staged) discardTemporary(temporary);
                    const there = entries.find((e) => path.dirname(e.target) === path.dirname(copy))!;
                    throw asSetError(error, this.shown.get(there.target) ?? there.target);
                }
            }
            // from here the journal owns the temporaries: an interrupted process must leave them
            for (const temporary of staged) untrackTemporary(temporary);
        }
        let failure: OutputError | undefined;
        for (const entry of entries) {
            try {
                applyEntry(entry);
            } catch (error) {
                const refused = asSetError(error, this.shown.get(entry.target) ?? entry.target, true);
                if (!(refused instanceof OutputError)) throw refused;
                failure ??= refused;
            }
        }
        // a move the disk refused keeps its journal, so the next run tries it again
        if (failure !== undefined) throw failure;
        for (const entry of entries) {
            try {
                cleanEntry(entry);
            } catch {
                // the old folder is named as a temporary of this process: the next run removes it
            }
        }
        removeJournal(journal);
    }

    /** Drops every staged output: the previous set stays as it was. */
    abandon(): void {
        stageCommits(undefined);
        for (const entry of this.entries) if (entry.kind !== 'remove') discardTemporary(entry.staged);
        this.entries = [];
    }
}

function asSetError(error: unknown, target: string, committing = false): unknown {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return typeof code === 'string' ? new OutputError(target, code, committing) : error;
}
