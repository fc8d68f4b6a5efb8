/**
 * Debian's Chromium driven by playwright-core (no browser download), and the in-page checks the suites
 * share: console and hydration problems, heading order, WCAG contrast, and embedded-section regions.
 */
import {chromium} from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const VIEWPORT = {width: 1280, height: 900};

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    // The networking flags matter: without them Chromium floods this closed network with update and sync
    // requests that never succeed.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** React's hydration mismatch messages, in development wording and as production error codes. */
const HYDRATION =
  /hydrat|did not match|server rendered html|minified react error #(418|419|421|422|423|425)|react\.dev\/errors\/(418|419|421|422|423|425)/i;

/** Messages some Chromium builds print on their own, unrelated to the page. */
const BROWSER_NOISE = [/^Download the React DevTools/];

/**
 * Records what a page reports: console errors, hydration warnings, uncaught exceptions and same-origin
 * requests that failed. `problems()` lists them; `clear()` forgets what came before.
 */
export function watchPage(page, origin) {
  let log = [];
  page.on('console', (message) => {
    const text = message.text();
    if (BROWSER_NOISE.some((pattern) => pattern.test(text))) return;
    const type = message.type();
    if (type === 'error' || ((type === 'warning' || type === 'warn') && HYDRATION.test(text))) {
      log.push(`console.${type}: ${text}`);
    }
  });
  page.on('pageerror', (error) => log.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    const url = response.url();
    if (url.startsWith(origin) && response.status() >= 400) log.push(`HTTP ${response.status()}: ${url}`);
  });
  page.on('requestfailed', (request) => {
    const url = request.url();
    // Navigating away aborts pending requests; that is not a problem of the page.
    if (url.startsWith(origin) && request.failure()?.errorText !== 'net::ERR_ABORTED') {
      log.push(`request failed: ${url} (${request.failure()?.errorText})`);
    }
  });
  return {
    problems: () => [...log],
    hydrationProblems: () => log.filter((line) => HYDRATION.test(line)),
    clear: () => {
      log = [];
    },
  };
}

/** The key Docusaurus keeps the colour mode under: namespaced per site ("theme-c01"), named by its inline script. */
export async function themeStorageKey(origin) {
  const html = await (await fetch(`${origin}/ai-policy`)).text();
  return /localStorage\.getItem\("(theme[^"]*)"\)/.exec(html)?.[1] ?? 'theme';
}

/**
 * A fresh context per test, so no state leaks between tests (clipboard grants, colour mode, storage): a
 * page in it, tracked by the test, and a watcher of its console and requests. Closed afterwards.
 */
export async function withContext(t, {browser, origin, colorMode, storageKey, contextOptions = {}}, fn) {
  const context = await browser.newContext({viewport: VIEWPORT, ...contextOptions});
  context.setDefaultTimeout(15_000);
  if (colorMode) {
    await context.addInitScript(({key, mode}) => window.localStorage.setItem(key, mode), {
      key: storageKey,
      mode: colorMode,
    });
  }
  try {
    const page = t.track(await context.newPage());
    await fn(page, watchPage(page, origin), context);
  } finally {
    await context.close();
  }
}

/** Navigates and waits until the page is quiet, so late hydration errors have had a chance to surface. */
export async function open(page, url) {
  const response = await page.goto(url, {waitUntil: 'networkidle'});
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
  return response;
}

/**
 * Heading levels of the page's main content, in document order (the blog's year list and other navigation
 * are outside it). Skips hidden headings.
 */
export function contentHeadings(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    return [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((heading) => !heading.closest('nav, aside, [hidden]') && heading.getClientRects().length > 0)
      .map((heading) => ({
        level: Number(heading.tagName.slice(1)),
        text: (heading.textContent ?? '').replace(/\u200b/g, '').trim(),
      }));
  });
}

/** Every place the heading order skips a level (h2 → h4), or starts anywhere but h1. */
export function headingSkips(headings) {
  const skips = [];
  if (headings[0]?.level !== 1) skips.push(`first heading is h${headings[0]?.level}: "${headings[0]?.text}"`);
  if (headings.filter((heading) => heading.level === 1).length !== 1) {
    skips.push(`${headings.filter((heading) => heading.level === 1).length} h1 headings`);
  }
  for (let i = 1; i < headings.length; i++) {
    const previous = headings[i - 1];
    const current = headings[i];
    if (current.level > previous.level + 1) {
      skips.push(`h${previous.level} "${previous.text}" → h${current.level} "${current.text}"`);
    }
  }
  return skips;
}

/**
 * WCAG 2.x contrast of every visible text run inside the elements matched by `selector`: the computed text
 * colour against the effective background (the ancestors' backgrounds composited from the canvas down).
 * Returns one row per element that has its own text.
 */
export function measureContrast(page, selector) {
  return page.evaluate((selector) => {
    function parse(value) {
      const rgb = /^rgba?\(([^)]+)\)$/.exec(value);
      if (rgb) {
        const parts = rgb[1]
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number);
        return {r: parts[0], g: parts[1], b: parts[2], a: parts[3] ?? 1};
      }
      const srgb = /^color\(srgb ([^)]+)\)$/.exec(value);
      if (srgb) {
        const parts = srgb[1]
          .split(/[\s/]+/)
          .filter(Boolean)
          .map(Number);
        return {r: parts[0] * 255, g: parts[1] * 255, b: parts[2] * 255, a: parts[3] ?? 1};
      }
      throw new Error(`unsupported colour: ${value}`);
    }
    function over(top, bottom) {
      const a = top.a + bottom.a * (1 - top.a);
      if (a === 0) return {r: 0, g: 0, b: 0, a: 0};
      const mix = (channel) => (top[channel] * top.a + bottom[channel] * bottom.a * (1 - top.a)) / a;
      return {r: mix('r'), g: mix('g'), b: mix('b'), a};
    }
    function luminance({r, g, b}) {
      const linear = (channel) => {
        const c = channel / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }
    function background(element) {
      const layers = [];
      for (let node = element; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour.a > 0) layers.push(colour);
        if (colour.a >= 1) break;
      }
      // The canvas is white unless html or body paint it.
      let result = {r: 255, g: 255, b: 255, a: 1};
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    }
    function hex({r, g, b}) {
      return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
    }
    function ownText(element) {
      return [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .replace(/[\s\u200b]+/g, ' ')
        .trim();
    }
    const rows = [];
    for (const root of document.querySelectorAll(selector)) {
      for (const element of [root, ...root.querySelectorAll('*')]) {
        const text = ownText(element);
        if (!text) continue;
        const style = getComputedStyle(element);
        if (style.visibility !== 'visible' || element.getClientRects().length === 0) continue;
        if (Number(style.opacity) === 0 || element.closest('.hash-link')) continue;
        const bg = background(element);
        const fg = over(parse(style.color), bg);
        const [light, dark] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
        const ratio = (light + 0.05) / (dark + 0.05);
        const size = Number.parseFloat(style.fontSize);
        const bold = Number(style.fontWeight) >= 700;
        // WCAG "large text": 18pt, or 14pt bold (24px / 18.66px).
        const large = size >= 24 || (bold && size >= 18.66);
        rows.push({
          selector,
          tag: element.tagName.toLowerCase(),
          text: text.slice(0, 60),
          color: hex(fg),
          background: hex(bg),
          ratio: Math.round(ratio * 100) / 100,
          required: large ? 3 : 4.5,
        });
      }
    }
    return rows;
  }, selector);
}

/**
 * The content an `::ai-policy` directive put into a page: the siblings after the heading `startId` up to
 * the heading `endId` (or the end of the container). Embeds are inlined Markdown, with no wrapper element,
 * so the page's own headings around the directive delimit them. Marks them with `data-e2e-embed`.
 */
export function markEmbedRegion(page, startId, endId) {
  return page.evaluate(
    ({startId, endId}) => {
      const start = document.getElementById(startId);
      if (!start) throw new Error(`no element #${startId}`);
      let count = 0;
      for (let node = start.nextElementSibling; node; node = node.nextElementSibling) {
        if (endId && node.id === endId) break;
        node.setAttribute('data-e2e-embed', '');
        count++;
      }
      return count;
    },
    {startId, endId},
  );
}

/** Whether the page shows `text` (rendered text: hidden elements do not count). */
export function showsText(page, text) {
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point; hidden nodes must not count.
  return page.evaluate((text) => document.body?.innerText.includes(text) ?? false, text);
}

/** Waits, polling every 20 ms, until the page shows `text`; never reloads the page. */
export function waitForText(page, text, timeout = 30_000) {
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point; hidden nodes must not count.
  return page.waitForFunction((text) => document.body?.innerText.includes(text), text, {
    polling: 20,
    timeout,
  });
}

/** Whether the element's top edge is inside the viewport and below the fixed navbar. */
export function headingInView(page, id) {
  return page.evaluate((id) => {
    const element = document.getElementById(id);
    if (!element) return false;
    const {top} = element.getBoundingClientRect();
    const navbar = document.querySelector('.navbar')?.getBoundingClientRect().height ?? 0;
    return top >= navbar - 2 && top < window.innerHeight;
  }, id);
}
