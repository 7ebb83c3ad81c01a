import type { APIContext } from 'astro';
import { changesFeed } from '../../src/lib/changes-feed';

/** /vi/changes.xml: what changed, in Vietnamese. */
export const GET = (context: APIContext) => changesFeed(context, 'vi');
