import type { Lang, Region } from '@/lib/basemap/region-schema';
import type { Messages } from '@/lib/i18n/messages';
import { regionTypeIn } from '@/lib/i18n/region-types';

/** What the region panel shows, resolved for one language. */
export type RegionDetails = {
  id: string;
  name: string;
  /** The name in the region's own language, when it differs from `name`. */
  localName: string | null;
  type: string;
  /** The country's name, for a province; null for a country. */
  countryName: string | null;
  /** A sentence on occupation (Crimea, Sevastopol), or null. */
  occupation: string | null;
};

/** Resolves a region's names for the panel; `lookup` finds the country (and occupier) records. */
export function regionDetails(
  region: Region,
  lookup: (id: string) => Region | undefined,
  lang: Lang,
  messages: Messages,
): RegionDetails {
  const name = region.names[lang];
  const local = region.names.local;
  const country = region.kind === 'province' ? lookup(region.country) : undefined;
  const occupier = region.occupation ? lookup(region.occupation.by) : undefined;
  return {
    id: region.id,
    name,
    localName: local && local !== name ? local : null,
    type: region.kind === 'country' ? messages.countryType : regionTypeIn(region.type, lang),
    countryName: region.kind === 'province' ? (country?.names[lang] ?? region.country) : null,
    occupation: region.occupation
      ? messages.occupied(occupier?.names[lang] ?? region.occupation.by, region.occupation.since)
      : null,
  };
}
