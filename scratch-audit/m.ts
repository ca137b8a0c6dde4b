import { parseMoneyInput } from '../src/shared/domain/money-input';
for (const [s, c, l] of [['1.234,56 ₺', 'TRY', 'tr'], ['1.234,56 TL', 'TRY', 'tr'], ['TL 1.234,56', 'TRY', 'tr'], ['1.234,56 TRY', 'TRY', 'tr'], ['12,50 ₼', 'AZN', 'az'], ['12,50 AZN', 'AZN', 'az'], ['$1,234.56', 'USD', 'en'], ['€1.234,56', 'EUR', 'tr'], ['1.234,56 tl', 'TRY', 'tr'], ['1.234,56\u00a0₺', 'TRY', 'tr'], ['1.234,56 man.', 'AZN', 'az']] as const)
  console.log(s, c, l, JSON.stringify(parseMoneyInput(s, c, l)));
