// `closest()` for many names against one candidate list, fast. Comparing every undefined name with
// every definition is quadratic (20 000 typos × 2 000 tags took minutes); instead each candidate
// is indexed under every string left after deleting up to two of its characters (lowercased).
// Two names within edit distance 2 always share such a string, so a lookup yields a handful of
// candidates, which `closest()` then ranks exactly as it would the whole list. Answers are cached
// per name.

import { closest } from './did-you-mean.ts';

const MAX_DELETES = 2;

/** Every string obtained by deleting at most `MAX_DELETES` characters from `word` (with `word`). */
function deletions(word: string): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let round = 0; round < MAX_DELETES; round++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

export class NearMissIndex {
  private readonly candidates: readonly string[];
  private index: Map<string, number[]> | undefined;
  private readonly answers = new Map<string, string | undefined>();

  constructor(candidates: Iterable<string>) {
    this.candidates = [...candidates];
  }

  /** The same answer as `closest(name, candidates)`. */
  closest(name: string): string | undefined {
    if (this.answers.has(name)) return this.answers.get(name);
    const index = (this.index ??= this.build());
    const ids = new Set<number>();
    for (const variant of deletions(name.toLowerCase())) for (const id of index.get(variant) ?? []) ids.add(id);
    // In the original order, so that ties resolve as closest() resolves them.
    const answer = closest(name, [...ids].sort((a, b) => a - b).map((id) => this.candidates[id]!));
    this.answers.set(name, answer);
    return answer;
  }

  private build(): Map<string, number[]> {
    const index = new Map<string, number[]>();
    this.candidates.forEach((candidate, id) => {
      for (const variant of deletions(candidate.toLowerCase())) {
        const ids = index.get(variant);
        if (ids) ids.push(id);
        else index.set(variant, [id]);
      }
    });
    return index;
  }
}
