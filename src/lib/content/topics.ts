import type { Locale } from '../../i18n/locales';

/** Topics a post can be filed under, each named in each locale; each gets a page per locale. */
export const TOPIC_LABELS = {
  'platform-engineering': { de: 'Platform Engineering', en: 'Platform engineering' },
  'machine-learning': { de: 'Maschinelles Lernen', en: 'Machine learning' },
  'ci-cd': { de: 'CI/CD', en: 'CI/CD' },
  gitops: { de: 'GitOps', en: 'GitOps' },
  security: { de: 'Sicherheit', en: 'Security' },
  'supply-chain': { de: 'Software-Lieferkette', en: 'Software supply chain' },
  community: { de: 'Community', en: 'Community' },
  kubernetes: { de: 'Kubernetes', en: 'Kubernetes' },
} as const satisfies Record<string, Record<Locale, string>>;

/** One of the site's topics. */
export type Topic = keyof typeof TOPIC_LABELS;

/** Every topic, in the site's order (the order of `TOPIC_LABELS`). */
export const TOPICS = Object.keys(TOPIC_LABELS) as [Topic, ...Topic[]];
