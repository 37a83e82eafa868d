import 'server-only';
import { processSingleton } from '../server-singleton';
import { loadDataset } from './load';

/**
 * The dataset under `DATA_DIR` (default `data/`), read and validated once per server process and shared by every
 * request, page or API. A failed load is not kept, so the next request tries again (and reports the same errors).
 */
export const getLoadedDataset = processSingleton('dataset', () => loadDataset());
