import { describe, expect, it } from 'vitest';
import { parseContact, readContact } from './contact.ts';

describe('parseContact', () => {
  it('takes the e-mail address and the number out of the text, labelled or standing alone', () => {
    expect(parseContact('Jo Green, Democratic Services, Tel: 01632 960123, Email: jo.green@example.gov.uk')).toEqual({
      text: 'Jo Green, Democratic Services',
      email: 'jo.green@example.gov.uk',
      phone: '01632 960123',
    });
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
