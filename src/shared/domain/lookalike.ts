// Client names that look the same to a reader though their letters differ: "Mehmet Kaya" typed
// with a Cyrillic "а", "KAYA" and "Kaya", "Işık" and "Isik" with a dotless ı, or a doubled space.
// Two clients whose names read the same make a journal, a dossier or a letter ambiguous, so the
// app warns (never refuses: two real people may share a name) when one is created or renamed.

// Cyrillic and Greek letters drawn like a Latin one (Unicode's confusables, the ones fonts show alike).
const LOOKALIKE: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԛ: 'Q',
  Ԝ: 'W',
  Ә: 'Ə',
  Һ: 'H',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ә: 'ə',
  ӏ: 'l',
  ё: 'ë',
  ї: 'ï',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  α: 'a',
  ρ: 'p',
  ν: 'v',
  ι: 'i',
  υ: 'u',
  κ: 'k',
  ɑ: 'a',
  ɡ: 'g',
  ı: 'i',
  İ: 'i',
};

/** One form for every way of writing a name that looks the same: compare these, never show them. */
export function nameSkeleton(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .replace(/./gsu, (c) => LOOKALIKE[c] ?? c)
    .replace(/I/g, 'i')
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/ ?([.,&'’-]) ?/g, '$1')
    .trim();
}

/** The clients whose names look like `name` (the one being renamed left out). */
export function lookalikeClients<C extends { id: number; name: string }>(
  clients: readonly C[],
  name: string,
  exceptId: number | null = null,
): C[] {
  const skeleton = nameSkeleton(name);
  if (skeleton === '') return [];
  return clients.filter((c) => c.id !== exceptId && nameSkeleton(c.name) === skeleton);
}
