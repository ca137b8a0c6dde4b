import Papa from 'papaparse';
const csv = 'Ad Soyad;E-posta\r\nDeniz;deniz@example.com\r\n;\r\n"Çok\r\nsatırlı ad";bozuk-adres\r\nEce;ece@example.com\r\n;\r\n;\r\n;kimsesiz@example.com\r\n';
const r = Papa.parse<string[]>(csv, { skipEmptyLines: false, delimiter: '', delimitersToGuess: [',', ';', '\t'] });
console.log(JSON.stringify(r.data), r.errors, r.meta.delimiter);
