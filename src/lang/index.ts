export { LanguagePack, makePack } from "./pack.js";
export { loadPacks, type PackRegistry } from "./registry.js";
