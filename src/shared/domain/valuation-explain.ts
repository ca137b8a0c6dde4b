// Every figure carries its own "how is this computed": an i18n key and the actual numbers
// plugged in, typed so the screen formats money as money and ratios as percentages.

export type Param = { money: number } | { number: number } | { percent: number } | { date: string } | { key: string };

export interface Figure {
  /** null when the figure cannot be computed (e.g. margin % without revenue) */
  value: number | null;
  unit: 'money' | 'percent' | 'number' | 'ratio';
  /** i18n key under `value.how.` */
  how: string;
  params: Record<string, Param>;
}

export const money = (n: number): Param => ({ money: n });
export const num = (n: number): Param => ({ number: n });
export const pct = (n: number): Param => ({ percent: n });
export const key = (k: string): Param => ({ key: k });
export const date = (d: string): Param => ({ date: d });

export function figure(value: number | null, unit: Figure['unit'], how: string, params: Record<string, Param> = {}): Figure {
  return { value, unit, how, params };
}
