'use client';

import { useContext, useState } from 'react';
import type { Lang } from '@/lib/basemap/region-schema';
import type { ClaimCardView } from '@/lib/claims/claim-card-view';
import { formatFigureValue, formatPartialDate, summaryIn } from '@/lib/claims/claim-format';
import type { Messages } from '@/lib/i18n/messages';
import { isPlainClick } from '@/lib/plain-click';
import { ActorLink } from './actor-link';
import { ClaimHrefContext } from './claim-href';
import { SourceList } from './source-list';
import { StanceBadge } from './stance-badge';

type ClaimCardProps = {
  claim: ClaimCardView;
  lang: Lang;
  messages: Messages;
  /**
   * Opens the claim's own panel; without it the card has no open link (it is the panel). The link's href
   * (ClaimHrefContext) opens the same view by navigation: before the page's scripts run, and in a new tab.
   */
  onOpen?: (id: string) => void;
  /** Shows the sources unfolded (the claim's own panel). */
  sourcesOpen?: boolean;
};

/**
 * One claim: who, when, stance, what (in the UI language), figures, quote, and every source one click away. A folded
 * source list is rendered when first unfolded: a page of cards then carries its sources once (in the data the page
 * hydrates from) rather than twice (there and in the HTML).
 */
export function ClaimCard({ claim, lang, messages, onOpen, sourcesOpen = false }: ClaimCardProps) {
  const [sourcesShown, setSourcesShown] = useState(sourcesOpen);
  const claimHref = useContext(ClaimHrefContext);
  const summary = summaryIn(claim.summary, lang);
  const date = formatPartialDate(claim.date, lang);
  const claimants = claim.claimants.map((actor) => actor.names[lang]).join(', ');
  return (
    <article className="rounded-md border border-stone-200 p-3 dark:border-stone-700" aria-label={`${claimants}, ${date ?? ''}`}>
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span className="text-stone-900 dark:text-stone-50">
          {claim.claimants.map((actor, index) => (
            <span key={actor.id}>
              {index > 0 ? ', ' : null}
              <ActorLink actor={actor} lang={lang} />
            </span>
          ))}
        </span>
        <StanceBadge stance={claim.stance} label={messages.stance[claim.stance]} />
        <time dateTime={claim.date.value} className="text-stone-600 dark:text-stone-400">
          {date}
        </time>
      </header>
      <p lang={summary.lang} className="mt-1 text-sm text-stone-800 dark:text-stone-200">
        {summary.fallback ? <span className="sr-only">{messages.summaryInEnglish}: </span> : null}
        {summary.text}
      </p>
      {summary.fallback ? <p className="text-xs text-stone-600 italic dark:text-stone-400">{messages.summaryInEnglish}</p> : null}
      {claim.quote ? (
        <blockquote lang={claim.quote.lang} className="mt-1 border-l-2 border-stone-400 pl-2 text-sm italic">
          “{claim.quote.text}”
          {claim.quote.translated ? (
            <span className="ml-1 text-xs text-stone-600 not-italic dark:text-stone-400">({messages.translatedQuote})</span>
          ) : null}
        </blockquote>
      ) : null}
      {claim.figures.length > 0 ? (
        <ul className="mt-1 text-sm">
          {claim.figures.map((figure, index) => (
            <li key={index}>
              <span className="font-semibold tabular-nums">{formatFigureValue(figure, lang)}</span>{' '}
              <span lang={summaryIn(figure.label, lang).lang}>{summaryIn(figure.label, lang).text}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {onOpen ? (
        <a
          href={claimHref(claim.id)}
          onClick={(event) => {
            if (!isPlainClick(event)) return;
            event.preventDefault();
            onOpen(claim.id);
          }}
          aria-label={`${messages.openClaim}: ${claimants}, ${date ?? ''}`}
          className="mt-2 mr-3 inline-flex min-h-11 items-center rounded border border-stone-400 px-3 text-sm font-medium dark:border-stone-500"
        >
          {messages.openClaim}
        </a>
      ) : null}
      <details
        className="mt-2 inline-block"
        open={sourcesOpen}
        onToggle={(event) => {
          if (event.currentTarget.open) setSourcesShown(true);
        }}
      >
        <summary className="cursor-pointer text-sm font-medium text-stone-800 dark:text-stone-200">
          {messages.sources(claim.sources.length)}
        </summary>
        {sourcesShown ? <SourceList sources={claim.sources} lang={lang} messages={messages} /> : null}
      </details>
    </article>
  );
}
