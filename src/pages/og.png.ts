import type { APIRoute } from 'astro';
import { shareImageResponse } from '../share-images/share-image-routes.ts';
import { siteCard } from '../data/sharing.ts';

/** The share image of pages without one of their own; always built, so every page names an image that exists. */
export const GET: APIRoute = () => shareImageResponse(siteCard());
