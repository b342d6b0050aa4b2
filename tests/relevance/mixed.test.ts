/**
 * The relevance suite among 1,000 synthetic articles: every query finds its page among the first
 * three results, and at least 90 % of them first (docs/search.md gives the figures).
 */
import { useBuiltSite } from '../helpers/browser.ts';
import { describeRelevance } from './describe-relevance.ts';

describeRelevance('search relevance among 1,000 synthetic articles', useBuiltSite('mixedSiteDir'), 300_000);
