/**
 * The household of a test, given field by field: what the officer did not write takes a neutral
 * value, so a test says only what matters to it.
 *
 * - counts, numbers, money and percentages not given are 0 (no pregnant member, no income), or
 *   the column's lower bound when its range leaves 0 out (`welfare_decile number between 1 and 10`
 *   is 1), so that the household is one the data could hold;
 * - yes/no not given is no; text not given is empty;
 * - a date not given has no value (NaN): every comparison with it fails, and explanations say
 *   "undefined", rather than pretending the household was born on 1 January 1970;
 * - the key is generated (`test-60` for a test written on line 60, `test-60-row-3` for row 3 of its
 *   table) unless given;
 * - the district is the one district of the rules when the rules have exactly one (a district file
 *   tests its own households) and none is given; otherwise empty.
 */
import type { Plan, Value, ValueType } from '../plan/plan.js';

function defaultValueOf(type: ValueType): Value {
    switch (type) {
        case 'text':
            return '';
        case 'yesno':
            return false;
        case 'date':
            return NaN;
        default:
            return 0;
    }
}

/**
 * The values of a test household in schema order (what `Evaluator.evaluate` takes). `fields` maps
 * column names to values; names that are not columns of the schema are ignored (the language has
 * already refused them).
 */
export function testHouseholdValues(plan: Plan, fields: Readonly<Record<string, Value>>, generatedKey: string): Value[] {
    const { columns, keyColumn, districtColumn } = plan.schema;
    return columns.map((column) => {
        const given = Object.prototype.hasOwnProperty.call(fields, column.name) ? fields[column.name] : undefined;
        if (given !== undefined) return given;
        if (column.name === keyColumn) return generatedKey;
        if (column.name === districtColumn && plan.districts.length === 1) return plan.districts[0]!.name;
        const neutral = defaultValueOf(column.type);
        if (typeof neutral === 'number' && column.type !== 'date' && column.min !== undefined && column.min > neutral) return column.min;
        return neutral;
    });
}
