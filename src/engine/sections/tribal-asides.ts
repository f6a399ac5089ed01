/**
 * Tribal knowledge said while on another topic: the name's story told in the overview, "the
 * other sharp edge" in the middle of the deploy talk. The sentence stays in its section and is
 * a plain-English note as well, as a reviewer files it in both; only its wording says so, since
 * a note has no topic of its own.
 */

const TRIBAL_ASIDE =
  /\b(named (it )?after|the name (comes|came) from|why (is it )?called|sharp edges?|gotchas?|quirks?|historically|for historical reasons|nobody knows why|the trick is|little trick|workarounds?|years ago|back in (19|20|twenty|nineteen)|undocumented|hard ?coded)\b/;

/** The sentences placed in other sections (not none) that are also notes, in call order; `norms` are the sentences normalised. */
export function tribalAsides(norms: readonly string[], labels: ReadonlyArray<string | null>, notesId: string): number[] {
  const asides: number[] = [];
  labels.forEach((id, i) => {
    if (id !== null && id !== notesId && TRIBAL_ASIDE.test(norms[i])) asides.push(i);
  });
  return asides;
}
