import 'server-only';
import { loadDataset, type LoadedDataset } from './load';

let loaded: Promise<LoadedDataset> | undefined;

/**
 * The dataset under `DATA_DIR` (default `data/`), read and validated once per server process and shared by every
 * request. A failed load is not kept, so the next request tries again (and reports the same errors if they remain).
 */
export function getLoadedDataset(): Promise<LoadedDataset> {
  loaded ??= loadDataset().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
