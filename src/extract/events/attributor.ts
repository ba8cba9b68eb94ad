import type { Token } from "../../text/tokens.js";
import { firstStartingFrom } from "../../text/span-search.js";
import type { Span } from "../../types.js";
import { startsUpper } from "../../text/char-tests.js";

/** "attribué par Washington aux alliés": the capitalised name after an `attributed_by` cue between the alleged cue and the actor. */
export function attributor(text: string, tokens: readonly Token[], by: readonly Span[], cue: Span, actor: Span): string | null {
  for (let m = firstStartingFrom(by, cue.end); m < by.length && by[m].end <= actor.start; m++) {
    const marker = by[m];
    const name: Token[] = [];
    for (let k = firstStartingFrom(tokens, marker.end); k < tokens.length && tokens[k].end <= actor.start; k++) {
      const t = tokens[k];
      if (!startsUpper(t.text)) break;
      name.push(t);
    }
    if (name.length) return text.slice(name[0].start, name[name.length - 1].end);
  }
  return null;
}
