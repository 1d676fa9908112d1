/**
 * Colours are CSS custom properties (see src/ui/theme.css), so light and dark
 * themes swap palettes without re-rendering. Deal types use the Okabe–Ito
 * colour-blind-safe palette; company kinds echo the deal type they sell
 * (cloud companies orange like cloud purchases, chip makers green like chip
 * purchases), so a reader learns one colour language, not two.
 */
import type { CompanyKind, DealType } from '../model';

export const typeColor = (type: DealType): string => `var(--type-${type})`;
export const kindColor = (kind: CompanyKind): string => `var(--kind-${kind})`;
