/**
 * A file-system refusal met while writing an output (a full disk, a read-only folder, a file in the
 * way), carried up to the command with the user's path, never the temporary one, so that the
 * officer reads what happened to their file instead of an internal error.
 */
export class OutputError extends Error {
    constructor(
        /** The output as the officer named it. */
        readonly target: string,
        /** The system's code: ENOSPC, EACCES, EROFS, EEXIST... */
        readonly code: string,
        /** True when the failure came after the set began to move into place (see output-set.ts). */
        readonly committing = false,
    ) {
        super(`${code}: ${target}`);
    }
}

/** The error as an OutputError about `target`; anything that is not a system error is left as it is. */
export function asOutputError(error: unknown, target: string, committing = false): unknown {
    if (error instanceof OutputError) return error;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? new OutputError(target, code, committing) : error;
}

/** Runs a file-system step, reporting its failure as one about `target`. */
export function about<T>(target: string, step: () => T, committing = false): T {
    try {
        return step();
    } catch (error) {
        throw asOutputError(error, target, committing);
    }
}
