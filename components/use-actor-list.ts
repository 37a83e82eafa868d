'use client';

import useSWR from 'swr';
import type { ActorChoice } from '@/lib/api-client/actor-list-response';
import { fetchActorList } from '@/lib/api-client/fetchers';

/** Every actor (for the lens and claimant choosers), fetched once per page when first asked for. */
export function useActorList(enabled = true): { actors: ActorChoice[] | undefined; error: boolean } {
  const { data, error } = useSWR(enabled ? '/api/v1/actors' : null, fetchActorList, { revalidateOnFocus: false });
  return { actors: data, error: Boolean(error) };
}
