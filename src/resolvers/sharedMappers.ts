/** Models of the types every provider shares (see codegen.ts for how mappers are found). */
import type { PageInfo } from '../relay/connection';

export type PageInfoModel = PageInfo;
/** Namespaces (`Query.zendesk`, `Query.intercom`, …) carry no data: their fields do the work. */
export type Namespace = Record<string, never>;
