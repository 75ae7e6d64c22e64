import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption (AES-256-GCM) for the few things the console keeps where others could
 * read them: the sign-in in progress (a cookie) and a session's ID token (a store row). A sealed
 * value is base64url(iv | tag | ciphertext); `purpose` is bound in as associated data, so a value
 * sealed for one use never opens for another.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A 32-byte key for `purpose` from any secret material (HKDF-SHA256). */
export function deriveKey(secret: string | Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `live-platform-console ${purpose}`, 32));
}

export function seal(key: Buffer, purpose: string, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The plaintext, or null when the value was not sealed by one of `keys` for `purpose` (or was altered). */
export function unseal(keys: readonly Buffer[], purpose: string, sealed: string): string | null {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES) return null;
  const iv = raw.subarray(0, IV_BYTES);
  const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const body = raw.subarray(IV_BYTES + TAG_BYTES);
  for (const key of keys) {
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      // Not this key (an older or newer one of a rotation), or tampered with: try the next.
    }
  }
  return null;
}

/** SHA-256 in base64url (43 characters). */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** HMAC-SHA256 in base64url (43 characters). */
export const hmac = (key: string | Buffer, text: string): string => createHmac('sha256', key).update(text).digest('base64url');
