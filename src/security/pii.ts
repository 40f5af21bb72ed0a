import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { PiiKeys } from '../config.ts';

/**
 * Protection of national identity numbers at rest: a keyed hash (HMAC-SHA-256) to find a person by number,
 * and AES-256-GCM encryption for the few places a role must see the number. A database dump alone reveals neither.
 */
export interface NationalIdProtector {
  lookupHash(nationalId: string): Buffer;
  encrypt(nationalId: string): Buffer;
  decrypt(sealed: Buffer): string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function createNationalIdProtector(keys: PiiKeys): NationalIdProtector {
  return {
    lookupHash(nationalId) {
      return createHmac('sha256', keys.lookupKey).update(nationalId, 'utf8').digest();
    },
    encrypt(nationalId) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keys.encryptionKey, iv);
      const body = Buffer.concat([cipher.update(nationalId, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      const iv = sealed.subarray(0, IV_BYTES);
      const tag = sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', keys.encryptionKey, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}
