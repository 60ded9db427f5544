/** The SVG namespace: every element of an accepted SVG is in it. */
export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** The XLink namespace, allowed only for `xlink:href` references inside the file. */
export const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';

/**
 * The static SVG elements an image may use: structure, shapes, text, paint servers, clipping,
 * masking and filter primitives. Nothing that runs (script), links (a), embeds another document
 * or image (foreignObject, image, feImage) or animates (animate, set, …) is in it.
 */
export const SVG_ELEMENTS: ReadonlySet<string> = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood',
  'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

/**
 * Attributes without a namespace that any accepted element may carry: geometry, presentation,
 * gradient, pattern, clipping, marker and filter parameters, accessibility labels, and `href`
 * (which must point inside the file). No event handler (`on…`) is in it.
 */
export const SVG_ATTRIBUTES: ReadonlySet<string> = new Set([
  // Identity, language and accessibility.
  'id', 'class', 'lang', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'focusable',
  // The root element and viewports.
  'version', 'baseProfile', 'width', 'height', 'viewBox', 'preserveAspectRatio',
  // Geometry and transforms.
  'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'd', 'points', 'pathLength', 'transform', 'transform-origin',
  // Text.
  'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'startOffset', 'method', 'spacing', 'side',
  // References inside the file (#id), paint servers, clipping, masking, markers.
  'href', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'offset',
  'patternUnits', 'patternContentUnits', 'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits',
  'markerUnits', 'markerWidth', 'markerHeight', 'refX', 'refY', 'orient',
  // Filters.
  'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'stdDeviation', 'edgeMode', 'type', 'values', 'tableValues',
  'slope', 'intercept', 'amplitude', 'exponent', 'operator', 'k1', 'k2', 'k3', 'k4', 'mode', 'order', 'kernelMatrix',
  'divisor', 'bias', 'targetX', 'targetY', 'preserveAlpha', 'surfaceScale', 'diffuseConstant', 'specularConstant',
  'specularExponent', 'kernelUnitLength', 'scale', 'xChannelSelector', 'yChannelSelector', 'radius', 'baseFrequency',
  'numOctaves', 'seed', 'stitchTiles', 'azimuth', 'elevation', 'z', 'pointsAtX', 'pointsAtY', 'pointsAtZ', 'limitingConeAngle',
  // Presentation attributes (and `style`, whose CSS is checked like theirs).
  'style', 'alignment-baseline', 'baseline-shift', 'clip-path', 'clip-rule', 'color', 'color-interpolation',
  'color-interpolation-filters', 'direction', 'display', 'dominant-baseline', 'fill', 'fill-opacity', 'fill-rule',
  'filter', 'flood-color', 'flood-opacity', 'font-family', 'font-size', 'font-size-adjust', 'font-stretch', 'font-style',
  'font-variant', 'font-weight', 'image-rendering', 'isolation', 'letter-spacing', 'lighting-color', 'marker-start',
  'marker-mid', 'marker-end', 'mask', 'mix-blend-mode', 'opacity', 'overflow', 'paint-order', 'pointer-events',
  'shape-rendering', 'stop-color', 'stop-opacity', 'stroke', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap',
  'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity', 'stroke-width', 'text-anchor', 'text-decoration',
  'text-rendering', 'unicode-bidi', 'vector-effect', 'visibility', 'word-spacing', 'writing-mode',
]);

/** Attributes in the `xml:` namespace an SVG may carry (not `xml:base`, which moves where links lead). */
export const XML_ATTRIBUTES: ReadonlySet<string> = new Set(['space', 'lang']);

/** Attributes whose values are plain words, not CSS: they are not read as CSS values. */
export const TEXT_ATTRIBUTES: ReadonlySet<string> = new Set(['id', 'class', 'lang', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby']);

/**
 * The CSS functions a style or presentation attribute may call: colours, arithmetic, transforms,
 * filters, gradients, selectors and `url()`, which must point inside the file (`url(#id)`).
 * Not `image-set()`, `src()`, `element()` or `attr()`, which load or read other things.
 */
export const CSS_FUNCTIONS: ReadonlySet<string> = new Set([
  'url',
  'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'color-mix', 'light-dark',
  'calc', 'min', 'max', 'clamp', 'var',
  'matrix', 'matrix3d', 'translate', 'translatex', 'translatey', 'translate3d', 'rotate', 'rotatex', 'rotatey', 'rotatez',
  'scale', 'scalex', 'scaley', 'skew', 'skewx', 'skewy', 'cubic-bezier', 'steps',
  'blur', 'brightness', 'contrast', 'drop-shadow', 'grayscale', 'hue-rotate', 'invert', 'opacity', 'saturate', 'sepia',
  'linear-gradient', 'radial-gradient', 'conic-gradient', 'repeating-linear-gradient', 'repeating-radial-gradient',
  'not', 'is', 'where', 'has', 'nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type',
]);

/** The only CSS at-rule a `<style>` may hold (`@import`, `@font-face` and the rest load or define other things). */
export const CSS_AT_RULES: ReadonlySet<string> = new Set(['media']);
