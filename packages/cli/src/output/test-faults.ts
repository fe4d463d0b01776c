/**
 * Faults that tests inject into the write layer, to prove that a run killed or starved of disk at
 * any point leaves the old set of outputs or the new one. Only tests set `KAIDAH_TEST_FAULT`:
 *
 *   kill-after:<phase>:<n>   the process kills itself (SIGKILL, no clean-up) at the n-th event
 *   enospc:<phase>:<n>       the n-th event fails as a full disk would (ENOSPC)
 *
 * Phases, in the order a run goes through them: `write` (a line written to an output), `stage`
 * (an output complete beside its target), `journal` (a journal copy written), `rename` (an output
 * moved into place), `clean` (the old set's leftovers removed).
 */
import { OutputError } from './output-error.js';

export type FaultPhase = 'write' | 'stage' | 'journal' | 'rename' | 'clean';

interface Fault {
    action: 'kill-after' | 'enospc';
    phase: FaultPhase;
    at: number;
}

const fault = parseFault(process.env.KAIDAH_TEST_FAULT);
let events = 0;

function parseFault(spec: string | undefined): Fault | undefined {
    const match = /^(kill-after|enospc):(write|stage|journal|rename|clean):(\d+)$/.exec(spec ?? '');
    if (match === null) return undefined;
    return { action: match[1] as Fault['action'], phase: match[2] as FaultPhase, at: Number(match[3]) };
}

/** Marks an event of `phase`; a test's fault fires here. Costs one comparison when no test asks. */
export function faultPoint(phase: FaultPhase, target: string): void {
    if (fault === undefined || fault.phase !== phase) return;
    if (++events !== fault.at) return;
    if (fault.action === 'kill-after') process.kill(process.pid, 'SIGKILL');
    throw new OutputError(target, 'ENOSPC');
}
