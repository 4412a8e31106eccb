import { readTracingSettings } from '../../src/telemetry/tracingSettings';

const ENDPOINT = 'http://collector:4318';

describe('readTracingSettings', () => {
  it.each([
    ['nothing set', {}],
    ['only a service name', { OTEL_SERVICE_NAME: 'graph' }],
    ['an empty exporter list and no endpoint', { OTEL_TRACES_EXPORTER: ' ' }],
    ['none', { OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT }],
    ['none among others', { OTEL_TRACES_EXPORTER: 'otlp,none' }],
    ['the SDK disabled', { OTEL_SDK_DISABLED: 'TRUE', OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT }],
  ])('is off with %s', (_name, env: Record<string, string>) => {
    expect(readTracingSettings(env)).toEqual({ exporters: [], warnings: [] });
  });

  it.each([
    ['an endpoint alone (http/protobuf, the spec default)', { OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT }, ['otlp-http-protobuf']],
    ['a traces endpoint alone', { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${ENDPOINT}/v1/traces` }, ['otlp-http-protobuf']],
    ['otlp without an endpoint (the exporter sends to localhost:4318)', { OTEL_TRACES_EXPORTER: 'otlp' }, ['otlp-http-protobuf']],
    ['http/json', { OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' }, ['otlp-http-json']],
    [
      'a traces protocol over the general one',
      { OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json' },
      ['otlp-http-json'],
    ],
    ['console', { OTEL_TRACES_EXPORTER: 'console' }, ['console']],
    ['a list, spaced and repeated', { OTEL_TRACES_EXPORTER: ' OTLP , console,otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' }, ['otlp-http-json', 'console']],
    ['console chosen over an endpoint', { OTEL_TRACES_EXPORTER: 'console', OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT }, ['console']],
    ['OTEL_SDK_DISABLED=false', { OTEL_SDK_DISABLED: 'false', OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT }, ['otlp-http-protobuf']],
  ])('is on with %s', (_name, env: Record<string, string>, exporters) => {
    expect(readTracingSettings(env)).toEqual({ exporters, warnings: [] });
  });

  it('warns about and ignores exporters it does not bundle', () => {
    expect(readTracingSettings({ OTEL_TRACES_EXPORTER: 'zipkin,console' })).toEqual({
      exporters: ['console'],
      warnings: ['OTEL_TRACES_EXPORTER: "zipkin" is not supported (use otlp, console or none); ignored'],
    });
    expect(readTracingSettings({ OTEL_TRACES_EXPORTER: 'jaeger' })).toEqual({
      exporters: [],
      warnings: ['OTEL_TRACES_EXPORTER: "jaeger" is not supported (use otlp, console or none); ignored'],
    });
  });

  it('warns about grpc (not bundled) and sends http/protobuf instead, naming the variable that asked', () => {
    expect(readTracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toEqual({
      exporters: ['otlp-http-protobuf'],
      warnings: ['OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" is not supported (use http/protobuf or http/json); sending http/protobuf'],
    });
    expect(readTracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT, OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'grpc' }).warnings).toEqual([
      'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: "grpc" is not supported (use http/protobuf or http/json); sending http/protobuf',
    ]);
  });
});
