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

[[Thank you for speaking with me on {{calledOn}}. ]]I am writing to you personally because I owe you an apology. I am sorry.

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
  complaint_update: {
    subject: 'Your complaint of {{raisedOn}}: where we are now',
    body: `Dear {{clientName}},

While we work on the problem you raised on {{raisedOn}}[[ ({{complaintSummary}})]], I want to keep you informed. I am sorry that the fix is taking this long.

What we have done so far: {{whatWeDid}}

What happens next: {{nextStep}}

[[I will write to you again by {{nextUpdateOn}}, or sooner if the problem is solved.|I will write to you again as soon as there is news.]] If anything changes on your side in the meantime, or you have a question, please reply or call me directly.

Kind regards,`,
  },
  silence_delays: {
    subject: 'We need your reply to move the project forward',
    body: `Dear {{clientName}},

We cannot move the project forward without your input. This is where the work stands:

• What we need from you: {{waitingFor}}
• First asked for on: {{askedOn}}
• What is on hold until then: {{blockedWork}}

Every day we wait for a reply also delays the project[[: {{delayImpact}}|.]] [[If we hear from you by {{replyBy}}, we can keep to the plan.|As soon as we hear from you, we will pick the work up again.]]

If it is easier, a short call works just as well: tell me a time that suits you, and I will make it work.

Kind regards,`,
  },
  impossible_demands: {
    subject: 'Our agreement, and what it covers',
    body: `Dear {{clientName}},

I want to be open with you about how we work together. Lately we have been asked for the following: {{demands}}

As things stand, this makes the work we agreed on impossible to deliver[[: {{whyImpossible}}|.]]

Our agreement ({{contractName}}[[, signed on {{contractDate}}]]) sets out what we do:

{{contractTerms}}

We are glad to deliver exactly that, and to do it well. If you need more than the agreement covers, let us talk about changing it, with a new scope, price and timeline, rather than stretching the current one.

Kind regards,`,
  },
};
