import { describe, expect, it } from 'vitest';
import { councilsIn } from './council-name.ts';

const names = (line: string) => councilsIn(line).map(({ name }) => name);

describe('councilsIn', () => {
  it('takes no phrase about the council for its name: "in Council", "of the Council"', () => {
    expect(names('Motion – Free School Meals in Council Nurseries')).toEqual([]);
    expect(names('Report of the Deputy Leader of the Council')).toEqual([]);
    expect(names('Questions to Members and Council Officers')).toEqual([]);
    expect(names('Minutes of Holmbrook on Sea Town Council')).toEqual(['Holmbrook on Sea Town Council']);
    expect(names('ROYAL BOROUGH OF ASHCOMBE')).toEqual(['Royal Borough of Ashcombe']);
    expect(names('Rivervale & Dunmore City Council')).toEqual(['Rivervale & Dunmore City Council']);
  });
});
