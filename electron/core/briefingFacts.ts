// Who and where at a glance: the entities the briefing leads with, most mentioned first.
import type { Analysis, Entity, EntityType } from './analysis/types';

export interface BriefingFacts {
  keyPeople: string[];
  organizations: string[];
  places: string[];
}

export function briefingFacts(analysis: Analysis, limit = 4): BriefingFacts {
  const top = (type: EntityType) =>
    analysis.entities
      .filter((e: Entity) => e.type === type)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map((e) => e.name);
  return { keyPeople: top('person'), organizations: top('organization'), places: top('place') };
}
