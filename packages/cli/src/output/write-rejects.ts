import type { Reject } from '../caseload/evaluate-caseload.js';
import { csvHeader, csvLine } from './csv-cells.js';
import { plainCsv, type CsvStyle } from './csv-style.js';
import { AtomicFile } from './write-atomically.js';

const HEADER = ['file', 'row', 'column', 'value', 'reason'];

/**
 * The rejects file written as rejects come (a file that is mostly garbage has millions), created
 * at the first reject; `commit` puts it in place. The value is written as it was read: in Excel
 * style a `0,85` or a NIK stays the text it was, not a number.
 */
export class RejectsFile {
    private file: AtomicFile | undefined;
    rows = 0;

    constructor(
        readonly filePath: string,
        private readonly mask: (text: string) => string,
        private readonly style: CsvStyle = plainCsv,
    ) {}

    add(reject: Reject): void {
        if (this.file === undefined) {
            this.file = new AtomicFile(this.filePath);
            this.file.write(csvHeader(HEADER, this.style));
        }
        this.rows++;
        this.file.write(csvLine([reject.file, reject.row, reject.column, this.mask(reject.value), reject.reason], this.style));
    }

    /** True when there was anything to write. */
    commit(): boolean {
        if (this.file === undefined) return false;
        this.file.commit();
        this.file = undefined;
        return true;
    }

    abandon(): void {
        this.file?.abandon();
        this.file = undefined;
    }
}
