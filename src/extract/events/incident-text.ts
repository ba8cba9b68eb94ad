import type { Count } from "../../../schemas/index.js";
import type { LanguagePack } from "../../lang/pack.js";
import { fold } from "../../text/fold.js";
import type { Span } from "../../types.js";
import type { SentenceFacts } from "./facts.js";
import { eventLexicon } from "./lexicon.js";

const PLACE_NOUN = "geo:place-noun";
const NON_LETTER = /[^\p{L}]+/u;

type TargetFact = SentenceFacts["targets"][number];

/**
 * What the fillers of one incident are read against: its text, members and
 * the document's lexicon (methods, not closures made per incident:
 * docs/performance.md §1).
 */
export class IncidentText {
  /** Whether a count names one of the incident's own (non-state) attackers; each count is read once. */
  private readonly attacker = new Map<Count, boolean>();
  readonly actorIds = new Set<string>();
  readonly settlements: ReadonlySet<string>;

  constructor(
    readonly text: string,
    readonly members: readonly SentenceFacts[],
    readonly pack: LanguagePack,
  ) {
    for (const f of members) for (const a of f.actors) this.actorIds.add(a.entry.id);
    this.settlements = settlementNouns(pack);
  }

  slice(s: Span): string {
    return this.text.slice(s.start, s.end);
  }

  isAttacker(c: Count): boolean {
    let a = this.attacker.get(c);
    if (a === undefined) {
      a = false;
      for (const m of eventLexicon(this.pack).actors.match(fold(c.text))) {
        if (this.actorIds.has(m.value.id) && !m.value.state) {
          a = true;
          break;
        }
      }
      this.attacker.set(c, a);
    }
    return a;
  }

  /** A settlement noun that a name completes ("the eastern town of Sialkot", "ville d'Ukraine"): it describes where, not what. */
  isSettlement(t: Span): boolean {
    for (const w of fold(this.slice(t)).split(NON_LETTER)) if (this.settlements.has(w)) return true;
    return false;
  }

  /**
   * A town or village named as where it happened is the location, not a target ("the village of Noaka"), unless the
   * structure makes the place itself the target ("un missile visant la ville sainte de La Mecque").
   */
  isPlaceName(f: SentenceFacts, t: TargetFact): boolean {
    if (t.kind !== "place") return false;
    for (const p of f.places) {
      if ((p.start <= t.start && t.start < p.end) || (p.start < t.end && t.start < p.end && (p.rule === PLACE_NOUN || (t.distance > 0 && this.isSettlement(t))))) return true;
    }
    return false;
  }
}

/** One-word place nouns of the geo pack that name settlements and areas, not sites ("town", "ville"; not "market"). */
const settlementNouns = (pack: LanguagePack): ReadonlySet<string> =>
  pack.memo("settlement-nouns", (p) => new Set(p.data.geo.placeNouns.filter((n) => n.kind !== "site" && !n.phrase.includes(" ")).map((n) => fold(n.phrase.toLowerCase()))));
