import type { Lang } from '@kaidah/engine';
import type { DiagnosticCase, Expected, RightCase, WrongCase } from './case.js';
import { open, stripMarkers, withoutMarkers } from './markers.js';

/**
 * `docs/diagnostics.md`, rendered from the case files, so that every example in the documentation
 * is a rule file the tests build: the wrong one produces the code, the right one nothing.
 */
export function renderDiagnosticsDoc(cases: DiagnosticCase[]): string {
    return [intro(cases), ...cases.map(section)].join('\n\n') + '\n';
}

const casesFolder = 'packages/language/test/diagnostic-cases';

function intro(cases: DiagnosticCase[]): string {
    const index = [
        '| Code | English | Bahasa Indonesia |',
        '|---|---|---|',
        ...cases.map((c) => `| [${c.code}](#${c.code.toLowerCase()}) | ${c.title.en} | ${c.title.id} |`),
    ].join('\n');
    return `<!--
  Generated from ${casesFolder}/ by packages/language/test/diagnostic-codes.test.ts.
  Do not edit here: change the case file of the code, then run
  npx vitest run packages/language/test/diagnostic-codes.test.ts -u
-->

# Kaidah diagnostics · Diagnostik Kaidah

When Kaidah checks rule files (with \`kaidah check\`, before \`kaidah run\`, or as you type in VS Code),
every problem it finds carries a **code** such as \`KDH003\`. Codes are stable: a code keeps its meaning
from one version to the next, so notes, training material and questions to the help desk can refer to
it. Each code below has a short explanation, a wrong example and the corrected example; every example
is a test case in \`${casesFolder}/\`, so what this page shows is what Kaidah does.

- **error** (*kesalahan*): the rules cannot be used as written. \`kaidah run\` stops before reading any
  household, and \`kaidah check\` ends with exit status 1.
- **warning** (*peringatan*): the rules can run, but something is probably not what was meant.
  \`kaidah run\` goes on; \`kaidah check\` still ends with exit status 0.

Messages are written in English or in Bahasa Indonesia. On the command line, add \`--lang id\`
(\`npx kaidah --lang id check pkh-2024.kaidah\`) or set the language of the environment, for example
\`LANG=id_ID.UTF-8\`; without either, messages are in English. In VS Code, messages follow the display
language (command *Configure Display Language*, then *Indonesian*).

Saat memeriksa file aturan (dengan \`kaidah check\`, sebelum \`kaidah run\`, atau saat mengetik di VS
Code), setiap masalah yang ditemukan Kaidah diberi **kode** seperti \`KDH003\`. Kode bersifat tetap:
artinya tidak berubah dari versi ke versi, sehingga catatan, bahan pelatihan dan pertanyaan ke
*help desk* dapat merujuk kode tersebut. Setiap kode di bawah ini dilengkapi penjelasan singkat, contoh
yang salah dan contoh yang sudah dibetulkan.

- **kesalahan** (*error*): aturan tidak dapat dipakai seperti tertulis. \`kaidah run\` berhenti sebelum
  membaca data KPM, dan \`kaidah check\` selesai dengan status 1.
- **peringatan** (*warning*): aturan dapat dijalankan, tetapi kemungkinan ada yang tidak sesuai maksud.
  \`kaidah run\` tetap berjalan; \`kaidah check\` selesai dengan status 0.

Pesan tersedia dalam bahasa Inggris dan Bahasa Indonesia. Di baris perintah, tambahkan \`--lang id\`
(\`npx kaidah --lang id check pkh-2024.kaidah\`) atau atur bahasa lingkungan, misalnya
\`LANG=id_ID.UTF-8\`. Di VS Code, pesan mengikuti bahasa tampilan (perintah *Configure Display
Language*, lalu *Indonesian*).

${index}`;
}

function section(c: DiagnosticCase): string {
    const shown = <T extends { doc?: boolean }>(all: T[]) => (all.some((x) => x.doc) ? all.filter((x) => x.doc) : all.slice(0, 1));
    return [
        `## ${c.code}`,
        `**${c.title.en}** · *${c.title.id}*`,
        c.meaning.en,
        c.meaning.id,
        ...shown(c.wrong).map((w) => wrongExample(c, w)),
        ...shown(c.right).map((r) => rightExample(c, r)),
    ].join('\n\n');
}

/** The files that hold a marked diagnostic, in full; the files they use are named, not shown. */
function wrongExample(c: DiagnosticCase, w: WrongCase): string {
    const marked = Object.entries(w.files).filter(([, text]) => text.includes(open));
    const unmarked = Object.keys(w.files).filter((name) => !w.files[name].includes(open));
    const names = unmarked.map((n) => `\`${n}\``).join(', ');
    const also = unmarked.length > 0 ? ` With ${names} as in the right example (*dengan ${names} seperti pada contoh benar*).` : '';
    return [
        `Wrong · *salah* (${source(c, w.title)})${runOn(w)}.${also}${folderHolds(w)}`,
        fileBlocks(marked.map(([name, text]) => [name, withoutMarkers(text)]), Object.keys(w.files).length > 1),
        'Kaidah says · *pesan Kaidah*:',
        messages(w),
    ].join('\n\n');
}

function rightExample(c: DiagnosticCase, r: RightCase): string {
    const files = Object.entries(r.files);
    const holds = folderHolds(r);
    return [`Right · *benar* (${source(c, r.title)})${runOn(r)}${holds ? `.${holds}` : ':'}`, fileBlocks(files, files.length > 1)].join('\n\n');
}

function folderHolds(example: WrongCase | RightCase): string {
    const names = (example.dataFiles ?? []).map((n) => `\`${n}\``).join(', ');
    return names ? ` The folder also holds ${names} (*folder itu juga berisi ${names}*).` : '';
}

function runOn(example: WrongCase | RightCase): string {
    const on = example.compile?.on;
    return on ? `, run with \`--on ${on}\` (*dijalankan dengan \`--on ${on}\`*)` : '';
}

function source(c: DiagnosticCase, title: string): string {
    return `\`${c.code}.ts\`: “${title}”`;
}

function fileBlocks(files: [string, string][], named: boolean): string {
    return files
        .map(([name, text]) => {
            const block = '```kaidah\n' + text.replace(/\s+$/, '') + '\n```';
            return named ? `\`${name}\`\n\n${block}` : block;
        })
        .join('\n\n');
}

const severityWord: Record<Lang, Record<Expected['severity'], string>> = {
    en: { error: 'error', warning: 'warning', info: 'info' },
    id: { error: 'kesalahan', warning: 'peringatan', info: 'info' },
};

/** As `kaidah check` prints them, in both languages: the wording Kaidah uses today. */
function messages(w: WrongCase): string {
    const { marked } = stripMarkers(w.files);
    const lines = (['en', 'id'] as const).flatMap((lang) =>
        w.expect.map((e, i) => {
            const at = marked[i] ? `${marked[i].file}:${marked[i].range.start.line + 1}:${marked[i].range.start.character + 1}` : '?';
            return `${at}: ${severityWord[lang][e.severity]} ${e.code}: ${e.now?.[lang] ?? e[lang]}`;
        }));
    return '```text\n' + lines.join('\n') + '\n```';
}
