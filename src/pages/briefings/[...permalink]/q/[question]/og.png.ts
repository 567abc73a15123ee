import type { APIRoute } from 'astro';
import { questionRoutes, type QuestionProps } from '../../../../../data/routes.ts';
import { shareImageResponse } from '../../../../../share-images/share-image-routes.ts';
import { questionCard, shareImagesEnabled } from '../../../../../data/sharing.ts';

/** A question's share image, beside its share page; none in fast builds. */
export const getStaticPaths = async () => (shareImagesEnabled ? questionRoutes() : []);

export const GET: APIRoute<QuestionProps> = ({ props }) => {
  const { briefing, question } = props;
  return shareImageResponse(questionCard(briefing, question));
};
