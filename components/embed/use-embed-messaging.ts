'use client';

import { useEffect, useRef, type RefObject } from 'react';
import type { Command } from '@/lib/embed/messages';
import { heightMessages, selectMessage, type Selection } from '@/lib/embed/protocol';
import { loadSchemas } from '@/lib/security/load-schemas';

/**
 * The command check (zod), loaded when the embed starts listening for commands: showing the map does not need it.
 * Should its chunk fail to load, no command is accepted.
 */
const loadCommandCheck = () =>
  loadSchemas(() => import('@/lib/embed/messages')).then(
    (module) => module.acceptCommand,
    () => () => null,
  );

type EmbedMessagingOptions = {
  /** False outside the embed: the hook does nothing. */
  enabled: boolean;
  /** The embed's name in its messages (`id`). */
  id: string;
  /** The element whose height is the embed's height. */
  root: RefObject<HTMLElement | null>;
  /** What is selected now; a change after the first render is announced. */
  selection: Selection | null;
  /** Origins whose commands are obeyed (EMBED_COMMAND_ORIGINS); empty: none. */
  commandOrigins: readonly string[];
  onCommand: (command: Command) => void;
};

/**
 * The embed's side of the postMessage protocol (docs/embed.md), active only inside a frame: posts its height (the
 * Datawrapper and AMP forms) whenever it changes and its selection whenever it changes, both to any parent ('*': they
 * say only what the reader sees); obeys commands from the parent window at a listed origin, in the exact shape, and
 * ignores everything else silently.
 */
export function useEmbedMessaging({ enabled, id, root, selection, commandOrigins, onCommand }: EmbedMessagingOptions): void {
  useEffect(() => {
    const element = root.current;
    if (!enabled || window.parent === window || !element) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      for (const message of heightMessages(id, height)) window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, [enabled, id, root]);

  const announced = useRef<string | null>(null);
  const key = selection ? `${selection.kind}:${selection.target}` : '';
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    // The selection the embed opened with is part of its link, not news: only changes are announced.
    if (announced.current === null) {
      announced.current = key;
      return;
    }
    if (announced.current === key) return;
    announced.current = key;
    window.parent.postMessage(selectMessage(id, selection), '*');
  }, [enabled, id, key, selection]);

  const commandRef = useRef(onCommand);
  useEffect(() => {
    commandRef.current = onCommand;
  }, [onCommand]);
  useEffect(() => {
    if (!enabled || window.parent === window || commandOrigins.length === 0) return;
    let listening = true;
    const check = loadCommandCheck();
    const onMessage = (event: MessageEvent) => {
      const message = { origin: event.origin, source: event.source, data: event.data };
      // Commands are checked in the order they arrive (one promise), once the check has loaded.
      void check.then((acceptCommand) => {
        if (!listening) return;
        const command = acceptCommand(message, { parent: window.parent, allowedOrigins: commandOrigins, id });
        if (command) commandRef.current(command);
      });
    };
    window.addEventListener('message', onMessage);
    return () => {
      listening = false;
      window.removeEventListener('message', onMessage);
    };
  }, [enabled, commandOrigins, id]);
}
