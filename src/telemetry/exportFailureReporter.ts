import { type ExportResult, ExportResultCode } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

import type { Logger } from '../logger';

/**
 * Logs when span export starts failing and when it recovers, and nothing in between. The SDK
 * reports a failed export only through its diagnostic logger, which is silent unless configured:
 * without this, a gateway pointed at a collector that is down would drop every span without a
 * word; logging each failure instead would write a line per batch for as long as the collector is
 * away. Spans are never retried beyond the exporter's own retries: the batch is dropped.
 */
export function reportExportFailures(exporter: SpanExporter, name: string, logger: Logger): SpanExporter {
  let failing = false;
  const onResult = (result: ExportResult): void => {
    if (result.code === ExportResultCode.SUCCESS) {
      if (failing) logger.info({ exporter: name }, 'trace export recovered');
      failing = false;
      return;
    }
    if (!failing) {
      // The error of a refused or timed-out connection names only the collector's address; exporter
      // headers (which can carry a collector token) are not part of it.
      logger.warn({ exporter: name, reason: describe(result.error) }, 'trace export failing: spans are dropped until the collector answers');
    }
    failing = true;
  };
  return {
    export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
      exporter.export(spans, (result) => {
        onResult(result);
        resultCallback(result);
      });
    },
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
}

function describe(error: Error | undefined): string {
  if (error === undefined) return 'export failed';
  const code = 'code' in error ? String(error.code) : '';
  return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}
