import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalEntry, canonicalJson, type ChainEntry } from '../../src/shared/domain/journal-chain';

const entry: ChainEntry = {
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

describe('canonical form', () => {
  it('equals the generic definition (sorted keys, NFC strings, no whitespace)', () => {
    expect(canonicalEntry(entry)).toBe(canonicalJson(entry));
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
          expect(canonicalEntry(e)).toBe(canonicalJson(e));
        },
      ),
    );
  });
});
