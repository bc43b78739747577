/**
 * The fields of a decision notice that no field of the schema holds, kept in the item's text under their own names
 * (kinds/decision-notice.ts reads the rest): why an urgent decision could not wait, the power used, whom it consulted,
 * whether it is a key decision and under which forward plan entry, when call-in ends and when the decision may be
 * implemented, the report considered, who was consulted or signed. A label read here is a read line, never warned of.
 */
import { CALL_IN_END } from '../notice-dates.ts';

/**
 * "This decision may be called in. It will come into force at 5.00pm on …", as a record of decision closes: the call-in
 * field as a sentence, which ends the field above it.
 */
export const CALL_IN_SENTENCE = /^((?:this|the)\s+decisions?\s+(?:may|can|cannot|will|is|are)\b.*\bcall(?:ed)?[\s-]?in\b.*)$/i;

/** A field kept as printed: the name it is kept under, and its label (the value on the label's line in group 1). */
export interface KeptField {
  name: string;
  label: RegExp;
}

/** The kept fields, in the order the item's text gives them. */
export const KEPT_FIELDS: KeptField[] = [
  { name: 'Reasons for urgency', label: /^reasons?\s+for\s+(?:the\s+)?urgency\s*:?\s*(.*)$/i },
  { name: 'Power used', label: /^powers?\s+(?:used|exercised)\s*:?\s*(.*)$/i },
  { name: 'Consultation', label: /^consultation(?:\s+undertaken)?\s*:\s*(.*)$/i },
  // "Key decision: Yes", asked as a ModernGov page asks it, "Is Key decision?: Yes", or given as the decision's type,
  // "Decision type: Key Decision (Forward Plan ref KD/2025/014)".
  { name: 'Key decision', label: /^(?:(?:is\s+(?:it\s+a\s+)?)?key\s+decision\s*\??|decision\s+type)\s*:\s*(.*)$/i },
  {
    name: 'Declarations of interest',
    // "Conflicts of interest declared by the decision maker: None": who declared is part of the label; a weekly notice
    // of officers' decisions prints "Interests declared:".
    label:
      /^(?:declarations?\s+of\s+interests?|conflicts?\s+of\s+interests?(?:\s+declared(?:\s+by\s+[^:]{2,60})?)?|interests\s+and\s+nature\s+of\s+interests\s+declared|interests?\s+declared)\s*:?\s*(.*)$/i,
  },
  // "Call-in deadline: 5.00 pm on Wednesday 12 March 2025", "Last date for call-in: 9 June 2026", "Call-in expiry: …":
  // when call-in ends (the meeting's callInExpiry too, notice-dates.ts).
  {
    name: 'Call-in deadline',
    label: CALL_IN_END,
  },
  { name: 'Call-in', label: /^(?:is\s+)?(?:subject\s+to\s+)?call[\s-]?in(?:\s+period)?\s*\??\s*:\s*(.*)$/i },
  { name: 'Call-in', label: CALL_IN_SENTENCE },
  // "Implementation date: 13 March 2025 (if not called in)", "Decision comes into force: …", "Effective from: …" (a bare
  // "Implementation:" may say who implements it, and is warned of).
  {
    name: 'Implementation date',
    label:
      /^(?:implementation\s+date|date\s+of\s+implementation|effective\s+from|(?:the\s+)?decisions?\s+(?:comes?\s+into\s+force|takes?\s+effect|may\s+be\s+implemented)(?:\s+(?:from|on))?)\s*:\s*(.*)$/i,
  },
  // A cabinet member's record of decision prints these too; no field of the schema holds them.
  { name: 'Report of', label: /^report\s+(?:of|by|author)\s*:\s*(.*)$/i },
  { name: 'Report considered', label: /^reports?\s+considered\s*:\s*(.*)$/i },
  { name: 'Wards affected', label: /^wards?(?:\s+affected)?\s*:\s*(.*)$/i },
  { name: 'Consultees', label: /^consultees\s*:?\s*(.*)$/i },
  { name: 'Dispensations', label: /^dispensations?(?:\s+granted)?\s*:?\s*(.*)$/i },
  { name: 'Published', label: /^(?:published|publication\s+date|date\s+(?:of\s+)?publi(?:shed|cation))\s*:\s*(.*)$/i },
  { name: 'Contact', label: /^(?:officer\s+)?contact(?:\s+officer)?\s*:\s*(.*)$/i },
  { name: 'Signed', label: /^signed\s*:\s*(.*)$/i },
];
