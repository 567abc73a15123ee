import type { APIRoute } from 'astro';
import { shareImageResponse } from '../data/share-images';
import { siteCard } from '../data/sharing';

/** The share image of pages without one of their own; always built, so every page names an image that exists. */
export const GET: APIRoute = () => shareImageResponse(siteCard());
