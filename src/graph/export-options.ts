// Image export options and their defaults, in one small module: the dialog reads them without
// loading the drawing code, which stays a chunk of its own until the user exports.

export type ExportScale = 1 | 2 | 4;
export type ExportBackground = 'white' | 'transparent';
export type ExportScope = 'whole' | 'view';

export interface ImageExportOptions {
  readonly scale: ExportScale;
  readonly background: ExportBackground;
  readonly scope: ExportScope;
  readonly includeLegend: boolean;
}

export const DEFAULT_IMAGE_EXPORT: ImageExportOptions = {
  scale: 1,
  background: 'white',
  scope: 'whole',
  includeLegend: true,
};

export type { CaptionContent } from '../model/caption-layout';

export interface ImageExportResult {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** Set when the image had to be scaled down to fit the browser's canvas limits. */
  readonly notice?: string;
}
