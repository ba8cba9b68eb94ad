import type { Event } from "../../schemas/event.js";
import type { Filler } from "../../schemas/evidence.js";
import { fillerMatches } from "./filler-matches.js";
import type { GoldEvent } from "./gold.js";
import { matchOneToOne } from "./match-one-to-one.js";
import type { Role } from "./tally.js";

/** The gold entities of a role, each a list of surface forms. A non-empty gold `location` is one entity. */
export function goldEntities(event: GoldEvent, role: Role): string[][] {
  if (role === "locations") return event.location.length > 0 ? [event.location] : [];
  return event[role];
}

/** The predicted fillers of a role; the predicted location, when there is one, is one filler. */
export function predictedFillers(event: Event, role: Role): Filler[] {
  if (role === "locations") return event.location ? [event.location] : [];
  return event[role];
}

/**
 * Matches the fillers of one role of a predicted event to the entities of the
 * same role of a gold event, one to one (each gold entity at most once, each
 * filler at most once), maximising the number of matches. Returns, per
 * predicted filler, the index of its gold entity or -1.
 */
export function matchRole(predicted: Event, gold: GoldEvent, role: Role, stopwords: ReadonlySet<string>): number[] {
  return matchOneToOne(predictedFillers(predicted, role), goldEntities(gold, role), (f, forms) =>
    fillerMatches(f.text, forms, stopwords),
  );
}

export const matchedCount = (partners: readonly number[]): number => partners.filter((j) => j >= 0).length;
