import { describe, expect, it } from 'vitest';
import { bodyOfCouncil, councilOnly, councilsIn, namesCouncilOnly } from './council-name.ts';

const names = (line: string, next?: string) => councilsIn(line, next).map(({ name }) => name);

describe('councilsIn', () => {
  it('takes no phrase about the council for its name: "in Council", "of the Council"', () => {
    expect(names('Motion – Free School Meals in Council Nurseries')).toEqual([]);
    expect(names('Report of the Deputy Leader of the Council')).toEqual([]);
    expect(names('Questions to Members and Council Officers')).toEqual([]);
    expect(names('Minutes of Holmbrook on Sea Town Council')).toEqual(['Holmbrook on Sea Town Council']);
    expect(names('ROYAL BOROUGH OF ASHCOMBE')).toEqual(['Royal Borough of Ashcombe']);
    expect(names('Rivervale & Dunmore City Council')).toEqual(['Rivervale & Dunmore City Council']);
  });

  it('reads a bilingual heading on one line, the Welsh name then the English one, as the English name', () => {
    expect(names('CYNGOR SIR GLANNAU TAWEL        GLANNAU TAWEL COUNTY COUNCIL')).toEqual(['Glannau Tawel County Council']);
    expect(names('Cyngor Sir Glannau Tawel Glannau Tawel County Council')).toEqual(['Glannau Tawel County Council']);
    expect(names('CYNGOR DINAS CAERFELIN    FELINPORT CITY COUNCIL')).toEqual(['Felinport City Council']);
    expect(names('Cyngor Bwrdeistref Sirol Pen-y-garn   Garnside County Borough Council')).toEqual(['Garnside County Borough Council']);
    // A Welsh name alone, and one whose English half names no council, stay as they were read.
    expect(names('CYNGOR SIR GLANNAU TAWEL     PWYLLGOR CRAFFU')).toEqual(['Cyngor Sir Glannau Tawel Pwyllgor Craffu']);
    expect(names('Cyngor Cymuned Pantyderi Community Council')).toEqual(['Pantyderi Community Council']);
  });
});

describe("a venue in a council's building", () => {
  it('names no council by a building "Council House", as it names none by "Council Offices"', () => {
    expect(names('Committee Room 2, Westmoor Council House')).toEqual([]);
    expect(names('Room 4, Saltwick District Council Civic Offices')).toEqual([]);
    expect(names('held in Room 4 at the Saltwick District Council', 'Civic Offices, Harbour Road')).toEqual([]);
    expect(names('Westmoor City Council Housing Committee')).toEqual(['Westmoor City Council']);
  });
});

describe('a borough named "Borough of X"', () => {
  it('reads the heading alone as the council, and the borough in a sentence as no council', () => {
    expect(names('BOROUGH OF ASHWICK')).toEqual(['Borough of Ashwick']);
    expect(names('London Borough of Ashwick')).toEqual(['London Borough of Ashwick']);
    expect(names('the Honorary Freedom of the Borough of Ashwick')).toEqual([]);
  });
});

describe('councilOnly', () => {
  it('takes a bilingual pair, Welsh and English either way round, as the English name, and two councils as none', () => {
    expect(councilOnly('Cyngor Sir Bryncoed / Bryncoed County Council')).toBe('Bryncoed County Council');
    expect(councilOnly('Bryncoed County Council / Cyngor Sir Bryncoed')).toBe('Bryncoed County Council');
    expect(councilOnly('Bryncoed County Council')).toBe('Bryncoed County Council');
    expect(councilOnly('Brenton Borough Council / Southmere County Council')).toBeNull();
    expect(councilOnly('Agenda for Cabinet on Monday')).toBeNull();
  });
});

describe('namesCouncilOnly', () => {
  it('takes a bilingual heading on one line for a line naming the council only', () => {
    expect(namesCouncilOnly('CYNGOR SIR GLANNAU TAWEL        GLANNAU TAWEL COUNTY COUNCIL', 'Glannau Tawel County Council')).toBe(true);
    expect(namesCouncilOnly('CYNGOR SIR GLANNAU TAWEL     PWYLLGOR CRAFFU', 'Glannau Tawel County Council')).toBe(false);
  });
});

describe('Welsh principal councils named kind first', () => {
  it('reads "County Borough of X" and "City and County of X" as councils', () => {
    expect(names('COUNTY BOROUGH OF KESTLEMOOR')).toEqual(['County Borough of Kestlemoor']);
    expect(names('City and County of Abermorlais')).toEqual(['City and County of Abermorlais']);
    expect(names('Minutes of the Cabinet of the City and County of Abermorlais')).toEqual(['City and County of Abermorlais']);
    expect(names('County Borough of Nant-y-Glo Cabinet')).toEqual(['County Borough of Nant-y-Glo']);
  });

  it('takes no county or borough that no place follows, and keeps names with the kind last as before', () => {
    expect(names('the county borough of')).toEqual([]);
    expect(names('Services across the County and the Borough')).toEqual([]);
    expect(names('Pentreglas County Borough Council')).toEqual(['Pentreglas County Borough Council']);
  });
});

describe('one body named whole, "Council" or "Authority" inside its name', () => {
  it('takes no council from a standing advisory council on religious education, which is one body', () => {
    expect(names('ASHWOLD STANDING ADVISORY COUNCIL ON RELIGIOUS EDUCATION (SACRE)')).toEqual([]);
    expect(names('Ashwold Borough Council')).toEqual(['Ashwold Borough Council']);
  });
  it('reads an authority named for its places after "of" whole, and stops before what follows it', () => {
    expect(names('COMBINED FIRE AUTHORITY OF FENSHIRE AND MARLDOWN')).toEqual(['Combined Fire Authority of Fenshire and Marldown']);
    expect(names('Minutes of the Combined Fire Authority of Fenshire held on 4 March 2025')).toEqual([
      'Combined Fire Authority of Fenshire',
    ]);
    expect(names('Fenshire Police Authority')).toEqual(['Fenshire Police Authority']);
  });
});

describe('councilsIn: a council by its formal name, "Council of the City of …"', () => {
  it('names it as its tier’s councils are named', () => {
    expect(councilsIn('Minutes of the meeting of the Council of the City of Wexham held on 3 March 2025').map(({ name }) => name)).toEqual([
      'Wexham City Council',
    ]);
    expect(councilsIn('THE COUNCIL OF THE BOROUGH OF HOLTMERE').map(({ name }) => name)).toEqual(['Holtmere Borough Council']);
  });
});

describe('a post of the council, never its name', () => {
  it('reads "the Chairman of the Parish Council" and "Clerk to the Town Council" as no council, a place before the tier as one', () => {
    expect(councilsIn('The meeting was attended by the Chairman of the Parish Council, Cllr R Dent')).toEqual([]);
    expect(councilsIn('Mrs P Ames, Clerk to the Town Council')).toEqual([]);
    expect(councilsIn('Isle of Wight Council').map(({ name }) => name)).toEqual(['Isle of Wight Council']);
    expect(councilsIn('Minutes of Newcastle upon Tyne City Council').map(({ name }) => name)).toEqual(['Newcastle upon Tyne City Council']);
  });
});

describe('a council named "Council of the Isles of X"', () => {
  it("is one council, named as printed, in a heading or after a body's name", () => {
    expect(names('COUNCIL OF THE ISLES OF XANDRA')).toEqual(['Council of the Isles of Xandra']);
    expect(names('Council of the Isle of Brenna')).toEqual(['Council of the Isle of Brenna']);
    expect(names('Minutes of the Licensing Panel of the Council of the Isles of Xandra')).toEqual(['Council of the Isles of Xandra']);
    expect(bodyOfCouncil('Planning Committee of the Council of the Isles of Xandra')).toEqual({
      body: 'Planning Committee',
      council: 'Council of the Isles of Xandra',
    });
    // A council named for its isles in the usual order is read as before.
    expect(names('Isles of Xandra Council')).toEqual(['Isles of Xandra Council']);
  });
});

describe('councilsIn: "City of X Council", the council\'s name as printed', () => {
  it('keeps "City of" before the place, in capitals or in words, with a tier after the place or none', () => {
    expect(names('City of Dunmarsh Council')).toEqual(['City of Dunmarsh Council']);
    expect(names('CITY OF KELLBRIDGE METROPOLITAN DISTRICT COUNCIL')).toEqual(['City of Kellbridge Metropolitan District Council']);
    expect(names('Minutes of the Cabinet of the City of Oxmere Council held on 3 June 2025')).toEqual(['City of Oxmere Council']);
  });
  it('still reads "the City Council" as no name, and "Oxmere City Council" as before', () => {
    expect(names('Leader of the City Council')).toEqual([]);
    expect(names('Oxmere City Council')).toEqual(['Oxmere City Council']);
  });
});

describe('a council named in Gaelic, "Comhairle" and its place', () => {
  it('reads the Gaelic name in capitals or mixed case, and no more than the place after it', () => {
    expect(councilsIn('COMHAIRLE NAN EILEAN SIAR').map((found) => found.name)).toEqual(['Comhairle nan Eilean Siar']);
    expect(councilsIn('Comhairle Nan Eilean Siar Audit and Scrutiny Committee').map((found) => found.name)).toEqual([
      'Comhairle nan Eilean Siar',
    ]);
    expect(councilOnly('Comhairle na Gàidhealtachd')).toBe('Comhairle na Gàidhealtachd');
    // "the Comhairle" in a sentence names no place: the council itself, never a council's name.
    expect(councilsIn('The Committee agreed to recommend that the Comhairle approve the programme.')).toEqual([]);
  });
});
