import { mastodonShareUrl } from '../lib/share/share-links.ts';

/** Shows the Mastodon forms (they need JavaScript) and opens the reader's instance's compose page instead of submitting. */
export function enhanceMastodonForms(root: ParentNode): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('[data-mastodon-share]')) {
    const status = form.querySelector('[data-mastodon-status]');
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const instance = new FormData(form).get('instance');
      const page = {
        url: form.dataset['shareUrl'] ?? location.href,
        title: form.dataset['shareTitle'] ?? document.title,
      };
      const target = typeof instance === 'string' ? mastodonShareUrl(instance, page) : undefined;
      if (status) status.textContent = target ? '' : 'Give your instance’s address, such as mastodon.social.';
      if (target) window.open(target, '_blank', 'noopener,noreferrer');
    });
  }
}
