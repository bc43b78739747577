import { describe, expect, it } from 'vitest';
import { namesInCell } from './people.ts';

describe('namesInCell', () => {
  it('splits cells naming several people and drops offices', () => {
    expect(namesInCell('Clare Ratcliffe/ Sheila Woodward/ Lee McDermid')).toEqual(['Clare Ratcliffe', 'Sheila Woodward', 'Lee McDermid']);
    expect(namesInCell('Chairman of the Scrutiny Board/Cabinet Members')).toEqual([]);
    expect(namesInCell('Cllr Ray Gooding')).toEqual(['Cllr Ray Gooding']);
    expect(namesInCell(null)).toEqual([]);
  });
});
