import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { connectionColor } from './team-section';
import { useTeamStatus } from './use-team';

/** In the sidebar while the open file belongs to a team: online / offline / refused, and what waits. */
export function TeamChip() {
  const { t } = useTranslation();
  const status = useTeamStatus();
  const s = status.data;
  if (!s?.joined) return null;
  const label = t(`team.chip.${s.connection}`);
  const queued = s.queue.pending > 0 ? ` · ${t('team.chip.queued', { count: s.queue.pending })}` : '';
  return (
    <Badge
      component={Link}
      to="/settings/team"
      color={connectionColor[s.connection]}
      variant="light"
      style={{ cursor: 'pointer', textTransform: 'none' }}
      data-testid="team-chip"
    >
      {label}
      {queued}
    </Badge>
  );
}
