/**
 * Welsh words council records print, for the readers that take Welsh-only and bilingual minutes as they take English
 * ones: clock times, councillors' titles, apologies, confirmed minutes and the words that name another meeting. One
 * module, so the importer and the site (which links a meeting's references by src/model/meeting-mentions.ts) read the
 * same words. Each is a regex source (no anchors, no groups that capture) unless said otherwise.
 */

/**
 * Welsh am and pm: the letters "y.b." (yn y bore, in the morning), "y.p." (y prynhawn, in the afternoon), "y.h." (yr
 * hwyr, in the evening), with or without stops ("8.35yh"), and the words written out ("7.00 yr hwyr", "10.00 y bore",
 * "yn y bore", "y nos", the night). Every morning's form has a "b" and no afternoon's or evening's has one (welshIsMorning).
 */
export const WELSH_MERIDIEM = String.raw`(?:(?:(?:yn\s+)?y\s+bore|y\s+prynhawn|y\s+p['’]?nawn|(?:yn\s+)?yr\s+hwyr|y\s+nos)\b|y\.?\s*[bph]\b\.?)`;

/** True for a Welsh meridiem of the morning (WELSH_MERIDIEM's "y.b.", "y bore"): the only ones with a "b". */
export const welshIsMorning = (meridiem: string): boolean => /b/i.test(meridiem);

/**
 * A Welsh council's tier, printed after a Welsh councillor's title ("Y Cynghorydd Sir Osian Jones", a county councillor;
 * "Cynghorydd Tref", a town councillor), where English prints it before ("County Councillor"). "Sir" there is the
 * county's, never a knight's (Welsh writes that "Syr").
 */
export const WELSH_COUNCIL_TIERS: readonly string[] = ['Bwrdeistref Sirol', 'Bwrdeistref', 'Sir', 'Tref', 'Cymuned', 'Dinas'];

/** WELSH_COUNCIL_TIERS as an optional regex source after a title: "Cynghorydd" then " Sir", " Tref", or nothing. */
export const WELSH_TIER_AFTER = String.raw`(?:\s+(?:${WELSH_COUNCIL_TIERS.join('|')})\b)?`;

/** "Cyng." and "Cyngh." (Cynghorydd, councillor): Welsh titles whose full stop marks them short, ending no sentence. */
export const WELSH_SHORT_TITLE = String.raw`Cyngh?`;

/**
 * "Ymddiheuriadau" (apologies) and "Ymddiheuriadau am absenoldeb" (apologies for absence): a Welsh heading of those who
 * sent apologies, as "Apologies for absence" heads them in English.
 */
export const WELSH_APOLOGIES_HEADING = String.raw`ymddiheuriadau(?:\s+am\s+absenoldeb)?`;

/**
 * "Dim", "Dim un" (none, not one), "Dim ymddiheuriadau" (no apologies): a Welsh list's whole entry naming no one, as "None"
 * says in English. Regex source, no anchors, no capturing groups; the whole entry must be it ("Aled Dim" is a name).
 */
export const WELSH_NONE = String.raw`dim(?:\s+(?:un|ymddiheuriadau))?`;

/**
 * The start of a Welsh item title that records attendance: "Ymddiheuriadau" (apologies), "Yn bresennol" / "Presennol"
 * (present), "Croeso" (welcome), as "Apologies" and "Present" title an item in English.
 */
export const WELSH_ATTENDANCE_TITLE = String.raw`(?:ymddiheur|presennol|bresennol|croeso)`;

/**
 * "Derbyniwyd ymddiheuriadau gan y Cynghorwyr …" (apologies were received from), "Cafwyd ymddiheuriadau oddi wrth …"
 * (apologies were had from): a Welsh sentence of apologies up to the space before the names, the "y" (the) before their
 * title taken too. Never the Welsh half of a bilingual sentence ("Derbyniwyd ymddiheuriadau gan / Apologies were received
 * from …"), which the English half after the stroke says.
 */
export const WELSH_APOLOGIES_RECEIVED = String.raw`(?:(?:derbyniwyd|cafwyd|nodwyd)\s+)?${WELSH_APOLOGIES_HEADING}\s+(?:gan|oddi\s+wrth)(?:\s+y(?=\s))?(?!\s*\/)`;

/**
 * "y Cyngor", "o'r Cyngor Llawn", "Cyngor Cymuned" (the council, the full council, the community council) with no
 * place after it: the council's own meeting named alone, as "the Council" or "Full Council" names it in English.
 */
export const WELSH_WHOLE_COUNCIL = String.raw`(?:(?:y|o['’]r)\s+)?cyngor(?:\s+(?:llawn|cymuned|tref|dinas))?`;

/**
 * "Cadarnhawyd cofnodion …" (the minutes … were confirmed), "Derbyniwyd a chymeradwywyd cofnodion …" (received and
 * approved), "Llofnodwyd cofnodion …" (signed): a Welsh sentence that decides the minutes of a meeting are a correct
 * record, each verb in its past impersonal and any mutation after "a" (and). Minutes only received decide nothing.
 */
export const WELSH_MINUTES_CONFIRMED = String.raw`\b(?:(?:derbyniwyd|cadarnhawyd|cymeradwywyd)\s+a\s+)?(?:(?:c|ch|g)adarnhawyd|(?:c|ch|g)ymeradwywyd|(?:ll|l)ofnodwyd|(?:m|f)abwysiadwyd)\s+(?:y\s+)?cofnodion\b`;

/**
 * Welsh words that name a meeting: "cyfarfod" (meeting; "gyfarfod" after "o", of), "cyfarfodydd" (meetings), "cofnodion"
 * (minutes), "pwyllgor" (committee; "bwyllgor" after "y"). Not "cyngor" (council): "the County Council mended the light
 * on 4 March" names no meeting.
 */
export const WELSH_MEETING_WORD = String.raw`(?:[cg]yfarfod(?:ydd)?|cofnodion|[pb]wyllgor)`;

/**
 * Welsh words right before a date that tie it to the meeting named before: "cyfarfod 12 Chwefror" (the meeting of 12
 * February, the date straight after the word), "a gynhaliwyd ar 9 Hydref" (held on), "cyfarfod y Pwyllgor ar …" (the
 * committee's meeting on), "dyddiedig" (dated).
 */
export const WELSH_DATE_LINK = String.raw`\b(?:[cg]yfarfod(?:ydd)?(?:(?:\s+\S+){0,4}?\s+ar)?|gynhaliwyd\s+ar|dyddiedig)`;

/** Welsh words right before a date that make it a deadline or a period: "erbyn" (by), "tan" (until), "hyd" (up to), "rhwng" (between), "ers" (since), "cyn" (before). */
export const WELSH_NOT_MEETING = String.raw`\b(?:erbyn|tan|hyd|rhwng|ers|cyn)`;

/**
 * The Welsh words minutes print for "proposed" and "seconded": in a sentence ("Cynigiwyd gan y Cynghorydd Ash ac eiliwyd
 * gan y Cynghorydd Elm"), or as a label's Welsh half beside the English ("Cynigiwyd / Proposed:", "Seconded / Eiliwyd:").
 */
export const WELSH_MOVED = String.raw`(?:Cynigiwyd|cynigiwyd|CYNIGIWYD)`;
/** See WELSH_MOVED. */
export const WELSH_SECONDED = String.raw`(?:Eiliwyd|eiliwyd|EILIWYD)`;

/**
 * "Cynigiwyd gan y Cynghorydd Ash ac eiliwyd gan …" with nothing proposed in it: a Welsh sentence of movers alone, which
 * names the decision just before it. One that goes on "fod …" or "bod …" (that …) or "i …" (to …) puts a proposal of its own.
 */
export const WELSH_MOVERS_ONLY = String.raw`${WELSH_MOVED}\s+gan\b(?![^.;]*\s(?:fod|bod|i)\s)`;

/**
 * The Welsh words of a signature block around its blanks: "Llofnod" (signature), "Llofnodwyd" (signed), "Dyddiad" (date),
 * "Cadeirydd" (chair), "Is-gadeirydd" (vice-chair), "Maer" (mayor).
 */
export const WELSH_SIGNATURE_WORD = String.raw`(?:llofnod(?:wyd)?|dyddiad|(?:is-)?gadeirydd|cadeirydd|maer)`;

/**
 * "PENDERFYNWYD" (it was resolved): the Welsh marker printed where English minutes print RESOLVED, at a line's start
 * ("PENDERFYNWYD derbyn yr adroddiad.") or inside a sentence after the movers or what was presented ("… a PENDERFYNWYD
 * prynu mainc", and it was resolved to buy a bench). Read in capitals only, as RESOLVED is: "a benderfynwyd" in prose
 * names what was decided before.
 */
export const WELSH_RESOLVED = 'PENDERFYNWYD';

/**
 * The Welsh words after "cyfarfod" (meeting) that say its kind, each as the model's kind: "Cyfarfod Arbennig" (special;
 * bilingual titles print "Extraordinary" or "Special" beside it, and their English words are read first), "Cyfarfod
 * Eithriadol" (extraordinary), "Cyfarfod Blynyddol" (annual; also after "Cyffredinol", general, as in an annual general
 * meeting), "Cyfarfod Cyffredin" and "Cyfarfod Arferol" (ordinary; the usual meeting). "Cyffredinol" alone (general) is
 * no kind, as "General Meeting" is none in English. Each a regex source.
 */
export const WELSH_KIND_WORDS = {
  special: 'arbennig',
  extraordinary: 'eithriadol',
  annual: 'blynyddol',
  ordinary: 'cyffredin|arferol',
} as const;

/**
 * Words after "cyfarfod" that say what kind of meeting it was or how often it meets, not which body met: the kinds'
 * (WELSH_KIND_WORDS) and "Cyffredinol" (general), "Misol" (monthly), "Brys" (urgent). Regex source.
 */
export const WELSH_MEETING_KIND = String.raw`(?:${Object.values(WELSH_KIND_WORDS).join('|')}|cyffredinol|misol|brys)`;

/** "nesaf" (next), "diwethaf" (last), "blaenorol" (previous): Welsh words that make a line about another meeting. Regex source. */
export const WELSH_ANOTHER_MEETING = String.raw`(?:nesaf|diwethaf|blaenorol)`;
