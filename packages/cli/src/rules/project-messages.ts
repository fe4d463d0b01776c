import type { Lang } from '@kaidah/engine';

/** What the CLI says about the project and its `kaidah.json`, in one table per language. */
const en = {
    notJson: (file: string, detail: string) => `${file} cannot be read as JSON (${detail}). It holds the project's settings; see docs/projects.md.`,
    notObject: (file: string) => `${file} must hold one JSON object, e.g. {"rules": ["districts"]}; see docs/projects.md.`,
    unknownField: (file: string, field: string, known: string) => `${file}: unknown field "${field}"; a project file knows ${known}.`,
    badList: (file: string, field: string) => `${file}: "${field}" must be a list of paths, e.g. ["districts"].`,
    badPath: (file: string, field: string) => `${file}: "${field}" must be a path, e.g. "field-reports.kaidah".`,
    outside: (file: string, field: string, value: string) => `${file}: "${field}" names ${value}, which lies outside the project; paths are relative to the folder of ${file}.`,
    noRuleFiles: (root: string) => `No rule files (.kaidah) in the project ${root}. Name files or folders, or start a district with \`kaidah init "Kabupaten …"\`.`,
    noRuleFilesIn: (folder: string) => `\`${folder}\` holds no rule files (.kaidah).`,
    notRuleFileOrFolder: (file: string) => `\`${file}\` is neither a rule file (.kaidah) nor a folder.`,
    noEntry: (command: string) =>
        `Name the rule file to ${command}, e.g. \`kaidah ${command} field-reports.kaidah\`, or name it once as "entry" in the project's kaidah.json.`,
    noData: (command: string) => `Name the household data with --data FILE, or once as "data" in the project's kaidah.json (\`kaidah ${command}\`).`,
};

const id: typeof en = {
    notJson: (file, detail) => `${file} tidak dapat dibaca sebagai JSON (${detail}). File ini berisi pengaturan proyek; lihat docs/projects.md.`,
    notObject: (file) => `${file} harus berisi satu objek JSON, mis. {"rules": ["districts"]}; lihat docs/projects.md.`,
    unknownField: (file, field, known) => `${file}: kolom "${field}" tidak dikenal; file proyek mengenal ${known}.`,
    badList: (file, field) => `${file}: "${field}" harus berupa daftar path, mis. ["districts"].`,
    badPath: (file, field) => `${file}: "${field}" harus berupa path, mis. "field-reports.kaidah".`,
    outside: (file, field, value) => `${file}: "${field}" menyebut ${value}, yang berada di luar proyek; path dihitung dari folder ${file}.`,
    noRuleFiles: (root) => `Tidak ada file aturan (.kaidah) di proyek ${root}. Sebut file atau folder, atau mulai file kabupaten dengan \`kaidah init "Kabupaten …"\`.`,
    noRuleFilesIn: (folder) => `\`${folder}\` tidak berisi file aturan (.kaidah).`,
    notRuleFileOrFolder: (file) => `\`${file}\` bukan file aturan (.kaidah) dan bukan folder.`,
    noEntry: (command) =>
        `Sebut file aturan yang akan di-${command}, mis. \`kaidah ${command} field-reports.kaidah\`, atau sebut sekali sebagai "entry" di kaidah.json proyek.`,
    noData: (command) => `Sebut data keluarga dengan --data FILE, atau sekali sebagai "data" di kaidah.json proyek (\`kaidah ${command}\`).`,
};

export function projectMessages(lang: Lang): typeof en {
    return lang === 'id' ? id : en;
}
