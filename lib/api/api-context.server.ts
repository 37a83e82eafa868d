import 'server-only';
import { getLoadedDataset } from '../data/dataset.server';
import { loadRegionIndex } from '../regions/region-index.server';
import { createApiContext, type ApiContext } from './api-context';

let context: Promise<ApiContext> | undefined;

/** The API's context for this server process: the dataset and region index, loaded and indexed once. */
export function getApiContext(): Promise<ApiContext> {
  context ??= Promise.all([getLoadedDataset(), loadRegionIndex()])
    .then(([{ dataset }, regions]) => createApiContext(dataset, regions, new Date().toISOString().slice(0, 10)))
    .catch((error: unknown) => {
      context = undefined;
      throw error;
    });
  return context;
}
