import { z } from "zod";

/** The `events.json` section of a language pack. (Placeholder shape: the owning module tightens it.) */
export const EventsSection = z.looseObject({});
export type EventsSection = z.infer<typeof EventsSection>;
