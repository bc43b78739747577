/**
 * The sentence that closes a meeting: "The meeting closed at 9.15 pm", "The business of the
 * meeting concluded at 21:05", "The Council rose at 8pm", "Meeting ended: 3.55 pm", "Meeting ended at: 12.47 pm", "The Mayor closed the
 * meeting at 8.34pm". Its time is the meeting's end; a
 * decision's list stops before it. One pattern for the general reader, the agenda pack's minutes
 * and the decisions.
 */
export const MEETING_CLOSED =
  /\b(?:(?:meeting|business)\b[^.]{0,40}?\b(?:closed|ended|finished|concluded|terminated|rose)(?:\s+at\s*:?\s*|\s*:\s*)|(?:closed|ended|concluded)\s+the\s+meeting\s+at\s+)(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s*m\.?)?)/i;
