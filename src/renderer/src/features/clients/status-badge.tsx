import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '@shared/domain/client-status';

const colors: Record<ClientStatus, string> = {
  prospect: 'blue',
  active: 'green',
  at_risk: 'orange',
  offboarding: 'grape',
  former: 'gray',
};

export function StatusBadge({ status }: { status: ClientStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`clients.status.${status}`)}
    </Badge>
  );
}
