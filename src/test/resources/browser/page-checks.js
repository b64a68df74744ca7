// Run in the page by BrowserTest: what a keyboard and screen-reader user, and a reader on a small
// screen, would trip over. Returns a list of findings; empty means the page passes.
var findings = [];

// Every form control has a label (or an aria-label); every button says what it does.
document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(function (field) {
  if (field.labels.length === 0 && !field.getAttribute('aria-label')) {
    findings.push('no label: ' + field.outerHTML.slice(0, 80));
  }
});
document.querySelectorAll('button, a[href]').forEach(function (control) {
  if (!control.textContent.trim() && !control.getAttribute('aria-label')) {
    findings.push('no name: ' + control.outerHTML.slice(0, 80));
  }
});

// Nothing wider than the window (checked at 375 px too).
if (document.documentElement.scrollWidth > window.innerWidth + 1) {
  findings.push('wider than the window: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
}

// Text contrast at least 4.5:1 (WCAG AA) against the nearest opaque background.
function rgb(color) {
  var parts = color.match(/[\d.]+/g);
  return parts ? parts.map(Number) : null;
}
function luminance(c) {
  var channels = c.slice(0, 3).map(function (v) {
    v = v / 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}
function background(element) {
  for (var e = element; e; e = e.parentElement) {
    var c = rgb(getComputedStyle(e).backgroundColor);
    if (c && (c.length < 4 || c[3] > 0.9)) return c;
  }
  return [255, 255, 255];
}
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (var node = walker.nextNode(); node; node = walker.nextNode()) {
  var element = node.parentElement;
  if (!node.textContent.trim() || !element || element.closest('[hidden], .visually-hidden, datalist, option')) continue;
  var style = getComputedStyle(element);
  if (style.visibility === 'hidden' || style.display === 'none') continue;
  var fg = luminance(rgb(style.color));
  var bg = luminance(background(element));
  var ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  if (ratio < 4.5) {
    findings.push('contrast ' + ratio.toFixed(2) + ': "' + node.textContent.trim().slice(0, 40) + '"');
  }
}

// Focus visible at 3:1 or more (WCAG 1.4.11): each focusable element is focused in turn (the test presses
// Tab first, so the browser draws focus as for the keyboard), and its ring (outline, else box-shadow) is
// compared with the background behind it and, where the ring touches the control, the control's own.
function ratioOf(a, b) {
  var la = luminance(a), lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
// The sweep is left out (arguments[0] === false) while a suggestion list is open, as focusing would close it.
var sweep = arguments.length === 0 || arguments[0] !== false;
var before = document.activeElement;
var scrollX = window.scrollX, scrollY = window.scrollY;
(sweep ? document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]') : [])
  .forEach(function (control) {
    if (control.disabled || control.tabIndex < 0 || control.getClientRects().length === 0) return;
    if (control.closest('[hidden], details:not([open]) > :not(summary)')) return;
    control.focus({ preventScroll: true });
    if (document.activeElement !== control) return;
    var style = getComputedStyle(control);
    var ring = null, offset = 0;
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) {
      ring = rgb(style.outlineColor);
      offset = parseFloat(style.outlineOffset) || 0;
    } else if (style.boxShadow && style.boxShadow !== 'none') {
      var shadow = style.boxShadow.match(/rgba?\([^)]*\)/);
      ring = shadow ? rgb(shadow[0]) : null;
    }
    var name = control.tagName.toLowerCase() + ' "' + (control.textContent.trim() || control.getAttribute('aria-label')
      || control.name || '').slice(0, 30) + '"';
    if (!ring || (ring.length > 3 && ring[3] === 0)) {
      findings.push('no focus ring: ' + name);
      return;
    }
    var behind = background(control.parentElement || control);
    var worst = ratioOf(ring, behind);
    var own = rgb(style.backgroundColor);
    if (offset < 1 && own && (own.length < 4 || own[3] > 0.9)) worst = Math.min(worst, ratioOf(ring, own));
    if (worst < 3) findings.push('focus contrast ' + worst.toFixed(2) + ': ' + name);
  });
if (sweep) {
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  if (before && before !== document.body && before.focus) before.focus({ preventScroll: true });
  window.scrollTo(scrollX, scrollY);
}
// The active option of a suggestion list (the focus stays in the field) is marked at 3:1 too.
document.querySelectorAll('[role=listbox]:not([hidden]) [role=option][aria-selected=true]').forEach(function (option) {
  var style = getComputedStyle(option);
  var mark = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 ? rgb(style.outlineColor) : null;
  var ratio = mark ? Math.min(ratioOf(mark, background(option)), ratioOf(mark, background(option.parentElement))) : 0;
  if (ratio < 3) findings.push('active option contrast ' + ratio.toFixed(2) + ': "' + option.textContent.slice(0, 30) + '"');
});

// No more than 100 KB of script.
var scriptBytes = performance.getEntriesByType('resource')
  .filter(function (r) { return r.initiatorType === 'script'; })
  .reduce(function (sum, r) { return sum + (r.decodedBodySize || r.encodedBodySize || 0); }, 0);
if (scriptBytes > 100 * 1024) {
  findings.push('script bytes: ' + scriptBytes);
}
return findings;
