/**
 * How we start Chromium everywhere (browser tests, screenshot scripts): the
 * system's Debian build — this machine cannot download Playwright's browsers —
 * with the flags a closed network and a root sandbox need.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The embed tests serve a "blog" from localhost that embeds the app from
  // 127.0.0.1; Chromium's local-network rules would ask for a permission no
  // real blog (public → public) ever needs.
  '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessSendPreflights,BlockInsecurePrivateNetworkRequests',
];

export const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
