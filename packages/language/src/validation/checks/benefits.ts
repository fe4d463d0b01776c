import { parseNumberText } from '@kaidah/engine';
import type { ValidationAcceptor } from 'langium';
import { isQuantity, type Benefit } from '../../generated/ast.js';
import { typeName } from '../../types/kaidah-types.js';
import { Diagnostics } from '../diagnostics.js';
import { expressionText } from '../expression-text.js';
import { shownType, type KaidahValidator } from '../kaidah-validator.js';
import { checkDatedValues } from './constants-and-values.js';

/** The benefit: `at most` a whole number (KDH021), each component once (KDH022), counted members (KDH014), money amounts (KDH015). */
export function benefitChecks(v: KaidahValidator) {
    return {
        checkBenefit: (benefit: Benefit, accept: ValidationAcceptor): void => {
            if (benefit.maxMembers !== undefined) {
                const parsed = parseNumberText(benefit.maxMembers);
                if ('value' in parsed && (!Number.isInteger(parsed.value) || parsed.value < 1)) {
                    v.report(accept, Diagnostics.maxMembers, { text: benefit.maxMembers }, { node: benefit, property: 'maxMembers' });
                }
            }
            const seen = new Set<string>();
            for (const component of benefit.components) {
                const name = component.members.$refText;
                if (seen.has(name)) v.report(accept, Diagnostics.componentTwice, { name }, { node: component, property: 'members' });
                seen.add(name);
                const target = component.members.ref;
                if (isQuantity(target)) {
                    v.report(accept, Diagnostics.quantityOutsideDistrict, { name }, { node: component, property: 'members' });
                } else if (target) {
                    const type = v.types.typeOfReferable(target);
                    if (type !== 'error' && type !== 'count') {
                        v.report(accept, Diagnostics.membersNotCount, { name, type: typeName(type) }, { node: component, property: 'members' });
                    }
                }
                for (const dated of component.amounts) {
                    const amountType = v.types.typeOf(dated.value);
                    if (amountType !== 'error' && amountType !== 'money') {
                        v.report(accept, Diagnostics.amountNotMoney, { text: expressionText(dated.value), type: shownType(dated.value, amountType) }, { node: dated, property: 'value' });
                    }
                    v.checkWorkedOutOnce(dated.value, 'benefitAmount', accept, false);
                }
                checkDatedValues(v, name, component.amounts, accept);
            }
        },
    };
}
