import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@kaidah/engine';
import { allLoadedDocuments, createKaidahServices, fileLanguage, isInside, keywordsIn, loadRuleFiles, PROJECT_FILE, projectRuleFiles, type RuleLanguage } from '@kaidah/language';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { districtFileText } from '../init/district-file.js';
import { districtFileName, readDistrictName } from '../init/district-name.js';
import { initMessages } from '../init/messages.js';
import { districtFigures, findNationalFile, whereDeclared } from '../init/national-file.js';
import { cliMessages } from '../messages.js';
import { formattedText, readsCleanly } from '../rules/format-rules.js';
import { currentProject, shown } from '../rules/project.js';
import { usage } from './shared/usage.js';

export interface InitOptions {
    /** The national file to use (default: the project's file with `every district { ... }`). */
    national?: string;
    /** The language of the new file's keywords, `id` or `en` (default: the officer's language, `lang`). */
    keywords?: string;
    lang: Lang;
}

/**
 * `kaidah init "Kabupaten Jember" [FILE]`: starts a district's rule file — by default
 * `districts/jember.kaidah` in the project — that uses the national file and lists the figures
 * every district sets, at 0, with a test of the targets they give. Never overwrites a file. Exit 0
 * when written, 1 when the national file cannot be read, 2 on wrong use. The file is written in the
 * officer's language (`--lang`, else LANG) unless `--keywords id|en` says otherwise: an officer who
 * reads Bahasa Indonesia starts with `pakai`, `kabupaten`, `uji` (docs/projects.md).
 */
export async function initCommand(districtGiven: string, fileGiven: string | undefined, options: InitOptions): Promise<number> {
    const { lang } = options;
    const text = initMessages(lang);
    if (options.keywords !== undefined && options.keywords !== 'id' && options.keywords !== 'en') return usage(text.badKeywords(options.keywords));
    const keywords: RuleLanguage = (options.keywords as RuleLanguage | undefined) ?? lang;
    const k = keywordsIn(keywords);
    const district = readDistrictName(districtGiven);
    if ('problem' in district) {
        return usage(district.problem === 'bare' ? text.bareName(districtGiven.trim())
            : district.problem === 'characters' ? text.badCharacters(districtGiven) : text.emptyName);
    }
    const project = currentProject(lang);
    if (typeof project === 'string') return usage(project);
    const file = path.resolve(fileGiven ?? path.join(project.root, 'districts', districtFileName(district)));
    if (!file.endsWith('.kaidah')) return usage(text.notKaidah(shown(file)));
    if (!isInside(project.root, file)) return usage(text.outsideProject(shown(file), shown(project.root)));
    if (existsSync(file)) return usage(text.exists(shown(file)));

    const { Kaidah } = createKaidahServices(NodeFileSystem);
    Kaidah.settings.lang = lang;
    if (options.national !== undefined && !existsSync(options.national)) return usage(cliMessages(lang).fileNotFound(options.national));
    await loadRuleFiles(Kaidah, options.national !== undefined ? [options.national] : projectRuleFiles(project));
    const documents = allLoadedDocuments(Kaidah);
    const national = findNationalFile(options.national !== undefined
        ? documents.filter((d) => d.uri.fsPath === path.resolve(options.national!))
        : documents);
    if (national === undefined) {
        console.error(options.national !== undefined ? text.notNational(options.national, k) : text.noNational(shown(project.root), k));
        return 1;
    }
    const nationalDocument = documents.find((d) => d.uri.fsPath === national.file)!;
    const { lexerErrors, parserErrors } = nationalDocument.parseResult;
    if (lexerErrors.length + parserErrors.length > 0) {
        console.error(text.nationalHasErrors(shown(national.file)));
        return 1;
    }
    const declared = whereDeclared(district.name, documents);
    if (declared) return usage(text.alreadyDeclared(district.name, `${shown(declared.file)}:${declared.line}`));

    const { quantities, targets } = districtFigures(national.defaults);
    const usePath = path.relative(path.dirname(file), national.file).split(path.sep).join('/');
    const template = { district: district.name, usePath, nationalName: path.basename(national.file), quantities, targets };
    // A name of the national file that is an Indonesian keyword (a quantity called `nilai`) cannot be a name in an Indonesian file.
    const clash = keywords === 'id' ? [...quantities.map((q) => q.name), ...targets.map((t) => t.category)].find((name) => fileLanguage(name) === 'id') : undefined;
    const draft = districtFileText(template, lang, clash === undefined ? keywords : 'en');
    // written in the one canonical layout, so that `kaidah fmt --check` passes from the start
    const document = Kaidah.shared.workspace.LangiumDocuments.createDocument(URI.file(file), draft);
    const formatted = await formattedText(Kaidah, document);
    const content = readsCleanly(Kaidah, formatted) ? formatted : draft;

    // outside any project, `use "../pkh-2024.kaidah"` from districts/ needs this folder marked as one
    const marker = path.join(project.root, PROJECT_FILE);
    const markProject = !project.marked && path.dirname(file) !== path.dirname(national.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content, { flag: 'wx' });
    if (markProject && !existsSync(marker)) {
        writeFileSync(marker, '{}\n', { flag: 'wx' });
        console.log(text.markedProject);
    }
    console.log(text.written(shown(file)));
    if (clash !== undefined) console.log(text.englishKeywords(clash));
    console.log(quantities.length > 0 ? text.fillIn(quantities.map((q) => q.label ? `${q.name} (${q.label})` : q.name).join(', ')) : text.nothingToFill);
    console.log(text.next(shown(file)));
    return 0;
}
