// Complaint analysis (DOMAIN.md §5): how often did this complaint come from this client, how
// often from others, how often per month, through which channel, at which time of year.
// Volume is not correctness: repetition across clients is the signal.

export interface PatternRow {
  clientId: number;
  occurredAt: string;
  channel: string;
}

export interface ComplaintPattern {
  total: number;
  fromClient: number;
  fromOthers: number;
  /** how many other clients raised it at least once */
  otherClients: number;
  /** last `months` calendar months, oldest first */
  perMonth: { month: string; fromClient: number; fromOthers: number }[];
  byChannel: { channel: string; fromClient: number; fromOthers: number }[];
  /** index 0 = January … 11 = December, over all years */
  byMonthOfYear: { fromClient: number; fromOthers: number }[];
}

function monthKey(d: Date): string {
  return d.toISOString().slice(0, 7);
}

export function complaintPattern(rows: readonly PatternRow[], clientId: number | null, now: Date, months = 12): ComplaintPattern {
  const perMonth = new Map<string, { fromClient: number; fromOthers: number }>();
  for (let i = months - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    perMonth.set(monthKey(d), { fromClient: 0, fromOthers: 0 });
  }
  const byChannel = new Map<string, { fromClient: number; fromOthers: number }>();
  const byMonthOfYear = Array.from({ length: 12 }, () => ({ fromClient: 0, fromOthers: 0 }));
  const others = new Set<number>();
  let fromClient = 0;
  for (const r of rows) {
    const isMine = clientId !== null && r.clientId === clientId;
    const side = isMine ? 'fromClient' : 'fromOthers';
    if (isMine) fromClient++;
    else others.add(r.clientId);
    const d = new Date(r.occurredAt);
    const m = perMonth.get(monthKey(d));
    if (m) m[side]++;
    const ch = byChannel.get(r.channel) ?? { fromClient: 0, fromOthers: 0 };
    ch[side]++;
    byChannel.set(r.channel, ch);
    byMonthOfYear[d.getUTCMonth()]![side]++;
  }
  return {
    total: rows.length,
    fromClient,
    fromOthers: rows.length - fromClient,
    otherClients: others.size,
    perMonth: [...perMonth].map(([month, v]) => ({ month, ...v })),
    byChannel: [...byChannel]
      .map(([channel, v]) => ({ channel, ...v }))
      .sort((a, b) => b.fromClient + b.fromOthers - (a.fromClient + a.fromOthers) || a.channel.localeCompare(b.channel)),
    byMonthOfYear,
  };
}
