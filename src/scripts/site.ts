/**
 * The one script every page loads: small progressive enhancements that do nothing on pages
 * without the elements they enhance. Sharing one script keeps every page's JavaScript the same
 * (and cached after the first page); only the decision tree brings its own.
 */
import { defineListFilter } from './list-filter';
import { setupCopyLinks } from './copy-link';

setupCopyLinks();
defineListFilter();
