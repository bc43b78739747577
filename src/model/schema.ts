/**
 * The record model: one zod schema for every record the archive holds.
 *
 * Shared by the site (`src/content.config.ts`) and the scripts (importer, checker,
 * benchmark generator), so a file the importer writes is a file the site accepts.
 * Closed sets are `z.enum`s declared here and nowhere else.
 */
import { z } from 'astro/zod';
import { isCalendarDate, isClockTime } from './calendar.ts';

// ── Closed sets ────────────────────────────────────────────────────────────

/** Raw layouts the importer recognises. */
export const sourceFormat = z.enum([
  'moderngov-meeting',
  'moderngov-item',
  'pdf-pack',
  'decision-notice',
  'forward-plan',
  'report',
  'public-question',
  'tracker',
  'hand-written',
  'synthetic',
  'meeting-text',
]);

/** What kind of file a record was imported from: a PDF, a saved web page, or plain text. */
export const sourceFileType = z.enum(['pdf', 'html', 'markdown', 'text']);

/** How sure we are of a meeting's date. Never invent one: unknown is `not-stated`. */
export const dateStatus = z.enum(['exact', 'inferred', 'approximate', 'not-stated']);

/**
 * What a meeting record holds: an agenda only, minutes, or a date in the calendar; or `cancelled`, a
 * meeting a notice says will not take place (cancelled, or postponed from that date), whose record
 * holds the date, body and venue it was called for.
 */
export const meetingStatus = z.enum(['agenda', 'minutes', 'scheduled', 'cancelled']);

/**
 * What kind of meeting a record says it was, in its title or opening words: "Extraordinary Meeting of the Council",
 * "Special Council", "Annual Meeting" (a council's yearly meeting, where it elects its chair or mayor), "Budget Council",
 * an "Adjourned" or "Reconvened" meeting, a new council's "Inaugural" or "Statutory" first meeting, an "Ordinary Meeting";
 * `electors` a parish's or town's meeting of its electors ("Annual Parish Meeting"), no meeting of the council's members.
 */
export const meetingKind = z.enum([
  'ordinary',
  'extraordinary',
  'special',
  'annual',
  'budget',
  'adjourned',
  'reconvened',
  'inaugural',
  'statutory',
  'electors',
]);

/** What kind of body a committee is. */
export const committeeType = z.enum(['scrutiny-committee', 'scrutiny-panel', 'task-and-finish', 'other']);

/** Roles a person can have at a meeting. */
export const attendanceRole = z.enum(['present', 'apologies', 'absent', 'substitutes', 'alsoPresent', 'officers', 'presenters']);

/** What a listed document is. */
export const documentKind = z.enum(['report', 'minutes', 'appendix', 'additional', 'other']);

/**
 * Where a recommendation stands, as the importer first recorded it from trackers. Kept and still
 * read: src/model/recommendation-lifecycle.ts maps it onto `implementation` and the response's
 * `outcome` when those are not stated.
 */
export const recommendationStatus = z.enum(['open', 'in-progress', 'completed', 'rejected', 'not-stated']);

/** What the executive (or a partner body) said to a recommendation in its response. */
export const responseOutcome = z.enum(['accepted', 'partially-accepted', 'not-accepted', 'noted']);

/** How far a recommendation has been carried out. */
export const implementationStatus = z.enum([
  'not-started',
  'in-progress',
  'implemented',
  'not-implemented',
  'superseded',
  'paused',
  'not-stated',
]);

/** A tracker's red / amber / green rating. */
export const ragRating = z.enum(['red', 'amber', 'green']);

/** Whom a recommendation is addressed to. */
export const addresseeKind = z.enum(['cabinet', 'cabinet-member', 'council', 'partner', 'officers', 'committee', 'other']);

/** Record kinds, as used in URLs, search filters and the JSON the importer prints. */
export const recordKind = z.enum(['council', 'committee', 'meeting', 'report', 'recommendation', 'person']);

// ── Shared pieces ──────────────────────────────────────────────────────────

/**
 * Calendar date `YYYY-MM-DD` that exists (month 01-12, a day the month has, 29 February in leap
 * years only), so every page can format it; YAML readers that turn it into a Date are folded back.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD', abort: true })
    .refine((text) => isCalendarDate(text), {
      error: (issue) =>
        `${String(issue.input)} is not a date in the calendar (month 01 to 12, a day that month has). Write the real date as YYYY-MM-DD, or null when it is not stated`,
    }),
);

/**
 * An agenda item or minute number as printed: `44`, `2643`, `18.05.1`, `35/11`, `5a`. Files written
 * before numbers were kept as printed hold integers: those are read as their digits.
 */
export const itemNumber = z.union([z.string().trim().min(1).max(40), z.number().int().nonnegative().transform(String)]);

/** Clock time `HH:MM`, 24-hour, from 00:00 to 23:59. */
export const clockTime = z
  .string()
  .regex(/^\d{2}:\d{2}$/, { error: 'expected a time as HH:MM', abort: true })
  .refine((text) => isClockTime(text), {
    error: (issue) =>
      `${String(issue.input)} is not a time of day (hours 00 to 23, minutes 00 to 59). Write it as HH:MM on the 24-hour clock, or null when it is not stated`,
  });

/** Where a record came from. */
export const provenance = z.object({
  /** Path of the raw source file, relative to the project root. */
  file: z.string(),
  /** Layout the importer recognised. */
  format: sourceFormat,
  /** Address of the published original, when known. */
  url: z.url().nullable().default(null),
  /** Kind of file the record was read from (pdf, html, markdown, text); null in records imported before it was recorded. */
  fileType: sourceFileType.nullable().default(null),
  /** SHA-256 of the source file's bytes, lower-case hexadecimal; null in records imported before it was recorded. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .default(null),
});

/** A document listed with a meeting or agenda item (a report, an appendix). */
export const listedDocument = z.object({
  /** Name as the council listed it. */
  name: z.string(),
  /** What the document is. */
  kind: documentKind.default('other'),
  /** Size as published, e.g. `97 KB`; null when not given. */
  size: z.string().nullable().default(null),
  /** Address of the document, when known. */
  url: z.string().nullable().default(null),
  /** Id of the report record in this archive, when there is one. */
  report: z.string().nullable().default(null),
});

/** A mention of another meeting, e.g. "the minutes of the meeting held on 1 February 2017". */
export const meetingReference = z.object({
  /** Date of the meeting referred to. */
  date: isoDate,
  /** The words of the record that name it. */
  text: z.string(),
  /** Number of the agenda item where the mention stands, when in an item. */
  item: itemNumber.nullable().default(null),
});

/** What a member did during the meeting, as the minutes record it (schema `attendanceMovement`). */
export const movementKind = z.enum(['arrived', 'left', 'returned']);

/**
 * A member's arrival, departure or return during the meeting, as the minutes record it ("Councillor Ward
 * arrived at 7.12pm, during item 4.", "Cllr Carter (arrived at 7.05pm)" in the list of those present):
 * an index of the record's sentence, which stays in the minutes' text.
 */
export const attendanceMovement = z.object({
  /** The member as the attendance lists write them: councillor titles off, personal titles ("Mr", "Dr") and posts ("The Chair") as printed. */
  person: z.string().min(1),
  /** arrived (came late, joined or entered the meeting), left (left the meeting or the room, withdrew) or returned (came back, rejoined or re-entered). */
  movement: movementKind,
  /** When, HH:MM on the 24-hour clock, UK time (Europe/London), as the meeting's start time; null when the record gives no time. */
  time: clockTime.nullable().default(null),
  /** Number of the agenda item the record ties the movement to ("during item 4", "after item 7", "for this item"); null when it names none. */
  item: itemNumber.nullable().default(null),
  /** The record's words that state the movement: the sentence, or the name with its note in a list. */
  text: z.string().min(1),
});

/** Who attended, by role; each list holds names as the record gives them. */
export const attendanceLists = z.object({
  /** Members present. */
  present: z.array(z.string()).default([]),
  /** Members who sent apologies. */
  apologies: z.array(z.string()).default([]),
  /** Members the record lists as absent, with no apologies given (or none said). */
  absent: z.array(z.string()).default([]),
  /** Substitute members, as "Name (for Name)" when the record says whom for. */
  substitutes: z.array(z.string()).default([]),
  /** Other members who attended, e.g. "Name (items 4, 5)". */
  alsoPresent: z.array(z.string()).default([]),
  /** Officers in attendance, "Name, Role" when the record gives a role. */
  officers: z.array(z.string()).default([]),
  /** Guests who presented or answered questions. */
  presenters: z.array(z.string()).default([]),
});

/** Who attended, by role, and who came or went during the meeting. */
export const attendance = attendanceLists.extend({
  /** Members who arrived late, left or came back during the meeting, in the order the record gives them; absent when the record states none. */
  movements: z.array(attendanceMovement).min(1).optional(),
});

/** A vote the minutes record: what was put, how it went and the counts they give. */
export const recordedVote = z.object({
  /** What was put to the vote as the record words it ("the recommendation", "the amendment"); null when not said. */
  motion: z.string().nullable().default(null),
  /** Whether it was carried or lost (a motion that "fell" was lost). */
  outcome: z.enum(['carried', 'lost']),
  /** Who moved what was put, councillor title off; absent when the record does not say. */
  movedBy: z.string().min(1).optional(),
  /** Who seconded it, councillor title off; absent when the record does not say. */
  secondedBy: z.string().min(1).optional(),
  /** True when the record says the vote was unanimous. */
  unanimous: z.boolean().default(false),
  /** Votes for, when counted. */
  for: z.number().int().nonnegative().nullable().default(null),
  /** Votes against, when counted. */
  against: z.number().int().nonnegative().nullable().default(null),
  /** Abstentions, when counted. */
  abstentions: z.number().int().nonnegative().nullable().default(null),
  /** Members who voted for, as a recorded (named) vote lists them, councillor titles off; absent when the record names no one. */
  votedFor: z.array(z.string().min(1)).optional(),
  /** Members who voted against, named as `votedFor` names them; absent when the record names no one. */
  votedAgainst: z.array(z.string().min(1)).optional(),
  /** Members who abstained, named as `votedFor` names them; absent when the record names no one. */
  abstained: z.array(z.string().min(1)).optional(),
  /** The sentence of the record that states the vote. */
  text: z.string(),
});

/**
 * A proposal the minutes say was moved (or seconded) and then decided, with no vote recorded on it:
 * "The recommendations were moved by Councillor Ash and seconded by Councillor Elm." over "Resolved:".
 */
export const movedMotion = z.object({
  /** What was moved as the record words it ("the recommendations"); null when not said. */
  motion: z.string().nullable().default(null),
  /** Who moved it, councillor title off; absent when the record does not say. */
  movedBy: z.string().min(1).optional(),
  /** Who seconded it, councillor title off; absent when the record does not say. */
  secondedBy: z.string().min(1).optional(),
  /** The sentence of the record that says who moved or seconded it. */
  text: z.string(),
});

/** What a record says of an item taken in private (Part II, exempt or confidential information). */
export const exemptMark = z.object({
  /** The record's words that mark the item, as printed: the closed part's heading ("PART II – EXEMPT"), a mark after its title ("(Exempt)"), or the resolution excluding the press and public. */
  text: z.string().min(1),
  /** Paragraphs of the schedule of exempt information the record cites (Schedule 12A to the Local Government Act 1972; Schedule 7A in Scotland), e.g. `["3"]`; empty when it cites none. */
  paragraphs: z.array(z.string().min(1)).default([]),
});

/** One item of a meeting's agenda, with its minutes when the meeting has them. */
export const agendaItem = z.object({
  /** Item number as published; null when the record gives none. */
  number: itemNumber.nullable(),
  /** Item title, without page furniture. */
  title: z.string().min(1),
  /** Stable fragment id on the meeting page, e.g. `item-44`. */
  anchor: z.string().regex(/^[a-z][a-z0-9-]*$/, 'anchors are lower-case words joined by -'),
  /** Introductory / agenda text, in Markdown. */
  agendaText: z.string().nullable().default(null),
  /** The minutes of the item, in Markdown, resolutions included. */
  minutes: z.string().nullable().default(null),
  /** Each resolution (RESOLVED / AGREED / DECIDED) as its own entry. */
  resolutions: z.array(z.string()).default([]),
  /** Why the decision was taken, in the record's words ("Reason for decision:", "Reasons for the decision:"), one entry for each paragraph or list entry, as plain text; absent when the record gives none. */
  reasons: z.array(z.string().min(1)).min(1).optional(),
  /** Options the record says were considered and rejected ("Alternative options considered and rejected:"), one entry for each paragraph or list entry, as plain text; absent when the record gives none. */
  alternatives: z.array(z.string().min(1)).min(1).optional(),
  /** Documents published with the item. */
  documents: z.array(listedDocument).default([]),
  /** True where the published text was cut short ("view the full minutes text"). */
  truncated: z.boolean().default(false),
  /** Pages of the agenda pack the item spans, e.g. `5-18`. */
  pages: z.string().nullable().default(null),
  /** Ids of report records this item introduces. */
  reports: z.array(z.string()).default([]),
  /** Votes recorded in the minutes, in order; absent when none is recorded. */
  votes: z.array(recordedVote).optional(),
  /** Proposals moved and then decided with no vote recorded on them, in order; absent when the minutes name no mover of one. */
  motions: z
    .array(
      movedMotion.refine((motion) => motion.movedBy !== undefined || motion.secondedBy !== undefined, {
        message: 'a motion names who moved or seconded it: add `movedBy` or `secondedBy`, or remove the motion',
      }),
    )
    .optional(),
  /** Where the record marks the item as taken in private: its words and the paragraphs cited; absent when the record does not mark it (an item is never marked open by inference). */
  exempt: exemptMark.optional(),
});

/** A contact for a meeting or report. */
export const contact = z.object({
  /** Names and roles as published. */
  text: z.string(),
  /** E-mail address, when given. */
  email: z.string().nullable().default(null),
  /** Telephone number, when given. */
  phone: z.string().nullable().default(null),
});

// ── Records ────────────────────────────────────────────────────────────────

/** Fields every record written by a script carries. */
const generated = {
  /** sha256 of the file as the importer wrote it; a mismatch means it was edited by hand. */
  importChecksum: z.string().optional(),
};

/** A council (or other public body). */
export const councilSchema = z.object({
  /** Full name, e.g. "Thurrock Council". */
  name: z.string().min(1),
  /** Council website, when known. */
  website: z.url().nullable().default(null),
  /** Licence the council publishes its records under, as it states it (e.g. "Open Government Licence v3.0"); null when it does not say. */
  licence: z.string().min(1).nullable().default(null),
  ...generated,
});

/** A committee, panel or task and finish group of a council. */
export const committeeSchema = z.object({
  /** Full name as the council uses it. */
  name: z.string().min(1),
  /** Id of the council it belongs to; null when no record states it. */
  council: z.string().nullable(),
  /** What kind of body it is. */
  type: committeeType.default('scrutiny-committee'),
  /** Id of the committee that set it up (for panels and task and finish groups). */
  parent: z.string().nullable().default(null),
  /** One-line description, when known. */
  description: z.string().nullable().default(null),
  /** Members as the records state them. */
  members: z.array(z.string()).default([]),
  ...generated,
});

/** A meeting of a committee: its details, attendance and agenda items. */
export const meetingSchema = z.object({
  /** Id of the council; null when not stated. */
  council: z.string().nullable(),
  /** Id of the committee; null when not stated. */
  committee: z.string().nullable(),
  /** Date of the meeting; null when not stated. */
  date: isoDate.nullable(),
  /** Whether the date is stated, inferred from the text, or approximate. */
  dateStatus: dateStatus,
  /** How a date that is not exact was worked out. */
  dateNote: z.string().nullable().default(null),
  /** Start time, when stated. */
  startTime: clockTime.nullable().default(null),
  /** Time the meeting closed, when stated. */
  endTime: clockTime.nullable().default(null),
  /** Venue, without "View directions". */
  venue: z.string().nullable().default(null),
  /** Contact for the meeting. */
  contact: contact.nullable().default(null),
  /** Whether the record holds an agenda only, minutes, or just the date. */
  status: meetingStatus,
  /** The kind of meeting the record states it was ("Extraordinary Meeting"); null or absent when it does not say, never assumed ordinary. */
  meetingKind: meetingKind.nullable().optional(),
  /** The members who requisitioned the meeting (called it by their request), named as the record prints them; absent when it names none. */
  requisitionedBy: z.array(z.string()).optional(),
  /**
   * The day the record says it was published ("Published: 20 February 2025", "Date of publication: …"), as a notice
   * of decisions prints it: a date only, a time beside it not kept; absent when the record does not say.
   */
  publicationDate: isoDate.nullable().optional(),
  /**
   * The day the record says its decisions' call-in ends ("Call-in expiry: 5.00 pm, 27 February 2025"), or that they come
   * into force unless called in ("These decisions will come into force on 3 March 2025 unless called in"): a date only,
   * as printed, never worked out from a number of days; absent when the record does not say.
   */
  callInExpiry: isoDate.nullable().optional(),
  /**
   * The record's closing note of its next meeting, as printed after its label ("Next meeting: Tuesday 20 May 2025, 4.00pm,
   * Committee Room 3" → "Tuesday 20 May 2025, 4.00pm, Committee Room 3"); its date is also among the references. Absent
   * when the record sets no such line apart at its end.
   */
  nextMeeting: z.string().min(1).optional(),
  /** Who attended. */
  attendance: attendance.prefault({}),
  /** Agenda items in order. */
  items: z.array(agendaItem).default([]),
  /** Documents listed for the meeting as a whole. */
  documents: z.array(listedDocument).default([]),
  /** Other meetings the record mentions. */
  references: z.array(meetingReference).default([]),
  /** True when the record stops short of its end (cut mid-sentence, pages missing); absent otherwise. */
  truncated: z.boolean().optional(),
  /** What the importer could not establish. */
  warnings: z.array(z.string()).default([]),
  /** Where the record came from. */
  provenance: provenance,
  ...generated,
});

/** A report or other document with its own text (body of the file, in Markdown). */
export const reportSchema = z.object({
  /** Title of the report. */
  title: z.string().min(1),
  /** The council's reference, e.g. `PAF/01/15`; null when none. */
  reference: z.string().nullable().default(null),
  /** Id of the council. */
  council: z.string().nullable(),
  /** Id of the committee it went to. */
  committee: z.string().nullable(),
  /** Id of the meeting it went to. */
  meeting: z.string().nullable().default(null),
  /** Number of the agenda item that introduces it. */
  item: itemNumber.nullable().default(null),
  /** Date of the report, when stated. */
  date: isoDate.nullable().default(null),
  /** Author or enquiries contact. */
  contact: z.string().nullable().default(null),
  /** What kind of document it is. */
  kind: documentKind.default('report'),
  /** What the importer could not establish. */
  warnings: z.array(z.string()).default([]),
  /** Where the record came from. */
  provenance: provenance,
  ...generated,
});

/** A dated update on a recommendation. */
export const recommendationUpdate = z.object({
  /** Date of the update; null when not stated. */
  date: isoDate.nullable().default(null),
  /** What was reported. */
  text: z.string(),
  /** Id of the meeting where the update was reported; absent or null when not known. */
  meeting: z.string().nullable().optional(),
});

/** The executive's (or a partner body's) response to a recommendation, as a record states it. */
export const recommendationResponse = z.object({
  /** Date of the response; null when not stated. */
  date: isoDate.nullable().default(null),
  /** Id of the meeting where the response was given or reported; null when none. */
  meeting: z.string().nullable().default(null),
  /** Number of that meeting's agenda item, as printed. */
  item: itemNumber.nullable().default(null),
  /** Who responded, as the record names them, e.g. "Essex County Council". */
  by: z.string().nullable().default(null),
  /** Accepted, partially accepted, not accepted or noted; null when the response does not say. */
  outcome: responseOutcome.nullable().default(null),
  /** The response's words (Markdown). */
  text: z.string(),
  /** How the response was matched to this recommendation, or why it stands alone. */
  note: z.string().nullable().default(null),
});

/** A recommendation or resolution that scrutiny tracks (body: its text in Markdown). */
export const recommendationSchema = z.object({
  /** The council's reference, e.g. `COP/25/12`; null when none. */
  reference: z.string().nullable().default(null),
  /** Subject or short title. */
  subject: z.string().min(1),
  /** Id of the council. */
  council: z.string().nullable(),
  /** Id of the committee that made it. */
  committee: z.string().nullable(),
  /** How the committee worked on it, e.g. "Task and finish group". */
  approach: z.string().nullable().default(null),
  /** Lead officer. */
  leadOfficer: z.string().nullable().default(null),
  /** Member responsible for the response. */
  responsibleMember: z.string().nullable().default(null),
  /** Dates of committee meetings that dealt with it. */
  meetingDates: z.array(isoDate).default([]),
  /** Date it is next to be reviewed. */
  reviewDate: z.string().nullable().default(null),
  /** Where it stands. */
  status: recommendationStatus.default('not-stated'),
  /** Latest status as the tracker words it. */
  statusText: z.string().nullable().default(null),
  /** Dated updates, oldest first. */
  updates: z.array(recommendationUpdate).default([]),
  /** Id of the report it came from. */
  report: z.string().nullable().default(null),
  // The lifecycle (issue 14, README "Recommendations"). Absent in files written before these fields;
  // absent or null means the records do not state it.
  /** Id of the meeting that made it (or received the report that made it); null when not known. */
  meeting: z.string().nullable().optional(),
  /** Number of that meeting's agenda item, as printed. */
  item: itemNumber.nullable().optional(),
  /** Date it was made; null when not stated. */
  madeDate: isoDate.nullable().optional(),
  /** Who made it when not the committee itself, e.g. "Ofsted inspection" or "Leaving Care Review". */
  madeBy: z.string().nullable().optional(),
  /** Whom it is addressed to, as the record words it, e.g. "Cabinet", "Essex County Council". */
  addressee: z.string().nullable().optional(),
  /** What kind of body the addressee is; null when not stated. */
  addresseeKind: addresseeKind.nullable().optional(),
  /** Date the executive (or partner body) received the report; null when not stated. */
  receivedDate: isoDate.nullable().optional(),
  /** Date a response is due (two months after `receivedDate`, s.9FE LGA 2000); null when it cannot be worked out. */
  responseDue: isoDate.nullable().optional(),
  /** How `responseDue` was found, or why it is not known. */
  responseDueNote: z.string().nullable().optional(),
  /** The response; null when no response is recorded. */
  response: recommendationResponse.nullable().optional(),
  /** Target date for carrying it out, as the record words it; null when not stated. */
  targetDate: z.string().nullable().optional(),
  /** How far it has been carried out; absent or `not-stated` falls back on `status` (see recommendation-lifecycle.ts). */
  implementation: implementationStatus.optional(),
  /** The tracker's red / amber / green rating, when it gives one. */
  rag: ragRating.nullable().optional(),
  /** What the importer could not establish. */
  warnings: z.array(z.string()).default([]),
  /** Where the record came from. */
  provenance: provenance,
  ...generated,
});

/** A person, written by hand to name aliases to merge or keep apart. */
export const personSchema = z.object({
  /** Name to show. */
  name: z.string().min(1),
  /** Other spellings that are this person ("Cllr Gooding" only if certain). */
  aliases: z.array(z.string()).default([]),
  /** Spellings that look alike but are someone else. */
  notAliases: z.array(z.string()).default([]),
  /** Role or description, e.g. "County Councillor, Essex". */
  description: z.string().nullable().default(null),
});

// ── Summaries: what the site keeps of every record for its lists and indexes ─

/**
 * An agenda item as lists and indexes need it. The text stays in the record file, which
 * the meeting's own page reads when it is built, so a large archive is never all in memory.
 */
export const agendaItemSummary = agendaItem.pick({ number: true, title: true, anchor: true, exempt: true }).extend({
  /** Ids of the committees (of the meeting's council, not its own) that the item's text names. */
  committeesNamed: z.array(z.string()).default([]),
  /** The item's recorded votes that name members (how they voted, or who moved or seconded), with what the people pages show of them; absent when none does. */
  namedVotes: z
    .array(
      recordedVote.pick({
        motion: true,
        outcome: true,
        movedBy: true,
        secondedBy: true,
        votedFor: true,
        votedAgainst: true,
        abstained: true,
      }),
    )
    .optional(),
  /** Who moved and seconded the item's proposals decided with no vote recorded (people pages list them); absent when none. */
  motions: z.array(movedMotion.pick({ motion: true, movedBy: true, secondedBy: true })).optional(),
});

/** A meeting without its agenda items' text and its document list. */
export const meetingSummarySchema = meetingSchema.omit({ items: true, documents: true }).extend({
  /** The agenda items, without their text. */
  items: z.array(agendaItemSummary).default([]),
});

/** A recommendation without its updates (and, like every summary, without its body). */
export const recommendationSummarySchema = recommendationSchema.omit({ updates: true }).extend({
  /**
   * The date of each update, in order (null when one states none): the feeds read a recommendation's
   * file for an update's text only when the update is among their newest entries.
   */
  updateDates: z.array(isoDate.nullable()).default([]),
});

export type Council = z.infer<typeof councilSchema>;
export type Committee = z.infer<typeof committeeSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingInput = z.input<typeof meetingSchema>;
export type AgendaItem = z.infer<typeof agendaItem>;
export type AgendaItemInput = z.input<typeof agendaItem>;
export type RecordedVote = z.infer<typeof recordedVote>;
export type MovedMotion = z.infer<typeof movedMotion>;
/** The sides of a recorded vote that name members. */
export const voteSides = ['votedFor', 'votedAgainst', 'abstained'] as const;
export type VoteSide = (typeof voteSides)[number];
/** A member's part in a vote: a side, or having moved or seconded what was put. */
export const voteRoles = ['movedBy', 'secondedBy', ...voteSides] as const;
export type VoteRole = (typeof voteRoles)[number];
export type ListedDocument = z.infer<typeof listedDocument>;
export type ListedDocumentInput = z.input<typeof listedDocument>;
export type MeetingReference = z.infer<typeof meetingReference>;
/** The lists of names of a meeting's attendance (its `attendanceRole`s), without the movements. */
export type Attendance = z.infer<typeof attendanceLists>;
export type AttendanceMovement = z.infer<typeof attendanceMovement>;
export type Report = z.infer<typeof reportSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type RecommendationInput = z.input<typeof recommendationSchema>;
export type RecommendationResponse = z.infer<typeof recommendationResponse>;
export type ResponseOutcome = z.infer<typeof responseOutcome>;
export type ImplementationStatus = z.infer<typeof implementationStatus>;
export type Person = z.infer<typeof personSchema>;
export type SourceFormat = z.infer<typeof sourceFormat>;
export type SourceFileType = z.infer<typeof sourceFileType>;
export type CommitteeType = z.infer<typeof committeeType>;
export type MeetingKind = z.infer<typeof meetingKind>;
export type Provenance = z.input<typeof provenance>;
export type RecordKind = z.infer<typeof recordKind>;
export type AgendaItemSummary = z.infer<typeof agendaItemSummary>;
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export type RecommendationSummary = z.infer<typeof recommendationSummarySchema>;

/** Each collection: its folder under the content root and its schema. */
export const collections = {
  councils: councilSchema,
  committees: committeeSchema,
  meetings: meetingSchema,
  reports: reportSchema,
  recommendations: recommendationSchema,
  people: personSchema,
} as const;

export type CollectionName = keyof typeof collections;

/**
 * What the site's content collections hold of each record: the whole record for the small
 * collections and reports, a summary for meetings and recommendations, and no bodies for
 * the three record types with their own pages (see src/site/record-loader.ts).
 */
export const summaries = {
  councils: councilSchema,
  committees: committeeSchema,
  meetings: meetingSummarySchema,
  reports: reportSchema,
  recommendations: recommendationSummarySchema,
  people: personSchema,
} as const;
