/** What POST /api/public/letters/follow answers (apps/mailbox/src/letters/letter-view.ts). */
export interface LetterView {
  number: string;
  title: string;
  content: string;
  status: string;
  submittedAt: string;
  progress: { type: string; at: string }[];
  reply: { content: string; repliedAt: string } | null;
}

/** What POST /api/public/letters answers: both are needed to follow the letter. */
export interface LetterReceipt {
  number: string;
  queryCode: string;
}

/** A letter and the reply it got, in the redacted copy publishing stores (apps/mailbox/src/publications). */
export interface LetterAndReply {
  ticketNumber: string;
  categoryCode: string;
  title: string;
  content: string;
  reply: string;
  repliedAt: string;
}

/** A published letter on GET /api/public/replies. */
export interface PublishedLetter extends LetterAndReply {
  publishedAt: string;
}
