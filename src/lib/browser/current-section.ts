/**
 * Marks the table-of-contents link of the section being read with `aria-current`, so sighted
 * and screen-reader users alike know where they are. Without the script the links still work.
 */
export function markCurrentSection(root: Document): void {
  if (!('IntersectionObserver' in window)) return;
  const targets = [...root.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')].flatMap((link) => {
    const target = root.getElementById(decodeURIComponent(link.hash.slice(1)));
    return target ? [{ link, target }] : [];
  });
  const visible = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) visible[entry.isIntersecting ? 'add' : 'delete'](entry.target);
      const current = targets.find(({ target }) => visible.has(target));
      for (const { link } of targets) {
        if (link === current?.link) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    },
    { rootMargin: '0px 0px -60% 0px' },
  );
  for (const { target } of targets) observer.observe(target);
}
