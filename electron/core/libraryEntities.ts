// Library-wide corrections of entities: "B" merged into "A" (B is then one of A's names in every article),
// and an entity's kind set for the whole library. Laid over each briefing after its own corrections; search
// and entity pages resolve merges when asked (entityPage.ts, speakerSearch.ts), so a merge or a split
// rewrites nothing.
import type { EntityType } from './analysis/types';
import type { CorrectedAnalysis } from './corrections';

export interface LibraryEntities {
  /** Each merged name (by its lower case) as the analyst wrote it, and the name it was merged into. */
  merges: ReadonlyMap<string, { alias: string; into: string }>;
  /** Kinds the analyst set for the whole library, by name (lower case). */
  kinds: ReadonlyMap<string, EntityType>;
}

export const NO_LIBRARY_ENTITIES: LibraryEntities = { merges: new Map(), kinds: new Map() };

/** The name `name` stands for: followed through merges (B into A, A into C gives C). The merges
 *  repository refuses a cycle; the bound only guards against one written by hand. */
export function canonicalName(name: string, merges: LibraryEntities['merges']): string {
  let at = name;
  for (let hops = 0; hops < 32; hops++) {
    const next = merges.get(at.toLowerCase());
    if (next === undefined) return at;
    at = next.into;
  }
  return at;
}

/** Every name that stands for `name`'s entity: its canonical name and all the names merged into it. */
export function namesOf(name: string, merges: LibraryEntities['merges']): string[] {
  const canonical = canonicalName(name, merges);
  const names = [canonical];
  for (const { alias } of merges.values()) if (canonicalName(alias, merges).toLowerCase() === canonical.toLowerCase()) names.push(alias);
  return [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
}

export function applyLibraryEntities(out: CorrectedAnalysis, { merges, kinds }: LibraryEntities): void {
  if (!merges.size) return;
  const byName = new Map(out.entities.map((e) => [e.name.toLowerCase(), e]));
  for (const e of [...out.entities]) {
    const target = canonicalName(e.name, merges);
    if (target.toLowerCase() === e.name.toLowerCase()) continue;
    (out.merged[target] ??= []).push(e.name);
    const into = byName.get(target.toLowerCase());
    if (into && into !== e) {
      // Both named in this article: one entity, with B among A's names and B's mentions as A's.
      into.aliases = [...new Set([...into.aliases, e.name, ...e.aliases])].filter((a) => a.toLowerCase() !== into.name.toLowerCase());
      into.mentions = [...into.mentions, ...e.mentions].sort((x, y) => x.start - y.start);
      out.entities.splice(out.entities.indexOf(e), 1);
    } else {
      out.entityOrigins[target] ??= out.entityOrigins[e.name] ?? e.name;
      e.aliases = [...new Set([...e.aliases, e.name])];
      e.name = target;
      e.type = kinds.get(target.toLowerCase()) ?? e.type;
      byName.set(target.toLowerCase(), e);
    }
  }
  for (const q of out.quotes) if (q.speaker) q.speaker = { ...q.speaker, name: canonicalName(q.speaker.name, merges) };
  for (const p of out.proposals) if (p.actor) p.actor = { name: canonicalName(p.actor.name, merges) };
}
