import type { SimResponse } from '../../../simulators/kit/simulatorServer';
import type { ListLocation } from './listLocation';
import type { OrderedRecords } from './orderedRecords';
import { cursorListBody, paginateByCursor, readCursorRequest, wantsCursorPaging } from './paginateByCursor';
import { offsetListBody, paginateByOffset, readOffsetRequest } from './paginateByOffset';
import { orderOf, parseOrderToken, type Identified, type RecordOrder, type SortFields } from './recordOrder';
import { badRequest, failure, success, type Outcome } from './zendeskErrors';

/** Support API list endpoints default to 100 records per offset page (pagination article). */
export const SUPPORT_DEFAULT_PER_PAGE = 100;

export interface ListDefinition<T> {
  /** The JSON key the records sit under, e.g. `tickets`. */
  readonly key: string;
  readonly fields: SortFields<T>;
  readonly defaultOrder: RecordOrder<T>;
}

export interface ListSource<T> {
  readonly definition: ListDefinition<T>;
  readonly records: OrderedRecords<T>;
  readonly location: ListLocation;
  /**
   * Arrays Zendesk adds beside the page's records when asked (`include=users`): computed from the
   * records of this page only, as Zendesk sideloads what the page references.
   */
  readonly sideload?: ((pageRecords: ReadonlyArray<T>) => Readonly<Record<string, unknown>>) | undefined;
}

/**
 * A Support API list in whichever style the request picked: cursor (`page[size]`, sorted with
 * `sort=[-]field`) or offset (`page`/`per_page`, sorted with `sort_by` + `sort_order`). Each
 * style ignores the other's sort parameters, as Zendesk documents them separately.
 */
export function serveList<T extends Identified>(source: ListSource<T>): SimResponse {
  const { definition, location } = source;
  return wantsCursorPaging(location.query) ? serveCursorPage(source) : serveOffsetPage(source, definition);
}

function serveCursorPage<T extends Identified>(source: ListSource<T>): SimResponse {
  const { definition, location } = source;
  const order = readCursorOrder(location.query, definition);
  if (!order.ok) return order.response;
  const request = readCursorRequest(location.query, order.value);
  if (!request.ok) return request.response;
  const page = paginateByCursor(source.records.inOrder(order.value), order.value, request.value);
  return { status: 200, body: { ...cursorListBody(definition.key, page, request.value, location), ...source.sideload?.(page.records) } };
}

function serveOffsetPage<T extends Identified>(source: ListSource<T>, definition: ListDefinition<T>): SimResponse {
  const order = readOffsetOrder(source.location.query, definition);
  if (!order.ok) return order.response;
  const request = readOffsetRequest(source.location.query, SUPPORT_DEFAULT_PER_PAGE);
  if (!request.ok) return request.response;
  const page = paginateByOffset(source.records.inOrder(order.value), request.value);
  return { status: 200, body: { ...offsetListBody(definition.key, page, source.location), ...source.sideload?.(page.records) } };
}

export function readCursorOrder<T>(query: URLSearchParams, definition: ListDefinition<T>): Outcome<RecordOrder<T>> {
  const token = query.get('sort');
  if (token === null) return success(definition.defaultOrder);
  const order = parseOrderToken(token, definition.fields);
  return order ? success(order) : failure(unknownSort(`sort=${token}`, definition));
}

export function readOffsetOrder<T>(query: URLSearchParams, definition: ListDefinition<T>): Outcome<RecordOrder<T>> {
  const fieldName = query.get('sort_by') ?? definition.defaultOrder.field.name;
  const field = definition.fields.get(fieldName);
  if (!field) return failure(unknownSort(`sort_by=${fieldName}`, definition));
  const direction = query.get('sort_order') ?? (definition.defaultOrder.descending ? 'desc' : 'asc');
  if (direction !== 'asc' && direction !== 'desc') {
    return failure(badRequest('InvalidSortParameter', `sort_order must be 'asc' or 'desc', not '${direction}'`));
  }
  return success(orderOf(field, direction === 'desc'));
}

function unknownSort<T>(given: string, definition: ListDefinition<T>): SimResponse {
  const allowed = [...definition.fields.keys()].join(', ');
  return badRequest('InvalidSortParameter', `${given} is not supported for ${definition.key}; sort by one of: ${allowed}`);
}
