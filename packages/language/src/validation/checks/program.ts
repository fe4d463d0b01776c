import type { ValidationAcceptor } from 'langium';
import type { Program } from '../../generated/ast.js';
import { Diagnostics, maxProgramYear, minProgramYear } from '../diagnostics.js';
import type { KaidahValidator } from '../kaidah-validator.js';

/** `program "..." year 2024`: a four-digit year the calendar and the engine can work with (KDH042). */
export function programChecks(v: KaidahValidator) {
    return {
        checkProgramYear: (program: Program, accept: ValidationAcceptor): void => {
            if (program.year === undefined) return;
            const year = /^\d{4}$/.test(program.year) ? Number(program.year) : NaN;
            if (!(year >= minProgramYear && year <= maxProgramYear)) {
                v.report(accept, Diagnostics.yearOutOfRange, { text: program.year }, { node: program, property: 'year' });
            }
        },
    };
}
