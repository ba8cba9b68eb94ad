export { findPlaces, type PlaceMention } from "./find-places.js";
export { countryCode } from "./country-code.js";
export type { PlaceKind } from "./gazetteer.js";
