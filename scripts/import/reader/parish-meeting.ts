/**
 * A parish's (or a town's) meeting of its electors, as its clerk titles the minutes: "Annual Parish Meeting of Hollowby",
 * "Annual Meeting of the Parish of Hollowby", "ANNUAL ASSEMBLY OF THE HOLLOWBY PARISH", "Hollowby Annual Parish Meeting".
 * Each is the one body, filed as a parish council's "Annual Parish Meeting" (as a title under the council's name
 * "Minutes of the Annual Parish Meeting" reads): the council the parish's, the body by one name whatever the wording.
 */
import { capitalRunsCased } from './heading-case.ts';

/** A place's name: capitalised words, a hyphenated name's or a joining word between them ("Stow on the Wold", "Kirkby-in-Ashfield"). */
const PLACE = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:on|upon|in|by|le|cum|under|next|the)\s+)*\p{Lu}[\p{L}'’-]*){0,3}?)`;
/** A title's words that are no place: a place's name never opens with them ("Minutes Annual Parish Meeting"). */
const NOT_PLACE = String.raw`(?!(?:Minutes?|Agenda|Notes|Draft|The|Of|Held|Annual|Parish|Town)\b)`;
const TIER = String.raw`(Parish|Town)`;
const GATHERING = String.raw`(?:Meeting|Assembly)`;
/** Each wording; groups: "Annual" (or none), the tier, the place, whichever order the wording puts them in. */
const FORMS: readonly { pattern: RegExp; annual: number; tier: number; place: number }[] = [
  // "Annual Parish Meeting of Hollowby", "Annual Parish Assembly for Hollowby Parish", "Parish Meeting of Hollowby".
  {
    pattern: new RegExp(
      String.raw`\b(Annual\s+)?${TIER}\s+${GATHERING}\s+(?:of|for)\s+(?:the\s+)?${NOT_PLACE}${PLACE}(?:\s+(?:Parish|Town))?(?=\s+(?:held|on)\b|\s*[,.:–—-]|\s*$)`,
      'u',
    ),
    annual: 1,
    tier: 2,
    place: 3,
  },
  // "Annual Meeting of the Parish of Hollowby", "Annual Assembly of the Town of Marlbury".
  {
    pattern: new RegExp(
      String.raw`\b(Annual\s+)?${GATHERING}\s+of\s+the\s+${TIER}\s+of\s+${NOT_PLACE}${PLACE}(?=\s+(?:held|on)\b|\s*[,.:–—-]|\s*$)`,
      'u',
    ),
    annual: 1,
    tier: 2,
    place: 3,
  },
  // "Annual Assembly of the Hollowby Parish": the tier after the place, never a council's name ("… Parish Council").
  {
    pattern: new RegExp(String.raw`\b(Annual\s+)?${GATHERING}\s+of\s+(?:the\s+)?${NOT_PLACE}${PLACE}\s+${TIER}\b(?!\s+Council)`, 'u'),
    annual: 1,
    tier: 3,
    place: 2,
  },
  // "Hollowby Annual Parish Meeting", as a title line opens.
  {
    pattern: new RegExp(String.raw`^${NOT_PLACE}${PLACE}\s+(Annual\s+)?${TIER}\s+${GATHERING}\b`, 'u'),
    annual: 2,
    tier: 3,
    place: 1,
  },
];

/** A parish meeting a title names: the council it is filed under ("Hollowby Parish Council") and its name ("Annual Parish Meeting"). */
export interface ParishMeeting {
  council: string;
  body: string;
}

/** The parish (or town) meeting the first title line naming one names, or null when none does. */
export function parishMeetingIn(lines: readonly string[]): ParishMeeting | null {
  for (const line of lines) {
    const text = capitalRunsCased(line);
    for (const { pattern, annual, tier, place } of FORMS) {
      const found = pattern.exec(text);
      if (found === null) continue;
      const kind = found[tier] ?? 'Parish';
      return { council: `${found[place] ?? ''} ${kind} Council`, body: `${found[annual] ? 'Annual ' : ''}${kind} Meeting` };
    }
  }
  return null;
}
