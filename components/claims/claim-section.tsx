import type { ClaimView } from '@/lib/api/claim-view';
import type { Lang } from '@/lib/basemap/region-schema';
import type { Messages } from '@/lib/i18n/messages';
import { ClaimCard } from './claim-card';

type ClaimSectionProps = {
  id: string;
  heading: string;
  claims: readonly ClaimView[];
  /** Shown instead of the list when there is no claim. */
  empty?: string;
  lang: Lang;
  messages: Messages;
  /** Gives each claim an open button (for lists outside the claim's own panel). */
  onOpenClaim?: (id: string) => void;
};

/** A titled list of claims (in a dossier or a movement's panel), with its count in the heading. */
export function ClaimSection({ id, heading, claims, empty, lang, messages, onOpenClaim }: ClaimSectionProps) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="text-base font-semibold">
        {heading} <span className="font-normal text-stone-600 dark:text-stone-400">({messages.claimCount(claims.length)})</span>
      </h3>
      {claims.length === 0 && empty ? (
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{empty}</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {claims.map((claim) => (
            <li key={claim.id}>
              <ClaimCard claim={claim} lang={lang} messages={messages} onOpen={onOpenClaim} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
