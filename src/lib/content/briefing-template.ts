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
    # Optional: the publisher's name; default: from content/publishers.json, else the web address.
    publisher: "Example Publisher"
    # Optional: who wrote or said it; pull quotes and post cards show it.
    # author: "Jane Doe"
    # Optional: the day the source was published, YYYY-MM-DD.
    # published: ${day}
    # Optional: the day you last read it, YYYY-MM-DD.
    # accessed: ${day}
    # Optional: a passage copied verbatim; its link opens the original scrolled to it.
    # quote: "The exact words, as the page has them."
    # Optional: an archived copy's address (https://web.archive.org/…), shown if the original goes.
    # archived: https://web.archive.org/web/2026/https://example.com/the-article
    # Optional: an editor's note shown with the source, e.g. why a home page is cited.
    # note: "Why this source."
    # primary, reporting (the default), analysis, official or social.
    kind: reporting
# Optional: changes of substance after publication, each dated and shown to readers.
# corrections:
#   - date: ${day}
#     note: "An earlier version gave the wrong day."
# Optional: the permalink's last part; default: the file name.
# slug: my-story
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

{/* The writers' kit (Callout, PullQuote, Post, Timeline, Figure) needs no import: see docs/writing.md. */}
`;

/** A new draft briefing dated `today`, with one example question and one example source. */
export function newBriefing(title: string, today: Date): NewBriefing {
  const slug = slugifyHeading(title);
  const { year, month } = dayParts(today);
  return { path: `${year}/${month}/${slug}.mdx`, slug, text: frontmatter(title, isoDay(today)) + BODY };
}
