/**
 * A Plan feature the SQL compiler cannot compile (yet): the compiler refuses the whole Plan rather
 * than give results that differ from the JS engine's. `feature` names it for the officer's message.
 */
export type RefusedFeature =
    | 'household-dependent-amounts'
    | 'unknown-expression';

export class SqlRefusal extends Error {
    constructor(readonly feature: RefusedFeature, readonly detail: string) {
        super(`Cannot compile to SQL: ${feature} (${detail})`);
    }
}
