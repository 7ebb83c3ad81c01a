import type { Change } from '../schemas/changes';
import { ageInDays } from '../schemas/sources';

/** How long a changed row or section shows its "Updated" badge. */
export const UPDATED_BADGE_DAYS = 90;

/**
 * The newest change within the badge window for each affected place, keyed by its path and
 * hash without the language ("/compare/#shadow-testing", "/decide/").
 */
export function recentChanges(changes: Change[], now = new Date()): Map<string, Change> {
  const byTarget = new Map<string, Change>();
  for (const change of changes) {
    if (ageInDays(change.date, now) > UPDATED_BADGE_DAYS) continue;
    for (const target of change.affects) {
      const known = byTarget.get(target);
      if (!known || known.date < change.date) byTarget.set(target, change);
    }
  }
  return byTarget;
}
