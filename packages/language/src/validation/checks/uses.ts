import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Use } from '../../generated/ast.js';
import { findUseCycle, resolveUsePath } from '../../references/use-paths.js';
import { Diagnostics } from '../diagnostics.js';
import type { KaidahValidator } from '../kaidah-validator.js';

/** `use "file.kaidah"`: inside the project, links followed (KDH010, naming the project), a rule file that is loaded (KDH009), not in a circle (KDH031). */
export function useChecks(v: KaidahValidator) {
    return {
        checkUsePath: (use: Use, accept: ValidationAcceptor): void => {
            if (!use.path) return;
            const document = AstUtils.getDocument(use);
            const target = resolveUsePath(document.uri, use.path);
            const where = { node: use, property: 'path' };
            const verdict = v.settings.useTarget(target, v.documents.hasDocument(target));
            if (verdict === 'outside') {
                v.report(accept, Diagnostics.useOutside, { path: use.path, ...v.settings.outsideAdvice(document.uri, target) }, where);
            } else if (verdict === 'folder' || verdict === 'notKaidah' || verdict === 'notAFile') {
                v.report(accept, Diagnostics.useNotRuleFile, { path: use.path, what: verdict }, where);
            } else if (verdict === 'missing' || !v.documents.hasDocument(target)) {
                v.report(accept, Diagnostics.useMissing, { path: use.path }, where);
            } else {
                const cycle = findUseCycle(document, target, (uri) => v.documents.getDocument(uri));
                if (cycle) v.report(accept, Diagnostics.useCycle, { cycle }, { node: use, property: 'path' });
            }
        },
    };
}
