import { z } from 'zod';
import { CountryIdSchema, ProvinceIdSchema } from './region-schema';
import { CONTENT_VERSION_PATTERN } from './content-version';

/**
 * Properties of the features in the generated `public/basemap/*.geojson` files. Every feature also carries the same
 * `id` at the top level; MapLibre keeps only numeric top-level ids, so a source that needs feature state should use
 * `promoteId: 'id'`.
 */

/** `countries.geojson`: one Polygon/MultiPolygon per country (Antarctica left out). */
export const CountryFeaturePropertiesSchema = z.object({ id: CountryIdSchema });
export type CountryFeatureProperties = z.infer<typeof CountryFeaturePropertiesSchema>;

/** `provinces.geojson`: admin-1 provinces of RUS, UKR, PRK and KOR; `country` is UKR for Crimea and Sevastopol. */
export const ProvinceFeaturePropertiesSchema = z.object({ id: ProvinceIdSchema, country: CountryIdSchema });
export type ProvinceFeatureProperties = z.infer<typeof ProvinceFeaturePropertiesSchema>;

export const LabelKindSchema = z.enum(['country', 'capital', 'city']);
export type LabelKind = z.infer<typeof LabelKindSchema>;

/**
 * `labels.geojson`: Point features. `id` is the region id for a country label and `geonames:<id>` for a city.
 * `rank`: lower is more important (1 the four countries the atlas is about and their capitals; see label-rank.ts).
 */
export const LabelPropertiesSchema = z.object({
  id: z.string().min(1),
  kind: LabelKindSchema,
  rank: z.number().int().min(1),
  name_en: z.string().min(1),
  name_ko: z.string().min(1),
  name_ru: z.string().min(1),
  name_uk: z.string().min(1),
});
export type LabelProperties = z.infer<typeof LabelPropertiesSchema>;

/** `manifest.json`: the generated files, their sizes raw and gzipped, and their content versions (content-version.ts). */
export const BasemapManifestSchema = z.array(
  z.object({
    file: z.string(),
    bytes: z.number().int(),
    gzipBytes: z.number().int(),
    version: z.string().regex(CONTENT_VERSION_PATTERN),
  }),
);
export type BasemapManifest = z.infer<typeof BasemapManifestSchema>;
