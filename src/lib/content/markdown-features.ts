/**
 * The Markdown syntax briefings may use, shared by the site's compiler and the content
 * check so that both read a file alike. `headingAttributes` enables `## Question? {#stable-id}`.
 */
export const MARKDOWN_FEATURES = { headingAttributes: true } as const;
