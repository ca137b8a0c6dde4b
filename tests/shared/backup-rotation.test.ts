import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupsToKeep, rotationPolicy } from '../../src/shared/domain/backup-rotation';

const now = new Date('2026-11-23T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();

describe('backup rotation', () => {
  it('keeps several today, one a day for a week, one a week for a month', () => {
    const backups = Array.from({ length: 60 * 24 }, (_, h) => ({ name: `b${h}`, createdAt: hoursAgo(h), verified: true }));
    const keep = backupsToKeep(backups, now);
    const ages = backups.filter((b) => keep.has(b.name)).map((b) => (now.getTime() - Date.parse(b.createdAt)) / 86_400_000);
    expect(ages.filter((a) => a < 1)).toHaveLength(rotationPolicy.recentMax);
    expect(ages.filter((a) => a >= 1 && a < 7).length).toBeGreaterThanOrEqual(6);
    expect(ages.filter((a) => a >= 7 && a < 35).length).toBeLessThanOrEqual(5);
    expect(Math.max(...ages)).toBeLessThan(35);
  });

  it('property: the newest verified backup is always kept, and unverified old ones never count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ h: fc.integer({ min: 0, max: 2_000 }), verified: fc.boolean() }), { maxLength: 40 }),
        (list) => {
          const backups = list.map((b, i) => ({ name: `b${i}`, createdAt: hoursAgo(b.h), verified: b.verified }));
          const keep = backupsToKeep(backups, now);
          const verified = backups.filter((b) => b.verified);
          const newestAt = verified
            .map((b) => b.createdAt)
            .sort()
            .at(-1);
          // (several may share that moment: one of them is kept)
          if (newestAt) expect(verified.some((b) => b.createdAt === newestAt && keep.has(b.name))).toBe(true);
          for (const b of backups) {
            const age = now.getTime() - Date.parse(b.createdAt);
            if (!b.verified && age >= 86_400_000) expect(keep.has(b.name)).toBe(false);
          }
        },
      ),
      {
        examples: [
          [
            [
              { h: 320, verified: true },
              { h: 320, verified: true },
            ],
          ],
        ],
      },
    );
  });
});
