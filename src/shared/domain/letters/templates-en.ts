import type { LetterTemplates } from './kinds';

// In the owner's voice: direct, kind, no blame. Never a non-apology (DOMAIN.md §5; tested).
export const en: LetterTemplates = {
  payment_reminder: {
    subject: '{{#invoiceNumbers:Invoice|Invoices}} {{invoiceNumbers}}: a friendly reminder',
    body: `Dear {{clientName}},

I hope all is well. You may have forgotten {{#invoiceNumbers:invoice|invoices}} {{invoiceNumbers}}; it happens to all of us when things get busy. According to our records, {{amountDue}} is still open.

Could you arrange the payment[[ by {{payBy}}]]? If it is already on its way, thank you, and please ignore this note. If anything in the {{#invoiceNumbers:invoice|invoices}} is unclear, just reply and I will sort it out right away.

Kind regards,`,
  },
  stop_work_notice: {
    subject: 'Work is paused until {{#invoiceNumbers:invoice|invoices}} {{invoiceNumbers}} {{#invoiceNumbers:is|are}} paid',
    body: `Dear {{clientName}},

{{#invoiceNumbers:Invoice|Invoices}} {{invoiceNumbers}} ({{amountDue}}) {{#invoiceNumbers:is|are}} still unpaid after my earlier reminder. As of {{date}}, we are pausing all work on your account until we hear from you.

As soon as the payment arrives, we will resume promptly, exactly where we left off. If there is a problem with the {{#invoiceNumbers:invoice|invoices}} or with the timing, please call or write to me: I would much rather find a solution together.

Kind regards,`,
  },
  referral: {
    subject: 'An introduction to {{referToName}}',
    body: `Dear {{clientName}},

Thank you for our conversation. As we discussed, I believe {{referToName}} can serve you better than we can at this stage[[: {{whyBetterFit}}|.]]

You can reach them at {{referToContact}}. I am happy to make the introduction myself and to share whatever helps the handover.

It has been a pleasure working with you, and I wish you every success.

Kind regards,`,
  },
  termination: {
    subject: 'Our work together',
    body: `Dear {{clientName}},

I am writing to tell you personally that we have decided to end our work together. We are letting you go because we cannot meet your needs as they are now, and you deserve a partner who can.

Our last working day will be {{lastDay}}.[[ Until then, this is how we will make the transition smooth: {{transitionPlan}}]]

You will receive full access to every account, credential, file, domain and asset we managed for you, together with a final report of what we achieved together.[[ The outstanding balance is {{amountDue}}.]]

Thank you for the trust you placed in us. I wish you and your business every success.

Sincerely,`,
  },
  win_back_apology: {
    subject: 'I am sorry: a personal note',
    body: `Dear {{clientName}},

I am writing to you personally because I owe you an apology. I am sorry.

This is what went wrong: {{whatWentWrong}} That was our responsibility, and as the head of {{businessName}} it is mine, no one else's. I understand how frustrating and disappointing this was for you, and you were right to expect better.

I would like to make it right.[[ {{offer}} If something else would make it right for you, please tell me:| Please tell me what would make it right for you:]] I will call you in the next few days, and you can always reach me directly.

Whatever you decide, I would be glad to stay in touch.

With my sincere apologies,`,
  },
  reset_terms_summary: {
    subject: 'What we agreed: our working terms from here on',
    body: `Dear {{clientName}},

Thank you for the open conversation. To make sure we are on the same page, this is what we agreed:

• Price: {{price}}
• Scope: {{scope}}
• Response times: {{responseTime}}
• Payment date: {{paymentDay}}

I will check in with you[[ on {{followUpOn}}| soon]] to see how the new arrangement works for you. If anything here does not match your understanding, please tell me now so we can settle it.

Kind regards,`,
  },
};
