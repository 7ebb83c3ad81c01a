// Astro reads the collections from <srcDir>/content.config.ts. srcDir is the project root
// (see astro.config.mjs), so this file hands over to the real definition in src/.
export { collections } from './src/content.config';
