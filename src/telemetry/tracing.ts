import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as OTLPJsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OTLPProtobufTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

import type { Logger } from '../logger';
import { reportExportFailures } from './exportFailureReporter';
import { readTracingSettings, type SpanExporterKind } from './tracingSettings';

/** The process's tracing: a no-op unless the OTEL_* variables turn it on (tracingSettings.ts). */
export interface Tracing {
  readonly enabled: boolean;
  /**
   * Exports every ended span now. Never rejects: a failed export is logged by the exporter's
   * failure reporter (exportFailureReporter.ts) and its spans are dropped.
   */
  forceFlush(): Promise<void>;
  /**
   * Exports what is left and unregisters the global provider, context manager and propagator.
   * Never rejects, so a collector that is down cannot fail the process's shutdown; it waits at most
   * the exporter's timeout (OTEL_EXPORTER_OTLP_TIMEOUT, 10 s by default) for a collector that does
   * not answer.
   */
  shutdown(): Promise<void>;
}

const DISABLED: Tracing = { enabled: false, forceFlush: async () => {}, shutdown: async () => {} };

/**
 * Registers the OpenTelemetry SDK globally, so that the spans made through `@opentelemetry/api`
 * (the operation span in server.ts, the upstream spans in the HTTP client) are recorded and
 * exported, and so that the active span follows each request through resolvers into the HTTP client
 * (AsyncLocalStorage). Nothing is monkey-patched: no auto-instrumentation is loaded, the two kinds
 * of spans are made by this codebase where it knows the operation and the endpoint template.
 *
 * `env` (startRuntime passes `process.env`) decides whether tracing is on and which exporters run;
 * the exporters, sampler and batch processor read their own variables from `process.env`.
 */
export function startTracing(env: Readonly<Record<string, string | undefined>>, logger: Logger): Tracing {
  const settings = readTracingSettings(env);
  for (const warning of settings.warnings) logger.warn(`tracing: ${warning}`);
  if (settings.exporters.length === 0) return DISABLED;
  const provider = new NodeTracerProvider({
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (envDetector) win over the default name.
    resource: defaultResource()
      .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: 'helpdesk-graph' }))
      .merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: settings.exporters.map((kind) => spanProcessor(kind, logger)),
  });
  // Trace context only, no baggage: W3C baggage from a client would otherwise be relayed verbatim to
  // the third-party providers.
  provider.register({ propagator: new W3CTraceContextPropagator() });
  logger.info({ exporters: settings.exporters }, 'tracing on');
  let stopped: Promise<void> | null = null;
  return {
    enabled: true,
    forceFlush: () => provider.forceFlush().catch(ignoreExportFailure),
    shutdown: () =>
      (stopped ??= (async () => {
        // Unregistered first, so nothing starts a span on a provider that is shutting down.
        trace.disable();
        context.disable();
        propagation.disable();
        await provider.shutdown().catch(ignoreExportFailure);
      })()),
  };
}

/**
 * A flush rejects when an export failed (already logged by {@link reportExportFailures}) or timed
 * out; either way those spans are gone and nothing is left to do.
 */
function ignoreExportFailure(): void {}

/**
 * The console exporter writes synchronously as each span ends, as NodeSDK sets it up; OTLP
 * exporters send batches (OTEL_BSP_* variables), so a request never waits for the collector.
 */
function spanProcessor(kind: SpanExporterKind, logger: Logger): SpanProcessor {
  switch (kind) {
    case 'console':
      return new SimpleSpanProcessor(new ConsoleSpanExporter());
    case 'otlp-http-json':
      return new BatchSpanProcessor(reportExportFailures(new OTLPJsonTraceExporter(), 'otlp http/json', logger));
    case 'otlp-http-protobuf':
      return new BatchSpanProcessor(reportExportFailures(new OTLPProtobufTraceExporter(), 'otlp http/protobuf', logger));
  }
}
