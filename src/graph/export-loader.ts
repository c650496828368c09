// The image exporters are chunks of their own, loaded on demand (SPEC §10: rarely used parts are
// not in the initial JavaScript). Each is fetched once and kept: an export after the first starts in
// the click's own task, where a fresh `import()` would wait for the module loader to call back.
import type * as ExportImage from './export-image';
import type * as ExportSvg from './export-svg';

type ImageExport = typeof ExportImage;
type SvgExport = typeof ExportSvg;

let image: Promise<ImageExport> | undefined;
let svg: Promise<SvgExport> | undefined;
let imageLoaded: ImageExport | undefined;
let svgLoaded: SvgExport | undefined;

/** The PNG exporter: at once when already loaded, else once its chunk has arrived. */
export function loadImageExport(): ImageExport | Promise<ImageExport> {
  if (imageLoaded) return imageLoaded;
  image ??= import('./export-image').then(
    (m) => (imageLoaded = m),
    (e: unknown) => {
      image = undefined; // a failed fetch (offline, new deploy) may be retried
      throw e;
    },
  );
  return image;
}

/** The SVG exporter, likewise. */
export function loadSvgExport(): SvgExport | Promise<SvgExport> {
  if (svgLoaded) return svgLoaded;
  svg ??= import('./export-svg').then(
    (m) => (svgLoaded = m),
    (e: unknown) => {
      svg = undefined;
      throw e;
    },
  );
  return svg;
}
