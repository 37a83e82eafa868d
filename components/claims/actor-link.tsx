'use client';

import { createContext, useContext } from 'react';
import type { Lang } from '@/lib/basemap/region-schema';
import type { Names } from '@/lib/domain/schemas';

/** Opens an actor's panel; provided by the atlas. Null (the default, e.g. in an embed): claimants are plain text. */
export const OpenActorContext = createContext<((id: string) => void) | null>(null);

const LINK =
  'inline-flex min-h-11 items-center text-left font-semibold text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100';

/** An actor's name: a button opening its panel where the atlas provides one, else plain text. */
export function ActorLink({ actor, lang, className = '' }: { actor: { id: string; names: Names }; lang: Lang; className?: string }) {
  const open = useContext(OpenActorContext);
  if (!open) return <span className={`font-semibold ${className}`}>{actor.names[lang]}</span>;
  return (
    <button type="button" className={`${LINK} ${className}`} onClick={() => open(actor.id)}>
      {actor.names[lang]}
    </button>
  );
}
