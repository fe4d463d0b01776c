/**
 * For whoever measures the DuckDB engine: with KAIDAH_PHASES set, each phase of a run (load, each
 * statement, ranking, reading the decisions out) prints its wall and CPU time and the memory in use
 * on stderr. CPU time counts every thread of the process, DuckDB's too; `main` this thread's alone
 * (where Linux tells it), which bounds the wall time of a phase the other threads keep up with.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface PhaseTimes {
    /** Ends the phase running since the last call (or since the timer was made), named `name`. */
    end(name: string): void;
}

export function phaseTimes(): PhaseTimes {
    if (process.env.KAIDAH_PHASES === undefined) return { end: () => {} };
    let wall = performance.now();
    let cpu = process.cpuUsage();
    let main = threadCpu();
    return {
        end(name) {
            const used = process.cpuUsage(cpu);
            const now = performance.now();
            const mainNow = threadCpu();
            const ms = (x: number) => x.toFixed(0).padStart(6);
            const mainUsed = mainNow === undefined || main === undefined ? '' : `  main ${ms(mainNow - main)} ms`;
            process.stderr.write(`phase ${name.padEnd(28)} wall ${ms(now - wall)} ms  cpu ${ms((used.user + used.system) / 1000)} ms${mainUsed}  rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB\n`);
            wall = now;
            cpu = process.cpuUsage();
            main = mainNow;
        },
    };
}

/** This thread's CPU time in ms (user and system, in clock ticks of 10 ms), from Linux's /proc; undefined elsewhere. */
function threadCpu(): number | undefined {
    try {
        // the fields after the command's name, which is in parentheses and may hold spaces
        const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return undefined;
    }
}
