/**
 * The index that record text is linked against (LinkContext of src/markdown):
 * every dated meeting, every report with a reference, every recommendation, every person.
 */
import { meetingLabel, type ArchiveData } from './archive-data.ts';
import { personNames, type SitePerson } from './people.ts';
import { urls } from './urls.ts';
import type { LinkContext } from '../markdown/link-context.ts';

export type { LinkContext };

export type SharedLinks = Omit<LinkContext, 'here'>;

/** Everything but `here`, built once per build. */
export function sharedLinks(archive: ArchiveData, people: SitePerson[]): SharedLinks {
  return {
    meetings: archive.meetings.flatMap(({ id, data }) =>
      data.date === null
        ? []
        : [
            {
              date: data.date,
              council: data.council,
              committee: data.committee,
              url: urls.meeting(id),
              label: meetingLabel(data, archive.committees),
            },
          ],
    ),
    reports: archive.reports.flatMap(({ id, data }) =>
      data.reference === null ? [] : [{ reference: data.reference, council: data.council, url: urls.report(id), label: data.title }],
    ),
    recommendations: archive.recommendations.map(({ id, data }) => ({
      reference: data.reference,
      subject: data.subject,
      committee: data.committee,
      url: urls.recommendation(id),
      label: data.reference === null ? data.subject : `${data.reference}: ${data.subject}`,
    })),
    people: people.map((person) => ({ names: personNames(person), url: urls.person(person.slug), councils: person.councils })),
  };
}

/** The context for text written by one council's committee, shown on the page at `url`. */
export function linkContext(
  shared: SharedLinks,
  council: string | null,
  committee: string | null,
  url?: string,
  date?: string | null,
): LinkContext {
  const here = url === undefined ? { council, committee } : { council, committee, url };
  return { ...shared, here: date === undefined ? here : { ...here, date } };
}
