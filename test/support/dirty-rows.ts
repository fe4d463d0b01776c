/**
 * A household row of the differential tests' schema (test/fixtures/engines/differential.kaidah), with
 * cells of every kind: most readable, some the ways exports go wrong. Shared by the tests that hold
 * the engines to identical outputs.
 */
import fc from 'fast-check';

const cell = {
    key: fc.constantFrom('3513000001', '3513000002', '3513000003', '3513000004', '3513000005', '3513000006', '3513000007', '3513000008', '3513000009', '3513000010', ' 3513000011', '1.23E+15', ''),
    district: fc.constantFrom('Kabupaten Probolinggo', 'KAB. PROBOLINGGO', 'Kab Probolinggo', '3513', '35.13', 'PROBOLINGGO', 'Kota Malang', 'malang', 'Jember', 'Kab. Jember', '35 09', 'Kabupaten Jembr', ''),
    unit: fc.constantFrom('Leces', 'leces ', 'Dringu', 'DRINGU', 'Klojen', ''),
    facilitator: fc.constantFrom('PDP-A', 'pdp-a', 'PDP-B', 'PDP  B', ''),
    count: fc.constantFrom('0', '1', '2', '3', '2,0', '-1', '1,5', '', 'dua'),
    money: fc.constantFrom('Rp 1.500.000', '1500000', 'Rp 1,2 juta', '999.999', 'Rp 2.000.000,50', '1.250.000,-', 'IDR 700000', '0', 'Rp 1.000.000,005', '1e6', 'abc', '',
        '850,000', 'Rp 1,500', '1,505', '-12,345,-', '1.250,500', '1234,500', '1,500,000'),
    percent: fc.constantFrom('85%', '80%', '79,5%', '0,85', '85', '1', '0', '100%', '150%', '', 'x'),
    yesno: fc.constantFrom('ya', 'YA', 'tidak', 'Tidak', 'y', '1', '0', 'true', 'no', 'mungkin', ''),
    decile: fc.constantFrom('1', '2', '3', '4', '5', '10', '0', '11', '3,5', ''),
    date: fc.constantFrom('01/03/2015', '2016-07-15', '1/1/2010', '29/02/2016', '29/02/2015', '31/12/2000', '2024-12-31', '2030-01-01', '01-06-2019', '01/03/24', '',
        '1 Maret 2015', '17  Agt. 2016', '01-MAR-2015', '29 Pebruari 2016', '29 Februari 2015', '31 April 2019', '1 Maretan 2019', '1-Mei/2019', '01-Mar-15', '5 nopember 2010', '45291', ' 42064 ', '2015'),
};

/** One `;`-separated row of the differential schema (it may be blank: a file may hold blank rows). */
export const dirtyRow = fc.tuple(cell.key, cell.district, cell.unit, cell.facilitator, cell.count, cell.count, cell.money, cell.percent, cell.yesno, cell.decile, cell.date)
    .map((cells) => cells.join(';'));
