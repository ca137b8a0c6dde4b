import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, minorToMajor, type Language } from '@shared/domain/format';
import { moneyInputProblem, parseMoneyInput, type MoneyInputResult } from '@shared/domain/money-input';
import { useFormat } from './format';

/** The plain form of an amount for editing: the language's decimal mark, no thousands marks. */
function editText(value: number | string, lang: Language): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '';
  const s = String(value);
  return lang === 'en' ? s : s.replace('.', ',');
}

/** What the field says under the amount: how it was read, or why it cannot be. */
export function moneyInputMessage(
  r: MoneyInputResult,
  currency: string,
  lang: Language,
  t: (key: string, v?: Record<string, unknown>) => string,
): { understood?: string; error?: string } {
  if (r.ok) return { understood: t('money.input.understood', { amount: formatMoney(r.minor, currency, lang) }) };
  const problem = moneyInputProblem(r, currency, lang);
  return problem ? { error: t(problem.key, problem.values) } : {};
}

/**
 * A money field read the way the owner types in their language (`12500,50`, `12.500,50` and
 * `12500.50` are all 12,500.50 in Turkish): it shows the amount it understood before saving, and
 * an amount it cannot read, or could read two ways, is an error, never a silent guess. The value
 * it reports is the amount in major units, or NaN when it cannot be read (which the contract's
 * schema then refuses, so nothing is saved).
 */
export function MoneyInput(
  props: Omit<TextInputProps, 'value' | 'onChange'> & {
    value: number | string;
    onChange: (value: number | string) => void;
    currency: string;
  },
) {
  const { value, onChange, currency, error, description, ...rest } = props;
  const { t } = useTranslation();
  const { lang } = useFormat();
  const [text, setText] = useState(() => editText(value, lang));
  const parsed = parseMoneyInput(text, currency, lang);
  const message = moneyInputMessage(parsed, currency, lang, t);
  return (
    <TextInput
      {...rest}
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const r = parseMoneyInput(next, currency, lang);
        onChange(r.ok ? minorToMajor(r.minor, currency) : next.trim() === '' ? '' : Number.NaN);
      }}
      rightSection={<span aria-hidden>{currency}</span>}
      rightSectionWidth={48}
      description={message.understood ?? description}
      error={message.error ?? error}
    />
  );
}
