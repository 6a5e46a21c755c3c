// Pixel values rounded to a tenth: sub-pixel precision beyond that only bloats the SVG markup.
export const px = (v: number): number => Math.round(v * 10) / 10;
