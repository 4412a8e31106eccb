import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

import type { ContentCoding } from '../http/acceptEncoding';
import type { StaticAsset } from './graphiqlBundle';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** One representation of an asset: its bytes in one content coding, with its own strong ETag. */
export interface EncodedAsset {
  readonly coding: ContentCoding;
  readonly body: Buffer;
  readonly etag: string;
}

export interface AssetEncodings {
  readonly contentType: string;
  /** The codings this asset is served in, the server's preference (smallest) first. */
  readonly offered: readonly ContentCoding[];
  /**
   * The asset in `coding`, compressed on first use and kept: every later request reuses those bytes.
   * A coding this asset is not offered in gives it as it is (check `EncodedAsset.coding`).
   */
  encoded(coding: ContentCoding): Promise<EncodedAsset>;
}

const COMPRESSIBLE: readonly ContentCoding[] = ['br', 'gzip', 'identity'];
const AS_IS: readonly ContentCoding[] = ['identity'];

/**
 * Measured on the 1.36 MB GraphiQL script (2 shared cores, under load): brotli at Node's default
 * quality 11 takes ~1.9 s of CPU for 367 KB; quality 6 takes ~35 ms for 405 KB (10% larger, 55x
 * cheaper), which a first visitor does not notice. gzip at zlib's default level 6 gives 437 KB in
 * ~25 ms; level 9 saves 0.2% more. The stylesheet barely shrinks (409 → 270 KB): its fonts are
 * inlined woff2, compressed already.
 */
const BROTLI_QUALITY = 6;
const GZIP_LEVEL = 6;

/**
 * Compression happens on the first request that asks for a coding, not at startup: most gateways
 * never serve GraphiQL (API traffic, tests), and zlib runs on libuv's thread pool, so the event
 * loop keeps serving meanwhile. Concurrent first requests share one compression.
 */
export function createAssetEncodings(asset: StaticAsset): AssetEncodings {
  const identity = Promise.resolve<EncodedAsset>({ coding: 'identity', body: asset.body, etag: asset.etag });
  const pending = new Map<Compressed, Promise<EncodedAsset>>();
  const offered = asset.compressible ? COMPRESSIBLE : AS_IS;
  return {
    contentType: asset.contentType,
    offered,
    encoded(coding) {
      if (coding === 'identity' || !offered.includes(coding)) return identity;
      let result = pending.get(coding);
      if (result === undefined) {
        result = compress(asset, coding);
        pending.set(coding, result);
        // A failed compression is not kept: the next request tries again.
        result.catch(() => pending.delete(coding));
      }
      return result;
    },
  };
}

type Compressed = Exclude<ContentCoding, 'identity'>;

async function compress(asset: StaticAsset, coding: Compressed): Promise<EncodedAsset> {
  const body =
    coding === 'br'
      ? await brotliAsync(asset.body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: asset.body.length },
        })
      : await gzipAsync(asset.body, { level: GZIP_LEVEL });
  // A strong ETag names exact bytes (RFC 9110 §8.8.3), so each coding gets its own.
  return { coding, body, etag: asset.etag.replace(/"$/, `.${coding}"`) };
}
