import { describe, expect, it } from 'vitest';
import { parseContact, readContact, readFootContact } from './contact.ts';

describe('parseContact', () => {
  it('takes the e-mail address and the number out of the text, labelled or standing alone', () => {
    expect(parseContact('Jo Green, Democratic Services, Tel: 01632 960123, Email: jo.green@example.gov.uk')).toEqual({
      text: 'Jo Green, Democratic Services',
      email: 'jo.green@example.gov.uk',
      phone: '01632 960123',
    });
    expect(parseContact('Ruth Amos, tel. no.: 01632 960999').text).toBe('Ruth Amos');
    expect(parseContact('Democratic Services, 01632 960123')).toEqual({ text: 'Democratic Services', email: null, phone: '01632 960123' });
  });

  it('keeps the address as the text when nothing else is given', () => {
    expect(parseContact('committees@example.gov.uk')).toEqual({
      text: 'committees@example.gov.uk',
      email: 'committees@example.gov.uk',
      phone: null,
    });
  });
});

describe('readContact', () => {
  it('reads a labelled line and says which line it read', () => {
    expect(readContact(['Venue: Town Hall', 'Contact Officer: Ann Lee, 01632 960555', '', '1. Apologies'])).toEqual({
      contact: { text: 'Ann Lee', email: null, phone: '01632 960555' },
      lines: [1],
    });
  });

  it('reads the name under a label that stands alone, and the details under the name', () => {
    const found = readContact([
      'For enquiries please contact:',
      'Sam Reed, Scrutiny Officer',
      'Tel: 01632 960123',
      'Email: sam.reed@example.gov.uk',
      'AGENDA',
    ]);
    expect(found).toEqual({
      contact: { text: 'Sam Reed, Scrutiny Officer', email: 'sam.reed@example.gov.uk', phone: '01632 960123' },
      lines: [0, 1, 2, 3],
    });
    expect(readContact(['Please ask for: Kit Moss', 'Direct line 01632 960999']).contact).toEqual({
      text: 'Kit Moss',
      email: null,
      phone: '01632 960999',
    });
  });

  it('does not take a sentence asking readers to get in touch, nor a label with nothing under it', () => {
    expect(readContact(['Please contact Democratic Services if you wish to speak at the meeting.']).contact).toBeNull();
    expect(readContact(['Contact:', '', '1. Apologies']).contact).toBeNull();
  });
});

describe('readFootContact', () => {
  it("reads the contact at the foot of the record, with the body's address and enquiry lines under it, to the end", () => {
    const foot = [
      'The meeting closed at 4.10 pm.',
      '',
      'Contact Officer: Dev Okafor, Scrutiny Officer',
      'Tel: 01632 960202',
      '',
      'Town Hall, Market Street, Kelby KB1 2AA',
      'Enquiries: 01632 960000   www.kelby.example.gov.uk',
    ];
    expect(readFootContact(foot)).toEqual({
      contact: { text: 'Dev Okafor, Scrutiny Officer', email: null, phone: '01632 960202' },
      lines: [2, 3, 4, 5, 6],
    });
  });
  it('reads a web page\'s heading "Contact" over the details, a blank line between', () => {
    expect(
      readFootContact(['Report of the Clerk.', '', 'Contact details', '', 'Member Services, 01632 960777, members@fallow.example.gov.uk']),
    ).toEqual({
      contact: { text: 'Member Services', email: 'members@fallow.example.gov.uk', phone: '01632 960777' },
      lines: [2, 3, 4],
    });
  });
  it('reads none where the minutes go on after the contact', () => {
    const within = ['Contact: the Clerk', '', 'Members asked for a further report in March.'];
    expect(readFootContact(within)).toEqual({ contact: null, lines: [] });
  });
});
