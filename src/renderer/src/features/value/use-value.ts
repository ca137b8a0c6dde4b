import { keepPreviousData } from '@tanstack/react-query';
import type { WhatIf } from '@shared/domain/valuation';
import { formatFigure, formatParams, type Figure, type Param } from '@shared/domain/valuation-explain';
import { useApiQuery } from '../../lib/api';
import { useFormat } from '../../lib/format';

/** A client's valuation; while a what-if changes, the previous figures stay on screen. */
export function useClientValuation(clientId: number, whatIf: WhatIf) {
  return useApiQuery('clientValuation', { clientId, whatIf }, { placeholderData: keepPreviousData });
}

export const useClientLedger = (clientId: number) => useApiQuery('getLedger', { clientId });

/** Formats a figure's value and the numbers of its explanation in the current language. */
export function useFigureFormat(currency: string) {
  const { lang } = useFormat();
  return {
    params: (params: Record<string, Param>, i18nKey?: string) => formatParams(params, currency, lang, i18nKey),
    value: (f: Figure, none: string) => formatFigure(f, currency, lang, none),
  };
}
