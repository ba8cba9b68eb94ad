import boilerplate from "./boilerplate.json" with { type: "json" };
import counts from "./counts.json" with { type: "json" };
import dates from "./dates.json" with { type: "json" };
import events from "./events.json" with { type: "json" };
import geo from "./geo.json" with { type: "json" };
import meta from "./meta.json" with { type: "json" };
import numbers from "./numbers.json" with { type: "json" };

export default { meta, boilerplate, numbers, counts, dates, events, geo };
