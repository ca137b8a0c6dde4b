import { describe, expect, it } from 'vitest';
import { line, requiredLine, text, isoDate, isoDateTime } from '../../src/shared/contract/text';

describe('text rules at the boundary', () => {
  it('refuses a lone surrogate with a translated key', () => {
    const r = text().safeParse('abc\uD800def');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('validation.malformedUnicode');
  });

  it('accepts emoji (paired surrogates), RTL text and Turkish letters verbatim', () => {
    for (const s of ['😀 ok', 'مرحبا بالعالم', 'ğüşıöçİ əƏ', 'line1\nline2\ttab']) {
      expect(text().parse(s)).toBe(s);
    }
  });

  it('refuses control characters; single-line text also refuses newlines', () => {
    expect(text().safeParse('a\u0007b').error?.issues[0]?.message).toBe('validation.controlChars');
    expect(line().safeParse('a\nb').error?.issues[0]?.message).toBe('validation.controlChars');
    expect(line().parse('  Ayşe  ')).toBe('Ayşe');
  });

  it('refuses an empty required line and an over-long text', () => {
    expect(requiredLine().safeParse('   ').error?.issues[0]?.message).toBe('validation.required');
    expect(text(10).safeParse('x'.repeat(11)).error?.issues[0]?.message).toBe('validation.tooLong');
    expect(text(10_000).parse('x'.repeat(10_000))).toHaveLength(10_000);
  });

  it('accepts real calendar dates only', () => {
    expect(isoDate.safeParse('2026-02-28').success).toBe(true);
    expect(isoDate.safeParse('2026-02-30').success).toBe(false);
    expect(isoDate.safeParse('28.02.2026').success).toBe(false);
  });

  it('normalises date-times to UTC ISO', () => {
    expect(isoDateTime.parse('2026-11-23T13:00:00+03:00')).toBe('2026-11-23T10:00:00.000Z');
    expect(isoDateTime.safeParse('yesterday').success).toBe(false);
  });
});

import { fold } from '../../src/shared/domain/fold';
describe('search folding', () => {
  it('matches Turkish and Azerbaijani letters typed on an English keyboard', () => {
    for (const typed of ['insaat', 'inşaat', 'İNŞAAT', 'INSAAT']) expect(fold('Kaya İnşaat')).toContain(fold(typed));
    expect(fold('Əliyeva')).toBe('eliyeva');
    expect(fold('Işık')).toBe('isik');
  });
});

import { matchesClientSearch } from '../../src/shared/domain/fold';
describe('client search rule', () => {
  const c = { name: 'Leyla Əliyeva', company: 'Kaya İnşaat', email: 'leyla@example.az', phone: '+994 50 123 45 67' };
  it('matches name, company, e-mail (folded) and phone (as typed)', () => {
    for (const q of ['eliyeva', 'INSAAT', 'example.az', '123 45', '']) expect(matchesClientSearch(c, q), q).toBe(true);
    expect(matchesClientSearch(c, 'mehmet')).toBe(false);
  });
});
