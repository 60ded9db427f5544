import { copyButton, type CopyMessages } from './copy-feedback';
import { quoteUrl, sectionIdBefore, sectionOfQuoteHash } from './text-fragment';
import { wordEnd, wordStart } from './word-snap';

/** Space between the button and the text it is placed against, in CSS pixels. */
const GAP = 6;

/**
 * Browsers without text fragments read `#id:~:text=…` as one unknown id: this takes the
 * reader to the quote's section instead of the top of the page.
 */
export function fallBackToQuoteSection(root: Document): void {
  const section = 'fragmentDirective' in root ? undefined : sectionOfQuoteHash(location.hash);
  if (section !== undefined) location.replace(`#${encodeURIComponent(section)}`);
}

/**
 * The selection widened (or trimmed) to whole words, inside the text nodes where it starts
 * and ends: a text fragment only matches at word boundaries, so a quote cut mid-word would
 * find nothing.
 */
function wholeWords(range: Range, locale: string): Range {
  const snapped = range.cloneRange();
  const { startContainer: start, endContainer: end } = range;
  if (start instanceof Text) snapped.setStart(start, wordStart(start.data, range.startOffset, locale));
  if (end instanceof Text)
    snapped.setEnd(end, Math.max(wordEnd(end.data, range.endOffset, locale), start === end ? snapped.startOffset : 0));
  return snapped;
}

/**
 * Where the button goes, relative to its positioned parent: above the selection's first line,
 * so it covers neither the selection nor the line after it; when that would be above the
 * window, below the line after the selection instead.
 */
function buttonPosition(range: Range, button: HTMLElement, parent: DOMRect, block: Element): { top: number; left: number } {
  const lines = [...range.getClientRects()].filter((line) => line.width > 0);
  const first = lines[0] ?? range.getBoundingClientRect();
  const last = lines.at(-1) ?? first;
  const height = button.offsetHeight;
  const lineHeight = parseFloat(getComputedStyle(block).lineHeight) || last.height;
  const top = first.top - height - GAP >= 0 ? first.top - height - GAP : last.bottom + lineHeight + GAP;
  const left = Math.max(0, Math.min(first.left - parent.left, parent.width - button.offsetWidth));
  return { top: top - parent.top, left };
}

/**
 * Offers "copy link to this quote" beside a text selection in a post's prose. The button
 * exists only with JavaScript, sits right after the selected block in the DOM (placed above the
 * selection on screen), is the next Tab stop while a selection lasts, and copies the section's
 * address plus a text fragment of the selected whole words.
 */
export function enableQuoteLinks(root: Document, status: HTMLElement, label: string, messages: CopyMessages): void {
  let url = '';
  const button = copyButton(root, 'quote-link', label, () => url, status, messages);
  button.hidden = true;
  // The page's focus is usually <main> (it takes clicks), so Tab would start from its top:
  // while a quote is selected, Tab goes to the button first, once per selection, so that Tab
  // never cycles back to it (no keyboard trap).
  let isOffered = false;
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.shiftKey || button.hidden || isOffered || root.activeElement === button) return;
    isOffered = true;
    event.preventDefault();
    button.focus();
  });
  // Tabbing on after the selection was cleared takes the button with it.
  button.addEventListener('blur', () => (button.hidden = !!getSelection()?.isCollapsed));
  root.addEventListener('selectionchange', () => {
    const selection = getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
    const end = range?.endContainer;
    const block = (end instanceof Element ? end : end?.parentElement)?.closest('p,ul,ol,dl,blockquote,pre,table,.heading-wrapper');
    // Post text lives in .prose; the recap's highlight cards are sections beside it.
    const prose = block?.closest('.prose, .talk-section');
    const quote = range && block && prose && wholeWords(range, block.closest('[lang]')?.getAttribute('lang') ?? 'en');
    const found = quote && prose && quoteUrl(location.href, sectionOf(prose, quote), quote.toString());
    if (!found || !quote || !block) {
      if (root.activeElement !== button) button.hidden = true;
      return;
    }
    if (found !== url) isOffered = false;
    url = found;
    if (block.nextElementSibling !== button) block.after(button);
    button.hidden = false;
    const { top, left } = buttonPosition(quote, button, (button.offsetParent ?? prose).getBoundingClientRect(), block);
    button.style.top = `${top}px`;
    button.style.left = `${left}px`;
  });
}

/** The id of the last heading before the selection, in the article that holds it. */
function sectionOf(prose: Element, range: Range): string | undefined {
  const headings = (prose.closest('article') ?? prose).querySelectorAll(':is(h2,h3,h4)[id]');
  return sectionIdBefore([...headings].map((heading) => ({ id: heading.id, precedes: range.comparePoint(heading, 0) < 0 })));
}
