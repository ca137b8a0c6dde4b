import { z } from 'zod';
import { method } from './define';
import { id, text } from './text';
import { findNonApologies } from '../domain/apology';
import { complaintCategories, type ComplaintCategory } from '../domain/journal-entry';
import type { ComplaintPattern } from '../domain/complaint-patterns';
import type { ComplaintState } from '../domain/complaints';
import type { JournalEntry } from './journal';

/** A complaint with its status derived from the entries that answer it. */
export interface Complaint extends ComplaintState {
  entry: JournalEntry;
}

export interface ReminderDue {
  invoiceId: number;
  clientId: number;
  clientName: string;
  number: string;
  dueOn: string;
  outstandingMinor: number;
  currency: string;
  /** when the last payment reminder for this client was recorded; null if never */
  lastReminderAt: string | null;
}

export interface TodayPanel {
  /** open complaints, highest priority first (the first few; the count is of all) */
  waiting: Complaint[];
  waitingCount: number;
  followUpsDue: Complaint[];
  followUpsDueCount: number;
  /** open complaints whose client has not heard from us for a while: a status update is due */
  updatesDue: Complaint[];
  updatesDueCount: number;
  /** overdue invoices without a payment reminder in the last 7 days */
  remindersDue: ReminderDue[];
}

export interface ComplaintPatternView extends ComplaintPattern {
  category: ComplaintCategory | null;
  clientId: number | null;
}

export const complaintsContract = {
  listComplaints: method<Complaint[]>()(
    z.strictObject({
      clientId: id.nullable().default(null),
      status: z.enum(['open', 'resolved', 'all']).default('open'),
      /** open complaints come first, in priority order */
      limit: z.number().int().min(1).max(1_000).default(200),
    }),
  ),
  getToday: method<TodayPanel>()(z.undefined()),
  /** A status update letter on an open complaint, journaled as a follow-up that answers it. */
  addComplaintUpdate: method<JournalEntry>()(
    z.strictObject({
      complaintId: id,
      letter: text(20_000)
        .refine((s) => s.trim().length > 0, { message: 'validation.required' })
        .refine((s) => findNonApologies(s).length === 0, { message: 'validation.nonApology' }),
      channel: z.enum(['email', 'letter'], { message: 'validation.choice' }).default('email'),
    }),
  ),
  getComplaintPattern: method<ComplaintPatternView>()(
    z.strictObject({
      /** null: every complaint, whatever its category */
      category: z.enum(complaintCategories).nullable().default(null),
      clientId: id.nullable().default(null),
    }),
  ),
};
