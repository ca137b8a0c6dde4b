// A journal receipt's id and a receipt read back from a file: one definition for the app, the
// receipt PDF, `verify --against` and `team receipt`.
import { parseReceipt, receiptIdInput, type JournalReceipt } from '../../shared/domain/journal-receipt';
import { sha256Hex } from '../journal/chain';
import { readReceiptPdf } from '../pdf/manifest-reader';

/** A receipt's id: the SHA-256 of its canonical content (receiptIdInput). */
export function receiptIdOf(r: Omit<JournalReceipt, 'receiptId'>): string {
  return sha256Hex(receiptIdInput(r));
}

/** A receipt from a file's bytes (JSON, or the PDF carrying it); null when it is neither, or was edited since. */
export function receiptFromBytes(bytes: Buffer): JournalReceipt | null {
  const head = bytes.subarray(0, 64).toString('utf8').trimStart();
  const r = head.startsWith('{') ? parseReceipt(bytes.toString('utf8')) : readReceiptPdf(bytes);
  // a receipt whose id is not the hash of its content was edited (or damaged) since it was made
  return r && receiptIdOf(r) === r.receiptId ? r : null;
}
