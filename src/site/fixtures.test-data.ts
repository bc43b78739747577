/** Small records for the site's unit tests, parsed by the real schemas so defaults apply. */
import { committeeSchema, meetingSchema, recommendationSchema, type Committee, type MeetingInput } from '../model/schema.ts';
import { meetingSummariser, recommendationSummary } from './record-summary.ts';
import type { Entry } from './archive-data.ts';

const provenance = { file: 'content/sources/x.txt', format: 'moderngov-meeting' as const };

/** A meeting as its file holds it. */
export function fullMeeting(id: string, fields: Partial<MeetingInput>) {
  const data = meetingSchema.parse({
    council: 'epping-forest-district-council',
    committee: 'epping-forest-district-council/overview-and-scrutiny-committee',
    date: null,
    dateStatus: 'exact',
    status: 'minutes',
    provenance,
    ...fields,
  });
  return { id, data } satisfies Entry<typeof data>;
}

/** A meeting as the content collection holds it: its summary, items compared with `committees`. */
export function meeting(id: string, fields: Partial<MeetingInput>, committees: Entry<Committee>[] = []) {
  const data = meetingSummariser(committees)(fullMeeting(id, fields).data);
  return { id, data } satisfies Entry<typeof data>;
}

export function committee(id: string, fields: Record<string, unknown>) {
  const data = committeeSchema.parse({ council: id.split('/')[0], ...fields });
  return { id, data } satisfies Entry<typeof data>;
}

/** A whole recommendation, as its file holds it. */
export function fullRecommendation(id: string, fields: Record<string, unknown>) {
  const data = recommendationSchema.parse({ subject: 'A subject', council: null, committee: null, provenance, ...fields });
  return { id, data } satisfies Entry<typeof data>;
}

/** A recommendation's summary, as the collections hold it (record-summary.ts). */
export function recommendation(id: string, fields: Record<string, unknown>) {
  const data = recommendationSummary(fullRecommendation(id, fields).data);
  return { id, data } satisfies Entry<typeof data>;
}
