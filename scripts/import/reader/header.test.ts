import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';

describe('readHeader: "the Committee" alone names no body', () => {
  it('reads the title block above an opening that says only "the Committee"', () => {
    const oneLine = readHeader([
      'Marshby County Council',
      'Children and Learning Overview Committee',
      'Minutes of the meeting of the Committee held on Monday 6 October 2025 at 2.00 pm',
    ]);
    expect(oneLine).toMatchObject({ committee: 'Children and Learning Overview Committee', date: '2025-10-06' });
    // The opening wrapped over three lines, as a column of a two-column page prints it.
    const wrapped = readHeader([
      'MARSHBY COUNTY COUNCIL',
      'PEOPLE SCRUTINY PANEL',
      'MINUTES of the meeting of the Panel held',
      'in Committee Room 3, Shire Hall, Marshby',
      'on Thursday, 9 October 2025 at 10.00 a.m.',
    ]);
    expect(wrapped.committee).toBe('People Scrutiny Panel');
  });
  it('leaves the body unstated when no title names it, rather than "Sub-Committee"; "Cabinet" and "Council" are names', () => {
    expect(readHeader(['Minutes of a meeting of the Sub-Committee held on 3 March 2025']).committee).toBeNull();
    expect(readHeader(['Marshby County Council', 'Minutes of the meeting of the Cabinet held on 3 March 2025']).committee).toBe('Cabinet');
    expect(readHeader(['Minutes of the meeting of the Council held on 3 March 2025']).committee).toBe('Council');
  });
});

describe('readHeader: a status after the title is no part of its name', () => {
  it("reads a community council's draft minute as the council's own meeting, marked draft", () => {
    const header = readHeader([
      'KILDRUMMIE COMMUNITY COUNCIL',
      'MINUTE OF MEETING - DRAFT',
      'Monday 6th October 2025 at 7pm, Kildrummie Hall',
    ]);
    expect(header).toMatchObject({ council: 'Kildrummie Community Council', committee: 'Council', draft: true });
  });
  it('drops "(Draft)", "- Unconfirmed" and "Draft for approval" from a body\'s name', () => {
    const named = (title: string) => readHeader(['Rowan Borough Council', title, 'Tuesday 4 November 2025']);
    expect(named('Licensing Committee (Draft)')).toMatchObject({ committee: 'Licensing Committee', draft: true });
    expect(named('Licensing Committee - UNCONFIRMED')).toMatchObject({ committee: 'Licensing Committee', draft: true });
    expect(readHeader(['Minutes of the Licensing Committee - Draft for approval', 'Tuesday 4 November 2025'])).toMatchObject({
      committee: 'Licensing Committee',
      draft: true,
    });
  });
});

describe('readHeader: Welsh community council titles', () => {
  it('reads "Cofnodion Cyfarfod Misol …" by its English line as the council\'s own meeting, its name as the record spells it', () => {
    const header = readHeader([
      'CYNGOR CYMUNED PANT-YR-ONN / PANT-YR-ONN COMMUNITY COUNCIL',
      'Cofnodion Cyfarfod Misol Cyngor Cymuned Pant-yr-Onn a gynhaliwyd nos Lun 6 Hydref 2025 am 7.30 y.h.',
      'Minutes of the Monthly Meeting of Pant-yr-Onn Community Council held on Monday 6 October 2025 at 7.30 p.m.',
    ]);
    expect(header).toMatchObject({ council: 'Pant-yr-Onn Community Council', committee: 'Council', date: '2025-10-06' });
    // The record's small letter after a linking word, which no rule for capitals could give.
    expect(readHeader(['PEN-Y-CWM COMMUNITY COUNCIL', 'Minutes of Pen-y-cwm Community Council, 6 October 2025']).council).toBe(
      'Pen-y-cwm Community Council',
    );
  });
  it('reads a Welsh-only opening\'s place after "a gynhaliwyd yn" and its time after "am", "y.b." as am', () => {
    const header = readHeader([
      'CYNGOR SIR DYFFRYN ALAW',
      'Cofnodion cyfarfod y Pwyllgor Craffu a gynhaliwyd yn Ystafell Bwyllgor 2, Canolfan Ddinesig,',
      'Abermenai ddydd Iau, 6 Mawrth 2025 am 2.00 y.p.',
    ]);
    expect(header).toMatchObject({ date: '2025-03-06', startTime: '14:00', venue: 'Ystafell Bwyllgor 2, Canolfan Ddinesig, Abermenai' });
  });
  it('reads a Welsh-only "Cyfarfod Blynyddol" title as the council\'s meeting', () => {
    const header = readHeader(['Cofnodion Cyfarfod Blynyddol Cyngor Tref Aberhafod a gynhaliwyd ar 12 Mai 2025']);
    expect(header).toMatchObject({ council: 'Cyngor Tref Aberhafod', committee: 'Council' });
  });
  it('reads "y Cyngor" and "Cyngor Llawn" (the council, the full council) alone as the council\'s own meeting, as "the Council" is', () => {
    const monthly = readHeader([
      'CYNGOR CYMUNED LLANFIHANGEL FACH',
      '',
      'COFNODION CYFARFOD MISOL Y CYNGOR a gynhaliwyd yn yr Ysgoldy nos Fawrth, 14 Mai 2024 am 7.00 yr hwyr.',
    ]);
    expect(monthly).toMatchObject({ council: 'Cyngor Cymuned Llanfihangel Fach', committee: 'Council', date: '2024-05-14' });
    const full = readHeader(['Cyngor Tref Porth Eirin', "Cofnodion cyfarfod o'r Cyngor Llawn a gynhaliwyd ar 3 Medi 2024"]);
    expect(full).toMatchObject({ council: 'Cyngor Tref Porth Eirin', committee: 'Council', date: '2024-09-03' });
  });
  it('gives a hyphenated place name in capitals small linking words', () => {
    expect(readHeader(['MARKET SEDGE-ON-THE-WOLD TOWN COUNCIL', 'Tuesday 4 November 2025']).council).toBe(
      'Market Sedge-on-the-Wold Town Council',
    );
  });
});

describe('readHeader: a Scottish minute that opens "At a MEETING of the …"', () => {
  it('reads the body, date and place from the opening sentence, not the whole sentence as the body', () => {
    const header = readHeader([
      'At a MEETING of the BRAEMUIR HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD held in the Heron Room, Loch Tay House, Strathbrae on 12th March, 2025.',
      'Present:-',
    ]);
    expect(header).toMatchObject({
      committee: 'Braemuir Health and Social Care Integration Joint Board',
      date: '2025-03-12',
      venue: 'Heron Room, Loch Tay House, Strathbrae',
    });
    const special = readHeader(['At a SPECIAL MEETING of the Corran Licensing Board held remotely on 3rd June, 2025.']);
    expect(special).toMatchObject({ committee: 'Corran Licensing Board', date: '2025-06-03' });
  });
});

describe('readHeader: a decision list names the document after the body', () => {
  it('reads "Decision List" and "Record of Decisions" as the document, the body as its own name', () => {
    const block = readHeader(['PENWORTH COUNTY COUNCIL', 'CABINET', 'DECISION LIST', 'Date of meeting: Tuesday 2 December 2025']);
    expect(block).toMatchObject({ council: 'Penworth County Council', committee: 'Cabinet', date: '2025-12-02' });
    const oneLine = (title: string) => readHeader(['Penworth County Council', title, 'Tuesday 2 December 2025']).committee;
    expect(oneLine('Cabinet Decision List')).toBe('Cabinet');
    expect(oneLine('Executive – Record of Decisions')).toBe('Executive');
    expect(oneLine('Licensing Committee Decisions Notice')).toBe('Licensing Committee');
  });
});

describe('readHeader: a note of an inquorate meeting', () => {
  const note = [
    'UPPER FENWICK PARISH COUNCIL',
    'Note of an Inquorate Meeting',
    'Meeting of the Parish Council due to be held on Tuesday 14 October 2025 at 7.00pm in the Old Forge Room',
    'Present:',
    'Cllr Harriet Pengelly',
    'The meeting was not quorate and was abandoned at 7.15pm. No business was transacted.',
    'The business will be taken at a meeting to be held on Tuesday 21 October 2025.',
  ];
  it('reads the body before "due to be held on", and the date it was due', () => {
    expect(readHeader(note)).toMatchObject({ committee: 'Council', date: '2025-10-14', startTime: '19:00' });
    expect(readHeader(['Minutes of the Planning Committee which was due to be held on 3 March 2025']).committee).toBe('Planning Committee');
  });
  it('is a note of what happened, not an agenda, though it names meetings "to be held"', () => {
    expect(readHeader(note).agenda).toBe(false);
    expect(readHeader(note.filter((line) => !/quorate/i.test(line))).agenda).toBe(true);
  });
  it('says the meeting was not quorate, and no other header does', () => {
    expect(readHeader(note).inquorate).toBe(true);
    expect(readHeader(note.filter((line) => !/quorate/i.test(line))).inquorate).toBe(false);
  });
});

describe('readHeader: the venue before "commencing at" a time', () => {
  it('ends the place at ", commencing at 7.00 pm" as at ", commencing 7.00 pm", and reads the start time', () => {
    for (const time of ['commencing at 7.30 pm', 'commencing 7.30 pm']) {
      const header = readHeader([
        'Pentre Isaf Community Council',
        `Minutes of the meeting held on Monday 2 March 2026 at Ysgol Pentre and online, ${time}`,
      ]);
      expect(header).toMatchObject({ venue: 'Ysgol Pentre and online', startTime: '19:30' });
    }
    const held = readHeader([
      'Pentre Isaf Community Council',
      'Meeting held at the Village Hall, Pentre, commencing at 7.30 pm on 2 March 2026',
    ]);
    expect(held.venue).toBe('Village Hall, Pentre');
  });
});

describe('readHeader: how the members met is never the body', () => {
  it('reads the title block over "MINUTES of the hybrid meeting held in … and via Microsoft Teams"', () => {
    const header = readHeader([
      'THORNLEY COUNTY COUNCIL',
      'HEALTH OVERVIEW AND SCRUTINY COMMITTEE',
      'MINUTES of the hybrid meeting held in the Council Chamber, Shire Hall, Thornley and via Microsoft Teams on Tuesday 4 November 2025 at 10.00 am',
    ]);
    expect(header).toMatchObject({ committee: 'Health Overview and Scrutiny Committee', date: '2025-11-04', startTime: '10:00' });
  });
  it('reads the body after "the virtual meeting of", and leaves an informal or remote meeting with no title unnamed', () => {
    expect(readHeader(['Minutes of the virtual meeting of the Planning Committee held on 3 March 2025']).committee).toBe(
      'Planning Committee',
    );
    expect(readHeader(['Notes of the informal meeting held on 3 March 2025']).committee).toBeNull();
    expect(readHeader(['Minutes of the remote meeting held online on 3 March 2025']).committee).toBeNull();
  });
});

describe('readHeader: a decision list, as published or e-mailed', () => {
  const bulletin = [
    'BRAMSCOTE DISTRICT COUNCIL',
    'SUMMARY OF DECISIONS',
    'EXECUTIVE – TUESDAY 2 DECEMBER 2025',
    'The decisions below will come into force at 5.00 pm on Wednesday 10 December 2025 unless called in.',
  ];
  it('reads "<BODY> – <WEEKDAY> <DATE>" as the body and date, never the day the decisions come into force or its time', () => {
    expect(readHeader(bulletin)).toMatchObject({ committee: 'Executive', date: '2025-12-02', startTime: null });
  });
  it("reads neither the e-mail's sent date nor its time, and reads the subject as the bulletin's title", () => {
    const header = readHeader([
      'From: Committee Team <committees@bramscote.example.gov.uk>',
      'Sent: 3 December 2025 09:15',
      'Subject: FW: Record of decisions – Executive – 2 December 2025',
      'BRAMSCOTE DISTRICT COUNCIL',
      'The decisions below will come into force at 5.00 pm on Wednesday 10 December 2025 unless called in.',
    ]);
    expect(header).toMatchObject({ committee: 'Executive', date: '2025-12-02', startTime: null });
  });
  it('reads e-mailed minutes\' subject "Minutes – <body> – <date>" as the body, without the document\'s name', () => {
    const header = readHeader([
      'From: Clerk <clerk@ashwell.example.org.uk>',
      'Sent: 6 May 2026 10:02',
      'Subject: Minutes – Burial Grounds Committee – 5 May 2026',
      'ASHWELL PARISH COUNCIL',
      'Minutes of the meeting held on Tuesday 5 May 2026 at 7.00 pm',
    ]);
    expect(header).toMatchObject({ committee: 'Burial Grounds Committee', date: '2026-05-05' });
  });
  it('leaves the date unstated when the only one is a call-in deadline', () => {
    expect(readHeader(['BRAMSCOTE DISTRICT COUNCIL', 'Executive decisions', 'Call-in deadline: 5pm, 12 December 2025']).date).toBeNull();
  });
  it('keeps the meeting\'s date and time when "call-in" comes before "the meeting held on"', () => {
    const header = readHeader(['Record of decisions (subject to call-in) taken at the meeting held on 2 December 2025 at 6.00 pm']);
    expect(header).toMatchObject({ date: '2025-12-02', startTime: '18:00' });
  });
});

describe('readHeader: a body sitting in another capacity', () => {
  it('names the body before "(sitting as …)", in words not capitals, and keeps the capacity', () => {
    const header = readHeader([
      'CORBRIDGE BOROUGH COUNCIL',
      'Minutes of the meeting of the COMMUNITIES SCRUTINY PANEL (sitting as the Crime and Disorder Committee) held on Monday 1 December 2025 at 7.00 pm',
    ]);
    expect(header).toMatchObject({ committee: 'Communities Scrutiny Panel', sittingAs: 'Crime and Disorder Committee' });
  });
  it('reads the capacity on its own line under the name, and "acting as" after a comma', () => {
    const twoLines = readHeader(['CORBRIDGE BOROUGH COUNCIL', 'CABINET', '(SITTING AS THE HOUSING TRUST BOARD)', 'Monday 1 December 2025']);
    expect(twoLines).toMatchObject({ committee: 'Cabinet', sittingAs: 'Housing Trust Board' });
    const acting = readHeader(['Corbridge Borough Council', 'Cabinet, acting as the Shareholder Committee', 'Monday 1 December 2025']);
    expect(acting).toMatchObject({ committee: 'Cabinet', sittingAs: 'Shareholder Committee' });
    expect(readHeader(['Corbridge Borough Council', 'Licensing Committee', 'Monday 1 December 2025']).sittingAs).toBeNull();
  });
  it('reads the capacity whole when the opening sentence wraps inside its name, before "held"', () => {
    const header = readHeader([
      'Minutes of the Meeting of Corbridge Town Council acting as sole Trustee of the Corbridge Bowling',
      'Green Charity, held in the Town Hall on Monday 1 December 2025 at 8.00 pm',
    ]);
    expect(header).toMatchObject({ committee: 'Council', sittingAs: 'sole Trustee of the Corbridge Bowling Green Charity' });
  });
});

describe('readHeader: a joint meeting of two committees', () => {
  it("reads the first committee as the body, and names the second it met with (a meeting is one committee's)", () => {
    const header = readHeader([
      'ASHWICK CITY COUNCIL',
      "JOINT MEETING OF THE CHILDREN'S SCRUTINY COMMITTEE AND THE SCHOOLS SCRUTINY COMMITTEE",
      'MINUTES of the joint meeting held on Tuesday 3 March 2026 at 2.00 pm in Committee Room B, Ashwick Guildhall',
    ]);
    expect(header).toMatchObject({
      council: 'Ashwick City Council',
      committee: "Children's Scrutiny Committee",
      jointWith: 'Schools Scrutiny Committee',
    });
    // A body named as a joint meeting, as ModernGov names one whose every meeting is joint: that body, whole.
    const named = readHeader([
      'Joint meeting - Ashwick Combined Authority Committee and Ashwick Joint Committee',
      'Friday, 6th March, 2026 10.00 am',
    ]);
    expect(named).toMatchObject({
      committee: 'Joint meeting - Ashwick Combined Authority Committee and Ashwick Joint Committee',
      jointWith: null,
    });
    // One body whose name joins two words before its own: no joint meeting.
    const one = readHeader(['Ashwick City Council', 'Audit and Governance Committee', 'Tuesday 3 March 2026']);
    expect(one).toMatchObject({ committee: 'Audit and Governance Committee', jointWith: null });
  });
});

describe('readHeader: the subject of a scrutiny inquiry', () => {
  it('names the inquiry its title block names under the panel, which no field holds, so the meeting warns of it', () => {
    const header = readHeader([
      'KELLSWORTH CITY COUNCIL',
      'Adult Care Scrutiny Panel',
      'Inquiry into Hospital Discharge Delays',
      'NOTE OF EVIDENCE SESSION 1',
      'Date: Thursday 6 March 2025',
    ]);
    expect(header).toMatchObject({ committee: 'Adult Care Scrutiny Panel', inquiry: 'Inquiry into Hospital Discharge Delays' });
  });
  it('ends the panel\'s name above the inquiry and a session\'s note titled "Evidence Session 2 - Note"', () => {
    const header = readHeader([
      'ADULT CARE SCRUTINY PANEL',
      'Inquiry into Hospital Discharge Delays',
      'Evidence Session 2 - Note',
      'Date: Thursday 6 March 2025',
    ]);
    expect(header).toMatchObject({ committee: 'Adult Care Scrutiny Panel', inquiry: 'Inquiry into Hospital Discharge Delays' });
  });
  it('reads the select committee over "Evidence Session 2 – Note of Proceedings", and its start from the date line, not a session\'s span', () => {
    const header = readHeader([
      'BOROUGH OF WENSTOW',
      'ENVIRONMENT SELECT COMMITTEE',
      'Evidence Session 2 – Note of Proceedings',
      'Date:    Tuesday 3 February 2026, 6.30 pm',
      'Witnesses:',
      'Session A (6.35 pm – 7.20 pm)',
      '  Ms Ada Lomax, Director, Wenstow Rivers Trust',
    ]);
    expect(header).toMatchObject({ committee: 'Environment Select Committee', startTime: '18:30', endTime: null });
  });
  it('names none when the title block names no inquiry', () => {
    expect(readHeader(['KELLSWORTH CITY COUNCIL', 'Adult Care Scrutiny Panel', 'Date: Thursday 6 March 2025']).inquiry).toBeNull();
  });
});

describe('readHeader: the venue is the title block’s', () => {
  it('reads no place from the text below the attendance, where an item’s minutes may say "held at £30"', () => {
    const title = ['Brockwell Parish Council', 'Minutes of the meeting held on Monday 3 June 2024 at 7.15pm in the Pavilion, Brockwell.'];
    const below = ['Present: Cllrs A Fenn and D Roper.', 'RESOLVED that the allotment rent is held at £30 for 2025.'];
    expect(readHeader([...title, ...below], title).venue).toBe('Pavilion, Brockwell');
    const unplaced = ['Brockwell Parish Council', 'Minutes of the meeting held on Monday 3 June 2024'];
    expect(readHeader([...unplaced, ...below], unplaced).venue).toBeNull();
    // A "Venue:" label is read wherever it stands above the first item.
    expect(readHeader([...unplaced, ...below, 'Venue: Brockwell Institute'], unplaced).venue).toBe('Brockwell Institute');
  });
});

describe('readHeader: the venue of an opening sentence below a table', () => {
  it('reads the place the opening names though the attendance took a table row above it', () => {
    const title = ['PLANNING COMMITTEE MEETING HELD MONDAY 2 JUNE 2025', 'Summary of Decisions'];
    const opening = 'MINUTES OF THE PROCEEDINGS OF THE PLANNING COMMITTEE HELD IN THE COUNCIL CHAMBER, MILL HOUSE ON MONDAY 2 JUNE 2025';
    const lines = [...title, '1.\tApologies\tCouncillor Reid', opening, 'Members Present: Alderman Neill'];
    expect(readHeader(lines, title).venue).toBe('COUNCIL CHAMBER, MILL HOUSE');
  });
});

describe('readHeader: a title block with no date', () => {
  const block = ['ASHMOOR DISTRICT COUNCIL', 'PARKS AND LEISURE PANEL', 'MINUTES'];

  it('names the body on the line over the document title, with no date under it', () => {
    expect(readHeader(block).committee).toBe('Parks and Leisure Panel');
    expect(readHeader(block).date).toBeNull();
  });

  it('names no body from the council name alone, nor from a line that is no body name', () => {
    expect(readHeader(['ASHMOOR DISTRICT COUNCIL', 'MINUTES']).committee).toBeNull();
    expect(readHeader(['ASHMOOR DISTRICT COUNCIL', 'Notes taken by the clerk', 'MINUTES']).committee).toBeNull();
  });

  it('takes the body from the running footer when the title block names none, and the title block over the footer', () => {
    const footer = { date: '2024-03-14', before: 'Minutes – Allotments Working Group' };
    expect(readHeader(['ASHMOOR DISTRICT COUNCIL', 'MINUTES'], undefined, footer).committee).toBe('Allotments Working Group');
    expect(readHeader(block, undefined, footer).committee).toBe('Parks and Leisure Panel');
    expect(readHeader(['ASHMOOR DISTRICT COUNCIL', 'MINUTES'], undefined, { date: '2024-03-14', before: 'Minutes' }).committee).toBeNull();
  });
});

describe('readHeader: a title line of date, span of times and place', () => {
  it('reads the span\'s end and the place after it, as after "at 7pm in …"', () => {
    const header = readHeader([
      'Pellow Vale Council',
      "Children's Forum",
      'Notes of the meeting held on Saturday 5 April 2031, 10.30am – 12.30pm, Harbour Hub, Mill Row',
    ]);
    expect(header).toMatchObject({ date: '2031-04-05', startTime: '10:30', endTime: '12:30', venue: 'Harbour Hub, Mill Row' });
    expect(readHeader(["Children's Forum", 'Saturday 5 April 2031, 10.30 to 12.30pm, Harbour Hub.'])).toMatchObject({
      startTime: '10:30',
      endTime: '12:30',
      venue: 'Harbour Hub',
    });
  });
  it('reads no place from a span on a line that dates no meeting', () => {
    const header = readHeader(['Pellow Vale Council', "Children's Forum", 'Saturday 5 April 2031', 'Break 11.00 – 11.15, refreshments']);
    expect(header.venue).toBeNull();
  });
});

describe('readHeader: council and body from the title block, never from a line beside it', () => {
  it("reads no member's council as the meeting's, from a line naming a person with their title and council", () => {
    const header = readHeader([
      'Audit and Scrutiny Committee Minutes',
      'Thursday, 3rd April, 2031',
      'Cllr Nell Ashdown - Greyfield Borough Council - GBC',
      'Mr Omar Lyle (Brackenholt District Council)',
    ]);
    expect(header.council).toBeNull();
    // The council's name first is the title block's, though a title leads it (Canon Frome, a parish named after a canon).
    expect(readHeader(['Canon Frome Parish Council', 'Minutes of the meeting held on 3 April 2031']).council).toBe(
      'Canon Frome Parish Council',
    );
  });
  it("reads no council from a member's line under a label, nor from a building's name wrapped onto the next line", () => {
    const members = readHeader([
      'SALTWICK LEVELS DRAINAGE BOARD',
      'Minutes of a Meeting of the Board held at Pumphouse Lane, Saltwick on Tuesday 3 March 2026 at 10 am.',
      'Appointed Members present: Cllr N Orde and Cllr P Vane (Saltwick District Council),',
    ]);
    expect(members.council).toBeNull();
    const building = readHeader([
      'MINUTES of the TERNMOUTH FERRY BOARD held in Room 4 at the Saltwick District Council',
      'Civic Offices, Harbour Road, Ternmouth on Monday 2 March 2026 at 2pm',
    ]);
    expect(building.council).toBeNull();
    expect(building.committee).toBe('Ternmouth Ferry Board');
  });
  it('reads the body under a web page\'s "Meeting Summary" heading, not the heading with it', () => {
    const header = readHeader(['Westmoor City Council', 'Meeting Summary', 'Health and Wellbeing Board', '12 Mar 2031 - 14:00 to 15:45']);
    expect(header).toMatchObject({ council: 'Westmoor City Council', committee: 'Health and Wellbeing Board' });
  });
  it('reads a community council\'s post titled "Minute – <date>" as the council\'s own meeting', () => {
    const header = readHeader([
      'Minute – 12 September 2031',
      'KIRKBRAE COMMUNITY COUNCIL',
      'Minute of Meeting held on Thursday 12th September 2031 in Kirkbrae Village Hall at 7.30pm',
    ]);
    expect(header).toMatchObject({ council: 'Kirkbrae Community Council', committee: 'Council', venue: 'Kirkbrae Village Hall' });
  });
});

describe('readHeader: an opening sentence wrapped over the title block', () => {
  it('reads the body named whole in the heading over an opening that wraps its place onto the date line', () => {
    const header = readHeader([
      'SALTWICK LEVELS INTERNAL DRAINAGE BOARD',
      "Minutes of a Meeting of the Board held at the Board's Offices, Pumphouse Lane,",
      'Saltwick on Tuesday 3 March 2026 at 10.30 am.',
    ]);
    expect(header).toMatchObject({ committee: 'Saltwick Levels Internal Drainage Board', date: '2026-03-03' });
  });
  it('reads the whole place the sentence names, not the wrapped line over the date', () => {
    const header = readHeader([
      'MINUTE of MEETING of the',
      'ROADS AND TRANSPORT COMMITTEE',
      'held in the Council Chamber, Council',
      'Offices, Inverlair on Tuesday,',
      '14 May 2031 at 10.00 a.m.',
    ]);
    expect(header).toMatchObject({
      committee: 'Roads and Transport Committee',
      date: '2031-05-14',
      startTime: '10:00',
      venue: 'Council Chamber, Council Offices, Inverlair',
    });
    // The year wrapped onto the next line after the day and month, either way the opening is worded.
    const yearUnder = readHeader([
      'BRACKENHOLT BURIAL JOINT COMMITTEE',
      'Minutes of the meeting of the Brackenholt Burial Joint Committee held at the',
      'Lodge, Cemetery Road, Brackenholt on Wednesday 7 October',
      '2026 commencing at 2.00 p.m.',
    ]);
    expect(yearUnder).toMatchObject({ committee: 'Brackenholt Burial Joint Committee', date: '2026-10-07', startTime: '14:00' });
    const afterTime = readHeader(['Minutes of the Meeting of the Board held at the Pump House at 9.30am on Friday 12th June', '2026.']);
    expect(afterTime.date).toBe('2026-06-12');
    // A year opening a later line of other business is no year of a day and month that end an earlier one.
    expect(readHeader(['Minutes of the meeting of the Board held on 4 May', 'Present:', '2026 Budget Working Group']).date).toBeNull();
    // A place alone on its line over the date is still the venue.
    expect(readHeader(['Roads and Transport Committee', 'Town Hall, Inverlair', 'Tuesday 14 May 2031']).venue).toBe('Town Hall, Inverlair');
  });
});

describe('readHeader: the place an opening sentence names with its time', () => {
  it('reads a place begun after the time and wrapped onto the next line whole, not from the wrapped line', () => {
    const header = readHeader([
      'ROYAL BOROUGH OF ASHCOMBE',
      'COUNCIL',
      'Minutes of the meeting held on Thursday 6 March 2031 at 7.30pm at Ashcombe Civic',
      'Centre, Mill Road, Ashcombe AC1 2ZZ',
    ]);
    expect(header.venue).toBe('Ashcombe Civic Centre, Mill Road, Ashcombe AC1 2ZZ');
  });
  it('ends the place on the line under the opening at its time, which says when, not where', () => {
    const header = readHeader([
      'HOLMSCAR PARISH COUNCIL',
      'Minutes of the Annual Meeting of the Parish Council held on Saturday 3 May 2031 in',
      'the Reading Room, Back Street, at 7.00pm, followed by the Ordinary Meeting.',
    ]);
    expect(header).toMatchObject({ venue: 'Reading Room, Back Street', startTime: '19:00' });
  });
});

describe('readHeader: the kind of meeting before the body it was a meeting of', () => {
  it('reads "the budget meeting of the County Council" as a meeting of the County Council', () => {
    const header = readHeader([
      'WESTMERE COUNTY COUNCIL',
      'MINUTES of the budget meeting of the County Council held at Shire Hall, Westmere on',
      'Thursday 20 February 2031 at 10.30am.',
    ]);
    expect(header).toMatchObject({ council: 'Westmere County Council', committee: 'County Council', date: '2031-02-20' });
  });
});

describe("readHeader: a borough's special meeting of the Council", () => {
  it('reads "BOROUGH OF X" as the council and "the Special (Extraordinary) Meeting of the Council" as the Council', () => {
    const header = readHeader([
      'BOROUGH OF ASHWICK',
      'MINUTES OF THE SPECIAL (EXTRAORDINARY) MEETING OF THE COUNCIL',
      'convened under section 249 of the Local Government Act 1972',
      'Held at the Moot Hall, Ashwick on Tuesday 3 March 2026 at 7.00 pm',
    ]);
    expect(header).toMatchObject({ council: 'Borough of Ashwick', committee: 'Council', date: '2026-03-03', venue: 'Moot Hall, Ashwick' });
    const annual = readHeader(['ROYAL BOROUGH OF ASHWICK', 'Annual Meeting of the Council', 'Tuesday 3 March 2026 at 7.00 pm']);
    expect(annual).toMatchObject({ council: 'Royal Borough of Ashwick', committee: 'Council' });
  });
});

describe('readHeader: a Northern Irish council meeting', () => {
  it('reads the start from "at the hour of 7.00 o\'clock p.m." and the monthly meeting of the council as the Council', () => {
    const header = readHeader([
      'MONTHLY MEETING OF LOUGHVALE CITY COUNCIL',
      "Held in the City Hall on Wednesday, 4th June, 2025 at the hour of 7.00 o'clock p.m.,",
      'pursuant to notice.',
    ]);
    expect(header).toMatchObject({ council: 'Loughvale City Council', committee: 'Council', date: '2025-06-04', startTime: '19:00' });
    expect(readHeader(["Held on 4th June, 2025 at the hour of 11 o'clock a.m."]).startTime).toBe('11:00');
  });
});

describe('readHeader: a place and date heading the minute', () => {
  it('reads the body from its own line under "Place, <date>.", never the place', () => {
    const header = readHeader([
      'Dunmore, 9th June 2025.',
      'Dunmore City Council.',
      'Housing and Regeneration Committee.',
      'Present: Councillor Ruth Aird (Chair) and Councillor Ian Bell.',
    ]);
    expect(header).toMatchObject({ council: 'Dunmore City Council', committee: 'Housing and Regeneration Committee', date: '2025-06-09' });
  });
  it('still reads a weekday and date as a date line, with the body over it', () => {
    const header = readHeader(['Dunmore City Council', 'Licensing Board', 'Tuesday, 10 June 2025']);
    expect(header.committee).toBe('Licensing Board');
  });
});

describe('readHeader: a title opening with what the minutes are, or given in Welsh and English', () => {
  it('reads the body from "APPROVED MINUTES OF THE X held at …", without the opening or the place', () => {
    const header = readHeader([
      'APPROVED COMMITTEE MINUTES',
      'ASHMERE NATIONAL PARK AUTHORITY',
      'APPROVED MINUTES OF THE PLANNING COMMITTEE held at the Moot Hall, Ashmere on',
      '12th March 2025 at 10.00am',
    ]);
    expect(header).toMatchObject({ committee: 'Planning Committee', date: '2025-03-12' });
  });
  it('reads each "Welsh / English" pair of a title by its English side, without the document\'s name', () => {
    const header = readHeader([
      'Cyngor Tref Aberhafod Town Council',
      'Pwyllgor Cynllunio / Planning Committee – COFNODION / MINUTES',
      '3.3.2025',
    ]);
    expect(header.committee).toBe('Planning Committee');
    const full = readHeader(['Cyngor Tref Aberhafod Town Council', 'Cyngor Llawn / Full Council – COFNODION / MINUTES', '3.3.2025']);
    expect(full.committee).toBe('Council');
  });
});

describe('readHeader: a body whose name holds "Council" or "Authority"', () => {
  it('reads a SACRE as one body, naming no council', () => {
    const header = readHeader([
      'ASHWOLD STANDING ADVISORY COUNCIL ON RELIGIOUS EDUCATION (SACRE)',
      'Minutes of the meeting held on Tuesday 4 March 2025 at 4.30 pm',
    ]);
    expect(header).toMatchObject({ council: null, committee: 'Ashwold Standing Advisory Council on Religious Education (SACRE)' });
  });
});

describe('readHeader: a summons letter dated before the meeting it calls', () => {
  const summons = [
    'Committee Services',
    'Date: 28 January 2025',
    'Dear Member',
    'HOUSING SCRUTINY COMMITTEE',
    'You are summoned to attend a meeting of the Housing Scrutiny Committee to be held in',
    'the Council Chamber, Town Hall, Ashby on Wednesday, 5 February',
    '2025 at 2.00 pm.',
  ];
  it('dates the meeting by "to be held … on <date>", even wrapped over two lines, not by the letter', () => {
    expect(readHeader(summons)).toMatchObject({ date: '2025-02-05', committee: 'Housing Scrutiny Committee', agenda: true });
  });
  it('keeps the record\'s own date over a later meeting "to be held"', () => {
    const header = readHeader([
      'Housing Scrutiny Committee',
      'Minutes of the meeting held on 3 March 2025',
      'These minutes are subject to approval at the meeting to be held on 7 April 2025.',
    ]);
    expect(header.date).toBe('2025-03-03');
  });
});

describe('readHeader: the venue on the line under the dated opening', () => {
  it('reads "in the <Place>, …" running on from the opening as the venue, whatever the place is called', () => {
    const header = readHeader([
      'ASHBY CITY COUNCIL',
      'FOSTERING PANEL',
      'Minutes of the meeting held on Monday 3 March 2025 at 5.00 pm',
      'in the Riverside Hub, 4 Mill Lane, Ashby',
    ]);
    expect(header).toMatchObject({ venue: 'Riverside Hub, 4 Mill Lane, Ashby', committee: 'Fostering Panel', startTime: '17:00' });
  });
  it('reads no venue from a sentence under the opening that names no place', () => {
    const header = readHeader([
      'Fostering Panel',
      'Minutes of the meeting held on Monday 3 March 2025 at 5.00 pm',
      'In the absence of the Chair, Cllr Bell presided',
    ]);
    expect(header.venue).toBeNull();
  });
});

describe('readHeader: a venue the opening wraps onto the line under it', () => {
  it('joins a place begun after the date or time to the line that names the rest of it', () => {
    const afterDate = readHeader([
      'Brackenmoor District Council',
      'Minutes of the meeting held on Tuesday 4 March 2025 in the Assembly Room, Brackenmoor Civic',
      'Centre and by video link',
    ]);
    expect(afterDate.venue).toBe('Assembly Room, Brackenmoor Civic Centre and by video link');
    const afterTime = readHeader([
      'Minute of meeting held on Friday 7 March 2025 at 10.00am in the Loft Room, Glenarra',
      'Council Offices, Kirk Street, and on Microsoft Teams',
    ]);
    expect(afterTime.venue).toBe('Loft Room, Glenarra Council Offices, Kirk Street, and on Microsoft Teams');
  });
  it('joins the line under a place left open at a comma, but not a list of members', () => {
    const open = readHeader([
      'Minutes of the meeting held on Monday 3 March 2025 at 2.00 pm at Quayside Studios,',
      'Ropery Lane, Saltby Wharf',
    ]);
    expect(open.venue).toBe('Quayside Studios, Ropery Lane, Saltby Wharf');
    const members = readHeader([
      'Minutes of the meeting held on Monday 3 March 2025 at 2.00 pm at Quayside Studios,',
      'Councillor Ann Royle (Chair)',
    ]);
    expect(members.venue).toBe('Quayside Studios');
  });
});

describe('readHeader: the venue under the date line', () => {
  it('reads the start time, not the venue, from "at <time> in …" under the dated opening', () => {
    const header = readHeader([
      'FERNLEY PARVA PARISH COUNCIL',
      'Minutes of the Planning Committee meeting held on Tuesday 4 March 2025',
      'at 7.30pm in the Reading Room, Fernley Parva Memorial Hall',
    ]);
    expect(header).toMatchObject({ venue: 'Reading Room, Fernley Parva Memorial Hall', startTime: '19:30' });
  });
  it('reads the place under a date line headed by the document\'s title ("MINUTES – <date>, <time>")', () => {
    const header = readHeader(['HOLMBY AREA COMMITTEE', 'MINUTES – Monday 3 March 2025, 6.30 pm', "St Aidan's Church Hall, Lowgate"]);
    expect(header).toMatchObject({ venue: "St Aidan's Church Hall, Lowgate", committee: 'Holmby Area Committee', startTime: '18:30' });
  });
});

describe('readHeader: a council’s formal name wrapped over two lines', () => {
  it('reads "… OF THE COUNCIL" over "OF THE CITY OF …" as one heading', () => {
    const header = readHeader([
      'MINUTES OF THE MEETING OF THE COUNCIL',
      'OF THE CITY OF WEXHAM',
      'held in the Council Chamber, Guildhall, on Thursday 6 March 2025 at 6.00 pm',
    ]);
    expect(header).toMatchObject({ council: 'Wexham City Council', committee: 'Council', venue: 'Council Chamber, Guildhall' });
  });
});

describe('readHeader: a web page’s trail of links and heading over the body’s name', () => {
  it('reads no ModernGov page heading over the body as part of its name', () => {
    for (const heading of ['Meeting documents', 'Agenda and minutes', 'Browse meetings']) {
      const header = readHeader([heading, '', 'Ferrybank Shared Services Joint Committee', 'Wednesday, 4th March, 2026']);
      expect(header.committee).toBe('Ferrybank Shared Services Joint Committee');
    }
  });
  it('reads the body from under "Attendance details", not the heading or the site’s trail', () => {
    const header = readHeader([
      'Wexmoor District Council | Committees',
      'Attendance details',
      'Licensing Committee',
      'Tuesday, 4th March, 2025 7.00 pm',
    ]);
    expect(header).toMatchObject({ council: 'Wexmoor District Council', committee: 'Licensing Committee' });
  });
  it('never reads the trail as part of the body’s name', () => {
    const header = readHeader(['Home > Meetings > Committees', 'Licensing Committee', 'Tuesday, 4th March, 2025 7.00 pm']);
    expect(header.committee).toBe('Licensing Committee');
  });
});

describe('readHeader: a venue wrapped under "held on <date> at <time> in …"', () => {
  it('joins the place the "held on" line begins to the line under it', () => {
    const header = readHeader([
      'WEXHAM CITY COUNCIL',
      'held on Thursday 6 March 2025 at 6.00 pm in the Council Chamber, Wexham',
      'Guildhall and by video link',
    ]);
    expect(header.venue).toBe('Council Chamber, Wexham Guildhall and by video link');
  });
});

describe('readHeader: a title cut after "of"', () => {
  it("runs the opening on to the council's line and parts the council from the body", () => {
    const found = readHeader([
      'MINUTES OF THE MEETING OF THE PARKS AND OPEN SPACES COMMITTEE OF',
      'ELMBRIDGE CHASE DISTRICT COUNCIL',
      'HELD ON MONDAY 2 MARCH 2026 AT 7.00 PM',
    ]);
    expect(found).toMatchObject({ committee: 'Parks and Open Spaces Committee', date: '2026-03-02' });
  });
});

describe('readHeader: a banner over the body’s own name', () => {
  it('takes the body’s line, not the partnership or trust whose banner stands over it', () => {
    const ijb = readHeader([
      'Kelderholm Health and Social Care Partnership',
      'Kelderholm Integration Joint Board',
      'Minute of meeting held on Wednesday 4 March 2026 at 2.00pm',
    ]);
    expect(ijb.committee).toBe('Kelderholm Integration Joint Board');
    const group = readHeader([
      'Lowmoor Children’s Safeguarding Partnership',
      'Quality Assurance Sub-Group',
      'Notes of the meeting held on 9 April 2026',
    ]);
    expect(group.committee).toBe('Quality Assurance Sub-Group');
  });

  it('takes the body’s line printed in another case than the line over it, in words when printed in capitals', () => {
    const pension = readHeader([
      'Brackenshire County Council Pension Fund',
      'LOCAL PENSION BOARD',
      'Minutes of the meeting held on Thursday 11 June 2026',
    ]);
    expect(pension).toMatchObject({ council: 'Brackenshire County Council', committee: 'Local Pension Board' });
    const tenants = readHeader(['Harwick Borough Council Housing Services', "TENANTS' SCRUTINY PANEL", 'Tuesday 2 June 2026']);
    expect(tenants.committee).toBe("Tenants' Scrutiny Panel");
  });

  it('still joins a name wrapped over two lines', () => {
    expect(readHeader(['Ashmoor District Council', 'Transport and Connectivity', 'Policy Committee', 'Monday 1 June 2026']).committee).toBe(
      'Transport and Connectivity Policy Committee',
    );
    expect(readHeader(['Children, Young People and Families', 'Scrutiny Panel', 'Monday 1 June 2026']).committee).toBe(
      'Children, Young People and Families Scrutiny Panel',
    );
  });
});

describe('readHeader: an e-mail carrying minutes that head themselves', () => {
  it('reads the body from the minutes, never from a subject that names none', () => {
    const parish = readHeader([
      'From: Clerk, Hollins Green Parish Council <clerk@hollins.example.org.uk>',
      'Sent: 14 May 2026 09:12',
      'Subject: DRAFT minutes - PC meeting 12 May 2026',
      'Dear all, the draft minutes are below.',
      'HOLLINS GREEN PARISH COUNCIL',
      'Minutes of the meeting held Tues 12th May 2026, 7.30pm, Village Hall',
    ]);
    expect(parish).toMatchObject({ council: 'Hollins Green Parish Council', committee: 'Council', date: '2026-05-12', draft: true });
    const dated = readHeader([
      'From: Town Clerk <clerk@stowbury.example.org.uk>',
      'Date: 6 March 2026 10:14',
      'To: All councillors',
      'Subject: Re: Tuesday 3 March 2026 meeting - notes',
      'STOWBURY TOWN COUNCIL',
      'Minutes of the meeting held on Tuesday 3 March 2026 at 7.00pm',
    ]);
    // The e-mail's "Date:" line, beside its "From:" and "To:", is when it was sent: neither the meeting's day nor its start.
    expect(dated).toMatchObject({ council: 'Stowbury Town Council', committee: 'Council', date: '2026-03-03', startTime: '19:00' });
  });
});

describe('readHeader: a body named in capitals under the council, with no date in the title block', () => {
  it('names the review body or appeal committee under the council’s name, above the Acts it sits under', () => {
    const review = readHeader([
      'GLENARDEN COUNCIL',
      'LOCAL REVIEW BODY',
      'Town and Country Planning (Scotland) Act 1997',
      'DECISION NOTICE',
      'Review reference: LRB/2026/02',
    ]);
    expect(review).toMatchObject({ council: 'Glenarden Council', committee: 'Local Review Body', date: null });
    const appeal = readHeader(['KINLOCH COUNCIL', 'SCHOOL PLACEMENT APPEAL COMMITTEE', 'Education (Scotland) Act 1980', 'DECISION NOTICE']);
    expect(appeal.committee).toBe('School Placement Appeal Committee');
  });
});

describe("readHeader: a hearing's notice, its title under the body's name and a block of details over the date", () => {
  it("takes the body's name alone, never the notice's title under it ('Summary of the Panel's Decision')", () => {
    const appeal = readHeader([
      'BRAMWICK COUNTY COUNCIL',
      'INDEPENDENT SCHOOL ADMISSION APPEAL PANEL',
      '',
      "Summary of the Panel's Decision",
      '',
      'School:            Oakhurst Primary School',
      'Appeal reference:  ADM/26/0042',
      'Date of hearing:   9 June 2026',
    ]);
    expect(appeal).toMatchObject({
      council: 'Bramwick County Council',
      committee: 'Independent School Admission Appeal Panel',
      date: '2026-06-09',
    });
    const review = readHeader([
      'BRAMWICK COUNTY COUNCIL',
      'SCHOOL EXCLUSION REVIEW PANEL',
      "NOTICE OF THE PANEL'S DECISION",
      'Pupil reference:   EX/26/007',
      'Date of hearing:   11 June 2026',
    ]);
    expect(review.committee).toBe('School Exclusion Review Panel');
  });

  it('reads past a label wrapped over two lines ("Applicant for" over "review: …") and the notice of determination', () => {
    const licensing = readHeader([
      'MERRIDEN DISTRICT COUNCIL',
      'LICENSING ACT 2003 SUB-COMMITTEE',
      'NOTICE OF DETERMINATION',
      'Application:       Review of Premises Licence PL/0099',
      'Applicant for',
      'review:            Merriden Constabulary',
      'Date of hearing:   Tuesday 4 August 2026',
    ]);
    expect(licensing).toMatchObject({ committee: 'Licensing Act 2003 Sub-Committee', date: '2026-08-04' });
    const variation = readHeader([
      'MERRIDEN DISTRICT COUNCIL',
      'LICENSING SUB-COMMITTEE',
      "Notice of the Sub-Committee's Determination",
      'Name of applicant',
      'for variation:     The Old Forge Bar Ltd',
      'Date of hearing:   5 August 2026',
    ]);
    expect(variation.committee).toBe('Licensing Sub-Committee');
  });
});

describe('readHeader: a span of times written without minutes', () => {
  it('reads "Time: 6pm to 8.15pm" and "7pm – 9pm" as the start and end', () => {
    const labelled = readHeader(['Hollinbury Borough Council', 'Housing Committee', 'Date: 4 February 2025', 'Time: 6pm to 8.15pm']);
    expect(labelled).toMatchObject({ startTime: '18:00', endTime: '20:15' });
    const bracketed = readHeader(['Hollinbury Borough Council', 'Licensing Panel', 'Tuesday 11 March 2025 (7pm – 9pm)']);
    expect(bracketed).toMatchObject({ startTime: '19:00', endTime: '21:00' });
  });
});
