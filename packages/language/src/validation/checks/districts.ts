import { normaliseDistrictName } from '@kaidah/engine';
import { AstUtils, type ValidationAcceptor } from 'langium';
import {
    isDistrict,
    isDistrictDefaults,
    isNameRef,
    isQuantity,
    isRuleFile,
    isTarget,
    type Caseload,
    type District,
    type DistrictDefaults,
    type Expression,
    type Quantity,
    type QuantitySetting,
    type Reward,
    type RuleFile,
    type Target,
} from '../../generated/ast.js';
import { districtCodeDigits } from '../../compile/district-code.js';
import { missingQuantities } from '../../compile/district-targets.js';
import { documentsInUseOrder } from '../../references/use-paths.js';
import { columnTypeToValueType, typeName } from '../../types/kaidah-types.js';
import { Diagnostics } from '../diagnostics.js';
import { expressionText } from '../expression-text.js';
import { shownType, type KaidahValidator } from '../kaidah-validator.js';
import { locationOf, ruleFilesInScope } from '../rule-file-closure.js';

/**
 * Districts and what they set: each district once (KDH011), a four-digit code given once (KDH046), every quantity its targets need
 * (KDH012), targets that count households (KDH013) once per block (KDH023), quantities of their
 * type (KDH019) from quantities declared before them (KDH044), rewards in money (KDH038), `households` only in a target (KDH037).
 */
export function districtChecks(v: KaidahValidator) {
    const checkTargetsUnique = (targets: Target[], accept: ValidationAcceptor): void => {
        const seen = new Set<string>();
        for (const target of targets) {
            const name = target.category?.$refText ?? '';
            if (seen.has(name)) v.report(accept, Diagnostics.targetTwice, { category: name }, { node: target, property: 'category' });
            seen.add(name);
        }
    };

    const checkSettingValue = (quantity: Quantity, value: Expression, accept: ValidationAcceptor): void => {
        const expected = columnTypeToValueType(quantity.type);
        const actual = v.types.typeOf(value);
        // A whole number may stand where a number is wanted, never a fraction where a count is.
        const compatible = actual === expected || (expected === 'number' && actual === 'count');
        if (actual !== 'error' && !compatible) {
            v.report(accept, Diagnostics.settingType, { name: quantity.name, expected: typeName(expected), text: expressionText(value), actual: shownType(value, actual) }, { node: value });
        }
        v.checkWorkedOutOnce(value, 'districtQuantity', accept, true);
    };

    /**
     * Quantities are worked out in the order declared (files used first), each from those before it:
     * one that names itself or a later one has no value to use (KDH044).
     */
    const checkUsesEarlierQuantities = (quantity: Quantity, value: Expression, accept: ValidationAcceptor): void => {
        const document = AstUtils.getDocument(value);
        const order = documentsInUseOrder(document, (uri) => v.documents.getDocument(uri))
            .map((d) => d.parseResult.value).filter(isRuleFile)
            .flatMap((file) => file.elements.filter(isDistrictDefaults).flatMap((d) => d.quantities));
        const position = order.indexOf(quantity);
        for (const ref of AstUtils.streamAst(value).filter(isNameRef)) {
            const used = ref.ref.ref;
            if (isQuantity(used) && order.indexOf(used) >= position) {
                v.report(accept, Diagnostics.quantityNotYetKnown, { name: quantity.name, uses: used.name }, { node: ref });
            }
        }
    };

    /** Each code names one district (KDH046): rows carrying it must know which district they belong to. */
    const checkCodesAreUnique = (used: District[], own: District[], accept: ValidationAcceptor): void => {
        const seen = new Map<string, District>();
        for (const district of [...used, ...own]) {
            const code = district.code !== undefined ? districtCodeDigits(district.code) : undefined;
            if (!code) continue;
            const earlier = seen.get(code);
            if (!earlier) seen.set(code, district);
            else if (own.includes(district)) {
                v.report(accept, Diagnostics.districtCodeTwice, { code, name: earlier.name, where: locationOf(earlier, district) }, { node: district, property: 'code' });
            }
        }
    };

    return {
        /** District names match the data's `district` column as the engine matches them: case and spacing aside. */
        checkDistrictsAreUnique: (file: RuleFile, accept: ValidationAcceptor): void => {
            const [own, ...used] = ruleFilesInScope(file, v.documents);
            const seen = new Map<string, District>();
            const key = (name: string | undefined) => normaliseDistrictName(name ?? '');
            for (const district of used.flatMap((f) => f.elements).filter(isDistrict)) {
                if (!seen.has(key(district.name))) seen.set(key(district.name), district);
            }
            checkCodesAreUnique(used.flatMap((f) => f.elements).filter(isDistrict), own.elements.filter(isDistrict), accept);
            for (const district of own.elements.filter(isDistrict)) {
                if (!district.name) continue;
                const earlier = seen.get(key(district.name));
                if (earlier && earlier !== district) {
                    v.report(accept, Diagnostics.districtTwice, { name: district.name, where: locationOf(earlier, district) }, { node: district, property: 'name' });
                } else {
                    seen.set(key(district.name), district);
                }
            }
        },

        checkDistrictDefaults: (defaults: DistrictDefaults, accept: ValidationAcceptor): void => {
            checkTargetsUnique(defaults.targets, accept);
        },

        checkDistrict: (district: District, accept: ValidationAcceptor): void => {
            if (district.code !== undefined && !districtCodeDigits(district.code)) {
                v.report(accept, Diagnostics.districtCode, { text: district.code }, { node: district, property: 'code' });
            }
            checkTargetsUnique(district.targets, accept);
            for (const { quantity, target } of missingQuantities(district, v.documents)) {
                v.report(accept, Diagnostics.districtMissingQuantity, {
                    district: district.name,
                    quantity: quantity.name,
                    category: target.category?.$refText ?? '',
                    formula: expressionText(target.formula),
                }, { node: district, property: 'name', data: { quantity: quantity.name } });
            }
        },

        checkQuantity: (quantity: Quantity, accept: ValidationAcceptor): void => {
            if (!quantity.default) return;
            checkSettingValue(quantity, quantity.default, accept);
            checkUsesEarlierQuantities(quantity, quantity.default, accept);
        },

        checkQuantitySetting: (setting: QuantitySetting, accept: ValidationAcceptor): void => {
            const quantity = setting.quantity.ref;
            if (!quantity || !setting.value) return;
            checkSettingValue(quantity, setting.value, accept);
            checkUsesEarlierQuantities(quantity, setting.value, accept);
        },

        checkTarget: (target: Target, accept: ValidationAcceptor): void => {
            const type = v.types.typeOf(target.formula);
            if (type !== 'error' && type !== 'count') {
                v.report(accept, Diagnostics.targetNotCount, { text: expressionText(target.formula), type: typeName(type) }, {
                    node: target, property: 'formula', data: type === 'number' ? { fix: 'round-down' } : undefined,
                });
            }
            v.checkWorkedOutOnce(target.formula, 'target', accept, true);
        },

        checkReward: (reward: Reward, accept: ValidationAcceptor): void => {
            const type = v.types.typeOf(reward.amount);
            if (type !== 'error' && type !== 'money') {
                v.report(accept, Diagnostics.rewardNotMoney, { text: expressionText(reward.amount), type: shownType(reward.amount, type) }, { node: reward, property: 'amount' });
            }
            v.checkWorkedOutOnce(reward.amount, 'reward', accept, true);
        },

        checkCaseload: (caseload: Caseload, accept: ValidationAcceptor): void => {
            if (!AstUtils.getContainerOfType(caseload, isTarget)) v.report(accept, Diagnostics.caseloadOutsideTarget, {}, { node: caseload });
        },
    };
}
