'use client';

import { useEffect, useId, useState } from 'react';
import type { Timeline } from '@/lib/atlas/initial-view';
import type { Lang } from '@/lib/basemap/region-schema';
import { formatPartialDate } from '@/lib/claims/claim-format';
import type { Messages } from '@/lib/i18n/messages';
import { addDays, clampDay, dayOffset, nextDayAfter, previousDayBefore } from '@/lib/timeline/days';
import { useMediaQuery } from '../use-media-query';


type AsOfControlProps = {
  timeline: Timeline;
  /** The day shown; null means the latest. */
  asOf: string | null;
  lang: Lang;
  messages: Messages;
  onChange: (asOf: string | null, mode: 'push' | 'replace') => void;
};

const SPEEDS = [1, 2, 4] as const;

/**
 * "What was known on a date": a slider over the data's span (first to last claim, not today) with the claim days as
 * ticks, buttons stepping to the previous and next claim day, and a replay that steps from one claim day to the next.
 * Keyboard: the slider's arrow, Page and Home/End keys. A reader who asks for reduced motion gets no automatic replay
 * (the steps stay): the map would otherwise change on its own every second.
 */
export function AsOfControl({ timeline, asOf, lang, messages, onChange }: AsOfControlProps) {
  const sliderId = useId();
  const ticksId = useId();
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(1);
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const day = clampDay(asOf ?? timeline.last, timeline.first, timeline.last);
  const span = dayOffset(timeline.first, timeline.last);

  useEffect(() => {
    if (!playing || reducedMotion) return;
    const timer = window.setInterval(() => {
      const next = nextDayAfter(timeline.claimDays, day);
      if (next === null) setPlaying(false);
      else onChange(next === timeline.last ? null : next, 'replace');
    }, 1200 / speed);
    return () => window.clearInterval(timer);
  }, [playing, reducedMotion, speed, day, timeline, onChange]);
  const previous = previousDayBefore(timeline.claimDays, day);
  const next = nextDayAfter(timeline.claimDays, day);
  const step = (target: string | null) => {
    if (target !== null) onChange(target === timeline.last ? null : target, 'push');
  };
  const stepClass =
    'flex min-h-11 min-w-11 items-center justify-center rounded border border-stone-400 text-lg disabled:opacity-40 dark:border-stone-500';

  const label = formatPartialDate({ precision: 'day', value: day }, lang) ?? day;
  return (
    <div className="flex items-center gap-2 border-b border-stone-300 bg-stone-50 px-3 py-1 dark:border-stone-700 dark:bg-stone-900" role="group" aria-label={messages.timeline}>
      <button
        type="button"
        onClick={() => step(previous)}
        disabled={previous === null}
        aria-label={messages.view.previousDay}
        className={stepClass}
      >
        <span aria-hidden="true">‹</span>
      </button>
      {reducedMotion ? null : (
        <>
        <button
          type="button"
          onClick={() => {
            if (!playing && asOf === null) onChange(timeline.first, 'push');
            setPlaying(!playing);
          }}
          aria-pressed={playing}
          aria-label={playing ? messages.pause : messages.play}
          className="flex min-h-11 min-w-11 items-center justify-center rounded border border-stone-400 text-lg dark:border-stone-500"
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        <label htmlFor={`${sliderId}-speed`} className="sr-only">
          {messages.speed}
        </label>
        <select
          id={`${sliderId}-speed`}
          value={speed}
          onChange={(event) => setSpeed(Number(event.target.value) as (typeof SPEEDS)[number])}
          className="hidden min-h-11 rounded border border-stone-400 bg-white px-1 text-sm md:block dark:border-stone-500 dark:bg-stone-800"
        >
          {SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
        </>
      )}
      <button type="button" onClick={() => step(next)} disabled={next === null} aria-label={messages.view.nextDay} className={stepClass}>
        <span aria-hidden="true">›</span>
      </button>
      <label htmlFor={sliderId} className="sr-only">
        {messages.timeline}
      </label>
      <input
        id={sliderId}
        type="range"
        min={0}
        max={span}
        step={1}
        list={ticksId}
        value={dayOffset(timeline.first, day)}
        aria-valuetext={messages.knownAsOf(label)}
        onChange={(event) => {
          const next = addDays(timeline.first, Number(event.target.value));
          onChange(next === timeline.last ? null : next, 'replace');
        }}
        className="min-h-11 min-w-16 flex-1 accent-sky-700"
      />
      <datalist id={ticksId}>
        {timeline.claimDays.map((claimDay) => (
          <option key={claimDay} value={dayOffset(timeline.first, claimDay)} />
        ))}
      </datalist>
      <output htmlFor={sliderId} className="w-20 shrink-0 text-right text-xs leading-tight tabular-nums md:w-40 md:text-sm" aria-live="polite">
        {asOf === null ? `${messages.latest} · ${label}` : label}
      </output>
    </div>
  );
}
