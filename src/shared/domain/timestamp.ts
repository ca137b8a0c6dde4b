// Trusted timestamps (RFC 3161) as both processes see them: what a token kept with a receipt
// looks like, what an offline check of it found, and where a receipt's timestamp stands.
import { z } from 'zod';

/** Why asking an authority failed. `unreachable` (no network, refused, DNS, timeout) and the rest wait in the queue. */
export const timestampErrorCodes = ['unreachable', 'http', 'rejected', 'bad_reply'] as const;
export type TimestampErrorCode = (typeof timestampErrorCodes)[number];

export const timestampProblems = [
  /** not a timestamp token (not CMS SignedData over a TSTInfo) */
  'malformed',
  /** the token stamps another digest than the document's */
  'imprint',
  /** the nonce is not the one sent */
  'nonce',
  /** the token carries no certificate matching its signer */
  'no_signer',
  /** the CMS signature (or its message digest) does not verify */
  'signature',
  /** the signer's certificate is not for timestamping (extendedKeyUsage) */
  'not_timestamping',
  /** the time lies outside the signer certificate's validity */
  'outside_validity',
] as const;
export type TimestampProblem = (typeof timestampProblems)[number];

/** A token as kept with a receipt: the authority asked, the token (DER, base64), our nonce (hex). */
export const keptTimestampSchema = z.strictObject({
  authority: z.string().max(2000),
  token: z
    .string()
    .max(200_000)
    .regex(/^[A-Za-z0-9+/]+=*$/),
  nonce: z
    .string()
    .regex(/^[0-9a-f]{2,64}$/)
    .optional(),
});
export type KeptTimestamp = z.infer<typeof keptTimestampSchema>;

/** What an offline check of a token found, and what it says (when readable). */
export interface TimestampCheck {
  ok: boolean;
  problem: TimestampProblem | null;
  /** the authority's time (ISO) */
  genTime: string | null;
  /** the signer certificate's subject, e.g. "CN=…, O=…, C=TR" */
  signer: string | null;
  issuer: string | null;
  /** the token's serial number (hex) */
  serial: string | null;
  /** the digest stamped (hex) and its algorithm */
  imprint: string | null;
  hashAlgorithm: string | null;
  policy: string | null;
  /** the signer certificate's SHA-256 fingerprint (hex) */
  certificateSha256: string | null;
}

/** Where a receipt's timestamp stands: none asked, waiting in the queue, or kept (and checked). */
export type TimestampStatus =
  | { state: 'none' }
  | {
      state: 'pending';
      authority: string | null;
      attempts: number;
      lastTriedAt: string | null;
      lastError: TimestampErrorCode | null;
    }
  | ({ state: 'stamped'; authority: string } & TimestampCheck);

/** The timestamp authority's URL as the owner may set it: http(s) only. */
export const timestampUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (u) => {
      try {
        const p = new URL(u).protocol;
        return p === 'http:' || p === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'validation.url' },
  );
