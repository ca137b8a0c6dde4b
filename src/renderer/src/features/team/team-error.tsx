import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../lib/error-alert';
import { teamMessageOf, useTeamSentence } from './use-team';

/** A failed team call: its own sentence when it has one, the usual error otherwise. */
export function TeamError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const say = useTeamSentence();
  const m = teamMessageOf(error);
  if (!m) return <ErrorAlert error={error} />;
  return (
    <Alert color="red" title={t('state.errorTitle')} role="alert" data-testid="team-error">
      {say(m)}
    </Alert>
  );
}
