/** A database's password out of any text shown to an officer: the URL's, PGPASSWORD's, any `user:password@`. */
export function redactPassword(text: string, secrets: string[]): string {
    let out = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]*@/gi, '$1***@');
    for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join('***');
    return out;
}

/** The URL as it may be shown: the password replaced by `***`. */
export function shownDatabase(url: string): string {
    return redactPassword(url, []);
}
