/**
 * Which span exporters the standard OpenTelemetry variables ask for. Only the choices the SDK leaves
 * to the application (NodeSDK makes them, but it would bring gRPC, metrics, logs and Zipkin along)
 * are read here; everything else (endpoint, headers, timeout, compression, sampler, batch sizes,
 * resource attributes) is read by the SDK components themselves.
 */

/** An exporter this gateway bundles. gRPC is not: it would add @grpc/grpc-js for one transport. */
export type SpanExporterKind = 'otlp-http-protobuf' | 'otlp-http-json' | 'console';

export interface TracingSettings {
  /** Empty: tracing is off, and no span, context or propagator is registered. */
  readonly exporters: ReadonlyArray<SpanExporterKind>;
  /** Values that were ignored, for one warning each at startup (the spec: warn and ignore an unknown value). */
  readonly warnings: ReadonlyArray<string>;
}

type Env = Readonly<Record<string, string | undefined>>;

const OFF: TracingSettings = { exporters: [], warnings: [] };

/**
 * Off unless asked for: by `OTEL_TRACES_EXPORTER` (`otlp`, `console`, a comma list; `none` turns it
 * off), or, when that is unset, by an OTLP endpoint. The spec's default for an unset
 * `OTEL_TRACES_EXPORTER` is `otlp`, but a gateway that nobody pointed at a collector would then send
 * to localhost:4318 forever; an endpoint is the sign that someone runs one.
 */
export function readTracingSettings(env: Env): TracingSettings {
  if (value(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true') return OFF;
  const warnings: string[] = [];
  const requested = listed(env, 'OTEL_TRACES_EXPORTER') ?? (hasOtlpEndpoint(env) ? ['otlp'] : []);
  if (requested.includes('none')) return OFF;
  const exporters: SpanExporterKind[] = [];
  for (const name of new Set(requested)) {
    if (name === 'otlp') exporters.push(otlpKind(env, warnings));
    else if (name === 'console') exporters.push('console');
    else warnings.push(`OTEL_TRACES_EXPORTER: "${name}" is not supported (use otlp, console or none); ignored`);
  }
  return { exporters, warnings };
}

function otlpKind(env: Env, warnings: string[]): SpanExporterKind {
  const variable = value(env, 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') !== undefined ? 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL' : 'OTEL_EXPORTER_OTLP_PROTOCOL';
  const protocol = value(env, variable) ?? 'http/protobuf';
  if (protocol === 'http/protobuf') return 'otlp-http-protobuf';
  if (protocol === 'http/json') return 'otlp-http-json';
  warnings.push(`${variable}: "${protocol}" is not supported (use http/protobuf or http/json); sending http/protobuf`);
  return 'otlp-http-protobuf';
}

function hasOtlpEndpoint(env: Env): boolean {
  return value(env, 'OTEL_EXPORTER_OTLP_ENDPOINT') !== undefined || value(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') !== undefined;
}

/** The spec treats an empty variable as unset. */
function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function listed(env: Env, name: string): string[] | undefined {
  const raw = value(env, name);
  return raw === undefined ? undefined : raw.split(',').map((item) => item.trim().toLowerCase()).filter((item) => item.length > 0);
}
