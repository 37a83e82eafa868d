'use client';

import useSWR from 'swr';
import { fetchMapSubjects } from '@/lib/api-client/fetchers';
import type { MapSubject } from '@/lib/claims/map-subjects';

/**
 * The movements and deployments the map draws for a subject query (mapSubjectQuery): the same URLs as the map's
 * sources, so the browser's cache answers one of the two requests.
 */
export function useMapSubjects(query: string): { subjects: MapSubject[] | undefined; error: boolean } {
  const options = { revalidateOnFocus: false, keepPreviousData: true };
  const movements = useSWR(['movement', `/api/v1/movements${query}`] as const, fetchMapSubjects, options);
  const deployments = useSWR(['deployment', `/api/v1/deployments${query}`] as const, fetchMapSubjects, options);
  const subjects = movements.data && deployments.data ? [...deployments.data, ...movements.data] : undefined;
  return { subjects, error: Boolean(movements.error ?? deployments.error) };
}
