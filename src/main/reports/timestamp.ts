// Trusted timestamps (RFC 3161): a timestamp authority (TSA) signs "this digest existed at this
// time". We ask for a token over a document's SHA-256 (a receipt's id), keep the token (DER,
// base64) with the document, and check it offline: the imprint is the document's digest, the CMS
// signature verifies against the signer certificate the token carries, that certificate is for
// timestamping (extendedKeyUsage id-kp-timeStamping) and was valid at the time, and the nonce is
// the one we sent when we know it. Whether the authority itself is to be trusted (a qualified TSA
// under Law 5070, or a free public one) is for the reader to judge from the certificate named.
// ASN.1 and CMS: pkijs + asn1js; hashing, signatures and certificates: node:crypto.
import { constants, createHash, randomBytes, verify as verifySignature, X509Certificate } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { KeptTimestamp, TimestampCheck, TimestampErrorCode, TimestampProblem } from '../../shared/domain/timestamp';

const sha256Oid = '2.16.840.1.101.3.4.2.1';
const tstInfoOid = '1.2.840.113549.1.9.16.1.4';
const signedDataOid = '1.2.840.113549.1.7.2';
const timeStampingOid = '1.3.6.1.5.5.7.3.8';
const hashNames: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  [sha256Oid]: 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

export class TimestampError extends Error {
  constructor(
    readonly code: TimestampErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TimestampError';
  }
}

/** A copy in an ArrayBuffer of its own (a Buffer may be a view into a shared pool). */
const toArrayBuffer = (b: Uint8Array): ArrayBuffer => Uint8Array.from(b).buffer;
const hex = (b: ArrayBuffer | Uint8Array) => Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)).toString('hex');

/** A TimeStampReq (DER) for a SHA-256 digest, with a fresh 64-bit nonce and certReq (the signer's certificate in the token). */
export function timestampRequest(digestHex: string): { der: Buffer; nonce: string } {
  const nonce = randomBytes(8);
  nonce[0] = (nonce[0]! & 0x7f) | 0x01; // positive, and no leading zero byte to trim
  const req = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: sha256Oid, algorithmParams: new asn1js.Null() }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(Buffer.from(digestHex, 'hex')) }),
    }),
    nonce: new asn1js.Integer({ valueHex: toArrayBuffer(nonce) }),
    certReq: true,
  });
  return { der: Buffer.from(req.toSchema().toBER(false)), nonce: nonce.toString('hex') };
}

/** The token out of a TimeStampResp; a rejection or a reply that is not one throws. */
export function tokenOfReply(reply: Uint8Array): Buffer {
  let resp: pkijs.TimeStampResp;
  try {
    const asn = asn1js.fromBER(toArrayBuffer(reply));
    if (asn.offset === -1) throw new Error(asn.result.error);
    resp = new pkijs.TimeStampResp({ schema: asn.result });
  } catch (e) {
    throw new TimestampError('bad_reply', `the authority's reply is not a TimeStampResp: ${(e as Error).message}`);
  }
  const status = resp.status.status;
  if ((status !== 0 && status !== 1) || !resp.timeStampToken) {
    const text = resp.status.statusStrings?.map((s) => s.valueBlock.value).join('; ') ?? '';
    throw new TimestampError('rejected', `the authority refused the request (status ${status}${text ? `: ${text}` : ''})`);
  }
  return Buffer.from(resp.timeStampToken.toSchema().toBER(false));
}

/**
 * POSTs a timestamp query with node:http(s) (not the global fetch, which a test's DOM or a
 * browser-like environment may replace), following up to three redirects.
 */
function post(url: string, der: Buffer, timeoutMs: number, redirects = 3): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
    const unreachable = (why: string) =>
      reject(new TimestampError('unreachable', `the timestamp authority could not be reached (${why})`));
    const req = send(
      u,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/timestamp-query',
          Accept: 'application/timestamp-reply',
          'Content-Length': der.length,
        },
        timeout: timeoutMs,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if ([301, 302, 303, 307, 308].includes(status) && location && redirects > 0) {
          res.resume();
          post(new URL(location, u).toString(), der, timeoutMs, redirects - 1).then(resolve, reject);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > 1_000_000) req.destroy(new Error('reply too large'));
          else chunks.push(c);
        });
        res.on('end', () => resolve({ status, body: Buffer.concat(chunks) }));
        res.on('error', (e: NodeJS.ErrnoException) => unreachable(e.code ?? e.message));
      },
    );
    // the socket's idle timeout, and one for the whole exchange (a DNS look-up that hangs, a slow drip)
    const timedOut = () => req.destroy(Object.assign(new Error('no answer in time'), { code: 'ETIMEDOUT' }));
    req.on('timeout', timedOut);
    const overall = setTimeout(timedOut, timeoutMs);
    req.on('close', () => clearTimeout(overall));
    req.on('error', (e: NodeJS.ErrnoException) => unreachable(e.code ?? e.message));
    req.end(der);
  });
}

/**
 * Asks the authority at `url` for a token over `digestHex` (HTTP POST application/timestamp-query,
 * RFC 3161 §3.4), and checks the token before it is kept: imprint, nonce, signature.
 */
export async function requestTimestamp(
  url: string,
  digestHex: string,
  opts: { timeoutMs?: number } = {},
): Promise<KeptTimestamp & { check: TimestampCheck }> {
  const { der, nonce } = timestampRequest(digestHex);
  const res = await post(url, der, opts.timeoutMs ?? 20_000);
  if (res.status !== 200) throw new TimestampError('http', `the timestamp authority answered HTTP ${res.status}`);
  const body = res.body;
  const token = tokenOfReply(body);
  const check = verifyTimestamp(token, digestHex, nonce);
  if (!check.ok) throw new TimestampError('bad_reply', `the authority's token does not verify (${check.problem})`);
  return { authority: url, token: token.toString('base64'), nonce, check };
}

/** An X.509 name as one line, most specific part first ("CN=…, O=…, C=TR"). */
function nameLine(multiline: string): string {
  return multiline.split('\n').filter(Boolean).reverse().join(', ');
}

/** Checks a token offline against the document's SHA-256 (hex) and, when known, our nonce (hex). */
export function verifyTimestamp(token: Uint8Array, digestHex: string, nonce?: string): TimestampCheck {
  const out: TimestampCheck = {
    ok: false,
    problem: 'malformed',
    genTime: null,
    signer: null,
    issuer: null,
    serial: null,
    imprint: null,
    hashAlgorithm: null,
    policy: null,
    certificateSha256: null,
  };
  let signed: pkijs.SignedData;
  let tst: pkijs.TSTInfo;
  try {
    const asn = asn1js.fromBER(toArrayBuffer(token));
    if (asn.offset === -1) return out;
    const ci = new pkijs.ContentInfo({ schema: asn.result });
    if (ci.contentType !== signedDataOid) return out;
    signed = new pkijs.SignedData({ schema: ci.content });
    const e = signed.encapContentInfo;
    if (e.eContentType !== tstInfoOid || !e.eContent) return out;
    const inner = asn1js.fromBER(e.eContent.getValue());
    if (inner.offset === -1) return out;
    tst = new pkijs.TSTInfo({ schema: inner.result });
  } catch {
    return out;
  }
  out.genTime = tst.genTime.toISOString();
  out.serial = hex(tst.serialNumber.valueBlock.valueHexView);
  out.imprint = hex(tst.messageImprint.hashedMessage.valueBlock.valueHexView);
  out.hashAlgorithm = hashNames[tst.messageImprint.hashAlgorithm.algorithmId] ?? tst.messageImprint.hashAlgorithm.algorithmId;
  out.policy = tst.policy;

  // the signer: the certificate in the token that the SignerInfo names
  const signerInfo = signed.signerInfos[0];
  const certs = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const sid = signerInfo?.sid;
  const signerCert = certs.find((c) =>
    sid instanceof pkijs.IssuerAndSerialNumber
      ? c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)
      : sid instanceof asn1js.Primitive &&
        c.extensions?.some(
          (x) =>
            x.extnID === '2.5.29.14' &&
            hex((x.parsedValue as asn1js.OctetString).valueBlock.valueHexView) === hex(sid.valueBlock.valueHexView),
        ),
  );
  let x509: X509Certificate | null = null;
  if (signerCert) {
    x509 = new X509Certificate(Buffer.from(signerCert.toSchema().toBER(false)));
    out.signer = nameLine(x509.subject);
    out.issuer = nameLine(x509.issuer);
    out.certificateSha256 = x509.fingerprint256.replaceAll(':', '').toLowerCase();
  }

  const fail = (problem: TimestampProblem) => ({ ...out, ok: false, problem });
  // the imprint: our digest, by an algorithm we asked for (SHA-256) or a stronger one over the same bytes is not ours
  if (out.hashAlgorithm !== 'sha256' || out.imprint !== digestHex.toLowerCase()) return fail('imprint');
  if (nonce !== undefined) {
    const got = tst.nonce ? hex(tst.nonce.valueBlock.valueHexView).replace(/^(00)+/, '') : null;
    if (got !== nonce.toLowerCase().replace(/^(00)+/, '')) return fail('nonce');
  }
  if (!signerInfo || !signerCert || !x509) return fail('no_signer');
  if (!signatureVerifies(signed, signerInfo, x509)) return fail('signature');
  if (!(x509.keyUsage ?? []).includes(timeStampingOid)) return fail('not_timestamping');
  const at = tst.genTime.getTime();
  if (at < Date.parse(x509.validFrom) || at > Date.parse(x509.validTo)) return fail('outside_validity');
  return { ...out, ok: true, problem: null };
}

const messageDigestOid = '1.2.840.113549.1.9.4';
const contentTypeOid = '1.2.840.113549.1.9.3';
const rsaPssOid = '1.2.840.113549.1.1.10';

/**
 * The CMS signature (RFC 5652 §5.4): the signed attributes carry the content type (TSTInfo) and
 * the digest of the TSTInfo, and the signature over those attributes (DER, as a SET) verifies
 * with the signer certificate's key. Done with node:crypto, on the digest alone: pkijs' own
 * SignedData.verify wants the timestamped document itself, which a list of receipts made does not keep.
 */
function signatureVerifies(signed: pkijs.SignedData, si: pkijs.SignerInfo, cert: X509Certificate): boolean {
  try {
    const hashName = hashNames[si.digestAlgorithm.algorithmId];
    const attrs = si.signedAttrs;
    const content = signed.encapContentInfo.eContent;
    if (!hashName || hashName === 'sha1' || !attrs || !content) return false;
    const attr = (oid: string) => attrs.attributes.find((a) => a.type === oid)?.values[0];
    const md = attr(messageDigestOid);
    const ct = attr(contentTypeOid);
    if (!(md instanceof asn1js.OctetString) || !(ct instanceof asn1js.ObjectIdentifier)) return false;
    if (ct.valueBlock.toString() !== tstInfoOid) return false;
    const actual = createHash(hashName).update(new Uint8Array(content.getValue())).digest('hex');
    if (hex(md.valueBlock.valueHexView) !== actual) return false;
    // the attributes as signed: their DER with the [0] IMPLICIT tag put back to SET OF
    const der = Buffer.from(attrs.encodedValue.byteLength ? attrs.encodedValue : attrs.toSchema().toBER(false));
    der[0] = 0x31;
    const sig = Buffer.from(si.signature.valueBlock.valueHexView);
    const pss = si.signatureAlgorithm.algorithmId === rsaPssOid;
    return verifySignature(
      hashName,
      der,
      pss
        ? { key: cert.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }
        : cert.publicKey,
      sig,
    );
  } catch {
    return false;
  }
}
