/**
 * The recommendation pass, one case per source shape: each folder in `fixtures/` holds raw files
 * (imported together, as `npm run import` would, so a response can find a recommendation in
 * another file). Their golden files are checked by the one harness, scripts/import/golden.test.ts;
 * here, what each shape must give.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSources } from '../import-sources.ts';
import { recommendationSchema } from '../../../src/model/schema.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const project = join(import.meta.dirname, '../../..');

async function run(name: string) {
  const folder = join(FIXTURES, name);
  const inputs = readdirSync(folder)
    .filter((file) => /^input(-\d+)?\.txt$/.test(file))
    .sort()
    .map((file) => join(folder, file));
  return importSources(inputs, {}, project);
}

const recommendations = async (name: string) =>
  (await run(name)).flatMap((record) => (record.collection === 'recommendations' ? [record] : []));

describe('recommendation pass', () => {
  it('writes only valid records', async () => {
    for (const name of readdirSync(FIXTURES)) {
      for (const rec of await recommendations(name)) expect(recommendationSchema.safeParse(rec.data).success, rec.id).toBe(true);
    }
  });
});

describe('one source shape each', () => {
  it('tracker row: the latest words become an update at the meeting the tracker went to; made on the first date agreed', async () => {
    const [first, second, third] = await recommendations('tracker-row');
    expect(first?.data).toMatchObject({
      reference: 'AH-R7',
      madeDate: '2020-11-12',
      addressee: 'Cabinet Member',
      addresseeKind: 'cabinet-member',
      meeting: 'westshire-county-council/adults-and-health-scrutiny-committee/2021-03-04',
      updates: [{ date: '2021-03-04', meeting: 'westshire-county-council/adults-and-health-scrutiny-committee/2021-03-04' }],
    });
    expect(first?.data.response ?? null).toBeNull();
    expect(second?.data.status).toBe('completed');
    expect(third?.data.updates ?? []).toEqual([]);
  });

  it("report's Recommendations section: addressed to the Cabinet it went to on 31 December, response due 28 February", async () => {
    const recs = await recommendations('report-recommendations');
    expect(recs).toHaveLength(3);
    expect(recs[0]?.data).toMatchObject({
      reference: '2.1',
      addressee: 'Cabinet',
      addresseeKind: 'cabinet',
      madeDate: '2020-12-31',
      receivedDate: '2020-12-31',
      responseDue: '2021-02-28',
    });
    expect(recs[0]?.data.response ?? null).toBeNull();
    expect(recs[0]?.data.responseDueNote).toMatch(/two months .* from 2020-12-31/);
  });

  it('response to a numbered recommendation: linked when the archive holds it, else kept with a note', async () => {
    const recs = await recommendations('response-numbered');
    const linked = recs.find((rec) => rec.data.reference === '2.');
    expect(linked?.data.response).toMatchObject({ outcome: 'accepted', date: '2021-03-09', note: expect.stringMatching(/matched/) });
    expect(recs.find((rec) => rec.data.reference === '1.')?.data.response ?? null).toBeNull();
    const alone = recs.find((rec) => rec.data.reference === 'Recommendation 7');
    expect(alone?.data).toMatchObject({
      committee: 'eastwick-district-council/libraries-task-and-finish-panel',
      subject: 'A mobile library for rural villages',
    });
    expect(alone?.data.response).toMatchObject({ outcome: 'not-accepted', note: expect.stringMatching(/not in the archive/) });
  });

  it('resolution recommending to cabinet: one record each, addressed as worded; a resolution that only notes is not one', async () => {
    const recs = await recommendations('resolution-to-cabinet');
    expect(recs.map((rec) => [rec.data.addressee, rec.data.addresseeKind, rec.data.madeDate])).toEqual([
      ['Cabinet', 'cabinet', '2021-11-30'],
      ['Cabinet Member for Housing', 'cabinet-member', '2021-11-30'],
    ]);
    expect(recs[0]?.data.responseDue).toBeNull();
    expect(recs[0]?.data.responseDueNote).toMatch(/not worked out/);
  });

  it('numbered points under "Resolved to recommend to the Council:": one record each, its subject the point\'s words', async () => {
    const recs = await recommendations('resolution-points-to-council');
    expect(recs.map((rec) => [rec.data.subject, rec.data.addressee])).toEqual([
      ['That burial charges rise by 4 per cent from 1 April 2026', 'Council'],
      ['That charges for the burial of a child remain waived', 'Council'],
    ]);
  });

  it('labels from minutes ("R1", "Rec 1", "Recommendation 3:") are the records\' references, each point its own record', async () => {
    const recs = await recommendations('labelled-recommendations');
    expect(recs.map((rec) => [rec.data.reference, rec.data.subject, rec.data.addressee])).toEqual([
      ['R1', 'That empty homes be let again within 21 days of the keys being returned', 'Cabinet'],
      ['R2', 'That tenants be given the date of their repair in writing', 'Cabinet'],
      ['Rec 1', 'That a fly-tipping hotline be staffed at weekends', 'Cabinet'],
      ['Rec 2', 'That fines be doubled for those caught a second time', 'Cabinet'],
      ['Recommendation 3', 'That rural verges be cut no more than four times a year', 'Cabinet'],
      ['Recommendation 4', 'That strips of wildflowers be left uncut until September', 'Cabinet'],
    ]);
    expect(recs[0]?.body).toBe('That empty homes be let again within 21 days of the keys being returned.');
  });

  it("a record's body is the recommendation itself: its lead-in says only whom it is addressed to", async () => {
    const recs = await recommendations('council-be-recommended');
    expect(recs.map((rec) => [rec.data.addressee, rec.data.addresseeKind, rec.body])).toEqual([
      ['Council', 'council', 'to approve a net revenue budget of £14.2m for 2025/26'],
      ['Council', 'council', "to set the district's council tax at £201.50 for a Band D home."],
      ['Council', 'council', "That the charge for an hour's parking rise to £1.40 from 1 April 2025."],
      ['Council', 'council', 'That parking remain free after 6.00 pm.'],
    ]);
    expect(recs[0]?.data.subject).toBe('to approve a net revenue budget of £14.2m for 2025/26');
  });
});

describe('the seeds', () => {
  const seeds = async (...names: string[]) =>
    (
      await importSources(
        names.map((name) => join(project, 'content/sources', name)),
        {},
        project,
      )
    ).flatMap((record) => (record.collection === 'recommendations' ? [record] : []));

  it("seed 000's response is kept as the Task and Finish Panel's Recommendation 4, beside seed 004's panel recommendations", async () => {
    const recs = await seeds('000_dd67e06c2a8b23ae.txt', '004_db961f5e7bfb97a3.txt');
    const panel = recs.filter((rec) => rec.data.committee === 'epping-forest-district-council/childrens-services-task-and-finish-panel');
    expect(panel).toHaveLength(3);
    const four = panel.find((rec) => rec.data.reference === 'Recommendation 4');
    expect(four?.data.response).toMatchObject({
      by: 'Essex County Council',
      meeting: expect.stringMatching(/overview-and-scrutiny-committee\/undated-/),
    });
    expect(four?.data.response?.text).toMatch(/Members Enquiries Team/);
    expect(four?.data.addressee).toBe('Essex County Council');
  });

  it('seed 001 gives the 29 tracker rows and the 29 recommendations PAF/01/15 lists', async () => {
    const recs = await seeds('001_281d21af7a6e953c.txt');
    expect(recs.filter((rec) => rec.data.report === 'essex-county-council/paf-03-15')).toHaveLength(29);
    const paf01 = recs.filter((rec) => rec.data.report === 'essex-county-council/paf-01-15');
    expect(paf01.filter((rec) => rec.data.madeBy === 'Leaving Care Review')).toHaveLength(14);
    expect(paf01.filter((rec) => rec.data.madeBy?.startsWith('Ofsted inspection'))).toHaveLength(15);
    const first = paf01.find((rec) => rec.data.reference === 'I');
    expect(first?.data).toMatchObject({ implementation: 'implemented', targetDate: 'between June 2013 and January 2014' });
    expect(first?.data.updates?.[0]?.text).toMatch(/^This has been implemented/);
  });
});

describe('a recommendation read with its response', () => {
  it('links the paper that answers it, and takes from it no date, meeting or addressee as when it was made', async () => {
    const { parseSource } = await import('../import-sources.ts');
    const { linkRecommendations } = await import('./index.ts');
    const text = [
      'Norchester District Council',
      'Report to: Cabinet',
      'Date: 9 September 2026',
      'Cabinet Response to the Street Lighting Review',
      '',
      'Recommendation 1',
      'That lamps on the ring road are dimmed after midnight.',
      'Response: Accepted',
    ].join('\n');
    const records = linkRecommendations(parseSource(text, 'response.txt', {}));
    const report = records.find((record) => record.collection === 'reports');
    const rec = records.find((record) => record.collection === 'recommendations' && record.data.reference === 'Recommendation 1');
    expect(rec?.collection === 'recommendations' && rec.data).toMatchObject({
      report: report?.id,
      madeDate: null,
      meeting: null,
      receivedDate: null,
      addressee: null,
      response: { date: '2026-09-09', outcome: 'accepted' },
    });
  });
});

describe('recommendations a committee makes to another body, from minutes', () => {
  const made = async (name: string) =>
    (await recommendations(name)).map((rec) => ({
      subject: rec.data.subject,
      addressee: rec.data.addressee,
      kind: rec.data.addresseeKind,
      due: rec.data.responseDue,
    }));

  it('"RECOMMENDED to Full Council that:" over a lettered list, "RECOMMENDED TO COUNCIL – That:" over a numbered one: one each, to the Council', async () => {
    expect(await made('recommended-to-council-list')).toEqual([
      { subject: 'that the budget for 2025/26 be set at £281,400', addressee: 'Full Council', kind: 'council', due: null },
      {
        subject: 'that the precept be set at £244,100, a rise of 3.9% on a Band D equivalent',
        addressee: 'Full Council',
        kind: 'council',
        due: null,
      },
      { subject: 'that £8,000 be moved to the cemetery wall earmarked reserve', addressee: 'Full Council', kind: 'council', due: null },
      { subject: 'That the Treasury Management Strategy 2025/26 be adopted', addressee: 'Council', kind: 'council', due: null },
      { subject: 'That the borrowing limit be set at £95m', addressee: 'Council', kind: 'council', due: null },
    ]);
  });

  it('comments forwarded to the executive: each point a resolution, the one that recommends a record addressed to it', async () => {
    const meetings = (await run('comments-forwarded-to-cabinet')).flatMap((record) => (record.collection === 'meetings' ? [record] : []));
    expect(meetings.map((meeting) => meeting.data.items?.[0]?.resolutions)).toEqual([
      [
        'that the following comments be forwarded to Cabinet on 29 January 2025: the Board is concerned that the parking income target is not realistic',
        'that the following comments be forwarded to Cabinet on 29 January 2025: the Board recommends that the Cabinet publishes a quarterly report on savings delivered.',
      ],
      [
        'that the following observations be referred to the Executive: the Committee welcomes the new travel training scheme',
        'that the following observations be referred to the Executive: the Committee recommends that the Executive reviews the distance rule for pupils with special needs before the policy is adopted.',
      ],
    ]);
    expect((await made('comments-forwarded-to-cabinet')).map(({ addressee, kind }) => ({ addressee, kind }))).toEqual([
      { addressee: 'Cabinet', kind: 'cabinet' },
      { addressee: 'Executive', kind: 'cabinet' },
    ]);
  });

  it('"After discussion it was RECOMMENDED that …" run on after prose is a decision; to whom only when said', async () => {
    const meetings = (await run('recommended-run-on')).flatMap((record) => (record.collection === 'meetings' ? [record] : []));
    expect(meetings.map((meeting) => (meeting.data.items ?? []).flatMap((item) => item.resolutions ?? []))).toEqual([
      ['that the new swings be bought from Swing Ltd for £4,200.'],
      ['that forty trees be planted on Mill Lane green.'],
    ]);
    // The committee's bare "RECOMMENDED that …" is a recommendation to no one it names: null, never the council guessed.
    expect(await made('recommended-run-on')).toEqual([
      { subject: 'that the new swings be bought from Swing Ltd for £4,200', addressee: null, kind: null, due: null },
      { subject: 'that forty trees be planted on Mill Lane green', addressee: 'Council', kind: 'council', due: null },
    ]);
  });

  it('"… and RESOLVED (X abstaining) to RECOMMEND TO COUNCIL that:", "it was AGREED to recommend to Full Council that:": each point one, the lead-in none', async () => {
    const meetings = (await run('recommend-lead-in')).flatMap((record) => (record.collection === 'meetings' ? [record] : []));
    const resolutions = meetings.map((meeting) => (meeting.data.items ?? []).flatMap((item) => item.resolutions ?? []));
    expect(resolutions.flat().filter((resolution) => /proposed|seconded|abstaining/i.test(resolution))).toEqual([]);
    expect(await made('recommend-lead-in')).toEqual([
      { subject: 'that the revised assessment procedure at Appendix B be adopted', addressee: 'Council', kind: 'council', due: null },
      {
        subject: 'that the Monitoring Officer review the procedure after twelve months and report back to this Committee',
        addressee: 'Council',
        kind: 'council',
        due: null,
      },
      {
        subject: 'that the pavilion lease be renewed for seven years from 1 May 2025',
        addressee: 'Full Council',
        kind: 'council',
        due: null,
      },
      { subject: 'that the rent be £1,450 a year, reviewed every two years', addressee: 'Full Council', kind: 'council', due: null },
    ]);
  });

  it('"The SACRE agreed to recommend to the local authority that …", "The Forum agreed to recommend to the Cabinet that …": the lead-in gone, the body named the addressee, "the local authority" the council itself', async () => {
    expect(await made('recommend-agreed-by-body')).toEqual([
      {
        subject: 'that the agreed syllabus be reviewed by a conference convened in the autumn term 2025',
        addressee: 'local authority',
        // The SACRE's own council, as it calls it: never a partner of the council.
        kind: 'council',
        due: null,
      },
      {
        subject: 'that the de-delegated budget for trade union facilities time be held at £4.10 per pupil for 2025/26',
        addressee: 'Cabinet',
        kind: 'cabinet',
        due: null,
      },
    ]);
  });

  it("a joint committee's recommendations to its partner or local authorities: addressed to them as the minutes name them", async () => {
    const found = (await made('partner-authorities')).map(({ addressee, kind }) => ({ addressee, kind }));
    expect(found).toEqual([
      { addressee: 'each partner authority', kind: 'partner' },
      { addressee: 'each partner authority', kind: 'partner' },
      { addressee: 'each local authority', kind: 'partner' },
      { addressee: 'constituent councils', kind: 'partner' },
    ]);
  });

  it('to a council named in full or to "the Shareholder", with an aside on the capacity it acts in: one each, the aside no part of whom', async () => {
    expect(await made('recommend-to-named-council')).toEqual([
      { subject: 'that social rents for 2026/27 rise by 3.2%', addressee: 'Garthley City Council', kind: 'council', due: null },
      {
        subject: 'that the planned maintenance budget of £9.4m be approved',
        addressee: 'Garthley City Council',
        kind: 'council',
        due: null,
      },
      { subject: 'that the business plan for 2025/26 be adopted', addressee: 'Shareholder', kind: 'other', due: null },
      { subject: 'that a dividend of £60,000 be paid in March 2026', addressee: 'Shareholder', kind: 'other', due: null },
      { subject: 'that the four garage sites at Kiln Lane be sold at auction', addressee: 'Shareholder', kind: 'other', due: null },
      // No aside, a numbered list: each point to the council named in full.
      {
        subject: 'that adult swim charges rise to £5.10 from 1 January 2026',
        addressee: 'Brackmoor District Council',
        kind: 'council',
        due: null,
      },
      {
        subject: 'that free swimming for under-8s continue for a further year',
        addressee: 'Brackmoor District Council',
        kind: 'council',
        due: null,
      },
    ]);
  });

  it('a call-in "referred back to" the decision maker: one record each point, to the decision maker; no further action, or not referred back, none', async () => {
    const found = (await recommendations('call-in-referred-back')).map((rec) => ({
      body: rec.body,
      addressee: rec.data.addressee,
      kind: rec.data.addresseeKind,
    }));
    expect(found.slice(0, 3)).toEqual([
      {
        body: "That the decision be referred back to the Cabinet Member for Leisure and Culture for reconsideration, the Committee's concerns being that the library's Saturday users had not been asked about the new hours",
        addressee: 'Cabinet Member for Leisure and Culture',
        kind: 'cabinet-member',
      },
      {
        body: "That the decision be referred back to the Cabinet Member for Leisure and Culture for reconsideration, the Committee's concerns being that no saving from the change had been set out.",
        addressee: 'Cabinet Member for Leisure and Culture',
        kind: 'cabinet-member',
      },
      {
        body: "that the decision be referred back to Cabinet with the Panel's view that the charge should rise by no more than 5%.",
        addressee: 'Cabinet',
        kind: 'cabinet',
      },
    ]);
  });

  it("a referral's points: each record's subject its own point, the lead-in they share kept once, in the body; one referral alone its own subject", async () => {
    const found = (await recommendations('call-in-referred-back')).map((rec) => [rec.data.subject, rec.data.addressee]);
    expect(found).toEqual([
      ["that the library's Saturday users had not been asked about the new hours", 'Cabinet Member for Leisure and Culture'],
      ['that no saving from the change had been set out', 'Cabinet Member for Leisure and Culture'],
      ["that the decision be referred back to Cabinet with the Panel's view that the charge should rise by no more than 5%", 'Cabinet'],
      ["the families of the centre's users were told of the closure only a week before the decision", 'Executive'],
      ['the transport costs in the report left out the cost of escorts', 'Executive'],
      ['that the hours of part-night lighting in the town centre be set out street by street', 'Executive Member for Highways'],
      ['that the police be asked for their view before any change', 'Executive Member for Highways'],
    ]);
  });

  it('recommendations to a committee whose name joins words with "and" or "&", or to an NHS body: addressed as printed', async () => {
    const found = (await made('recommend-to-named-bodies')).map(({ subject, addressee, kind }) => ({ subject, addressee, kind }));
    expect(found).toEqual([
      { subject: 'that the Millbrook health centre open no later than April 2027', addressee: 'North Vale ICB', kind: 'partner' },
      {
        subject: 'that a joint access survey be carried out this summer',
        addressee: 'Cabinet and the Integrated Care Board',
        kind: 'partner',
      },
      {
        subject: 'that the tenancy audit actions be tracked at each of its meetings',
        addressee: 'Audit & Risk Committee',
        kind: 'committee',
      },
      {
        subject: 'that a budget of £1,200 be set aside for health scrutiny training in 2026/27',
        addressee: 'Policy and Resources Committee',
        kind: 'committee',
      },
    ]);
  });
});
