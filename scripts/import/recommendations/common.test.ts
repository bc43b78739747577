/** Whom a recommendation addresses, told from the name a record gives the body. */
import { describe, expect, it } from 'vitest';
import { addresseeKindOf } from './common.ts';

describe('addresseeKindOf', () => {
  it("a scrutiny board or commission is the council's own committee, a board of another body a partner", () => {
    expect(addresseeKindOf('Overview and Scrutiny Management Board', 'northwold-borough-council')).toBe('committee');
    expect(addresseeKindOf('Health Scrutiny Commission', null)).toBe('committee');
    expect(addresseeKindOf('Integrated Care Board', 'northwold-borough-council')).toBe('partner');
    expect(addresseeKindOf('Full Council', null)).toBe('council');
  });

  it('the partner or local authorities a joint committee names are partners, however many it names', () => {
    expect(addresseeKindOf('each partner authority', null)).toBe('partner');
    expect(addresseeKindOf('constituent councils', 'moorhead-district-council')).toBe('partner');
    expect(addresseeKindOf('the Local Authorities', null)).toBe('partner');
  });

  it('"the local authority", one and named so, is the council a SACRE, schools forum or committee of it belongs to', () => {
    expect(addresseeKindOf('local authority', 'ashbourne-vale-council')).toBe('council');
    expect(addresseeKindOf('the Local Authority', null)).toBe('council');
    // Every one of a joint committee's partners is still a partner.
    expect(addresseeKindOf('each local authority', 'ashbourne-vale-council')).toBe('partner');
  });

  it('a council named in full is the council itself when it is the meeting\'s, another council a partner; "the County Council" by its tier', () => {
    expect(addresseeKindOf('Garthley City Council', 'garthley-city-council')).toBe('council');
    expect(addresseeKindOf('Marlow Fen District Council', 'garthley-city-council')).toBe('partner');
    expect(addresseeKindOf('County Council', 'westridge-county-council')).toBe('council');
    expect(addresseeKindOf('the County Council', 'moorhead-district-council')).toBe('partner');
    expect(addresseeKindOf('Shareholder', 'garthley-city-council')).toBe('other');
  });
});

describe('addresseeKindOf for health bodies', () => {
  it('an NHS body is a partner however it is named, initials too', () => {
    expect(addresseeKindOf('ICB', 'northwold-borough-council')).toBe('partner');
    expect(addresseeKindOf('the North Vale ICB', null)).toBe('partner');
    expect(addresseeKindOf('NHS England', null)).toBe('partner');
    expect(addresseeKindOf('Audit and Governance Committee', null)).toBe('committee');
  });
});
