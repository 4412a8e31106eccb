import { type ExportResult, ExportResultCode } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

import { createLogger } from '../../src/logger';
import { reportExportFailures } from '../../src/telemetry/exportFailureReporter';

/** An exporter that answers each export with the next scripted result. */
function scriptedExporter(results: ExportResult[]): SpanExporter & { shutdowns: number } {
  let shutdowns = 0;
  return {
    export(_spans, resultCallback) {
      resultCallback(results.shift() ?? { code: ExportResultCode.SUCCESS });
    },
    async shutdown() {
      shutdowns += 1;
    },
    get shutdowns() {
      return shutdowns;
    },
  };
}

function capturedLogger(): { logger: ReturnType<typeof createLogger>; lines: Array<{ level: number; msg: string; reason?: string }> } {
  const lines: Array<{ level: number; msg: string; reason?: string }> = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(JSON.parse(line) as { level: number; msg: string }) });
  return { logger, lines };
}

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4318'), { code: 'ECONNREFUSED' });
const FAILED: ExportResult = { code: ExportResultCode.FAILED, error: refused };
const OK: ExportResult = { code: ExportResultCode.SUCCESS };

describe('reportExportFailures', () => {
  it('logs the first failure and the recovery, not every failed batch', () => {
    const { logger, lines } = capturedLogger();
    const exporter = reportExportFailures(scriptedExporter([OK, FAILED, FAILED, FAILED, OK, OK, FAILED]), 'otlp', logger);
    const results: ExportResultCode[] = [];
    for (let batch = 0; batch < 7; batch += 1) exporter.export([] as ReadableSpan[], (result) => results.push(result.code));

    // The processor still gets every result.
    expect(results).toEqual([OK, FAILED, FAILED, FAILED, OK, OK, FAILED].map((result) => result.code));
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      [40, 'trace export failing: spans are dropped until the collector answers'],
      [30, 'trace export recovered'],
      [40, 'trace export failing: spans are dropped until the collector answers'],
    ]);
    expect(lines[0]?.reason).toBe('connect ECONNREFUSED 127.0.0.1:4318');
  });

  it('describes a failure that comes without an error', () => {
    const { logger, lines } = capturedLogger();
    reportExportFailures(scriptedExporter([{ code: ExportResultCode.FAILED }]), 'otlp', logger).export([], () => {});
    expect(lines[0]?.reason).toBe('export failed');
  });

  it('passes shutdown and forceFlush through', async () => {
    const inner = scriptedExporter([]);
    const exporter = reportExportFailures(inner, 'otlp', capturedLogger().logger);
    await exporter.forceFlush?.();
    await exporter.shutdown();
    expect(inner.shutdowns).toBe(1);
  });
});
