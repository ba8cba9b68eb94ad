/** Texts written for the robustness tests (never copied from real articles). */
export const EN =
  "Gunmen killed 12 villagers in Zamfara state on Sunday, police said in a statement. " +
  "The attackers arrived on motorcycles and opened fire on the market, a local official told reporters.";
export const FR =
  "Deux soldats ont été tués mercredi par un engin explosif près de Gao, a annoncé l'armée dans un communiqué. " +
  "Le convoi a été visé alors qu'il se rendait vers la ville, selon une source sécuritaire.";
export const ES =
  "Dos policías murieron el martes en un ataque con explosivos contra una patrulla en el norte del país, informaron las autoridades. " +
  "Los atacantes huyeron hacia la frontera, según un portavoz de la policía.";
export const AR = "قتل مسلحون اثني عشر قرويا في ولاية زامفارا يوم الأحد وقالت الشرطة في بيان إن المهاجمين وصلوا على دراجات نارية";
export const ZH = "星期日，武装分子在扎姆法拉州杀害了十二名村民，警方在一份声明中说，袭击者骑摩托车抵达并向市场开火。";
export const BOILERPLATE_ONLY = "Partager\nSuivez-nous sur Telegram\nPublicité";

export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
export const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
export const GZIP = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]);

export const utf16le = (s: string) => Buffer.from(`\uFEFF${s}`, "utf16le");
export function utf16be(s: string): Buffer {
  const le = utf16le(s);
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}
export const jsonl = (...rows: unknown[]) => rows.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n") + "\n";
