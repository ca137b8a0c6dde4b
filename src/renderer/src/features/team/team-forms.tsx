import { Alert, Button, Group, Modal, Paper, PasswordInput, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TeamError } from './team-error';
import { useLeaveTeam, useSetTeamPassword } from './use-team';

/** The password, when this computer cannot store it safely (asked at each start). */
export function PasswordForm() {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const set = useSetTeamPassword();
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        set.mutate({ password });
      }}
      data-testid="team-password"
    >
      <Title order={4} mb={4}>
        {t('team.password.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('team.password.help')}
      </Text>
      <Group align="flex-end">
        <PasswordInput
          label={t('team.join.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          required
        />
        <Button type="submit" loading={set.isPending}>
          {t('team.password.submit')}
        </Button>
      </Group>
      {set.error ? <TeamError error={set.error} /> : null}
    </Paper>
  );
}

/** Leave this team: a confirmation, warning about entries still queued. */
export function LeaveDialog({ opened, onClose, pending }: { opened: boolean; onClose: () => void; pending: number }) {
  const { t } = useTranslation();
  const leave = useLeaveTeam();
  return (
    <Modal opened={opened} onClose={onClose} title={t('team.leave.title')}>
      <Text mb="sm">{t('team.leave.body')}</Text>
      {pending > 0 && (
        <Alert color="yellow" mb="sm" data-testid="team-leave-queued">
          {t('team.leave.queued', { count: pending })}
        </Alert>
      )}
      {leave.error ? <TeamError error={leave.error} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('team.leave.cancel')}
        </Button>
        <Button color="red" loading={leave.isPending} onClick={() => leave.mutate(undefined, { onSuccess: onClose })}>
          {t('team.leave.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
