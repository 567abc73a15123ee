import Cite from './Cite.astro';
import Evidence from './Evidence.astro';
import { writerComponents } from './kit/writer-components.ts';
import MarginSources from './MarginSources.astro';
import QuestionShare from './QuestionShare.astro';

/** What a briefing's body renders with on the site's pages: the writers' kit, chips, margin sources, evidence lines and share controls. */
export const pageBodyComponents = { ...writerComponents, Cite, Evidence, MarginSources, QuestionShare };
