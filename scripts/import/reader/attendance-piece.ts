/**
 * A piece of an attendance list as read: a person with what the list says of them, or what is no person (a role,
 * "none", the public, prose); and the white space every reader of a list squashes first. Apart because every
 * module that reads a piece (attendance-person.ts and its parts) builds or reads this record.
 */

/** A person named in a list, with what the list says about them. */
export interface Person {
  kind: 'person';
  /** Name as printed, without councillor titles or role notes; '' for "the Clerk". */
  name: string;
  role: string | null;
  items: string | null;
  /** Whom a substitute stood in for; '' when the record does not say. */
  forWhom: string | null;
  /** Who stood in for this absent member: "Cllr A, for whom Cllr B was substitute". */
  stoodInBy: string | null;
  officer: boolean;
  /** A councillor of another council (county, district, ward member): "also present" at a parish meeting. */
  outside: boolean;
  /** Listed after "Also:" in a list of those present ("…, Mr J Lloyd (Clerk). Also: Mr D Wyn"): attending, not a member. */
  also: boolean;
  councillor: boolean;
  /** A job title in brackets, as officers are listed: "(Head of Finance)". */
  job: boolean;
  /**
   * A post held with a body that is no council ("Medical Director, Eastfield NHS Trust", "Chief Executive,
   * Healthwatch Ashby"): a guest or a partner's member, not one of the council's officers.
   */
  elsewhere: boolean;
  /** "(Chair)", "(Vice-Chairman)" as printed: dropped from attendance, kept on a committee's membership. */
  chair: string | null;
  /**
   * A civic post or a chair's the member holds, as printed before or after the name ("Mayor" of "Councillor
   * Ann Holt (Mayor)", "The Mayor (Councillor Ann Holt)"), when `chair` does not hold it: whom a vote naming the post means.
   */
  post: string | null;
  /**
   * The council a councillor's note in brackets names ("(Kettleby Borough Council)"), which makes them `outside`: the
   * council a joint body's member represents, where most of those present are so noted (attendance.ts).
   */
  council?: string;
  /**
   * The body that nominated or appointed the member ("(nominated by the Northby Angling Association)"): whom they
   * represent, kept after the name as a represented member's body is (attendance.ts); `role` holds the note as printed.
   */
  nominated?: string;
}

/** A piece of a list that is not a person: a role after a name, "none", the public, or prose. */
interface Other {
  kind: 'role' | 'none' | 'public' | 'text';
  text: string;
}

/** A piece of a list as read: a person, or what is no person. */
export type Piece = Person | Other;

/** Whitespace squashed, non-breaking spaces made plain (a single plain space left alone: three times faster). */
export function squash(line: string): string {
  return line.replace(/[^\S ]\s*| \s+/g, ' ').trim();
}

/** A person named and nothing more said of them: every note, role and mark unset. */
export function emptyPerson(name: string): Person {
  return {
    kind: 'person',
    name,
    role: null,
    items: null,
    forWhom: null,
    stoodInBy: null,
    officer: false,
    outside: false,
    also: false,
    councillor: false,
    job: false,
    elsewhere: false,
    chair: null,
    post: null,
  };
}
