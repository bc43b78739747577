/**
 * Whether the build writes the feeds, calendars and bulk data files. Always, except in the
 * benchmark's comparison build (`SUBSCRIBE_OUTPUTS=off`), which measures what they cost.
 */
export function buildsSubscribeOutputs(): boolean {
  return process.env['SUBSCRIBE_OUTPUTS'] !== 'off';
}
