import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OffboardingCase } from '@shared/contract/offboarding';
import { useFormat } from '../../lib/format';

/** Cases as a table: path, client, where it stands, and a link to resume or view it. */
export function CaseList({ cases, showClient }: { cases: OffboardingCase[]; showClient: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Table striped aria-label={t('offboarding.openCases')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('offboarding.path')}</Table.Th>
          {showClient && <Table.Th>{t('offboarding.client')}</Table.Th>}
          <Table.Th>{t('offboarding.progress')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {cases.map((c) => (
          <Table.Tr key={c.id} data-testid={`case-${c.id}`}>
            <Table.Td>{t(`offboarding.paths.${c.path}.title`)}</Table.Td>
            {showClient && (
              <Table.Td>
                <Anchor component={Link} to={`/clients/${c.clientId}`}>
                  {c.clientName}
                </Anchor>
              </Table.Td>
            )}
            <Table.Td>
              <Badge variant="light" color={c.status === 'open' ? 'blue' : c.status === 'completed' ? 'green' : 'gray'} mr="xs">
                {t(`offboarding.status.${c.status}`)}
              </Badge>
              <Text span size="sm">
                {c.status === 'open'
                  ? t('offboarding.currentStep', { step: t(`offboarding.steps.${c.path}.${c.step}`) })
                  : c.outcome
                    ? t(`offboarding.outcomes.${c.outcome}`)
                    : ''}
              </Text>
              <Text size="xs" c="dimmed">
                {t('offboarding.startedOn', { date: fmt.date(c.startedAt) })}
              </Text>
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/offboarding/cases/${c.id}`}>
                {c.status === 'open' ? t('offboarding.resume') : t('offboarding.view')}
              </Anchor>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
