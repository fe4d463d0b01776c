import { DefaultWorkspaceManager, URI, type FileSystemNode, type WorkspaceFolder } from 'langium';
import { isInsideFolder, type OpenedProject } from './project-root.js';

/**
 * Loads the rule files of the project an editor folder belongs to, not only of the folder: an
 * officer who opens `districts/` still gets the national file one level up that the district uses,
 * as `kaidah check` does. Files the project's `kaidah.json` leaves out are not loaded (they are
 * checked when opened).
 */
export class KaidahWorkspaceManager extends DefaultWorkspaceManager {
    /** Set where there is a file system (`node/opened-project.ts`); without it, the folder as opened. */
    projectOf?: (folder: URI) => OpenedProject;
    private readonly projects: OpenedProject[] = [];

    protected override getRootFolder(workspaceFolder: WorkspaceFolder): URI {
        const folder = URI.parse(workspaceFolder.uri);
        const project = this.projectOf?.(folder);
        if (!project) return folder;
        this.projects.push(project);
        return project.root;
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (!super.shouldIncludeEntry(entry)) return false;
        const owners = this.projects.filter((p) => isInsideFolder(p.root, entry.uri));
        return owners.length === 0 || owners.some((p) => p.includes(entry.uri, entry.isDirectory));
    }
}
