// Prospect screening (DOMAIN.md §3.5, §7): answers kept with the client, verdict derived.
import { desc, eq } from 'drizzle-orm';
import { prospectScreenings } from '../db/schema';
import type { ProspectScreening } from '../../shared/contract/screening';
import {
  screenProspect,
  type ScreeningAnswer,
  type ScreeningQuestion,
  type ScreeningVerdict,
} from '../../shared/domain/prospect-screening';
import { nowIso, type ServiceContext } from '../core/context';
import type { ClientsService } from '../clients/service';

type Row = typeof prospectScreenings.$inferSelect;

function toScreening(r: Row): ProspectScreening {
  return {
    id: r.id,
    clientId: r.clientId,
    answers: JSON.parse(r.answers) as Record<ScreeningQuestion, ScreeningAnswer>,
    verdict: r.verdict as ScreeningVerdict,
    reasons: JSON.parse(r.reasons) as string[],
    screenedAt: r.screenedAt,
  };
}

export function createScreeningService(ctx: ServiceContext, deps: { clients: ClientsService }) {
  return {
    list(clientId: number): ProspectScreening[] {
      deps.clients.get(clientId);
      return ctx.db
        .select()
        .from(prospectScreenings)
        .where(eq(prospectScreenings.clientId, clientId))
        .orderBy(desc(prospectScreenings.screenedAt), desc(prospectScreenings.id))
        .all()
        .map(toScreening);
    },
    screen(clientId: number, answers: Record<ScreeningQuestion, ScreeningAnswer>): ProspectScreening {
      deps.clients.get(clientId);
      const at = nowIso(ctx);
      const result = screenProspect(answers);
      const row = ctx.db
        .insert(prospectScreenings)
        .values({
          clientId,
          answers: JSON.stringify(answers),
          verdict: result.verdict,
          reasons: JSON.stringify(result.reasons),
          screenedAt: at,
          createdAt: at,
        })
        .returning()
        .get();
      return toScreening(row);
    },
  };
}
export type ScreeningService = ReturnType<typeof createScreeningService>;
