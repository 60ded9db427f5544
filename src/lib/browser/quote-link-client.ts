import { copyButton, type CopyMessages } from './copy-feedback';
import { quoteUrl, sectionIdBefore, sectionOfQuoteHash } from './text-fragment';

/**
 * Browsers without text fragments read `#id:~:text=…` as one unknown id: this takes the
 * reader to the quote's section instead of the top of the page.
 */
export function fallBackToQuoteSection(root: Document): void {
  const section = 'fragmentDirective' in root ? undefined : sectionOfQuoteHash(location.hash);
  if (section !== undefined) location.replace(`#${encodeURIComponent(section)}`);
}

/**
 * Offers "copy link to this quote" beside a text selection in a post's prose. The button
 * exists only with JavaScript, sits right after the selected block, is the next Tab stop while
 * a selection lasts, and copies the section's address plus a text fragment.
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
    const found = range && prose && quoteUrl(location.href, sectionOf(prose, range), String(selection));
    if (!found || !block) {
      if (root.activeElement !== button) button.hidden = true;
      return;
    }
    if (found !== url) isOffered = false;
    url = found;
    if (block.nextElementSibling !== button) block.after(button);
    button.hidden = false;
    const box = range.getBoundingClientRect();
    const parent = (button.offsetParent ?? prose).getBoundingClientRect();
    button.style.top = `${box.bottom - parent.top + 6}px`;
    button.style.left = `${Math.max(0, Math.min(box.left - parent.left, parent.width - button.offsetWidth))}px`;
  });
}

/** The id of the last heading before the selection, in the article that holds it. */
function sectionOf(prose: Element, range: Range): string | undefined {
  const headings = (prose.closest('article') ?? prose).querySelectorAll(':is(h2,h3,h4)[id]');
  return sectionIdBefore([...headings].map((heading) => ({ id: heading.id, precedes: range.comparePoint(heading, 0) < 0 })));
}
