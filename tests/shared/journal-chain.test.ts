import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canonicalEntry,
  canonicalEntryFor,
  canonicalEntryV2,
  canonicalJson,
  type ChainEntry,
} from '../../src/shared/domain/journal-chain';

/** The fields version 1 covers, as a plain object (what its canonical form is the canonicalJson of). */
const v1Fields = {
  clientId: 3,
  seq: 1,
  kind: 'incident_abuse',
  channel: 'phone',
  occurredAt: '2026-11-20T09:15:00.000Z',
  recordedAt: '2026-11-20T09:40:00.000Z',
  durationMinutes: 12,
  summary: 'Bağırdı ve tehdit etti',
  details: 'Line one\nline two',
  quotes: ['"Sizi mahvedeceğim"'],
  people: ['Ayşe'],
  witnesses: ['Emre'],
  severity: 'high',
  signs: ['abusive'],
  amendsId: null,
  refersToId: null,
  caseId: null,
  isSample: false,
  attachments: [{ sha256: 'a'.repeat(64), originalName: 'kayıt.mp3', sizeBytes: 1234, mediaType: 'audio/mpeg' }],
};
const entry: ChainEntry = { ...v1Fields, author: '', hashVersion: 1 };

describe('canonical form', () => {
  it('equals the generic definition (sorted keys, NFC strings, no whitespace)', () => {
    expect(canonicalEntry(entry)).toBe(canonicalJson(v1Fields));
    expect(canonicalEntry(entry).startsWith('{"amendsId":null,"attachments":[{"mediaType":"audio/mpeg"')).toBe(true);
  });

  it('normalises text to NFC, so a decomposed ş hashes like a composed one', () => {
    const decomposed = { ...entry, summary: 'Bag\u0306ırdı' };
    const composed = { ...entry, summary: 'Bağırdı' };
    expect(canonicalEntry(decomposed)).toBe(canonicalEntry(composed));
  });

  it('matches the generic definition for arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string({ unit: 'grapheme' })),
        fc.option(fc.integer({ min: 0, max: 10_000 })),
        (summary, quotes, minutes) => {
          const e = { ...entry, summary, quotes, durationMinutes: minutes };
          expect(canonicalEntry(e)).toBe(canonicalJson({ ...v1Fields, summary, quotes, durationMinutes: minutes }));
        },
      ),
    );
  });
});

describe('canonical form, version 2', () => {
  const v2: ChainEntry = { ...entry, author: 'Ayşe Yılmaz', hashVersion: 2 };

  it('is canonicalJson of the version-1 object plus author and hashVersion 2', () => {
    expect(canonicalEntryV2(v2)).toBe(canonicalJson({ ...v1Fields, author: 'Ayşe Yılmaz', hashVersion: 2 }));
    expect(canonicalEntryV2(v2)).toContain('}],"author":"Ayşe Yılmaz","caseId":null,');
    expect(canonicalEntryV2(v2)).toContain(',"durationMinutes":12,"hashVersion":2,"isSample":false,');
    // version 1 does not cover the author: the same entry without one has the same v1 form
    expect(canonicalEntry(v2)).toBe(canonicalEntry(entry));
  });

  it('writes "hashVersion":2 whatever the object claims, and each row is read in its own version', () => {
    expect(canonicalEntryV2({ ...v2, hashVersion: 1 })).toBe(canonicalEntryV2(v2));
    expect(canonicalEntryFor(v2)).toBe(canonicalEntryV2(v2));
    expect(canonicalEntryFor(entry)).toBe(canonicalEntry(entry));
    expect(canonicalEntryFor({ ...v2, hashVersion: 3 })).toBeNull();
  });

  it('normalises the author to NFC and escapes it as JSON does', () => {
    expect(canonicalEntryV2({ ...v2, author: 'Ays\u0327e' })).toBe(canonicalEntryV2({ ...v2, author: 'Ayşe' }));
    for (const author of ['', '"quoted" \\ back', 'line\nbreak\ttab\u0000nul', '\u2028\u2029', 'emoji 👩🏽‍💼', '\ud800 lone', 'Ə ı İ ğ'])
      expect(canonicalEntryV2({ ...v2, author }), JSON.stringify(author)).toBe(
        canonicalJson({ ...v1Fields, author, hashVersion: 2 }),
      );
  });

  it('matches the generic definition for arbitrary authors and text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'grapheme' }), fc.array(fc.string()), (author, summary, people) => {
        const e = { ...v2, author, summary, people };
        expect(canonicalEntryV2(e)).toBe(canonicalJson({ ...v1Fields, summary, people, author, hashVersion: 2 }));
      }),
    );
  });
});
