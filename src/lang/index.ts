export { LanguagePack, makePack } from "./pack.js";
export { loadPacks, type PackRegistry } from "./registry.js";
export { UserBoilerplate, withUserBoilerplate, withUserBoilerplateFile } from "./user-boilerplate.js";
