/** Test data for meetings (bijeenkomsten); the demo seed writes its meetings the same way. */
import { db } from "../../server/db.ts";

const HOUR = 60 * 60_000;

export async function createMeeting(
  overrides: {
    communityId?: string | null;
    title?: string;
    startsAt?: Date;
    endsAt?: Date;
    capacity?: number | null;
    createdById?: string | null;
    location?: string | null;
    onlineUrl?: string | null;
    description?: string;
    createdAt?: Date;
  } = {},
) {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 7 * 24 * HOUR);
  return db().meeting.create({
    data: {
      communityId: overrides.communityId ?? null,
      title: overrides.title ?? "Impact-bijeenkomst gelijke kansen",
      description: overrides.description ?? "We delen wat werkt en spreken af wat we samen gaan doen.\n\nIedereen is welkom.",
      location: overrides.location === undefined ? "Utrecht, Jaarbeurs" : overrides.location,
      onlineUrl: overrides.onlineUrl ?? null,
      startsAt,
      endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 2 * HOUR),
      capacity: overrides.capacity ?? null,
      createdById: overrides.createdById ?? null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    },
  });
}
