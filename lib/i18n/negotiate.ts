import { LANGS, type Lang } from '@/lib/basemap/region-schema';

/**
 * The UI language for a browser's Accept-Language header: the supported language with the highest quality value
 * (ties keep the header's order), matching on the primary subtag (`ko-KR` is Korean); English when none is supported.
 */
export function negotiateLang(acceptLanguage: string | null | undefined): Lang {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const match = ranked.find((entry) => (LANGS as readonly string[]).includes(entry.primary));
  return (match?.primary as Lang | undefined) ?? 'en';
}
