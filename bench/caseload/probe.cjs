// Preloaded into each program the caseload benchmark times (`node --require probe.cjs …`): at exit
// it writes the process's peak resident memory and CPU time to $KAIDAH_BENCH_PROBE, as JSON.
const { writeFileSync } = require('node:fs');
const file = process.env.KAIDAH_BENCH_PROBE;
if (file) {
    process.on('exit', () => {
        const usage = process.resourceUsage();
        writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 }));
    });
}
