'use client';

import useSWR from 'swr';
import { fetchSubjectDetail } from '@/lib/api-client/fetchers';
import type { AnySubjectDetail } from '@/lib/api-client/subject-detail-response';
import type { Lang } from '@/lib/basemap/region-schema';
import { formatFigureValue, formatPartialDate, summaryIn } from '@/lib/claims/claim-format';
import type { Names } from '@/lib/domain/schemas';
import type { Messages } from '@/lib/i18n/messages';
import { EstimateChart } from '../charts/estimate-chart';
import { ClaimSection } from '../claims/claim-section';
import { StanceBadge } from '../claims/stance-badge';
import { StatusBadge } from '../claims/status-badge';
import { LoadError } from '../ui/load-error';
import { DetailsPanel } from './details-panel';

type SubjectPanelProps = {
  kind: 'movement' | 'deployment';
  id: string;
  /** The day to read it as of; null: the latest. */
  asOf: string | null;
  partyNames: Readonly<Record<string, Names>>;
  lang: Lang;
  messages: Messages;
  onClose: () => void;
};

function SubjectBody({ detail, partyName, lang, messages }: { detail: AnySubjectDetail; partyName: (id: string) => string; lang: Lang; messages: Messages }) {
  const { explanation } = detail;
  const asOf = formatPartialDate({ precision: 'day', value: detail.asOf }, lang) ?? detail.asOf;
  return (
    <div className="mt-2 space-y-5">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-stone-700 dark:text-stone-300">{messages.statusAsOf(asOf)}</span>
        <StatusBadge status={explanation.status} label={messages.status[explanation.status]} />
      </p>
      <section aria-labelledby="subject-why">
        <h3 id="subject-why" className="text-base font-semibold">{messages.whyHeading}</h3>
        <ul className="mt-1 space-y-1 text-sm">
          {explanation.stances.map((stance) => (
            <li key={stance.party} className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{partyName(stance.party)}</span>
              <StanceBadge stance={stance.stance} label={messages.stance[stance.stance]} />
              <span className="text-stone-600 dark:text-stone-400">{formatPartialDate(stance.date, lang)}</span>
              {stance.acting ? <span className="text-xs text-stone-600 italic dark:text-stone-400">({messages.actingParty})</span> : null}
            </li>
          ))}
        </ul>
      </section>
      {detail.estimates.length > 0 ? (
        <section aria-labelledby="subject-estimates">
          <h3 id="subject-estimates" className="text-base font-semibold">{messages.estimatesHeading}</h3>
          <EstimateChart estimates={detail.estimates} partyName={partyName} lang={lang} messages={messages} />
          <table className="mt-1 w-full text-left text-sm">
            <thead>
              <tr className="text-stone-600 dark:text-stone-400">
                <th scope="col" className="font-normal">{messages.estimateTable.date}</th>
                <th scope="col" className="font-normal">{messages.estimateTable.who}</th>
                <th scope="col" className="font-normal">{messages.estimateTable.figure}</th>
              </tr>
            </thead>
            <tbody>
              {detail.estimates.map((estimate, index) => (
                <tr key={`${estimate.claim}-${index}`} className="border-t border-stone-200 align-top dark:border-stone-700">
                  <td className="py-1 pr-2 whitespace-nowrap">{formatPartialDate(estimate.date, lang)}</td>
                  <td className="py-1 pr-2">{estimate.parties.map(partyName).join(', ')}</td>
                  <td className="py-1">
                    <span className="font-semibold tabular-nums">{formatFigureValue(estimate.figure, lang)}</span>{' '}
                    <span lang={summaryIn(estimate.figure.label, lang).lang}>{summaryIn(estimate.figure.label, lang).text}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <ClaimSection id="subject-claims" heading={messages.claimsAboutSubject} claims={detail.claims} lang={lang} messages={messages} />
    </div>
  );
}

/** A movement's or deployment's panel, from the API: status and why, estimates over time (chart and table), claims with sources. */
export function SubjectPanel({ kind, id, asOf, partyNames, lang, messages, onClose }: SubjectPanelProps) {
  const key = `/api/v1/${kind}s/${encodeURIComponent(id)}${asOf ? `?asOf=${asOf}` : ''}`;
  const { data, error, isValidating, mutate } = useSWR(key, fetchSubjectDetail, { revalidateOnFocus: false, keepPreviousData: true });
  const partyName = (party: string) => partyNames[party]?.[lang] ?? party;
  return (
    <DetailsPanel
      title={data ? data.subject.names[lang] : null}
      itemKey={id}
      label={messages.subjectPanelLabel}
      closeLabel={messages.closeSubject}
      onClose={onClose}
    >
      {data ? (
        <SubjectBody detail={data} partyName={partyName} lang={lang} messages={messages} />
      ) : error ? (
        <LoadError text={messages.loadFailed} retryLabel={messages.retry} retrying={isValidating} onRetry={() => void mutate()} />
      ) : (
        <div aria-busy="true" className="mt-3 h-24 animate-pulse rounded bg-stone-100 dark:bg-stone-800" />
      )}
    </DetailsPanel>
  );
}
