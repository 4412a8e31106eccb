import type { TestGateway } from './testGateway';

/** Five pages of 100 tickets: five upstream calls per query. */
export const HEAVY_TICKETS_QUERY = '{ zendesk { tickets(first: 500) { nodes { nativeId } } } }';

/**
 * `workers` clients per gateway, each sending `queries` {@link HEAVY_TICKETS_QUERY}s one after
 * another; every response, in the order they came back.
 */
export async function driveGateways(gateways: ReadonlyArray<TestGateway>, workers: number, queries: number, onProgress?: (done: number) => void) {
  const responses: Array<Awaited<ReturnType<TestGateway['query']>>> = [];
  await Promise.all(
    gateways.flatMap((gateway) =>
      Array.from({ length: workers }, async () => {
        for (let query = 0; query < queries; query += 1) {
          responses.push(await gateway.query(HEAVY_TICKETS_QUERY));
          onProgress?.(responses.length);
        }
      }),
    ),
  );
  return responses;
}
