import type { ValidationAcceptor } from 'langium';
import {
    isDistrict,
    isDistrictDefaults,
    isGraduation,
    isHousehold,
    type Adaptation,
    type ConstantOverride,
    type RuleFile,
} from '../../generated/ast.js';
import { typeName } from '../../types/kaidah-types.js';
import { Diagnostics } from '../diagnostics.js';
import { expressionText } from '../expression-text.js';
import { shownType, type KaidahValidator } from '../kaidah-validator.js';

/** Data a KDH048 diagnostic carries for its quick fix: the district block to move the category into. */
export interface MoveIntoDistrictData {
    district: string;
}

/**
 * What a district declares for itself: its value of a national constant has the constant's type
 * (KDH019) and is worked out once (KDH017); it adapts only national categories declared `adaptable`
 * (KDH049); and a file that sets up one district keeps its categories inside that district (KDH048).
 */
export function districtScopeChecks(v: KaidahValidator) {
    return {
        checkConstantOverride: (override: ConstantOverride, accept: ValidationAcceptor): void => {
            const constant = override.constant.ref;
            if (!constant) return;
            const expected = v.types.typeOf(constant.values[0]?.value);
            for (const dated of override.values) {
                v.checkWorkedOutOnce(dated.value, 'constant', accept, false);
                const actual = v.types.typeOf(dated.value);
                const compatible = actual === expected || (expected === 'number' && actual === 'count');
                if (actual !== 'error' && expected !== 'error' && !compatible) {
                    v.report(accept, Diagnostics.settingType, {
                        name: constant.name, expected: typeName(expected), text: expressionText(dated.value), actual: shownType(dated.value, actual),
                    }, { node: dated.value });
                }
            }
        },

        checkAdaptation: (adaptation: Adaptation, accept: ValidationAcceptor): void => {
            const category = adaptation.category.ref;
            v.expectYesNo(adaptation.condition, { place: 'condition', name: adaptation.category.$refText }, accept);
            v.checkNoQuantities(adaptation.condition, accept);
            if (!category) return;
            const own = isDistrict(category.$container);
            if (own || !category.adaptable) {
                v.report(accept, Diagnostics.notAdaptable, { name: category.name, why: own ? 'own' : 'national' }, { node: adaptation, property: 'category' });
            }
        },

        /**
         * A district's file (one `district` block, no household schema, no `every district`) that
         * declares a category outside its block makes it every district's as soon as files are combined.
         */
        checkCategoriesStayInDistrict: (file: RuleFile, accept: ValidationAcceptor): void => {
            const districts = file.elements.filter(isDistrict);
            if (districts.length !== 1 || file.uses.length === 0) return;
            if (file.elements.some((e) => isHousehold(e) || isDistrictDefaults(e))) return;
            const district = districts[0]!;
            for (const graduation of file.elements.filter(isGraduation)) {
                const data: MoveIntoDistrictData = { district: district.name };
                v.report(accept, Diagnostics.categoryForEveryDistrict, { name: graduation.name, district: district.name }, { node: graduation, property: 'name', data });
            }
        },
    };
}
