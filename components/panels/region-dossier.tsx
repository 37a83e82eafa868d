import type { Lang } from '@/lib/basemap/region-schema';
import type { RegionDossier } from '@/lib/api/region-dossier';
import { formatCount, formatPartialDate } from '@/lib/claims/claim-format';
import { STANCES } from '@/lib/domain/vocabulary';
import type { Messages } from '@/lib/i18n/messages';
import { ClaimSection } from '../claims/claim-section';
import { StatusBadge } from '../claims/status-badge';

type RegionDossierViewProps = {
  dossier: RegionDossier;
  /** Party names by actor id, in the UI language. */
  partyName: (id: string) => string;
  lang: Lang;
  messages: Messages;
};

function estimate(min: number | null, max: number | null, lang: Lang): string | null {
  if (min === null) return null;
  if (max === null || max === min) return formatCount(min, lang);
  return `${formatCount(min, lang)}–${formatCount(max, lang)}`;
}

/** What the map says about a region as of a day: counts, deployments, movements and the claims, newest first. */
export function RegionDossierView({ dossier, partyName, lang, messages }: RegionDossierViewProps) {
  const parties = Object.entries(dossier.counts.byParty).sort((a, b) => b[1] - a[1]);
  const stances = STANCES.filter((stance) => dossier.counts.byStance[stance] > 0);
  return (
    <div className="space-y-5">
      {dossier.latestChange ? (
        <p className="text-sm text-stone-700 dark:text-stone-300">
          {messages.latestChange(formatPartialDate({ precision: 'day', value: dossier.latestChange.date }, lang) ?? '')}
        </p>
      ) : null}
      {dossier.counts.claims > 0 ? (
        <div className="grid grid-cols-2 gap-4 text-sm">
          <section aria-labelledby="dossier-parties">
            <h4 id="dossier-parties" className="font-semibold">{messages.byParty}</h4>
            <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-2">
              {parties.map(([party, count]) => (
                <div key={party} className="contents">
                  <dt>{partyName(party)}</dt>
                  <dd className="text-right tabular-nums">{formatCount(count, lang)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="dossier-stances">
            <h4 id="dossier-stances" className="font-semibold">{messages.byStance}</h4>
            <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-2">
              {stances.map((stance) => (
                <div key={stance} className="contents">
                  <dt>{messages.stance[stance]}</dt>
                  <dd className="text-right tabular-nums">{formatCount(dossier.counts.byStance[stance], lang)}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      ) : null}
      {dossier.deployments.length > 0 ? (
        <section aria-labelledby="dossier-deployments">
          <h4 id="dossier-deployments" className="text-sm font-semibold">{messages.deploymentsHeading}</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {dossier.deployments.map((deployment) => (
              <li key={deployment.id} className="flex flex-wrap items-center gap-2">
                <span>{deployment.names[lang]}</span>
                <StatusBadge status={deployment.status} label={messages.status[deployment.status]} />
                {estimate(deployment.estimateMin, deployment.estimateMax, lang) ? (
                  <span className="text-stone-700 dark:text-stone-300">
                    <span className="font-semibold tabular-nums">{estimate(deployment.estimateMin, deployment.estimateMax, lang)}</span>{' '}
                    ({messages.latestEstimate})
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {dossier.movements.length > 0 ? (
        <section aria-labelledby="dossier-movements">
          <h4 id="dossier-movements" className="text-sm font-semibold">{messages.movementsHeading}</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {dossier.movements.map((movement) => (
              <li key={movement.id} className="flex flex-wrap items-center gap-2">
                <span>{movement.names[lang]}</span>
                <span className="text-stone-600 dark:text-stone-400">({messages.direction[movement.direction]})</span>
                <StatusBadge status={movement.status} label={messages.status[movement.status]} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ClaimSection
        id="dossier-claims"
        heading={messages.claimsHeading}
        claims={dossier.claims}
        empty={messages.noClaims}
        lang={lang}
        messages={messages}
      />
    </div>
  );
}
