import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a request's timestamp may be from this server's clock: older ones are replays. */
export const CTI_MAX_SKEW_MS = 5 * 60_000;

export const CTI_TIMESTAMP_HEADER = 'x-cti-timestamp';
export const CTI_SIGNATURE_HEADER = 'x-cti-signature';

/** `sha256=` and the hex HMAC-SHA256 of `{timestamp}.{raw body}`: the body and its time signed together. */
export function ctiSignature(secret: string, timestamp: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

export type SignatureProblem = 'missing' | 'stale' | 'mismatch';

/** Why a request is refused, or null when its signature is good and fresh. `timestamp` is Unix seconds. */
export function signatureProblem(
  secret: string,
  request: { timestamp?: string; signature?: string; body: Buffer },
  now: number,
): SignatureProblem | null {
  const { timestamp, signature, body } = request;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return 'missing';
  if (Math.abs(now - Number(timestamp) * 1000) > CTI_MAX_SKEW_MS) return 'stale';
  const expected = Buffer.from(ctiSignature(secret, timestamp, body));
  const given = Buffer.from(signature);
  // Constant time, so that the signature cannot be found a byte at a time.
  return given.length === expected.length && timingSafeEqual(given, expected) ? null : 'mismatch';
}
