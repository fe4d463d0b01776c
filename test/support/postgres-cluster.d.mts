/** Types of postgres-cluster.mjs (plain JavaScript, shared with the benchmark). */
export function serverPrograms(): string | undefined;
export function postgresMissing(): string | undefined;
export interface Cluster {
    /** The socket folder. */
    folder: string;
    /** `postgresql://kaidah@/<database>?host=<socket folder>`: no password, the socket alone. */
    url(database: string): string;
    stop(): void;
}
export function startCluster(settings?: string[]): Cluster;
