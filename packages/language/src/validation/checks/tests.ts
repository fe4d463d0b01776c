import { normaliseDistrictName } from '@kaidah/engine';
import { AstUtils, type ValidationAcceptor } from 'langium';
import { isDistrict, isNamedSubject, type ExpectTarget, type ExpectValue, type TestCase, type TestField } from '../../generated/ast.js';
import { resolveUsePath } from '../../references/use-paths.js';
import { columnTypeToValueType, isComparable, typeName } from '../../types/kaidah-types.js';
import { Diagnostics } from '../diagnostics.js';
import { expressionText } from '../expression-text.js';
import { shownType, type KaidahValidator } from '../kaidah-validator.js';
import { nearestName } from '../nearest-name.js';
import { ruleFilesInScope } from '../rule-file-closure.js';

/** Tests in rule files: a table of cases that exists (KDH041), fields and expectations of the right type (KDH039, KDH006), known districts (KDH040). */
export function testChecks(v: KaidahValidator) {
    return {
        checkTestCase: (test: TestCase, accept: ValidationAcceptor): void => {
            if (!test.table) return;
            const target = resolveUsePath(AstUtils.getDocument(test).uri, test.table);
            const outside = !v.settings.isInsideRoots(target);
            const exists = v.settings.fileExists ? v.settings.fileExists(target) : true;
            if (outside || !exists) {
                v.report(accept, Diagnostics.testTableMissing, { path: test.table, outside }, { node: test, property: 'table' });
            }
        },

        checkTestField: (field: TestField, accept: ValidationAcceptor): void => {
            const column = field.column?.ref;
            if (!column || !field.value) return;
            const expected = columnTypeToValueType(column.type);
            const actual = v.types.typeOf(field.value);
            if (actual !== 'error' && actual !== expected && !(expected === 'number' && actual === 'count')) {
                v.report(accept, Diagnostics.testFieldType, {
                    name: column.name, expected: typeName(expected), text: expressionText(field.value), actual: shownType(field.value, actual),
                }, { node: field, property: 'value' });
            }
            v.checkWorkedOutOnce(field.value, 'testHousehold', accept, false);
        },

        checkExpectValue: (expectation: ExpectValue, accept: ValidationAcceptor): void => {
            const subject = isNamedSubject(expectation.subject) ? v.types.typeOfReferable(expectation.subject.ref?.ref) : 'money';
            const value = v.types.typeOf(expectation.value);
            if (subject === 'error' || value === 'error') return;
            if (!isComparable(expectation.operator, subject, value)) {
                v.report(accept, Diagnostics.incomparable, {
                    text: expressionText(expectation), left: typeName(subject), right: shownType(expectation.value, value), operator: expectation.operator,
                }, { node: expectation });
            }
            v.checkWorkedOutOnce(expectation.value, 'expectedValue', accept, false);
        },

        checkExpectTarget: (expectation: ExpectTarget, accept: ValidationAcceptor): void => {
            if (expectation.district === undefined) return;
            const districts = ruleFilesInScope(expectation, v.documents)
                .flatMap((f) => f.elements)
                .filter(isDistrict)
                .filter((d) => typeof d.name === 'string');
            const wanted = normaliseDistrictName(expectation.district);
            if (!districts.some((d) => normaliseDistrictName(d.name) === wanted)) {
                const suggestion = nearestName(expectation.district, districts.map((d) => d.name));
                v.report(accept, Diagnostics.testUnknownDistrict, { name: expectation.district, ...(suggestion ? { suggestion } : {}) }, { node: expectation, property: 'district' });
            }
        },
    };
}
