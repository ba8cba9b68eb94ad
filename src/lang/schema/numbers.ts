import { z } from "zod";

/** Qualifiers a phrase before a number can set ("au moins" → at least). */
export const NumberQualifier = z.enum(["approximate", "at least", "at most", "up to", "more than", "less than"]);
export type NumberQualifier = z.infer<typeof NumberQualifier>;

const Words = z.array(z.string().min(1));
const Values = z.record(z.string().min(1), z.number().nonnegative());

/**
 * The `numbers.json` section: how a language writes numbers. Words are matched
 * on folded text (case and accents do not matter); a word in `values` may be
 * written with hyphens or spaces ("quatre-vingt").
 */
export const NumbersSection = z.strictObject({
  /** Decimal separator of digits ("," in fr/es, "." in en). */
  decimal: z.string().length(1),
  /** Thousands separators ("2 500", "2.500", "2'500", "2,500"); a group is exactly three digits. */
  group: z.array(z.string().length(1)),
  /** Number words that add up ("vingt", "dix-sept", "doscientos"); 1-valued words are listed in `ones` too. */
  values: Values,
  /** Words after which a value below twenty adds ("soixante" + "dix" = 70). */
  vigesimal: Words,
  /** Words that multiply the group before them ("deux cents", "two hundred"). */
  hundreds: Values,
  /** Words that multiply everything before them ("trois millions", "dos mil"). */
  scales: Values,
  /** Hundred and scale words that count on their own ("mille", "cent", "mil"); others need a number before them. */
  standalone: Words,
  /** Approximate collective nouns ("une dizaine"); they need an article or a number before them, else they are vague ("des dizaines"). */
  collectives: Values,
  /** Words worth one that may be a mere article ("un", "une", "one"): a count only in casualty statements. */
  ones: Words,
  /** Articles that stand for one before a hundred, scale or collective only ("a dozen", "a million"). */
  articles: Words,
  /** Words joining number words ("vingt et un", "two hundred and fifty", "treinta y dos"). */
  joiners: Words,
  /** Multipliers glued to digits ("1.2bn", "$3m"); `currency` ones need a currency next to them. */
  suffixes: z.record(z.string().min(1), z.strictObject({ value: z.number().positive(), currency: z.boolean() })),
  /** Phrases before a number that qualify it. */
  qualifiers: z.record(NumberQualifier, Words),
  /** Words that may sit between a qualifier and its number (Spanish personal "a": "al menos a 18"). */
  particles: Words,
  ranges: z.strictObject({
    /** Joins of a bare range ("10 à 15", "10 to 15", "10-15"). */
    join: Words,
    /** Openers of a paired range ("entre", "between"). */
    open: Words,
    /** Joins that need an opener ("entre 100 et 200"). */
    openJoin: Words,
  }),
});
export type NumbersSection = z.infer<typeof NumbersSection>;
