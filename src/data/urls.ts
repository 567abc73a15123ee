import { createUrls } from '../lib/site/urls.ts';

/** The site's URL builder, bound to the configured base path and origin. */
export const urls = createUrls(import.meta.env.BASE_URL, new URL(import.meta.env.SITE));
