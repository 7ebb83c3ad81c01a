import type { APIContext } from 'astro';
import { changesFeed } from '../src/lib/changes-feed';

/** /changes.xml: what changed, in English. */
export const GET = (context: APIContext) => changesFeed(context, 'en');
