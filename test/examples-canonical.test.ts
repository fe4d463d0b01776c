import { describe, expect, it } from 'vitest';
import { kaidah, repoRoot } from './support/run-cli.js';

const repositoryRoot = repoRoot;

describe('the shipped examples', () => {
    it('are in canonical layout, so an officer\'s first pull request reformats nothing it did not touch', () => {
        const check = kaidah(['fmt', '--check', 'examples'], { cwd: repositoryRoot });
        expect(check.stdout).not.toContain('not formatted');
        expect(check.status).toBe(0);
    });
});
