import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TeamConnection, TeamStatus } from '@shared/contract/team';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { TeamError } from './team-error';
import { LeaveDialog, PasswordForm } from './team-forms';
import { useJoinTeam, useReopenTeamFile, useSyncTeam, useTeamSentence, useTeamStatus } from './use-team';

export const connectionColor: Record<TeamConnection, string> = {
  online: 'green',
  offline: 'gray',
  refused: 'red',
  connecting: 'blue',
};

/** Settings → Team: join a team (a URL from `team add-person`, or its parts), or the state of the one joined. */
export function TeamSection() {
  const { t } = useTranslation();
  const status = useTeamStatus();
  if (status.error) return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data) return null;
  return (
    <Stack data-testid="team-section">
      <Title order={3}>{t('team.state.title')}</Title>
      {status.data.joined ? <Joined status={status.data} /> : <NotJoined teamFile={status.data.teamFile} />}
    </Stack>
  );
}

function NotJoined({ teamFile }: { teamFile: Extract<TeamStatus, { joined: false }>['teamFile'] }) {
  const { t } = useTranslation();
  const reopen = useReopenTeamFile();
  return (
    <>
      <Text>{t('team.intro')}</Text>
      {teamFile && (
        <Paper withBorder p="md" data-testid="team-reopen">
          <Title order={4} mb={4}>
            {t('team.reopen.title')}
          </Title>
          <Text size="sm" mb="sm">
            {t('team.reopen.body', { database: teamFile.database, host: teamFile.host, name: teamFile.personName })}
          </Text>
          {reopen.error ? <TeamError error={reopen.error} /> : null}
          <Button onClick={() => reopen.mutate(undefined)} loading={reopen.isPending}>
            {t('team.reopen.button')}
          </Button>
        </Paper>
      )}
      <JoinForm />
    </>
  );
}

function JoinForm() {
  const { t } = useTranslation();
  const join = useJoinTeam();
  const [url, setUrl] = useState('');
  const [parts, showParts] = useState(false);
  const [host, setHost] = useState('');
  const [port, setPort] = useState<number | string>(5432);
  const [database, setDatabase] = useState('');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = parts
      ? { host, port: typeof port === 'number' ? port : Number(port) || 5432, database, login, password }
      : { url };
    join.mutate(input, {
      onSuccess: (r) =>
        notifications.show({ color: 'green', message: t('team.join.joined', { database: r.database, name: r.personName }) }),
    });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="team-join-title" data-testid="team-join">
      <Title order={4} mb={4} id="team-join-title">
        {t('team.join.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('team.join.help')}
      </Text>
      <Stack gap="sm">
        {!parts ? (
          <TextInput
            label={t('team.join.url')}
            placeholder={t('team.join.urlPlaceholder')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            required
          />
        ) : (
          <>
            <Group grow align="flex-start">
              <TextInput label={t('team.join.host')} value={host} onChange={(e) => setHost(e.currentTarget.value)} required />
              <NumberInput label={t('team.join.port')} value={port} onChange={setPort} min={1} max={65535} allowDecimal={false} />
            </Group>
            <TextInput
              label={t('team.join.database')}
              value={database}
              onChange={(e) => setDatabase(e.currentTarget.value)}
              required
            />
            <TextInput
              label={t('team.join.login')}
              value={login}
              onChange={(e) => setLogin(e.currentTarget.value)}
              autoComplete="off"
              required
            />
            <PasswordInput
              label={t('team.join.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="off"
              required
            />
          </>
        )}
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => showParts((p) => !p)} aria-pressed={parts}>
            {parts ? t('team.join.url') : t('team.join.orFields')}
          </Button>
        </Group>
        {join.error ? <TeamError error={join.error} /> : null}
        {join.isPending && (
          <Group gap="xs" role="status">
            <Loader size="xs" />
            <Text size="sm">{t('team.join.joining')}</Text>
          </Group>
        )}
        <Group>
          <Button type="submit" loading={join.isPending}>
            {t('team.join.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Joined({ status }: { status: Extract<TeamStatus, { joined: true }> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const say = useTeamSentence();
  const sync = useSyncTeam();
  const [leaving, leave] = useDisclosure(false);
  const syncing = status.syncing || sync.isPending;
  const q = status.queue;
  return (
    <>
      {status.tls === false && (
        <Alert color="yellow" data-testid="team-not-encrypted">
          {t('team.join.notEncrypted')}
        </Alert>
      )}
      {status.needsPassword && <PasswordForm />}
      <Table variant="vertical" withTableBorder data-testid="team-state">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={180}>{t('team.state.server')}</Table.Th>
            <Table.Td>
              {status.host}:{status.port} / {status.database}
              {status.serverVersion && (
                <Text span size="sm" c="dimmed">
                  {' '}
                  · {t('team.state.version', { version: status.serverVersion })}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('team.state.person')}</Table.Th>
            <Table.Td>
              {status.personName}{' '}
              <Text span size="sm" c="dimmed">
                ({status.roleName})
              </Text>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('team.state.role')}</Table.Th>
            <Table.Td>{t(`team.roles.${status.role}`)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('team.state.connection')}</Table.Th>
            <Table.Td>
              <Group gap="xs">
                <Badge color={connectionColor[status.connection]} data-testid="team-connection">
                  {t(`team.state.${status.connection}`)}
                </Badge>
                {status.tls !== null && (
                  <Badge variant="outline" color={status.tls ? 'green' : 'yellow'} data-testid="team-tls">
                    {status.tls ? t('team.state.tls') : t('team.state.noTls')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('team.state.lastSync')}</Table.Th>
            <Table.Td>
              {syncing ? (
                <Group gap="xs" role="status">
                  <Loader size="xs" />
                  {t('team.state.syncing')}
                </Group>
              ) : status.lastSyncAt ? (
                f.dateTime(status.lastSyncAt)
              ) : (
                t('team.state.never')
              )}
              {!syncing && status.lastRound && (
                <Text size="xs" c="dimmed">
                  {t('team.state.lastRound', {
                    sent: status.lastRound.entriesPushed + status.lastRound.recordsPushed,
                    received: status.lastRound.entriesPulled + status.lastRound.recordsPulled,
                  })}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {status.lastError && (
        <Alert color="orange" title={t('team.state.problem')} data-testid="team-last-error">
          {say(status.lastError)}
        </Alert>
      )}
      <Paper withBorder p="md" data-testid="team-queue">
        <Text>{q.pending > 0 ? t('team.state.queued', { count: q.pending }) : t('team.state.queueEmpty')}</Text>
        {q.lastError && (
          <Text size="sm" c="red" mt={4}>
            {t('team.state.refusedEntry', { reason: q.lastError })}
          </Text>
        )}
        {status.recordRefusals.length > 0 && (
          <Stack gap={4} mt="sm" data-testid="team-record-refusals">
            <Text fw={600}>{t('teamRecords.refused.title')}</Text>
            {status.recordRefusals.map((r) => (
              <Text size="sm" c="red" key={`${r.entity}:${r.entityId ?? r.entityKey ?? ''}`}>
                {t(`teamRecords.entity.${r.entity}`)} {r.label}: {t(`teamRecords.refused.${r.reason}`)}
              </Text>
            ))}
          </Stack>
        )}
        {q.conflicts > 0 && (
          <Group mt="sm" gap="sm">
            <Text fw={600}>{t('team.state.conflicts', { count: q.conflicts })}</Text>
            <Button component={Link} to="/settings/team/conflicts" size="compact-sm" variant="light">
              {t('team.state.showConflicts')}
            </Button>
          </Group>
        )}
      </Paper>
      {sync.error ? <TeamError error={sync.error} /> : null}
      <Group>
        <Button onClick={() => sync.mutate(undefined)} loading={syncing}>
          {t('team.state.syncNow')}
        </Button>
        <Button variant="light" color="red" onClick={leave.open}>
          {t('team.leave.button')}
        </Button>
      </Group>
      <LeaveDialog opened={leaving} onClose={leave.close} pending={q.pending} />
    </>
  );
}
