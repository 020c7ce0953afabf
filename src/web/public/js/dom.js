// Small DOM helpers. Text always goes in through textContent (never innerHTML), and no
// element gets a style attribute: the Content-Security-Policy forbids inline styles.

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(el, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'checked' || key === 'value' || key === 'disabled') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** h('p', { class: 'x' }, 'text', child, [more]) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** The same for SVG elements (charts and progress bars). */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

export function replaceChildren(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Danish number formatting: decimal comma. */
const decimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const percent = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 0 });

export function formatDecimal(value) {
  return value === null || value === undefined ? '–' : decimal.format(value);
}

export function formatPercent(value) {
  return value === null || value === undefined ? '–' : percent.format(value);
}

/**
 * A progress bar with the numbers as text. The bar is hidden from screen readers, which read
 * the text once ("Sag 1: vurderede punkter: 5 af 18"), not the bar's value and the text both.
 */
export function progressBar(received, expected, label) {
  return h(
    'span',
    { class: 'progress' },
    h('progress', { max: String(Math.max(expected, 1)), value: String(received), 'aria-hidden': 'true' }),
    h('span', { class: 'progress-text' }, h('span', { class: 'sr-only' }, `${label}: `), `${received} af ${expected}`),
  );
}

/** Copies text to the clipboard; false when the browser refuses (then the text stays selectable). */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves a Blob as a file through a temporary link (no inline script, CSP-safe). */
export function saveBlob({ blob, filename }) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
