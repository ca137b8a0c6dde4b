import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { findNonApologies } from '@shared/domain/apology';

/**
 * What a letter draft still lacks or says wrongly: the first non-apology phrase (which blocks
 * sending) and the merge fields left empty. One piece for every letter editor.
 */
export function LetterWarnings({ hits, missing }: { hits: ReturnType<typeof findNonApologies>; missing: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {hits.length > 0 && (
        <Alert color="red" role="alert">
          {t('offboarding.warnings.nonApology', { phrase: hits[0]!.phrase })}
        </Alert>
      )}
      {missing.length > 0 && (
        <Text size="sm" c="orange">
          {t('offboarding.letters.missing', { fields: missing.join(', ') })}
        </Text>
      )}
    </>
  );
}
