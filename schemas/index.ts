export * from "./taxonomy.js";
export * from "./iso-date.js";
export * from "./evidence.js";
export * from "./event.js";
export * from "./count.js";
export * from "./document.js";
export * from "./reject.js";
export * from "./manifest.js";
