import type { OperationTypeNode } from 'graphql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

import type { UpstreamCall } from '../providers/http/httpClient';
import { errorCodeLabel, KNOWN_ERROR_CODES } from './errorCodeLabel';
import { createOperationNameLabels, MAX_OPERATION_NAMES } from './operationNameLabel';

/**
 * Prometheus metrics of one gateway process, on a registry of its own (not prom-client's global
 * one, so tests and several gateways in one process do not collide). Labels are low-cardinality by
 * construction: provider, an endpoint template (`GET /api/v2/tickets/:id/comments`) and a status;
 * an error code from a fixed set; an operation type; and operation names, which clients choose,
 * capped per process (see operationNameLabel.ts). Never an id, a token or a URL.
 */
export interface GatewayMetrics {
  readonly registry: Registry;
  /** Counts a finished upstream call and records its latency and the provider's rate-limit headers. */
  observeUpstreamCall(call: UpstreamCall): void;
  /** A /graphql request arrived: in flight until its {@link GatewayMetrics.observeOperation}. */
  startOperation(): void;
  /** A /graphql request was answered (or given up): its duration, its errors by code; no longer in flight. */
  observeOperation(operation: FinishedOperation): void;
  /** A page-cache lookup found a kept or read-ahead page (hit) or not (miss). */
  observePageCacheTake(found: boolean): void;
}

export interface FinishedOperation {
  /** The operation's name, null when anonymous. */
  readonly name: string | null;
  /** `query`, `mutation`, `subscription`; null when no operation was resolved (the request failed before). */
  readonly type: OperationTypeNode | null;
  readonly durationMs: number;
  /** How many errors of each code the response carried. */
  readonly errorCodes: Readonly<Record<string, number>>;
}

/** A provider's rate-limit header names, lower-case (its module's `http.rateLimitHeaders`). */
export interface RateLimitHeaders {
  readonly remaining: string;
  readonly limit: string;
}

/** The IETF draft's names (`RateLimit-Remaining`, `RateLimit-Limit`), read for any provider after its own. */
const STANDARD_HEADERS: RateLimitHeaders = { remaining: 'ratelimit-remaining', limit: 'ratelimit-limit' };

export interface GatewayMetricsOptions {
  /** Each provider's rate-limit header names, by provider name (from the registry). */
  readonly rateLimitHeaders?: Readonly<Record<string, RateLimitHeaders>>;
  readonly defaultMetrics?: boolean;
  /** Distinct operation names with a series of their own; defaults to {@link MAX_OPERATION_NAMES}. */
  readonly maxOperationNames?: number;
}

export function createGatewayMetrics(options: GatewayMetricsOptions = {}): GatewayMetrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const calls = new Counter({
    name: 'upstream_requests_total',
    help: 'Upstream HTTP requests made, by provider, endpoint and status (status "error": no response; "aborted": stopped because its GraphQL request ended).',
    labelNames: ['provider', 'endpoint', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'upstream_request_duration_seconds',
    help: 'Upstream HTTP request latency, from sending to the whole body read.',
    labelNames: ['provider', 'endpoint'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const retries = new Counter({
    name: 'upstream_retries_total',
    help: 'Upstream HTTP requests that were retries of an earlier failed attempt (also counted in upstream_requests_total).',
    labelNames: ['provider', 'endpoint'] as const,
    registers: [registry],
  });
  const remaining = new Gauge({
    name: 'upstream_ratelimit_remaining',
    help: 'Requests left in the provider rate-limit window, from its last response headers.',
    labelNames: ['provider'] as const,
    registers: [registry],
  });
  const limit = new Gauge({
    name: 'upstream_ratelimit_limit',
    help: 'Size of the provider rate-limit window, from its last response headers.',
    labelNames: ['provider'] as const,
    registers: [registry],
  });
  const maxOperationNames = options.maxOperationNames ?? MAX_OPERATION_NAMES;
  const operationDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: `Time from a /graphql request arriving to its response sent, by operation name (the first ${maxOperationNames} distinct names, then "other"; "anonymous") and type ("unknown": refused before an operation was resolved).`,
    labelNames: ['operation_name', 'operation_type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors sent in /graphql responses, by extensions.code ("other": a code outside the documented set).',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  // Every known code is exported from the start at 0, so rate() sees the first error of a kind.
  for (const code of KNOWN_ERROR_CODES) errors.labels(code).inc(0);
  const inFlight = new Gauge({
    name: 'graphql_requests_in_flight',
    help: '/graphql requests received and not yet answered.',
    registers: [registry],
  });
  const pageCacheHits = new Counter({
    name: 'page_cache_hits_total',
    help: 'Native pages served from the page cache (PREFETCH_PAGES: kept or read ahead) instead of the provider.',
    registers: [registry],
  });
  const pageCacheMisses = new Counter({
    name: 'page_cache_misses_total',
    help: 'Page-cache lookups that found nothing, so the provider was read (PREFETCH_PAGES on).',
    registers: [registry],
  });
  const operationNameLabel = createOperationNameLabels(maxOperationNames);
  const durationByOperation = new Map<string, Histogram.Internal<'operation_name' | 'operation_type'>>();
  // prom-client hashes the label values on every call; the label sets are few (providers × endpoint
  // templates × statuses), so each series is looked up once and kept.
  const seriesByLabels = new Map<string, { readonly calls: Counter.Internal; readonly latency: Histogram.Internal<'provider' | 'endpoint'> }>();
  return {
    registry,
    observeUpstreamCall(call) {
      // An attempt the gateway stopped (its request ended) is no provider failure: counted apart.
      const status = call.aborted === true ? 'aborted' : call.status === null ? 'error' : String(call.status);
      const key = `${call.provider}\u0000${call.endpoint}\u0000${status}`;
      let series = seriesByLabels.get(key);
      if (series === undefined) {
        series = { calls: calls.labels(call.provider, call.endpoint, status), latency: latency.labels(call.provider, call.endpoint) };
        seriesByLabels.set(key, series);
      }
      series.calls.inc();
      // Its duration is when the gateway gave up, not how long the provider took.
      if (call.aborted !== true) series.latency.observe(call.durationMs / 1000);
      if ((call.attempt ?? 1) > 1) retries.inc({ provider: call.provider, endpoint: call.endpoint });
      const own = options.rateLimitHeaders?.[call.provider];
      const left = firstNumericHeader(call.headers, own ? [own.remaining, STANDARD_HEADERS.remaining] : [STANDARD_HEADERS.remaining]);
      if (left !== null) remaining.set({ provider: call.provider }, left);
      const size = firstNumericHeader(call.headers, own ? [own.limit, STANDARD_HEADERS.limit] : [STANDARD_HEADERS.limit]);
      if (size !== null) limit.set({ provider: call.provider }, size);
    },
    startOperation() {
      inFlight.inc();
    },
    observeOperation(operation) {
      inFlight.dec();
      const name = operationNameLabel(operation.name);
      const type = operation.type ?? 'unknown';
      // Keyed by the labels, so bounded like them (never by the names clients send).
      const key = `${name}\u0000${type}`;
      let series = durationByOperation.get(key);
      if (series === undefined) {
        series = operationDuration.labels(name, type);
        durationByOperation.set(key, series);
      }
      series.observe(operation.durationMs / 1000);
      for (const [code, count] of Object.entries(operation.errorCodes)) errors.labels(errorCodeLabel(code)).inc(count);
    },
    observePageCacheTake(found) {
      (found ? pageCacheHits : pageCacheMisses).inc();
    },
  };
}

function firstNumericHeader(headers: Readonly<Record<string, string>>, names: ReadonlyArray<string>): number | null {
  for (const name of names) {
    const value = headers[name];
    if (value !== undefined && /^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  }
  return null;
}
