/** The part of pa11y's API (it ships no types) that scripts/lib/validators/pa11y.ts uses. */
declare module 'pa11y' {
  import type { Browser, Page } from 'puppeteer';

  interface Issue {
    type: 'error' | 'warning' | 'notice';
    code: string;
    message: string;
    selector: string;
  }

  interface Options {
    browser?: Browser;
    page?: Page;
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    runners?: string[];
  }

  export default function pa11y(url: string, options?: Options): Promise<{ issues: Issue[] }>;
}
