import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { WhatIf } from '@shared/domain/valuation';
import type { Figure, Param } from '@shared/domain/valuation-explain';
import { call, useApiQuery } from '../../lib/api';
import { useFormat } from '../../lib/format';

export const valueKey = ['value'] as const;

/** A client's valuation; while a what-if changes, the previous figures stay on screen. */
export function useClientValuation(clientId: number, whatIf: WhatIf) {
  return useQuery({
    queryKey: [...valueKey, clientId, whatIf],
    queryFn: () => call('clientValuation', { clientId, whatIf }),
    placeholderData: keepPreviousData,
  });
}

export const useClientLedger = (clientId: number) => useApiQuery(['money', clientId], 'getLedger', { clientId });

/** Formats a figure's value and the numbers of its explanation in the current language. */
export function useFigureFormat(currency: string) {
  const fmt = useFormat();
  const param = (p: Param): string => {
    if ('money' in p) return fmt.money(p.money, currency);
    if ('percent' in p) return fmt.percent(p.percent);
    if ('date' in p) return fmt.date(p.date);
    if ('number' in p) return fmt.number(p.number);
    return p.key;
  };
  return {
    params: (params: Record<string, Param>) => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, param(v)])),
    value: (f: Figure, none: string): string => {
      if (f.value === null) return none;
      if (f.unit === 'money') return fmt.money(f.value, currency);
      if (f.unit === 'percent') return fmt.percent(f.value);
      if (f.unit === 'ratio') return `${fmt.number(f.value, 2)}×`;
      return fmt.number(f.value, 1);
    },
  };
}
