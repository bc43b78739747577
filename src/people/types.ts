/** What the people module takes in and gives back. */

export type AppearanceRole =
  'present' | 'apologies' | 'absent' | 'substitutes' | 'alsoPresent' | 'officers' | 'presenters' | 'responsible' | 'lead-officer';

export interface Appearance {
  name: string;
  role: AppearanceRole;
  council: string | null;
  recordId: string;
  recordType: 'meeting' | 'recommendation';
  date: string | null;
}

export interface PersonFile {
  id: string;
  data: { name: string; aliases: string[]; notAliases: string[]; description: string | null };
}

export interface PersonRecord<A extends Appearance = Appearance> {
  slug: string;
  name: string;
  /** Other ways the records (or the person file) write the name. */
  aliases: string[];
  appearances: A[];
  description: string | null;
  /** Councils whose records name the person. */
  councils: string[];
  /** Id of the person file, when there is one. */
  file: string | null;
}
