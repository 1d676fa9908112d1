/**
 * The map as a picture file: what is on screen (the renderer's snapshot: its
 * scene, style, positions and zoom) written as a standalone SVG by the same
 * code as the build's og image, under a headline and a source line. PNG is that
 * SVG rasterised by the browser at a chosen width — through a data: URL, which
 * the strict Content-Security-Policy of the README allows (img-src 'self' data:).
 */
import { composePicture, pictureBands, type PictureText } from '../render/exportPicture';
import { exportSvg } from '../render/exportSvg';
import { readPalette } from '../render/palette';
import type { GraphEngines } from './graph/GraphView';

export interface Picture {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** The map as the reader sees it, with the text bands, `width` CSS pixels wide. */
export function pictureOfMap(engines: GraphEngines, text: PictureText): Picture | null {
  const snap = engines.renderer.snapshot();
  const width = Math.round(snap.width);
  const mapH = Math.round(snap.height);
  if (width < 1 || mapH < 1 || snap.scene.nodes.length === 0) return null;
  const { top, bottom } = pictureBands(width, text);
  const height = mapH + top + bottom;
  const palette = readPalette(engines.surface);
  const map = exportSvg(snap.scene, snap.style, snap.xy, {
    width,
    height: mapH,
    palette,
    transform: snap.transform,
    background: false,
  });
  return { svg: composePicture(map, width, height, palette, text), width, height };
}

/** PNG bytes of a picture drawn `targetWidth` pixels wide (keeping its shape). */
export async function pngOf(picture: Picture, targetWidth: number): Promise<Blob> {
  const scale = targetWidth / picture.width;
  const img = new Image();
  img.decoding = 'async';
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw a picture');
  context.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the picture was too big'))),
      'image/png',
    ),
  );
}

/** Widths offered for the PNG: twice the screen (sharp on any display), social, print. */
export const PNG_WIDTHS = [
  { id: '2x', label: '2× screen' },
  { id: '1200', label: '1,200 px (social)' },
  { id: '2400', label: '2,400 px' },
  { id: '4000', label: '4,000 px (print)' },
] as const;
export type PngWidth = (typeof PNG_WIDTHS)[number]['id'];

export function targetWidth(choice: PngWidth, screenWidth: number): number {
  return choice === '2x' ? screenWidth * 2 : Number(choice);
}
