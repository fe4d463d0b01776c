/** A national repository in a scratch folder, for the tests of the project root and the CLI conventions. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { examplesDir } from './run-cli.js';

/** Five Probolinggo households, worked out by hand with the 2024 rules (poverty line Rp 582.932, so 2 × = Rp 1.165.864). */
export const households = [
    'no_peserta,kabupaten,kecamatan,id_pendamping,ibu_hamil,anak_usia_dini,sd,smp,sma,disabilitas,lansia,penghasilan_bulanan,kehadiran_p2k2,punya_usaha,desil',
    'A,Kabupaten Probolinggo,Dringu,P1,0,0,1,0,0,0,0,2000000,90,ya,2', // self-reliant, income 2.000.000 ranks first
    'B,Kabupaten Probolinggo,Dringu,P1,0,0,1,0,0,0,0,1500000,90,ya,3', // self-reliant, second
    'C,Kabupaten Probolinggo,Dringu,P1,0,0,1,0,0,0,0,1200000,85,ya,3', // self-reliant (≥ 1.165.864), third
    'D,Kabupaten Probolinggo,Dringu,P1,0,0,1,0,0,0,0,500000,90,tidak,2', // stays: Rp 900.000 for one SD pupil
    'E,Kabupaten Probolinggo,Dringu,P1,0,0,0,0,0,0,0,400000,0,tidak,2', // natural: no eligible member
].join('\n') + '\n';

export const probolinggo = 'use "../pkh-2024.kaidah"\n\ndistrict "Kabupaten Probolinggo" {\n  facilitators  258\n}\n\n'
    + 'test "Probolinggo 2024: 258 facilitators × 10 = 2.580 families" {\n  expect target self_reliant of "Kabupaten Probolinggo" = 2.580\n}\n';
export const pamekasan = 'use "../pkh-2024.kaidah"\n\ndistrict "Kabupaten Pamekasan" {\n  facilitators  191\n}\n\n'
    + 'test "Pamekasan: 191 facilitators × 10 = 1.910" {\n  expect target self_reliant of "Kabupaten Pamekasan" = 1.910\n}\n';

/** A national repository: the national file at the top, districts in `districts/`, marked by `.git` unless told otherwise. */
export function nationalRepository(marker: 'git' | 'kaidah.json' | 'none' = 'git'): string {
    const root = mkdtempSync(path.join(tmpdir(), 'kaidah-national-'));
    mkdirSync(path.join(root, 'districts'));
    copyFileSync(path.join(examplesDir, 'pkh-2024.kaidah'), path.join(root, 'pkh-2024.kaidah'));
    writeFileSync(path.join(root, 'districts/probolinggo.kaidah'), probolinggo);
    writeFileSync(path.join(root, 'districts/pamekasan.kaidah'), pamekasan);
    writeFileSync(path.join(root, 'households.csv'), households);
    if (marker === 'git') execFileSync('git', ['init', '-q', root]);
    if (marker === 'kaidah.json') writeFileSync(path.join(root, 'kaidah.json'), '{}\n');
    return root;
}
