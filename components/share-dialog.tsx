'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { DEFAULT_EMBED_OPTIONS, EMBED_ID_PATTERN, embedUrl, type EmbedOptions } from '@/lib/embed/embed-link';
import { embedSnippet } from '@/lib/embed/snippet';
import type { Messages } from '@/lib/i18n/messages';
import { loadSchemas } from '@/lib/security/load-schemas';
import type { UrlState } from '@/lib/url-state';

type Toggle = 'legend' | 'timeline' | 'feed' | 'interactive';
const TOGGLES: Toggle[] = ['legend', 'timeline', 'feed', 'interactive'];
const LABELS = { legend: 'optionLegend', timeline: 'optionTimeline', feed: 'optionFeed', interactive: 'optionInteractive' } as const;
/** How long the options must stay unchanged before the preview reloads. */
const PREVIEW_DELAY_MS = 400;
/** The snippet's starting height until the preview reports its own. */
const DEFAULT_HEIGHT = 560;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Share: a button that opens a dialog with the link of the current view (the URL carries the whole view) and the
 * embed code for it: options, a live preview (an iframe of /embed) and the snippet, each with a copy button.
 */
export function ShareDialog({ messages, state }: { messages: Messages; state: UrlState }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const previewRef = useRef<HTMLIFrameElement>(null);
  const titleId = useId();
  const idHintId = useId();
  const [view, setView] = useState<{ origin: string; href: string; state: UrlState } | null>(null);
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  const [idText, setIdText] = useState(DEFAULT_EMBED_OPTIONS.id);
  const [resize, setResize] = useState(true);
  const [height, setHeight] = useState(DEFAULT_HEIGHT);
  const [status, setStatus] = useState('');
  const t = messages.embed;

  const open = () => {
    setView({
      origin: window.location.origin,
      href: window.location.href,
      state,
    });
    setStatus('');
    dialogRef.current?.showModal();
  };

  const src = useMemo(() => (view ? embedUrl(view.origin, view.state, options) : null), [view, options]);
  // The preview (a whole map) reloads once the options have stopped changing for a moment, not at every keystroke.
  const [previewSrc, setPreviewSrc] = useState<string | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setPreviewSrc(src), previewSrc === null || src === null ? 0 : PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
    // Only a new src restarts the wait.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [src]);
  const snippet = useMemo(
    () => (view && src ? embedSnippet({ src, title: t.iframeTitle, height, embedOrigin: view.origin, resize }) : ''),
    [view, src, t.iframeTitle, height, resize],
  );

  // The preview reports its height like any embed; only its own window's messages are read.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== previewRef.current?.contentWindow || event.origin !== window.location.origin) return;
      void loadSchemas(() => import('@/lib/embed/messages')).then(({ DatawrapperHeightSchema }) => {
        const parsed = DatawrapperHeightSchema.safeParse(event.data);
        if (!parsed.success) return;
        const reported = Object.values(parsed.data['datawrapper-height'])[0];
        if (reported !== undefined && reported > 0) setHeight(reported);
      });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const idValid = EMBED_ID_PATTERN.test(idText);

  return (
    <>
      <button
        type="button"
        onClick={open}
        aria-haspopup="dialog"
        className="min-h-11 rounded-md border border-stone-400 px-3 text-sm font-semibold dark:border-stone-500"
      >
        {messages.share}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        onClose={() => setView(null)}
        className="m-auto max-h-[92dvh] w-[min(44rem,calc(100vw-1rem))] overflow-y-auto rounded-lg border border-stone-300 bg-white p-0 text-stone-900 shadow-2xl backdrop:bg-black/40 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
      >
        {view && src ? (
          <div className="flex flex-col gap-4 p-4">
            <div className="flex items-center justify-between gap-2">
              <h2 id={titleId} className="text-lg font-semibold">
                {t.dialogTitle}
              </h2>
              <button
                type="button"
                onClick={() => dialogRef.current?.close()}
                aria-label={t.closeDialog}
                className="flex min-h-11 min-w-11 items-center justify-center rounded-full text-2xl hover:bg-stone-100 dark:hover:bg-stone-800"
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={`${titleId}-link`} className="text-sm font-semibold">
                {t.linkLabel}
              </label>
              <div className="flex gap-2">
                <input
                  id={`${titleId}-link`}
                  readOnly
                  value={view.href}
                  onFocus={(event) => event.currentTarget.select()}
                  className="min-h-11 min-w-0 flex-1 rounded-md border border-stone-400 bg-stone-50 px-2 text-sm dark:border-stone-500 dark:bg-stone-800"
                />
                <button
                  type="button"
                  onClick={async () => setStatus((await copyText(view.href)) ? messages.linkCopied : t.copyFailed)}
                  className="min-h-11 shrink-0 rounded-md border border-stone-400 px-3 text-sm font-semibold dark:border-stone-500"
                >
                  {t.copyLink}
                </button>
              </div>
            </div>
            <fieldset className="flex flex-col gap-2 rounded-md border border-stone-300 p-3 dark:border-stone-600">
              <legend className="px-1 text-sm font-semibold">{t.embedHeading}</legend>
              <div className="flex flex-wrap gap-x-4">
                {TOGGLES.map((name) => (
                  <label key={name} className="flex min-h-11 items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={options[name]}
                      onChange={(event) => {
                        const checked = event.currentTarget.checked;
                        setOptions((current) => ({ ...current, [name]: checked }));
                      }}
                      className="h-5 w-5"
                    />
                    {t[LABELS[name]]}
                  </label>
                ))}
                <label className="flex min-h-11 items-center gap-2 text-sm">
                  <input type="checkbox" checked={resize} onChange={(event) => setResize(event.currentTarget.checked)} className="h-5 w-5" />
                  {t.optionResize}
                </label>
              </div>
              <label htmlFor={`${titleId}-id`} className="text-sm font-semibold">
                {t.optionId}
              </label>
              <input
                id={`${titleId}-id`}
                value={idText}
                aria-describedby={idHintId}
                aria-invalid={!idValid}
                maxLength={64}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  setIdText(text);
                  setOptions((current) => ({ ...current, id: EMBED_ID_PATTERN.test(text) ? text : DEFAULT_EMBED_OPTIONS.id }));
                }}
                className="min-h-11 rounded-md border border-stone-400 bg-white px-2 text-sm aria-[invalid=true]:border-red-700 dark:border-stone-500 dark:bg-stone-800"
              />
              <p id={idHintId} className="text-xs text-stone-700 dark:text-stone-300">
                {t.optionIdHint}
              </p>
            </fieldset>
            <div className="flex flex-col gap-1">
              <p className="text-sm font-semibold">{t.preview}</p>
              <iframe
                ref={previewRef}
                key={previewSrc ?? ''}
                src={previewSrc ?? undefined}
                title={t.previewTitle}
                style={{ width: '100%', height: `${height}px`, border: 0 }}
                className="rounded-md border border-stone-300 dark:border-stone-600"
              />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={`${titleId}-code`} className="text-sm font-semibold">
                {t.snippetLabel}
              </label>
              <textarea
                id={`${titleId}-code`}
                readOnly
                value={snippet}
                rows={5}
                onFocus={(event) => event.currentTarget.select()}
                className="rounded-md border border-stone-400 bg-stone-50 p-2 font-mono text-xs dark:border-stone-500 dark:bg-stone-800"
              />
              <div className="flex items-center gap-3">
                <button
                  type="button"
                  onClick={async () => setStatus((await copyText(snippet)) ? t.snippetCopied : t.copyFailed)}
                  className="min-h-11 rounded-md border border-stone-400 px-3 text-sm font-semibold dark:border-stone-500"
                >
                  {t.copySnippet}
                </button>
              </div>
            </div>
            <p role="status" className="min-h-5 text-sm text-stone-700 dark:text-stone-300">
              {status}
            </p>
          </div>
        ) : null}
      </dialog>
    </>
  );
}
