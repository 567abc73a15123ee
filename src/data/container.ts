import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer, type ContainerRenderOptions } from 'astro/container';
import { loadRenderers } from 'astro:container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

let container: Promise<AstroContainer> | undefined;

/** A component rendered to an HTML string outside any page (a feed item's body, a briefing's answers); one container a build. */
export async function renderToHtml(component: AstroComponentFactory, options: ContainerRenderOptions): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return (await container).renderToString(component, options);
}
