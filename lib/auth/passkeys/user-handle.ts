/**
 * The WebAuthn user handle of an account: the 16 bytes of its UUID. Stable, so that a second
 * registration on the same authenticator replaces the first instead of piling up, and free of
 * personal data (the e-mail is only the label the browser shows).
 */
export function userHandle(userId: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(16);
  bytes.set(Buffer.from(userId.replace(/-/g, ""), "hex"));
  return bytes;
}

export const userHandleBase64url = (userId: string) => Buffer.from(userHandle(userId)).toString("base64url");
