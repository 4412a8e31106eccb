import { graphql, Kind, parse } from 'graphql';

import { buildSchema } from '../src/schema';

async function servedSdl(defaultPageSize?: number): Promise<string> {
  const result = await graphql({ schema: buildSchema(defaultPageSize === undefined ? {} : { defaultPageSize }), source: '{ _service { sdl } }' });
  expect(result.errors).toBeUndefined();
  const data = result.data as { _service: { sdl: string } } | undefined;
  return data?._service.sdl ?? '';
}

/** `assumedSize` of every connection's `@listSize` (one with `slicingArguments`) in printed SDL; `plain`: of plain lists' instead. */
function assumedSizes(sdl: string, plain = false): ReadonlyArray<number> {
  const sizes: number[] = [];
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      const listSize = field.directives?.find((directive) => directive.name.value === 'listSize');
      if (listSize?.arguments?.some((argument) => argument.name.value === 'slicingArguments') === plain) continue;
      const assumed = listSize?.arguments?.find((argument) => argument.name.value === 'assumedSize')?.value;
      if (assumed?.kind === Kind.INT) sizes.push(Number(assumed.value));
    }
  }
  return sizes;
}

describe('buildSchema', () => {
  it('publishes the deployment’s DEFAULT_PAGE_SIZE as every connection’s assumed size in its subgraph SDL', async () => {
    const configured = assumedSizes(await servedSdl(37));
    expect(configured.length).toBeGreaterThanOrEqual(21);
    expect(new Set(configured)).toEqual(new Set([37]));
    // Without a configured size, the SDL files' own (the default DEFAULT_PAGE_SIZE).
    expect(new Set(assumedSizes(await servedSdl()))).toEqual(new Set([20]));
    // A plain list keeps its own assumption (IntercomConversation.contacts: one contact).
    expect(assumedSizes(await servedSdl(37), true)).toEqual([1]);
  });

  it('links Federation 2.9 for @cost and @listSize', async () => {
    expect(await servedSdl()).toContain('@link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@listSize"])');
  });
});
