// The ten signs of a bad client (DOMAIN.md §1), in the article's order.
export const redFlagSigns = [
  'pays_late',
  'haggles',
  'moving_goalposts',
  'demands_attention',
  'unresponsive',
  'dishonest',
  'abusive',
  'unreasonable_demands',
  'public_complainer',
  'ignores_advice',
] as const;
export type RedFlagSign = (typeof redFlagSigns)[number];

export function isRedFlagSign(s: string): s is RedFlagSign {
  return (redFlagSigns as readonly string[]).includes(s);
}
