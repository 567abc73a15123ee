import type { APIRoute } from 'astro';
import { questionRoutes, type QuestionProps } from '../../../../../data/routes.ts';
import { expectShareImages, shareImageResponse } from '../../../../../share-images/share-image-routes.ts';
import { questionCard, questionImagesEnabled } from '../../../../../data/sharing.ts';

/** A question's share image, beside its share page; none in fast builds, or where questions show their briefing's. */
export const getStaticPaths = async () =>
  expectShareImages('questions', questionImagesEnabled ? await questionRoutes() : [], ({ props }) =>
    questionCard(props.briefing, props.question),
  );

export const GET: APIRoute<QuestionProps> = ({ props }) => {
  const { briefing, question } = props;
  return shareImageResponse(questionCard(briefing, question));
};
