/**
 * Attribute names used on this gateway's spans that `@opentelemetry/semantic-conventions` exports
 * only from its `incubating` entry point. Its authors ask for unstable names to be copied rather
 * than imported, because they may change in a minor release (and that entry point needs
 * `exports`-aware module resolution, which this project's TypeScript setting does not have).
 * Stable names (`http.request.method`, `server.address`, …) are imported from the package.
 */

/** @see https://opentelemetry.io/docs/specs/semconv/graphql/graphql-spans/ */
export const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
export const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';

/** The low-cardinality path template of an HTTP call (`/api/v2/tickets/:id/comments`); never the URL itself. */
export const ATTR_URL_TEMPLATE = 'url.template';

/** The service on the other side of a client span: the provider (`zendesk`, `intercom`, `front`). */
export const ATTR_SERVER_SERVICE_NAME = 'server.service.name';

/** No convention names a request id; this gateway's own namespace, so it cannot clash with one. */
export const ATTR_REQUEST_ID = 'helpdesk_graph.request_id';
