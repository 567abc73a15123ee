// pa11y drives Chromium through puppeteer; the tests point it at the Chromium they find
// (scripts/lib/chromium.ts), so installing never downloads puppeteer's own browser.
module.exports = { skipDownload: true };
