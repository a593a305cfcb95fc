import argon2 from 'argon2';

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4), per OWASP's recommendations. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash it still does the work of one verification, so
 * the response time does not reveal whether an e-mail address has an account.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('not-a-real-password');
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}

export const PASSWORD_RULES = { minLength: 10, maxLength: 200 };
