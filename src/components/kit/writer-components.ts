import Callout from './Callout.astro';
import Event from './Event.astro';
import Figure from './Figure.astro';
import Post from './Post.astro';
import PullQuote from './PullQuote.astro';
import Timeline from './Timeline.astro';

/** The writers' kit by the name a briefing writes, handed to every rendered body (`lib/kit/kit-components.ts` lists their props). */
export const writerComponents = { Callout, Event, Figure, Post, PullQuote, Timeline };
