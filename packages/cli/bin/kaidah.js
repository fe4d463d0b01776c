#!/usr/bin/env node
// The command as one bundled module (scripts/bundle.mjs, part of `npm run build`): it starts in half
// the time the compiled modules take to load. Where the bundle is missing, or older than what `tsc -b`
// compiled since (a developer's build without bundling), the compiled modules run instead.
import { statSync } from 'node:fs';

const modified = (relative) => statSync(new URL(relative, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
const bundled = modified('../bundle/main.js');
const compiled = ['engine', 'sql', 'language', 'cli'].map((p) => modified(`../../${p}/tsconfig.tsbuildinfo`)).filter(Number.isFinite);
const { main } = bundled !== Infinity && compiled.every((time) => time <= bundled)
    ? await import('../bundle/main.js')
    : await import('../dist/main.js');

process.exitCode = await main(process.argv);
