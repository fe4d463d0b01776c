import { AstUtils, type ValidationAcceptor } from 'langium';
import { isHousehold, type Column, type Expression, type Household, type RuleFile } from '../../generated/ast.js';
import { columnTypeToValueType } from '../../types/kaidah-types.js';
import { constantValue } from '../condition-analysis.js';
import { Diagnostics } from '../diagnostics.js';
import type { KaidahValidator } from '../kaidah-validator.js';
import { locationOf, ruleFilesInScope } from '../rule-file-closure.js';

const startOfFile = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The household schema: one in scope, in a file that is not empty (KDH008), one text key, a `district` column when districts exist (KDH020), column ranges (KDH036), `as fraction`/`as number` only on a percent column (KDH047). */
export function schemaChecks(v: KaidahValidator) {
    return {
        checkSchemaInScope: (file: RuleFile, accept: ValidationAcceptor): void => {
            const { lexerErrors, parserErrors } = AstUtils.getDocument(file).parseResult;
            const unread = lexerErrors.length > 0 || parserErrors.length > 0;
            if (!file.program && file.uses.length === 0 && file.elements.length === 0 && !unread) {
                // An empty (or comment-only) file would run with no key column at all; one the
                // parser could not read has its syntax errors said instead.
                v.report(accept, Diagnostics.emptyRules, {}, { node: file, range: startOfFile });
                return;
            }
            const files = ruleFilesInScope(file, v.documents);
            const schemas = files.flatMap((f) => f.elements.filter(isHousehold));
            const ownSchemas = file.elements.filter(isHousehold);
            for (const schema of ownSchemas) {
                const other = schemas.find((s) => s !== schema);
                if (other && (AstUtils.getDocument(other) !== AstUtils.getDocument(schema) || ownSchemas.indexOf(schema) > 0)) {
                    v.report(accept, Diagnostics.schemaTwice, { where: locationOf(other, schema) }, { node: schema, keyword: 'household' });
                }
            }
            const needsSchema = file.elements.find((e) => e.$type === 'Graduation' || e.$type === 'Value' || e.$type === 'Benefit' || e.$type === 'District');
            if (needsSchema && schemas.length === 0) {
                v.report(accept, Diagnostics.schemaMissing, {}, { node: needsSchema });
            }
            const declaresDistricts = files.some((f) => f.elements.some((e) => e.$type === 'District'));
            const hasDistrictColumn = schemas.some((s) => s.columns.some((c) => c.name === 'district'));
            const ownDistrict = file.elements.find((e) => e.$type === 'District');
            const reportOn = ownSchemas[0] ?? ownDistrict;
            if (declaresDistricts && schemas.length > 0 && !hasDistrictColumn && reportOn) {
                v.report(accept, Diagnostics.noDistrictColumn, {}, { node: reportOn, keyword: reportOn === ownSchemas[0] ? 'household' : 'district' });
            }
        },

        checkKeyColumn: (household: Household, accept: ValidationAcceptor): void => {
            const keys = household.columns.filter((c) => c.key);
            if (keys.length !== 1) {
                v.report(accept, Diagnostics.keyColumn, { found: keys.length }, keys[1] ? { node: keys[1], property: 'key' } : { node: household, keyword: 'household' });
            }
            for (const key of keys) {
                if (key.type !== 'text') {
                    v.report(accept, Diagnostics.keyNotText, { name: key.name, type: key.type }, { node: key, property: 'type' });
                }
            }
        },

        checkPercentWritten: (column: Column, accept: ValidationAcceptor): void => {
            if (column.percentWritten !== undefined && column.type !== 'percent') {
                v.report(accept, Diagnostics.percentWrittenNotPercent, { name: column.name, type: column.type, written: column.percentWritten }, { node: column, property: 'percentWritten' });
            }
        },

        checkColumnRange: (column: Column, accept: ValidationAcceptor): void => {
            if (!column.min || !column.max) return;
            const min = constantValue(column.min);
            const max = constantValue(column.max);
            const expected = columnTypeToValueType(column.type);
            const fits = (e: Expression) => {
                const type = v.types.typeOf(e);
                return type === expected || (type === 'count' && expected === 'number');
            };
            if (min === undefined || max === undefined || min > max || !fits(column.min) || !fits(column.max)) {
                v.report(accept, Diagnostics.columnRange, { name: column.name, type: column.type }, { node: column, property: 'min' });
            }
        },
    };
}
