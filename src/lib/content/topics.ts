import type { Locale } from '../../i18n/locales';

/** Topics a post can be filed under; each gets a page per locale. */
export const TOPICS = [
  'platform-engineering',
  'machine-learning',
  'ci-cd',
  'gitops',
  'security',
  'supply-chain',
  'community',
  'kubernetes',
] as const;

/** One of the site's topics. */
export type Topic = (typeof TOPICS)[number];

/** How each topic is named in each locale. */
export const TOPIC_LABELS = {
  'platform-engineering': { de: 'Platform Engineering', en: 'Platform engineering' },
  'machine-learning': { de: 'Maschinelles Lernen', en: 'Machine learning' },
  'ci-cd': { de: 'CI/CD', en: 'CI/CD' },
  gitops: { de: 'GitOps', en: 'GitOps' },
  security: { de: 'Sicherheit', en: 'Security' },
  'supply-chain': { de: 'Software-Lieferkette', en: 'Software supply chain' },
  community: { de: 'Community', en: 'Community' },
  kubernetes: { de: 'Kubernetes', en: 'Kubernetes' },
} as const satisfies Record<Topic, Record<Locale, string>>;
