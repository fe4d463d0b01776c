/**
 * A row read a second time (to explain a candidate, or to compare a repeated household) is not
 * what was read the first time: the data file was changed while the run read it. Its decisions
 * cannot be trusted; the run stops.
 */
export class DataChangedError extends Error {
    constructor(readonly key: string) {
        super(`The data file changed during the run (household ${key})`);
    }
}
