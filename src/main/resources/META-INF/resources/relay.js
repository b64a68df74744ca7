// Relay's pages, enhanced: relative times (exact time on hover) and @/# autocomplete in the composer.
// Plain script, no framework; the pages work without it.
(function () {
  'use strict';
  var lang = document.documentElement.lang || 'nl';

  function relative(date) {
    var seconds = (date.getTime() - Date.now()) / 1000;
    var abs = Math.abs(seconds);
    if (typeof Intl === 'undefined' || !Intl.RelativeTimeFormat) {
      return date.toLocaleString(lang);
    }
    var format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    if (abs < 60) return format.format(Math.round(seconds), 'second');
    if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
    if (abs < 86400) return format.format(Math.round(seconds / 3600), 'hour');
    if (abs < 30 * 86400) return format.format(Math.round(seconds / 86400), 'day');
    return date.toLocaleDateString(lang);
  }

  document.querySelectorAll('time[datetime]').forEach(function (time) {
    var date = new Date(time.getAttribute('datetime'));
    if (!isNaN(date.getTime())) {
      time.title = date.toLocaleString(lang);
      time.textContent = relative(date);
    }
  });

  var box = document.querySelector('[data-testid=composer] textarea, [data-testid=reply-form] textarea');
  if (!box || !window.fetch) {
    return;
  }
  var list = document.createElement('ul');
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('data-testid', 'suggestions');
  list.hidden = true;
  box.insertAdjacentElement('afterend', list);
  var timer;

  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 150);
  });

  function suggest() {
    var before = box.value.slice(0, box.selectionStart);
    var match = before.match(/(^|[\s(])([@#])([\p{L}\p{N}_.-]{1,30})$/u);
    if (!match) {
      list.hidden = true;
      return;
    }
    var mention = match[2] === '@';
    var url = mention ? '/api/accounts?limit=6&q=' + encodeURIComponent(match[3])
      : '/api/topics?limit=6&prefix=' + encodeURIComponent(match[3]);
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) return;
        var names = mention ? data.items.map(function (a) { return a.username; })
          : data.map(function (t) { return t.name; });
        list.replaceChildren.apply(list, names.map(function (name) {
          var item = document.createElement('li');
          item.setAttribute('role', 'option');
          item.tabIndex = 0;
          item.textContent = match[2] + name;
          item.addEventListener('click', function () { pick(match[3], name); });
          item.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') { event.preventDefault(); pick(match[3], name); }
          });
          return item;
        }));
        list.hidden = names.length === 0;
      })
      .catch(function () { list.hidden = true; });
  }

  function pick(typed, name) {
    var end = box.selectionStart;
    var start = end - typed.length;
    box.value = box.value.slice(0, start) + name + ' ' + box.value.slice(end);
    box.focus();
    box.selectionStart = box.selectionEnd = start + name.length + 1;
    list.hidden = true;
  }
})();
