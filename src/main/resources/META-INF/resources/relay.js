// Relay's pages, enhanced: relative times (exact time on hover), the live stream, search suggestions.
// The composer's parts are in js/composer.js, the home feed's in js/feed.js.
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

  // Says every time under root relatively, with the exact time on hover; js/feed.js uses it for the
  // posts it brings in.
  function sayTimes(root) {
    root.querySelectorAll('time[datetime]').forEach(function (time) {
      var date = new Date(time.getAttribute('datetime'));
      if (!isNaN(date.getTime())) {
        time.title = date.toLocaleString(lang);
        time.textContent = relative(date);
      }
    });
  }
  window.RelayTimes = { say: sayTimes };
  sayTimes(document);

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; });
  }

  // The live stream (from any instance): the unread badge follows its notifications, and a page's scripts
  // hear of each event as a DOM event on document: relay:notification, and relay:feed (detail: { postId })
  // for a new post in the reader's home feed. One stream a page: browsers allow few connections per site.
  var badge = document.querySelector('[data-testid=unread-count]');
  if ((badge || document.querySelector('[data-live-feed]')) && window.EventSource && window.fetch) {
    var label = badge ? badge.getAttribute('aria-label').replace(/^\d+\s*/, '') : '';
    var events = null;
    var refresh = function () {
      if (!badge) return;
      getJson('/api/notifications/unread-count').then(function (data) {
        if (!data) return;
        badge.textContent = String(data.count);
        badge.setAttribute('aria-label', data.count + ' ' + label);
        badge.classList.toggle('zero', data.count === 0);
      }).catch(function () {});
    };
    var tell = function (name, data) {
      var detail = null;
      try { detail = JSON.parse(data); } catch (e) { return; }
      document.dispatchEvent(new CustomEvent(name, { detail: detail }));
    };
    var listen = function () {
      events = new EventSource('/api/notifications/stream');
      events.addEventListener('notification', function (event) { refresh(); tell('relay:notification', event.data); });
      events.addEventListener('feed', function (event) { tell('relay:feed', event.data); });
    };
    // Leaving the page closes the stream, so a browser's few connections per site never run out (and a
    // page kept in the back/forward cache reopens it, catching up on the count, when shown again).
    window.addEventListener('pagehide', function () { if (events) { events.close(); events = null; } });
    window.addEventListener('pageshow', function (event) { if (event.persisted) { refresh(); listen(); } });
    listen();
  }

  // Every search box offers people, topics, clients and groups as you type (an ARIA combobox, see
  // js/combobox.js); picking one opens it, and Enter without a pick still searches the words.
  document.querySelectorAll('input[data-suggest]').forEach(function (field) {
    if (!window.fetch || !window.RelayCombobox) return;
    window.RelayCombobox.attach(field, {
      label: field.getAttribute('aria-label'),
      testid: 'search-suggestions',
      source: function (text) {
        var typed = text.trim();
        if (!typed) return null;
        return window.RelayCombobox.getJson('/api/search/suggest?q=' + encodeURIComponent(typed)).then(function (data) {
          var items = [];
          data.people.forEach(function (p) { items.push({ kind: 'person', label: p.displayName, hint: '@' + p.username, href: '/people/' + encodeURIComponent(p.username) }); });
          data.topics.forEach(function (t) { items.push({ kind: 'topic', label: '#' + t, href: '/topics/' + encodeURIComponent(t) }); });
          data.clients.forEach(function (c) { items.push({ kind: 'client', label: c.name, href: '/all?client=' + c.id }); });
          data.groups.forEach(function (g) { items.push({ kind: 'group', label: g.name, href: '/groups/' + g.id }); });
          return items;
        });
      }
    });
  });
})();
