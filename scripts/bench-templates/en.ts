import type { Templates } from "./types.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** English templates of the synthetic benchmark corpus. */
export const en: Templates = {
  lang: "en",
  places: [["Maiduguri", "Nigeria"], ["Kaduna", "Nigeria"], ["Quetta", "Pakistan"], ["Peshawar", "Pakistan"], ["Mogadishu", "Somalia"], ["Kirkuk", "Iraq"], ["Erbil", "Iraq"], ["Kabul", "Afghanistan"], ["Gao", "Mali"], ["Idlib", "Syria"]],
  outlets: ["Northern Dispatch", "The Frontier Ledger", "Daily Sentinel Online", "Crescent Wire"],
  date: (d, m) => `{on ${d} ${MONTHS[m]}|on ${MONTHS[m]} ${d}|on Sunday|on Tuesday night|early on Friday}`,
  titles: [
    "<n> killed in {attack|ambush|raid} on {army post|police station|village} near <place>",
    "{Gunmen|Militants|Armed men} kill <n> in <country>'s <place> region",
    "Blast near <place> market leaves <n> dead, <m> wounded",
    "<country>: rocket attack targets base near <place>",
  ],
  byline: ["- With <agency>", "By staff reporters with <agency>", "- <agency>"],
  credit: ["Photo: <agency> / File", "© <agency> / Staff photographer", "Image credit: <agency>"],
  caption: ["Soldiers on patrol near <place> on 3 March 2019 (illustrative image).", "A view of the road leading to <place>, in a file photo from 2018."],
  follow: ["Follow <outlet> on Telegram", "Follow us on Twitter and Facebook", "Subscribe to our newsletter for daily updates"],
  incidents: [
    "{Gunmen|Suspected militants|Unidentified attackers} {attacked|stormed|raided} a {police station|military checkpoint|village market|army base} in <place>, <country>, <date>, killing <n> {soldiers|civilians|police officers} and wounding <m> others, {officials said|a local official told <agency>|the army said in a statement}.",
    "A {roadside bomb|car bomb|suicide bomber} {exploded|struck|detonated} near a {convoy|checkpoint|busy market} in <place> <date>, killing at least <n> people and injuring <m>, {police said|according to hospital sources}.",
    "<k> rockets {hit|struck|landed near} the {air base|military base|airport} of <place>, in northern <country>, <date>, a security source said. No casualties were reported.",
    "Armed men {kidnapped|abducted} <n> {students|villagers|farm workers} from a {school|village|road} near <place>, in <country>, <date>, residents said.",
    "Clashes between {government forces|the army|security forces} and {rebels|insurgents|jihadist fighters} near <place> <date> left <n> dead, including <k> soldiers, {a military source said|according to the defence ministry}.",
    "{Hundreds of|Thousands of} protesters {gathered|marched} in <place> <date> to demand the release of <k> detained activists; police fired tear gas and <m> people were arrested.",
  ],
  details: [
    "The death toll could rise, as <k> of the wounded are in critical condition, a doctor at the main hospital said.",
    "No group has claimed responsibility for the attack so far.",
    "The {army|government} said <k> {assailants|militants} were killed in the {fighting|exchange of fire} that followed.",
    "Residents said the attackers arrived on about <m> motorcycles and set fire to <k> houses before fleeing.",
    "The victims included <k> women and <k> children, according to a local rights group.",
  ],
  context: [
    "<country> has deployed some <t> troops in the region since <year>.",
    "At least <a> attacks have targeted {security forces|civilians|foreign troops} in the area since the start of the year.",
    "The government announced <money> million dollars in emergency aid for the families of the victims.",
    "More than <t> people have fled their homes in the province over the past <k> months, according to the United Nations.",
    "The violence has killed more than <t> people since <year>, according to a tally by a monitoring group.",
  ],
  quotes: [
    "\"We heard <k> explosions and then gunfire for nearly an hour,\" a resident told <outlet>.",
    "\"The situation is under control,\" a regional governor said in a televised address on {Monday|Wednesday}.",
  ],
  related: ["Read also: <n> dead in new wave of attacks", "Related: what we know about the insurgency", "Advertisement"],
  cookie: [
    "We use cookies to improve your experience on our site. By clicking \"Accept all\", you consent to the use of cookies and to our privacy policy. You can manage your choices at any time.",
    "This site uses cookies and similar technologies. Accept all | Reject all | Manage my choices. Read our privacy policy and cookie policy.",
  ],
};
