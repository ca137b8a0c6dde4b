import { xlsx, type XCell } from '../tests/helpers/xlsx-file';
import { readXlsx } from '../src/main/transfer/xlsx-read';
const rows: XCell[][] = [['Ad Soyad', 'E-posta', 'Başlangıç']];
for (let i = 1; i <= 10_000; i++) rows.push([`Müşteri ${i} Ğışə`, `m${i}@example.com`, { n: 45000 + (i % 1000), s: 1 }]);
let t = Date.now(); const b = xlsx(rows); console.log('build', Date.now() - t);
t = Date.now(); const r = readXlsx(b, ','); console.log('read', Date.now() - t, r.rows.length);
