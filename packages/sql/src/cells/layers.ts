/**
 * Helper columns computed in layers: a column of layer n may use the columns of earlier layers, so
 * that a cell is trimmed once, scanned once, and each step of its reading is written once (an SQL
 * expression cannot name a sub-expression; a nested SELECT can).
 */
export class Layers {
    readonly levels: { name: string; expr: string }[][] = [];

    /** `fence`: the dialect's `layerFence`. */
    constructor(private readonly fence = '') {}

    /** Adds `name = expr` at `level` and returns the name, to use in later levels. */
    add(level: number, name: string, expr: string): string {
        while (this.levels.length <= level) this.levels.push([]);
        this.levels[level]!.push({ name, expr });
        return name;
    }

    /** `SELECT *, <layer> FROM (…)` around `from`, innermost layer first. */
    wrap(from: string, keep: string): string {
        let query = from;
        for (const level of this.levels) {
            if (level.length === 0) continue;
            query = `SELECT ${keep}, ${level.map((c) => `${c.expr} AS ${c.name}`).join(',\n  ')}\nFROM (${query}${this.fence}) AS layer`;
            keep = '*';
        }
        return query;
    }
}
