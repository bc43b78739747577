/**
 * Debian's Chromium, headless, driven by playwright-core; no browser download happens anywhere.
 * A launch that fails or hangs fails within LAUNCH_TIMEOUT_MS, so no caller waits forever.
 */
import { chromium, type Browser } from 'playwright-core';

const LAUNCH_TIMEOUT_MS = 30_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    timeout: LAUNCH_TIMEOUT_MS,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
