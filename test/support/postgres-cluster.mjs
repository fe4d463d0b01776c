// A PostgreSQL cluster of one's own, from Debian's `postgresql` package: a new cluster in a
// temporary folder, listening only on a Unix socket in that folder (no TCP port, nothing shared
// with another run), with a database `kaidah`; stopped and removed afterwards. Plain JavaScript
// (types in postgres-cluster.d.mts) so that both the tests (test/support/postgres-server.ts) and
// the benchmark (bench/run-caseload.mjs) start their servers the same way.
//
// PostgreSQL refuses to run as root: as root, the cluster belongs to an unprivileged user
// (`postgres` when the package made it, else `nobody`) and its programs run as that user.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import * as path from 'node:path';

/** Where Debian puts the server's programs (the newest version), or undefined. */
export function serverPrograms() {
    const root = '/usr/lib/postgresql';
    if (existsSync(root)) {
        const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin/pg_ctl'))).sort((a, b) => Number(b) - Number(a));
        if (versions.length > 0) return path.join(root, versions[0], 'bin');
    }
    const found = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
    return found.status === 0 ? path.dirname(found.stdout.trim()) : undefined;
}

/** Why a PostgreSQL server cannot be started here, or undefined when it can. */
export function postgresMissing() {
    if (serverPrograms() === undefined) return 'PostgreSQL is not installed (Debian: apt-get install postgresql); set KAIDAH_REQUIRE_POSTGRES=1 to make this a failure';
    return undefined;
}

/** The unprivileged user the cluster runs as when we run as root. */
function clusterUser() {
    if (userInfo().uid !== 0) return undefined;
    const known = spawnSync('id', ['-u', 'postgres']);
    return known.status === 0 ? 'postgres' : 'nobody';
}

function uidOf(user) {
    return { uid: Number(execFileSync('id', ['-u', user], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', user], { encoding: 'utf8' })) };
}

/**
 * Starts a cluster (database `postgres` only; the caller makes `kaidah`): gives the socket folder,
 * and `stop`, which stops the server and removes the folder. `settings`: more `-c name=value`.
 */
export function startCluster(settings = []) {
    const bin = serverPrograms();
    if (bin === undefined) throw new Error(postgresMissing());
    const folder = mkdtempSync(path.join(tmpdir(), 'kaidah-pg-'));
    const user = clusterUser();
    if (user !== undefined) {
        const { uid, gid } = uidOf(user);
        chownSync(folder, uid, gid);
    }
    chmodSync(folder, 0o700);
    const as = (program, args) => {
        const command = user === undefined ? [path.join(bin, program), ...args] : ['runuser', '-u', user, '--', path.join(bin, program), ...args];
        const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8', cwd: folder });
        if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
    };
    const data = path.join(folder, 'data');
    as('initdb', ['-D', data, '-A', 'trust', '-U', 'kaidah', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    const options = [`listen_addresses=''`, `unix_socket_directories='${folder}'`, 'fsync=off', 'synchronous_commit=off', 'full_page_writes=off', ...settings];
    as('pg_ctl', ['-D', data, '-l', path.join(folder, 'log'), '-w', '-o', options.map((o) => `-c ${o}`).join(' '), 'start']);
    const stop = () => {
        try {
            as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    };
    return { folder, url: (database) => `postgresql://kaidah@/${database}?host=${encodeURIComponent(folder)}`, stop };
}
