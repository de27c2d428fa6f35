/**
 * The pages' optional client script: stars for "my agenda", the agenda list, and the banner that
 * tells a reader the programme changed while the page was open. Every page works without it.
 */
import { messagesFor } from '../messages.ts';
import { wallClockFormat } from '../wall-clock-format.ts';
import { drawAgenda } from './agenda-list.ts';
import { startChangeBanner } from './change-banner.ts';
import { refreshStars, starStore, wireStars } from './stars.ts';

const messages = messagesFor(document.documentElement.lang);
const format = wallClockFormat(messages.locale);
const body = document.body;

for (const note of document.querySelectorAll<HTMLElement>('[data-no-script]')) note.remove();

const slug = body.dataset.conference;
if (slug !== undefined) {
  const stars = starStore(slug);
  wireStars(document, stars, messages);
  const agenda = document.getElementById('agenda');
  if (agenda) drawAgenda(agenda, stars, messages, format);
  stars.onChange(() => {
    if (agenda) drawAgenda(agenda, stars, messages, format);
    refreshStars(document, stars, messages);
  });
}

const banner = document.getElementById('change-banner');
if (banner) startChangeBanner(body, banner, messages, format);
