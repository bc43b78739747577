import { describe, expect, it } from 'vitest';
import { recordNameProblem } from './record-names.ts';
import { slugify } from './slug.ts';

describe('record file names', () => {
  it('accepts the ids the importer writes', () => {
    expect(recordNameProblem('meetings', 'thurrock-council/overview/2017-07-11.md')).toBeNull();
    expect(recordNameProblem('meetings', 'worcestershire-county-council/not-stated/undated-1a2b3c4d.md')).toBeNull();
    expect(recordNameProblem('meetings', 'lowmoor-parish-council/council/2024-05-14-ordinary-meeting.md')).toBeNull();
    expect(recordNameProblem('recommendations', 'essex-county-council/paf-03-15/01-sensory-services.md')).toBeNull();
    expect(recordNameProblem('people', 'ray-gooding.md')).toBeNull();
  });

  it('accepts a name exactly when it is its own slug', () => {
    for (const segment of ['ray-gooding', 'Ray Gooding', 'a--b', '-a', 'a-', '..', '%2e%2e', 'a#b?c', 'café', '2017']) {
      expect(recordNameProblem('people', `${segment}.md`) === null, segment).toBe(slugify(segment) === segment);
    }
  });

  it('says what to rename it to', () => {
    expect(recordNameProblem('people', 'Ray Gooding.md')).toMatch(/Rename it to "ray-gooding"/);
    expect(recordNameProblem('meetings', 'a/b/2017-02-30.md')).toMatch(/named by its date/);
    expect(recordNameProblem('meetings', 'a/b/2017-02-30-ordinary-meeting.md')).toMatch(/named by its date/);
    expect(recordNameProblem('meetings', 'a/b/2017-02-03-Ordinary.md')).toMatch(/named by its date/);
  });
});
