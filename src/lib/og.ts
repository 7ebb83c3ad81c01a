/**
 * Link-preview (Open Graph) images: what each page's image shows and where it is published.
 * A coloured edge and a badge say which service the page is about: amber for Amazon Bedrock,
 * blue for Amazon SageMaker AI, both colours for pages about the two.
 */
import { baseRoot } from './urls';

type Rgb = [number, number, number];
export type Service = 'bedrock' | 'sagemaker' | 'both';

const colours: Record<Service, { gradient: Rgb[]; edge: Rgb }> = {
  bedrock: {
    gradient: [
      [32, 24, 12],
      [18, 22, 36],
    ],
    edge: [251, 191, 36],
  },
  sagemaker: {
    gradient: [
      [14, 24, 48],
      [18, 22, 36],
    ],
    edge: [147, 197, 253],
  },
  both: {
    gradient: [
      [32, 24, 12],
      [14, 24, 48],
    ],
    edge: [226, 232, 240],
  },
};

export const ogFonts = ['./src/assets/fonts/DejaVuSans-Bold.ttf', './src/assets/fonts/DejaVuSans.ttf'];

/** The page id ("vi/compare", "index") as the image's route key ("vi/compare.png"). */
export function ogImageKey(id: string): string {
  return `${id || 'index'}.png`;
}

/** The image's path under the site's base, for the `og:image` tag. */
export function ogImagePath(id: string, base = '/'): string {
  return `${baseRoot(base)}og/${ogImageKey(id)}`;
}

/** A service's badge: its file and the size it is shown at (src/data/og-badges.ts reads it). */
export interface OgBadge {
  path: string;
  size: [number, number];
}

/** The services a preview can be about, each with its own colours and badge. */
export const ogServices = Object.keys(colours) as Service[];

export function ogImageOptions(
  page: { title: string; description?: string; service?: Service },
  badges: Record<Service, OgBadge>,
) {
  const service = page.service ?? 'both';
  const { gradient, edge } = colours[service];
  return {
    title: page.title,
    description: page.description ?? '',
    logo: badges[service],
    bgGradient: gradient,
    border: { color: edge, width: 16, side: 'inline-start' as const },
    padding: 64,
    font: {
      title: {
        families: ['DejaVu Sans'],
        weight: 'Bold' as const,
        size: 64,
        lineHeight: 1.15,
        color: [255, 255, 255] as Rgb,
      },
      description: {
        families: ['DejaVu Sans'],
        weight: 'Normal' as const,
        size: 32,
        lineHeight: 1.35,
        color: [203, 213, 225] as Rgb,
      },
    },
    fonts: ogFonts,
    cacheDir: './node_modules/.astro-og-canvas',
  };
}

/** A comparison row's preview: the aspect as title, then a line per service, its level first. */
export function rowPreview(row: {
  aspect: string;
  cells: { service: string; level: string | undefined; text: string }[];
}): { title: string; description: string; service: Service } {
  const short = (text: string) => (text.length > 90 ? `${text.slice(0, text.lastIndexOf(' ', 88))}…` : text);
  return {
    title: row.aspect,
    description: row.cells
      .map((c) => `${c.service}: ${c.level ? `${c.level}. ` : ''}${short(c.text)}`)
      .join('\n'),
    service: 'both',
  };
}
