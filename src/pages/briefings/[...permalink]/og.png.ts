import type { APIRoute } from 'astro';
import { briefingRoutes, type BriefingProps } from '../../../data/routes.ts';
import { expectShareImages, shareImageResponse } from '../../../share-images/share-image-routes.ts';
import { briefingCard, shareImagesEnabled } from '../../../data/sharing.ts';

/** A briefing's share image, beside its page; none in fast builds, whose pages name the site's image. */
export const getStaticPaths = async () =>
  expectShareImages('briefings', shareImagesEnabled ? await briefingRoutes() : [], ({ props }) =>
    briefingCard(props.briefing),
  );

export const GET: APIRoute<BriefingProps> = ({ props }) => shareImageResponse(briefingCard(props.briefing));
