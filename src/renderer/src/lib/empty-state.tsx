import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid="empty-state">
      {title && (
        <Title order={4} mb="xs">
          {title}
        </Title>
      )}
      <Text c="dimmed">{children}</Text>
    </Paper>
  );
}
