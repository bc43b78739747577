/**
 * The members who took part in decisions taken by written procedure (written-procedure.ts): no one met, so the record
 * lists those who replied by the closing time ("Responses received from:", "Replies were received from the following
 * members:", "Respondents:"), often by council. They are the decisions' attendance, filed as those present are, as no
 * list of the model says "replied"; those it says did not reply ("No response from: …") are named in no list, the
 * record saying nothing of an apology or an absence, and are warned of as any name in no list is.
 */
/** "Responses received from:", "Replies were received from the following members:", "Respondents:"; group 1 what follows. */
const RESPONDENTS =
  /^(?:(?:responses?|replies|reply)\s+(?:(?:was|were|had\s+been)\s+)?received\s+from(?:\s+the\s+following(?:\s+(?:members|councillors|board\s+members))?)?|respondents)\s*:\s*(.*)$/i;

/** The names after a heading over a written procedure's respondents ('' when they are on the lines below); null for any other line. */
export function respondentsListed(text: string): string | null {
  return RESPONDENTS.exec(text)?.[1]?.trim() ?? null;
}

/** "No response from:", "No replies were received from:", "Did not respond:": those who took no part in the procedure. */
const NO_REPLY =
  /^(?:no\s+(?:responses?|replies|reply)\s+(?:(?:was|were|had\s+been)\s+)?(?:received\s+)?from|did\s+not\s+(?:respond|reply))\s*:/i;

/**
 * True for the line naming those who did not reply: it ends the list of respondents above it, and names no one into any
 * list (no absence or apology is said), so each is warned of as a name in no list.
 */
export function noReplyFrom(text: string): boolean {
  return NO_REPLY.test(text);
}
