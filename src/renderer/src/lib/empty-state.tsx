import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * What a list or chart shows before it has anything: what will appear here (`title`, `children`)
 * and, where there is one, the one next step (`action`, a button or link).
 */
export function EmptyState({ title, children, action }: { title?: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid="empty-state">
      {title && (
        <Title order={4} mb="xs">
          {title}
        </Title>
      )}
      {children && <Text c="dimmed">{children}</Text>}
      {action && <Group mt="md">{action}</Group>}
    </Paper>
  );
}
