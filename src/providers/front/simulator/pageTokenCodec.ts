import { createCipheriv, createHash, createHmac, timingSafeEqual } from 'node:crypto';

import type { PageTokenCodec } from '../../../simulators/kit/pagination/pageToken';

export type { PageTokenCodec } from '../../../simulators/kit/pagination/pageToken';

const tokenVersion = 1;
const tokenPattern = /^[0-9a-f]{128}$/;

/**
 * Front's page tokens are opaque 128-hex-character strings tied to the query that produced them.
 * These are too, and stateless: 16 bytes of position (version, limit, offset, 8-byte digest of the
 * list scope) are AES-256-CTR encrypted under an IV derived from the plaintext, then authenticated
 * with HMAC-SHA256: iv(16) ‖ ciphertext(16) ‖ tag(32) = 64 bytes = 128 hex characters. The keys
 * derive from `secret`, so a simulator restarted with the same options still honours old tokens,
 * and nothing is remembered per token.
 */
export function createPageTokenCodec(secret: string): PageTokenCodec {
  const encryptionKey = createHash('sha256').update(`front-page-token/enc/${secret}`).digest();
  const macKey = createHash('sha256').update(`front-page-token/mac/${secret}`).digest();
  const mac = (data: Buffer): Buffer => createHmac('sha256', macKey).update(data).digest();
  const digestScope = (scope: string): string => createHash('sha256').update(scope).digest().subarray(0, 8).toString('hex');

  return {
    digestScope,
    encode(position) {
      const plain = Buffer.alloc(16);
      plain.writeUInt8(tokenVersion, 0);
      plain.writeUInt8(position.limit, 1);
      plain.writeUInt32BE(position.offset, 2);
      Buffer.from(digestScope(position.scope), 'hex').copy(plain, 8);
      const iv = mac(plain).subarray(0, 16);
      const cipher = createCipheriv('aes-256-ctr', encryptionKey, iv);
      const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final()]);
      return Buffer.concat([sealed, mac(sealed)]).toString('hex');
    },
    decode(token) {
      if (!tokenPattern.test(token)) return null;
      const raw = Buffer.from(token, 'hex');
      const sealed = raw.subarray(0, 32);
      if (!timingSafeEqual(raw.subarray(32), mac(sealed))) return null;
      const decipher = createCipheriv('aes-256-ctr', encryptionKey, sealed.subarray(0, 16));
      const plain = Buffer.concat([decipher.update(sealed.subarray(16)), decipher.final()]);
      if (plain.readUInt8(0) !== tokenVersion) return null;
      return { limit: plain.readUInt8(1), offset: plain.readUInt32BE(2), scopeDigest: plain.subarray(8).toString('hex') };
    },
  };
}
