/**
 * `--table` and `--into`: a table name as the officer writes it, `households` or
 * `dinsos.households`, each part taken exactly as written (a quoted identifier: case kept, never
 * folded) or written in double quotes to hold a dot (`"data 2025"."kpm.v2"`). Nothing of it is
 * pasted into SQL unquoted.
 */
export interface TableName {
    /** The schema, when the name was qualified. */
    schema?: string;
    name: string;
}

/** The parts of a table name, or undefined when it is not one (empty parts, an unclosed quote, three parts). */
export function parseTableName(text: string): TableName | undefined {
    const parts: string[] = [];
    let part = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i]!;
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') { part += '"'; i++; }
            else if (c === '"') quoted = false;
            else part += c;
        } else if (c === '"' && part === '') quoted = true;
        else if (c === '.') { parts.push(part); part = ''; }
        else part += c;
    }
    if (quoted) return undefined;
    parts.push(part);
    if (parts.length > 2 || parts.some((p) => p.trim() === '' || p.includes('\u0000'))) return undefined;
    return parts.length === 2 ? { schema: parts[0]!, name: parts[1]! } : { name: parts[0]! };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The name as SQL: each part a quoted identifier. */
export function tableSql(table: TableName): string {
    return table.schema === undefined ? quote(table.name) : `${quote(table.schema)}.${quote(table.name)}`;
}

/** A name beside `table`, in its schema (`name` itself unqualified, quoted). */
export function besideSql(table: TableName, name: string): string {
    return tableSql({ ...(table.schema === undefined ? {} : { schema: table.schema }), name });
}

export { quote as identifierSql };
