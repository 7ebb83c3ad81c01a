import { readFileSync } from 'node:fs';
import { ogServices, type OgBadge, type Service } from '../lib/og';

/** A badge drawn at 2× (scripts/og-badges.mjs), shown at half its pixel size. */
function badge(service: Service): OgBadge {
  const path = `./src/assets/og/badge-${service}.png`;
  const png = readFileSync(path);
  // A PNG's width and height are the two 32-bit numbers at bytes 16 and 20.
  return { path, size: [png.readUInt32BE(16) / 2, png.readUInt32BE(20) / 2] };
}

let badges: Record<Service, OgBadge> | undefined;

/** Every service's badge, read once per build, not once per image. */
export function ogBadges(): Record<Service, OgBadge> {
  return (badges ??= Object.fromEntries(ogServices.map((s) => [s, badge(s)])) as Record<Service, OgBadge>);
}
