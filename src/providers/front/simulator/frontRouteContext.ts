import type { FrontListTools } from './frontListTools';
import type { FrontDataset } from './frontDataset';

/** What every route reads: the data set, plus the link and page-token builders. */
export interface FrontRouteContext extends FrontListTools {
  readonly data: FrontDataset;
}
