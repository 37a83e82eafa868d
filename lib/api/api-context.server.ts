import 'server-only';
import { getLoadedDataset } from '../data/dataset.server';
import { loadRegionIndex } from '../regions/region-index.server';
import { processSingleton } from '../server-singleton';
import { createApiContext } from './api-context';

/** The API's context for this server process: the dataset and region index, loaded and indexed once for all routes. */
export const getApiContext = processSingleton('api-context', () =>
  Promise.all([getLoadedDataset(), loadRegionIndex()]).then(([{ dataset }, regions]) =>
    createApiContext(dataset, regions, new Date().toISOString().slice(0, 10)),
  ),
);
