import { dayParts, isoDay } from '../site/dates.ts';
import { slugifyHeading } from '../questions/questions.ts';

/** A new briefing: where it goes under `content/briefings/`, its slug, and its text. */
export interface NewBriefing {
  path: string;
  slug: string;
  text: string;
}

/** The frontmatter template, each field explained where a writer first meets it. */
function frontmatter(title: string, day: string): string {
  return `---
# The headline. Editing it later never breaks a link.
title: ${JSON.stringify(title)}
# Optional: one sentence under the headline.
dek: "One sentence that says why this matters."
# The publication day, YYYY-MM-DD. It is part of the permalink: set it once.
date: ${day}
# Optional: the day of the last substantive change, on or after date.
# updated: ${day}
# Topic slugs from content/topics.json, e.g. [pytorch, open-source].
topics: []
# One to five key points. Cite a source after each claim: [@source-id].
keyPoints:
  - "The main finding, in one sentence [@example-source]."
# Every source the briefing cites. id: lowercase words joined by hyphens, cited as [@id].
sources:
  - id: example-source
    title: "The source's own title"
    url: https://example.com/the-article
    # Optional: publisher (default: from the URL), published (YYYY-MM-DD), quote, note.
    publisher: "Example Publisher"
    # primary, reporting, analysis, official or social.
    kind: reporting
# Drafts show in \`npm run dev\` only, never on the published site. Remove this line to publish.
draft: true
---
`;
}

const BODY = `
The lede: what happened and why it matters, with its source after the claim [@example-source].

## What is the first question a reader asks?

The answer, each claim followed by its source [@example-source]. A heading that ends in "?"
becomes a question section with a link readers can share.
`;

/** A new draft briefing dated `today`, with one example question and one example source. */
export function newBriefing(title: string, today: Date): NewBriefing {
  const slug = slugifyHeading(title);
  const { year, month } = dayParts(today);
  return { path: `${year}/${month}/${slug}.mdx`, slug, text: frontmatter(title, isoDay(today)) + BODY };
}
