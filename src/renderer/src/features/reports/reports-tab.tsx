import { Stack } from '@mantine/core';
import type { Client } from '@shared/contract/clients';
import { DossierExport } from './dossier-export';
import { ValueExport } from './value-export';
import { VerifyAgainst } from './verify-against';

/** The client page's "Reports" tab: documents to export, and checking a dossier against the journal. */
export function ReportsTab({ client }: { client: Client }) {
  return (
    <Stack>
      <DossierExport client={client} />
      <ValueExport client={client} />
      <VerifyAgainst client={client} />
    </Stack>
  );
}
