import { describe, expect, it } from 'vitest';
import { lookalikeClients, nameSkeleton } from '../../src/shared/domain/lookalike';

describe('client names that look the same', () => {
  it('reads Latin/Cyrillic/Greek lookalikes, ı/i, case and spacing as one name', () => {
    const same = [
      'Mehmet Kaya',
      'Mehmet K\u0430ya', // Cyrillic а
      'M\u0435hm\u0435t Kaya', // Cyrillic е
      'MEHMET KAYA',
      'mehmet  kaya',
      ' Mehmet\u00A0Kaya ',
      'M\u0395HMET KAYA', // Greek Ε
      'Mehmet Kaya\u200B',
    ];
    for (const s of same) expect(nameSkeleton(s), JSON.stringify(s)).toBe(nameSkeleton('Mehmet Kaya'));
    expect(nameSkeleton('Işık Ltd')).toBe(nameSkeleton('işik LTD'));
    expect(nameSkeleton('IŞIK LTD')).toBe(nameSkeleton('Işık Ltd'));
    expect(nameSkeleton('Kaya & Oğlu')).toBe(nameSkeleton('Kaya&Oğlu'));
    expect(nameSkeleton('Əliyeva')).toBe(nameSkeleton('\u04D9liyeva'.replace('\u04D9', '\u04D8'))); // Cyrillic Ә
    // letters that look different stay different: a warning, not a guess
    for (const other of ['Mehmet Kayа Jr', 'Mehmet Kaja', 'Ayse', 'Mehmet Kayaş'])
      expect(nameSkeleton(other)).not.toBe(nameSkeleton('Mehmet Kaya'));
    expect(nameSkeleton('Ayşe')).not.toBe(nameSkeleton('Ayse'));
  });

  it('finds the clients a name looks like, leaving out the one being renamed', () => {
    const clients = [
      { id: 1, name: 'Mehmet Kaya' },
      { id: 2, name: 'Leyla Əliyeva' },
    ];
    expect(lookalikeClients(clients, 'MEHMET K\u0430YA').map((c) => c.id)).toEqual([1]);
    expect(lookalikeClients(clients, 'Mehmet Kaya', 1)).toEqual([]);
    expect(lookalikeClients(clients, '')).toEqual([]);
  });
});
