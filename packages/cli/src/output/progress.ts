import { formatNumber, type Lang } from '@kaidah/engine';
import cliProgress from 'cli-progress';

/** Progress of reading a caseload: `done` of `total` (bytes, or rows; total 0 when unknown) and the rows read. */
export interface Progress {
    update(done: number, total: number, rows: number): void;
    stop(): void;
}

const quiet: Progress = { update() {}, stop() {} };

/** A bar appears only once a run has taken this long: short runs print nothing extra. */
const SHOW_AFTER_MS = 1000;

const words = {
    en: { reading: 'Reading households', explaining: 'Explaining candidates', rows: 'rows', perSecond: 'rows/s', left: 'time left' },
    id: { reading: 'Membaca data KPM', explaining: 'Menjelaskan kandidat', rows: 'baris', perSecond: 'baris/detik', left: 'sisa waktu' },
} as const;

/** What the bar counts: the households being read, or the candidates read again to explain them. */
export type ProgressPhase = 'reading' | 'explaining';

/**
 * A progress bar on `stream` (stderr) with rows per second and the time left — only when the stream
 * is a terminal. In a pipe, a log file or a test it prints nothing at all.
 */
export function startProgress(
    lang: Lang,
    stream: NodeJS.WriteStream = process.stderr,
    now: () => number = Date.now,
    phase: ProgressPhase = 'reading',
): Progress {
    if (!stream.isTTY) return quiet;
    const w = words[lang];
    const title = w[phase];
    const started = now();
    let bar: cliProgress.SingleBar | undefined;
    let knownTotal = false;
    return {
        update(done, total, rows) {
            const elapsed = now() - started;
            if (bar === undefined) {
                if (elapsed < SHOW_AFTER_MS) return;
                knownTotal = total > 0;
                bar = new cliProgress.SingleBar({
                    stream,
                    format: knownTotal
                        ? `${title} {bar} {percentage}% | {rowsRead} ${w.rows} | {speed} ${w.perSecond} | ${w.left} {eta_formatted}`
                        : `${title} | {rowsRead} ${w.rows} | {speed} ${w.perSecond}`,
                    hideCursor: false,
                    gracefulExit: false,
                    clearOnComplete: true,
                    etaBuffer: 50,
                    fps: 5,
                });
                bar.start(knownTotal ? total : 1, 0, { rowsRead: '0', speed: '0' });
            }
            const speed = elapsed > 0 ? Math.round((rows * 1000) / elapsed) : 0;
            bar.update(knownTotal ? done : 0, { rowsRead: formatNumber(rows), speed: formatNumber(speed) });
        },
        stop() {
            bar?.stop();
            bar = undefined;
        },
    };
}
