import { randomUUID } from 'node:crypto';
import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import { computeScore, type ComponentScores } from '../../shared/health/score';
import { NO_SIGNALS, type RawSignals } from '../../shared/health/signals';
import type { Store } from '../db/store';
import { insertCheck } from '../health/repository';
import { evaluateBook } from '../health/service';
import { currentModel } from '../health/settings';
import { seededRandom } from './random';

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/**
 * Health checks for sample accounts: `perAccount` checks on average, about a month apart and
 * ending this week, each component drifting from the last, with some raw signals; then the
 * whole book is evaluated once so tiers, risk and alerts are there. One transaction.
 */
export function generateSampleHealth(store: Store, accountIds: readonly string[], perAccount: number, now: Date, seed = 7): { checks: number } {
  const rnd = seededRandom(seed);
  const today = localIsoDate(now);
  const model = currentModel(store);
  let checks = 0;
  store.tx(() => {
    for (const accountId of accountIds) {
      const n = Math.max(1, rnd.int(Math.ceil(perAccount / 2), Math.floor(perAccount * 1.5)));
      const base = rnd.int(45, 95);
      const level: Record<string, number> = Object.fromEntries(model.components.map((c) => [c.key, clamp(base + rnd.int(-15, 15))]));
      let logins = rnd.int(200, 2000);
      const seats = rnd.int(20, 400);
      for (let i = n - 1; i >= 0; i--) {
        for (const c of model.components) level[c.key] = clamp(level[c.key]! + rnd.int(-7, 7));
        logins = Math.max(0, Math.round(logins * (0.8 + rnd.next() * 0.4)));
        const scores: ComponentScores = Object.fromEntries(model.components.map((c) => [c.key, rnd.chance(0.06) ? null : level[c.key]!]));
        const signals: RawSignals = rnd.chance(0.6)
          ? {
              ...NO_SIGNALS,
              licensedSeats: seats,
              activeUsers: Math.round((seats * (level.usage ?? 60)) / 100),
              logins30d: logins,
              daysSinceLastUse: rnd.int(0, 4),
              ticketsP1: rnd.chance(0.1) ? 1 : 0,
              ticketsP2: rnd.int(0, 2),
              ticketsP3: rnd.int(0, 5),
              nps: rnd.int(4, 10),
            }
          : NO_SIGNALS;
        const result = computeScore(model.components, scores, model.thresholds);
        insertCheck(store, {
          id: randomUUID(),
          account_id: accountId,
          checked_on: addDays(today, -(i * 30 + rnd.int(0, 6))),
          model_id: model.id,
          components: JSON.stringify(model.components),
          thresholds: JSON.stringify(model.thresholds),
          scores: JSON.stringify(scores),
          signals: JSON.stringify(signals),
          score: result.score,
          tier: result.tier,
          note: '',
          checkin_note_id: null,
          created_at: now.toISOString(),
        });
        checks++;
      }
    }
    evaluateBook(store, now);
  });
  return { checks };
}
