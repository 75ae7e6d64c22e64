import { randomBytes } from 'node:crypto';
import { deriveKey, hmac, seal, sha256, unseal } from './seal';

/**
 * Everything a session derives from its random id, which only the person's browser holds (an
 * HttpOnly cookie). The store keeps a hash of the id, so a leaked table or backup names no usable
 * session, and the ID token sealed with a key derived from the id, so it cannot be read either.
 */

/** 32 random bytes: unguessable, and base64url so it is a valid cookie value as it stands. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** The store row's key. */
export const storeKeyOf = (id: string): string => sha256(`console session ${id}`);

/** Sent back by the SPA on every state-changing call; one-way from the id, so a script that reads it learns nothing of the id. */
export const csrfTokenOf = (id: string): string => hmac(id, 'console csrf token');

const ID_TOKEN = 'session id token';

export const sealIdToken = (id: string, idToken: string): string => seal(deriveKey(id, ID_TOKEN), ID_TOKEN, idToken);

export const openIdToken = (id: string, sealed: string): string | undefined => unseal([deriveKey(id, ID_TOKEN)], ID_TOKEN, sealed) ?? undefined;
