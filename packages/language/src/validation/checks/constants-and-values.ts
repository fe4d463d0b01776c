import { parseIsoDate } from '@kaidah/engine';
import type { ValidationAcceptor } from 'langium';
import type { Constant, DatedValue, Value } from '../../generated/ast.js';
import { isNumeric } from '../../types/kaidah-types.js';
import { Diagnostics } from '../diagnostics.js';
import { expressionText } from '../expression-text.js';
import { shownType, type KaidahValidator } from '../kaidah-validator.js';

/** Constants and values: worked out once or per household as they should be, no cycles (KDH016), dated values in order. */
export function constantAndValueChecks(v: KaidahValidator) {
    return {
        checkConstant: (constant: Constant, accept: ValidationAcceptor): void => {
            for (const dated of constant.values) {
                v.checkWorkedOutOnce(dated.value, 'constant', accept, false);
            }
            checkDatedValues(v, constant.name, constant.values, accept);
        },

        checkValue: (value: Value, accept: ValidationAcceptor): void => {
            v.checkNoQuantities(value.expression, accept);
            if (v.types.typeOf(value.expression) === 'yesno') v.reportFixedComparisons(value.expression, accept);
        },

        checkNoCycle: (node: Constant | Value, accept: ValidationAcceptor): void => {
            const cycle = v.cycles.cycleThrough(node);
            if (cycle) v.report(accept, Diagnostics.cycle, { cycle: cycle.join(' → ') }, { node, property: 'name' });
        },
    };
}

/**
 * Values that change by date (a constant, a benefit amount): real dates (KDH028), one type (KDH026),
 * each with a `from` later than the one before (KDH027).
 */
export function checkDatedValues(v: KaidahValidator, name: string, values: DatedValue[], accept: ValidationAcceptor): void {
    if (values.length === 0) return;
    for (const dated of values) {
        if (dated.from && 'error' in parseIsoDate(dated.from)) {
            v.report(accept, Diagnostics.badDate, { text: dated.from }, { node: dated, property: 'from' });
        }
    }
    const firstType = v.types.typeOf(values[0].value);
    for (const dated of values.slice(1)) {
        const type = v.types.typeOf(dated.value);
        if (type !== 'error' && firstType !== 'error' && type !== firstType && !(isNumeric(type) && isNumeric(firstType) && [type, firstType].every((t) => t === 'count' || t === 'number'))) {
            v.report(accept, Diagnostics.datedTypes, {
                name, text: expressionText(dated.value), type: shownType(dated.value, type), firstText: expressionText(values[0].value), firstType: shownType(values[0].value, firstType),
            }, { node: dated, property: 'value' });
        }
    }
    if (values.length === 1) return;
    const wellOrdered = values.every((dated, i) => dated.from && (i === 0 || values[i - 1].from! < dated.from));
    if (!wellOrdered) v.report(accept, Diagnostics.datedOrder, { name }, { node: values.find((value, i) => !value.from || (i > 0 && values[i - 1].from! >= value.from)) ?? values[0] });
}
