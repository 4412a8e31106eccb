import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { createAssetEncodings } from '../../src/graphiql/assetEncodings';
import type { StaticAsset } from '../../src/graphiql/graphiqlBundle';

const script: StaticAsset = {
  body: Buffer.from('function hello() { return "hello, hello, hello"; }\n'.repeat(200)),
  contentType: 'text/javascript; charset=utf-8',
  compressible: true,
  etag: '"c2NyaXB0"',
  integrity: 'sha384-unused',
};

describe('createAssetEncodings', () => {
  it('offers brotli, gzip and the file as it is, each decoding to the same bytes under its own ETag', async () => {
    const encodings = createAssetEncodings(script);
    expect(encodings.offered).toEqual(['br', 'gzip', 'identity']);
    const br = await encodings.encoded('br');
    const gzip = await encodings.encoded('gzip');
    const identity = await encodings.encoded('identity');
    expect(brotliDecompressSync(br.body)).toEqual(script.body);
    expect(gunzipSync(gzip.body)).toEqual(script.body);
    expect(identity.body).toBe(script.body);
    expect([br.etag, gzip.etag, identity.etag]).toEqual(['"c2NyaXB0.br"', '"c2NyaXB0.gzip"', '"c2NyaXB0"']);
    expect(br.body.length).toBeLessThan(script.body.length / 10);
  });

  it('compresses once: concurrent and later requests get the very same bytes', async () => {
    const encodings = createAssetEncodings(script);
    const [first, concurrent] = await Promise.all([encodings.encoded('br'), encodings.encoded('br')]);
    const later = await encodings.encoded('br');
    expect(concurrent.body).toBe(first.body);
    expect(later.body).toBe(first.body);
  });

  it('serves fonts and images as they are: they are compressed already', async () => {
    const font = createAssetEncodings({ ...script, contentType: 'font/woff2', compressible: false });
    expect(font.offered).toEqual(['identity']);
    expect(await font.encoded('br')).toEqual({ coding: 'identity', body: script.body, etag: script.etag });
  });
});
