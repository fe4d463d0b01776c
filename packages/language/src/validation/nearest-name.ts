/** The known name closest to a misspelling, if it is close enough to be a likely typo. */
export function nearestName(wanted: string, known: Iterable<string>): string | undefined {
    const target = wanted.toLowerCase();
    const limit = Math.max(1, Math.floor(target.length / 3));
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const name of known) {
        const distance = editDistance(target, name.toLowerCase());
        if (distance < bestDistance) {
            best = name;
            bestDistance = distance;
        }
    }
    return best;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
