/**
 * For whoever measures the DuckDB engine: with KAIDAH_PHASES set, each phase of a run (load, each
 * statement, ranking, reading the decisions out) prints its wall and CPU time and the memory in use
 * on stderr. CPU time counts every thread of the process, DuckDB's too.
 */
import { performance } from 'node:perf_hooks';

export interface PhaseTimes {
    /** Ends the phase running since the last call (or since the timer was made), named `name`. */
    end(name: string): void;
}

export function phaseTimes(): PhaseTimes {
    if (process.env.KAIDAH_PHASES === undefined) return { end: () => {} };
    let wall = performance.now();
    let cpu = process.cpuUsage();
    return {
        end(name) {
            const used = process.cpuUsage(cpu);
            const now = performance.now();
            const ms = (x: number) => x.toFixed(0).padStart(6);
            process.stderr.write(`phase ${name.padEnd(28)} wall ${ms(now - wall)} ms  cpu ${ms((used.user + used.system) / 1000)} ms  rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB\n`);
            wall = now;
            cpu = process.cpuUsage();
        },
    };
}
